"""Scores are computed on the server from the stored quiz: single choice, multiple choice with partial
credit, and the pass mark."""

import pytest

from assessments.scoring import questions_of
from tests.builders import make_course, make_module

from .builders import make_quiz, make_quiz_lesson, question
from .helpers import enrol, take

pytestmark = pytest.mark.django_db

MULTIPLE = question(
    "Valitse kaikki oikeat.",
    options=(("A", True), ("B", True), ("C", False), ("D", False)),
    multiple=True,
)


def quiz_in_course(client, questions, **fields):
    quiz = make_quiz(questions=questions, **fields)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    return quiz, lesson


def test_single_choice_right_and_wrong(client, learner):
    quiz, lesson = quiz_in_course(client, [question(), question()], pass_mark_percent=50)

    _response, attempt = take(client, learner, quiz, lesson, [[0], [1]])

    assert attempt.score_percent == 50
    assert attempt.passed is True
    assert sorted(attempt.question_points.values()) == [0.0, 1.0]


@pytest.mark.parametrize(
    ("chosen", "expected_percent"),
    [
        ([0, 1], 100),  # both right options
        ([0], 50),  # half of the right options
        ([0, 2], 0),  # one right, one wrong cancel out
        ([0, 1, 2], 50),  # both right, one wrong
        ([0, 1, 2, 3], 0),  # ticking every box earns nothing
        ([2], 0),  # never below zero
    ],
)
def test_multiple_choice_gives_partial_credit(client, learner, chosen, expected_percent):
    quiz, lesson = quiz_in_course(client, [MULTIPLE], pass_mark_percent=100)

    _response, attempt = take(client, learner, quiz, lesson, [chosen])

    assert attempt.score_percent == expected_percent
    assert attempt.passed is (expected_percent == 100)


def test_score_is_rounded_down_against_the_pass_mark(client, learner):
    quiz, lesson = quiz_in_course(client, [question(), question(), question()], pass_mark_percent=67)

    _response, attempt = take(client, learner, quiz, lesson, [[0], [0], [1]])

    assert attempt.score_percent == 66
    assert attempt.passed is False


def test_answers_are_stored_per_chosen_option(client, learner):
    quiz, lesson = quiz_in_course(client, [MULTIPLE, question()])

    _response, attempt = take(client, learner, quiz, lesson, [[0, 2], [1]])

    assert attempt.answers.count() == 3
    assert attempt.submitted_at is not None


def test_three_of_five_right_options_on_three_questions_is_exactly_60_percent_and_passes(client, learner):
    # In floating point 0.6 + 0.6 + 0.6 is 1.7999…, which rounds down to 59 % and fails a 60 % pass mark.
    questions = [question(options=[(f"Oikein {n}", True) for n in range(5)], multiple=True) for _ in range(3)]
    quiz, lesson = quiz_in_course(client, questions, pass_mark_percent=60)

    _response, attempt = take(client, learner, quiz, lesson, [[0, 1, 2]] * 3)

    assert attempt.score_percent == 60
    assert attempt.passed is True
    assert sorted(attempt.question_points.values()) == [0.6, 0.6, 0.6]


def test_the_stored_quiz_reads_as_plain_questions_with_texts_and_feedback():
    quiz = make_quiz(
        questions=[question("Kuka?", options=(("Minä", True), ("Sinä", False))), MULTIPLE],
    )

    first, second = questions_of(quiz)

    assert (first.text, first.multiple, second.multiple) == ("Kuka?", False, True)
    assert [(option.text, option.is_correct, option.feedback) for option in first.options] == [
        ("Minä", True, "Palaute: Minä"),
        ("Sinä", False, "Palaute: Sinä"),
    ]
    assert first.right_ids == {first.options[0].id} and first.option_ids == {option.id for option in first.options}
    assert [child.id for child in quiz.questions] == [first.id, second.id]
