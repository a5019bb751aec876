"""Council terms as data: loaded with the law's dates, edited in the admin without overlaps, the current one
read from today's date, and every dashboard, export and the network overview showing one term at a time."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from municipalities.models import CouncilTerm, Role
from municipalities.terms import current_term
from tests.builders import make_course_tree, make_user
from tests.participation.builders import (
    HAMEENLINNA,
    join_network,
    make_coordinator,
    make_leader,
    make_person,
    municipality,
    progress,
)

pytestmark = pytest.mark.django_db


def term(name):
    return CouncilTerm.objects.get(name=name)


def test_the_three_terms_are_loaded_with_the_dates_of_the_law():
    terms = {t.name: (t.election_date, t.starts_on, t.ends_on) for t in CouncilTerm.objects.all()}
    assert terms["2017–2021"] == (datetime.date(2017, 4, 9), datetime.date(2017, 6, 1), datetime.date(2021, 7, 31))
    # Act 256/2021: elections moved to 13 June, the term shortened to 1.8.2021–31.5.2025.
    assert terms["2021–2025"] == (datetime.date(2021, 6, 13), datetime.date(2021, 8, 1), datetime.date(2025, 5, 31))
    assert terms["2025–2029"] == (datetime.date(2025, 4, 13), datetime.date(2025, 6, 1), datetime.date(2029, 5, 31))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2021-07-31", "2017–2021"),
        ("2021-08-01", "2021–2025"),
        ("2025-05-31", "2021–2025"),
        ("2025-06-01", "2025–2029"),
        ("2026-12-03", "2025–2029"),
        ("2030-01-01", "2025–2029"),  # no newer term entered yet: the last one's people stay current
    ],
)
def test_the_current_term_follows_the_clock(day, expected):
    with time_machine.travel(datetime.datetime.fromisoformat(f"{day}T12:00:00+02:00"), tick=False):
        assert current_term().name == expected


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(email="admin@example.fi", is_superuser=True, is_staff=True))
    return client


def test_an_administrator_adds_the_next_term_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("council_terms:add"),
        {"name": "2029–2033", "election_date": "2029-04-08", "starts_on": "2029-06-01", "ends_on": "2033-05-31"},
    )
    assert response.status_code == 302
    assert term("2029–2033").starts_on == datetime.date(2029, 6, 1)
    with time_machine.travel(datetime.datetime(2029, 6, 1, 9, tzinfo=datetime.UTC), tick=False):
        assert current_term().name == "2029–2033"  # the cache was cleared when the term was saved


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"starts_on": "2029-05-01", "ends_on": "2033-05-31"},
            "menevät päällekkäin valtuustokauden 2025–2029 (01.06.2025–31.05.2029)",
        ),  # in Finnish, the admin's language
        ({"starts_on": "2029-06-01", "ends_on": "2029-05-31"}, "Valtuustokausi ei voi päättyä ennen kuin se alkaa."),
        (
            {"starts_on": "2029-06-01", "ends_on": "2033-05-31", "election_date": "2029-06-02"},
            "Vaalit pidetään ennen valtuustokauden alkua.",
        ),
    ],
)
def test_an_overlapping_or_backwards_term_is_refused_with_a_clear_message(admin_client, fields, message):
    before = CouncilTerm.objects.count()
    response = admin_client.post(reverse("council_terms:add"), {"name": "2029–2033", **fields})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert CouncilTerm.objects.count() == before


def test_editing_a_term_into_its_neighbour_is_refused(admin_client):
    current = term("2025–2029")
    response = admin_client.post(
        reverse("council_terms:edit", args=[current.pk]),
        {"name": current.name, "starts_on": "2025-05-01", "ends_on": "2029-05-31"},
    )
    assert "menevät päällekkäin valtuustokauden 2021–2025" in response.content.decode()
    current.refresh_from_db()
    assert current.starts_on == datetime.date(2025, 6, 1)


def test_only_administrators_manage_terms(client):
    trainer = make_user(email="trainer@example.fi", is_staff=True)
    client.force_login(trainer)
    response = client.get(reverse("council_terms:index"))
    assert response.status_code in (302, 403)
    assert client.post(reverse("council_terms:add"), {"name": "x"}).status_code in (302, 403)
    assert not CouncilTerm.objects.filter(name="x").exists()


@pytest.fixture
def two_terms(db):
    """Hämeenlinna: one re-elected councillor, one who left after 2021–2025, one new in 2025–2029."""
    join_network(HAMEENLINNA)
    place = municipality(HAMEENLINNA)
    course, lessons = make_course_tree(modules=1, lessons=2)
    old, new = term("2021–2025"), term("2025–2029")
    kept = make_person(place, Role.COUNCILLOR, term=old, first_name="Kaisa", last_name="Jatkaja")
    kept.roles.create(municipality=place, term=new, role=Role.BOARD_MEMBER)
    left = make_person(place, Role.COUNCILLOR, term=old, first_name="Lauri", last_name="Lähtijä")
    fresh = make_person(place, Role.COUNCILLOR, term=new, first_name="Uuno", last_name="Uusi")
    for person in (kept, left):
        progress(person, course, lessons)
    return {"place": place, "course": course, "kept": kept, "left": left, "fresh": fresh}


def names(response):
    return [row.name for row in response.context["rows"]]


def test_the_dashboard_shows_the_current_term_and_earlier_terms_as_history(client, two_terms):
    client.force_login(make_leader(two_terms["place"]))
    url = reverse("participation:municipality", args=[HAMEENLINNA])

    now = client.get(url)
    assert names(now) == ["Jatkaja Kaisa", "Uusi Uuno"]
    assert now.context["figures"].by_course[two_terms["course"].id].completed == 1
    assert not now.context["term_choice"].is_history

    history = client.get(url, {"term": "2021–2025"})
    assert names(history) == ["Jatkaja Kaisa", "Lähtijä Lauri"]
    assert history.context["figures"].by_course[two_terms["course"].id].completed == 2
    assert history.context["term_choice"].is_history
    assert "2021–2025" in history.content.decode()

    for bogus in ("2099–2103", "x" * 5000):
        assert names(client.get(url, {"term": bogus})) == ["Jatkaja Kaisa", "Uusi Uuno"]
    # A control character in any query value is refused before the view (home/middleware.py).
    assert client.get(url, {"term": "2021–2025\x00"}).status_code == 400


def test_exports_follow_the_term(client, two_terms):
    client.force_login(make_leader(two_terms["place"]))
    args = [HAMEENLINNA, "csv"]
    current = b"".join(client.get(reverse("participation:participants_export", args=args)).streaming_content)
    history = b"".join(
        client.get(reverse("participation:participants_export", args=args), {"term": "2021–2025"}).streaming_content
    )
    assert "Lähtijä" not in current.decode("utf-8-sig") and "Uusi" in current.decode("utf-8-sig")
    assert "Lähtijä" in history.decode("utf-8-sig") and "Uusi" not in history.decode("utf-8-sig")
    summary = client.get(reverse("participation:summary_export", args=args), {"term": "2021–2025"})
    assert summary.status_code == 200


def test_the_network_overview_follows_the_term(client, two_terms):
    client.force_login(make_coordinator())
    rows = client.get(reverse("participation:network")).context["overview"]["rows"]
    history = client.get(reverse("participation:network"), {"term": "2021–2025"}).context["overview"]["rows"]
    # Two people in each term (the re-elected one with two roles counts once); the figures differ.
    assert rows[0].people.count == 2 and rows[0].completed.count == 1
    assert history[0].people.count == 2 and history[0].completed.count == 2


def test_reminders_reach_only_people_of_the_current_term(two_terms):
    from rosters.selectors import reminder_recipients

    recipients = reminder_recipients(municipality=two_terms["place"], course=two_terms["course"], target="not_started")
    assert list(recipients) == [two_terms["fresh"]]
    gone = make_person(two_terms["place"], Role.COUNCILLOR, term=term("2021–2025"))
    assert gone not in reminder_recipients(
        municipality=two_terms["place"], course=two_terms["course"], target="not_started"
    )  # a former official gets no reminder, though they never started
