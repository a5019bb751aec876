"""A course's requirement of "a workshop of your municipality of kind X" (WorkshopRequirement): whether a
learner has met it, which events of their municipality would meet it, and how many of a municipality's
people wait for one. Registered in courses/completion.py from apps.py, as a requirement and as a part of
the learner's course page."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.completion import CoursePart
from courses.models import Enrolment
from courses.translation import canonical

from .access import network_events_filter
from .models import EventKind, EventPage, Registration, WorkshopRequirement


def _fulfilling_events(requirement, municipality_id):
    """A Q over EventPage: the events that fulfil `requirement` for the people of the municipality."""
    own = Q(kind=requirement.kind, municipality_id=municipality_id)
    if requirement.joint_seminar_counts:
        own |= Q(kind=EventKind.JOINT_SEMINAR) & network_events_filter(municipality_id)
    return own & Q(locale__language_code=settings.LANGUAGE_CODE)


def _requirements(course):
    return list(WorkshopRequirement.objects.filter(course=canonical(course)).order_by("pk"))


def _attended(user, requirement):
    if user.municipality_id is None:
        return False
    events = EventPage.objects.live().filter(_fulfilling_events(requirement, user.municipality_id))
    return Registration.objects.filter(user=user, attended=True, event__in=events).exists()


def municipality_workshop_attended(*, user, course):
    """One message per requirement not yet met."""
    messages = []
    for requirement in _requirements(course):
        if not _attended(user, requirement):
            messages.append(
                _("Attend a workshop of your municipality (%(kind)s): the course is complete after it.")
                % {"kind": requirement.get_kind_display()}
            )
    return messages


def workshop_course_parts(*, user, course):
    """What the learner's course page says of each workshop requirement: met, or which upcoming events of their
    municipality would meet it (each with its page, where one registers), or that there is none yet."""
    parts = []
    for requirement in _requirements(course):
        met = _attended(user, requirement)
        upcoming = []
        if not met and user.municipality_id is not None:
            upcoming = list(
                EventPage.objects.live()
                .filter(_fulfilling_events(requirement, user.municipality_id), ends_at__gte=timezone.now())
                .order_by("starts_at")
                .only("id", "title", "url_path", "starts_at", "municipality_id")[:5]
            )
        parts.append(
            CoursePart(
                key=f"workshop-{requirement.pk}",
                template="events/workshop_requirement_part.html",
                done=int(met),
                total=1,
                context={"requirement": requirement, "met": met, "upcoming": upcoming},
            )
        )
    return parts


def municipality_waiting_for_workshops(*, municipality):
    """For the leader's dashboard: per workshop requirement of a course its people study, how many enrolled and
    not yet completed have not attended a fulfilling workshop, and whether one is coming. Two queries per
    requirement; requirements are a handful across the whole service."""
    rows = []
    for requirement in WorkshopRequirement.objects.select_related("course").order_by("pk"):
        fulfilling = EventPage.objects.live().filter(_fulfilling_events(requirement, municipality.pk))
        attended = Registration.objects.filter(user=OuterRef("user"), attended=True, event__in=fulfilling)
        waiting = (
            Enrolment.objects.filter(
                course=requirement.course, user__municipality=municipality, completed_at__isnull=True
            )
            .filter(~Exists(attended))
            .count()
        )
        if not waiting:
            continue
        scheduled = fulfilling.filter(ends_at__gte=timezone.now()).exists()
        rows.append({"requirement": requirement, "waiting": waiting, "scheduled": scheduled})
    return rows


def courses_requiring(kind):
    """The courses that a workshop of this kind (or a joint seminar) may complete."""
    query = Q(kind=kind)
    if kind == EventKind.JOINT_SEMINAR:
        query |= Q(joint_seminar_counts=True)
    return [requirement.course for requirement in WorkshopRequirement.objects.filter(query).select_related("course")]
