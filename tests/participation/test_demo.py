"""The participation demo: 28 network members with rosters and progress, loaded any number of times."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
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
    response = client.get(reverse("participation:index"), {"term": "2021–2025"}, follow=True)
    assert response.context["municipality"].code == "109"
    response = client.get(reverse("participation:municipality", args=["109"]), {"term": "2021–2025"})
    counts_109 = response.context["figures"].by_course[response.context["course"].id]
    assert counts_109.people > 50 and 0 < counts_109.completed < counts_109.enrolled
    assert response.context["group"].by_status["not_started"] > 0

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
