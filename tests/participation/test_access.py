"""Who sees what: every page and export for every kind of user. A leader sees only the municipalities they
lead; another municipality's code in the URL is a 404, as if it did not exist."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

OK, LOGIN, FORBIDDEN, NOT_FOUND = 200, 302, 403, 404
VIEWERS = ["anonymous", "learner", "leader_a", "leader_b", "coordinator", "superuser"]

# Expected status per viewer, for pages about municipality A (Hämeenlinna), whose leaders have not shared the
# names with the coordinator (test_coordinator_names.py: once they have, the coordinator gets in).
MUNICIPALITY_A = {
    "anonymous": LOGIN,
    "learner": NOT_FOUND,
    "leader_a": OK,
    "leader_b": NOT_FOUND,
    "coordinator": NOT_FOUND,
    "superuser": OK,
}
NETWORK = {
    "anonymous": LOGIN,
    "learner": FORBIDDEN,
    "leader_a": FORBIDDEN,
    "leader_b": FORBIDDEN,
    "coordinator": OK,
    "superuser": OK,
}


def login(client, world, viewer):
    if viewer != "anonymous":
        client.force_login(world["users"][viewer])


def municipality_urls(code):
    return [
        reverse("participation:municipality", args=[code]),
        reverse("participation:participants_export", args=[code, "csv"]) + "?role=councillor",
        reverse("participation:participants_export", args=[code, "xlsx"]),
        reverse("participation:summary_export", args=[code, "csv"]),
        reverse("participation:summary_export", args=[code, "xlsx"]),
    ]


def network_urls():
    return [
        reverse("participation:network"),
        reverse("participation:network_export", args=["csv"]),
        reverse("participation:network_export", args=["xlsx"]),
    ]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("viewer", VIEWERS)
def test_municipality_pages_and_exports(client, world, viewer):
    login(client, world, viewer)
    for url in municipality_urls(world["a"].code):
        response = client.get(url)
        assert response.status_code == MUNICIPALITY_A[viewer], (viewer, url)
        if response.status_code == LOGIN:
            assert response["Location"].startswith(reverse("accounts:login"))
        if response.status_code == OK and "osallistujat.csv" in url:
            assert "Äijälä".encode() in body(response)


@pytest.mark.parametrize("viewer", VIEWERS)
def test_network_overview_and_exports(client, world, viewer):
    login(client, world, viewer)
    for url in network_urls():
        assert client.get(url).status_code == NETWORK[viewer], (viewer, url)


def test_leader_of_b_changing_the_code_never_sees_a_people(client, world):
    client.force_login(world["users"]["leader_b"])
    for url in municipality_urls(world["a"].code):
        response = client.get(url)
        assert response.status_code == NOT_FOUND
        assert "Äijälä".encode() not in body(response)
    own = client.get(reverse("participation:municipality", args=[world["b"].code])).content.decode()
    assert "Espoolainen" in own
    assert "Äijälä" not in own and "Öhman" not in own


def test_unknown_code_and_unknown_export_format_are_404(client, world):
    client.force_login(world["users"]["coordinator"])
    assert client.get(reverse("participation:municipality", args=["999"])).status_code == NOT_FOUND
    csv_url = reverse("participation:participants_export", args=[world["a"].code, "csv"])
    assert client.get(csv_url.replace(".csv", ".pdf")).status_code == NOT_FOUND


def test_landing_page_sends_a_leader_of_one_municipality_straight_in(client, world):
    client.force_login(world["users"]["leader_a"])
    response = client.get(reverse("participation:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("participation:municipality", args=[world["a"].code])


def test_landing_page_lists_every_municipality_a_leader_follows(client, world):
    leader = world["users"]["leader_a"]
    leader.led_municipalities.create(municipality=world["b"])
    client.force_login(leader)
    response = client.get(reverse("participation:index"))
    assert response.status_code == OK
    assert [place.code for place in response.context["municipalities"]] == [world["b"].code, world["a"].code]


def test_landing_page_offers_the_coordinator_the_network(client, world):
    client.force_login(world["users"]["coordinator"])
    response = client.get(reverse("participation:index"))
    assert reverse("participation:network") in response.content.decode()
    assert {place.code for place in response.context["municipalities"]} == {world["a"].code, world["b"].code}


def test_landing_page_tells_a_learner_they_follow_nobody(client, world):
    client.force_login(world["users"]["learner"])
    response = client.get(reverse("participation:index"))
    assert response.status_code == FORBIDDEN
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize("viewer", ["learner", "leader_a", "coordinator"])
def test_header_shows_participation_only_to_leaders_and_the_coordinator(client, world, viewer):
    login(client, world, viewer)
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert (reverse("participation:index") in html) == (viewer != "learner")
