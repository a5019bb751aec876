"""Results only when a round has ended with at least five answers: on the page, in the XLSX file and in the
print view alike; the change since the previous round and the network average beside."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from evaluations.models import RoundStage
from tests.builders import ESPOO, UTSJOKI, member_municipality

from .builders import answered_round, make_round

pytestmark = pytest.mark.django_db

QUERIES = 6
VIEWS = ["evaluations:results", "evaluations:results_print"]


def url(name, round_):
    return reverse(name, args=[round_.municipality.code, round_.pk])


def test_four_answers_show_nothing_anywhere(client, survey, hameenlinna, leader):
    round_ = answered_round(survey, hameenlinna, people=4, values=[1, 2, 5, 5])
    client.force_login(leader)
    for name in VIEWS:
        content = client.get(url(name, round_)).content.decode()
        assert "Alle 5" not in content  # the Finnish message below, not a count
        assert "vastasi alle 5 henkilöä" in content
        assert "Keskiarvo" not in content and "Avoin vastaus" not in content and "Väite 1" not in content
    export = client.get(url("evaluations:results_export", round_))
    assert export.status_code == 302 and export["Content-Type"].startswith("text/html")


def test_five_answers_show_averages_distribution_and_open_answers(client, survey, hameenlinna, leader):
    round_ = answered_round(survey, hameenlinna, people=5, values=[1, 2, 3, 5, 5])
    client.force_login(leader)
    page = client.get(url("evaluations:results", round_)).content.decode()
    assert "Keskiarvo" in page and "3,2 / 5" in page
    assert all(f"Avoin vastaus {n}" in page for n in range(5))
    assert "40 %" in page  # two of five gave 5
    printed = client.get(url("evaluations:results_print", round_)).content.decode()
    assert "3,2 / 5" in printed and "Avoin vastaus 4" in printed and "site-header" not in printed

    export = client.get(url("evaluations:results_export", round_))
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(export.content))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    statement = next(row for row in rows if row[1] == "Väite 1")
    assert statement[2:9] == (5, 3.2, 1, 1, 1, 0, 2)
    texts = [row[2] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert sorted(texts) == [f"Avoin vastaus {n}" for n in range(5)]


def test_an_open_round_shows_only_how_many_have_answered(client, survey, hameenlinna, leader):
    round_ = answered_round(survey, hameenlinna, people=6, ended=False)
    client.force_login(leader)
    for name in VIEWS:
        content = client.get(url(name, round_)).content.decode()
        assert "6 on vastannut" in content
        assert "Keskiarvo" not in content and "Avoin vastaus" not in content
    assert client.get(url("evaluations:results_export", round_)).status_code == 302


def test_the_change_since_the_previous_round_is_shown(client, survey, hameenlinna, leader):
    earlier = answered_round(
        survey,
        hameenlinna,
        people=5,
        values=[2, 2, 2, 3, 3],
        dates=(datetime.date(2025, 9, 1), datetime.date(2025, 9, 30)),
    )
    assert earlier.term.name == "2025–2029"
    later = answered_round(survey, hameenlinna, people=5, values=[4, 4, 4, 3, 3], stage=RoundStage.MID)
    client.force_login(leader)
    page = client.get(url("evaluations:results", later)).content.decode()
    assert "2,4 (muutos +1,2)" in page
    assert "1.9.2025" in page


def test_a_previous_round_under_five_is_not_compared(client, survey, hameenlinna, leader):
    answered_round(
        survey,
        hameenlinna,
        people=4,
        values=[1, 1, 1, 1],
        dates=(datetime.date(2025, 9, 1), datetime.date(2025, 9, 30)),
    )
    later = answered_round(survey, hameenlinna, people=5, stage=RoundStage.MID)
    client.force_login(leader)
    page = client.get(url("evaluations:results", later)).content.decode()
    assert "muutos" not in page


def test_the_network_average_pools_only_municipalities_with_five_answers(client, survey, hameenlinna, porvoo, leader):
    own = answered_round(survey, hameenlinna, people=5, values=[5] * 5)
    answered_round(survey, porvoo, people=5, values=[3] * 5)
    answered_round(survey, member_municipality(UTSJOKI), people=4, values=[1] * 4)  # under the rule: left out
    client.force_login(leader)
    page = client.get(url("evaluations:results", own)).content.decode()
    assert "ei vielä ole tarpeeksi vertailukelpoisia" in page  # two municipalities are not yet a network

    answered_round(survey, member_municipality(ESPOO), people=10, values=[1] * 10)
    page = client.get(url("evaluations:results", own)).content.decode()
    # People pooled: (5*5 + 5*3 + 10*1) / 20 = 2.5; Utsjoki's four ones are not in it.
    assert "<dt>Verkoston keskiarvo</dt><dd>2,5</dd>" in page
    assert "3 kuntaa" in page


def test_the_round_list_runs_the_same_queries_for_any_number_of_rounds(
    client, survey, hameenlinna, leader, django_assert_num_queries
):
    answered_round(survey, hameenlinna, people=2)
    client.force_login(leader)
    url = reverse("evaluations:municipality", args=[hameenlinna.code])
    client.get(url)  # the header's cached roles
    with django_assert_num_queries(QUERIES):
        client.get(url)
    for _ in range(5):
        make_round(survey, hameenlinna)
    with django_assert_num_queries(QUERIES):
        page = client.get(url)
    assert page.content.decode().count("Tulokset<span") == 6
