"""The authorisation matrix: every endpoint for every kind of key. A municipality key reads its own
municipality (figures and people by name) and nothing of another; the network key reads figures of the
network and never a person; a missing, unknown, revoked or expired key reads nothing (401)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEvent
from api import services
from api.models import ApiToken
from municipalities.models import MunicipalLeader

pytestmark = pytest.mark.django_db

OK, BAD, UNAUTHORISED, FORBIDDEN, NOT_FOUND = 200, 400, 401, 403, 404
KEYS = ["none", "garbage", "leader_a", "leader_b", "coordinator", "revoked_a", "expired_a"]


def endpoints(world):
    a, b, course = world["a"].code, world["b"].code, world["course"].id
    return {
        "municipalities": reverse("api:municipalities"),
        "terms": reverse("api:terms"),
        "courses": reverse("api:courses"),
        "figures_a": reverse("api:municipality_figures", args=[a]),
        "figures_b": reverse("api:municipality_figures", args=[b]),
        "participants_a": reverse("api:participants", args=[a, course]),
        "participants_b": reverse("api:participants", args=[b, course]),
        "network": reverse("api:network_figures"),
    }


# Expected status per endpoint and key. Another municipality's code is a 404, as on the pages.
MATRIX = {
    "municipalities": {"leader_a": OK, "leader_b": OK, "coordinator": OK},
    "terms": {"leader_a": OK, "leader_b": OK, "coordinator": OK},
    "courses": {"leader_a": OK, "leader_b": OK, "coordinator": OK},
    "figures_a": {"leader_a": OK, "leader_b": NOT_FOUND, "coordinator": NOT_FOUND},
    "figures_b": {"leader_a": NOT_FOUND, "leader_b": OK, "coordinator": NOT_FOUND},
    "participants_a": {"leader_a": OK, "leader_b": NOT_FOUND, "coordinator": NOT_FOUND},
    "participants_b": {"leader_a": NOT_FOUND, "leader_b": OK, "coordinator": NOT_FOUND},
    "network": {"leader_a": FORBIDDEN, "leader_b": FORBIDDEN, "coordinator": OK},
}


@pytest.fixture
def all_keys(world, keys):
    leader_a = world["users"]["leader_a"]
    revoked = services.api_token_create(user=leader_a, name="Old", municipality=world["a"])
    services.api_token_revoke(token=revoked.token, by=leader_a)
    expired = services.api_token_create(user=leader_a, name="Expired", municipality=world["a"], days=1)
    return {
        **keys,
        "none": None,
        "garbage": "uso_abc_not-a-key",
        "revoked_a": revoked.key,
        "expired_a": expired.key,
    }


@pytest.mark.parametrize("endpoint", list(MATRIX))
@pytest.mark.parametrize("kind", KEYS)
def test_matrix(world, all_keys, api, endpoint, kind, time_machine):
    # The expired key was made for one day: two days on, it has expired.
    time_machine.move_to(timezone.now() + datetime.timedelta(days=2))
    if kind != "expired_a":
        ApiToken.objects.exclude(name="Expired").update(expires_at=timezone.now() + datetime.timedelta(days=30))
    response = api(all_keys[kind]).get(endpoints(world)[endpoint])
    expected = MATRIX[endpoint].get(kind, UNAUTHORISED)
    assert response.status_code == expected, response.content
    if expected == UNAUTHORISED:
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert b"Bertta" not in response.content and b"Aino" not in response.content


def test_network_key_never_reads_a_person(world, keys, api):
    client = api(keys["coordinator"])
    for path in endpoints(world).values():
        body = client.get(path).content.decode()
        for person in world["people"].values():
            assert person.last_name not in body
            assert person.email not in body


def test_leader_key_lists_only_its_own_municipality(world, keys, api):
    body = api(keys["leader_a"]).get(reverse("api:municipalities")).json()
    assert [row["code"] for row in body["results"]] == [world["a"].code]
    people = api(keys["leader_a"]).get(endpoints(world)["participants_a"]).json()
    assert {row["name"] for row in people["results"]} == {
        "Äijälä Aino",
        "Öhman Pekka",
        "Åström Saara",
        "Virtanen Ville",
    }


def test_key_stops_working_when_its_maker_no_longer_leads(world, keys, api):
    MunicipalLeader.objects.filter(user=world["users"]["leader_a"]).delete()
    response = api(keys["leader_a"]).get(endpoints(world)["figures_a"])
    assert response.status_code == FORBIDDEN


def test_network_key_stops_working_when_its_maker_is_no_longer_coordinator(world, keys, api):
    world["users"]["coordinator"].groups.clear()
    response = api(keys["coordinator"]).get(reverse("api:network_figures"))
    assert response.status_code == FORBIDDEN


def test_key_of_a_deactivated_person_is_refused(world, keys, api):
    leader = world["users"]["leader_a"]
    leader.is_active = False
    leader.save()
    assert api(keys["leader_a"]).get(reverse("api:terms")).status_code == UNAUTHORISED


def test_a_session_is_not_a_key(client, world):
    """Being signed in to the site does not open the API: a page could otherwise be made to read it."""
    client.force_login(world["users"]["leader_a"])
    assert client.get(endpoints(world)["participants_a"]).status_code == UNAUTHORISED


def test_every_use_is_in_the_audit_log(world, keys, api):
    path = endpoints(world)["participants_a"]
    api(keys["leader_a"]).get(path, {"status": "completed"})
    api(keys["leader_a"]).get(endpoints(world)["figures_b"])
    events = list(AuditEvent.objects.filter(what="reporting API").order_by("created_at"))
    assert len(events) == 2
    first, refused = events
    prefix = keys["leader_a"].split("_")[1]
    assert first.actor == world["users"]["leader_a"]
    assert first.municipality == world["a"]
    assert first.detail == {"key": prefix, "path": path, "query": {"status": "completed"}, "status": 200}
    assert refused.detail["status"] == NOT_FOUND


def test_a_key_is_stored_only_as_its_hash(world):
    new = services.api_token_create(user=world["users"]["leader_a"], name="HR", municipality=world["a"])
    row = ApiToken.objects.get(pk=new.token.pk)
    secret = new.key.split("_", 2)[2]
    assert secret not in row.secret_hash and row.secret_hash != new.key
    assert len(row.secret_hash) == 64


def test_a_leader_cannot_make_a_key_for_another_municipality_or_the_network(world):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.api_token_create(user=world["users"]["leader_a"], name="x", municipality=world["b"])
    with pytest.raises(PermissionDenied):
        services.api_token_create(user=world["users"]["leader_a"], name="x")
    with pytest.raises(PermissionDenied):
        services.api_token_create(user=world["users"]["coordinator"], name="x", municipality=world["a"])


def test_a_former_leader_who_coordinates_reads_only_where_names_are_shared_with_the_coordinator(world, keys, api):
    # The rule of municipalities_followed_by, asked of the key's one municipality (access.follows).
    leader = world["users"]["leader_a"]
    leader.groups.set(world["users"]["coordinator"].groups.all())
    MunicipalLeader.objects.filter(user=leader).delete()
    path = endpoints(world)["participants_a"]
    assert api(keys["leader_a"]).get(path).status_code == FORBIDDEN
    world["a"].names_shared_with_coordinator = True
    world["a"].save(update_fields=["names_shared_with_coordinator"])
    assert api(keys["leader_a"]).get(path).status_code == OK
