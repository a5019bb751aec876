"""A learner's enrolments and lesson completions. Erasure keeps them: they are what the municipality's
participation figures count, and once the account is anonymised they identify no one."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import Enrolment, LessonCompletion


def _export(user):
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "enrolled_at": enrolment.enrolled_at.isoformat(),
                "last_activity_at": enrolment.last_activity_at.isoformat() if enrolment.last_activity_at else None,
                "completed_at": enrolment.completed_at.isoformat() if enrolment.completed_at else None,
            }
            for enrolment in Enrolment.objects.filter(user=user).select_related("course")
        ],
        "lesson_completions": [
            {"course": c.course.title, "lesson": c.lesson.title, "completed_at": c.completed_at.isoformat()}
            for c in LessonCompletion.objects.filter(user=user).select_related("course", "lesson").order_by("id")
        ],
    }


def _erase(user):
    Enrolment.objects.filter(user=user).update(last_lesson=None)


PROVIDER = PersonalDataProvider(key="courses", export=_export, erase=_erase, title=_("Courses"))
