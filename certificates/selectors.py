"""Reads: a learner's completed courses with their certificates and badges; what a code verifies."""

from dataclasses import dataclass

from courses.models import Enrolment

from .models import BadgeAssertion, BadgeClass, Certificate


@dataclass
class CompletedCourse:
    enrolment: Enrolment
    certificate: Certificate | None
    badge_class: BadgeClass | None
    assertion: BadgeAssertion | None


def completed_courses(*, user):
    """The learner's completed courses, each with its certificate and badge if issued; four queries."""
    enrolments = list(
        Enrolment.objects.filter(user=user, completed_at__isnull=False)
        .select_related("course")
        .order_by("-completed_at")
    )
    course_ids = [enrolment.course_id for enrolment in enrolments]
    certificates = {c.course_id: c for c in Certificate.objects.filter(user=user, course_id__in=course_ids)}
    badge_classes = {b.course_id: b for b in BadgeClass.objects.filter(course_id__in=course_ids)}
    assertions = {
        a.badge_class.course_id: a
        for a in BadgeAssertion.objects.filter(user=user, badge_class__course_id__in=course_ids).select_related(
            "badge_class"
        )
    }
    return [
        CompletedCourse(
            enrolment=enrolment,
            certificate=certificates.get(enrolment.course_id),
            badge_class=badge_classes.get(enrolment.course_id),
            assertion=assertions.get(enrolment.course_id),
        )
        for enrolment in enrolments
    ]


def certificate_by_code(code):
    return Certificate.objects.filter(code=code).first()


def revoked_assertions():
    return list(BadgeAssertion.objects.filter(revoked=True).order_by("id"))
