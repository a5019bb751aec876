"""A leader sees only their own municipality's rounds; the coordinator only network figures; hostile ids
find nothing and change nothing."""

import pytest
from django.urls import reverse

from evaluations.models import EvaluationRound, RoundStage
from tests.builders import ESPOO, UTSJOKI, make_coordinator, make_leader, make_user, member_municipality

from .builders import answered_round, make_round

pytestmark = pytest.mark.django_db

NETWORK_QUERIES = 10


@pytest.fixture
def porvoo_round(survey, porvoo):
    return answered_round(survey, porvoo, people=6)


def test_a_leader_of_a_cannot_see_or_close_the_rounds_of_b(client, leader, hameenlinna, porvoo, porvoo_round):
    client.force_login(leader)
    for name in ["evaluations:results", "evaluations:results_print", "evaluations:results_export"]:
        # Porvoo's round under Porvoo's code, and under Hämeenlinna's code.
        assert client.get(reverse(name, args=[porvoo.code, porvoo_round.pk])).status_code == 404
        assert client.get(reverse(name, args=[hameenlinna.code, porvoo_round.pk])).status_code == 404
    assert client.get(reverse("evaluations:municipality", args=[porvoo.code])).status_code == 404
    round_ = make_round(porvoo_round.survey, porvoo)
    assert client.post(reverse("evaluations:round_close", args=[hameenlinna.code, round_.pk])).status_code == 404
    round_.refresh_from_db()
    assert not round_.closed_early


@pytest.mark.parametrize(
    "path",
    [
        "/arvioinnit/kunta/109/kierros/99999999/",
        "/arvioinnit/kunta/109/kierros/" + "9" * 25 + "/",
        "/arvioinnit/kunta/../kierros/1/",
        "/arvioinnit/kunta/1090/",
        "/arvioinnit/kunta/%00/",
    ],
)
def test_hostile_addresses_are_not_found(client, leader, path):
    client.force_login(leader)
    assert client.get(path).status_code in (400, 404)


def test_opening_a_round_for_another_municipality_is_refused(client, leader, survey, porvoo):
    client.force_login(leader)
    response = client.post(
        reverse("evaluations:round_open", args=[porvoo.code]),
        {"survey": survey.pk, "stage": "start", "opens_on": "2026-12-03", "closes_on": "2026-12-20"},
    )
    assert response.status_code == 404
    assert not EvaluationRound.objects.exists()


def test_a_leader_opens_a_round_and_bad_dates_are_refused(client, leader, survey, hameenlinna):
    client.force_login(leader)
    url = reverse("evaluations:round_open", args=[hameenlinna.code])
    bad = client.post(url, {"survey": survey.pk, "stage": "start", "opens_on": "2026-12-20", "closes_on": "2026-12-03"})
    assert bad.status_code == 400 and "ennen kuin se avautuu" in bad.content.decode()
    unknown = client.post(url, {"survey": "99999", "stage": "start", "opens_on": "x", "closes_on": "y"})
    assert unknown.status_code == 400
    assert not EvaluationRound.objects.exists()
    ok = client.post(url, {"survey": survey.pk, "stage": "start", "opens_on": "2026-12-03", "closes_on": "2026-12-20"})
    assert ok.status_code == 302
    assert EvaluationRound.objects.get().term.name == "2025–2029"


def test_the_coordinator_sees_network_figures_but_no_municipality(client, survey, hameenlinna, porvoo_round):
    coordinator = make_coordinator()
    client.force_login(coordinator)
    assert (
        client.get(reverse("evaluations:results", args=[porvoo_round.municipality.code, porvoo_round.pk])).status_code
        == 404
    )
    page = client.get(reverse("evaluations:network"))
    assert page.status_code == 200
    assert "Porvoo" not in page.content.decode()


def test_others_get_no_network_figures(client):
    client.force_login(make_user())
    assert client.get(reverse("evaluations:network")).status_code == 403


def test_the_leader_nav_has_one_link_to_evaluations(client, hameenlinna):
    client.force_login(make_leader(hameenlinna))
    page = client.get(reverse("evaluations:municipality", args=[hameenlinna.code])).content.decode()
    assert page.count(f'href="/arvioinnit/kunta/{hameenlinna.code}/" aria-current="page">Arvioinnit</a>') == 1


def test_the_network_page_shows_pooled_averages_in_fixed_queries(
    client, survey, hameenlinna, porvoo, django_assert_num_queries
):
    client.force_login(make_coordinator())
    answered_round(survey, hameenlinna, people=5, values=[5] * 5)
    answered_round(survey, porvoo, people=5, values=[3] * 5)
    answered_round(survey, member_municipality(ESPOO), people=10, values=[1] * 10)
    answered_round(survey, member_municipality(UTSJOKI), people=4, values=[1] * 4)
    url = reverse("evaluations:network")
    client.get(url)
    with django_assert_num_queries(NETWORK_QUERIES):
        page = client.get(url).content.decode()
    assert '<td class="number">2,5</td>' in page and "3 kuntaa" in page
    for name in ("Hämeenlinna", "Porvoo", "Espoo", "Utsjoki"):
        assert name not in page
    # More groups (another stage, under the limit of municipalities), the same queries.
    answered_round(survey, hameenlinna, people=5, stage=RoundStage.MID)
    with django_assert_num_queries(NETWORK_QUERIES):
        page = client.get(url).content.decode()
    assert "Riittävän monella kunnalla ei vielä ole" in page
