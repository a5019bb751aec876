"""The coordinator's page in the site: deciding requests to join and adding members, without admin rights."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation

from municipalities.models import JoinRequest, Network, NetworkMembership
from tests.builders import make_user

from .builders import make_leader, make_trainer, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return Network.objects.get(slug="uso-2021-2022")


def make_site_coordinator(**fields):
    """The coordinator's permission only: no access to the Wagtail admin."""
    user = make_user(**fields)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="municipalities", codename="view_network"))
    return user


@pytest.fixture
def coordinator(client):
    user = make_site_coordinator(first_name="Kaija", last_name="Koordinaattori", email="kaija@uso.example")
    client.force_login(user)
    return user


def ask_to_join(client, place, language):
    """A request sent through the public form, in `language`."""
    with translation.override(language):
        url = reverse("rosters:network")
    data = {"municipality": place.pk, "contact_name": "Sara Svensson", "email": "sara@example.fi", "message": "Hej!"}
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302
    translation.activate("en")  # the request left its language active in this thread; the tests read English
    return JoinRequest.objects.get(municipality=place)


def text_in(language, message, **params):
    with translation.override(language):
        return translation.gettext(message) % params


def page(client):
    return client.get(reverse("rosters:join_requests"))


def test_coordinator_approves_and_the_requester_hears_in_their_language(
    client, network, django_capture_on_commit_callbacks
):
    porvoo = municipality("638")
    join_request = ask_to_join(client, porvoo, "sv")
    assert join_request.language == "sv"
    coordinator = make_site_coordinator(email="kaija@uso.example")
    client.force_login(coordinator)

    listing = page(client)
    assert listing.status_code == 200
    assert "Sara Svensson" in listing.content.decode() and "Hej!" in listing.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("rosters:join_request_approve", args=[join_request.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("rosters:join_requests")
    assert NetworkMembership.objects.filter(network=network, municipality=porvoo, left_on__isnull=True).exists()
    join_request.refresh_from_db()
    assert (join_request.status, join_request.decided_by) == (JoinRequest.Status.APPROVED, coordinator)

    [message] = mail.outbox
    assert message.to == ["sara@example.fi"] and message.reply_to == ["kaija@uso.example"]
    # The Swedish name of the municipality, in a Swedish email.
    assert message.subject == text_in(
        "sv", "%(municipality)s is now a member of %(network)s", municipality="Borgå", network=network.name
    )
    assert "Hej Sara Svensson" in message.body or "Hello Sara Svensson" in message.body


def test_coordinator_declines_and_the_requester_is_told(client, network, django_capture_on_commit_callbacks):
    join_request = ask_to_join(client, municipality("109"), "fi")
    client.force_login(make_site_coordinator())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("rosters:join_request_decline", args=[join_request.pk]))
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.DECLINED
    assert not NetworkMembership.objects.filter(municipality=join_request.municipality).exists()
    [message] = mail.outbox
    assert message.subject == text_in("fi", "Your request to join %(network)s", network=network.name)
    assert "Hämeenlinna" in message.body


def test_a_decided_request_cannot_be_decided_again(client, network, django_capture_on_commit_callbacks):
    join_request = ask_to_join(client, municipality("109"), "fi")
    client.force_login(make_site_coordinator())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("rosters:join_request_decline", args=[join_request.pk]))
        response = client.post(reverse("rosters:join_request_approve", args=[join_request.pk]), follow=True)
    assert "This request was already decided" in response.content.decode()
    assert len(mail.outbox) == 1
    assert not NetworkMembership.objects.filter(municipality=join_request.municipality).exists()


def test_only_the_coordinator_decides(client, network):
    join_request = ask_to_join(client, municipality("109"), "fi")
    approve = reverse("rosters:join_request_approve", args=[join_request.pk])
    assert client.get(reverse("rosters:join_requests")).status_code == 302  # anonymous: to the login
    assert client.post(approve).status_code == 302
    for user in (make_user(), make_leader(municipality("109")), make_trainer()):
        client.force_login(user)
        assert page(client).status_code == 403
        assert client.post(approve).status_code == 403
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.PENDING and mail.outbox == []


def test_bad_requests_change_nothing(client, coordinator, network):
    join_request = ask_to_join(client, municipality("109"), "fi")
    client.force_login(coordinator)
    assert client.get(reverse("rosters:join_request_approve", args=[join_request.pk])).status_code == 405
    assert client.post(reverse("rosters:join_request_approve", args=[999999])).status_code == 404
    assert client.post("/en/verkosto/koordinointi/99999999999999999999999/hyvaksy/").status_code == 404
    join_request.refresh_from_db()
    assert join_request.status == JoinRequest.Status.PENDING


def test_coordinator_adds_a_member_directly(client, coordinator, network):
    espoo = municipality("049")
    response = client.post(reverse("rosters:member_add"), {"municipality": espoo.pk, "joined_on": "2025-09-01"})
    assert response.status_code == 302
    membership = NetworkMembership.objects.get(network=network, municipality=espoo)
    assert membership.joined_on == datetime.date(2025, 9, 1) and membership.left_on is None
    # Once a member, it is no longer offered; posting it anyway is refused.
    again = client.post(reverse("rosters:member_add"), {"municipality": espoo.pk, "joined_on": "2025-09-02"})
    assert "Select a valid choice" in again.content.decode()
    assert NetworkMembership.objects.filter(municipality=espoo).count() == 1


def test_a_municipality_that_left_can_be_added_again(client, coordinator, network):
    espoo = municipality("049")
    NetworkMembership.objects.create(
        network=network, municipality=espoo, joined_on=datetime.date(2021, 9, 1), left_on=datetime.date(2023, 1, 1)
    )
    client.post(reverse("rosters:member_add"), {"municipality": espoo.pk, "joined_on": "2025-09-01"})
    membership = NetworkMembership.objects.get(network=network, municipality=espoo)
    assert (membership.joined_on, membership.left_on) == (datetime.date(2025, 9, 1), None)


@pytest.mark.parametrize(
    "data",
    [
        {"joined_on": "2025-09-01"},
        {"municipality": "abc", "joined_on": "2025-09-01"},
        {"municipality": "049", "joined_on": "31.2.2025"},
        {"municipality": "049", "joined_on": "99999-01-01"},
        {"municipality": "049", "joined_on": "2025-09-01\x00"},
    ],
)
def test_adding_with_bad_input_is_explained_and_changes_nothing(client, coordinator, network, data):
    if data.get("municipality") == "049":
        data = {**data, "municipality": municipality("049").pk}
    response = client.post(reverse("rosters:member_add"), data)
    assert response.status_code == 200
    assert 'class="field-errors"' in response.content.decode()
    assert not NetworkMembership.objects.filter(municipality__code="049").exists()


def test_adding_a_municipality_with_a_waiting_request_points_to_the_request(client, coordinator, network):
    join_request = ask_to_join(client, municipality("109"), "fi")
    client.force_login(coordinator)
    response = client.post(
        reverse("rosters:member_add"), {"municipality": join_request.municipality.pk, "joined_on": "2025-09-01"}
    )
    assert "has a request waiting" in response.content.decode()
    assert not NetworkMembership.objects.filter(municipality=join_request.municipality).exists()
