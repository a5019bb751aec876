"""The demo evaluations: the dual-leadership survey in Finnish and Swedish, two rounds a term for some
municipalities, one under the small-group rule, and one open now; loading twice changes nothing."""

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluations.demo import evaluations_demo_load
from evaluations.models import AnswerReceipt, EvaluationRound, LikertTally, OpenAnswer
from tests.builders import make_leader, municipality

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (EvaluationRound, AnswerReceipt, LikertTally, OpenAnswer)]


def test_the_demo_loads_once_and_shows_results_and_the_threshold(client):
    survey = evaluations_demo_load()
    before = counts()
    evaluations_demo_load()
    assert counts() == before

    items = list(survey.items.all())
    assert len(items) == 16 and all(item.text_sv and item.theme_sv for item in items)
    assert survey.title_sv and survey.intro_sv

    hameenlinna = municipality("109")
    client.force_login(make_leader(hameenlinna))
    start_2025 = EvaluationRound.objects.get(municipality=hameenlinna, term__name="2025–2029", stage="start")
    page = client.get(reverse("evaluations:results", args=["109", start_2025.pk])).content.decode()
    assert "24 henkilöä vastasi" in page and "muutos" in page and "3 kuntaa" in page

    utsjoki = municipality("890")
    client.force_login(make_leader(utsjoki))
    small = EvaluationRound.objects.get(municipality=utsjoki)
    page = client.get(reverse("evaluations:results", args=["890", small.pk])).content.decode()
    assert "vastasi alle 5 henkilöä" in page and "Keskiarvo" not in page

    open_now = EvaluationRound.objects.filter(municipality=hameenlinna, closes_on__gte=timezone.localdate())
    assert open_now.get().is_open_on(timezone.localdate())
