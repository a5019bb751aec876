"""Confirmation and change emails with the .ics attached, the .ics of an event and the personal feed."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

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


def parse(text):
    """The calendar read back with the icalendar library, after checking the lines themselves: CRLF ends and
    no line longer than 75 octets (RFC 5545 §3.1)."""
    unfold(text)
    assert max(len(line.encode("utf-8")) for line in text.split("\r\n")) <= 75
    return Calendar.from_ical(text)


def vevents(text):
    return list(parse(text).walk("VEVENT"))


def assert_valid_calendar(text, *, events):
    calendar = parse(text)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    found = calendar.walk("VEVENT")
    assert len(found) == events
    for event in found:
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "ORGANIZER"):
            assert name in event, name
        assert event["DTSTART"].params["TZID"] == "Europe/Helsinki"
    if events:
        assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    return calendar


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
    assert mimetype == "text/calendar; method=REQUEST"
    calendar = assert_valid_calendar(content, events=1)
    assert calendar["METHOD"] == "REQUEST"  # an invitation to the person (RFC 5546 §3.2.2)
    vevent = calendar.walk("VEVENT")[0]
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["ORGANIZER"] == "mailto:noreply@example.fi"
    assert vevent["ORGANIZER"].params["CN"] == "USO-perehdytys"
    attendee = vevent["ATTENDEE"]
    assert attendee == "mailto:aino@example.fi"
    assert (attendee.params["PARTSTAT"], attendee.params["RSVP"]) == ("ACCEPTED", "FALSE")


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
    waiting, cancelled, promoted = (assert_valid_calendar(m.attachments[0][1], events=1) for m in mail.outbox[1:])
    assert mail.outbox[2].attachments[0][2] == "text/calendar; method=CANCEL"
    assert [calendar["METHOD"] for calendar in (waiting, cancelled, promoted)] == ["REQUEST", "CANCEL", "REQUEST"]
    waiting, cancelled, promoted = (calendar.walk("VEVENT")[0] for calendar in (waiting, cancelled, promoted))
    assert [vevent["STATUS"] for vevent in (waiting, cancelled, promoted)] == ["TENTATIVE", "CANCELLED", "CONFIRMED"]
    # RFC 5546 §3.2.5: a cancellation names the organizer and the attendee it is for.
    assert cancelled["ORGANIZER"] == "mailto:noreply@example.fi"
    assert cancelled["ATTENDEE"] == "mailto:first@example.fi"
    assert cancelled["ATTENDEE"].params["PARTSTAT"] == "DECLINED"
    assert (waiting["ATTENDEE"], waiting["ATTENDEE"].params["PARTSTAT"]) == ("mailto:second@example.fi", "TENTATIVE")
    assert promoted["UID"] == cancelled["UID"] == waiting["UID"]  # same event for the calendar app


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
    calendar = assert_valid_calendar(text, events=1)
    assert calendar["METHOD"] == "PUBLISH"
    vevent = calendar.walk("VEVENT")[0]
    assert "ATTENDEE" not in vevent  # a published file is nobody's invitation
    assert vevent["SUMMARY"] == title
    assert vevent["LOCATION"] == "Kaupungintalo, sali 2; 2. krs"
    assert vevent["DESCRIPTION"].startswith("Rivi 1\nRivi 2")
    lines = unfold(text)
    assert "SUMMARY:Työpaja\\; kestävyys\\, strategia \\\\ seuranta " + "ä" * 60 in lines  # escaped
    assert "LOCATION:Kaupungintalo\\, sali 2\\; 2. krs" in lines
    assert len(text.split("\r\n")) > len(lines) + 1  # long lines really were folded


def test_event_times_are_in_finnish_time_with_its_timezone(client, index):
    from zoneinfo import ZoneInfo

    starts = datetime.datetime(2030, 6, 10, 16, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
    event = make_event(index, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))

    text = client.get(reverse("events:event_ics", args=[event.pk])).content.decode()

    assert "DTSTART;TZID=Europe/Helsinki:20300610T160000" in unfold(text)
    assert "DTEND;TZID=Europe/Helsinki:20300610T180000" in unfold(text)
    calendar = assert_valid_calendar(text, events=1)
    vevent = calendar.walk("VEVENT")[0]
    assert vevent.start.astimezone(datetime.UTC) == datetime.datetime(2030, 6, 10, 13, 0, tzinfo=datetime.UTC)
    # The VTIMEZONE tells summer time (EEST, +03) from winter time (EET, +02) for the years around the event.
    zone = calendar.walk("VTIMEZONE")[0]
    offsets = {str(part["TZNAME"]): part["TZOFFSETTO"].td for part in zone.subcomponents}
    assert offsets == {"EET": datetime.timedelta(hours=2), "EEST": datetime.timedelta(hours=3)}


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
    calendar = assert_valid_calendar(text, events=1)
    assert calendar["METHOD"] == "PUBLISH" and calendar["X-WR-CALNAME"]
    assert calendar.walk("VEVENT")[0]["SUMMARY"] == "Minun tapahtumani"
    assert "ATTENDEE" not in calendar.walk("VEVENT")[0]
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

    assert vevents(text)[0]["STATUS"] == "TENTATIVE"
    assert "salainen" not in text.replace("\r\n ", "")
    assert Registration.objects.get(user=waiting).status == Registration.Status.WAITLISTED
