"""The term rollover: the leader uploads the new term's roster, sees who continues, is new and leaves, and
saves it in one transaction. Re-elected people keep their account and history; leavers become former
officials; a file that would end every role is refused."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from municipalities.models import CouncilTerm, Role, RoleAssignment
from rosters.models import RosterImport
from tests.builders import make_course_tree, make_user
from tests.participation.builders import make_person, progress

from .builders import FINNISH_HEADER, csv_bytes, make_leader

User = get_user_model()
pytestmark = pytest.mark.django_db
NEW_TERM_BEGINS = datetime.datetime(2025, 6, 10, 9, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _new_term():
    with time_machine.travel(NEW_TERM_BEGINS, tick=False):
        yield


def term(name):
    return CouncilTerm.objects.get(name=name)


@pytest.fixture
def council(hameenlinna):
    """Hämeenlinna's 2021–2025 council: Aino (re-elected, with progress), Bertil (re-elected), Cecilia and
    Daniel (leave)."""
    old = term("2021–2025")
    course, lessons = make_course_tree(modules=1, lessons=2)
    people = {
        "aino": make_person(hameenlinna, Role.COUNCILLOR, Role.BOARD_MEMBER, term=old, email="aino@example.fi"),
        "bertil": make_person(hameenlinna, Role.COUNCILLOR, term=old, email="bertil@example.fi"),
        "cecilia": make_person(hameenlinna, Role.DEPUTY_COUNCILLOR, term=old, email="cecilia@example.fi"),
        "daniel": make_person(hameenlinna, Role.DIRECTOR, term=old, email="daniel@example.fi"),
    }
    progress(people["aino"], course, lessons)
    progress(people["cecilia"], course, lessons[:1])
    return {"course": course, **people}


@pytest.fixture
def leader(client, hameenlinna):
    user = make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen")
    client.force_login(user)
    return user


NEW_ROSTER = [
    FINNISH_HEADER,
    ["Aino Aaltonen", "AINO@example.fi", "valtuutettu", "Kaupunginvaltuusto"],
    ["Bertil Berg", "bertil@example.fi", "valtuuston puheenjohtaja", "Kaupunginvaltuusto"],
    ["Eero Eskola", "eero@example.fi", "valtuutettu", "Kaupunginvaltuusto"],
    ["Fanni Forsman", "fanni@example.fi", "lautakunnan jäsen", "Sivistyslautakunta"],
]


def upload(client, place, rows):
    return client.post(
        reverse("rosters:rollover", args=[place.code]),
        {"file": SimpleUploadedFile("uusi-valtuusto.csv", csv_bytes(rows), "text/csv")},
    )


def preview_url(roster_import):
    return reverse("rosters:rollover_preview", args=[roster_import.municipality.code, roster_import.pk])


def emails(people):
    return [person.email for person in people]


def test_the_roster_page_leads_to_the_rollover(client, leader, hameenlinna):
    page = client.get(reverse("rosters:roster", args=[hameenlinna.code])).content.decode()
    assert reverse("rosters:rollover", args=[hameenlinna.code]) in page
    assert "2025–2029" in client.get(reverse("rosters:rollover", args=[hameenlinna.code])).content.decode()


def test_the_preview_shows_who_continues_is_new_and_leaves_and_saves_nothing(client, leader, hameenlinna, council):
    people_before, roles_before = User.objects.count(), RoleAssignment.objects.count()
    response = upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    assert response["Location"] == preview_url(roster_import)

    response = client.get(preview_url(roster_import))
    plan = response.context["plan"]
    assert emails(plan.continues) == ["aino@example.fi", "bertil@example.fi"]
    assert emails(plan.new) == ["eero@example.fi", "fanni@example.fi"]
    assert sorted(emails(plan.leaves)) == ["cecilia@example.fi", "daniel@example.fi"]
    page = response.content.decode()
    for text in ("2 people continue", "2 new people will be added", "2 people leave and become former officials"):
        assert text in page
    assert "Councillor, Executive board member" in page  # Aino's roles until now, beside her new one
    assert (User.objects.count(), RoleAssignment.objects.count()) == (people_before, roles_before)


def confirm(client, roster_import, **extra):
    counts = client.get(preview_url(roster_import)).context["plan"].counts_token()
    return client.post(preview_url(roster_import), {"confirm": "", "counts": counts, **extra})


def current_roles(place):
    return set(
        RoleAssignment.objects.filter(municipality=place, term=term("2025–2029")).values_list("user__email", "role")
    )


def test_saving_rolls_the_council_over_and_keeps_everyone_s_history(
    client, leader, hameenlinna, council, django_capture_on_commit_callbacks
):
    upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, roster_import)
    assert response.status_code == 302
    assert current_roles(hameenlinna) == {
        ("aino@example.fi", Role.COUNCILLOR),
        ("bertil@example.fi", Role.COUNCIL_CHAIR),
        ("eero@example.fi", Role.COUNCILLOR),
        ("fanni@example.fi", Role.COMMITTEE_MEMBER),
    }
    # Re-elected: the same accounts, the 2021–2025 roles and the progress kept.
    aino = User.objects.get(email="aino@example.fi")
    assert aino.pk == council["aino"].pk and aino.has_usable_password()
    assert aino.roles.filter(term__name="2021–2025").count() == 2
    assert Enrolment.objects.get(user=aino).completed_at is not None
    # Leavers: accounts, roles of 2021–2025 and progress kept; no role now.
    cecilia = User.objects.get(email="cecilia@example.fi")
    assert cecilia.is_active and cecilia.roles.get().term.name == "2021–2025"
    assert LessonCompletion.objects.filter(user=cecilia).count() == 1
    # Only the new people are invited.
    assert sorted(message.to[0] for message in mail.outbox) == ["eero@example.fi", "fanni@example.fi"]

    dashboard = reverse("participation:municipality", args=[hameenlinna.code])
    names = {row.name for row in client.get(dashboard).context["rows"]}
    assert names == {"Aaltonen Aino", "Berg Bertil", "Eskola Eero", "Forsman Fanni"}
    history = {row.name for row in client.get(dashboard, {"term": "2021–2025"}).context["rows"]}
    assert "Forsman Fanni" not in history and len(history) == 4


def test_a_second_rollover_file_replaces_the_current_term_s_roles(client, leader, hameenlinna, council):
    upload(client, hameenlinna, NEW_ROSTER)
    confirm(client, RosterImport.objects.get())
    upload(client, hameenlinna, NEW_ROSTER[:3])  # Eero and Fanni were a mistake
    roster_import = RosterImport.objects.get(status=RosterImport.Status.PENDING)
    plan = client.get(preview_url(roster_import)).context["plan"]
    assert sorted(emails(plan.leaves)) == [
        "cecilia@example.fi",
        "daniel@example.fi",
        "eero@example.fi",
        "fanni@example.fi",
    ]
    confirm(client, roster_import)
    assert {email for email, _role in current_roles(hameenlinna)} == {"aino@example.fi", "bertil@example.fi"}


def test_a_file_that_would_end_every_role_is_refused(client, leader, hameenlinna, council):
    wrong = [FINNISH_HEADER, ["Outi Outo", "outi@example.fi", "valtuutettu", ""]]
    upload(client, hameenlinna, wrong)
    roster_import = RosterImport.objects.get()
    page = client.get(preview_url(roster_import)).content.decode()
    assert "would end the roles of all 4 people of Hämeenlinna" in page
    assert "Save the new term" not in page

    response = client.post(preview_url(roster_import), {"confirm": "", "counts": "0-1-4-0"}, follow=True)
    assert "would end the roles of all 4 people of Hämeenlinna" in response.content.decode()
    assert not User.objects.filter(email="outi@example.fi").exists()
    assert not current_roles(hameenlinna)
    assert RosterImport.objects.get().status == RosterImport.Status.PENDING


def test_a_tampered_or_stale_preview_saves_nothing(client, leader, hameenlinna, council):
    upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    for counts in ("9-9-9-0", "", "x" * 100, "2-2-2-0\x00"):
        response = client.post(preview_url(roster_import), {"confirm": "", "counts": counts}, follow=True)
        assert response.status_code == 200
    assert not current_roles(hameenlinna)
    assert (
        "the rows changed since you looked"
        in client.post(preview_url(roster_import), {"confirm": "", "counts": "9-9-9-0"}, follow=True).content.decode()
    )


def test_another_leaders_file_or_municipality_is_not_found(client, leader, hameenlinna, porvoo, council):
    upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    other = make_leader(hameenlinna, email="toinen@example.fi")
    client.force_login(other)
    assert client.get(preview_url(roster_import)).status_code == 404
    assert client.post(preview_url(roster_import), {"confirm": "", "counts": "2-2-2-0"}).status_code == 404
    assert client.get(reverse("rosters:rollover", args=[porvoo.code])).status_code == 404
    client.force_login(make_user(email="oppija@example.fi"))
    assert client.get(reverse("rosters:rollover", args=[hameenlinna.code])).status_code == 404
    assert not current_roles(hameenlinna)


def test_discarding_the_file_saves_nothing(client, leader, hameenlinna, council):
    upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    client.post(preview_url(roster_import), {"cancel": ""})
    assert not RosterImport.objects.exists() and not current_roles(hameenlinna)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failure_half_way_writes_nothing(client, hameenlinna, monkeypatch):
    """A real transaction (transaction=True): the current term's roles are deleted before the new ones are
    written; when writing fails, the deletion is rolled back with everything else. Runs on SQLite and, with
    DATABASE_URL set, on PostgreSQL."""
    old, new = term("2021–2025"), term("2025–2029")
    aino = make_person(hameenlinna, Role.COUNCILLOR, term=old, email="aino@example.fi")
    make_person(hameenlinna, Role.COUNCILLOR, term=new, email="cecilia@example.fi")  # entered by hand earlier
    client.force_login(make_leader(hameenlinna, email="johtaja@example.fi"))
    upload(client, hameenlinna, NEW_ROSTER)
    roster_import = RosterImport.objects.get()
    counts = client.get(preview_url(roster_import)).context["plan"].counts_token()
    before = (User.objects.count(), set(RoleAssignment.objects.values_list("user_id", "term_id", "role")))

    def broken_bulk_create(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(RoleAssignment.objects, "bulk_create", broken_bulk_create)
    with pytest.raises(RuntimeError):
        client.post(preview_url(roster_import), {"confirm": "", "counts": counts})

    assert (User.objects.count(), set(RoleAssignment.objects.values_list("user_id", "term_id", "role"))) == before
    assert RosterImport.objects.get().status == RosterImport.Status.PENDING
    assert aino.roles.count() == 1 and not mail.outbox
