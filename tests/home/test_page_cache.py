"""Anonymous visitors get pages from the shared cache (home/page_cache.py), and never a stale or someone
else's page: every edit, unpublish, move and delete shows at once, languages and people are kept apart."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from events.services import registration_create
from tests.assessments.builders import make_quiz, make_quiz_lesson
from tests.builders import make_course_tree, make_lesson, make_module, make_user, translate
from tests.events.builders import make_event, member_municipality
from tests.i18n import tr

pytestmark = pytest.mark.django_db

NOT_TRANSLATED = "This page is not available in this language yet; here is the nearest one."


def queries_of(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, len(captured)


def publish(page, **fields):
    """Edit a live page the way the admin does: a new revision, published."""
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def lesson_body(text):
    return LessonPage.body.field.stream_block.to_python([{"type": "paragraph", "value": f"<p>{text}</p>"}])


@pytest.fixture
def lesson(db):
    _course, lessons = make_course_tree(modules=1, lessons=2)
    return lessons[0]


def test_second_anonymous_request_is_served_without_a_query(client, lesson):
    first, first_queries = queries_of(client, lesson.url)
    second, second_queries = queries_of(client, lesson.url)

    assert first.status_code == second.status_code == 200
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    assert "Cookie" in second["Vary"]


def test_without_the_page_cache_setting_every_request_is_rendered(client, lesson, settings):
    settings.PAGE_CACHE = False
    client.get(lesson.url)
    response, queries = queries_of(client, lesson.url)
    assert response.status_code == 200
    assert queries > 0


@pytest.mark.parametrize("page_of", ["home", "catalogue", "course", "module", "lesson"])
def test_every_public_page_of_the_course_tree_is_cached(client, lesson, page_of):
    module = lesson.get_parent()
    course = module.get_parent()
    url = {
        "home": "/",
        "catalogue": course.get_parent().url,
        "course": course.url,
        "module": module.url,
        "lesson": lesson.url,
    }[page_of]
    assert client.get(url).status_code == 200
    response, queries = queries_of(client, url)
    assert response.status_code == 200
    assert queries == 0


def test_edited_lesson_shows_its_new_text_at_once_to_anonymous_and_signed_in_readers(client, lesson):
    assert "Oppitunnin teksti." in client.get(lesson.url).content.decode()

    publish(lesson, body=lesson_body("Uusi versio tekstistä."), title="Uusi otsikko")

    anonymous = client.get(lesson.url).content.decode()
    assert "Uusi versio tekstistä." in anonymous
    assert "Uusi otsikko" in anonymous
    assert "Oppitunnin teksti." not in anonymous
    client.force_login(make_user())
    signed_in = client.get(lesson.url).content.decode()
    assert "Uusi versio tekstistä." in signed_in
    assert "Oppitunnin teksti." not in signed_in


def test_an_edit_shows_on_the_pages_that_list_the_lesson(client, lesson):
    module = lesson.get_parent()
    client.get(module.url)
    client.get(lesson.get_next_sibling().url)  # its "previous lesson" link names this lesson

    publish(lesson, title="Uudelleen nimetty oppitunti")

    assert "Uudelleen nimetty oppitunti" in client.get(module.url).content.decode()
    assert "Uudelleen nimetty oppitunti" in client.get(lesson.get_next_sibling().url).content.decode()


def test_unpublished_lesson_is_gone_at_once(client, lesson):
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_deleted_lesson_is_gone_at_once(client, lesson):
    url = lesson.url
    assert client.get(url).status_code == 200
    LessonPage.objects.get(pk=lesson.pk).delete()
    assert client.get(url).status_code == 404


def test_moved_lesson_leaves_its_old_address_and_its_old_module(client, lesson):
    old_url = lesson.url
    old_module = lesson.get_parent()
    new_module = make_module(old_module.get_parent(), title="Toinen moduuli")
    client.get(old_url)
    client.get(old_module.url)
    client.get(new_module.url)

    LessonPage.objects.get(pk=lesson.pk).move(new_module, pos="last-child")

    moved = LessonPage.objects.get(pk=lesson.pk)
    old_address = client.get(old_url)  # Wagtail leaves a redirect behind, instead of the cached page
    assert old_address.status_code == 301
    assert old_address["Location"].endswith(moved.url)
    new_page = client.get(moved.url)
    assert new_page.status_code == 200
    assert "Toinen moduuli" in new_page.content.decode()  # the breadcrumb
    assert moved.title not in client.get(old_module.url).content.decode()
    assert moved.title in client.get(new_module.url).content.decode()


def test_each_language_is_cached_apart(client, lesson):
    swedish = translate(lesson, title="Lektion på svenska")
    finnish_first = client.get(lesson.url, HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    swedish_page = client.get(swedish.url).content.decode()
    english_header = client.get(lesson.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="fi">' in finnish_first
    assert '<html lang="sv">' in swedish_page
    assert "Lektion på svenska" in swedish_page
    assert english_header == finnish_first  # the address decides the language, not the browser's wish
    client.cookies["django_language"] = "sv"
    assert '<html lang="fi">' in client.get(lesson.url).content.decode()


def test_a_signed_in_page_is_never_served_to_anyone_else(client, lesson):
    person = make_user(first_name="Salainen", last_name="Valtuutettu")
    client.force_login(person)
    own = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" in own  # the log-out form

    client.logout()
    anonymous = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" not in anonymous
    assert reverse("accounts:logout") not in anonymous
    assert "Salainen" not in anonymous


def test_a_signed_in_person_never_gets_the_anonymous_copy(client, lesson):
    anonymous = client.get(lesson.url).content.decode()
    client.get(lesson.url)  # now from the cache
    client.force_login(make_user())

    response, queries = queries_of(client, lesson.url)

    assert queries > 0
    page = response.content.decode()
    assert page != anonymous
    assert reverse("accounts:logout") in page


def test_a_page_showing_a_message_is_not_cached_nor_is_the_message_lost(client, lesson):
    """The language switch leaves a message for the next page; a visitor carrying it bypasses the cache,
    and the page that shows it is not stored for the next visitor."""
    course_sv = translate(lesson.get_parent().get_parent(), title="Kurs")  # the nearest page in Swedish
    client.get(course_sv.url)  # cached without a message

    response = client.get(f"/kieli/sv/?page={lesson.id}", follow=True)

    with translation.override("sv"):
        message = escape(translation.gettext(NOT_TRANSLATED))
    assert response.redirect_chain[-1][0] == course_sv.url
    assert message in response.content.decode()
    assert message not in client.get(course_sv.url).content.decode()


def test_searches_and_filters_are_rendered_each_time(client, lesson):
    catalogue = lesson.get_parent().get_parent().get_parent()
    client.get(catalogue.url + "?q=Kurssi")
    response, queries = queries_of(client, catalogue.url + "?q=Kurssi")
    assert response.status_code == 200
    assert queries > 0


def test_a_page_behind_a_password_is_not_cached(client, lesson):
    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="salasana"
    )
    assert "Oppitunnin teksti." not in client.get(lesson.url).content.decode()
    assert "Oppitunnin teksti." not in client.get(lesson.url).content.decode()

    restriction.delete()
    assert "Oppitunnin teksti." in client.get(lesson.url).content.decode()


def test_a_lesson_added_to_a_module_appears_at_once(client, lesson):
    module = lesson.get_parent()
    client.get(module.url)
    make_lesson(module, title="Aivan uusi oppitunti")
    assert "Aivan uusi oppitunti" in client.get(module.url).content.decode()


def test_event_page_and_calendar_show_a_new_registration_at_once(client):
    hameenlinna = member_municipality("109")
    event = make_event(capacity=20)
    seats = "%(taken)s / %(capacity)s places taken"  # the same wording on the event and in the calendar
    assert tr(seats, taken=0, capacity=20) in client.get(event.url).content.decode()
    assert tr(seats, taken=0, capacity=20) in client.get(event.get_parent().url).content.decode()

    registration_create(event=event, user=make_user(municipality=hameenlinna))

    assert tr(seats, taken=1, capacity=20) in client.get(event.url).content.decode()
    assert tr(seats, taken=1, capacity=20) in client.get(event.get_parent().url).content.decode()


def test_an_edited_quiz_shows_in_its_lesson_at_once(client, lesson):
    quiz = make_quiz(title="Ensimmäinen nimi")
    quiz_lesson = make_quiz_lesson(lesson.get_parent(), quiz)
    assert "Ensimmäinen nimi" in client.get(quiz_lesson.url).content.decode()

    quiz.title = "Korjattu nimi"
    quiz.save()

    page = client.get(quiz_lesson.url).content.decode()
    assert "Korjattu nimi" in page
    assert "Ensimmäinen nimi" not in page
