"""Reading discussions: which one a page has, and its threads as the viewer may see them.

A discussion shows its newest threads first, each with its answers; the number of queries does not grow with
the number of threads or answers (tests/discussions/test_query_counts.py).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage
from home.page_cache import PAGE_SECONDS, generation

from . import access
from .models import DiscussionPreferences, DiscussionSetting, PeerGroup, PeerGroupMembership, Post, Scope
from .text import text_html

THREADS_SHOWN = 50


@dataclass
class Entry:
    post: object
    html: str
    author: str
    can_moderate: bool
    can_mark_helpful: bool = False
    can_answer: bool = False
    answers: list | None = None


def _setting_ids_by_course_path():
    """{course page path: discussion setting id} for every language copy of the courses with a setting, from
    the cache. Kept under the page cache's generation token, which any page change and any setting change
    (signal_handlers.py) replace, so a lesson of a course without discussion costs no query at all."""
    key = f"discussions:course-settings:{generation()}"
    mapping = cache.get(key)
    if mapping is None:
        setting_ids = dict(DiscussionSetting.objects.values_list("course__translation_key", "pk"))
        mapping = {
            path: setting_ids[translation_key]
            for path, translation_key in CoursePage.objects.filter(translation_key__in=setting_ids).values_list(
                "path", "translation_key"
            )
        }
        cache.set(key, mapping, PAGE_SECONDS)
    return mapping


def setting_for_page(page):
    """The discussion setting of the course a lesson or module belongs to, in any language, or None when the
    page has no discussion switched on."""
    specific_class = page.specific_class
    if specific_class is LessonPage:
        course_depth = page.depth - 2
    elif specific_class is ModulePage:
        course_depth = page.depth - 1
    else:
        return None
    setting_id = _setting_ids_by_course_path().get(page.path[: course_depth * Page.steplen])
    if setting_id is None:
        return None
    setting = DiscussionSetting.objects.select_related("peer_group").filter(pk=setting_id).first()
    if setting is None:
        return None
    switched_on = setting.on_lessons if specific_class is LessonPage else setting.on_modules
    if not switched_on or (setting.scope == Scope.GROUP and setting.peer_group_id is None):
        return None
    return setting


def author_label(post):
    if post.author_id is None:
        return _("Former participant")
    name = post.author.get_full_name() or _("Participant")
    if post.municipality_id:
        return f"{name}, {post.municipality.display_name(get_language())}"
    return name


def _open_reports():
    return Count("reports", filter=Q(reports__resolved_at__isnull=True))


def _threads(questions, viewer):
    answers = Post.objects.select_related("author", "municipality").annotate(open_reports=_open_reports())
    questions = (
        questions.filter(question__isnull=True)
        .select_related("author", "municipality")
        .annotate(open_reports=_open_reports())
        .prefetch_related(Prefetch("answers", queryset=answers.order_by("created_at", "pk")))
        .order_by("-created_at", "-pk")[:THREADS_SHOWN]
    )
    threads = []
    for question in questions:
        if not access.can_read_post(viewer, question):
            continue
        entries = []
        for answer in question.answers.all():
            answer.question = question  # already loaded: the rules ask for the question's author and scope
            if not access.can_read_post(viewer, answer):
                continue
            entries.append(
                Entry(
                    post=answer,
                    html=text_html(answer.body),
                    author=author_label(answer),
                    can_moderate=access.can_moderate(viewer, answer),
                    can_mark_helpful=access.can_mark_helpful(viewer, answer),
                )
            )
        threads.append(
            Entry(
                post=question,
                html=text_html(question.body),
                author=author_label(question),
                can_moderate=access.can_moderate(viewer, question),
                can_answer=access.can_answer(viewer, question),
                answers=entries,
            )
        )
    return threads


def _audience_label(scope, viewer, peer_group=None):
    if scope == Scope.NETWORK:
        return _("Everyone in the network reads this discussion.")
    if scope == Scope.GROUP:
        return _("The members of the peer group %(group)s read this discussion.") % {"group": peer_group.name}
    if viewer.is_authenticated and viewer.user.municipality_id:
        return _("The people of %(municipality)s read this discussion.") % {
            "municipality": viewer.user.municipality.display_name(get_language())
        }
    return _("The people of each municipality discuss among themselves.")


def page_discussion(*, page, user):
    """The template context of a lesson's or module's discussion, or None when it has none. Someone not
    signed in gets only an invitation to log in (the page is cached for all of them)."""
    setting = setting_for_page(page)
    if setting is None:
        return None
    viewer = access.viewer_for(user)
    context = {"discussion_page": page, "signed_in": viewer.is_authenticated, "threads": [], "can_ask": False}
    if not viewer.is_authenticated:
        return context
    scope, group_id = setting.scope, setting.peer_group_id
    context["can_read"] = access.can_read(viewer, scope=scope, peer_group_id=group_id)
    if not context["can_read"]:
        return context
    posts = Post.objects.filter(page_key=page.translation_key, scope=scope)
    if scope == Scope.MUNICIPALITY:
        ids = access.readable_municipality_ids(viewer)
        if ids is not None:
            posts = posts.filter(municipality_id__in=ids)
    elif scope == Scope.GROUP:
        posts = posts.filter(peer_group_id=group_id)
    context.update(
        threads=_threads(posts, viewer),
        can_ask=access.can_ask(viewer, scope=scope, peer_group_id=group_id),
        audience=_audience_label(scope, viewer, setting.peer_group),
        show_municipality=scope != Scope.MUNICIPALITY or access.readable_municipality_ids(viewer) is None,
        can_moderate_any=viewer.is_trainer or viewer.is_coordinator or bool(viewer.moderated_ids),
    )
    return context


def group_discussion(*, group, viewer):
    posts = Post.objects.filter(peer_group=group, page_key__isnull=True)
    return {
        "threads": _threads(posts, viewer),
        "can_ask": group.pk in viewer.group_ids or viewer.is_coordinator,
        "audience": _audience_label(Scope.GROUP, viewer, group),
    }


def can_see_group(viewer, group):
    return viewer.is_authenticated and (group.pk in viewer.group_ids or viewer.is_coordinator)


def groups_for(viewer):
    """The peer groups the viewer belongs to; every group for the coordinator."""
    if not viewer.is_authenticated:
        return PeerGroup.objects.none()
    groups = PeerGroup.objects.annotate(member_count=Count("memberships"))
    if viewer.is_coordinator:
        return groups
    return groups.filter(pk__in=viewer.group_ids)


def group_members(*, group, viewer):
    """The members as the viewer may see them: name, municipality and role only of those who opted in to a
    network profile; the coordinator, who formed the group, sees everyone. Others are counted, not named."""
    from municipalities.terms import current_term

    memberships = PeerGroupMembership.objects.filter(group=group).select_related(
        "user__municipality", "user__discussion_preferences"
    )
    term = current_term()
    shown, hidden = [], 0
    users = [membership.user for membership in memberships]
    roles = {}
    if term is not None:
        from municipalities.models import RoleAssignment

        for assignment in RoleAssignment.objects.filter(user__in=users, term=term).order_by("role"):
            roles.setdefault(assignment.user_id, []).append(assignment.get_role_display())
    for user in users:
        preferences = getattr(user, "discussion_preferences", None)
        visible = user.pk == viewer.user.pk or (preferences is not None and preferences.network_profile)
        if visible or viewer.is_coordinator:
            shown.append(
                {
                    "user": user,
                    "name": user.get_full_name() or user.email,
                    "municipality": user.municipality.display_name(get_language()) if user.municipality_id else "",
                    "roles": ", ".join(roles.get(user.pk, [])),
                    "profile_public": visible,
                }
            )
        else:
            hidden += 1
    shown.sort(key=lambda member: member["name"])
    return {"members": shown, "hidden_members": hidden}


def preferences_of(user):
    return DiscussionPreferences.objects.filter(user=user).first() or DiscussionPreferences(user=user)


def reported_posts(*, viewer, limit=100):
    """Posts with open reports that the viewer moderates, most reported first, each with where it is."""
    if not viewer.is_authenticated:
        return []
    posts = (
        Post.objects.filter(reports__resolved_at__isnull=True)
        .select_related("author", "municipality", "page", "peer_group", "question")
        .annotate(open_reports=_open_reports())
        .order_by("-open_reports", "-created_at")
        .distinct()[: limit * 5]
    )
    entries = []
    for post in posts:
        if not (access.can_moderate(viewer, post) and access.can_read_post(viewer, post)):
            continue
        entries.append(
            {
                "post": post,
                "html": text_html(post.body),
                "author": author_label(post),
                "where": post.page.title if post.page_id else (post.peer_group.name if post.peer_group_id else ""),
                "url": (post.page.url if post.page_id else reverse("discussions:group", args=[post.peer_group_id]))
                + f"#post-{post.pk}",
            }
        )
        if len(entries) == limit:
            break
    return entries


def linkable_events(group):
    """Upcoming published events of the network calendar (in the default language, which holds each event)
    that are not yet linked to `group`. The event model is reached through the group's link, so this app does
    not import the events app."""
    from django.utils import timezone
    from wagtail.models import Locale

    event_model = PeerGroup._meta.get_field("events").related_model
    return (
        event_model.objects.live()
        .filter(ends_at__gte=timezone.now(), locale=Locale.get_default())
        .exclude(pk__in=group.events.values("pk"))
        .order_by("starts_at")
    )
