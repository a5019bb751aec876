"""The participant list a page at a time: each person once, in id order, with the status asked for, and a page
costs the same number of queries however many people the municipality has and however deep the page is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from municipalities.models import Role
from tests.participation.builders import make_person, progress

pytestmark = pytest.mark.django_db

# Key, rights, the page's ids, those people in full, the audit line.
QUERIES_A_PAGE = 5


def _walk(client, path, **query):
    """Every page through the `next` links: the rows of each page."""
    pages, body = [], client.get(path, query).json()
    pages.append(body["results"])
    while body["next"]:
        body = client.get(body["next"]).json()
        pages.append(body["results"])
    return pages


def _path(world):
    return reverse("api:participants", args=[world["a"].code, world["course"].id])


@pytest.mark.parametrize(
    ("status", "names"),
    [
        ("", ["Äijälä Aino", "Öhman Pekka", "Åström Saara", "Virtanen Ville"]),
        ("completed", ["Äijälä Aino"]),
        ("in_progress", ["Öhman Pekka"]),
        ("not_started", ["Åström Saara"]),
        ("not_enrolled", ["Virtanen Ville"]),
    ],
)
def test_each_person_once_a_page_at_a_time_with_the_status_asked_for(world, keys, api, status, names):
    pages = _walk(api(keys["leader_a"]), _path(world), page_size="1", status=status)
    rows = [row for page in pages for row in page]
    # Aino holds two roles: one row, with both.
    assert [row["name"] for row in rows] == names
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    assert all(len(page) == 1 for page in pages)
    assert all(row["status"] == status for row in rows if status)
    if not status:
        assert rows[0]["roles"] == sorted([Role.COUNCILLOR, Role.BOARD_MEMBER])


def test_the_previous_link_gives_the_page_before(world, keys, api):
    client = api(keys["leader_a"])
    first = client.get(_path(world), {"page_size": "2"}).json()
    second = client.get(first["next"]).json()
    assert client.get(second["previous"]).json()["results"] == first["results"]


def test_a_person_no_longer_active_is_not_listed(world, keys, api):
    pekka = world["people"]["pekka"]
    pekka.is_active = False
    pekka.save(update_fields=["is_active"])
    rows = [row for page in _walk(api(keys["leader_a"]), _path(world), page_size="2") for row in page]
    assert [row["name"] for row in rows] == ["Äijälä Aino", "Åström Saara", "Virtanen Ville"]


def test_a_page_costs_the_same_queries_however_many_people_and_however_deep(world, keys, api):
    client = api(keys["leader_a"])
    path = _path(world)
    client.get(path)  # the key's first use of the minute notes it on the key: one more write
    with CaptureQueriesContext(connection) as small:
        first = client.get(path, {"page_size": "2"}).json()
    for number in range(40):
        person = make_person(world["a"], Role.COUNCILLOR, Role.BOARD_MEMBER, first_name=f"Uusi{number}")
        progress(person, world["course"], world["lessons"][: number % 3])
    counts = []
    body = first
    while body["next"]:
        with CaptureQueriesContext(connection) as captured:
            body = client.get(body["next"]).json()
        counts.append(len(captured))
    assert len(counts) == 21  # 44 people, two a page
    assert len(small) == QUERIES_A_PAGE
    assert set(counts) == {QUERIES_A_PAGE}


def test_rows_read_as_the_serializer_writes_them(world, keys, api):
    """The rows are made without running the serializer over each: they must still read exactly as it would
    write them (dates in Finnish time, as the schema describes)."""
    from api.serializers import ParticipantSerializer
    from courses.models import Enrolment

    aino = world["people"]["aino"]
    (row,) = [row for row in api(keys["leader_a"]).get(_path(world)).json()["results"] if row["id"] == aino.pk]
    enrolment = Enrolment.objects.get(user=aino, course=world["course"])
    assert enrolment.completed_at and enrolment.last_activity_at
    expected = ParticipantSerializer(
        {
            **row,
            "last_activity_at": enrolment.last_activity_at,
            "completed_at": enrolment.completed_at,
        }
    ).data
    assert row == expected
