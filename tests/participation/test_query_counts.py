"""The municipality dashboard runs the same, small number of queries for a council of 3 and one of 40."""

import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from municipalities import dashboard
from municipalities.models import Role
from tests.builders import make_course_tree, make_index
from tests.participation.builders import ESPOO, HAMEENLINNA, join_network, make_leader, make_person, municipality
from tests.participation.builders import progress as record_progress

pytestmark = pytest.mark.django_db

DASHBOARD_QUERIES = 10  # the ceiling, for the whole request including session and user


@pytest.fixture(autouse=True)
def _only_this_apps_sections(monkeypatch):
    # Sections of other apps bring their own (fixed) queries; this budget is the dashboard's own.
    monkeypatch.setattr(dashboard, "_sections", {})


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root), as on a running server
    reset_queries()  # the log holds 9,000 queries at most, and building the data set made more
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [query["sql"] for query in captured.captured_queries]


def council(place, size, courses):
    roles = [Role.COUNCILLOR, Role.DEPUTY_COUNCILLOR, Role.BOARD_MEMBER, Role.DIRECTOR]
    for n in range(size):
        person = make_person(place, roles[n % len(roles)], *([Role.COMMITTEE_MEMBER] if n % 3 == 0 else []))
        for course, lessons in courses:
            if n % 4:
                record_progress(person, course, lessons[: n % (len(lessons) + 1)])


def test_dashboard_query_count_is_the_same_for_a_small_and_a_large_municipality(client):
    join_network(HAMEENLINNA, ESPOO)
    index = make_index()
    courses = [make_course_tree(modules=3, lessons=3, index=index), make_course_tree(modules=2, lessons=4, index=index)]
    small, large = municipality(HAMEENLINNA), municipality(ESPOO)
    council(small, 3, courses)
    council(large, 40, courses)
    leader = make_leader(small)
    make_leader(large, email="espoo@example.fi").led_municipalities.create(municipality=small)
    client.force_login(leader.__class__.objects.get(email="espoo@example.fi"))

    small_count, _ = count_queries(client, reverse("participation:municipality", args=[HAMEENLINNA]))
    large_count, captured = count_queries(
        client, reverse("participation:municipality", args=[ESPOO]) + "?status=not_enrolled&role=councillor"
    )

    assert small_count == large_count, captured
    assert large_count <= DASHBOARD_QUERIES, "\n".join(q[:150] for q in captured)


def test_network_overview_query_count_does_not_grow_with_members(client, django_assert_max_num_queries):
    from tests.participation.builders import make_coordinator

    course, lessons = make_course_tree(modules=1, lessons=2)
    join_network(HAMEENLINNA)
    council(municipality(HAMEENLINNA), 3, [(course, lessons)])
    client.force_login(make_coordinator())
    few, _ = count_queries(client, reverse("participation:network"))

    join_network(ESPOO, "091", "837", "398")
    for code in (ESPOO, "091"):
        council(municipality(code), 6, [(course, lessons)])
    many, _ = count_queries(client, reverse("participation:network"))
    assert few == many
