"""The public addresses other programs fetch (Open Badges backpacks and verifiers, link checkers, calendar
apps): HEAD answers as GET does, without a body, and the badge documents may be read from any origin."""

import pytest
from django.urls import reverse

from certificates import services as certificate_services
from certificates.models import BadgeAssertion
from events import services as event_services
from tests.builders import make_course
from tests.certificates.builders import completed_learner, make_badge_class
from tests.events.builders import make_event

pytestmark = pytest.mark.django_db

BADGE_DOCUMENTS = ("issuer", "revocation_list", "badge_class", "badge_image", "assertion")


@pytest.fixture
def addresses(db):
    learner, course = completed_learner(course=make_course())
    badge = make_badge_class(course)
    certificate = certificate_services.certificate_issue(user=learner, course_id=course.id)
    award = certificate_services.badge_assertion_issue(user=learner, course_id=course.id)
    event = make_event()  # the network's joint event: public
    feed = event_services.calendar_feed_ensure(user=learner)
    return {
        "issuer": reverse("certificates:issuer"),
        "revocation_list": reverse("certificates:revocation_list"),
        "badge_class": reverse("certificates:badge_class", args=[badge.uid]),
        "badge_image": reverse("certificates:badge_image", args=[badge.uid]),
        "assertion": reverse("certificates:assertion", args=[award.uid]),
        "verify": reverse("certificates:verify", args=[certificate.code]),
        "verify_unknown": reverse("certificates:verify", args=["AAAA-AAAA-AAAA-AAAA"]),
        "verify_lookup": reverse("certificates:verify_lookup"),
        "event_ics": reverse("events:event_ics", args=[event.pk]),
        "feed": reverse("events:feed", args=[feed.token]),
    }


@pytest.mark.parametrize(
    "name",
    [*BADGE_DOCUMENTS, "verify", "verify_unknown", "verify_lookup", "event_ics", "feed"],
)
def test_head_answers_as_get_does_without_a_body(client, addresses, name):
    got = client.get(addresses[name])
    head = client.head(addresses[name])
    assert got.status_code in (200, 404) and got.content
    assert head.status_code == got.status_code
    assert head["Content-Type"] == got["Content-Type"]
    assert head.get("Content-Disposition") == got.get("Content-Disposition")
    assert head.content == b""


@pytest.mark.parametrize("name", BADGE_DOCUMENTS)
def test_badge_documents_may_be_fetched_from_any_origin(client, addresses, name):
    response = client.get(addresses[name], headers={"Origin": "https://backpack.example.org"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.head(addresses[name])["Access-Control-Allow-Origin"] == "*"


def test_a_revoked_assertion_is_410_to_head_as_well(client, addresses):
    BadgeAssertion.objects.update(revoked=True, revocation_reason="Virhe")
    assert client.get(addresses["assertion"]).status_code == 410
    head = client.head(addresses["assertion"])
    assert head.status_code == 410
    assert head["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("name", ["verify", "event_ics", "feed", "issuer"])
def test_other_methods_are_still_refused(client, addresses, name):
    assert client.post(addresses[name]).status_code == 405
    assert client.put(addresses[name]).status_code == 405


def test_pages_with_personal_data_are_not_opened_to_other_origins(client, addresses):
    assert not client.get(addresses["verify"]).has_header("Access-Control-Allow-Origin")
    assert not client.get(addresses["feed"]).has_header("Access-Control-Allow-Origin")
