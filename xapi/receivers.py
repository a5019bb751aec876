"""Statements queued when something happens, from the signals and saves of the apps that record it. Each
receiver does nothing unless an LRS is configured (XAPI_LRS_URL), so the service runs as before without it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from assessments.models import QuizAttempt
from assessments.signals import quiz_submitted
from certificates.models import BadgeAssertion
from courses.models import Enrolment, LessonCompletion
from courses.signals import course_completed
from events.models import Registration
from events.signals import attendance_marked

from . import statements
from .services import is_enabled, outbox_add


@receiver(post_save, sender=Enrolment, dispatch_uid="xapi-enrolment")
def _enrolled(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_enabled():
        outbox_add(statements.course_registered(instance))


@receiver(course_completed, dispatch_uid="xapi-course-completed")
def _course_completed(sender, user, course, completed_at, **kwargs):
    if is_enabled():
        outbox_add(statements.course_completed(user=user, course=course, completed_at=completed_at))


@receiver(post_save, sender=LessonCompletion, dispatch_uid="xapi-lesson")
def _lesson_completed(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_enabled():
        outbox_add(statements.lesson_completed(instance))


@receiver(post_save, sender=QuizAttempt, dispatch_uid="xapi-quiz-attempted")
def _quiz_attempted(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_enabled():
        outbox_add(statements.quiz_attempted(instance))


@receiver(quiz_submitted, dispatch_uid="xapi-quiz-submitted")
def _quiz_submitted(sender, attempt, **kwargs):
    if is_enabled():
        outbox_add(statements.quiz_scored(attempt))


@receiver(post_save, sender=Registration, dispatch_uid="xapi-event-registered")
def _event_registered(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_enabled() and instance.status == Registration.Status.REGISTERED:
        outbox_add(statements.event_registered(instance))


@receiver(attendance_marked, dispatch_uid="xapi-attended")
def _attended(sender, event, registrations, **kwargs):
    if is_enabled():
        for registration in registrations:
            if registration.attended:
                outbox_add(statements.event_attended(registration))


@receiver(post_save, sender=BadgeAssertion, dispatch_uid="xapi-badge")
def _badge_earned(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_enabled():
        outbox_add(statements.badge_earned(instance))
