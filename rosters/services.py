"""Writes: importing a roster, accepting an invitation, sending reminders, deciding on join requests.

Each function runs in one transaction, so a failure changes nothing; emails are queued only after the
transaction has committed, so nobody is invited to an account that was rolled back.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.translation import canonical
from municipalities.models import JoinRequest, Municipality, NetworkMembership, RoleAssignment

from . import selectors
from .models import Invitation, Reminder, RosterImport
from .parsing import RosterRow, parse_roster
from .tasks import save_roster_import, send_invitation_emails, send_join_decision_email, send_reminder_email


class RosterError(Exception):
    """A request that cannot be honoured; `message` is shown to the user and nothing has changed."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


# Roster import

# Rows saved per transaction by the background task: small enough that progress moves every second or so
# and memory stays flat, large enough that the fixed queries per chunk do not dominate.
SAVE_CHUNK_ROWS = 500


@transaction.atomic
def roster_import_create(*, municipality, uploaded_by, file_name, data):
    """Parse an uploaded file and keep its rows for the preview. Raises parsing.RosterFileError."""
    parsed = parse_roster(data, file_name)
    # Locking the uploader serialises two uploads by the same leader (the same file sent twice at once):
    # the second waits, then replaces the first, so one unsaved file remains. The database's partial
    # unique constraint holds the same rule should anything else create imports.
    get_user_model().objects.select_for_update().filter(pk=uploaded_by.pk).first()
    # An earlier file the leader neither saved nor discarded goes: the rows hold personal data that is kept
    # only as long as the preview needs it.
    RosterImport.objects.filter(
        municipality=municipality, uploaded_by=uploaded_by, status=RosterImport.Status.PENDING
    ).delete()
    return RosterImport.objects.create(
        municipality=municipality,
        uploaded_by=uploaded_by,
        file_name=file_name[:255],
        file_format=parsed.file_format[:60],
        rows=[row.to_dict() for row in parsed.rows],
        ignored_columns=parsed.ignored_columns,
        total_rows=len(parsed.rows),
    )


def roster_import_cancel(*, roster_import):
    if roster_import.status == RosterImport.Status.PENDING:
        roster_import.delete()


@transaction.atomic
def roster_import_confirm(*, roster_import_id, skip_faulty, expected_faulty_count, base_url, in_background=True):
    """Accept a previewed import for saving: the rows without problems are kept and saved in the background
    (rosters.tasks.save_roster_import), which records its progress on the import.

    With `in_background=False` the rows are saved now, in the caller's transaction: the term rollover
    (rollover.py) needs its deletion of the current term's roles and the new roles to commit, or fail,
    together.

    `expected_faulty_count` is the number of faulty rows the leader saw; when the accounts changed since
    the preview and the number differs, nothing is saved and the leader looks again.
    """
    # Locking the import row makes a double click (or two tabs) save it once.
    roster_import = RosterImport.objects.select_for_update().select_related("municipality").get(pk=roster_import_id)
    if roster_import.status != RosterImport.Status.PENDING:
        raise RosterError(_("This file has already been saved."))
    preview = selectors.roster_preview(roster_import=roster_import)
    if preview.faulty_count and not skip_faulty:
        raise RosterError(
            _("Nothing was saved: fix the rows with problems and upload the file again, or choose to skip them.")
        )
    if skip_faulty and preview.faulty_count != expected_faulty_count:
        raise RosterError(_("Nothing was saved: the rows changed since you looked. Check the preview again."))
    rows = [entry.row for entry in preview.valid_rows]
    if not rows:
        raise RosterError(_("Nothing was saved: no row can be imported."))
    # A person's rows stay together, so that one chunk creates the account and records all its roles.
    rows.sort(key=lambda row: (row.email, row.line))
    roster_import.rows = [row.to_dict() for row in rows]
    roster_import.status = RosterImport.Status.SAVING
    roster_import.skipped_count = preview.faulty_count
    roster_import.total_rows, roster_import.saved_rows = len(rows), 0
    roster_import.save()
    if not in_background:
        return _save_now(roster_import=roster_import, base_url=base_url)
    transaction.on_commit(partial(save_roster_import.enqueue, roster_import_id=roster_import.pk, base_url=base_url))
    return roster_import


@transaction.atomic
def _save_now(*, roster_import, base_url):
    """Save every chunk of a confirmed import in the current transaction (see roster_import_confirm)."""
    while roster_import.saved_rows < len(roster_import.rows):
        chunk = _whole_people(roster_import.rows, roster_import.saved_rows)
        _chunk_save(roster_import=roster_import, rows=chunk, base_url=base_url)
        roster_import.saved_rows += len(chunk)
    roster_import.status = RosterImport.Status.CONFIRMED
    roster_import.confirmed_at = timezone.now()
    roster_import.rows = []  # the people are saved now; the file's copy of their data is not needed
    roster_import.save()
    return roster_import


def roster_import_resume(*, roster_import, base_url):
    """Start saving again after the task stopped (the worker was restarted, the database went away).
    Saved chunks are not redone: the task continues from `saved_rows`."""
    updated = RosterImport.objects.filter(pk=roster_import.pk, status=RosterImport.Status.FAILED).update(
        status=RosterImport.Status.SAVING
    )
    if updated:
        transaction.on_commit(partial(save_roster_import.enqueue, roster_import_id=roster_import.pk, base_url=base_url))


def roster_import_save(*, roster_import_id, base_url):
    """Save a confirmed import chunk by chunk, each in its own transaction with the progress it makes, so
    the leader sees how far it is and a stop halfway loses nothing; continuing redoes no chunk. Called by
    the background task."""
    while True:
        with transaction.atomic():
            roster_import = (
                RosterImport.objects.select_for_update().select_related("municipality").get(pk=roster_import_id)
            )
            if roster_import.status != RosterImport.Status.SAVING:
                return roster_import
            start = roster_import.saved_rows
            chunk = _whole_people(roster_import.rows, start)
            if chunk:
                _chunk_save(roster_import=roster_import, rows=chunk, base_url=base_url)
                roster_import.saved_rows = start + len(chunk)
            if roster_import.saved_rows >= len(roster_import.rows):
                roster_import.status = RosterImport.Status.CONFIRMED
                roster_import.confirmed_at = timezone.now()
                roster_import.rows = []  # the people are saved now; the file's copy of their data is not needed
            roster_import.save()


def roster_import_failed(*, roster_import_id):
    RosterImport.objects.filter(pk=roster_import_id, status=RosterImport.Status.SAVING).update(
        status=RosterImport.Status.FAILED
    )


def _whole_people(rows, start):
    """About SAVE_CHUNK_ROWS rows from `start`, extended to the end of the last person's rows (sorted by
    email at confirmation)."""
    end = min(start + SAVE_CHUNK_ROWS, len(rows))
    while 0 < end < len(rows) and rows[end]["email"] == rows[end - 1]["email"]:
        end += 1
    return [RosterRow.from_dict(data) for data in rows[start:end]]


def _chunk_save(*, roster_import, rows, base_url):
    """Create or update the people of `rows`, record their roles and invite those who need it; rows that
    became faulty since the confirmation (someone registered elsewhere meanwhile) are skipped. A fixed
    number of queries per chunk."""
    checked = selectors.rows_checked(rows=rows, municipality=roster_import.municipality)
    roster_import.skipped_count += sum(entry.has_errors for entry in checked)
    rows = [entry.row for entry in checked if not entry.has_errors]
    if not rows:
        return
    created, updated, invitations = _people_save(roster_import=roster_import, rows=rows)
    roster_import.created_count += created
    roster_import.updated_count += updated
    roster_import.invited_count += len(invitations)
    if invitations:
        transaction.on_commit(
            partial(
                send_invitation_emails.enqueue,
                invitation_ids=[invitation.pk for invitation in invitations],
                base_url=base_url,
            )
        )


def _people_save(*, roster_import, rows):
    """Returns (people created, people updated, new invitations); a fixed number of queries for any number
    of rows."""
    User = get_user_model()
    municipality = roster_import.municipality
    first_rows = {}
    for row in rows:
        first_rows.setdefault(row.email, row)
    existing = selectors.users_by_email(first_rows)
    term = selectors.council_term()
    held_before = set(
        RoleAssignment.objects.filter(
            user__in=[user.pk for user in existing.values()], municipality=municipality, term=term
        ).values_list("user_id", "role", "body")
    )

    new_users = [
        User(
            email=email,
            first_name=row.first_name,
            last_name=row.last_name,
            municipality=municipality,
            preferred_language=row.language or settings.LANGUAGE_CODE,
            password=make_password(None),
        )
        for email, row in first_rows.items()
        if email not in existing
    ]
    User.objects.bulk_create(new_users)
    for email, user in existing.items():
        row = first_rows[email]
        user.first_name, user.last_name = row.first_name, row.last_name
        user.municipality = municipality
        user.preferred_language = row.language or user.preferred_language
    User.objects.bulk_update(list(existing.values()), ["first_name", "last_name", "municipality", "preferred_language"])

    users = selectors.users_by_email(first_rows)
    RoleAssignment.objects.bulk_create(
        [
            RoleAssignment(user=users[row.email], municipality=municipality, term=term, role=row.role, body=row.body)
            for row in rows
        ],
        ignore_conflicts=True,
    )
    invitees = _invitees(users=users, existing=existing, rows=rows, held_before=held_before)
    created = Invitation.objects.bulk_create(
        [Invitation(user=user, created_by=roster_import.uploaded_by, roster_import=roster_import) for user in invitees]
    )
    # bulk_create returns primary keys on PostgreSQL and SQLite alike (both support RETURNING).
    return len(new_users), len(existing), created


def _invitees(*, users, existing, rows, held_before):
    """Who gets an invitation: everyone new, and people without a password for whom the file adds a role
    or a municipality, unless a link sent earlier still works. A row that changes nothing ("already on
    this roster with this role") sends nothing, so importing the same file again emails nobody."""
    adds_something = {
        row.email
        for row in rows
        if row.email not in existing or (existing[row.email].pk, row.role, row.body) not in held_before
    }
    candidates = [user for email, user in users.items() if email in adds_something and not user.has_usable_password()]
    with_open_link = selectors.users_with_open_invitation(candidates)
    return [user for user in candidates if user.pk not in with_open_link]


# Invitations


@transaction.atomic
def invitation_accept(*, invitation, password):
    """Set the password through an invitation; the link, and any older link of the same person, then stops
    working. Raises RosterError when the link was used or expired in the meantime."""
    now = timezone.now()
    claimed = Invitation.objects.filter(
        pk=invitation.pk, used_at__isnull=True, created_at__gte=selectors.invitation_expiry_cutoff()
    ).update(used_at=now)
    if not claimed:
        raise RosterError(_("This link has expired or has already been used."))
    Invitation.objects.filter(user=invitation.user, used_at__isnull=True).update(used_at=now)
    user = invitation.user
    user.set_password(password)
    user.save(update_fields=["password"])
    return user


# Reminders


@transaction.atomic
def reminder_send(*, municipality, course, target, sent_by, base_url):
    """Queue a reminder email to everyone matching `target` who has not had a reminder about the course
    within the pause; people who have not yet chosen a password get a new invitation link in it.

    Raises RosterError, sending nothing, when that leaves nobody."""
    # Locking the municipality makes two sends at the same moment (two leaders, a double click) one after
    # the other, so the second sees the first one's recipients as reminded.
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    course = canonical(course)
    recipients = list(selectors.reminder_recipients(municipality=municipality, course=course, target=target))
    if not recipients:
        audience = selectors.reminder_audience(municipality=municipality, course=course, target=target)
        if audience.held_back:
            raise RosterError(
                ngettext(
                    "Nothing was sent: the %(count)s person this reminder is for already got a reminder about "
                    "this course within the last %(days)s days.",
                    "Nothing was sent: all %(count)s people this reminder is for already got a reminder about "
                    "this course within the last %(days)s days.",
                    audience.held_back,
                )
                % {"count": audience.held_back, "days": settings.ROSTER_REMINDER_PAUSE_DAYS}
            )
        raise RosterError(_("Nobody matches this reminder, so nothing was sent."))
    reminder = Reminder.objects.create(
        municipality=municipality,
        course=course,
        target=target,
        sent_by=sent_by,
        recipient_count=len(recipients),
    )
    reminder.recipients.set(recipients)
    without_password = [user for user in recipients if not user.has_usable_password()]
    Invitation.objects.bulk_create([Invitation(user=user, created_by=sent_by) for user in without_password])
    invitation_ids = dict(
        Invitation.objects.filter(user__in=without_password, used_at__isnull=True)
        .order_by("user_id", "created_at")
        .values_list("user_id", "id")
    )  # the newest open invitation per person, as the dict keeps the last
    for user in recipients:
        transaction.on_commit(
            partial(
                send_reminder_email.enqueue,
                reminder_id=reminder.pk,
                user_id=user.pk,
                invitation_id=invitation_ids.get(user.pk),
                base_url=base_url,
            )
        )
    return reminder


# Joining the network


@transaction.atomic
def join_request_create(*, network, municipality, contact_name, email, message, language=settings.LANGUAGE_CODE):
    # Locking the municipality serialises two requests for it sent at the same moment.
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    if NetworkMembership.objects.filter(network=network, municipality=municipality, left_on__isnull=True).exists():
        raise RosterError(_("%(municipality)s is already a member of the network.") % {"municipality": municipality})
    pending = selectors.pending_join_request(network=network, municipality=municipality)
    if pending is not None:
        raise RosterError(
            _(
                "A request for %(municipality)s was already sent on %(date)s and is waiting for the coordinator. "
                "You will hear from us; there is no need to send it again."
            )
            % {"municipality": municipality, "date": timezone.localtime(pending.created_at).strftime("%d.%m.%Y")}
        )
    return JoinRequest.objects.create(
        network=network,
        municipality=municipality,
        contact_name=contact_name,
        email=email,
        message=message,
        language=language,
    )


def _join_request_lock_pending(join_request_id):
    join_request = (
        JoinRequest.objects.select_for_update().select_related("municipality", "network").get(pk=join_request_id)
    )
    if join_request.status != JoinRequest.Status.PENDING:
        raise RosterError(
            _("This request was already decided: %(status)s.") % {"status": join_request.get_status_display()}
        )
    return join_request


@transaction.atomic
def join_request_approve(*, join_request_id, decided_by):
    """Approve a request: the municipality becomes a member from today (again, if it had left)."""
    join_request = _join_request_lock_pending(join_request_id)
    membership, created = NetworkMembership.objects.get_or_create(
        network=join_request.network,
        municipality=join_request.municipality,
        defaults={"joined_on": timezone.localdate()},
    )
    if not created and membership.left_on is not None:
        membership.joined_on, membership.left_on = timezone.localdate(), None
        membership.save(update_fields=["joined_on", "left_on"])
    join_request.status = JoinRequest.Status.APPROVED
    join_request.decided_by, join_request.decided_at = decided_by, timezone.now()
    join_request.save(update_fields=["status", "decided_by", "decided_at"])
    transaction.on_commit(partial(send_join_decision_email.enqueue, join_request_id=join_request.pk))
    return join_request


@transaction.atomic
def join_request_decline(*, join_request_id, decided_by):
    join_request = _join_request_lock_pending(join_request_id)
    join_request.status = JoinRequest.Status.DECLINED
    join_request.decided_by, join_request.decided_at = decided_by, timezone.now()
    join_request.save(update_fields=["status", "decided_by", "decided_at"])
    transaction.on_commit(partial(send_join_decision_email.enqueue, join_request_id=join_request.pk))
    return join_request


@transaction.atomic
def network_member_add(*, network, municipality, joined_on):
    """The coordinator adds a municipality to the network directly (one that asked by phone, say)."""
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    if selectors.pending_join_request(network=network, municipality=municipality) is not None:
        raise RosterError(
            _("%(municipality)s has a request waiting: approve it above, so that the contact person hears of it.")
            % {"municipality": municipality}
        )
    membership, created = NetworkMembership.objects.get_or_create(
        network=network, municipality=municipality, defaults={"joined_on": joined_on}
    )
    if not created:
        if membership.left_on is None:
            raise RosterError(
                _("%(municipality)s is already a member of the network.") % {"municipality": municipality}
            )
        membership.joined_on, membership.left_on = joined_on, None
        membership.save(update_fields=["joined_on", "left_on"])
    return membership
