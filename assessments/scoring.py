"""Scoring a quiz on the server, as plain functions of the quiz's questions and the learner's choices.

Each question is worth one point. A single choice question scores 1 for the right option and 0 otherwise.
A multiple choice question gives partial credit: (right options chosen − wrong options chosen) / right
options, never below 0, so ticking every box earns nothing. The quiz is passed when the rounded-down
percentage of points reaches the pass mark.

Points are exact fractions, never floats: three questions with 3 of 5 right options chosen are exactly 60 %,
where 0.6 + 0.6 + 0.6 in floating point is 1.7999… and would round down to 59 % and fail a 60 % pass mark.
"""

import math
from dataclasses import dataclass
from fractions import Fraction

from .blocks import QuestionKind


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    is_correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    multiple: bool
    options: tuple
    # A scenario question's case, told before the question, and the rule it turns on, shown with the feedback.
    case: str = ""
    explanation: str = ""

    @property
    def option_ids(self):
        return {option.id for option in self.options}

    @property
    def right_ids(self):
        return {option.id for option in self.options if option.is_correct}


def questions_of(quiz):
    """The quiz's questions as plain values, with the block uuids as ids."""
    questions = []
    for child in quiz.questions:
        value = child.value
        options = tuple(
            Option(
                id=item.id,
                text=item.value["text"],
                is_correct=bool(item.value["is_correct"]),
                feedback=item.value["feedback"],
            )
            for item in value["options"].bound_blocks
        )
        questions.append(
            Question(
                id=child.id,
                text=value["text"],
                multiple=value["kind"] == QuestionKind.MULTIPLE,
                options=options,
                case=value.get("case", ""),
                explanation=value.get("explanation", ""),
            )
        )
    return questions


def question_points(question, chosen_ids):
    """The question's points as a Fraction between 0 and 1."""
    chosen = set(chosen_ids)
    right = question.right_ids
    if not question.multiple:
        return Fraction(int(chosen == right))
    if not right:
        return Fraction(0)
    hits = len(chosen & right)
    misses = len(chosen - right)
    return Fraction(max(0, hits - misses), len(right))


@dataclass(frozen=True)
class Score:
    points: dict  # {question_id: Fraction between 0 and 1}
    percent: int
    passed: bool

    @property
    def points_to_store(self):
        """The points as floats for the attempt's JSON field; the percent and the verdict never read them."""
        return {question_id: float(value) for question_id, value in self.points.items()}


def score(*, questions, answers, pass_mark_percent):
    """`answers` maps question ids to the option ids chosen."""
    points = {question.id: question_points(question, answers.get(question.id, ())) for question in questions}
    total = sum(points.values())  # Fractions: exact
    percent = math.floor(100 * total / len(questions)) if questions else 0
    return Score(points=points, percent=percent, passed=percent >= pass_mark_percent)
