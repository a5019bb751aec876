"""The public course catalogue, filtered by theme and searched."""

import pytest

from tests.builders import make_course, make_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    index = make_index()
    strategy = make_course(index, title="Kuntastrategia ja talous", summary="Strategia ohjaa talousarviota.")
    strategy.tags.add("strategia")
    strategy.save_revision().publish()
    roles = make_course(index, title="Roolit ja vastuut", summary="Luottamushenkilöt ja viranhaltijat.")
    roles.tags.add("roolit", "kaksoisjohtaminen")
    roles.save_revision().publish()
    return index, strategy, roles


def titles(response):
    return [course.title for course in response.context["courses"]]


def test_catalogue_lists_live_courses_for_anyone(client, catalogue):
    index, strategy, roles = catalogue
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == [strategy.title, roles.title]


def test_filter_by_theme(client, catalogue):
    index, _strategy, roles = catalogue
    response = client.get(index.url, {"tag": "kaksoisjohtaminen"})
    assert titles(response) == [roles.title]
    assert "kaksoisjohtaminen" in response.content.decode()


def test_search(client, catalogue):
    index, strategy, _roles = catalogue
    assert titles(client.get(index.url, {"q": "talousarviota"})) == [strategy.title]


def test_search_and_theme_together_and_no_results(client, catalogue):
    index, _strategy, _roles = catalogue
    response = client.get(index.url, {"q": "talousarviota", "tag": "roolit"})
    assert titles(response) == []
    assert response.status_code == 200


def test_unknown_theme_gives_an_empty_list_not_an_error(client, catalogue):
    index, _strategy, _roles = catalogue
    response = client.get(index.url, {"tag": "<script>"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "<script>" not in response.content.decode()


def test_unpublished_course_is_not_listed(client, catalogue):
    index, strategy, roles = catalogue
    roles.unpublish()
    assert titles(client.get(index.url)) == [strategy.title]
