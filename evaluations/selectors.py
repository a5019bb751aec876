"""Reads: the rounds a person may answer or lead, and the results under the small-group rule.

The rule (settings.SMALL_GROUP_LIMIT, 5): nothing of a round's answers — averages, distributions, open
answers, files — leaves this module while fewer than five people have answered, and only after the round
has ended (while it is open, the difference between two looks would show what the latest person answered).
The network figure pools only rounds that meet the same rule, and needs at least three municipalities so
that it is never one other municipality's figure.
"""

import random
from dataclasses import dataclass, field
from itertools import groupby

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from municipalities.models import RoleAssignment

from .audience import AUDIENCE_ROLES
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
from .receipts import person_digest

NETWORK_MIN_MUNICIPALITIES = 3


def limit():
    return settings.SMALL_GROUP_LIMIT


def rounds_with_counts(queryset):
    return queryset.select_related("survey", "term", "municipality").annotate(answered=Count("receipts"))


def municipality_rounds(municipality):
    return list(rounds_with_counts(EvaluationRound.objects.filter(municipality=municipality)))


def rounds_to_answer(user):
    """The rounds open today whose audience includes `user`, each with whether they have answered."""
    if not user.is_authenticated:
        return []
    today = timezone.localdate()
    in_audience = RoleAssignment.objects.filter(
        user=user, municipality=OuterRef("municipality"), term=OuterRef("term"), role__in=AUDIENCE_ROLES
    )
    rounds = list(
        EvaluationRound.objects.filter(opens_on__lte=today, closes_on__gte=today, closed_early=False)
        .filter(Exists(in_audience))
        .select_related("survey", "municipality")
    )
    digests = [person_digest(round_id=round_.pk, user_id=user.pk) for round_ in rounds]
    answered = set(AnswerReceipt.objects.filter(person_digest__in=digests).values_list("round_id", flat=True))
    for round_ in rounds:
        round_.has_answered = round_.pk in answered
    return rounds


def has_answered(*, round_, user):
    return AnswerReceipt.objects.filter(
        round=round_, person_digest=person_digest(round_id=round_.pk, user_id=user.pk)
    ).exists()


def answered_count(round_):
    return AnswerReceipt.objects.filter(round=round_).count()


@dataclass
class ItemResult:
    item: SurveyItem
    count: int = 0
    average: float | None = None
    distribution: list = field(default_factory=list)  # [(value, count, percent)]
    previous_average: float | None = None
    network_average: float | None = None
    open_answers: list = field(default_factory=list)

    @property
    def change(self):
        if self.average is None or self.previous_average is None:
            return None
        return round(self.average - self.previous_average, 2)


@dataclass
class Theme:
    name: str
    items: list


@dataclass
class RoundResults:
    round: EvaluationRound
    answered: int
    shown: bool
    reason: str  # "open", "few" or ""
    themes: list = field(default_factory=list)
    previous: EvaluationRound | None = None
    network_municipalities: int = 0


def _averages(tallies):
    """{item_id: (count, average, {value: count})} from LikertTally rows."""
    by_item = {}
    for item_id, value, count in tallies:
        by_item.setdefault(item_id, {})[value] = by_item.get(item_id, {}).get(value, 0) + count
    result = {}
    for item_id, values in by_item.items():
        total = sum(values.values())
        if total:
            result[item_id] = (total, round(sum(v * c for v, c in values.items()) / total, 2), values)
    return result


def qualifying_rounds(queryset):
    """Rounds that have ended with at least `limit()` answers: the only ones whose figures may be shown."""
    today = timezone.localdate()
    return (
        queryset.annotate(answered=Count("receipts"))
        .filter(answered__gte=limit())
        .filter(Q(closed_early=True) | Q(closes_on__lt=today))
    )


def previous_round(round_):
    return (
        qualifying_rounds(
            EvaluationRound.objects.filter(
                survey_id=round_.survey_id, municipality_id=round_.municipality_id, opens_on__lt=round_.opens_on
            )
        )
        .order_by("-opens_on")
        .first()
    )


def _network_pools(rounds):
    """{(survey_id, term_id, stage): ({item_id: average}, municipalities)} over the qualifying rounds in
    `rounds`, one per municipality (its latest); averages left empty where fewer than
    NETWORK_MIN_MUNICIPALITIES take part. Two queries whatever the number of groups."""
    latest = {}
    for round_id, survey_id, term_id, stage, municipality_id in (
        qualifying_rounds(rounds)
        .order_by("-opens_on")
        .values_list("id", "survey_id", "term_id", "stage", "municipality_id")
    ):
        latest.setdefault((survey_id, term_id, stage), {}).setdefault(municipality_id, round_id)
    pooled = {
        key: by_municipality
        for key, by_municipality in latest.items()
        if len(by_municipality) >= NETWORK_MIN_MUNICIPALITIES
    }
    group_of = {round_id: key for key, by_municipality in pooled.items() for round_id in by_municipality.values()}
    tallies = {}
    for round_id, item_id, value, count in LikertTally.objects.filter(round_id__in=list(group_of)).values_list(
        "round_id", "item_id", "value", "count"
    ):
        tallies.setdefault(group_of[round_id], []).append((item_id, value, count))
    return {
        key: (
            {item_id: average for item_id, (_n, average, _v) in _averages(tallies.get(key, [])).items()}
            if key in pooled
            else {},
            len(by_municipality),
        )
        for key, by_municipality in latest.items()
    }


def network_averages(*, survey_id, term_id, stage):
    """({item_id: average}, number of municipalities) over the comparable rounds of every municipality that
    meet the small-group rule; empty when fewer than NETWORK_MIN_MUNICIPALITIES do."""
    pools = _network_pools(EvaluationRound.objects.filter(survey_id=survey_id, term_id=term_id, stage=stage))
    return pools.get((survey_id, term_id, stage), ({}, 0))


def round_results(round_):
    answered = answered_count(round_)
    ended = round_.has_ended_on(timezone.localdate())
    if not ended:
        return RoundResults(round=round_, answered=answered, shown=False, reason="open")
    if answered < limit():
        return RoundResults(round=round_, answered=answered, shown=False, reason="few")

    items = list(round_.survey.items.order_by("sort_order", "id"))
    own = _averages(LikertTally.objects.filter(round=round_).values_list("item_id", "value", "count"))
    previous = previous_round(round_)
    before = (
        _averages(LikertTally.objects.filter(round=previous).values_list("item_id", "value", "count"))
        if previous
        else {}
    )
    network, municipalities = network_averages(survey_id=round_.survey_id, term_id=round_.term_id, stage=round_.stage)
    texts = {}
    for item_id, text in OpenAnswer.objects.filter(round=round_).values_list("item_id", "text"):
        texts.setdefault(item_id, []).append(text)

    results = []
    for item in items:
        result = ItemResult(item=item)
        if item.is_likert:
            count, average, values = own.get(item.pk, (0, None, {}))
            result.count, result.average = count, average
            result.distribution = [
                (value, values.get(value, 0), round(100 * values.get(value, 0) / count) if count else 0)
                for value in LIKERT_VALUES
            ]
            result.previous_average = before.get(item.pk, (0, None, {}))[1]
            result.network_average = network.get(item.pk)
        else:
            # Shuffled afresh on every look: the order the answers were written in tells nothing.
            result.open_answers = texts.get(item.pk, [])
            random.SystemRandom().shuffle(result.open_answers)
        results.append(result)
    themes = [Theme(name=name, items=list(group)) for name, group in groupby(results, key=lambda r: r.item.theme)]
    return RoundResults(
        round=round_,
        answered=answered,
        shown=True,
        reason="",
        themes=themes,
        previous=previous,
        network_municipalities=municipalities if network else 0,
    )


def survey_themes(survey):
    items = list(survey.items.order_by("sort_order", "id"))
    return [Theme(name=name, items=list(group)) for name, group in groupby(items, key=lambda item: item.theme)]


def network_overview():
    """For the coordinator: per survey, term and stage, the network averages and how many municipalities
    they pool. No municipality's own figures. A fixed number of queries."""
    groups = (
        EvaluationRound.objects.values_list("survey_id", "term_id", "term__name", "stage")
        .distinct()
        .order_by("survey_id", "-term__starts_on", "stage")
    )
    surveys = {survey.pk: survey for survey in EvaluationSurvey.objects.prefetch_related("items")}
    pools = _network_pools(EvaluationRound.objects.all())
    overview = []
    for survey_id, term_id, term_name, stage in groups:
        averages, municipalities = pools.get((survey_id, term_id, stage), ({}, 0))
        survey = surveys[survey_id]
        overview.append(
            {
                "survey": survey,
                "term_name": term_name,
                "stage": stage,
                "stage_label": RoundStage(stage).label,
                "municipalities": municipalities,
                "items": [(item, averages.get(item.pk)) for item in survey.items.all() if item.is_likert]
                if averages
                else [],
            }
        )
    return overview
