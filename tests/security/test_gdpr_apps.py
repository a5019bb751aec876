"""Every app's part of a person's data is in their download and goes with an erasure request; every view
that shows or exports a municipality's people leaves a line in the audit log that the people can read."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from accounts.models import AuditEvent
from assessments.models import QuizAttempt, ReflectionAnswer
from certificates.models import BadgeAssertion, Certificate
from courses.models import Enrolment, LessonCompletion, LessonPage
from events.models import CalendarFeed, Registration
from municipalities.models import Municipality
from rosters.models import Invitation, RosterImport
from tests.assessments.builders import make_quiz, make_quiz_lesson, question
from tests.assessments.helpers import take
from tests.builders import make_course, make_lesson, make_module, make_user
from tests.certificates.builders import make_badge_class
from tests.events.builders import make_event
from tests.i18n import tr
from tests.participation.builders import make_leader
from tests.rosters.builders import FINNISH_HEADER, csv_bytes

pytestmark = pytest.mark.django_db

REFLECTION = "Mistä yhteistyön onnistumisesta haluaisit kertoa kauden lopussa?"
NEEDS = "Gluteeniton ruokavalio"
QUESTION = "Kuka valitsee kunnanjohtajan?"


@pytest.fixture
def history(client, hameenlinna):
    """A learner who has done something in every app: studied, answered, registered, earned a badge."""
    course = make_course(title="Valtuustokauden perehdytys")
    module = make_module(course)
    reflection_lesson = LessonPage.objects.get(
        pk=make_lesson(module, body=[("reflection", {"question": REFLECTION, "guidance": ""})]).pk
    )
    quiz = make_quiz([question(QUESTION, options=(("Valtuusto", True), ("Hallitus", False)))], title="Roolit")
    quiz_lesson = make_quiz_lesson(module, quiz)
    badge = make_badge_class(course)
    event = make_event(title="Strategiatyöpaja")
    user = make_user(
        email="aino.virtanen@example.fi", first_name="Aino", last_name="Virtanen", municipality=hameenlinna
    )
    client.force_login(user)

    client.post(reverse("courses:enrol", args=[course.id]))
    block_id = next(block["id"] for block in reflection_lesson.body.raw_data if block["type"] == "reflection")
    client.post(
        reverse("assessments:reflection_save", args=[reflection_lesson.id, block_id]),
        {f"reflection-{block_id[:8]}-text": "Talousarvion yhteinen valmistelu."},
    )
    client.post(reverse("courses:lesson_complete", args=[reflection_lesson.id]))
    take(client, user, quiz, quiz_lesson, [[0]])
    assert Enrolment.objects.get(user=user).completed_at is not None
    client.get(reverse("certificates:certificate_for_course", args=[course.id]))
    client.get(reverse("certificates:badge_for_course", args=[course.id]))
    client.post(reverse("events:register", args=[event.pk]), {"needs": NEEDS})
    CalendarFeed.objects.create(user=user)
    client.logout()
    return user, course, badge


def download(client, user):
    client.force_login(user)
    response = client.get(reverse("accounts:my_data"), {"download": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_download_holds_what_every_app_keeps(client, history):
    user, course, badge = history
    data = download(client, user)

    [reflection] = data["assessments"]["reflections"]
    assert (reflection["question"], reflection["answer"]) == (REFLECTION, "Talousarvion yhteinen valmistelu.")
    [attempt] = data["assessments"]["quiz_attempts"]
    assert attempt["quiz"] == "Roolit" and attempt["passed"] is True and attempt["score_percent"] == 100
    assert attempt["answers"] == [{"question": QUESTION, "chosen": ["Valtuusto"]}]
    [registration] = data["events"]["registrations"]
    assert (registration["event"], registration["needs"], registration["status"]) == (
        "Strategiatyöpaja",
        NEEDS,
        "registered",
    )
    assert data["events"]["has_calendar_feed"] is True
    [certificate] = data["certificates"]["certificates"]
    assert certificate["name_on_certificate"] == "Aino Virtanen" and certificate["course"] == course.title
    [awarded] = data["certificates"]["badges"]
    assert awarded["badge"] == badge.name
    assert data["rosters"] == {
        "reminder_emails_unsubscribed_at": None,
        "invitations": [],
        "reminders_received": [],
        "rows_in_roster_files_waiting_for_confirmation": [],
    }


def test_erasure_removes_free_text_and_identity_but_keeps_the_figures(client, history):
    user, course, _badge = history
    certificate = Certificate.objects.get(user=user)
    assertion = BadgeAssertion.objects.get(user=user)

    call_command("erase_person", user.email, "--yes")

    assert not ReflectionAnswer.objects.filter(user=user).exists()
    assert not CalendarFeed.objects.filter(user=user).exists()
    registration = Registration.objects.get(user=user)
    assert registration.needs == "" and registration.status == Registration.Status.REGISTERED
    certificate.refresh_from_db()
    assert certificate.recipient_name == "" and certificate.revoked
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert b"Aino" not in page.content
    assert client.get(reverse("certificates:assertion", args=[assertion.uid])).status_code == 410
    # What the municipality's and trainers' figures count stays, tied to no one:
    assert QuizAttempt.objects.filter(user=user, passed=True).count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 2
    assert Enrolment.objects.get(user=user, course=course).completed_at is not None


def test_a_pending_roster_file_gives_up_the_erased_persons_row_only(client, hameenlinna):
    leader = make_leader(hameenlinna, email="johtaja@example.fi")
    client.force_login(leader)
    rows = [
        FINNISH_HEADER,
        ["Virtanen, Aino", "aino.virtanen@example.fi", "valtuutettu", "Kaupunginvaltuusto"],
        ["Mäkelä, Eero", "eero.makela@example.fi", "valtuutettu", "Kaupunginvaltuusto"],
    ]
    upload = SimpleUploadedFile("valtuusto.csv", csv_bytes(rows), "text/csv")
    client.post(reverse("rosters:import", args=[hameenlinna.code]), {"file": upload})
    person = make_user(email="aino.virtanen@example.fi", municipality=hameenlinna)

    rows_about = download(client, person)["rosters"]["rows_in_roster_files_waiting_for_confirmation"]
    assert [(row["last_name"], row["file"]) for row in rows_about] == [("Virtanen", "valtuusto.csv")]

    call_command("erase_person", person.email, "--yes")
    assert [row["email"] for row in RosterImport.objects.get().rows] == ["eero.makela@example.fi"]


def test_a_confirmed_roster_file_keeps_no_copy_of_the_people(client, hameenlinna, django_capture_on_commit_callbacks):
    leader = make_leader(hameenlinna, email="johtaja@example.fi")
    client.force_login(leader)
    rows = [FINNISH_HEADER, ["Mäkelä, Eero", "eero.makela@example.fi", "valtuutettu", "Kaupunginvaltuusto"]]
    upload = SimpleUploadedFile("valtuusto.csv", csv_bytes(rows), "text/csv")
    client.post(reverse("rosters:import", args=[hameenlinna.code]), {"file": upload})
    roster_import = RosterImport.objects.get()
    # Confirming queues the saving (rosters.tasks.save_roster_import); it runs when the request commits.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("rosters:import_preview", args=[hameenlinna.code, roster_import.pk]),
            {"confirm": "", "faulty_count": 0},
        )

    roster_import.refresh_from_db()
    assert roster_import.status == RosterImport.Status.CONFIRMED and roster_import.rows == []
    assert roster_import.created_count == 1
    invited = Invitation.objects.get()
    assert download(client, invited.user)["rosters"]["invitations"][0]["used_at"] is None
    assert AuditEvent.objects.filter(
        actor=leader, action=AuditEvent.Action.IMPORT, municipality=hameenlinna, what="roster file"
    ).exists()


def test_viewing_and_exporting_the_participant_list_is_logged_and_shown_to_the_people(client, hameenlinna):
    make_course(title="Valtuustokauden perehdytys")
    person = make_user(email="aino.virtanen@example.fi", municipality=hameenlinna)
    leader = make_leader(hameenlinna, email="johtaja@example.fi", first_name="Liisa", last_name="Korhonen")
    client.force_login(leader)
    assert client.get(reverse("participation:municipality", args=[hameenlinna.code])).status_code == 200
    response = client.get(reverse("participation:participants_export", args=[hameenlinna.code, "csv"]))
    b"".join(response.streaming_content)

    logged = AuditEvent.objects.filter(actor=leader, municipality=hameenlinna).order_by("created_at", "id")
    assert [(event.action, event.what) for event in logged] == [
        ("view", "participation dashboard"),
        ("export", "participant list (csv)"),
    ]
    seen = download(client, person)["account"]["who_viewed_my_data"]
    assert [(line["who"], line["action"]) for line in seen if line["whose"] != "you"] == [
        ("Liisa Korhonen", "view"),
        ("Liisa Korhonen", "export"),
    ]
    # People of another municipality see none of it:
    other = make_user(email="porvoo@example.fi", municipality=Municipality.objects.get(code="638"))
    assert [line for line in download(client, other)["account"]["who_viewed_my_data"] if line["whose"] != "you"] == []


def test_an_organiser_opening_the_event_roster_is_logged(client, hameenlinna):
    from tests.events.builders import make_coordinator

    event = make_event()
    coordinator = make_coordinator(email="koordinaattori@example.fi")
    client.force_login(coordinator)
    assert client.get(reverse("events:roster", args=[event.pk])).status_code == 200
    # The coordinator organises every event but is not one of its trainers: the needs notes were not shown.
    assert AuditEvent.objects.get(actor=coordinator).detail == {"event": event.pk, "needs": False}


def test_administrators_read_the_audit_log_and_nobody_can_change_it(client, hameenlinna):
    leader = make_leader(hameenlinna, email="johtaja@example.fi")
    client.force_login(leader)
    client.get(reverse("participation:municipality", args=[hameenlinna.code]))
    event = AuditEvent.objects.get(actor=leader)
    admin = make_user(email="yllapito@example.fi", is_superuser=True, is_staff=True)
    client.force_login(admin)

    listing = client.get(reverse("audit_log:index"))
    assert listing.status_code == 200
    # Stored as a stable code, shown in the administrator's language.
    assert str(leader) in listing.content.decode() and tr("participation dashboard") in listing.content.decode()
    assert client.get(reverse("audit_log:inspect", args=[event.pk])).status_code == 200
    assert client.post(reverse("audit_log:delete", args=[event.pk])).status_code == 302
    assert client.post(reverse("audit_log:edit", args=[event.pk]), {"what": "muutettu"}).status_code == 302
    event.refresh_from_db()
    assert event.what == "participation dashboard"
