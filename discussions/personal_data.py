"""A person's posts, reports, choices, peer groups and moderator roles: in "my data" and in erasure.

Erasure keeps the posts, so that the answers others wrote still make sense, but cuts them from the person:
the author becomes "former participant" and the municipality is forgotten. What identifies the writer only
through the text itself is for a moderator to hide, as for any post.
"""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import DiscussionPreferences, MunicipalModerator, PeerGroupMembership, Post, Report


def _export(user):
    preferences = DiscussionPreferences.objects.filter(user=user).first()
    return {
        "posts": [
            {
                "written": post.created_at.isoformat(),
                "where": post.page.title if post.page_id else (post.peer_group.name if post.peer_group_id else ""),
                "answer_to": post.question_id,
                "id": post.pk,
                "title": post.title,
                "text": post.body,
                "marked_helpful": post.helpful,
                "hidden_reason": post.hidden_reason if post.hidden_at else None,
            }
            for post in Post.objects.filter(author=user).select_related("page", "peer_group").order_by("created_at")
        ],
        "reports": [
            {"post": report.post_id, "reason": report.reason, "time": report.created_at.isoformat()}
            for report in Report.objects.filter(reporter=user).order_by("created_at")
        ],
        "reply_emails": bool(preferences and preferences.reply_emails),
        "network_profile": bool(preferences and preferences.network_profile),
        "peer_groups": list(
            PeerGroupMembership.objects.filter(user=user).order_by("group__name").values_list("group__name", flat=True)
        ),
        "moderates_municipalities": list(
            MunicipalModerator.objects.filter(user=user).values_list("municipality__name_fi", flat=True)
        ),
    }


def _erase(user):
    Post.objects.filter(author=user).update(author=None, municipality=None)
    Report.objects.filter(reporter=user).update(reporter=None, reason="")
    DiscussionPreferences.objects.filter(user=user).delete()
    PeerGroupMembership.objects.filter(user=user).delete()
    MunicipalModerator.objects.filter(user=user).delete()


PROVIDER = PersonalDataProvider(key="discussions", export=_export, erase=_erase, title=_("Discussions"))
