"""The assertion's address: a person's browser gets a readable badge page, a backpack or verifier gets the
Open Badges JSON-LD (content negotiation on Accept); the holder is offered the baked image and the address."""

import json

import pytest
from django.urls import reverse

from certificates.models import BadgeAssertion

from .test_open_badges import awarded

pytestmark = pytest.mark.django_db

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.fixture(autouse=True)
def _base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://perehdytys.example.fi"


def test_a_browser_gets_a_readable_page_with_what_when_and_who(client):
    _user, badge, assertion, _baked = awarded(client)
    client.logout()  # anyone with the address may check the badge
    response = client.get(reverse("certificates:assertion", args=[assertion.uid]), HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Accept" in response["Vary"]
    page = response.content.decode()
    assert f"<h1>{badge.name}</h1>" in page
    assert badge.criteria_narrative in page
    assert assertion.issued_on.strftime("%-d.%-m.%Y") in page
    assert reverse("certificates:badge_image", args=[badge.uid]) in page
    assert reverse("certificates:baked_badge", args=[assertion.uid]) not in page  # only the holder downloads


@pytest.mark.parametrize("accept", ["application/ld+json", "application/json", "*/*", ""])
def test_machines_get_the_json_ld_assertion(client, accept):
    _user, _badge, assertion, _baked = awarded(client)
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    response = client.get(reverse("certificates:assertion", args=[assertion.uid]), **headers)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert json.loads(response.content)["type"] == "Assertion"


def test_the_holder_is_offered_the_baked_image_and_the_address_to_copy(client):
    _user, _badge, assertion, _baked = awarded(client)
    response = client.get(reverse("certificates:assertion", args=[assertion.uid]), HTTP_ACCEPT=BROWSER_ACCEPT)

    page = response.content.decode()
    assert reverse("certificates:baked_badge", args=[assertion.uid]) in page
    assert f'value="https://perehdytys.example.fi{reverse("certificates:assertion", args=[assertion.uid])}"' in page


def test_a_revoked_badge_page_says_so_with_410(client):
    _user, _badge, assertion, _baked = awarded(client)
    BadgeAssertion.objects.filter(pk=assertion.pk).update(revoked=True, revocation_reason="Myönnetty virheellisesti")
    response = client.get(reverse("certificates:assertion", args=[assertion.uid]), HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 410
    page = response.content.decode()
    assert "Myönnetty virheellisesti" in page
    assert reverse("certificates:baked_badge", args=[assertion.uid]) not in page


def test_my_certificates_shows_the_badge_image_and_links_its_page(client):
    _user, badge, assertion, _baked = awarded(client)
    page = client.get(reverse("certificates:mine")).content.decode()

    assert reverse("certificates:badge_image", args=[badge.uid]) in page
    assert reverse("certificates:assertion", args=[assertion.uid]) in page
