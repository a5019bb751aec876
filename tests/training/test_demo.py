"""`make demo` (load_demo) makes what the README promises: the privacy notice and the accessibility statement
in Finnish, Swedish and English, linked from the footer of every page, no footer link leading to a 404, and every
address the README's "What each role can do" gives opening for the role it is given under.

The demo is loaded once for the module (loading it takes long) and rolled back after the last test."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from events.models import EventIndexPage
from home.accessibility import ACCESSIBILITY_STATEMENT_KEY
from home.models import StandardPage
from home.privacy_notice import PRIVACY_NOTICE_KEY

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
ORIENTATION = "valtuustokauden-2021-2025-perehdytys"
LEARNER = "valtuutettu@example.fi"
LEADER = "kunnanjohtaja@example.fi"
COORDINATOR = "koordinaattori@example.fi"
README = Path(__file__).resolve().parents[2] / "README.md"
# The README's role headings and the demo login of each (None: signed out).
README_ROLES = {
    "Anyone, signed out": None,
    "Learner (new councillor)": LEARNER,
    "Trainer": "kouluttaja@example.fi",
    "Municipal leader": LEADER,
    "Network coordinator": COORDINATOR,
    "Administrator": "admin@example.fi",
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo as `make demo` loads it, built once and rolled back after the module's last test."""
    with django_db_blocker.unblock():
        cache.clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        cache.clear()


def _translated(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def _view(name, language):
    with translation.override(language):
        return reverse(name)


def _pages(language):
    """One address of each kind a visitor meets: Wagtail pages of every level, Django views, a 404."""
    course = CoursePage.objects.get(locale=Locale.get_default(), slug=ORIENTATION)
    module = ModulePage.objects.child_of(course).live().first()
    lesson = LessonPage.objects.child_of(module).live().first()
    wagtail_pages = {
        "home": Page.objects.get(depth=2, locale=Locale.get_default()).specific,
        "catalogue": CourseIndexPage.objects.get(locale=Locale.get_default()),
        "course": course,
        "module": module,
        "lesson": lesson,
        "event-calendar": EventIndexPage.objects.get(locale=Locale.get_default()),
    }
    pages = {kind: (None, _translated(page, language).url) for kind, page in wagtail_pages.items()}
    pages["login"] = (None, _view("accounts:login", language))
    pages["network"] = (None, _view("rosters:network", language))
    pages["my-learning"] = (LEARNER, _view("courses:my_learning", language))
    pages["participation"] = (LEADER, _view("participation:index", language))
    pages["not-found"] = (None, {"fi": "/", "sv": "/sv/", "en": "/en/"}[language] + "ei-ole-olemassa/")
    return pages


def _footer_links(html):
    footer = BeautifulSoup(html, "html.parser").find("footer", class_="site-footer")
    assert footer is not None
    return {a["href"]: a.get_text(strip=True) for a in footer.find_all("a", href=True)}


def _client_for(email):
    client = Client()
    if email:
        client.force_login(get_user_model().objects.get(email=email))
    return client


def _statement_url(key, language):
    return StandardPage.objects.get(translation_key=key, locale__language_code=language).url


def test_the_demo_has_the_notice_and_the_statement_in_three_languages(demo):
    for key in (PRIVACY_NOTICE_KEY, ACCESSIBILITY_STATEMENT_KEY):
        pages = StandardPage.objects.filter(translation_key=key).select_related("locale")
        assert sorted(page.locale.language_code for page in pages if page.live) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_its_languages_notice_and_statement_and_no_footer_link_is_broken(demo, language):
    notice = _statement_url(PRIVACY_NOTICE_KEY, language)
    statement = _statement_url(ACCESSIBILITY_STATEMENT_KEY, language)
    crawled = {}
    for kind, (email, url) in _pages(language).items():
        response = _client_for(email).get(url, follow=True)  # the leader's index leads to their municipality
        assert response.status_code == (404 if kind == "not-found" else 200), (kind, url)
        links = _footer_links(response.content.decode())
        assert notice in links, (kind, url, links)
        assert statement in links, (kind, url, links)
        for href in links:
            if href.startswith("/"):
                crawled.setdefault(href, Client().get(href))

    assert crawled, "no footer link was followed"
    for href, response in crawled.items():
        assert response.status_code == 200, href
        # Each link leads to a page in the visitor's language, whose own footer links it back.
        assert f'<html lang="{language}">' in response.content.decode(), href
        assert href in _footer_links(response.content.decode())


def test_setup_site_after_the_demo_adds_nothing(demo):
    """The demo already holds everything setup_site makes, so an operator running both gets no duplicates."""
    before = Page.objects.count()
    call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.count() == before
    assert StandardPage.objects.filter(translation_key=PRIVACY_NOTICE_KEY).count() == len(LANGUAGES)


def _readme_addresses_by_role():
    """The demo addresses (`/…/` in backticks, without placeholders) under each role's heading of the README's
    "What each role can do" section."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## What each role can do", 1)[1].split("\n## ", 1)[0]
    found = {}
    for block in section.split("\n### ")[1:]:
        heading, _, body = block.partition("\n")
        found[heading.strip()] = sorted(set(re.findall(r"`(/[^`<>…\s]*)`", body)))
    return found


def test_the_readme_names_each_role_of_the_demo():
    assert list(_readme_addresses_by_role()) == list(README_ROLES)


def test_every_address_the_readme_gives_a_role_opens_for_that_role(demo):
    for heading, addresses in _readme_addresses_by_role().items():
        client = _client_for(README_ROLES[heading])
        assert addresses, heading
        for address in addresses:
            response = client.get(address, follow=True)
            assert response.status_code == 200, (heading, address)
            assert response.redirect_chain == [] or address in ("/osallistuminen/",), (heading, address)


def test_the_quiz_lesson_the_readme_names_offers_a_quiz(demo):
    client = _client_for(LEARNER)
    html = client.get("/kurssit/valtuustokauden-2021-2025-perehdytys/roolit/esteellisyys/").content.decode()
    assert "/kokeet/" in html


@pytest.mark.parametrize("email", [LEARNER, LEADER, COORDINATOR])
def test_only_trainers_and_administrators_of_the_demo_reach_the_admin(demo, email):
    client = _client_for(email)
    assert client.get("/admin/")["Location"] == "/oma-oppiminen/"
    assert client.get("/admin/uso_join_requests/").status_code != 200


def test_the_demo_leader_lands_on_hameenlinnas_dashboard(demo):
    assert _client_for(LEADER).get("/osallistuminen/")["Location"] == "/osallistuminen/kunta/109/"
