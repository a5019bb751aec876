"""The coordinator links upcoming calendar events to a peer group on the group's page and unlinks them;
members see the linked events; nobody else changes the links, and a hostile id changes nothing."""

import pytest
from django.urls import reverse

from tests.events.builders import make_event, make_events_index, shift_event

from .helpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(db):
    index = make_events_index()
    upcoming = make_event(index, title="Puheenjohtajien aamukahvit")
    past = shift_event(make_event(index, title="Mennyt seminaari"), days=-30)
    return upcoming, past


def test_coordinator_links_and_unlinks_an_event(people, peer_group, events):
    upcoming, past = events
    client = client_for(people["coordinator"])
    url = reverse("discussions:group", args=[peer_group.pk])
    html = client.get(url).content.decode()
    assert f'<option value="{upcoming.pk}">' in html
    assert "Mennyt seminaari" not in html  # a past event is not offered
    response = client.post(reverse("discussions:group_events", args=[peer_group.pk]), {"event": upcoming.pk})
    assert response["Location"] == url
    assert list(peer_group.events.all()) == [upcoming]
    member_html = client_for(people["learner_a"]).get(url).content.decode()
    assert "Puheenjohtajien aamukahvit" in member_html
    assert reverse("discussions:group_events", args=[peer_group.pk]) not in member_html
    client.post(reverse("discussions:group_events", args=[peer_group.pk]), {"action": "remove", "event": upcoming.pk})
    assert not peer_group.events.exists()


@pytest.mark.parametrize("hostile", ["", "abc", "-1", "99999999", "1 OR 1=1", "9" * 40])
def test_hostile_ids_change_nothing(people, peer_group, events, hostile):
    upcoming, past = events
    peer_group.events.add(upcoming)
    client = client_for(people["coordinator"])
    url = reverse("discussions:group_events", args=[peer_group.pk])
    for data in ({"event": hostile}, {"action": "remove", "event": hostile}, {"event": past.pk}):
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        assert list(response.context["messages"])[-1].level_tag == "error"
    assert list(peer_group.events.all()) == [upcoming]


def test_only_the_coordinator_links_events(people, peer_group, events):
    upcoming, _ = events
    url = reverse("discussions:group_events", args=[peer_group.pk])
    for role in ("learner_a", "leader_a", "trainer"):
        assert client_for(people[role]).post(url, {"event": upcoming.pk}).status_code == 404
    assert client_for(None).post(url, {"event": upcoming.pk}).status_code == 302  # to the login
    assert client_for(people["coordinator"]).get(url).status_code == 405
    assert not peer_group.events.exists()
