"""The page where a leader or the coordinator makes and revokes keys."""

import pytest
from django.urls import reverse

from api.models import ApiToken

pytestmark = pytest.mark.django_db


def test_a_learner_gets_no_keys(client, world):
    client.force_login(world["people"]["pekka"])
    assert client.get(reverse("api_keys:tokens")).status_code == 403
    assert client.post(reverse("api_keys:tokens"), {"name": "x", "scope": "network", "days": 30}).status_code == 403
    assert not ApiToken.objects.exists()


def test_leader_makes_a_key_that_is_shown_once_and_works(client, world, api):
    client.force_login(world["users"]["leader_a"])
    page = client.get(reverse("api_keys:tokens"))
    choices = [value for value, _label in page.context["form"].fields["scope"].choices]
    assert choices == [world["a"].code]  # not B, not the network
    response = client.post(reverse("api_keys:tokens"), {"name": "HR", "scope": world["a"].code, "days": 30})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    key = response.context["new_key"].key
    assert key in response.content.decode()
    assert key not in client.get(reverse("api_keys:tokens")).content.decode()
    assert api(key).get(reverse("api:participants", args=[world["a"].code, world["course"].id])).status_code == 200


def test_a_leader_cannot_make_a_key_for_the_network_or_another_municipality(client, world):
    client.force_login(world["users"]["leader_a"])
    for scope in ("network", world["b"].code, "999"):
        response = client.post(reverse("api_keys:tokens"), {"name": "HR", "scope": scope, "days": 30})
        assert response.status_code == 400
    assert not ApiToken.objects.exists()


@pytest.mark.parametrize("days", ["0", "366", "abc", ""])
def test_expiry_out_of_range_is_refused_with_a_message(client, world, days):
    client.force_login(world["users"]["coordinator"])
    response = client.post(reverse("api_keys:tokens"), {"name": "Net", "scope": "network", "days": days})
    assert response.status_code == 400
    assert response.context["form"].errors["days"]


def test_coordinator_makes_a_network_key(client, world, api):
    client.force_login(world["users"]["coordinator"])
    response = client.post(reverse("api_keys:tokens"), {"name": "Net", "scope": "network", "days": 30})
    key = response.context["new_key"].key
    assert api(key).get(reverse("api:network_figures")).status_code == 200


def test_revoking_stops_the_key_and_only_the_maker_may(client, world, keys, api):
    token = ApiToken.objects.get(created_by=world["users"]["leader_a"])
    client.force_login(world["users"]["leader_b"])
    assert client.post(reverse("api_keys:token_revoke", args=[token.pk])).status_code == 404
    client.force_login(world["users"]["leader_a"])
    assert client.get(reverse("api_keys:token_revoke", args=[token.pk])).status_code == 405
    response = client.post(reverse("api_keys:token_revoke", args=[token.pk]), follow=True)
    body = response.content.decode()
    assert "Peruttu" in body  # the key stays listed, marked revoked (Finnish first)
    assert reverse("api_keys:token_revoke", args=[token.pk]) not in body
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert api(keys["leader_a"]).get(reverse("api:terms")).status_code == 401


def test_the_dashboard_links_to_the_keys_page(client, world):
    client.force_login(world["users"]["leader_a"])
    body = client.get(reverse("participation:municipality", args=[world["a"].code])).content.decode()
    assert f'href="{reverse("api_keys:tokens")}"' in body
