"""The public network page, requests to join, and the coordinator's decision in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from municipalities.models import JoinRequest, MunicipalLeader, Network, NetworkMembership
from tests.builders import make_user
from tests.i18n import tr
from tests.refusals import assert_refused

from .builders import make_coordinator, make_trainer, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    return Network.objects.get(slug="uso-2021-2022")


@pytest.fixture
def members(network):
    return [
        NetworkMembership.objects.create(
            network=network, municipality=municipality("091"), joined_on=datetime.date(2021, 9, 1)
        ),
        NetworkMembership.objects.create(
            network=network, municipality=municipality("638"), joined_on=datetime.date(2021, 10, 15)
        ),
    ]


def ask_to_join(client, place, **fields):
    data = {"municipality": place.pk, "contact_name": "Kaisa Kuntala", "email": "kaisa@example.fi", "message": "Hei!"}
    return client.post(reverse("rosters:network"), {**data, **fields})


def test_public_page_lists_the_members_and_offers_only_non_members(client, members):
    response = client.get(reverse("rosters:network"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Helsinki" in page and "1.9.2021" in page and "Porvoo" in page and "15.10.2021" in page
    assert "2 municipalities belong to the network." in page
    form_municipalities = set(response.context["form"].fields["municipality"].queryset)
    assert municipality("091") not in form_municipalities
    assert municipality("109") in form_municipalities


def test_join_request_is_recorded_and_thanked(client, members, network):
    response = ask_to_join(client, municipality("109"))
    assert response.status_code == 302 and response["Location"] == reverse("rosters:join_request_sent")
    request = JoinRequest.objects.get()
    assert (request.network, request.municipality.code, request.status) == (network, "109", "pending")
    assert "Thank you for your request" in client.get(response["Location"]).content.decode()


def test_duplicate_pending_request_is_refused_with_the_input_kept(client, members):
    ask_to_join(client, municipality("109"))
    response = ask_to_join(client, municipality("109"), contact_name="Toinen Yhteyshenkilö")
    page = response.content.decode()
    assert response.status_code == 200
    assert "A request for Hämeenlinna was already sent on" in page and 'role="alert"' in page
    assert "Toinen Yhteyshenkilö" in page
    assert JoinRequest.objects.count() == 1


def test_a_member_cannot_ask_to_join(client, members):
    response = ask_to_join(client, municipality("091"))
    assert response.status_code == 200 and not JoinRequest.objects.exists()


def test_invalid_email_is_explained(client, members):
    response = ask_to_join(client, municipality("109"), email="ei-osoite")
    assert response.status_code == 200 and "Enter a valid email address." in response.content.decode()
    assert not JoinRequest.objects.exists()


# The coordinator's admin


@pytest.fixture
def join_request(network):
    return JoinRequest.objects.create(
        network=network, municipality=municipality("109"), contact_name="Kaisa", email="kaisa@example.fi"
    )


def admin_url(name, *args):
    return reverse(f"uso_join_requests:{name}", args=args)


def test_coordinator_approves_and_the_municipality_becomes_a_member(client, join_request, network):
    coordinator = make_coordinator()
    client.force_login(coordinator)
    listing = client.get(admin_url("index"))
    assert listing.status_code == 200
    assert "Hämeenlinna" in listing.content.decode()
    assert admin_url("approve", join_request.pk) in listing.content.decode()
    assert client.get(admin_url("approve", join_request.pk)).status_code == 200

    response = client.post(admin_url("approve", join_request.pk))
    assert response.status_code == 302
    membership = NetworkMembership.objects.get(network=network, municipality__code="109")
    assert membership.joined_on == timezone.localdate() and membership.left_on is None
    join_request.refresh_from_db()
    assert join_request.status == "approved" and join_request.decided_by == coordinator
    assert join_request.decided_at is not None
    assert "Hämeenlinna" in client.get(reverse("rosters:network")).content.decode()

    # Deciding again changes nothing.
    client.post(admin_url("decline", join_request.pk))
    join_request.refresh_from_db()
    assert join_request.status == "approved"


def test_approving_a_municipality_that_had_left_makes_it_a_member_again(client, join_request, network):
    NetworkMembership.objects.create(
        network=network,
        municipality=join_request.municipality,
        joined_on=datetime.date(2019, 1, 1),
        left_on=datetime.date(2020, 12, 31),
    )
    client.force_login(make_coordinator())
    client.post(admin_url("approve", join_request.pk))
    membership = NetworkMembership.objects.get(network=network, municipality=join_request.municipality)
    assert membership.left_on is None and membership.joined_on == timezone.localdate()


def test_coordinator_declines(client, join_request):
    client.force_login(make_coordinator())
    client.post(admin_url("decline", join_request.pk))
    join_request.refresh_from_db()
    assert join_request.status == "declined"
    assert not NetworkMembership.objects.exists()


def test_superuser_sees_the_network_admin(client, join_request):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    assert client.get(admin_url("index")).status_code == 200
    assert reverse("uso_join_requests:index") in client.get(reverse("wagtailadmin_home")).content.decode()


ADMIN_INDEXES = ["uso_join_requests", "uso_municipalities", "uso_memberships", "uso_leaders", "uso_roles"]


def test_trainer_sees_no_network_admin_and_cannot_decide(client, join_request):
    # Even with the model permissions on join requests a trainer is no coordinator: access follows
    # municipalities.view_network alone.
    trainer = make_trainer()
    trainer.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="municipalities", codename__in=["change_joinrequest", "view_joinrequest"]
        )
    )
    client.force_login(trainer)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    for name in ADMIN_INDEXES:
        assert reverse(f"{name}:index") not in home.content.decode()
        assert_refused(client, client.get(reverse(f"{name}:index")))
    # Wagtail turns a refusal into a redirect to the admin home with "Sorry, you do not have permission".
    for response in [
        client.get(admin_url("approve", join_request.pk)),
        client.post(admin_url("approve", join_request.pk)),
    ]:
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    join_request.refresh_from_db()
    assert join_request.status == "pending" and not NetworkMembership.objects.exists()


def test_learner_and_anonymous_cannot_reach_the_admin(client, join_request):
    assert client.post(admin_url("approve", join_request.pk)).status_code == 302  # to the admin login
    client.force_login(make_user())
    assert client.post(admin_url("approve", join_request.pk)).status_code == 302
    join_request.refresh_from_db()
    assert join_request.status == "pending"


def test_coordinator_listings_work(client, join_request, network):
    client.force_login(make_coordinator())
    NetworkMembership.objects.create(network=network, municipality=municipality("091"), joined_on=datetime.date.today())
    for name in ADMIN_INDEXES:
        assert client.get(reverse(f"{name}:index")).status_code == 200, name
    assert "Helsinki" in client.get(reverse("uso_municipalities:index"), {"q": "Helsin"}).content.decode()
    assert client.get(reverse("uso_join_requests:index"), {"status": "pending"}).status_code == 200


def test_coordinator_names_a_leader_by_email(client, hameenlinna):
    client.force_login(make_coordinator())
    person = make_user(email="liisa@example.fi")
    response = client.post(reverse("uso_leaders:add"), {"user": "liisa@example.fi", "municipality": hameenlinna.pk})
    assert response.status_code == 302
    assert MunicipalLeader.objects.filter(user=person, municipality=hameenlinna).exists()
    unknown = client.post(reverse("uso_leaders:add"), {"user": "ei-ole@example.fi", "municipality": hameenlinna.pk})
    assert tr("There is no account with this email address.") in unknown.content.decode()
