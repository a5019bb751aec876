from django.utils import timezone

from certificates.models import BadgeClass
from courses.models import Enrolment
from tests.builders import make_course, make_user


def completed_learner(course=None, **user_fields):
    """A learner with a completed enrolment in `course` (a new course by default)."""
    course = course or make_course()
    user = make_user(**user_fields)
    Enrolment.objects.create(user=user, course=course, completed_at=timezone.now())
    return user, course


def make_badge_class(course, **fields):
    fields.setdefault("name", f"{course.title} – suoritettu")
    fields.setdefault("description", "Merkki kurssin suorittamisesta.")
    fields.setdefault("criteria_narrative", "Opiskelija on suorittanut kurssin kaikki oppitunnit ja tietovisat.")
    return BadgeClass.objects.create(course=course, **fields)
