"""Options are shuffled for each attempt, evenly, and stay in the same order for the whole attempt: on a reload,
when the form comes back because a question was left unanswered, on the feedback page and on the Swedish copy
of the lesson."""

import itertools
import random
import re
from collections import Counter

import pytest

from assessments.layout import layout_draw
from assessments.models import QuizAttempt
from assessments.scoring import questions_of
from courses.models import LessonPage
from home.locales import locale_trees_sync
from tests.builders import make_course, make_module

from .builders import ids, make_quiz, make_quiz_lesson, question
from .helpers import enrol, open_attempt, start, submit

pytestmark = pytest.mark.django_db

# Upper 0.1 % points of the chi-square distribution: with a fixed seed the tests are repeatable, and a fair
# shuffle stays under these by a wide margin.
CHI2_999 = {3: 16.266, 5: 20.515, 14: 36.123, 23: 49.728}


def chi_square(counts, cells):
    """Pearson's statistic of `counts` (a Counter) against an even spread over `cells` cells."""
    values = list(counts.values()) + [0] * (cells - len(counts))
    expected = sum(values) / cells
    return sum((value - expected) ** 2 / expected for value in values)


def four_options():
    return question("Mikä?", (("A", True), ("B", False), ("C", False), ("D", False)))


def test_every_order_of_the_options_is_about_equally_likely(db):
    quiz = make_quiz(questions=[four_options()])
    (only,) = questions_of(quiz)
    rng = random.Random(2021)
    draws = 24_000
    orders = Counter(tuple(layout_draw(questions=[only], rng=rng)["options"][only.id]) for _ in range(draws))

    assert set(orders) == set(itertools.permutations([option.id for option in only.options]))
    assert chi_square(orders, 24) < CHI2_999[23]
    # The right option lands in each of the four places about a quarter of the time.
    right = only.options[0].id
    places = Counter()
    for order, count in orders.items():
        places[order.index(right)] += count
    assert chi_square(places, 4) < CHI2_999[3]
    assert all(abs(places[place] / draws - 0.25) < 0.02 for place in range(4))


def option_order(html):
    return re.findall(r'id="option-([0-9a-f-]{36})"', html)


def test_the_order_is_kept_for_the_whole_attempt_and_changes_between_attempts(client, learner):
    six = question("Kuusi vaihtoehtoa?", tuple((f"V{n}", n == 0) for n in range(6)))
    quiz = make_quiz(questions=[six, question("Toinen?")])
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    stored = [option_id for question_id, _ in ids(quiz) for option_id in attempt.layout["options"][question_id]]

    first = option_order(client.get(lesson.url).content.decode())
    assert first == stored
    assert option_order(client.get(lesson.url).content.decode()) == first  # a reload
    start(client, lesson, quiz)  # pressing "start" again returns the same open attempt
    assert option_order(client.get(lesson.url).content.decode()) == first
    locale_trees_sync()
    swedish = LessonPage.objects.get(translation_key=lesson.translation_key, locale__language_code="sv")
    assert option_order(client.get(swedish.url).content.decode()) == first

    (six_id, six_options), (second_id, second_options) = ids(quiz)
    unanswered = submit(client, attempt, {f"question-{six_id}": [six_options[3]]})
    assert unanswered.status_code == 400
    assert option_order(unanswered.content.decode()) == first

    orders = {tuple(first)}
    for _ in range(4):
        submit(client, attempt, {f"question-{six_id}": [six_options[0]], f"question-{second_id}": [second_options[0]]})
        start(client, lesson, quiz)
        attempt = open_attempt(learner, quiz, lesson)
        orders.add(tuple(option_order(client.get(lesson.url).content.decode())))
    assert len(orders) > 1  # 720 orders of six options: five equal draws in a row would be a broken shuffle


def test_the_feedback_shows_the_questions_in_the_attempts_order(client, learner):
    quiz = make_quiz(questions=[question(f"Kysymys {n}?") for n in range(3)], draw_count=2)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    options = dict(ids(quiz))
    data = {f"question-{question_id}": [options[question_id][0]] for question_id in attempt.layout["questions"]}
    response = submit(client, attempt, data)

    feedback = client.get(response["Location"])

    shown = [item.question.id for item in feedback.context["feedback"]]
    assert shown == attempt.layout["questions"] and len(shown) == 2
    assert QuizAttempt.objects.get(pk=attempt.pk).score_percent == 100
