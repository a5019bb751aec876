"""Open Badges 2.0 hosted documents: each has the specification's required fields; the recipient is a
salted hash; revocation answers 410; the downloaded PNG carries the assertion (Baking 2.0)."""

import hashlib
import io
import json
from datetime import datetime

import pytest
from django.urls import reverse
from PIL import Image

from certificates.models import BadgeAssertion
from tests.builders import make_course, make_user

from .builders import completed_learner, make_badge_class

pytestmark = pytest.mark.django_db

CONTEXT = "https://w3id.org/openbadges/v2"
BASE = "https://perehdytys.example.fi"


@pytest.fixture(autouse=True)
def _base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


def get_json(client, url, status=200):
    response = client.get(url.removeprefix(BASE))
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/ld+json")
    return json.loads(response.content)


def awarded(client, email="aino@example.fi"):
    user, course = completed_learner(email=email)
    badge = make_badge_class(course)
    client.force_login(user)
    response = client.get(reverse("certificates:badge_for_course", args=[course.id]))
    assert response.status_code == 302
    baked = client.get(response.url)
    assert baked.status_code == 200
    return user, badge, BadgeAssertion.objects.get(user=user), baked


def test_issuer_profile_has_the_required_fields(client):
    issuer = get_json(client, reverse("certificates:issuer"))

    assert issuer["@context"] == CONTEXT
    assert issuer["type"] in ("Issuer", "Profile")
    assert issuer["id"] == BASE + reverse("certificates:issuer")
    assert issuer["name"] and issuer["url"].startswith("http") and "@" in issuer["email"]
    assert issuer["revocationList"] == BASE + reverse("certificates:revocation_list")


def test_badge_class_has_the_required_fields_and_an_image(client):
    badge = make_badge_class(make_course())

    document = get_json(client, reverse("certificates:badge_class", args=[badge.uid]))

    assert document["@context"] == CONTEXT
    assert document["type"] == "BadgeClass"
    assert document["id"] == BASE + reverse("certificates:badge_class", args=[badge.uid])
    assert document["name"] == badge.name
    assert document["description"] == badge.description
    assert document["criteria"]["narrative"] == badge.criteria_narrative
    assert document["issuer"] == BASE + reverse("certificates:issuer")
    image = client.get(document["image"].removeprefix(BASE))
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(image.content)).size == (400, 400)


def test_assertion_has_the_required_fields_and_a_salted_hashed_recipient(client):
    _user, badge, assertion, _baked = awarded(client, email="aino@example.fi")
    client.logout()  # hosted verification: anyone can fetch the assertion

    document = get_json(client, reverse("certificates:assertion", args=[assertion.uid]))

    assert document["@context"] == CONTEXT
    assert document["type"] == "Assertion"
    assert document["id"] == BASE + reverse("certificates:assertion", args=[assertion.uid])
    assert document["badge"] == BASE + reverse("certificates:badge_class", args=[badge.uid])
    assert document["verification"] == {"type": "hosted"}
    recipient = document["recipient"]
    assert recipient["type"] == "email" and recipient["hashed"] is True
    expected = "sha256$" + hashlib.sha256(("aino@example.fi" + recipient["salt"]).encode()).hexdigest()
    assert recipient["identity"] == expected
    assert "aino@example.fi" not in json.dumps(document)
    assert datetime.fromisoformat(document["issuedOn"]).tzinfo is not None


def test_baked_png_carries_the_assertion(client):
    _user, _badge, assertion, baked = awarded(client)

    image = Image.open(io.BytesIO(baked.content))
    image.load()
    baked_assertion = json.loads(image.text["openbadges"])

    assert baked["Content-Type"] == "image/png"
    assert baked_assertion == get_json(client, reverse("certificates:assertion", args=[assertion.uid]))


def test_revoked_assertion_answers_410_and_is_in_the_revocation_list(client):
    _user, _badge, assertion, _baked = awarded(client)
    BadgeAssertion.objects.filter(pk=assertion.pk).update(revoked=True, revocation_reason="Myönnetty virheellisesti")
    url = reverse("certificates:assertion", args=[assertion.uid])

    document = get_json(client, url, status=410)
    revocations = get_json(client, reverse("certificates:revocation_list"))

    assert document["id"] == BASE + url
    assert document["revoked"] is True
    assert document["revocationReason"] == "Myönnetty virheellisesti"
    assert "recipient" not in document
    assert revocations["type"] == "RevocationList"
    assert revocations["issuer"] == BASE + reverse("certificates:issuer")
    assert revocations["revokedAssertions"] == [{"id": BASE + url, "revocationReason": "Myönnetty virheellisesti"}]
    assert client.get(reverse("certificates:baked_badge", args=[assertion.uid])).status_code == 404


def test_no_badge_for_an_incomplete_course_and_none_of_anothers(client):
    _owner, badge, assertion, _baked = awarded(client)
    stranger = make_user()
    client.force_login(stranger)

    assert client.get(reverse("certificates:badge_for_course", args=[badge.course_id])).status_code == 404
    assert client.get(reverse("certificates:baked_badge", args=[assertion.uid])).status_code == 404
    assert BadgeAssertion.objects.count() == 1


def test_awarding_twice_keeps_one_assertion(client):
    user, _badge, _assertion, _baked = awarded(client)
    course_id = BadgeAssertion.objects.get(user=user).badge_class.course_id
    client.get(reverse("certificates:badge_for_course", args=[course_id]))
    assert BadgeAssertion.objects.filter(user=user).count() == 1
