"""The corrected demo content (issue 15): the 99 § lesson, the time frame of autumn 2021, the scenario lesson,
the course minutes, the sote reform lesson and the modules' learning objectives, in Finnish and Swedish."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage, ModulePage
from search.selectors import site_search

pytestmark = pytest.mark.django_db

ORIENTATION, SUSTAINABILITY = "valtuustokauden-2021-2025-perehdytys", "kestava-kunnan-johtaminen"


@pytest.fixture(scope="module")
def demo(module_transaction):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115, PTH123


def text(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(page.body)))


def finnish(model, slug):
    """The autumn 2021 page (the 2025–2029 copy of the orientation, later in the tree, has the same slugs)."""
    return model.objects.filter(slug=slug, locale=Locale.get_default()).order_by("path").first()


def swedish(page):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="sv")


def test_each_demo_course_states_the_sum_of_its_lessons_minutes(demo):
    for slug in (ORIENTATION, SUSTAINABILITY):
        course = finnish(CoursePage, slug)
        lessons = LessonPage.objects.live().descendant_of(course)
        assert course.estimated_minutes == sum(lesson.estimated_minutes for lesson in lessons)
    assert finnish(CoursePage, SUSTAINABILITY).estimated_minutes == 138


def test_the_electronic_meeting_lesson_says_419_2021_relaxed_the_conditions(demo):
    lesson = finnish(LessonPage, "kokouskaytannot-ja-sahkoiset-kokoukset")
    body = text(lesson)
    assert "pysyvä" not in body
    assert "410/2015" in body and "väljensivät" in body
    assert "lättade villkoren" in text(swedish(lesson))


def test_no_demo_lesson_states_the_workshops_popularity_as_a_fact(demo):
    for lesson in LessonPage.objects.live().exclude(alias_of__isnull=False):
        body = text(lesson)
        assert "suosituimpia olivat" not in body and "suosituimpia työpajoja olivat" not in body, lesson.slug
        assert "var strategiworkshopparna" not in body and "mest populära." not in body.replace("bli mest", ""), (
            lesson.slug
        )


def test_the_scenario_lesson_counts_four_scenarios_and_guesses_none(demo):
    lesson = finnish(LessonPage, "skenaariot-unelmasta-uhkakuvaan")
    body = text(lesson)
    assert "neljä skenaariota" in body and "Neljännen skenaarion" in body
    assert "Tulkintamme" not in body and "tulkinta" not in body.lower()
    sv = text(swedish(lesson))
    assert "fjärde scenariets" in sv and "tolkning" not in sv


def test_the_sote_lesson_is_in_the_orientation_in_finnish_and_swedish(client, demo):
    lesson = finnish(LessonPage, "sote-uudistus-ja-valtuuston-tyo")
    body = text(lesson)
    assert "1.1.2023" in body and "23.1.2022" in body and "611/2021" in body
    assert lesson.get_parent().slug == "roolit"
    sv = swedish(lesson)
    assert "1 januari 2023" in text(sv) and "23 januari 2022" in text(sv)
    assert client.get(lesson.url).status_code == 200
    with translation.override("sv"):
        assert client.get(sv.url).status_code == 200
    # The 2025–2029 copy describes the welfare areas in its introduction and leaves the 2021 lesson out.
    copy = finnish(CoursePage, "valtuustokauden-2025-2029-perehdytys")
    assert not LessonPage.objects.descendant_of(copy).filter(slug=lesson.slug).exists()


def test_every_demo_module_shows_its_learning_objectives_in_finnish_and_swedish(client, demo):
    for slug in (ORIENTATION, SUSTAINABILITY):
        for module in ModulePage.objects.child_of(finnish(CoursePage, slug)):
            assert module.learning_objectives.startswith("<ul><li>"), module.slug
            html = client.get(module.url).content.decode()
            assert 'id="module-objectives"' in html
            sv = swedish(module)
            assert sv.learning_objectives and sv.learning_objectives != module.learning_objectives
            with translation.override("sv"):
                assert 'id="module-objectives"' in client.get(sv.url).content.decode()


def test_the_demo_is_found_by_lesson_title_case_and_tag(client, demo):
    def found(query, language="fi"):
        with translation.override(language):
            response = client.get(reverse("search:search"), {"q": query})
        assert response.status_code == 200
        return {hit.page.title for hit in response.context["hits"]}

    assert "Esteellisyys" in found("esteellisyys")
    assert "Esteellisyys" in found("Muhos")  # the KHO:2021:141 case
    every_strategia = {page.title for page in site_search(query="strategia", language="fi")}
    assert {"Valtuustokauden 2021–2025 perehdytys", "Kestävä kunnan johtaminen"} <= every_strategia
    assert "Jäv" in found("jäv", "sv")
