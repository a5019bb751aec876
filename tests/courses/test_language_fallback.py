"""Honest language fallback: a page not yet translated is shown in Finnish with a notice in the reader's language
and marked lang="fi"; cards say which languages a course is offered in."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage, LessonPage, ModulePage
from home.locales import locale_trees_sync
from tests.builders import make_course_tree, translate

pytestmark = pytest.mark.django_db


def sv(message, in_language):
    """The Swedish interface text ("Den här lektionen finns ännu bara på finska." once compiled)."""
    with translation.override("sv"):
        return translation.gettext(message) % {"in_language": translation.gettext(in_language)}


def copy_in(page, code):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code=code)


def test_an_untranslated_lesson_says_so_in_swedish_and_english(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    translate(lessons[0], title="Lektion på svenska")
    locale_trees_sync()

    swedish_alias = copy_in(lessons[1], "sv")
    assert swedish_alias.alias_of_id == lessons[1].pk
    html = client.get(swedish_alias.url).content.decode()
    assert sv("This lesson is only available %(in_language)s so far.", in_language="in Finnish") in html
    assert '<div class="stream" lang="fi">' in html
    assert '<h1 lang="fi">' in html

    english_module = copy_in(lessons[1].get_parent(), "en")
    html = client.get(english_module.url).content.decode()
    assert "This module is only available in Finnish so far." in html

    english_course = copy_in(course, "en")
    assert "This course is only available in Finnish so far." in client.get(english_course.url).content.decode()


def test_a_translated_lesson_and_a_finnish_lesson_have_no_notice(client):
    _course, lessons = make_course_tree(modules=1, lessons=1)
    swedish = translate(lessons[0], title="Lektion på svenska")
    for url in (swedish.url, lessons[0].url):
        html = client.get(url).content.decode()
        assert "untranslated-notice" not in html


def test_catalogue_and_my_learning_cards_name_the_languages_of_each_course(client, learner):
    course, _lessons = make_course_tree(modules=1, lessons=1, title="Kaksikielinen kurssi")
    translate(course, title="Tvåspråkig kurs")
    make_course_tree(modules=1, lessons=1, title="Vain suomeksi")
    locale_trees_sync()

    response = client.get(course.get_parent().url)
    by_title = {card.course.title: card.languages for card in response.context["cards"]}
    assert by_title == {"Kaksikielinen kurssi": ["fi", "sv"], "Vain suomeksi": ["fi"]}
    assert '<span lang="sv">svenska</span>' in response.content.decode()

    client.post(reverse("courses:enrol", args=[course.id]))
    card = client.get("/sv/oma-oppiminen/").context["cards"][0]
    assert card.course.title == "Tvåspråkig kurs"
    assert card.languages == ["fi", "sv"]


def test_untranslated_pages_of_every_type_exist_as_aliases():
    make_course_tree(modules=1, lessons=1)
    locale_trees_sync()
    for model in (CoursePage, ModulePage, LessonPage):
        assert model.objects.filter(locale__language_code="sv", alias_of__isnull=False).exists()


def test_the_swedish_catalogue_offers_the_themes_of_the_swedish_courses(client):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    course.tags.add("strategia")
    course.save_revision().publish()
    course_sv = translate(course, title="Kurs på svenska")
    course_sv.tags.set(["strategi"])
    course_sv.save_revision().publish()

    finnish = client.get(course.get_parent().url).context["all_tags"]
    swedish = client.get(course_sv.get_parent().url).context["all_tags"]
    assert [tag.name for tag in finnish] == ["strategia"]
    assert [tag.name for tag in swedish] == ["strategi"]
