"""Demo evaluations: the dual-leadership survey, and rounds at the start and in the middle of the terms for
four member municipalities, with plausible answers. Utsjoki's and Lahti's small rounds stay under the
small-group rule, so the demo shows what a leader sees then. Hämeenlinna has a round open now, which the
demo councillor can answer.

The demo answers get receipts whose digests belong to no one (a hash of "demo" and a number), so every
demo person can still answer the open round. Idempotent: the survey is found by its Finnish title, a round
by survey, municipality, term and stage, and a round's answers are made only when it has none.
"""

import datetime
import hashlib
import random

from django.db import transaction
from django.utils import timezone

from municipalities.models import CouncilTerm, Municipality
from municipalities.terms import term_on

from .demo_content import ITEMS, OPEN_ANSWERS, SURVEY
from .models import (
    LIKERT_VALUES,
    AnswerReceipt,
    EvaluationRound,
    EvaluationSurvey,
    LikertTally,
    OpenAnswer,
    RoundStage,
    SurveyItem,
)
from .setup import trainers_permissions_ensure

# (municipality code, term name, stage, opens, closes, answers, how the municipality differs from the average)
ROUNDS = [
    ("109", "2021–2025", RoundStage.START, (2021, 10, 4), (2021, 10, 31), 22, 0.1),
    ("638", "2021–2025", RoundStage.START, (2021, 10, 11), (2021, 11, 7), 14, -0.1),
    ("743", "2021–2025", RoundStage.START, (2021, 10, 4), (2021, 10, 24), 17, 0.3),
    ("398", "2021–2025", RoundStage.START, (2021, 11, 1), (2021, 11, 21), 11, -0.3),
    ("890", "2021–2025", RoundStage.START, (2021, 10, 18), (2021, 11, 14), 4, 0.0),
    ("109", "2021–2025", RoundStage.MID, (2023, 9, 4), (2023, 9, 30), 19, 0.1),
    ("638", "2021–2025", RoundStage.MID, (2023, 9, 11), (2023, 10, 8), 12, -0.1),
    ("743", "2021–2025", RoundStage.MID, (2023, 9, 4), (2023, 9, 24), 15, 0.3),
    ("398", "2021–2025", RoundStage.MID, (2023, 10, 2), (2023, 10, 22), 3, -0.3),
    ("109", "2025–2029", RoundStage.START, (2025, 9, 15), (2025, 10, 12), 24, 0.0),
    ("638", "2025–2029", RoundStage.START, (2025, 9, 22), (2025, 10, 19), 13, -0.2),
    ("743", "2025–2029", RoundStage.START, (2025, 9, 15), (2025, 10, 5), 16, 0.2),
]
OPEN_NOW_CODE = "109"


def survey_ensure():
    survey = EvaluationSurvey.objects.filter(title_fi=SURVEY["title_fi"]).first()
    if survey is None:
        survey = EvaluationSurvey(**SURVEY)
        survey.items = [
            SurveyItem(theme_fi=fi_theme, theme_sv=sv_theme, kind=kind, text_fi=text_fi, text_sv=text_sv)
            for (fi_theme, sv_theme), kind, text_fi, text_sv, _mean, _change in ITEMS
        ]
        survey.save()
    return survey


def _likert_value(rng, mean):
    value = round(rng.gauss(mean, 0.9))
    return min(max(value, LIKERT_VALUES[0]), LIKERT_VALUES[-1])


def _answers_make(round_, items, *, count, offset, rng):
    mid = round_.stage == RoundStage.MID or round_.term.name != "2021–2025"
    tallies = {}
    for _person in range(count):
        for item, (_theme, kind, _fi, _sv, mean, change) in zip(items, ITEMS, strict=True):
            if kind != "likert" or rng.random() < 0.04:  # now and then a statement is left unanswered
                continue
            value = _likert_value(rng, mean + offset + (change if mid else 0))
            tallies[item.pk, value] = tallies.get((item.pk, value), 0) + 1
    LikertTally.objects.bulk_create(
        [LikertTally(round=round_, item_id=item_id, value=value, count=n) for (item_id, value), n in tallies.items()]
    )
    open_items = [item for item in items if not item.is_likert]
    texts = []
    for item, answers in zip(open_items, OPEN_ANSWERS, strict=True):
        texts += [OpenAnswer(round=round_, item=item, text=text) for text in rng.sample(answers, min(count, 4))]
    OpenAnswer.objects.bulk_create(texts)
    AnswerReceipt.objects.bulk_create(
        [
            AnswerReceipt(round=round_, person_digest=hashlib.sha256(f"demo:{round_.pk}:{n}".encode()).hexdigest())
            for n in range(count)
        ]
    )


@transaction.atomic
def evaluations_demo_load(*, stdout=None):
    trainers_permissions_ensure()
    survey = survey_ensure()
    items = list(survey.items.order_by("sort_order", "id"))
    terms = {term.name: term for term in CouncilTerm.objects.all()}
    places = {place.code: place for place in Municipality.objects.filter(code__in={r[0] for r in ROUNDS})}
    made = 0
    for code, term_name, stage, opens, closes, count, offset in ROUNDS:
        term = terms.get(term_name)
        if term is None or code not in places:
            continue
        round_, created = EvaluationRound.objects.get_or_create(
            survey=survey,
            municipality=places[code],
            term=term,
            stage=stage,
            defaults={"opens_on": datetime.date(*opens), "closes_on": datetime.date(*closes)},
        )
        if created:
            rng = random.Random(f"{code}-{term_name}-{stage}")
            _answers_make(round_, items, count=count, offset=offset, rng=rng)
            made += 1
    _open_round_ensure(survey, places.get(OPEN_NOW_CODE))
    if stdout:
        stdout.write(f"Evaluations: survey “{survey.title_fi}”, {made} new demo rounds")
    return survey


def _open_round_ensure(survey, place):
    """A mid-term round open from a week ago for three weeks more, in today's term, for the demo councillor."""
    today = timezone.localdate()
    term = term_on(today)
    if place is None or term is None:
        return
    EvaluationRound.objects.get_or_create(
        survey=survey,
        municipality=place,
        term=term,
        stage=RoundStage.MID,
        defaults={"opens_on": today - datetime.timedelta(days=7), "closes_on": today + datetime.timedelta(days=21)},
    )
