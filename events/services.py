"""Writes: registering, cancelling, the waiting list, attendance and feedback.

Registering and cancelling lock the event's row (SELECT … FOR UPDATE) for the length of the transaction, so
two people asking for the last seat at the same moment are served one after the other: the second sees the
seat taken and goes to the waiting list or is told the event is full. Emails go out through a background task
after the transaction commits, so nobody is told of a change that was rolled back.

Every write goes to the default-language event (EventPage.canonical_event): registering on the Swedish or
English copy of an event registers for the event, once, whichever language it was read in.
"""

import csv
import datetime
import hashlib
import io
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.models import CoursePage
from courses.services import course_complete_if_done
from courses.translation import canonical

from .models import CalendarSequence, EventPage, FeedbackAnswer, FeedbackGiven, Registration
from .rules import registration_refusal
from .signals import attendance_marked
from .tasks import registration_email_send

Status = Registration.Status
MAX_IMPORT_ROWS = 5000


class EventError(Exception):
    """A request that cannot be honoured; `message` is shown to the person and nothing has changed."""

    def __init__(self, message, *, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


class Change:
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    PROMOTED = "promoted"
    CANCELLED = "cancelled"


def _email_after_commit(registration, change):
    transaction.on_commit(partial(registration_email_send.enqueue, registration_id=registration.pk, change=change))


def _locked_event(event):
    """The event's row, locked until the transaction ends. Only the events table is locked (`of`), not
    Wagtail's page row, so editors saving the page are not held up."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.canonical_event.pk)


def _promote_waiting(event, now):
    """Fill free seats from the waiting list, earliest registration first. Returns the promoted."""
    if now >= event.starts_at:
        return []
    seats_taken = Registration.objects.filter(event=event, status=Status.REGISTERED).count()
    free = None if event.capacity is None else event.capacity - seats_taken
    if free is not None and free <= 0:
        return []
    waiting = Registration.objects.filter(event=event, status=Status.WAITLISTED).order_by("queued_at", "id")
    promoted = list(waiting if free is None else waiting[:free])
    for registration in promoted:
        registration.status = Status.REGISTERED
        registration.status_changed_at = now
        registration.save(update_fields=["status", "status_changed_at"])
        _email_after_commit(registration, Change.PROMOTED)
    return promoted


@transaction.atomic
def registration_create(*, event, user, needs=""):
    """Register `user`, or put them on the waiting list when the event is full. Returns the registration."""
    event = _locked_event(event)
    now = timezone.now()  # taken after the lock, so the order of the waiting list is the order of service
    # Seats freed by a raised capacity go to those already waiting before anyone new.
    _promote_waiting(event, now)
    existing = Registration.objects.filter(event=event, user=user).first()
    if existing and existing.status == Status.REGISTERED:
        raise EventError(_("You are already registered for this event."), status=409)
    if existing and existing.status == Status.WAITLISTED:
        raise EventError(_("You are already on the waiting list of this event."), status=409)
    seats_taken = Registration.objects.filter(event=event, status=Status.REGISTERED).count()
    refusal = registration_refusal(event=event, user=user, seats_taken=seats_taken, now=now)
    if refusal:
        raise EventError(refusal, status=409)

    full = event.capacity is not None and seats_taken >= event.capacity
    status = Status.WAITLISTED if full else Status.REGISTERED
    registration = existing or Registration(event=event, user=user)
    registration.status = status
    registration.queued_at = registration.status_changed_at = now
    registration.needs = needs.strip()
    registration.attended = None
    registration.attendance_marked_at = None
    registration.attendance_marked_by = None
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as error:  # the same person in two tabs on a database without row locks
        raise EventError(_("You are already registered for this event."), status=409) from error
    _email_after_commit(registration, Change.WAITLISTED if full else Change.REGISTERED)
    return registration


@transaction.atomic
def registration_cancel(*, event, user):
    """Cancel `user`'s registration; the first on the waiting list takes the seat. Returns the promoted."""
    event = _locked_event(event)
    now = timezone.now()
    registration = Registration.objects.filter(event=event, user=user).exclude(status=Status.CANCELLED).first()
    if registration is None:
        raise EventError(_("You have no registration for this event to cancel."), status=409)
    if now >= event.starts_at:
        raise EventError(
            _("The event has already started, so the registration can no longer be cancelled."), status=409
        )
    registration.status = Status.CANCELLED
    registration.status_changed_at = now
    registration.save(update_fields=["status", "status_changed_at"])
    _email_after_commit(registration, Change.CANCELLED)
    return _promote_waiting(event, now)


def attendance_can_be_marked(*, event, now=None):
    """From the morning of the event's day (Finnish time) on, never for an event that has not begun."""
    now = now or timezone.now()
    return timezone.localdate(now) >= timezone.localdate(event.starts_at)


def _linked_course(event):
    if not event.linked_page_id:
        return None
    page = Page.objects.filter(pk=event.linked_page_id).first()
    if page is None:
        return None
    course = CoursePage.objects.ancestor_of(page, inclusive=True).first()
    return canonical(course) if course else None


def _after_attendance(event, registrations):
    """A required workshop attended may be the last thing missing from the linked course, or from a course that
    asks for a workshop of this kind (workshop_requirements.py)."""
    from .workshop_requirements import courses_requiring

    attendance_marked.send(sender=Registration, event=event, registrations=registrations)
    courses = {course.pk: course for course in courses_requiring(event.kind)}
    if event.required_for_course:
        course = _linked_course(event)
        if course is not None:
            courses[course.pk] = course
    for course in courses.values():
        for registration in registrations:
            if registration.attended:
                course_complete_if_done(user=registration.user, course=course)


@transaction.atomic
def attendance_mark(*, event, registration_id, attended, marked_by):
    event = event.canonical_event
    if not attendance_can_be_marked(event=event):
        raise EventError(_("Attendance can be marked from the day of the event."), status=409)
    registration = (
        Registration.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(event=event, pk=registration_id)
        .exclude(status=Status.CANCELLED)
        .first()
    )
    if registration is None:
        raise EventError(_("This person has no registration for the event."), status=404)
    registration.attended = attended
    registration.attendance_marked_at = timezone.now()
    registration.attendance_marked_by = marked_by
    registration.save(update_fields=["attended", "attendance_marked_at", "attendance_marked_by"])
    _after_attendance(event, [registration])
    return registration


YES = {"yes", "y", "kyllä", "k", "ja", "j", "1", "true", "x", "läsnä", "present"}
NO = {"no", "n", "ei", "e", "nej", "0", "false", "poissa", "absent"}


class AttendanceImportError(EventError):
    """A CSV that cannot be imported; `errors` lists one message per bad row, and nothing was saved."""

    def __init__(self, errors):
        super().__init__(_("Nothing was imported. Correct the rows below and try again."))
        self.errors = errors


def _read_attendance_csv(text):
    """Rows of (line number, email, value). Accepts comma or semicolon (Finnish Excel) and an optional
    header row."""
    if "\x00" in text:  # a NUL byte is no CSV text, and PostgreSQL refuses it in a query: a message, not an error
        raise AttendanceImportError([_("The file could not be read. Save it as CSV (UTF-8).")])
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = []
    # newline="" as the csv module asks: a lone \r (old Mac Excel) then ends a row instead of raising csv.Error.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for line_number, row in enumerate(reader, start=1):
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if line_number == 1 and cells and "@" not in cells[0]:
                continue  # a header row such as "email;attended"
            rows.append((line_number, cells))
    except csv.Error as error:  # e.g. a field longer than the csv module's limit: an answer, not a server error
        raise AttendanceImportError([_("The file could not be read. Save it as CSV (UTF-8).")]) from error
    return rows


@transaction.atomic
def attendance_import(*, event, text, marked_by):
    """Mark attendance from CSV text: one row per person, `email, attended (yes/no)`. Every row is checked
    first; if any is wrong nothing is saved. Returns the number of rows saved."""
    event = event.canonical_event
    if not attendance_can_be_marked(event=event):
        raise EventError(_("Attendance can be marked from the day of the event."), status=409)
    rows = _read_attendance_csv(text)
    if not rows:
        raise AttendanceImportError([_("The file has no rows.")])
    if len(rows) > MAX_IMPORT_ROWS:
        raise AttendanceImportError([_("The file has more than %(max)s rows.") % {"max": MAX_IMPORT_ROWS}])
    emails = {cells[0].lower() for _line, cells in rows if cells}
    by_email = {
        registration.user.email.lower(): registration
        for registration in Registration.objects.select_for_update(of=("self",))
        .filter(event=event, user__email__in=emails)
        .exclude(status=Status.CANCELLED)
        .select_related("user")
    }
    errors, decisions, seen = [], {}, set()
    for line, cells in rows:
        email = cells[0].lower() if cells else ""
        value = cells[1].lower() if len(cells) > 1 else ""
        if len(cells) < 2:
            errors.append(_("Row %(line)s: expected two columns, an email address and yes or no.") % {"line": line})
        elif email not in by_email:
            errors.append(
                _("Row %(line)s: %(email)s is not registered for this event.") % {"line": line, "email": cells[0]}
            )
        elif email in seen:
            errors.append(_("Row %(line)s: %(email)s appears twice.") % {"line": line, "email": cells[0]})
        elif value not in YES | NO:
            errors.append(_("Row %(line)s: “%(value)s” is not yes or no.") % {"line": line, "value": cells[1][:40]})
        else:
            decisions[email] = value in YES
        seen.add(email)
    if errors:
        raise AttendanceImportError(errors)
    now = timezone.now()
    changed = []
    for email, attended in decisions.items():
        registration = by_email[email]
        registration.attended = attended
        registration.attendance_marked_at = now
        registration.attendance_marked_by = marked_by
        changed.append(registration)
    Registration.objects.bulk_update(changed, ["attended", "attendance_marked_at", "attendance_marked_by"])
    _after_attendance(event, changed)
    return len(changed)


@transaction.atomic
def feedback_submit(*, event, user, rating, comment=""):
    """Store one anonymous answer and the fact that `user` has answered; a second answer is refused."""
    from .selectors import feedback_state

    event = event.canonical_event
    registration = Registration.objects.filter(event=event, user=user).exclude(status=Status.CANCELLED).first()
    state = feedback_state(event=event, user=user, registration=registration)
    if state.has_given:
        raise EventError(_("You have already given feedback on this event. Thank you!"), status=409)
    if not state.can_give:
        raise EventError(_("Feedback is open after the event to those who took part."), status=403)
    if rating not in range(1, 6):
        raise EventError(_("Choose a rating from 1 to 5."), status=400)
    try:
        with transaction.atomic():
            FeedbackGiven.objects.create(event=event, user=user)
    except IntegrityError as error:
        raise EventError(_("You have already given feedback on this event. Thank you!"), status=409) from error
    return FeedbackAnswer.objects.create(event=event, rating=rating, comment=comment.strip())


def registration_needs_clear(*, days, now=None, dry_run=False):
    """Clear the dietary and accessibility notes of events that ended more than `days` ago (the retention
    rule: they may be health data, and they served only the event). Returns how many notes were (or, with
    `dry_run`, would be) cleared."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    expired = Registration.objects.filter(event__ends_at__lt=cutoff).exclude(needs="")
    return expired.count() if dry_run else expired.update(needs="")


def calendar_feed_ensure(*, user):
    from .models import CalendarFeed

    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def calendar_feed_regenerate(*, user):
    """A new secret address; the old one stops working at once."""
    from .models import CalendarFeed, new_feed_token

    feed, _created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
    feed.token = new_feed_token()
    feed.save(update_fields=["token", "created_at"])
    return feed


def _calendar_fingerprint(event):
    """A digest of what calendars show of the event, in every language it has a live copy in."""
    copies = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key)
        .order_by("locale_id")
        .values_list("locale_id", "title", "description", "place", "online_url", "starts_at", "ends_at")
    )
    return hashlib.sha256(repr(list(copies)).encode()).hexdigest()


@transaction.atomic
def calendar_sequence_update(*, event):
    """After a copy of `event` (default-language) was published: raise its SEQUENCE when what calendars show
    changed. Locks the row, so two publishes at once raise it twice rather than once."""
    fingerprint = _calendar_fingerprint(event)
    row, created = CalendarSequence.objects.select_for_update().get_or_create(
        event=event, defaults={"fingerprint": fingerprint}
    )
    if not created and row.fingerprint != fingerprint:
        row.sequence += 1
        row.fingerprint = fingerprint
        row.save(update_fields=["sequence", "fingerprint"])
    return row
