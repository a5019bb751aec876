"""Quizzes and reflections in Finnish, Swedish and English: attempts and answers are kept on the Finnish
lesson, so a learner sees the same attempts, has one attempt limit and meets the same completion rules in
every language."""

import pytest
from django.urls import reverse
from django.utils import translation

from assessments.models import QuizAttempt, ReflectionAnswer
from courses.models import Enrolment, LessonCompletion
from home.locales import locale_trees_sync
from tests.builders import make_course, make_lesson, make_module, translate

from .builders import make_quiz, make_quiz_lesson, set_rule
from .helpers import enrol, form_data, open_attempt, take

pytestmark = pytest.mark.django_db


def copy_in(page, language_code="sv"):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code=language_code)


def sv(name, *args):
    with translation.override("sv"):
        return reverse(name, args=args)


def start_sv(client, lesson, quiz):
    return client.post(sv("assessments:attempt_start", lesson.id, quiz.id))


def submit_sv(client, attempt, data):
    return client.post(sv("assessments:attempt_submit", attempt.id), data)


def test_attempts_made_in_finnish_show_and_count_on_the_swedish_page(client, learner):
    quiz = make_quiz(max_attempts=2)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    locale_trees_sync()
    swedish = copy_in(lesson)
    enrol(client, course)
    _response, first = take(client, learner, quiz, lesson, [[1]])  # wrong, in Finnish

    panel = client.get(swedish.url).context["panel"]
    assert [attempt.pk for attempt in panel.submitted] == [first.pk]
    assert panel.attempts_left == 1

    response = start_sv(client, swedish, quiz)
    assert response["Location"] == f"{swedish.url}#quiz-{quiz.id}"  # back to the Swedish page
    attempt = open_attempt(learner, quiz, lesson)  # kept on the Finnish lesson
    response = submit_sv(client, attempt, form_data(quiz, [[1]]))
    feedback = client.get(response["Location"])
    assert feedback.context["lesson"].pk == swedish.pk
    assert feedback.context["attempts_left"] == 0

    assert start_sv(client, swedish, quiz).status_code == 409  # one limit across languages
    assert client.get(lesson.url).context["panel"].attempts_left == 0
    assert set(QuizAttempt.objects.values_list("lesson_id", "course_id")) == {(lesson.pk, course.pk)}


def test_passing_on_the_swedish_translation_completes_the_finnish_lesson_and_course(client, learner):
    quiz = make_quiz()
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    swedish = translate(lesson, title="Lektion med quiz")
    enrol(client, copy_in(course))

    start_sv(client, swedish, quiz)
    response = submit_sv(client, open_attempt(learner, quiz, lesson), form_data(quiz, [[0]]))

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None
    feedback = client.get(response["Location"]).content.decode()
    assert f'href="{swedish.url}#quiz-{quiz.id}"' in feedback
    panel = client.get(lesson.url).context["panel"]
    assert panel.passed


def test_sequencing_counts_lessons_done_in_any_language(client, learner):
    quiz = make_quiz()
    course = make_course()
    first_module = make_module(course)
    reading = make_lesson(first_module)
    quiz_lesson = make_quiz_lesson(make_module(course), quiz)
    set_rule(course, sequential_modules=True)  # on the Finnish course
    locale_trees_sync()
    enrol(client, course)

    assert client.get(copy_in(quiz_lesson).url).context["panel"].lock_message
    assert start_sv(client, copy_in(quiz_lesson), quiz).status_code == 409
    assert client.get(copy_in(course).url).content.decode().count("is-locked") == 1

    client.post(sv("courses:lesson_complete", copy_in(reading).id))

    assert client.get(copy_in(quiz_lesson).url).context["panel"].lock_message is None
    assert "is-locked" not in client.get(copy_in(course).url).content.decode()
    assert start_sv(client, copy_in(quiz_lesson), quiz).status_code == 302


def test_reflections_are_shared_between_a_lesson_and_its_translation(client, learner):
    lesson = make_lesson(make_module(make_course()), body=[("reflection", {"question": "Mitä opit?", "guidance": ""})])
    swedish = translate(lesson, title="Reflektion")
    block_id = next(block["id"] for block in lesson.body.raw_data if block["type"] == "reflection")
    assert [block["id"] for block in swedish.body.raw_data] == [block_id]  # translations keep block ids
    field = f"reflection-{block_id[:8]}-text"

    client.post(reverse("assessments:reflection_save", args=[lesson.id, block_id]), {field: "Suomeksi kirjoitettu."})
    assert "Suomeksi kirjoitettu." in client.get(swedish.url).content.decode()

    response = client.post(sv("assessments:reflection_save", swedish.id, block_id), {field: "Skrivet på svenska."})
    assert response["Location"] == f"{swedish.url}#reflection-{block_id}"
    answer = ReflectionAnswer.objects.get(user=learner)
    assert (answer.lesson_id, answer.text) == (lesson.pk, "Skrivet på svenska.")
    assert "Skrivet på svenska." in client.get(lesson.url).content.decode()
