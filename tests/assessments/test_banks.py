"""A quiz can be a bank of questions from which each attempt draws a number of them at random, none twice."""

import random
from collections import Counter

import pytest
from django.urls import reverse

from assessments.layout import layout_draw
from assessments.models import AttemptAnswer, Quiz, QuizAttempt
from assessments.scoring import questions_of
from tests.builders import make_course, make_module, make_user
from tests.i18n import tr

from .builders import ids, make_quiz, make_quiz_lesson, question, quiz_admin_form
from .helpers import enrol, open_attempt, start, submit
from .test_shuffle import CHI2_999, chi_square

pytestmark = pytest.mark.django_db


def bank(size=6, draw=3, **fields):
    return make_quiz(questions=[question(f"Kysymys {n}?") for n in range(size)], draw_count=draw, **fields)


def right_answers(quiz, question_ids):
    options = dict(ids(quiz))
    return {f"question-{question_id}": [options[question_id][0]] for question_id in question_ids}


def test_an_attempt_draws_n_questions_without_repeats_and_is_scored_on_them(client, learner):
    quiz = bank()
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)

    drawn = attempt.layout["questions"]
    assert len(drawn) == len(set(drawn)) == 3
    assert set(drawn) <= {question.id for question in questions_of(quiz)}
    page = client.get(lesson.url)
    assert [question.id for question in page.context["panel"].form_questions] == drawn
    assert page.content.decode().count('class="quiz-question') == 3
    assert "3 questions" in page.content.decode() or "3 kysymystä" in page.content.decode()

    response = submit(client, attempt, right_answers(quiz, drawn))

    attempt.refresh_from_db()
    assert response.status_code == 302 and attempt.passed and attempt.score_percent == 100
    assert set(attempt.question_points) == set(drawn)


def test_an_answer_to_a_question_the_attempt_did_not_draw_is_refused_and_nothing_is_saved(client, learner):
    quiz = bank()
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    other = next(question_id for question_id, _ in ids(quiz) if question_id not in attempt.layout["questions"])

    response = submit(client, attempt, right_answers(quiz, [*attempt.layout["questions"], other]))

    assert response.status_code == 400
    assert tr("The answers do not belong to this quiz. Nothing was saved.") in response.content.decode()
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open and not AttemptAnswer.objects.exists()


def test_a_retake_draws_questions_not_seen_before_while_the_bank_has_them(client, learner):
    quiz = bank(size=6, draw=3)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    seen = []
    for _ in range(3):
        start(client, lesson, quiz)
        attempt = open_attempt(learner, quiz, lesson)
        seen.append(attempt.layout["questions"])
        submit(client, attempt, right_answers(quiz, [attempt.layout["questions"][0]]))  # incomplete: shown again
        submit(client, attempt, right_answers(quiz, attempt.layout["questions"]))

    assert not set(seen[0]) & set(seen[1])  # six questions: the second attempt gets the other three
    assert len(set(seen[2])) == 3


def test_every_question_and_every_pair_is_drawn_about_equally_often(db):
    questions = questions_of(bank(size=6, draw=2))
    rng = random.Random(2022)
    pairs = Counter()
    for _ in range(15_000):
        drawn = layout_draw(questions=questions, draw_count=2, rng=rng)["questions"]
        assert len(set(drawn)) == 2
        pairs[frozenset(drawn)] += 1
    singles = Counter()
    for pair, count in pairs.items():
        for question_id in pair:
            singles[question_id] += count

    assert len(pairs) == 15 and chi_square(pairs, 15) < CHI2_999[14]
    assert len(singles) == 6 and chi_square(singles, 6) < CHI2_999[5]


@pytest.mark.parametrize("draw", [None, 0])
def test_without_a_number_every_question_is_asked(client, learner, draw):
    quiz = bank(size=4, draw=draw)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)
    assert sorted(open_attempt(learner, quiz, lesson).layout["questions"]) == sorted(q for q, _ in ids(quiz))


def test_the_admin_refuses_to_draw_more_questions_than_the_bank_has(client):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    data = quiz_admin_form(title="Pankki", mode="graded", draw_count="2")
    url = reverse("wagtailsnippets_assessments_quiz:add")

    response = client.post(url, data)

    assert response.status_code == 200
    assert response.context["form"].errors["draw_count"] == [
        tr("The bank has only %(count)s questions; draw at most that many.") % {"count": 1}
    ]
    assert not Quiz.objects.exists()
    assert client.post(url, {**data, "draw_count": "1"}).status_code == 302
    assert Quiz.objects.get().draw_count == 1
