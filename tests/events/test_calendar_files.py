"""Confirmation and change emails with the .ics attached, the .ics of an event and the personal feed."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse

from events.models import CalendarFeed, Registration
from tests.builders import make_user
from tests.i18n import tr

from .builders import make_event

pytestmark = pytest.mark.django_db


def unfold(text):
    """Undo RFC 5545 line folding and split into content lines."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF, no bare LF
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def properties(text):
    lines = unfold(text)
    return [tuple(line.split(":", 1)) for line in lines]


def assert_valid_calendar(text, *, events):
    for raw_line in text.split("\r\n"):
        assert len(raw_line.encode("utf-8")) <= 75
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == events
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert sum(line.startswith(name + ":") for line in lines) == events
    for line in lines:
        if line.startswith(("DTSTART:", "DTEND:", "DTSTAMP:")):
            assert re.fullmatch(r"\d{8}T\d{6}Z", line.split(":", 1)[1])


def register(client, user, event):
    client.force_login(user)
    return client.post(reverse("events:register", args=[event.pk]))


def test_registering_sends_a_confirmation_with_the_calendar_file(client, event, hameenlinna, run_on_commit):
    learner = make_user(municipality=hameenlinna, email="aino@example.fi")

    run_on_commit(register, client, learner, event)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["aino@example.fi"]
    assert message.subject == tr("Registered: %(title)s", title=event.title)
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    assert_valid_calendar(content, events=1)
    assert "STATUS:CONFIRMED" in unfold(content)


def test_no_email_before_the_transaction_commits(client, event, hameenlinna):
    register(client, make_user(municipality=hameenlinna), event)

    assert mail.outbox == []  # the test transaction never commits, so the task was never enqueued


def test_waiting_list_promotion_and_cancellation_each_send_an_email(client, index, hameenlinna, run_on_commit):
    event = make_event(index, municipality=hameenlinna, capacity=1)
    first = make_user(municipality=hameenlinna, email="first@example.fi")
    second = make_user(municipality=hameenlinna, email="second@example.fi")
    run_on_commit(register, client, first, event)
    run_on_commit(register, client, second, event)
    client.force_login(first)
    run_on_commit(client.post, reverse("events:cancel", args=[event.pk]))

    sent = [(m.to[0], m.subject) for m in mail.outbox]
    assert sent == [
        ("first@example.fi", tr("Registered: %(title)s", title=event.title)),
        ("second@example.fi", tr("On the waiting list: %(title)s", title=event.title)),
        ("first@example.fi", tr("Registration cancelled: %(title)s", title=event.title)),
        ("second@example.fi", tr("A seat is yours: %(title)s", title=event.title)),
    ]
    waiting_ics = unfold(mail.outbox[1].attachments[0][1])
    cancelled_ics = unfold(mail.outbox[2].attachments[0][1])
    promoted_ics = unfold(mail.outbox[3].attachments[0][1])
    assert "STATUS:TENTATIVE" in waiting_ics
    assert "METHOD:CANCEL" in cancelled_ics and "STATUS:CANCELLED" in cancelled_ics
    assert "STATUS:CONFIRMED" in promoted_ics
    uid = [line for line in promoted_ics if line.startswith("UID:")]
    assert uid == [line for line in cancelled_ics if line.startswith("UID:")]  # same event for the calendar app


def test_email_follows_the_persons_language(client, event, hameenlinna, run_on_commit):
    learner = make_user(municipality=hameenlinna, preferred_language="en")

    run_on_commit(register, client, learner, event)

    assert "You are registered for" in mail.outbox[0].body


def test_event_ics_escapes_text_and_folds_long_lines(client, index):
    title = "Työpaja; kestävyys, strategia \\ seuranta " + "ä" * 60
    event = make_event(
        index, title=title, place="Kaupungintalo, sali 2; 2. krs", description="<p>Rivi 1</p><p>Rivi 2</p>"
    )

    response = client.get(reverse("events:event_ics", args=[event.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert_valid_calendar(text, events=1)
    props = dict(properties(text)[5:])
    assert props["SUMMARY"] == "Työpaja\\; kestävyys\\, strategia \\\\ seuranta " + "ä" * 60
    assert props["LOCATION"] == "Kaupungintalo\\, sali 2\\; 2. krs"
    assert props["DESCRIPTION"].startswith("Rivi 1\\nRivi 2")
    assert max(len(line.encode()) for line in text.split("\r\n")) == 75  # long lines really were folded


def test_event_times_are_in_utc(client, index):
    from zoneinfo import ZoneInfo

    starts = datetime.datetime(2030, 6, 10, 16, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    event = make_event(index, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))

    props = dict(properties(client.get(reverse("events:event_ics", args=[event.pk])).content.decode()))

    assert props["DTSTART"] == "20300610T130000Z"  # 16.00 in Finnish summer time
    assert props["DTEND"] == "20300610T150000Z"


def test_feed_lists_the_persons_events_only_with_their_token(client, index, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    someone_else = make_user(municipality=hameenlinna)
    mine = make_event(
        index, municipality=hameenlinna, title="Minun tapahtumani", online_url="https://example.fi/linkki"
    )
    theirs = make_event(index, municipality=hameenlinna, title="Jonkun muun tapahtuma")
    make_event(index, municipality=hameenlinna, title="Ei kenenkään")
    register(client, learner, mine)
    register(client, someone_else, theirs)
    register(client, learner, theirs)
    client.force_login(learner)
    client.post(reverse("events:cancel", args=[theirs.pk]))

    page = client.get(reverse("events:my_events")).content.decode()
    token = CalendarFeed.objects.get(user=learner).token
    feed_url = reverse("events:feed", args=[token])
    assert feed_url in page
    client.logout()  # calendar apps do not log in
    response = client.get(feed_url)

    assert response.status_code == 200
    text = response.content.decode()
    assert_valid_calendar(text, events=1)
    lines = unfold(text)
    assert "SUMMARY:Minun tapahtumani" in lines
    assert "https://example.fi/linkki" in text.replace("\r\n ", "")
    assert "Jonkun muun" not in text and "Ei kenenkään" not in text


def test_feed_with_a_wrong_token_is_404(client, index):
    make_user()
    assert client.get(reverse("events:feed", args=["väärä-tunniste"])).status_code == 404
    assert client.get("/tapahtuma/kalenteri/.ics").status_code == 404


def test_regenerating_the_feed_address_ends_the_old_one(client, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)
    client.get(reverse("events:my_events"))
    old = CalendarFeed.objects.get(user=learner).token

    response = client.post(reverse("events:feed_regenerate"))

    new = CalendarFeed.objects.get(user=learner).token
    assert response.status_code == 302 and new != old
    assert client.get(reverse("events:feed", args=[old])).status_code == 404
    assert client.get(reverse("events:feed", args=[new])).status_code == 200


def test_feed_of_a_waitlisted_event_is_tentative_and_hides_the_link(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1, online_url="https://example.fi/salainen")
    register(client, make_user(municipality=hameenlinna), event)
    waiting = make_user(municipality=hameenlinna)
    register(client, waiting, event)
    token = CalendarFeed.objects.get_or_create(user=waiting)[0].token

    text = client.get(reverse("events:feed", args=[token])).content.decode()

    assert "STATUS:TENTATIVE" in unfold(text)
    assert "salainen" not in text.replace("\r\n ", "")
    assert Registration.objects.get(user=waiting).status == Registration.Status.WAITLISTED
