"""The order of search results on PostgreSQL (search/ranking.py): a page whose title has the word first, then
pages whose summary, key points or theme tags have it, then pages that only mention it in their body. Results
are ranked on that short vector, not on the whole body, so that a common word stays fast on a national-scale
catalogue; every word of the body is still matched. On SQLite Wagtail's own ranking is used unchanged."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from tests.builders import make_course, make_lesson, make_module, translate

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("ranking on the short vector is the PostgreSQL backend's (search/backend.py)")


def search(client, query, language="fi"):
    with translation.override(language):
        response = client.get(reverse("search:search"), {"q": query})
    assert response.status_code == 200
    return [hit.page.title for hit in response.context["hits"]]


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def module():
    return make_module(make_course(title="Valtuutetun perehdytys"), title="Päätöksenteko")


def test_a_title_match_ranks_above_pages_that_only_mention_the_word(client, module):
    # Made first: with no ranking it would come last (ties go to the newest page).
    make_lesson(module, title="Esteellisyys", body=paragraph("Milloin jäsen ei saa osallistua."))
    for n in range(3):
        make_lesson(module, title=f"Kokous {n}", body=paragraph("Esteellisyys ja esteellisyys mainitaan tässä."))

    assert search(client, "esteellisyys")[0] == "Esteellisyys"


def test_an_inflected_form_matches_and_still_ranks_the_title_first(client, module):
    make_lesson(module, title="Esteellisyys", body=paragraph("Milloin jäsen ei saa osallistua."))
    make_lesson(module, title="Kokous", body=paragraph("Puhuimme esteellisyydestä pitkään."))

    assert search(client, "esteellisyydestä") == ["Esteellisyys", "Kokous"]


def test_a_summary_or_key_point_match_ranks_above_a_body_mention(client, module):
    make_lesson(module, title="Talous", summary="Kunnan talousarvio ja sen laatiminen.")
    make_lesson(
        module,
        title="Suunnittelu",
        body=[("key_point", {"title": "Muista", "text": "<p>Talousarvio sitoo hallintoa.</p>"})],
    )
    make_lesson(module, title="Kokous", body=paragraph("Talousarvio käsiteltiin kokouksessa."))

    found = search(client, "talousarviossa")

    assert sorted(found[:2]) == ["Suunnittelu", "Talous"] and found[2] == "Kokous"


def test_a_theme_tag_ranks_the_course_above_lessons_that_mention_it(client, module):
    course = make_course(title="Johtaminen")
    course.tags.set(["strategia"])
    course.save_revision().publish()
    make_lesson(module, title="Kokous", body=paragraph("Strategia hyväksyttiin."))

    assert search(client, "strategiasta") == ["Johtaminen", "Kokous"]


def test_two_words_rank_the_page_with_both_in_its_title_first(client, module):
    make_lesson(module, title="Valtuusto ja kunnanhallitus", body=paragraph("Työnjako."))
    make_lesson(module, title="Kokous", body=paragraph("Valtuusto valitsee kunnanhallituksen."))

    assert search(client, "valtuusto kunnanhallitus") == ["Valtuusto ja kunnanhallitus", "Kokous"]


def test_swedish_pages_are_ranked_with_the_swedish_configuration(client, module):
    title_lesson = make_lesson(module, title="Kunta", body=paragraph("Teksti."))
    body_lesson = make_lesson(module, title="Kokous", body=paragraph("Teksti."))
    translate(title_lesson, title="Kommunen och regionen", body=paragraph("Text."))
    translate(body_lesson, title="Mötet", body=paragraph("Kommunen och regionen samarbetar."))

    assert search(client, "kommunerna", language="sv") == ["Kommunen och regionen", "Mötet"]
