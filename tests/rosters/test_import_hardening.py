"""The roster import under hostile or heavy use: the same file again, the same file twice at once, a
national roster of 10,000 rows saved in the background with its progress shown, saving that stops halfway."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from rosters import services
from rosters.models import Invitation, RosterImport

from .builders import FINNISH_HEADER, csv_bytes, make_leader
from .test_import_views import GOOD_ROWS, confirm, preview_url, upload

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def leader(client, hameenlinna):
    user = make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen")
    client.force_login(user)
    return user


def import_file(client, place, data, capture):
    upload(client, place, data)
    roster_import = RosterImport.objects.get(status=RosterImport.Status.PENDING)
    with capture(execute=True):
        response = confirm(client, roster_import)
    return roster_import, response


def test_importing_the_same_roster_again_sends_no_invitation(
    client, leader, hameenlinna, django_capture_on_commit_callbacks
):
    import_file(client, hameenlinna, csv_bytes(GOOD_ROWS), django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3
    mail.outbox.clear()

    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    page = client.get(preview_url(RosterImport.objects.get(status="pending"))).content.decode()
    assert page.count("Already on this roster with this role: nothing changes.") == 4
    again, _response = import_file(client, hameenlinna, csv_bytes(GOOD_ROWS), django_capture_on_commit_callbacks)
    again.refresh_from_db()
    assert mail.outbox == [] and again.invited_count == 0
    assert Invitation.objects.count() == 3


def test_a_new_role_for_someone_with_a_working_link_sends_no_second_link(
    client, leader, hameenlinna, django_capture_on_commit_callbacks
):
    import_file(client, hameenlinna, csv_bytes(GOOD_ROWS[:2]), django_capture_on_commit_callbacks)
    mail.outbox.clear()
    more = [FINNISH_HEADER, ["Mäkelä, Aino", "aino.makela@example.fi", "jäsen", "Kunnanhallitus"]]
    import_file(client, hameenlinna, csv_bytes(more), django_capture_on_commit_callbacks)
    assert mail.outbox == []  # the first link still works


def test_a_new_role_after_the_link_expired_sends_a_new_one(
    client, leader, hameenlinna, django_capture_on_commit_callbacks, settings
):
    import_file(client, hameenlinna, csv_bytes(GOOD_ROWS[:2]), django_capture_on_commit_callbacks)
    Invitation.objects.update(created_at=timezone.now() - timezone.timedelta(days=settings.ROSTER_INVITATION_DAYS + 1))
    mail.outbox.clear()
    more = [FINNISH_HEADER, ["Mäkelä, Aino", "aino.makela@example.fi", "jäsen", "Kunnanhallitus"]]
    import_file(client, hameenlinna, csv_bytes(more), django_capture_on_commit_callbacks)
    assert [message.to[0] for message in mail.outbox] == ["aino.makela@example.fi"]


def test_saving_shows_its_progress_and_refreshes_itself_without_javascript(client, leader, hameenlinna):
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    roster_import = RosterImport.objects.get()
    response = confirm(client, roster_import)  # the task waits for the commit, which a test never makes
    done_url = reverse("rosters:import_done", args=[hameenlinna.code, roster_import.pk])
    assert response["Location"] == done_url
    page = client.get(done_url)
    assert page["Refresh"] == "2"
    text = page.content.decode()
    assert "0 of 4 rows saved" in text and '<progress id="roster-progress" max="4" value="0">' in text
    assert f'href="{done_url}"' in text  # a plain link updates it too
    assert client.get(preview_url(roster_import))["Location"] == done_url  # no second confirmation

    services.roster_import_save(roster_import_id=roster_import.pk, base_url="http://testserver/")
    page = client.get(done_url)
    assert "Refresh" not in page and "4 people added" not in page.content.decode()
    assert "3 people added" in page.content.decode()


def test_saving_that_stopped_halfway_continues_without_saving_anyone_twice(
    client, leader, hameenlinna, django_capture_on_commit_callbacks, monkeypatch
):
    rows = [FINNISH_HEADER] + [[f"Henkilö {n:04}", f"h{n:04}@example.fi", "valtuutettu", ""] for n in range(30)]
    upload(client, hameenlinna, csv_bytes(rows))
    roster_import = RosterImport.objects.get()
    monkeypatch.setattr(services, "SAVE_CHUNK_ROWS", 10)
    calls = {"count": 0}
    real_chunk_save = services._chunk_save

    def chunk_save_that_fails_the_second_time(**kwargs):
        calls["count"] += 1
        if calls["count"] == 2:
            raise ConnectionError("the database went away")
        real_chunk_save(**kwargs)

    monkeypatch.setattr(services, "_chunk_save", chunk_save_that_fails_the_second_time)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, roster_import)
    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.saved_rows) == ("failed", 10)
    done_url = reverse("rosters:import_done", args=[hameenlinna.code, roster_import.pk])
    assert "Saving stopped before the end" in client.get(done_url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(done_url, {"resume": ""})
    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.saved_rows, roster_import.created_count) == ("confirmed", 30, 30)
    assert User.objects.filter(municipality=hameenlinna).count() == 30
    assert Invitation.objects.count() == 30 and len(mail.outbox) == 30


def test_a_national_roster_of_ten_thousand_rows_is_saved_in_chunks(
    client, leader, hameenlinna, django_capture_on_commit_callbacks, settings
):
    rows = [FINNISH_HEADER] + [[f"Henkilö {n:05}", f"h{n:05}@example.fi", "valtuutettu", ""] for n in range(10_000)]
    upload(client, hameenlinna, csv_bytes(rows))
    roster_import = RosterImport.objects.get()
    preview = client.get(preview_url(roster_import)).content.decode()
    assert "10000 rows" in preview and "The first 200 of 10000 rows are shown." in preview
    confirm(client, roster_import)
    services.roster_import_save(roster_import_id=roster_import.pk, base_url="http://testserver/")
    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.created_count, roster_import.invited_count) == (
        "confirmed",
        10_000,
        10_000,
    )
    assert roster_import.rows == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_file_uploaded_twice_at_once_leaves_one_pending_import(hameenlinna):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite serialises every write anyway")
    leader = make_leader(hameenlinna)
    data = csv_bytes(GOOD_ROWS)
    barrier, errors = threading.Barrier(2), []

    def send():
        try:
            barrier.wait()
            services.roster_import_create(municipality=hameenlinna, uploaded_by=leader, file_name="r.csv", data=data)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert RosterImport.objects.filter(uploaded_by=leader, status="pending").count() == 1
