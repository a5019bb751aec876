"""Against a real LRS (Ralph): statements reach it; while it is down they wait in the outbox; when it is back
the outbox catches up; the LRS ends up with each statement exactly once."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses import services as courses
from xapi.models import OutboxStatement

pytestmark = pytest.mark.django_db


def _ids(statements):
    return [statement["id"] for statement in statements]


def test_outbox_catches_up_after_the_lrs_was_down(
    ralph, lrs_settings, course, django_capture_on_commit_callbacks, time_machine
):
    lrs_settings(ralph.url)
    learner, lessons = course["learner"], course["lessons"]
    with django_capture_on_commit_callbacks(execute=True):
        courses.enrolment_create(user=learner, course=course["course"])
        for lesson in lessons[:2]:
            courses.lesson_mark_done(user=learner, lesson=lesson)
    assert OutboxStatement.objects.count() == 3  # registered, two lessons completed
    assert not OutboxStatement.objects.filter(sent_at__isnull=True).exists()
    assert sorted(_ids(ralph.statements())) == sorted(
        str(i) for i in OutboxStatement.objects.values_list("statement_id", flat=True)
    )

    ralph.stop()  # mid-stream: the rest of the course is done while the LRS is down
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons[2:]:
                courses.lesson_mark_done(user=learner, lesson=lesson)
        waiting = OutboxStatement.objects.filter(sent_at__isnull=True)
        assert waiting.count() == 5  # four lessons and the course completed
        assert all(row.attempts >= 1 and row.next_attempt_at and row.last_error for row in waiting)
        call_command("send_xapi")  # nothing is due yet: the pause after a failure holds
        assert OutboxStatement.objects.filter(sent_at__isnull=True).count() == 5
    finally:
        ralph.start()

    time_machine.move_to(timezone.now() + datetime.timedelta(hours=7))
    call_command("send_xapi")
    assert not OutboxStatement.objects.filter(sent_at__isnull=True).exists()
    stored = _ids(ralph.statements())
    assert len(stored) == len(set(stored)) == OutboxStatement.objects.count() == 8
    assert set(stored) == {str(i) for i in OutboxStatement.objects.values_list("statement_id", flat=True)}


def test_sending_again_adds_no_second_copy(ralph, lrs_settings, course, django_capture_on_commit_callbacks):
    """As if the LRS stored a batch but its answer was lost: the same statements go again."""
    lrs_settings(ralph.url)
    with django_capture_on_commit_callbacks(execute=True):
        courses.enrolment_create(user=course["learner"], course=course["course"])
        courses.lesson_mark_done(user=course["learner"], lesson=course["lessons"][0])
    before = _ids(ralph.statements())
    OutboxStatement.objects.update(sent_at=None, next_attempt_at=None)
    call_command("send_xapi")
    after = _ids(ralph.statements())
    assert sorted(after) == sorted(before) and len(after) == len(set(after))
    assert not OutboxStatement.objects.filter(sent_at__isnull=True).exists()


def test_the_export_holds_the_same_statements_as_the_outbox(
    ralph, lrs_settings, course, django_capture_on_commit_callbacks, tmp_path
):
    import json

    lrs_settings(ralph.url)
    with django_capture_on_commit_callbacks(execute=True):
        courses.enrolment_create(user=course["learner"], course=course["course"])
        for lesson in course["lessons"]:
            courses.lesson_mark_done(user=course["learner"], lesson=lesson)
    today = timezone.localdate()
    target = tmp_path / "statements.json"
    call_command("export_xapi", "--since", str(today), "--until", str(today + datetime.timedelta(days=1)), str(target))
    exported = json.loads(target.read_text())
    queued = {str(i) for i in OutboxStatement.objects.values_list("statement_id", flat=True)}
    assert {statement["id"] for statement in exported} == queued
    # Imported into the LRS, which already holds the outbox's statements: no second copies.
    import requests

    from .ralph import PASSWORD, USERNAME

    response = requests.post(
        f"{ralph.url}/statements",
        json=exported,
        auth=(USERNAME, PASSWORD),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=10,
    )
    assert response.status_code < 300 or response.status_code == 409
    stored = _ids(ralph.statements())
    assert len(stored) == len(set(stored))
