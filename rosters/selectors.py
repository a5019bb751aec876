"""Reads for the roster import, invitations, reminders and the network page.

Every function runs a fixed number of queries whatever the number of rows or people.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404
from django.utils import timezone

from courses.models import CoursePage, Enrolment
from courses.translation import canonical, default_locale_id, in_active_language
from municipalities.models import (
    CouncilTerm,
    JoinRequest,
    Municipality,
    Network,
    NetworkMembership,
    Role,
    RoleAssignment,
)
from municipalities.terms import current_term

from . import problems
from .models import Invitation, Reminder, ReminderTarget, RosterImport
from .parsing import RosterRow
from .reminder_opt_out import opted_out_ids
from .tokens import invitation_id_from_token

NETWORK_SLUG = "uso-2021-2022"
REMINDER_PREVIEW_NAMES = 10


def council_term():
    """The term an import records roles for: the current one, computed from today's date."""
    term = current_term()
    if term is None:
        raise CouncilTerm.DoesNotExist("No council term has started: an administrator adds one in the admin.")
    return term


def users_by_email(emails):
    """Accounts whose address matches one of `emails` (lower-case), ignoring case, keyed by lower-case email."""
    users = (
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=list(emails))
        .select_related("municipality")
    )
    return {user.email_lower: user for user in users}


@dataclass
class PreviewRow:
    row: RosterRow
    problems: list  # the file's problems and the database's, as stored dicts
    status: str  # "error", "new" or "update"

    @property
    def has_errors(self):
        return self.status == "error"

    @property
    def role_label(self):
        return Role(self.row.role).label if self.row.role else self.row.role_text

    @property
    def messages(self):
        return [{"text": problems.message(item), "is_error": problems.is_error(item)} for item in self.problems]

    @property
    def role_choices(self):
        """For a row whose role is unknown: [(value, label)], the closest known roles first, then every other
        role, for the leader to choose from in the preview. Empty for every other row."""
        unknown = next((item for item in self.problems if item["code"] == "unknown_role"), None)
        if unknown is None:
            return []
        closest = [value for value in unknown.get("choices") or () if value in Role.values]
        rest = [value for value in Role.values if value not in closest]
        return [(value, Role(value).label) for value in closest + rest]


@dataclass
class RosterPreview:
    rows: list = field(default_factory=list)

    @property
    def faulty_count(self):
        return sum(row.has_errors for row in self.rows)

    @property
    def faulty_rows(self):
        return [row for row in self.rows if row.has_errors]

    @property
    def valid_rows(self):
        return [row for row in self.rows if not row.has_errors]

    @property
    def unknown_role_count(self):
        return sum(bool(row.role_choices) for row in self.rows)

    @property
    def new_people_count(self):
        return len({row.row.email for row in self.valid_rows if row.status == "new"})

    @property
    def updated_people_count(self):
        return len({row.row.email for row in self.valid_rows if row.status == "update"})


def roster_preview(*, roster_import):
    """The stored rows with what saving them would do, checked against the accounts as they are now."""
    rows = [RosterRow.from_dict(data) for data in roster_import.rows]
    return RosterPreview(rows=rows_checked(rows=rows, municipality=roster_import.municipality))


def rows_checked(*, rows, municipality):
    """PreviewRows: each parsed row with the file's problems and the accounts' (three queries)."""
    existing = users_by_email({row.email for row in rows if row.email})
    held_roles = set(
        RoleAssignment.objects.filter(
            user__in=[user.pk for user in existing.values()],
            municipality=municipality,
            term=council_term(),
        ).values_list("user_id", "role", "body")
    )
    checked = []
    for row in rows:
        found = list(row.problems)
        user = existing.get(row.email)
        if user is not None:
            found.extend(_account_problems(user=user, row=row, municipality=municipality, held_roles=held_roles))
        status = "error" if any(problems.is_error(item) for item in found) else ("update" if user else "new")
        checked.append(PreviewRow(row=row, problems=found, status=status))
    return checked


def users_with_open_invitation(users):
    """Ids of those of `users` who hold an invitation link that still works."""
    return set(
        Invitation.objects.filter(
            user__in=[user.pk for user in users], used_at__isnull=True, created_at__gte=invitation_expiry_cutoff()
        ).values_list("user_id", flat=True)
    )


def _account_problems(*, user, row, municipality, held_roles):
    if user.is_staff or user.is_superuser:
        return [problems.problem("staff_account")]
    if user.municipality_id is None:
        return [problems.problem("joins_municipality")]
    if user.municipality_id != municipality.pk:
        return [problems.problem("other_municipality", value=user.municipality.name_fi)]
    if (user.pk, row.role, row.body) in held_roles:
        return [problems.problem("role_exists")]
    return [problems.problem("will_update")]


def roster_import_for_leader(*, user, municipality, import_id):
    """Only the leader who uploaded a file may preview and confirm it."""
    return get_object_or_404(RosterImport, pk=import_id, municipality=municipality, uploaded_by=user)


def recent_imports(*, municipality, limit=5):
    return list(
        RosterImport.objects.filter(municipality=municipality, status=RosterImport.Status.CONFIRMED)
        .select_related("uploaded_by")
        .defer("rows")
        .order_by("-confirmed_at")[:limit]
    )


# Invitations


def invitation_state(*, token):
    """(invitation or None, state) where state is "valid", "used", "expired" or "invalid"."""
    invitation_id = invitation_id_from_token(token)
    invitation = Invitation.objects.select_related("user").filter(pk=invitation_id).first() if invitation_id else None
    if invitation is None or not invitation.user.is_active:
        return None, "invalid"
    if invitation.used_at is not None:
        return invitation, "used"
    if invitation.created_at < invitation_expiry_cutoff():
        return invitation, "expired"
    return invitation, "valid"


def invitation_expiry_cutoff():
    return timezone.now() - timedelta(days=settings.ROSTER_INVITATION_DAYS)


# Reminders


def reminder_courses():
    """Each live course once: its default-language page, which holds the enrolments. The form labels it in
    the leader's language (reminder_course_titles)."""
    return CoursePage.objects.live().filter(locale_id=default_locale_id()).order_by("path")


def reminder_course_titles(courses):
    """{course id: title in the active language} for default-language courses."""
    return {pk: page.title for pk, page in in_active_language(list(courses), model=CoursePage).items()}


def reminder_pause():
    return timedelta(days=settings.ROSTER_REMINDER_PAUSE_DAYS)


def reminder_targets(*, municipality, course, target, term=None):
    """The active people with a role in the municipality in `term` (the current one by default) who have not
    started, or started but not finished, the course: a former official gets no reminders, nor does anyone who
    unsubscribed from reminders.

    Started and finished mean what they mean on the dashboard (participation/selectors.py), so that a
    reminder to those who have not started reaches exactly the people the leader saw listed there. They are
    computed on the default-language course, which holds every enrolment whatever language was studied in:
    a translated copy has no enrolments of its own and would make everyone look "not started". Whoever has
    completed the course is never in either group.
    """
    course = canonical(course)
    enrolments = Enrolment.objects.filter(user=OuterRef("pk"), course=course)
    started = Exists(enrolments.filter(Q(started_at__isnull=False) | Q(completed_at__isnull=False)))
    finished = Exists(enrolments.filter(completed_at__isnull=False))
    term = term or current_term()
    in_term = RoleAssignment.objects.filter(user_id=OuterRef("pk"), municipality=municipality, term=term)
    people = (
        get_user_model()
        .objects.filter(Exists(in_term), is_active=True)
        .exclude(pk__in=opted_out_ids())
        .exclude(finished)
    )
    if target == ReminderTarget.NOT_STARTED:
        return people.exclude(started)
    return people.filter(started)


def _reminded_recently(course):
    """Whether the person got any reminder about `course` within the pause (ROSTER_REMINDER_PAUSE_DAYS)."""
    return Exists(
        Reminder.recipients.through.objects.filter(
            user_id=OuterRef("pk"),
            reminder__course=canonical(course),
            reminder__sent_at__gte=timezone.now() - reminder_pause(),
        )
    )


def reminder_recipients(*, municipality, course, target):
    """Who a reminder sent now would reach: the target group without those reminded about the course within
    the pause, so nobody gets the same nudge twice in a few days whoever sends it."""
    targets = reminder_targets(municipality=municipality, course=course, target=target)
    return targets.exclude(_reminded_recently(course))


@dataclass
class ReminderAudience:
    count: int  # people the reminder would reach now
    held_back: int  # people of the target group left out because they were reminded within the pause
    names: list  # the first REMINDER_PREVIEW_NAMES of them by name

    @property
    def more(self):
        return max(0, self.count - len(self.names))


def reminder_audience(*, municipality, course, target):
    """The preview of a reminder: the exact count, the first names, and how many are held back. Two queries."""
    targets = reminder_targets(municipality=municipality, course=course, target=target)
    recent = _reminded_recently(course)
    counts = targets.aggregate(all=Count("pk"), held_back=Count("pk", filter=recent))
    names = (
        targets.exclude(recent)
        .order_by("last_name", "first_name", "pk")
        .values_list("first_name", "last_name", "email")[:REMINDER_PREVIEW_NAMES]
    )
    return ReminderAudience(
        count=counts["all"] - counts["held_back"],
        held_back=counts["held_back"],
        names=[f"{first} {last}".strip() or email for first, last, email in names],
    )


def recent_reminders(*, municipality, limit=10):
    reminders = list(
        Reminder.objects.filter(municipality=municipality)
        .select_related("course", "sent_by")
        .order_by("-sent_at")[:limit]
    )
    titles = reminder_course_titles({reminder.course for reminder in reminders})
    for reminder in reminders:
        reminder.course_title = titles[reminder.course_id]
    return reminders


# The network


def join_network():
    return get_object_or_404(Network, slug=NETWORK_SLUG)


def network_members(*, network):
    return list(
        NetworkMembership.objects.filter(network=network, left_on__isnull=True)
        .select_related("municipality")
        .order_by("municipality__name_fi")
    )


def municipalities_outside(*, network):
    return Municipality.objects.exclude(
        Exists(NetworkMembership.objects.filter(network=network, municipality=OuterRef("pk"), left_on__isnull=True))
    ).order_by("name_fi")


def pending_join_request(*, network, municipality):
    return JoinRequest.objects.filter(
        network=network, municipality=municipality, status=JoinRequest.Status.PENDING
    ).first()


def join_requests_pending(*, network):
    return list(
        JoinRequest.objects.filter(network=network, status=JoinRequest.Status.PENDING)
        .select_related("municipality")
        .order_by("created_at")
    )


def join_requests_decided(*, network, limit=20):
    return list(
        JoinRequest.objects.filter(network=network)
        .exclude(status=JoinRequest.Status.PENDING)
        .select_related("municipality", "decided_by")
        .order_by("-decided_at")[:limit]
    )
