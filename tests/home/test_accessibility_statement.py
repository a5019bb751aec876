"""The accessibility statement the Act on the Provision of Digital Services (306/2019) requires: made once
by setup_site in Finnish, Swedish and English, linked from the footer of every page, edited like any page."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import querydict_from_html

from home.accessibility import ACCESSIBILITY_STATEMENT_KEY
from home.models import HomePage, StandardPage
from tests.builders import make_user

pytestmark = pytest.mark.django_db


def statements():
    pages = StandardPage.objects.filter(translation_key=ACCESSIBILITY_STATEMENT_KEY).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def setup_site():
    call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_setup_site_makes_the_statement_once_in_three_languages():
    setup_site()
    setup_site()

    pages = statements()
    assert sorted(pages) == ["en", "fi", "sv"]
    assert StandardPage.objects.filter(translation_key=ACCESSIBILITY_STATEMENT_KEY).count() == 3
    assert all(page.live for page in pages.values())
    assert pages["fi"].title == "Saavutettavuusseloste"
    assert pages["sv"].title == "Tillgänglighetsutlåtande"
    assert pages["en"].title == "Accessibility statement"
    assert HomePage.objects.filter(locale__language_code="sv").count() == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", ["osittain", "Liikenne- ja viestintävirasto Traficom", "029 534 5000", "14 päivän"]),
        ("sv", ["delvis", "Transport- och kommunikationsverket Traficom", "029 534 5000", "14 dagar"]),
        ("en", ["partially", "Finnish Transport and Communications Agency Traficom", "029 534 5000"]),
    ],
)
def test_the_statement_says_what_the_law_asks(client, language, words):
    setup_site()
    page = statements()[language]
    html = client.get(footer_link(client, language)).content.decode()

    assert f'<html lang="{language}">' in html
    for text in [page.title, "saavutettavuus@example.fi", "029 534 5000", "saavutettavuusvaatimukset.fi"]:
        assert text in html
    for text in words:
        assert text in html
    assert "306/2019" in html
    assert "axe-core" in html  # how it was assessed
    assert "2026" in html  # when


def footer_link(client, language):
    home = {"fi": "/", "sv": "/sv/", "en": "/en/"}[language]
    response = client.get(home)
    assert response.status_code == 200
    statement = response.context["statement"]
    assert f'<a href="{statement["url"]}">{statement["title"]}</a>' in response.content.decode()
    return statement["url"]


def test_every_language_links_to_its_own_statement(client):
    setup_site()
    pages = statements()
    assert footer_link(client, "fi") == "/saavutettavuusseloste/"
    assert footer_link(client, "sv") == pages["sv"].url == "/sv/tillganglighetsutlatande/"
    assert footer_link(client, "en") == pages["en"].url == "/en/accessibility-statement/"


def test_the_footer_link_costs_no_query_once_cached(client):
    setup_site()
    client.get("/tili/kirjaudu/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/tili/kirjaudu/")
    assert "/saavutettavuusseloste/" in response.content.decode()
    assert not [query for query in captured if "home_standardpage" in query["sql"]]


def test_without_a_statement_the_footer_has_no_link(client):
    response = client.get("/tili/kirjaudu/")
    assert response.status_code == 200
    assert "saavutettavuusseloste" not in response.content.decode()


def test_an_unpublished_translation_falls_back_to_the_finnish_statement(client):
    setup_site()
    assert footer_link(client, "sv") == "/sv/tillganglighetsutlatande/"
    statements()["sv"].unpublish()
    assert footer_link(client, "sv") == "/saavutettavuusseloste/"


def test_an_administrator_edits_the_statement_and_setup_keeps_the_edit(client):
    setup_site()
    admin = make_user(is_staff=True, is_superuser=True)
    client.force_login(admin)
    page = statements()["sv"]
    edit_url = f"/admin/pages/{page.id}/edit/"

    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    form["title"] = "Tillgänglighetsutlåtande för USO"
    form["action-publish"] = "action-publish"
    response = client.post(edit_url, form)
    assert response.status_code == 302

    setup_site()
    assert statements()["sv"].title == "Tillgänglighetsutlåtande för USO"
    assert "https://www.tillganglighetskrav.fi" in statements()["sv"].body  # the text survived the editor
    assert footer_link(client, "sv") == "/sv/tillganglighetsutlatande/"
    assert "Tillgänglighetsutlåtande för USO" in client.get("/sv/").content.decode()
