"""Every statement of a period, built again from the rows that record what happened: for `export_xapi`, a
file for an LRS that cannot be reached online, whether or not the outbox was on at the time. The ids are
those the outbox uses (statements.py), so an LRS that gets both keeps one copy."""

from assessments.models import QuizAttempt
from certificates.models import BadgeAssertion
from courses.models import Enrolment, LessonCompletion
from events.models import Registration

from . import statements


def statements_between(since, until):
    """Statements whose event happened in [since, until), oldest first."""
    found = []
    enrolments = Enrolment.objects.select_related("user", "course")
    found += [statements.course_registered(e) for e in enrolments.filter(enrolled_at__gte=since, enrolled_at__lt=until)]
    found += [
        statements.course_completed(user=e.user, course=e.course, completed_at=e.completed_at)
        for e in enrolments.filter(completed_at__gte=since, completed_at__lt=until)
    ]
    completions = LessonCompletion.objects.select_related("user", "lesson", "course")
    found += [
        statements.lesson_completed(c) for c in completions.filter(completed_at__gte=since, completed_at__lt=until)
    ]
    attempts = QuizAttempt.objects.select_related("user", "quiz", "lesson", "course")
    found += [statements.quiz_attempted(a) for a in attempts.filter(started_at__gte=since, started_at__lt=until)]
    found += [statements.quiz_scored(a) for a in attempts.filter(submitted_at__gte=since, submitted_at__lt=until)]
    registrations = Registration.objects.select_related("user", "event")
    found += [
        statements.event_registered(r)
        for r in registrations.filter(queued_at__gte=since, queued_at__lt=until, status=Registration.Status.REGISTERED)
    ]
    found += [
        statements.event_attended(r)
        for r in registrations.filter(attended=True, attendance_marked_at__gte=since, attendance_marked_at__lt=until)
    ]
    badges = BadgeAssertion.objects.select_related("user", "badge_class").filter(revoked=False)
    found += [statements.badge_earned(b) for b in badges.filter(issued_on__gte=since, issued_on__lt=until)]
    return sorted(found, key=lambda statement: (statement["timestamp"], statement["id"]))
