"""Scoring a quiz on the server, as plain functions of the quiz's questions and the learner's choices.

Each question is worth one point. A single choice question scores 1 for the right option and 0 otherwise.
A multiple choice question gives partial credit: (right options chosen − wrong options chosen) / right
options, never below 0, so ticking every box earns nothing. The quiz is passed when the rounded-down
percentage of points reaches the pass mark.
"""

import math
from dataclasses import dataclass

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
            Question(id=child.id, text=value["text"], multiple=value["kind"] == QuestionKind.MULTIPLE, options=options)
        )
    return questions


def question_points(question, chosen_ids):
    chosen = set(chosen_ids)
    right = question.right_ids
    if not question.multiple:
        return 1.0 if chosen == right else 0.0
    hits = len(chosen & right)
    misses = len(chosen - right)
    return max(0.0, (hits - misses) / len(right)) if right else 0.0


@dataclass(frozen=True)
class Score:
    points: dict  # {question_id: points between 0 and 1}
    percent: int
    passed: bool


def score(*, questions, answers, pass_mark_percent):
    """`answers` maps question ids to the option ids chosen."""
    points = {question.id: question_points(question, answers.get(question.id, ())) for question in questions}
    total = sum(points.values())
    # The small epsilon keeps 2/3 of 3 points from rounding down to 99 % through float error.
    percent = math.floor(100 * total / len(questions) + 1e-9) if questions else 0
    return Score(points=points, percent=percent, passed=percent >= pass_mark_percent)
