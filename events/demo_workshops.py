"""Demo: the sustainability course asks for a strategy workshop of the learner's own municipality, and a joint
seminar of the network counts too. Idempotent."""

from courses.models import CoursePage
from courses.translation import default_locale_id

from .demo import SUSTAINABILITY_COURSE
from .models import EventKind, WorkshopRequirement


def workshop_requirements_demo_load(*, stdout=None):
    course = CoursePage.objects.filter(slug=SUSTAINABILITY_COURSE, locale_id=default_locale_id()).first()
    if course is None:
        return None
    requirement, _created = WorkshopRequirement.objects.get_or_create(
        course=course, kind=EventKind.STRATEGY_WORKSHOP, defaults={"joint_seminar_counts": True}
    )
    if stdout is not None:
        stdout.write(f"Workshop requirement: “{course.title}” asks for a {requirement.get_kind_display().lower()}")
    return requirement
