"""The API's figures are the dashboards' figures: the same counts, and the small-group rule hides exactly what
the pages hide (a member's 1–4, a network total that sums a hidden figure)."""

import pytest
from django.urls import reverse

from municipalities.models import Role
from tests.participation.builders import make_person, progress

pytestmark = pytest.mark.django_db


def _shown(figure):
    """A compared figure as a page shows it: None where hidden."""
    return {
        "count": None if figure.count_hidden else figure.count,
        "percent": figure.shown_percent,
        "hidden": figure.count_hidden,
        "percent_hidden": figure.percent_hidden,
    }


def _grow_a(world, people=6):
    for number in range(people):
        person = make_person(world["a"], Role.COUNCILLOR, first_name=f"Extra{number}", last_name="Henkilö")
        progress(person, world["course"], world["lessons"])


@pytest.mark.parametrize("grown", [False, True])
def test_municipality_figures_match_its_dashboard(client, world, keys, api, grown):
    if grown:
        _grow_a(world)
    course = world["course"]
    client.force_login(world["users"]["leader_a"])
    page = client.get(reverse("participation:municipality", args=[world["a"].code]), {"course": course.id}).context
    body = api(keys["leader_a"]).get(reverse("api:municipality_figures", args=[world["a"].code])).json()
    (figures,) = body["courses"]
    counts = page["figures"].by_course[course.id]
    assert figures["everyone"]["people"] == counts.people == (10 if grown else 4)
    assert figures["everyone"]["completed"] == counts.completed
    assert figures["everyone"]["by_status"] == counts.by_status
    comparison = page["comparison"]
    for name in ("enrolled", "completed", "network_enrolled", "network_completed"):
        assert figures["compared_with_network"][name] == _shown(getattr(comparison, name)), name
    roles = {row["role"]: row["people"] for row in figures["by_role"]}
    assert roles == {row.role: row_counts.people for row, row_counts in page["role_rows"]}


@pytest.mark.parametrize("grown", [False, True])
def test_network_figures_match_the_network_overview(client, world, keys, api, grown):
    if grown:
        _grow_a(world)
    course = world["course"]
    client.force_login(world["users"]["coordinator"])
    overview = client.get(reverse("participation:network"), {"course": course.id}).context["overview"]
    body = api(keys["coordinator"]).get(reverse("api:network_figures")).json()
    (figures,) = body["courses"]
    by_code = {row["code"]: row for row in figures["members"]}
    assert set(by_code) == {row.code for row in overview["rows"]}
    for row in overview["rows"]:
        for name in ("people", "enrolled", "completed"):
            assert by_code[row.code][name] == _shown(getattr(row, name))
    for name in ("people", "enrolled", "completed"):
        assert figures["total"][name] == _shown(getattr(overview["total"], name))


def test_small_groups_and_the_totals_that_give_them_away_are_hidden(world, keys, api):
    _grow_a(world)  # A: 10 people, 7 completed; B (Espoo): 1 person, enrolled, in progress
    body = api(keys["coordinator"]).get(reverse("api:network_figures")).json()
    (figures,) = body["courses"]
    by_code = {row["code"]: row for row in figures["members"]}
    a, b = by_code[world["a"].code], by_code[world["b"].code]
    assert a["people"]["count"] == 10 and a["completed"]["count"] == 7 and a["completed"]["percent"] == 70
    assert b["people"] == {"count": None, "percent": None, "hidden": True, "percent_hidden": True}
    assert b["enrolled"]["count"] is None
    assert b["completed"]["count"] == 0  # zero singles out nobody: shown, as on the page
    # 11 people, 10 enrolled in all would give B's 1 back by subtraction: those totals are withheld.
    assert figures["total"]["people"]["count"] is None and figures["total"]["enrolled"]["count"] is None
    assert "11" not in str(figures["total"]) and "10" not in str(figures["total"])
