"""Content shown in another language than the interface says which language it is in (WCAG 3.1.2): a
Finnish lesson under /en/, where it has no English translation, carries lang="fi"."""

import re

import pytest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale

from tests.builders import make_course_tree

pytestmark = pytest.mark.django_db


def in_english(page):
    with translation.override("fi"):
        return translate_url(page.url, "en")


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_finnish_content_under_the_english_interface_is_marked_finnish(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    html = html_of(client, in_english(lessons[0]))

    assert '<html lang="en">' in html
    assert re.search(r'<h1 lang="fi">\s*' + re.escape(lessons[0].title), html)
    assert '<div class="stream" lang="fi">' in html
    assert f'lang="fi">{lessons[1].title}</a>' in html  # the module's lesson list
    assert f'<li lang="fi"><a href="{course.url}">{course.title}</a></li>' in html  # the breadcrumb


def test_content_in_the_interface_language_needs_no_mark(client):
    course, lessons = make_course_tree(modules=1, lessons=1)
    swedish = lessons[0].copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    swedish.title = "Lektion"
    swedish.save_revision().publish()

    for page in (lessons[0], swedish):
        main = html_of(client, page.url).split("<main", 1)[1].split("</main>", 1)[0]
        assert re.search(r"<h1>\s*" + re.escape(page.title), main)
        assert '<div class="stream">' in main


def test_an_untranslated_page_in_another_language_tree_is_marked_with_the_language_it_shows(client):
    course, lessons = make_course_tree(modules=1, lessons=1)
    swedish = lessons[0].copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    swedish.save_revision().publish()
    course_sv = course.get_translation(Locale.objects.get(language_code="sv"))
    assert course_sv.alias_of_id == course.id  # the parents were made as aliases of the Finnish pages

    html = html_of(client, swedish.url)
    assert f'<li lang="fi"><a href="{course_sv.url}">{course.title}</a></li>' in html
