"""GDPR: a learner downloads all their data; an administrator erases a person; retention anonymises people
whose council term ended long ago. Aggregate figures survive erasure."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import AuditEvent
from courses.models import Enrolment, LessonCompletion
from municipalities.models import CouncilTerm, Municipality, MunicipalLeader, RoleAssignment
from tests.builders import make_course_tree, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_with_history(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    hameenlinna = Municipality.objects.get(code="109")
    user = make_user(
        email="aino.virtanen@example.fi", first_name="Aino", last_name="Virtanen", municipality=hameenlinna
    )
    RoleAssignment.objects.create(
        user=user,
        municipality=hameenlinna,
        term=CouncilTerm.objects.get(name="2021–2025"),
        role="councillor",
        body="Kaupunginvaltuusto",
    )
    client.force_login(user)
    client.post(reverse("courses:enrol", args=[course.id]))
    client.post(reverse("courses:lesson_complete", args=[lessons[0].id]))
    client.logout()
    return user, course


def test_learner_downloads_all_their_data_as_json(client, learner_with_history):
    user, course = learner_with_history
    client.force_login(user)
    response = client.get(reverse("accounts:my_data"), {"download": "json"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["email"] == "aino.virtanen@example.fi"
    assert data["courses"]["enrolments"][0]["course"] == course.title
    assert len(data["courses"]["lesson_completions"]) == 1
    assert data["municipalities"]["roles"][0]["body"] == "Kaupunginvaltuusto"
    assert AuditEvent.objects.filter(subject=user, action="data_download").count() == 1


def test_my_data_shows_only_ones_own_data(client, learner_with_history):
    other = make_user(email="toinen@example.fi")
    client.force_login(other)
    data = json.loads(client.get(reverse("accounts:my_data"), {"download": "json"}).content)
    assert data["account"]["email"] == "toinen@example.fi"
    assert data["courses"]["enrolments"] == []


def test_erasure_anonymises_and_keeps_aggregates(learner_with_history):
    user, course = learner_with_history
    MunicipalLeader.objects.create(user=user, municipality=user.municipality)
    call_command("erase_person", "aino.virtanen@example.fi", "--yes")

    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.is_active) == ("", "", False)
    assert "aino" not in user.email
    assert not user.has_usable_password()
    assert not MunicipalLeader.objects.filter(user=user).exists()
    assert RoleAssignment.objects.get(user=user).body == ""
    # Still counted in the municipality's figures:
    assert user.municipality.code == "109"
    assert Enrolment.objects.filter(user=user, course=course).exists()
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert AuditEvent.objects.filter(subject=user, action="erase").exists()


def test_erasure_of_an_unknown_address_changes_nothing(learner_with_history):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("erase_person", "ei-ole@example.fi", "--yes")
    assert Enrolment.objects.count() == 1


def test_retention_erases_only_people_whose_last_role_ended_long_ago(learner_with_history):
    """Anonymisation itself, as a retention run does it; who is due and the cap: tests/accounts/test_retention.py."""
    user, _course = learner_with_history
    old_term = CouncilTerm.objects.get(name="2017–2021")
    former = make_user(email="entinen@example.fi", first_name="Entinen")
    RoleAssignment.objects.create(user=former, municipality=user.municipality, term=old_term, role="councillor")
    both = make_user(email="jatkaja@example.fi", first_name="Jatkaja")
    RoleAssignment.objects.create(user=both, municipality=user.municipality, term=old_term, role="councillor")
    RoleAssignment.objects.create(
        user=both, municipality=user.municipality, term=CouncilTerm.objects.get(name="2025–2029"), role="councillor"
    )

    call_command("apply_retention", "--days", str(365 * 3), "--dry-run")
    former.refresh_from_db()
    assert former.first_name == "Entinen"  # a dry run changes nothing

    # 2021–2025 ended 31.5.2025 too, so Aino goes with the 2017 councillor; the one re-elected in 2025 stays.
    call_command("apply_retention", "--days", "30", "--confirm-count", "2")
    for person, kept in ((former, False), (user, False), (both, True)):
        person.refresh_from_db()
        assert person.is_active is kept
    assert AuditEvent.objects.filter(action="erase", what="retention").count() == 2


def test_retention_keeps_people_of_a_recent_term(learner_with_history):
    user, _course = learner_with_history
    call_command("apply_retention", "--days", str(365 * 5))
    user.refresh_from_db()
    assert user.is_active and user.first_name == "Aino"
