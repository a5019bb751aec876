"""The privacy notice (tietosuojaseloste) GDPR articles 13 and 14 require: made once by setup_site in Finnish,
Swedish and English beside the accessibility statement, linked from the footer of every page, editable."""

import json
from urllib.parse import urljoin

import pytest
from django.core.management import call_command
from django.test import override_settings
from lxml import html as lxml_html
from wagtail.test.utils.form_data import querydict_from_html

from home.models import StandardPage
from home.privacy_notice import PRIVACY_NOTICE_KEY
from tests.builders import make_user

pytestmark = pytest.mark.django_db


def notices():
    pages = StandardPage.objects.filter(translation_key=PRIVACY_NOTICE_KEY).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def setup_site():
    call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115


def footer_link(client, language):
    home = {"fi": "/", "sv": "/sv/", "en": "/en/"}[language]
    response = client.get(home)
    assert response.status_code == 200
    privacy = response.context["privacy"]
    assert f'<a href="{privacy["url"]}">{privacy["title"]}</a>' in response.content.decode()
    return privacy["url"]


def test_setup_site_makes_the_notice_once_in_three_languages():
    setup_site()
    setup_site()

    pages = notices()
    assert StandardPage.objects.filter(translation_key=PRIVACY_NOTICE_KEY).count() == 3
    assert all(page.live for page in pages.values())
    assert {code: page.title for code, page in pages.items()} == {
        "fi": "Tietosuojaseloste",
        "sv": "Dataskyddsbeskrivning",
        "en": "Privacy notice",
    }


def test_every_language_links_to_its_own_notice_next_to_the_accessibility_statement(client):
    setup_site()
    assert footer_link(client, "fi") == "/tietosuojaseloste/"
    assert footer_link(client, "sv") == "/sv/dataskyddsbeskrivning/"
    # English has no site tree of its own: like the accessibility statement, its notice is reached under /en/.
    assert footer_link(client, "en") == "/en/privacy-notice/"

    footer = client.get("/tili/kirjaudu/").content.decode().split('<footer class="site-footer">')[1]
    assert footer.index("/saavutettavuusseloste/") < footer.index("/tietosuojaseloste/")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "fi",
            ["Rekisterinpitäjä", "täydentää", "yleisen edun mukainen tehtävä", "suostumuksesi", "terveydestäsi",
             "Tietosuojavaltuutetun toimisto", "tietosuoja.fi", "EU:n tai Euroopan talousalueen ulkopuolelle",
             "400 päivää", 'href="/tili/omat-tiedot/"', "JSON"],
        ),
        (
            "sv",
            ["Personuppgiftsansvarig", "fyller här i", "uppgift av allmänt intresse", "ditt samtycke", "din hälsa",
             "Dataombudsmannens byrå", "tietosuoja.fi", "utanför EU", "400 dagar", 'href="/sv/tili/omat-tiedot/"',
             "JSON"],
        ),
        (
            "en",
            ["Controller", "fills in", "public interest", "your consent", "your health",
             "Office of the Data Protection Ombudsman", "tietosuoja.fi", "outside the EU", "400 days",
             'href="/en/tili/omat-tiedot/"', "JSON"],
        ),
    ],
)  # fmt: skip
@override_settings(PERSONAL_DATA_RETENTION_DAYS=400)
def test_the_notice_says_what_articles_13_and_14_ask(client, language, words):
    setup_site()
    response = client.get(footer_link(client, language))
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    for text in [notices()[language].title, "tietosuoja@example.fi", "tietosuoja@om.fi", "2016/679", "2026"]:
        assert text in html
    for text in words:
        assert text in html


@pytest.mark.parametrize(
    ("language", "link_text"), [("fi", "Omat tiedot"), ("sv", "Mina uppgifter"), ("en", "Your data")]
)
def test_the_your_data_link_in_the_notice_leads_to_the_download(client, language, link_text):
    setup_site()
    person = make_user(email="lukija@example.fi")
    client.force_login(person)
    notice = lxml_html.fromstring(client.get(footer_link(client, language)).content.decode())
    [address] = notice.xpath("//main//a[normalize-space(.)=$text]/@href", text=link_text)

    page = client.get(address)
    assert page.status_code == 200
    [download] = lxml_html.fromstring(page.content.decode()).xpath("//main//a[@download]/@href")
    data = client.get(urljoin(address, download))
    assert data["Content-Type"].startswith("application/json")
    assert json.loads(data.content)["account"]["email"] == "lukija@example.fi"


def test_an_administrator_edits_the_notice_and_setup_keeps_the_edit(client):
    setup_site()
    client.force_login(make_user(is_staff=True, is_superuser=True))
    page = notices()["fi"]
    edit_url = f"/admin/pages/{page.id}/edit/"

    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    form["title"] = "Tietosuojaseloste – Esimerkkikunta"
    form["action-publish"] = "action-publish"
    assert client.post(edit_url, form).status_code == 302

    setup_site()
    assert notices()["fi"].title == "Tietosuojaseloste – Esimerkkikunta"
    assert "mailto:tietosuoja@om.fi" in notices()["fi"].body  # the text survived the editor
    assert "Tietosuojaseloste – Esimerkkikunta" in client.get("/").content.decode()


def test_without_a_notice_the_footer_has_no_link(client):
    response = client.get("/tili/kirjaudu/")
    assert response.status_code == 200
    assert "tietosuojaseloste" not in response.content.decode()
