"""Reads for trainers: per-question statistics of a quiz (who may read them: statistics_access.py).

From the quiz's submitted attempts (all of them, retakes included; attempts made on a Swedish or English copy
are recorded against the Finnish quiz and count there):

- share correct: attempts that earned the question's full point / attempts that were shown the question (a
  bank draw shows each question to only some attempts);
- per option, how many of those attempts chose it, so a wrong option that draws many learners stands out;
- discrimination (the upper–lower index): attempts are ranked by their score, the top and bottom 27 % form
  the upper and lower groups (27 % of the attempts, rounded half up, at least one each), and the index is the
  question's mean points in the upper group minus that in the lower group, between −1 and 1. Ties at a group's
  edge go to the attempt made first. A question both groups answer alike does not tell who knows the matter
  from who does not; a negative index usually means a misleading question or a wrong answer key.

With fewer than SMALL_SAMPLE attempts the figures move a lot with each new attempt; the page and the CSV file
say so. Figures are exact fractions until they are shown. Two queries whatever the number of attempts.
"""

import math
from dataclasses import dataclass, field
from fractions import Fraction

from django.db.models import Count

from .models import AttemptAnswer, QuizAttempt
from .scoring import questions_of

SMALL_SAMPLE = 10
GROUP_SHARE = Fraction(27, 100)
# Usual reading of the upper–lower index in classroom testing (Ebel): 0.3 or more discriminates well, 0.2–0.3
# fairly, under 0.2 poorly.
GOOD_DISCRIMINATION = Fraction(3, 10)
FAIR_DISCRIMINATION = Fraction(2, 10)


def _share(part, whole):
    return Fraction(part, whole) if whole else None


def percent(share):
    """A share as a whole percentage, rounded half up; None stays None."""
    return None if share is None else math.floor(share * 100 + Fraction(1, 2))


@dataclass
class OptionStatistics:
    option: object
    count: int
    share: Fraction | None  # of the attempts shown the question

    @property
    def percent(self):
        return percent(self.share)


@dataclass
class QuestionStatistics:
    number: int
    question: object
    answered: int
    correct: int
    discrimination: Fraction | None
    options: list = field(default_factory=list)

    @property
    def share_correct(self):
        return _share(self.correct, self.answered)

    @property
    def percent_correct(self):
        return percent(self.share_correct)

    @property
    def discrimination_shown(self):
        """Two decimals, for the page and the file."""
        return None if self.discrimination is None else round(float(self.discrimination), 2)

    @property
    def discrimination_level(self):
        if self.discrimination is None:
            return None
        if self.discrimination >= GOOD_DISCRIMINATION:
            return "good"
        if self.discrimination >= FAIR_DISCRIMINATION:
            return "fair"
        return "negative" if self.discrimination < 0 else "poor"


@dataclass
class QuizStatistics:
    quiz: object
    total: int
    passed: int
    learners: int
    group_size: int
    questions: list

    @property
    def small_sample(self):
        return self.total < SMALL_SAMPLE


def group_size(total):
    """How many attempts the upper and the lower group each hold: 27 % rounded half up, at least 1; none when
    there are fewer than two attempts to compare."""
    if total < 2:
        return 0
    return max(1, math.floor(total * GROUP_SHARE + Fraction(1, 2)))


def _points(value):
    # Points are stored as floats of small fractions (1/2, 2/3): limit_denominator gives the fraction back.
    return Fraction(value).limit_denominator(1000)


def _mean(values):
    return sum(values, Fraction(0)) / len(values) if values else None


def quiz_statistics(*, quiz):
    attempts = list(
        QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
        .order_by("-score_percent", "submitted_at", "id")
        .values_list("user_id", "passed", "question_points")
    )
    option_counts = {
        (row["question_id"], row["option_id"]): row["n"]
        for row in AttemptAnswer.objects.filter(attempt__quiz=quiz, attempt__submitted_at__isnull=False)
        .order_by()
        .values("question_id", "option_id")
        .annotate(n=Count("id"))
    }
    size = group_size(len(attempts))
    upper, lower = attempts[:size], attempts[len(attempts) - size :] if size else []
    questions = []
    for number, question in enumerate(questions_of(quiz), start=1):
        points = [_points(row[2][question.id]) for row in attempts if question.id in row[2]]
        upper_mean = _mean([_points(row[2][question.id]) for row in upper if question.id in row[2]])
        lower_mean = _mean([_points(row[2][question.id]) for row in lower if question.id in row[2]])
        answered = len(points)
        questions.append(
            QuestionStatistics(
                number=number,
                question=question,
                answered=answered,
                correct=sum(1 for value in points if value == 1),
                discrimination=None if upper_mean is None or lower_mean is None else upper_mean - lower_mean,
                options=[
                    OptionStatistics(
                        option=option,
                        count=option_counts.get((question.id, option.id), 0),
                        share=_share(option_counts.get((question.id, option.id), 0), answered),
                    )
                    for option in question.options
                ],
            )
        )
    return QuizStatistics(
        quiz=quiz,
        total=len(attempts),
        passed=sum(1 for row in attempts if row[1]),
        learners=len({row[0] for row in attempts}),
        group_size=size,
        questions=questions,
    )
