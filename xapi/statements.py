"""xAPI 1.0.3 statements for what happens in the service, built from the rows that record it.

Identities are stable: the statement id is a UUID5 of the event (kind of event and the row's id) in a
namespace of this service's address, so the same event always makes the same statement, whether it is queued
by a signal, queued again, or exported to a file; an LRS stores each id once. Activities are identified by
IRIs under the service's address that do not change when a page is renamed or moved.

The actor is the person's account on this service (homePage + id), not their e-mail address, unless
XAPI_ACTOR_IDENTIFIER = "mbox" is configured."""

import uuid

from django.conf import settings

from home.links import absolute_url, base_url

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "registered": (ADL + "registered", "registered"),
    "completed": (ADL + "completed", "completed"),
    "attempted": (ADL + "attempted", "attempted"),
    "passed": (ADL + "passed", "passed"),
    "failed": (ADL + "failed", "failed"),
    "attended": (ADL + "attended", "attended"),
    "earned": ("http://id.tincanapi.com/verb/earned", "earned"),
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "event": "http://adlnet.gov/expapi/activities/meeting",
    "badge": "http://activitystrea.ms/schema/1.0/badge",
}


def statement_id(kind, pk):
    """The statement's id: the same for the same event, on every run and every server of this service."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, base_url())
    return uuid.uuid5(namespace, f"{kind}:{pk}")


def actor(user):
    if getattr(settings, "XAPI_ACTOR_IDENTIFIER", "account") == "mbox":
        return {"objectType": "Agent", "mbox": f"mailto:{user.email}"}
    return {"objectType": "Agent", "account": {"homePage": base_url() + "/", "name": str(user.pk)}}


def activity(kind, pk, title, page_url=None):
    definition = {"type": ACTIVITY_TYPES[kind], "name": {"fi": title}}
    if page_url:
        definition["moreInfo"] = absolute_url(page_url)
    return {"objectType": "Activity", "id": absolute_url(f"/xapi/{kind}/{pk}"), "definition": definition}


def _iso(moment):
    return moment.isoformat()


def statement(*, kind, pk, user, verb, obj, timestamp, result=None, parent=None):
    verb_id, verb_name = VERBS[verb]
    data = {
        "id": str(statement_id(kind, pk)),
        "actor": actor(user),
        "verb": {"id": verb_id, "display": {"en-US": verb_name}},
        "object": obj,
        "timestamp": _iso(timestamp),
        "context": {"platform": settings.WAGTAIL_SITE_NAME, "language": "fi-FI"},
    }
    if parent is not None:
        data["context"]["contextActivities"] = {"parent": [parent]}
    if result is not None:
        data["result"] = result
    return data


def _course(course):
    return activity("course", course.pk, course.title, course.url)


def course_registered(enrolment):
    return statement(
        kind="enrolment",
        pk=enrolment.pk,
        user=enrolment.user,
        verb="registered",
        obj=_course(enrolment.course),
        timestamp=enrolment.enrolled_at,
    )


def course_completed(*, user, course, completed_at):
    # One completion per person and course (the first completion time sticks), so the pair names it.
    return statement(
        kind="course-completed",
        pk=f"{user.pk}-{course.pk}",
        user=user,
        verb="completed",
        obj=_course(course),
        timestamp=completed_at,
        result={"completion": True},
    )


def lesson_completed(completion):
    lesson = completion.lesson
    return statement(
        kind="lesson-completed",
        pk=completion.pk,
        user=completion.user,
        verb="completed",
        obj=activity("lesson", lesson.pk, lesson.title, lesson.url),
        timestamp=completion.completed_at,
        result={"completion": True},
        parent=_course(completion.course),
    )


def _quiz(attempt):
    return activity("quiz", f"{attempt.quiz_id}-{attempt.lesson_id}", attempt.quiz.title, attempt.lesson.url)


def quiz_attempted(attempt):
    return statement(
        kind="quiz-attempted",
        pk=attempt.pk,
        user=attempt.user,
        verb="attempted",
        obj=_quiz(attempt),
        timestamp=attempt.started_at,
        parent=_course(attempt.course),
    )


def quiz_scored(attempt):
    score = attempt.score_percent or 0
    return statement(
        kind="quiz-scored",
        pk=attempt.pk,
        user=attempt.user,
        verb="passed" if attempt.passed else "failed",
        obj=_quiz(attempt),
        timestamp=attempt.submitted_at,
        parent=_course(attempt.course),
        result={
            "score": {"scaled": round(score / 100, 4), "raw": score, "min": 0, "max": 100},
            "success": bool(attempt.passed),
            "completion": True,
        },
    )


def _event(event):
    return activity("event", event.pk, event.title, event.url)


def event_registered(registration):
    return statement(
        kind="event-registered",
        pk=registration.pk,
        user=registration.user,
        verb="registered",
        obj=_event(registration.event),
        timestamp=registration.queued_at,
    )


def event_attended(registration):
    return statement(
        kind="event-attended",
        pk=registration.pk,
        user=registration.user,
        verb="attended",
        obj=_event(registration.event),
        timestamp=registration.attendance_marked_at,
    )


def badge_earned(assertion):
    badge = assertion.badge_class
    return statement(
        kind="badge",
        pk=assertion.pk,
        user=assertion.user,
        verb="earned",
        obj=activity("badge", badge.pk, badge.name),
        timestamp=assertion.issued_on,
    )
