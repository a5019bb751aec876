"""What is queued, and only when an LRS is configured: one statement per event, with a stable id, the
actor as an account on this service, verbs and scores as xAPI 1.0.3 names them."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone

from assessments import services as assessments
from certificates.services import badge_assertion_issue
from courses import services as courses
from events import services as events
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_user
from tests.certificates.builders import make_badge_class
from tests.events.builders import make_event, shift_event
from xapi.models import OutboxStatement

pytestmark = pytest.mark.django_db

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def configured(settings):
    # An address nothing listens on: statements stay queued, and what they say can be read.
    settings.XAPI_LRS_URL = "http://127.0.0.1:9/xAPI"
    settings.XAPI_TIMEOUT_SECONDS = 1


def _verbs():
    return [row.statement["verb"]["id"].rsplit("/", 1)[1] for row in OutboxStatement.objects.order_by("id")]


def test_nothing_is_queued_without_an_lrs(course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        courses.enrolment_create(user=course["learner"], course=course["course"])
        courses.lesson_mark_done(user=course["learner"], lesson=course["lessons"][0])
    assert not OutboxStatement.objects.exists()


def test_course_statements_name_the_learner_by_account_not_email(configured, course):
    learner = course["learner"]
    courses.enrolment_create(user=learner, course=course["course"])
    for lesson in course["lessons"]:
        courses.lesson_mark_done(user=learner, lesson=lesson)
    assert _verbs() == ["registered"] + ["completed"] * 7
    for row in OutboxStatement.objects.all():
        assert row.statement["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver/", "name": str(learner.pk)},
        }
        assert learner.email not in str(row.statement)
        assert row.statement["id"] == str(row.statement_id)
    last = OutboxStatement.objects.order_by("id").last().statement
    assert last["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/course"


def test_mbox_when_configured(configured, course, settings):
    settings.XAPI_ACTOR_IDENTIFIER = "mbox"
    courses.enrolment_create(user=course["learner"], course=course["course"])
    assert OutboxStatement.objects.get().statement["actor"] == {
        "objectType": "Agent",
        "mbox": f"mailto:{course['learner'].email}",
    }


def test_the_same_event_queued_twice_is_one_statement(configured, course):
    from xapi import statements
    from xapi.services import outbox_add

    enrolment = courses.enrolment_create(user=course["learner"], course=course["course"])
    enrolment = enrolment[0] if isinstance(enrolment, tuple) else enrolment
    outbox_add(statements.course_registered(enrolment))
    assert OutboxStatement.objects.count() == 1


def test_quiz_attempted_failed_and_passed_with_score(configured, course):
    learner = course["learner"]
    quiz = make_quiz([question(), question()], pass_mark_percent=100)
    lesson = make_quiz_lesson(course["lessons"][0].get_parent(), quiz)
    courses.enrolment_create(user=learner, course=course["course"])
    (first, (right1, wrong1)), (second, (right2, _wrong2)) = ids(quiz)
    attempt = assessments.quiz_attempt_start(user=learner, lesson_id=lesson.pk, quiz_id=quiz.pk)
    data = QueryDict(mutable=True)
    data.update({f"question-{first}": wrong1, f"question-{second}": right2})
    assessments.quiz_attempt_submit(user=learner, attempt_id=attempt.pk, data=data)
    attempt = assessments.quiz_attempt_start(user=learner, lesson_id=lesson.pk, quiz_id=quiz.pk)
    data = QueryDict(mutable=True)
    data.update({f"question-{first}": right1, f"question-{second}": right2})
    assessments.quiz_attempt_submit(user=learner, attempt_id=attempt.pk, data=data)
    rows = [row.statement for row in OutboxStatement.objects.order_by("id")]
    quiz_rows = [row for row in rows if row["object"]["definition"]["type"].endswith("assessment")]
    assert [row["verb"]["id"] for row in quiz_rows] == [ADL + v for v in ("attempted", "failed", "attempted", "passed")]
    failed, passed = quiz_rows[1], quiz_rows[3]
    assert failed["result"] == {
        "score": {"scaled": 0.5, "raw": 50, "min": 0, "max": 100},
        "success": False,
        "completion": True,
    }
    assert passed["result"]["score"]["scaled"] == 1.0 and passed["result"]["success"] is True
    assert passed["context"]["contextActivities"]["parent"][0]["id"].endswith(f"/xapi/course/{course['course'].pk}")


def test_workshop_registration_and_attendance(configured, course, hameenlinna):
    learner, trainer = course["learner"], make_user()
    learner.municipality = hameenlinna
    learner.save()
    event = make_event()
    events.registration_create(event=event, user=learner)
    event = shift_event(event, days=-7)
    registration = event.registrations.get(user=learner)
    events.attendance_mark(event=event, registration_id=registration.pk, attended=True, marked_by=trainer)
    assert _verbs() == ["registered", "attended"]
    assert OutboxStatement.objects.last().statement["object"]["definition"]["type"].endswith("/meeting")


def test_badge_earned(configured, course):
    learner = course["learner"]
    make_badge_class(course["course"])
    courses.enrolment_create(user=learner, course=course["course"])
    for lesson in course["lessons"]:
        courses.lesson_mark_done(user=learner, lesson=lesson)
    badge_assertion_issue(user=learner, course_id=course["course"].pk)
    assert _verbs()[-1] == "earned"


def test_export_command_refuses_bad_dates(configured, tmp_path):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="--since"):
        call_command("export_xapi", "--since", "garbage", "--until", "2026-01-01", str(tmp_path / "x.json"))
    with pytest.raises(CommandError, match="later"):
        call_command("export_xapi", "--since", "2026-02-01", "--until", "2026-01-01", str(tmp_path / "x.json"))


def test_failed_sends_back_off(configured, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        courses.enrolment_create(user=course["learner"], course=course["course"])
    row = OutboxStatement.objects.get()
    assert row.sent_at is None and row.attempts == 1
    first_pause = row.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=20) < first_pause <= datetime.timedelta(seconds=30)
    from xapi.services import outbox_send

    OutboxStatement.objects.update(next_attempt_at=None)
    outbox_send()
    row.refresh_from_db()
    assert row.attempts == 2
    assert datetime.timedelta(seconds=50) < row.next_attempt_at - timezone.now() <= datetime.timedelta(seconds=60)
