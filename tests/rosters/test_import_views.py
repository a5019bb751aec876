"""Importing a roster through the leader's screens: upload, preview, confirm."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from municipalities.models import Municipality, RoleAssignment
from municipalities.terms import current_term
from rosters.models import Invitation, RosterImport
from rosters.parsing import MAX_FILE_BYTES
from tests.builders import make_user

from .builders import FINNISH_HEADER, csv_bytes, make_coordinator, make_leader, make_trainer, xlsx_bytes

pytestmark = pytest.mark.django_db
User = get_user_model()

GOOD_ROWS = [
    FINNISH_HEADER,
    ["Mäkelä, Aino", "aino.makela@example.fi", "valtuutettu", "Kunnanvaltuusto"],
    ["Öhman, Åsa", "asa.ohman@example.fi", "ledamot", "Kommunfullmäktige"],
    ["Räsänen, Pirjo", "pirjo.rasanen@example.fi", "valtuutettu", "Kunnanvaltuusto"],
    ["Räsänen, Pirjo", "pirjo.rasanen@example.fi", "jäsen", "Kunnanhallitus"],
]


@pytest.fixture
def leader(client, hameenlinna):
    user = make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen")
    client.force_login(user)
    return user


def upload(client, place, data, name="roster.csv"):
    return client.post(
        reverse("rosters:import", args=[place.code]), {"file": SimpleUploadedFile(name, data, "text/csv")}
    )


def preview_url(roster_import):
    return reverse("rosters:import_preview", args=[roster_import.municipality.code, roster_import.pk])


def confirm(client, roster_import, *, skip=False, faulty_count=0):
    data = {"confirm": "", "faulty_count": faulty_count}
    if skip:
        data["skip_faulty"] = "on"
    return client.post(preview_url(roster_import), data)


def test_upload_shows_a_preview_and_saves_no_people(client, leader, hameenlinna):
    people_before = User.objects.count()
    response = upload(client, hameenlinna, csv_bytes(GOOD_ROWS, encoding="cp1252"))
    roster_import = RosterImport.objects.get()
    assert response.status_code == 302 and response["Location"] == preview_url(roster_import)
    assert roster_import.uploaded_by == leader and roster_import.status == RosterImport.Status.PENDING

    page = client.get(preview_url(roster_import)).content.decode()
    assert "Åsa Öhman" in page and "Aino Mäkelä" in page
    assert "CSV, semicolon, Windows-1252" in page
    assert "3 new people will be added and invited" in page
    assert "Another role for the person on row 4." in page
    assert User.objects.count() == people_before
    assert not RoleAssignment.objects.exists()


def test_preview_reports_every_problem(client, leader, hameenlinna, porvoo):
    make_user(email="porvoo@example.fi", municipality=porvoo)
    make_user(email="jo.rosterissa@example.fi", municipality=hameenlinna, first_name="Vanha", last_name="Nimi")
    make_user(email="ilman.kuntaa@example.fi")
    make_user(email="admin@example.fi", is_staff=True)
    rows = [
        FINNISH_HEADER,
        ["Virheellinen Osoite", "virhe(at)example.fi", "valtuutettu", ""],
        ["Tuntematon Rooli", "rooli@example.fi", "puoluesihteeri", ""],
        ["", "nimeton@example.fi", "valtuutettu", ""],
        ["Kaksi Kertaa", "kaksi@example.fi", "valtuutettu", ""],
        ["Kaksi Kertaa", "kaksi@example.fi", "valtuutettu", ""],
        ["Toisen Kunnan", "PORVOO@example.fi", "valtuutettu", ""],
        ["Jo Rosterissa", "jo.rosterissa@example.fi", "valtuutettu", ""],
        ["Ilman Kuntaa", "ilman.kuntaa@example.fi", "valtuutettu", ""],
        ["Yllä Pitäjä", "admin@example.fi", "valtuutettu", ""],
    ]
    upload(client, hameenlinna, csv_bytes(rows))
    page = client.get(preview_url(RosterImport.objects.get())).content.decode()
    for text in [
        "The email address is not valid.",
        "The role “puoluesihteeri” is not one we know.",
        "The name is missing.",
        "The same person and role are already on row 5.",
        "This person is already registered in another municipality (Porvoo).",
        "Already on this roster: the details will be updated.",
        "Has an account without a municipality: it will be added to this municipality.",
        "This email address belongs to a staff account, which cannot be imported.",
        "6 rows have a problem",
        "Skip the 6 faulty rows and save the others",
    ]:
        assert text in page, text


def test_confirm_creates_people_roles_and_sends_invitations(
    client, leader, hameenlinna, django_capture_on_commit_callbacks
):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS, bom=True))
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, roster_import)
    assert response.status_code == 302
    assert response["Location"] == reverse("rosters:import_done", args=[hameenlinna.code, roster_import.pk])

    pirjo = User.objects.get(email="pirjo.rasanen@example.fi")
    assert (pirjo.first_name, pirjo.last_name, pirjo.municipality) == ("Pirjo", "Räsänen", hameenlinna)
    assert not pirjo.has_usable_password()
    assert set(RoleAssignment.objects.filter(user=pirjo).values_list("role", "body", "term__name")) == {
        ("councillor", "Kunnanvaltuusto", current_term().name),  # the term of today's date
        ("board_member", "Kunnanhallitus", current_term().name),
    }
    assert sorted(message.to[0] for message in mail.outbox) == [
        "aino.makela@example.fi",
        "asa.ohman@example.fi",
        "pirjo.rasanen@example.fi",
    ]
    message = mail.outbox[0]
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    assert re.search(r"http://testserver/kutsu/\S+/", message.body)

    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.created_count, roster_import.invited_count) == ("confirmed", 3, 3)
    done = client.get(response["Location"]).content.decode()
    assert "3 people added" in done and "3 invitations sent" in done


def test_xlsx_file_imports_too(client, leader, hameenlinna, django_capture_on_commit_callbacks):
    upload(client, hameenlinna, xlsx_bytes(GOOD_ROWS), name="valtuusto.xlsx")
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, RosterImport.objects.get())
    assert User.objects.filter(municipality=hameenlinna).count() == 3


def test_existing_person_of_the_municipality_is_updated_not_invited_again(
    client, leader, hameenlinna, django_capture_on_commit_callbacks
):
    existing = make_user(email="aino.makela@example.fi", municipality=hameenlinna, first_name="A", last_name="M")
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS[:2]))
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, RosterImport.objects.get())
    existing.refresh_from_db()
    assert (existing.first_name, existing.last_name) == ("Aino", "Mäkelä")
    assert existing.check_password("salasana-123")  # has a password already: no invitation
    assert RoleAssignment.objects.filter(user=existing, role="councillor").exists()
    assert mail.outbox == []
    assert RosterImport.objects.get().updated_count == 1


ROWS_WITH_ERRORS = GOOD_ROWS + [
    ["Virheellinen", "virhe(at)example.fi", "valtuutettu", ""],
    ["Tuntematon", "rooli@example.fi", "puoluesihteeri", ""],
]


def test_a_file_with_errors_saves_nothing(client, leader, hameenlinna, django_capture_on_commit_callbacks):
    people_before = User.objects.count()
    upload(client, hameenlinna, csv_bytes(ROWS_WITH_ERRORS))
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, roster_import, faulty_count=2)
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert User.objects.count() == people_before
    assert not RoleAssignment.objects.exists() and not Invitation.objects.exists() and mail.outbox == []
    roster_import.refresh_from_db()
    assert roster_import.status == RosterImport.Status.PENDING


def test_skipping_the_faulty_rows_saves_the_others(client, leader, hameenlinna, django_capture_on_commit_callbacks):
    upload(client, hameenlinna, csv_bytes(ROWS_WITH_ERRORS))
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, roster_import, skip=True, faulty_count=2)
    assert response.status_code == 302
    assert set(User.objects.filter(municipality=hameenlinna).values_list("email", flat=True)) == {
        "aino.makela@example.fi",
        "asa.ohman@example.fi",
        "pirjo.rasanen@example.fi",
    }
    assert len(mail.outbox) == 3
    roster_import.refresh_from_db()
    assert roster_import.skipped_count == 2


def test_skip_with_a_changed_number_of_faulty_rows_saves_nothing(client, leader, hameenlinna, porvoo):
    upload(client, hameenlinna, csv_bytes(ROWS_WITH_ERRORS))
    roster_import = RosterImport.objects.get()
    # Someone registers one of the people in another municipality after the preview.
    make_user(email="aino.makela@example.fi", municipality=porvoo)
    response = confirm(client, roster_import, skip=True, faulty_count=2)
    assert "the rows changed since you looked" in response.content.decode()
    assert not User.objects.filter(municipality=hameenlinna).exists()


def test_confirming_twice_saves_once(client, leader, hameenlinna, django_capture_on_commit_callbacks):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, roster_import)
        second = confirm(client, roster_import)
    assert second.status_code == 302  # to the result page
    assert User.objects.filter(municipality=hameenlinna).count() == 3
    assert RoleAssignment.objects.count() == 4
    assert Invitation.objects.count() == 3 and len(mail.outbox) == 3


def test_the_posted_rows_are_never_used(client, leader, hameenlinna, django_capture_on_commit_callbacks):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS[:2]))
    roster_import = RosterImport.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            preview_url(roster_import),
            {"confirm": "", "faulty_count": 0, "email": "hijack@example.fi", "rows": '[{"email": "x@example.fi"}]'},
        )
    assert list(User.objects.filter(municipality=hameenlinna).values_list("email", flat=True)) == [
        "aino.makela@example.fi"
    ]


def test_cancel_discards_the_file(client, leader, hameenlinna):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    response = client.post(preview_url(RosterImport.objects.get()), {"cancel": ""})
    assert response.status_code == 302
    assert not RosterImport.objects.exists() and not User.objects.filter(municipality=hameenlinna).exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.csv", "The submitted file is empty."),
        (bytes(range(256)) * 10, "garbage.csv", "not a text file we can read"),
        (b"not really excel", "fake.xlsx", "not a valid Excel (.xlsx) file"),
        (b"Jotain;muuta\n1;2\n", "x.csv", "could not find the header row"),
        (b"Nimi;Sahkoposti;Rooli\n", "x.pdf", "Upload a CSV file or an Excel file (.xlsx)."),
    ],
)
def test_malformed_files_get_a_clear_message_and_change_nothing(client, leader, hameenlinna, data, name, message):
    response = upload(client, hameenlinna, data, name=name)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'role="alert"' in page
    assert not RosterImport.objects.exists()


def test_too_large_file_is_refused(client, leader, hameenlinna):
    response = upload(client, hameenlinna, b"x" * (MAX_FILE_BYTES + 1))
    assert "The file is too large. The limit is 5 MB." in response.content.decode()
    assert not RosterImport.objects.exists()


# Who may import where


def test_leader_of_another_municipality_gets_404(client, hameenlinna, porvoo):
    client.force_login(make_leader(porvoo))
    assert client.get(reverse("rosters:import", args=[hameenlinna.code])).status_code == 404
    assert upload(client, hameenlinna, csv_bytes(GOOD_ROWS)).status_code == 404
    assert client.get(reverse("rosters:roster", args=[hameenlinna.code])).status_code == 404
    assert not RosterImport.objects.exists()


def test_confirming_another_leaders_import_gives_404(client, leader, hameenlinna, porvoo):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    roster_import = RosterImport.objects.get()
    for other in [make_leader(porvoo), make_leader(hameenlinna)]:  # another municipality; a co-leader
        client.force_login(other)
        assert client.get(preview_url(roster_import)).status_code == 404
        assert confirm(client, roster_import).status_code == 404
    # Nor through the other leader's own municipality in the URL.
    client.force_login(make_leader(porvoo))
    url = reverse("rosters:import_preview", args=[porvoo.code, roster_import.pk])
    assert client.post(url, {"confirm": "", "faulty_count": 0}).status_code == 404
    assert not User.objects.filter(municipality=hameenlinna).exists()


@pytest.mark.parametrize("who", ["anonymous", "learner", "trainer"])
def test_people_who_lead_nothing_cannot_import(client, hameenlinna, who):
    if who == "learner":
        client.force_login(make_user(municipality=hameenlinna))
    elif who == "trainer":
        client.force_login(make_trainer())
    response = client.get(reverse("rosters:import", args=[hameenlinna.code]))
    if who == "anonymous":
        assert response.status_code == 302 and "/tili/kirjaudu/" in response["Location"]
    else:
        assert response.status_code == 404


def test_coordinator_may_import_where_the_leaders_shared_the_names(client, porvoo, django_capture_on_commit_callbacks):
    client.force_login(make_coordinator())
    assert client.get(reverse("rosters:import", args=[porvoo.code])).status_code == 404  # privacy by default
    Municipality.objects.filter(pk=porvoo.pk).update(names_shared_with_coordinator=True)
    upload(client, porvoo, csv_bytes(GOOD_ROWS[:2]))
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, RosterImport.objects.get())
    assert User.objects.get(email="aino.makela@example.fi").municipality == porvoo


def test_preview_query_count_does_not_grow_with_rows(client, leader, hameenlinna):
    def queries_for(count):
        rows = [FINNISH_HEADER] + [
            [f"Henkilö {n}", f"h{count}-{n}@example.fi", "valtuutettu", ""] for n in range(count)
        ]
        for n in range(0, count, 2):  # half of them already have accounts here
            make_user(email=f"h{count}-{n}@example.fi", municipality=hameenlinna)
        upload(client, hameenlinna, csv_bytes(rows))
        url = preview_url(RosterImport.objects.latest("pk"))
        client.get(url)  # warm the caches the page header uses
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    assert queries_for(4) == queries_for(60)


def test_confirm_query_count_does_not_grow_with_rows(client, leader, hameenlinna):
    def queries_for(count):
        rows = [FINNISH_HEADER] + [
            [f"Henkilö {n}", f"q{count}-{n}@example.fi", "valtuutettu", ""] for n in range(count)
        ]
        upload(client, hameenlinna, csv_bytes(rows))
        with CaptureQueriesContext(connection) as context:
            assert confirm(client, RosterImport.objects.latest("pk")).status_code == 302
        return len(context.captured_queries)

    queries_for(1)  # warms the cached lookups (council terms), as on a running server
    assert queries_for(3) == queries_for(50)


def test_roster_page_links_to_import_and_reminders(client, leader, hameenlinna):
    page = client.get(reverse("rosters:roster", args=[hameenlinna.code])).content.decode()
    assert reverse("rosters:import", args=[hameenlinna.code]) in page
    assert reverse("rosters:reminders", args=[hameenlinna.code]) in page


def test_a_new_upload_replaces_the_leaders_unsaved_one(client, leader, hameenlinna):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    first = RosterImport.objects.get()
    upload(client, hameenlinna, b"garbage\x00\x01", name="bad.csv")
    assert RosterImport.objects.get() == first  # a file that cannot be read changes nothing
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS[:2]))
    assert list(RosterImport.objects.values_list("pk", flat=True)) != [first.pk]
    assert RosterImport.objects.count() == 1
    assert client.get(preview_url(first)).status_code == 404
