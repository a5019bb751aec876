"""Background tasks: emails are sent by the task worker (django-tasks), not during the leader's request.

Arguments are ids, not objects, because the database backend stores them as JSON; a task looks its rows
up again and does nothing when they are gone or the link was used before the worker got to it.
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from courses.models import CoursePage
from courses.translation import in_active_language
from home.links import absolute_url
from municipalities.models import JoinRequest

from .emails import email_send, email_send_to_address, recipient_language
from .models import Invitation, Reminder
from .reminder_opt_out import is_opted_out
from .selectors import reminder_targets
from .tokens import invitation_token, unsubscribe_token


def _absolute(base_url, path):
    # Every address comes from home.links (the configured public address). `base_url` stays in the tasks'
    # arguments only so that tasks queued before this change still run.
    return absolute_url(path)


def _invitation_link(invitation, base_url):
    return _absolute(base_url, reverse("rosters:invitation", args=[invitation_token(invitation)]))


def _municipality_name(municipality, user):
    return municipality.display_name(user.preferred_language) if municipality else ""


@task()
def save_roster_import(*, roster_import_id, base_url):
    """Save a confirmed roster import in chunks, recording progress (rosters.services.roster_import_save)."""
    from . import services  # services enqueue this task, so it imports them only when it runs

    try:
        services.roster_import_save(roster_import_id=roster_import_id, base_url=base_url)
    except Exception:
        # The saved chunks stay; the leader's page says saving stopped and offers to continue.
        services.roster_import_failed(roster_import_id=roster_import_id)
        raise


@task()
def send_invitation_email(*, invitation_id, base_url):
    _invitation_email_send(invitation_id=invitation_id, base_url=base_url)


@task()
def send_invitation_emails(*, invitation_ids, base_url):
    """The invitations of one chunk of a roster import: one queued task per 500 people instead of one per
    person keeps queuing a national roster to a few dozen inserts."""
    for invitation_id in invitation_ids:
        _invitation_email_send(invitation_id=invitation_id, base_url=base_url)


def _invitation_email_send(*, invitation_id, base_url):
    invitation = (
        Invitation.objects.select_related("user__municipality", "created_by")
        .filter(pk=invitation_id, used_at__isnull=True)
        .first()
    )
    if invitation is None:
        return
    # Links carry the language prefix of the recipient's language (i18n_patterns), so they are built in it.
    with translation.override(recipient_language(invitation.user)):
        context = {
            "invitation_url": _invitation_link(invitation, base_url),
            "municipality_name": _municipality_name(invitation.user.municipality, invitation.user),
            "invited_by": invitation.created_by,
            "expires_on": invitation.created_at + timedelta(days=settings.ROSTER_INVITATION_DAYS),
        }
    email_send(user=invitation.user, template="invitation", context=context)


@task()
def send_reminder_email(*, reminder_id, user_id, invitation_id, base_url):
    reminder = Reminder.objects.select_related("municipality", "sent_by", "course").filter(pk=reminder_id).first()
    if reminder is None:
        return
    # Asked again when the worker gets to it: whoever completed (or, for "not started", started) the course
    # since the leader pressed send is no longer reminded.
    user = (
        reminder_targets(municipality=reminder.municipality, course=reminder.course, target=reminder.target)
        .filter(pk=user_id)
        .first()
    )
    course = CoursePage.objects.live().filter(pk=reminder.course_id).first()
    # Checked again here: a person may unsubscribe between the leader's click and the worker's turn.
    if user is None or course is None or is_opted_out(user=user):
        return
    invitation = Invitation.objects.filter(pk=invitation_id, used_at__isnull=True).first() if invitation_id else None
    token = unsubscribe_token(user)
    with translation.override(recipient_language(user)):
        course = in_active_language([course], model=CoursePage)[course.pk]  # the copy in the person's language
        context = {
            "reminder": reminder,
            "course": course,
            "course_url": _absolute(base_url, course.url or "/"),
            "invitation_url": _invitation_link(invitation, base_url) if invitation else "",
            "municipality_name": _municipality_name(reminder.municipality, user),
            "unsubscribe_url": _absolute(base_url, reverse("rosters:reminders_unsubscribe", args=[token])),
        }
        one_click_url = _absolute(base_url, reverse("rosters:reminders_one_click", args=[token]))
    # RFC 8058 one-click unsubscribe: the mail program offers the button and POSTs to the address itself.
    headers = {"List-Unsubscribe": f"<{one_click_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    email_send(user=user, template="reminder", context=context, headers=headers)


@task()
def send_join_decision_email(*, join_request_id):
    """Tell the contact person of a join request what was decided, in the language they wrote it in; a reply
    goes to the coordinator who decided."""
    join_request = JoinRequest.objects.select_related("municipality", "network", "decided_by").get(pk=join_request_id)
    if join_request.status == JoinRequest.Status.PENDING:
        return
    approved = join_request.status == JoinRequest.Status.APPROVED
    decided_by = join_request.decided_by
    email_send_to_address(
        address=join_request.email,
        language=join_request.language,
        template="join_approved" if approved else "join_declined",
        context={
            "join_request": join_request,
            "municipality_name": join_request.municipality.display_name(join_request.language),
        },
        reply_to=[decided_by.email] if decided_by and decided_by.email else [],
    )
