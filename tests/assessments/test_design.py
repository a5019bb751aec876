"""Issue 18 on quiz lessons: a locked module says so at the top of the lesson, and a passed quiz leads on to the
next lesson."""

import pytest
from django.urls import reverse

from tests.builders import make_course, make_lesson, make_module, make_user

from .builders import make_quiz, make_quiz_lesson, question, set_rule
from .helpers import enrol, take

pytestmark = pytest.mark.django_db


def test_a_locked_module_says_so_above_the_lesson_title(client):
    course = make_course()
    first = make_module(course, title="Ensimmäinen moduuli")
    make_lesson(first)
    later = make_lesson(make_module(course))
    set_rule(course, sequential_modules=True)
    client.force_login(make_user())
    enrol(client, course)

    page = client.get(later.url).content.decode()

    notice = page.index("notice-locked")
    assert notice < page.index("<h1")
    assert "Ensimmäinen moduuli" in page[notice : page.index("<h1")]


def test_an_open_module_has_no_lock_notice(client):
    course = make_course()
    lesson = make_lesson(make_module(course))
    set_rule(course, sequential_modules=True)
    client.force_login(make_user())
    enrol(client, course)

    assert "notice-locked" not in client.get(lesson.url).content.decode()


def test_a_passed_quiz_offers_the_next_lesson(client):
    course = make_course()
    module = make_module(course)
    quiz = make_quiz(questions=[question()])
    lesson = make_quiz_lesson(module, quiz)
    following = make_lesson(make_module(course))
    user = make_user()
    client.force_login(user)
    enrol(client, course)

    _response, attempt = take(client, user, quiz, lesson, [[0]])
    page = client.get(reverse("assessments:attempt_feedback", args=[attempt.id])).content.decode()

    assert attempt.passed
    assert f'href="{following.url}"' in page
