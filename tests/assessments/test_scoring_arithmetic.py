"""The score as exact arithmetic, on plain questions and answers: no database, so these run in milliseconds
(and mutation testing of assessments/scoring.py can afford to run them for every mutant)."""

from fractions import Fraction

import pytest

from assessments.scoring import Option, Question, score


def _multiple(right, wrong=0):
    options = [Option(id=f"r{n}", text="", is_correct=True, feedback="") for n in range(right)]
    options += [Option(id=f"w{n}", text="", is_correct=False, feedback="") for n in range(wrong)]
    return options


def _questions_and_answers(*cases):
    """One multiple choice question per (right options, wrong options, right chosen, wrong chosen) case."""
    questions, answers = [], {}
    for number, (right, wrong, right_chosen, wrong_chosen) in enumerate(cases):
        question_id = f"q{number}"
        questions.append(Question(id=question_id, text="", multiple=True, options=tuple(_multiple(right, wrong))))
        answers[question_id] = [f"r{n}" for n in range(right_chosen)] + [f"w{n}" for n in range(wrong_chosen)]
    return questions, answers


@pytest.mark.parametrize(
    ("cases", "pass_mark", "expected_percent", "passed"),
    [
        ([(5, 0, 3, 0)] * 3, 60, 60, True),  # 3 × 3/5 = 9/5 of 3: exactly 60 %, not 59
        ([(5, 0, 3, 0)] * 3, 61, 60, False),
        ([(10, 0, 7, 0)] * 10, 70, 70, True),  # 10 × 0.7 is 6.9999… in floating point
        ([(3, 0, 1, 0)] * 3, 33, 33, True),  # 1/3 rounds down to 33 %
        ([(3, 0, 2, 0)] * 3, 67, 66, False),  # 2/3 rounds down to 66 %, never up
        ([(3, 0, 3, 0)] * 3, 100, 100, True),  # 3/3 is 100 %, not 99
        ([(7, 0, 1, 0)] * 7, 14, 14, True),  # 1/7 = 14.28… %
        ([(4, 4, 2, 1)], 25, 25, True),  # (2 − 1) / 4
        ([(4, 4, 1, 2)], 0, 0, True),  # below zero counts as zero
        ([(2, 0, 1, 0), (2, 0, 2, 0)], 75, 75, True),  # points add across questions: 1/2 + 1
        ([(1, 1, 0, 1), (1, 1, 1, 0)], 50, 50, True),
    ],
)
def test_percent_is_exact_and_rounded_down(cases, pass_mark, expected_percent, passed):
    questions, answers = _questions_and_answers(*cases)

    result = score(questions=questions, answers=answers, pass_mark_percent=pass_mark)

    assert (result.percent, result.passed) == (expected_percent, passed)


def test_points_are_exact_fractions_and_stored_as_floats():
    questions, answers = _questions_and_answers((5, 0, 3, 0), (3, 1, 1, 1), (2, 0, 0, 0))

    result = score(questions=questions, answers=answers, pass_mark_percent=0)

    assert result.points == {"q0": Fraction(3, 5), "q1": Fraction(0), "q2": Fraction(0)}
    assert all(type(value) is Fraction for value in result.points.values())
    assert result.points_to_store == {"q0": 0.6, "q1": 0.0, "q2": 0.0}


def test_single_choice_scores_only_the_exact_right_set():
    right, wrong = (Option(id="r", text="", is_correct=True, feedback=""), Option("w", "", False, ""))
    single = Question(id="s", text="", multiple=False, options=(right, wrong))

    assert score(questions=[single], answers={"s": ["r"]}, pass_mark_percent=100).percent == 100
    assert score(questions=[single], answers={"s": ["w"]}, pass_mark_percent=100).percent == 0
    assert score(questions=[single], answers={"s": ["r", "w"]}, pass_mark_percent=100).percent == 0
    assert score(questions=[single], answers={}, pass_mark_percent=0).points == {"s": Fraction(0)}


def test_a_multiple_choice_question_without_right_options_gives_nothing_and_no_quiz_gives_zero():
    questions, answers = _questions_and_answers((0, 3, 0, 0))

    assert score(questions=questions, answers=answers, pass_mark_percent=0).points == {"q0": Fraction(0)}
    empty = score(questions=[], answers={}, pass_mark_percent=1)
    assert (empty.percent, empty.passed) == (0, False)
