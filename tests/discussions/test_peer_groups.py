"""The coordinator forms peer groups across member municipalities; members see each other's name,
municipality and role only when they opted in to a network profile."""

import pytest
from django.urls import reverse

from discussions.models import DiscussionPreferences, PeerGroup
from municipalities.terms import current_term
from tests.builders import make_user

from .helpers import client_for

pytestmark = pytest.mark.django_db


def chair(municipality, **fields):
    user = make_user(municipality=municipality, **fields)
    user.roles.create(municipality=municipality, term=current_term(), role="council_chair")
    return user


def test_coordinator_forms_a_group_by_role(people, hameenlinna, porvoo):
    from tests.builders import municipality

    chair_a = chair(hameenlinna, first_name="Anna", last_name="Puheenjohtaja")
    chair_b = chair(porvoo, first_name="Björn", last_name="Ordförande")
    chair(municipality("091"), first_name="Ei", last_name="Jäsenkunta")  # Helsinki is not a member here
    client = client_for(people["coordinator"])
    response = client.post(reverse("discussions:groups"), {"name": "Valtuuston puheenjohtajat", "description": ""})
    group = PeerGroup.objects.get()
    assert response["Location"] == reverse("discussions:group", args=[group.pk])
    client.post(reverse("discussions:group_members", args=[group.pk]), {"action": "role", "role": "council_chair"})
    assert set(group.memberships.values_list("user", flat=True)) == {chair_a.pk, chair_b.pk}
    client.post(
        reverse("discussions:group_members", args=[group.pk]), {"action": "email", "email": people["learner_a"].email}
    )
    client.post(reverse("discussions:group_members", args=[group.pk]), {"action": "email", "email": "ei@ole.fi"})
    assert group.memberships.count() == 3
    client.post(reverse("discussions:group_members", args=[group.pk]), {"action": "remove", "user": chair_b.pk})
    assert group.memberships.count() == 2


def test_only_the_coordinator_forms_groups(people, peer_group):
    for role in ("learner_a", "leader_a", "trainer"):
        client = client_for(people[role])
        assert client.post(reverse("discussions:groups"), {"name": "Oma ryhmä"}).status_code == 404
        response = client.post(
            reverse("discussions:group_members", args=[peer_group.pk]), {"action": "email", "email": people[role].email}
        )
        assert response.status_code == 404
    assert PeerGroup.objects.count() == 1
    assert peer_group.memberships.count() == 2


def test_members_see_each_other_only_with_a_network_profile(people, peer_group):
    url = reverse("discussions:group", args=[peer_group.pk])
    html = client_for(people["learner_a"]).get(url).content.decode()
    assert "Bertil" not in html and "Lindqvist" not in html
    DiscussionPreferences.objects.create(user=people["learner_b"], network_profile=True)
    html = client_for(people["learner_a"]).get(url).content.decode()
    assert "Bertil Lindqvist" in html and "Porvoo" in html
    # The coordinator who formed the group sees every member.
    people["learner_b"].discussion_preferences.delete()
    assert "Bertil Lindqvist" in client_for(people["coordinator"]).get(url).content.decode()


def test_network_profile_is_off_by_default_and_set_on_the_settings_page(people):
    client = client_for(people["learner_a"])
    page = client.get(reverse("discussions:preferences")).content.decode()
    assert 'name="network_profile"' in page and "checked" not in page
    client.post(reverse("discussions:preferences"), {"network_profile": "on"})
    assert DiscussionPreferences.objects.get(user=people["learner_a"]).network_profile


def test_group_list_shows_own_groups_only(people, peer_group):
    other = PeerGroup.objects.create(name="Kunnanhallitusten puheenjohtajat")
    html = client_for(people["learner_a"]).get(reverse("discussions:groups")).content.decode()
    assert peer_group.name in html and other.name not in html
    html = client_for(people["coordinator"]).get(reverse("discussions:groups")).content.decode()
    assert peer_group.name in html and other.name in html
