"""A lesson with a quiz is done when the quiz is passed; a course completes only with every quiz passed;
sequencing opens a module when the previous one is done."""

import pytest
from django.urls import reverse
from wagtail.blocks import StreamValue

from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course, make_lesson, make_module
from tests.i18n import tr

from .builders import make_quiz, make_quiz_lesson, set_rule
from .helpers import enrol, start, take

pytestmark = pytest.mark.django_db


def mark_done(client, lesson):
    return client.post(reverse("courses:lesson_complete", args=[lesson.id]))


def completed(user, course):
    return Enrolment.objects.get(user=user, course=course).completed_at is not None


def test_a_lesson_with_a_quiz_is_done_only_when_the_quiz_is_passed(client, learner):
    quiz = make_quiz()
    course = make_course()
    module = make_module(course)
    reading = make_lesson(module)
    lesson = make_quiz_lesson(module, quiz)
    enrol(client, course)
    mark_done(client, reading)

    response = mark_done(client, lesson)
    assert response.status_code == 409
    quiz_first = tr("Pass the quiz of this lesson first; the lesson is then marked as done for you.")
    assert quiz_first in response.content.decode()
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()

    take(client, learner, quiz, lesson, [[1]])
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert not completed(learner, course)

    take(client, learner, quiz, lesson, [[0]])
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert completed(learner, course)


def test_quizzes_can_be_made_optional_per_course(client, learner):
    quiz = make_quiz()
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    set_rule(course, require_quizzes_passed=False)
    enrol(client, course)

    assert mark_done(client, lesson).status_code == 302
    assert completed(learner, course)


def test_a_lesson_done_before_its_quiz_was_added_does_not_complete_the_course(client, learner):
    course = make_course()
    module = make_module(course)
    first = make_lesson(module)
    second = make_lesson(module)
    enrol(client, course)
    mark_done(client, first)
    # A trainer adds a quiz to a lesson the learner has already finished.
    quiz = make_quiz()
    raw = [*first.body.raw_data, {"type": "quiz", "value": quiz.pk}]
    first.body = StreamValue(first.body.stream_block, raw, is_lazy=True)
    first.save_revision().publish()

    mark_done(client, second)
    assert not completed(learner, course)

    take(client, learner, quiz, first, [[0]])
    assert completed(learner, course)


def test_sequencing_opens_a_module_when_the_previous_one_is_done(client, learner):
    quiz = make_quiz()
    course = make_course()
    first_module = make_module(course)
    first = make_lesson(first_module)
    optional = make_lesson(first_module, is_required=False)
    second_module = make_module(course)
    locked_lesson = make_lesson(second_module)
    locked_quiz_lesson = make_quiz_lesson(second_module, quiz)
    set_rule(course, sequential_modules=True)
    enrol(client, course)

    assert client.get(course.url).content.decode().count("is-locked") == 1
    response = mark_done(client, locked_lesson)
    assert response.status_code == 409
    module_closed = tr("This module opens when you have finished the module “%(title)s”.", title=first_module.title)
    assert module_closed in response.content.decode()
    assert start(client, locked_quiz_lesson, quiz).status_code == 409
    assert module_closed in client.get(locked_quiz_lesson.url).content.decode()

    mark_done(client, first)  # the optional lesson is not needed to open the next module
    assert "is-locked" not in client.get(course.url).content.decode()
    assert mark_done(client, locked_lesson).status_code == 302
    take(client, learner, quiz, locked_quiz_lesson, [[0]])
    assert not LessonCompletion.objects.filter(user=learner, lesson=optional).exists()
    assert completed(learner, course)


def test_without_sequencing_no_module_is_locked(client, learner):
    course = make_course()
    make_lesson(make_module(course))
    later = make_lesson(make_module(course))
    enrol(client, course)

    assert "is-locked" not in client.get(course.url).content.decode()
    assert mark_done(client, later).status_code == 302


def test_a_quiz_lesson_offers_the_quiz_instead_of_a_mark_as_done_button(client, learner):
    quiz = make_quiz()
    course = make_course()
    module = make_module(course)
    reading = make_lesson(module)
    lesson = make_quiz_lesson(module, quiz)
    enrol(client, course)

    quiz_page = client.get(lesson.url).content.decode()
    assert reverse("courses:lesson_complete", args=[lesson.id]) not in quiz_page
    assert tr("This lesson is done when you pass its quiz above.") in quiz_page
    assert reverse("courses:lesson_complete", args=[reading.id]) in client.get(reading.url).content.decode()
