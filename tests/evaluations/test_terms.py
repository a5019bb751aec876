"""Rounds follow the council terms: a round belongs to the term it opens in and asks that term's council;
in the next term the same survey goes to the new council, and the results compare across the change."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from evaluations.models import AnswerReceipt, EvaluationRound
from municipalities.models import CouncilTerm
from tests.builders import make_leader

from .builders import items_of, make_member

pytestmark = pytest.mark.django_db


def open_round(client, code, survey, opens, closes, stage):
    return client.post(
        reverse("evaluations:round_open", args=[code]),
        {"survey": survey.pk, "stage": stage, "opens_on": opens, "closes_on": closes},
    )


def answer_all(client, round_, people, value):
    data = {f"item_{item.pk}": value for item in items_of(round_.survey) if item.is_likert}
    for person in people:
        client.force_login(person)
        assert client.post(reverse("evaluations:answer", args=[round_.pk]), data).status_code == 302


def test_rounds_over_two_terms(client, survey, hameenlinna):
    old_term = CouncilTerm.objects.get(name="2021–2025")
    new_term = CouncilTerm.objects.get(name="2025–2029")
    leader = make_leader(hameenlinna)
    old_council = [make_member(hameenlinna, term=old_term) for _ in range(5)]
    new_council = [make_member(hameenlinna, term=new_term) for _ in range(5)]

    with time_machine.travel(datetime.datetime(2023, 9, 4, 9, tzinfo=datetime.UTC), tick=False):
        client.force_login(leader)
        assert open_round(client, hameenlinna.code, survey, "2023-09-04", "2023-09-30", "mid").status_code == 302
        mid = EvaluationRound.objects.get()
        assert mid.term == old_term
        # The new council does not exist yet: it is not asked.
        client.force_login(new_council[0])
        assert client.get(reverse("evaluations:answer", args=[mid.pk])).status_code == 404
        answer_all(client, mid, old_council, "2")

    with time_machine.travel(datetime.datetime(2025, 9, 15, 9, tzinfo=datetime.UTC), tick=False):
        client.force_login(leader)
        assert open_round(client, hameenlinna.code, survey, "2025-09-15", "2025-10-12", "start").status_code == 302
        start = EvaluationRound.objects.exclude(pk=mid.pk).get()
        assert start.term == new_term
        # Someone who left the council in 2025 is not asked in the new term.
        client.force_login(old_council[0])
        assert client.get(reverse("evaluations:answer", args=[start.pk])).status_code == 404
        answer_all(client, start, new_council, "4")
        assert AnswerReceipt.objects.filter(round=start).count() == 5

    with time_machine.travel(datetime.datetime(2025, 10, 20, 9, tzinfo=datetime.UTC), tick=False):
        client.force_login(leader)
        page = client.get(reverse("evaluations:results", args=[hameenlinna.code, start.pk])).content.decode()
        assert "<dd>4,0 / 5" in page and "2,0 (muutos +2,0)" in page
        # The earlier round is still readable in the second term.
        old = client.get(reverse("evaluations:results", args=[hameenlinna.code, mid.pk])).content.decode()
        assert "2,0 / 5" in old
