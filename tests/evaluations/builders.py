"""Builders for evaluation tests: a survey, a round, its audience, and answers given through the service."""

import datetime

from django.utils import timezone

from evaluations import services
from evaluations.models import EvaluationRound, EvaluationSurvey, RoundStage, SurveyItem
from municipalities.models import Role, RoleAssignment
from municipalities.terms import term_on
from tests.builders import make_user


def make_survey(*, likert=2, open_questions=1, **fields):
    fields.setdefault("title_fi", "Yhteistyön arviointi")
    fields.setdefault("title_sv", "Utvärdering av samarbetet")
    survey = EvaluationSurvey(**fields)
    items = [
        SurveyItem(theme_fi="Roolit", theme_sv="Roller", kind="likert", text_fi=f"Väite {n}", text_sv=f"Påstående {n}")
        for n in range(1, likert + 1)
    ]
    items += [
        SurveyItem(theme_fi="Avoimet", theme_sv="Öppna", kind="open", text_fi=f"Kysymys {n}", text_sv=f"Fråga {n}")
        for n in range(1, open_questions + 1)
    ]
    survey.items = items
    survey.save()
    return survey


def make_round(survey, municipality, *, stage=RoundStage.START, opens_on=None, closes_on=None, term=None):
    today = timezone.localdate()
    opens_on = opens_on or today - datetime.timedelta(days=3)
    closes_on = closes_on or today + datetime.timedelta(days=14)
    return EvaluationRound.objects.create(
        survey=survey,
        municipality=municipality,
        term=term or term_on(opens_on),
        stage=stage,
        opens_on=opens_on,
        closes_on=closes_on,
    )


def make_member(municipality, *, term=None, role=Role.COUNCILLOR, **fields):
    """A person in the audience of `municipality`'s rounds in `term` (the current one by default)."""
    user = make_user(municipality=municipality, **fields)
    RoleAssignment.objects.create(
        user=user, municipality=municipality, term=term or term_on(timezone.localdate()), role=role
    )
    return user


def items_of(survey):
    return list(survey.items.order_by("sort_order", "id"))


def answer(round_, user, *, likert=None, open_texts=None):
    items = items_of(round_.survey)
    likert = likert if likert is not None else {item.pk: 4 for item in items if item.is_likert}
    open_texts = open_texts if open_texts is not None else {}
    services.answer_submit(round_=round_, user=user, likert=likert, open_texts=open_texts)


def answered_round(survey, municipality, *, people, values=None, stage=RoundStage.START, dates=None, ended=True):
    """A round of `municipality` that `people` answered (each in the audience), then ended. values[n] is the
    n-th person's value for every statement (4 by default); `dates` (opens, closes) moves it afterwards,
    e.g. into the past to be an earlier round."""
    round_ = make_round(survey, municipality, stage=stage)
    items = items_of(survey)
    for n in range(people):
        services.answer_submit(
            round_=round_,
            user=make_member(municipality, term=round_.term),
            likert={item.pk: values[n] if values else 4 for item in items if item.is_likert},
            open_texts={item.pk: f"Avoin vastaus {n}" for item in items if not item.is_likert},
        )
    if dates:
        EvaluationRound.objects.filter(pk=round_.pk).update(opens_on=dates[0], closes_on=dates[1])
        round_.refresh_from_db()
    if ended:
        services.round_close(round_=round_)
    return round_
