"""The site-wide search page (/haku/): what it finds, in which language, and what it never shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.builders import make_course, make_lesson, make_module, translate

pytestmark = pytest.mark.django_db

MUHOS_CASE = {
    "title": "Esteellinen jäsen jäi kokoukseen",
    "municipality": "Muhos",
    "situation": "<p>Hallituksen jäsen oli paikalla asian käsittelyn ajan.</p>",
    "lesson": "<p>Päätös kumottiin.</p>",
    "source": "KHO:2021:141",
}


def search_url(language="fi"):
    with translation.override(language):
        return reverse("search:search")


def titles(response):
    return [hit.page.title for hit in response.context["hits"]]


@pytest.fixture
def tree():
    course = make_course(title="Valtuutetun perehdytys")
    course.tags.set(["strategia"])
    course.save_revision().publish()
    module = make_module(course, title="Päätöksenteko")
    lesson = make_lesson(
        module,
        title="Esteellisyys",
        summary="Milloin jäsen on esteellinen.",
        body=[
            ("key_point", {"title": "Muista", "text": "<p>Jäävi jäsen poistuu huoneesta.</p>"}),
            ("case", MUHOS_CASE),
        ],
    )
    return course, module, lesson


def test_a_case_is_found_by_its_municipality_with_the_course_and_module_named(client, tree):
    course, module, lesson = tree
    response = client.get(search_url(), {"q": "Muhos"})
    assert response.status_code == 200
    [hit] = response.context["hits"]
    assert hit.page.pk == lesson.pk
    assert (hit.course.title, hit.module.title) == (course.title, module.title)
    html = response.content.decode()
    assert lesson.url in html and course.url in html and module.url in html


def test_a_key_point_is_searched(client, tree):
    assert titles(client.get(search_url(), {"q": "huoneesta"})) == ["Esteellisyys"]


def test_a_course_is_found_by_its_theme_tag(client, tree):
    assert titles(client.get(search_url(), {"q": "strategia"})) == ["Valtuutetun perehdytys"]


def test_a_swedish_search_finds_the_swedish_lesson_and_not_the_finnish_one(client, tree):
    course, module, lesson = tree
    translate(course, title="Introduktion för ledamöter")
    translate(module, title="Beslutsfattande")
    translate(
        lesson,
        title="Jäv",
        summary="När en ledamot är jävig.",
        body=[
            ("key_point", {"title": "Kom ihåg", "text": "<p>En jävig ledamot lämnar rummet.</p>"}),
            ("case", {**MUHOS_CASE, "title": "En jävig ledamot stannade kvar"}),
        ],
    )
    with translation.override("sv"):
        response = client.get(search_url("sv"), {"q": "Muhos"})
    assert titles(response) == ["Jäv"]
    assert [(hit.course.title, hit.module.title) for hit in response.context["hits"]] == [
        ("Introduktion för ledamöter", "Beslutsfattande")
    ]
    assert titles(client.get(search_url(), {"q": "rummet"})) == []  # Swedish words, Finnish search


def test_unpublished_and_private_pages_never_appear(client, tree):
    course, module, lesson = tree
    hidden = make_lesson(module, title="Salainen", body=[("paragraph", "<p>Muhos salaisuus.</p>")])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    lesson.unpublish()
    assert titles(client.get(search_url(), {"q": "Muhos"})) == []


@pytest.mark.parametrize("query", ["!!! ??? ...", '"', "(", "*", "AND OR NOT", "Muhos OR", "💥", "a" * 200])
def test_hostile_queries_answer_with_a_page_never_an_error(client, tree, query):
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["\x00", "Muhos\x00"])
def test_a_nul_byte_is_refused_with_a_page(client, tree, query):
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 400  # home/middleware.py refuses control characters in any address
    assert "<html" in response.content.decode()


def test_a_query_of_punctuation_only_gets_a_message(client, tree):
    response = client.get(search_url(), {"q": "!!! ??? ..."})
    assert response.status_code == 200
    assert "Kirjoita" in response.content.decode()


def test_a_ten_thousand_character_query_is_refused_with_a_message(client, tree):
    response = client.get(search_url(), {"q": "Muhos " * 2000})
    assert response.status_code == 400
    assert response.context["hits"] == []
    assert "200" in response.context["message"]


def test_results_are_paginated_with_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    course = make_course(title="Kurssi")
    module = make_module(course, title="Moduuli")
    for n in range(25):
        make_lesson(module, title=f"Kuntalaki {n}", body=[("paragraph", "<p>Kuntalaki ja valtuusto.</p>")])
    client.get(search_url(), {"q": "valtuusto"})  # the header's cached parts, once
    with CaptureQueriesContext(connection) as one_hit:
        client.get(search_url(), {"q": "Kuntalaki 7"})
    with django_assert_max_num_queries(len(one_hit)):
        first = client.get(search_url(), {"q": "valtuusto"})
    assert len(one_hit) <= 20
    assert first.context["page_obj"].paginator.count == 25
    assert len(first.context["hits"]) == 10
    with django_assert_max_num_queries(len(one_hit)):
        last = client.get(search_url(), {"q": "valtuusto", "sivu": "3"})
    assert len(last.context["hits"]) == 5
    assert all(hit.module.title == "Moduuli" for hit in last.context["hits"])
    assert client.get(search_url(), {"q": "valtuusto", "sivu": "x'"}).status_code == 200


def test_the_header_has_a_search_box(client, tree):
    html = client.get(search_url()).content.decode()
    assert 'role="search"' in html and f'action="{search_url()}"' in html


@pytest.mark.postgres
def test_an_inflected_finnish_form_finds_the_lesson_on_postgresql(client, tree):
    if connection.vendor != "postgresql":
        pytest.skip("stemming is PostgreSQL's finnish text search configuration")
    assert titles(client.get(search_url(), {"q": "esteellisyydestä"})) == ["Esteellisyys"]
    assert titles(client.get(search_url(), {"q": "strategiasta"})) == ["Valtuutetun perehdytys"]
