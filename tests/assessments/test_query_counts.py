"""The lesson page with a quiz and reflections runs a fixed number of queries, however many questions,
attempts, answers and other learners there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.builders import make_course, make_module, make_user

from .builders import make_quiz, make_quiz_lesson, question, set_rule
from .helpers import enrol, start, take

pytestmark = pytest.mark.django_db

# Measured: the plain lesson page (10) plus one query for all reflection answers of the lesson and three
# for the quiz block (the quiz, the learner's attempts, the course's rule). Sequencing adds two: the
# previous module and whether it has unfinished lessons.
QUIZ_LESSON_QUERIES = 14
SEQUENCED_QUIZ_LESSON_QUERIES = 16

REFLECTIONS = [
    ("reflection", {"question": "Ensimmäinen pohdinta?", "guidance": ""}),
    ("reflection", {"question": "Toinen pohdinta?", "guidance": ""}),
]


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def quiz_lesson(questions, sequential=False):
    course = make_course()
    make_module(course)  # a previous module, for sequencing
    lesson = make_quiz_lesson(make_module(course), make_quiz(questions=questions, max_attempts=None), body=REFLECTIONS)
    if sequential:
        set_rule(course, sequential_modules=True)
    return course, lesson


def sign_in_with_attempts(client, small, large):
    """Sign in a learner enrolled in both (course, lesson) pairs, with one attempt at the small quiz and four
    at the large one."""
    user = make_user()
    client.force_login(user)
    for course, _lesson in (small, large):
        enrol(client, course)
    take(client, user, small[1].body[-1].value, small[1], [[1]])
    for _ in range(4):
        take(client, user, large[1].body[-1].value, large[1], [[1]] * 12)
    return user


@pytest.mark.parametrize(
    ("sequential", "budget"), [(False, QUIZ_LESSON_QUERIES), (True, SEQUENCED_QUIZ_LESSON_QUERIES)]
)
def test_quiz_lesson_page_query_count_is_fixed(client, sequential, budget):
    small_course, small = quiz_lesson([question()], sequential)
    large_course, large = quiz_lesson([question() for _ in range(12)], sequential)
    for _ in range(3):  # other learners' attempts do not matter
        other = make_user()
        client.force_login(other)
        enrol(client, large_course)
        take(client, other, large.body[-1].value, large, [[1]] * 12)
    sign_in_with_attempts(client, (small_course, small), (large_course, large))
    start(client, large, large.body[-1].value)  # an open attempt: the form is shown

    small_count = count_queries(client, small.url)
    large_count = count_queries(client, large.url)

    assert small_count == large_count == budget


# Measured. Wagtail routes a page of the Swedish tree (aliases) with six queries more; the quiz and reflection
# blocks add one: the Finnish lesson, which holds the attempts and answers made in every language.
SWEDISH_QUIZ_LESSON_EXTRA = 7


def test_swedish_quiz_lesson_page_query_count_is_fixed(client):
    from courses.models import LessonPage
    from home.locales import locale_trees_sync

    small_course, small = quiz_lesson([question()], sequential=True)
    large_course, large = quiz_lesson([question() for _ in range(12)], sequential=True)
    locale_trees_sync()
    sign_in_with_attempts(client, (small_course, small), (large_course, large))

    def swedish(lesson):
        return LessonPage.objects.get(translation_key=lesson.translation_key, locale__language_code="sv").url

    small_count = count_queries(client, swedish(small))
    large_count = count_queries(client, swedish(large))

    assert small_count == large_count == count_queries(client, small.url) + SWEDISH_QUIZ_LESSON_EXTRA
