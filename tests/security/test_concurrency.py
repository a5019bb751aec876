"""The same person doing the same thing many times at once (double clicks, two tabs, a retrying phone) never
duplicates or loses a record: lesson completions, quiz submissions and event registrations.

Runs only on PostgreSQL (SQLite serialises every write, so it would prove nothing):
`DATABASE_URL=postgres://… pytest tests/security/test_concurrency.py`. Each thread is a separate request
through its own test client and database connection, released when the thread ends.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import AttemptAnswer, QuizAttempt
from courses.models import Enrolment, LessonCompletion
from events.models import Registration
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_course_tree, make_module, make_user
from tests.events.builders import make_event, make_events_index

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: concurrent writes are tested"),
    # serialized_rollback puts back the municipalities a data migration loaded, which the flush after a
    # transactional test would otherwise remove for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 8


def all_at_once(user, method, url, data=None):
    """POST (or GET) `url` as `user` from THREADS clients released together; returns the status codes."""
    barrier = threading.Barrier(THREADS)
    statuses, failures = [], []

    def request():
        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            response = getattr(client, method)(url, data or {})
            statuses.append(response.status_code)
        except Exception as error:  # an unhandled error in a thread must fail the test, not vanish
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures
    return statuses


def test_parallel_completions_of_a_lesson_record_it_once(hameenlinna):
    course, lessons = make_course_tree(modules=1, lessons=1)
    learner = make_user(municipality=hameenlinna)
    Enrolment.objects.create(user=learner, course=course)

    url = reverse("courses:lesson_complete", args=[lessons[0].pk])
    before = timezone.now()

    statuses = all_at_once(learner, "post", url)

    assert all(status < 500 for status in statuses), statuses
    assert LessonCompletion.objects.filter(user=learner, lesson=lessons[0]).count() == 1
    # The only required lesson is done, so the course is completed at one moment, which a later request
    # does not move.
    completed_at = Enrolment.objects.get(user=learner, course=course).completed_at
    assert completed_at is not None and before <= completed_at <= timezone.now()
    all_at_once(learner, "post", url)
    assert Enrolment.objects.get(user=learner, course=course).completed_at == completed_at
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_parallel_submissions_of_an_attempt_score_it_once(hameenlinna):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    quiz = make_quiz(
        questions=[
            question("Yksi?", options=(("Oikein", True), ("Väärin", False))),
            question("Monta?", options=(("A", True), ("B", True), ("C", False)), multiple=True),
        ],
        max_attempts=3,
    )
    lesson = make_quiz_lesson(make_module(course), quiz)
    learner = make_user(municipality=hameenlinna)
    Enrolment.objects.create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    client.post(reverse("assessments:attempt_start", args=[lesson.id, quiz.id]))
    attempt = QuizAttempt.objects.get(user=learner, quiz=quiz, lesson=lesson)
    (single_id, single_options), (multi_id, multi_options) = ids(quiz)
    answers = {f"question-{single_id}": [single_options[0]], f"question-{multi_id}": multi_options[:2]}

    statuses = all_at_once(learner, "post", reverse("assessments:attempt_submit", args=[attempt.id]), answers)

    assert all(status < 500 for status in statuses), statuses
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 1
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and attempt.score_percent == 100 and attempt.passed
    # Three options chosen, each stored once.
    assert sorted(AttemptAnswer.objects.filter(attempt=attempt).values_list("option_id", flat=True)) == sorted(
        [single_options[0], *multi_options[:2]]
    )
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).count() == 1


def test_parallel_starts_of_a_quiz_open_one_attempt(hameenlinna):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    quiz = make_quiz(max_attempts=1)
    lesson = make_quiz_lesson(make_module(course), quiz)
    learner = make_user(municipality=hameenlinna)
    Enrolment.objects.create(user=learner, course=course)

    statuses = all_at_once(learner, "post", reverse("assessments:attempt_start", args=[lesson.id, quiz.id]))

    assert all(status < 500 for status in statuses), statuses
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz, lesson=lesson).count() == 1


def test_parallel_registrations_of_a_person_make_one_registration(hameenlinna):
    event = make_event(make_events_index(), municipality=hameenlinna, capacity=5, waiting_list_enabled=True)
    learner = make_user(municipality=hameenlinna)

    statuses = all_at_once(learner, "post", reverse("events:register", args=[event.pk]))

    assert sorted(statuses) == [302] + [409] * (THREADS - 1)
    registration = Registration.objects.get(event=event, user=learner)
    assert registration.status == Registration.Status.REGISTERED


def test_parallel_registrations_of_a_person_for_a_full_event_queue_once(hameenlinna):
    event = make_event(make_events_index(), municipality=hameenlinna, capacity=1, waiting_list_enabled=True)
    make_registration_for_someone_else(event, hameenlinna)
    learner = make_user(municipality=hameenlinna)

    statuses = all_at_once(learner, "post", reverse("events:register", args=[event.pk]))

    assert sorted(statuses) == [302] + [409] * (THREADS - 1)
    assert Registration.objects.get(event=event, user=learner).status == Registration.Status.WAITLISTED


def make_registration_for_someone_else(event, municipality):
    client = Client()
    client.force_login(make_user(municipality=municipality))
    assert client.post(reverse("events:register", args=[event.pk])).status_code == 302
