"""The participation demo: 28 network members with rosters and progress, loaded any number of times."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from municipalities.models import MunicipalLeader, NetworkMembership, RoleAssignment

pytestmark = pytest.mark.django_db


def counts():
    return {
        "people": get_user_model().objects.count(),
        "roles": RoleAssignment.objects.count(),
        "members": NetworkMembership.objects.count(),
        "leaders": MunicipalLeader.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "completions": LessonCompletion.objects.count(),
    }


def test_demo_loads_twice_without_duplicates_and_every_dashboard_has_something(client, capsys):
    call_command("load_demo")
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first["members"] >= 28 and first["people"] > 1500 and first["completions"] > 5000
    assert "Participation: 28 network members" in capsys.readouterr().out

    assert client.login(email="kunnanjohtaja@example.fi", password="Johtaja2021!")
    response = client.get(reverse("participation:index"), follow=True)
    assert response.context["municipality"].code == "109"
    # Today the dashboard shows the 2025–2029 council and its orientation ...
    assert response.context["term_choice"].term.name == "2025–2029"
    assert response.context["course"].slug == "valtuustokauden-2025-2029-perehdytys"
    counts_109 = response.context["figures"].by_course[response.context["course"].id]
    assert counts_109.people > 50 and 0 < counts_109.completed < counts_109.enrolled
    assert response.context["group"].by_status["not_started"] > 0
    # ... and the autumn 2021 orientation as the 2021–2025 term's history, leavers included.
    history = client.get(reverse("participation:municipality", args=["109"]), {"term": "2021–2025"})
    assert history.context["course"].slug == "valtuustokauden-2021-2025-perehdytys"
    counts_2021 = history.context["figures"].by_course[history.context["course"].id]
    assert counts_2021.people > 50 and 0 < counts_2021.completed < counts_2021.enrolled
    now_ids = set(RoleAssignment.objects.filter(term__name="2025–2029").values_list("user_id", flat=True))
    then_ids = set(RoleAssignment.objects.filter(term__name="2021–2025").values_list("user_id", flat=True))
    re_elected, leavers, new = then_ids & now_ids, then_ids - now_ids, now_ids - then_ids
    assert len(re_elected) > 500 and len(leavers) > 300 and len(new) > 300
    leaver = get_user_model().objects.filter(pk__in=leavers).first()
    assert Enrolment.objects.filter(user__in=leavers).exists() and leaver.is_active  # history kept

    assert client.login(email="koordinaattori@example.fi", password="Verkosto2021!")
    network = client.get(reverse("participation:network"), {"term": "2021–2025"})
    rows = network.context["overview"]["rows"]
    assert len(rows) == 28
    second_course = network.context["courses"][1]
    second = client.get(reverse("participation:network"), {"course": second_course.id, "term": "2021–2025"}).context[
        "overview"
    ]["rows"]
    assert any(row.enrolled.count_hidden for row in second)  # the small-group rule has something to do

    assert client.login(email="valtuutettu@example.fi", password="Valtuusto2021!")
    assert client.get(reverse("participation:index")).status_code == 403


@pytest.fixture
def demo(db):
    call_command("load_demo")


@time_machine.travel(datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC), tick=False)
def test_retention_keeps_the_demo_s_current_people(demo, capsys):
    """In December 2026 the 2021–2025 leavers are past the retention period; the current councils are not."""
    capsys.readouterr()
    call_command("apply_retention", "--dry-run")
    out = capsys.readouterr().out
    for login in ("valtuutettu@example.fi", "kunnanjohtaja@example.fi", "koordinaattori@example.fi"):
        assert login not in out
    current = RoleAssignment.objects.filter(term__name="2025–2029").values_list("user__email", flat=True)
    listed = {line.split()[2].rstrip(":") for line in out.splitlines() if "would erase" in line}
    assert listed and listed.isdisjoint(set(current))
    # So many leavers at once is over the cap: a real run without the count changes nothing.
    with pytest.raises(CommandError, match="nothing was erased"):
        call_command("apply_retention")
    assert get_user_model().objects.filter(email__in=listed, is_active=True).count() == len(listed)
