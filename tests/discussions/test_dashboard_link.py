"""The leader's dashboard links to the page where the leader names the municipality's discussion moderators;
the coordinator, who cannot open that page, gets no link; the link costs a leader no query."""

import pytest
from django.urls import reverse

from discussions.dashboard import dashboard_context
from municipalities.access import is_network_coordinator
from tests.builders import make_leader

from .helpers import client_for

pytestmark = pytest.mark.django_db


def test_leader_dashboard_links_to_the_moderator_page(people, hameenlinna):
    dashboard = reverse("participation:municipality", args=[hameenlinna.code])
    moderators = reverse("discussions:moderators", args=[hameenlinna.code])
    client = client_for(people["leader_a"])
    html = client.get(dashboard).content.decode()
    assert f'href="{moderators}"' in html
    assert client.get(moderators).status_code == 200


def test_coordinator_gets_no_link_unless_leading(people, hameenlinna):
    hameenlinna.names_shared_with_coordinator = True
    hameenlinna.save()
    dashboard = reverse("participation:municipality", args=[hameenlinna.code])
    moderators = reverse("discussions:moderators", args=[hameenlinna.code])
    response = client_for(people["coordinator"]).get(dashboard)
    assert response.status_code == 200
    assert moderators not in response.content.decode()
    hameenlinna.leaders.create(user=people["coordinator"])
    assert moderators in client_for(people["coordinator"]).get(dashboard).content.decode()


def test_the_link_costs_a_leader_no_query(hameenlinna, django_assert_num_queries):
    leader = make_leader(hameenlinna)
    is_network_coordinator(leader)  # the dashboard view has asked this already: the permissions are cached
    with django_assert_num_queries(0):
        assert dashboard_context(municipality=hameenlinna, user=leader)["leads"]
