"""Blended pathway: a course whose events are marked "required for completing the linked course" completes only
after the learner has attended one of them (registered in courses/completion.py from apps.py)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from courses.translation import canonical, default_locale_id

from .models import EventPage, Registration


def required_workshop_attended(*, user, course):
    """Attending any one of the course's required events counts. The message names the next such event.
    Attendance is kept on the default-language events, so their copies in other languages are left out."""
    course = canonical(course)
    required = EventPage.objects.live().filter(
        linked_page__path__startswith=course.path, required_for_course=True, locale_id=default_locale_id()
    )
    events = list(required.order_by("starts_at").only("id", "title", "starts_at", "ends_at", "municipality_id"))
    if not events:
        return []
    # Only the required events this learner can attend: another municipality's own workshop is not theirs to
    # wait for (its page is a 404 to them).
    if user.municipality_id is not None:
        events = [event for event in events if event.municipality_id in (None, user.municipality_id)]
    if not events:
        return [_("The course requires a workshop, and your municipality has none for it yet.")]
    attended = Registration.objects.filter(
        user=user, event_id__in=[event.id for event in events], attended=True
    ).exists()
    if attended:
        return []
    now = timezone.now()
    event = next((event for event in events if event.ends_at >= now), events[-1])
    day = timezone.localdate(event.starts_at)
    return [
        _("Attend the workshop “%(title)s” (%(date)s): the course is complete after attending it.")
        % {"title": event.title, "date": f"{day.day}.{day.month}.{day.year}"}
    ]
