"""A practice quiz has no pass mark and holds nothing up: the lesson is marked done as a lesson without a quiz,
and the course is completed without it. A graded quiz still has to be passed."""

import pytest
from django.urls import reverse

from assessments.models import QuizAttempt
from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course, make_module

from .builders import make_quiz, make_quiz_lesson
from .helpers import enrol, take

pytestmark = pytest.mark.django_db


def practice_lesson():
    quiz = make_quiz(mode="practice", pass_mark_percent=100)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    return quiz, course, lesson


def test_a_practice_attempt_is_scored_but_never_passed_and_changes_no_progress(client, learner):
    quiz, course, lesson = practice_lesson()
    enrol(client, course)

    response, attempt = take(client, learner, quiz, lesson, [[0]])  # right answer

    assert attempt.score_percent == 100 and not attempt.passed
    assert not LessonCompletion.objects.filter(user=learner).exists()
    feedback = client.get(response["Location"])
    html = feedback.content.decode()
    assert "quiz-failed" not in html and "quiz-passed" not in html.split("feedback-list")[0]
    assert feedback.context["quiz"].is_practice


def test_a_lesson_with_a_practice_quiz_is_marked_done_by_hand_and_completes_the_course(client, learner):
    quiz, course, lesson = practice_lesson()
    enrol(client, course)
    page = client.get(lesson.url).content.decode()
    assert reverse("courses:lesson_complete", args=[lesson.id]) in page  # the "mark as done" button

    take(client, learner, quiz, lesson, [[1]])  # a wrong answer holds nothing up
    response = client.post(reverse("courses:lesson_complete", args=[lesson.id]))

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None


def test_without_any_attempt_the_practice_quiz_does_not_hold_up_the_course(client, learner):
    _quiz, course, lesson = practice_lesson()
    enrol(client, course)
    client.post(reverse("courses:lesson_complete", args=[lesson.id]))
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None
    assert not QuizAttempt.objects.exists()


def test_a_graded_quiz_still_has_to_be_passed(client, learner):
    quiz = make_quiz(mode="graded")
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    assert reverse("courses:lesson_complete", args=[lesson.id]) not in client.get(lesson.url).content.decode()

    client.post(reverse("courses:lesson_complete", args=[lesson.id]))
    take(client, learner, quiz, lesson, [[1]])
    assert not LessonCompletion.objects.filter(user=learner).exists()

    take(client, learner, quiz, lesson, [[0]])
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None
