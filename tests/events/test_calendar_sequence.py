"""SEQUENCE: one number per event, the same in the download, the feed and the e-mails, raised by every change
a calendar shows (in any language) and never lowered, so calendar apps always take the newest copy."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from events.models import CalendarFeed, CalendarSequence, EventPage
from tests.builders import make_user, translate

pytestmark = pytest.mark.django_db


def vevent(text):
    (found,) = Calendar.from_ical(text).walk("VEVENT")
    return found


def channels(client, event, learner):
    """(SEQUENCE, DTSTAMP) of the event in its download and in the learner's feed."""
    token = CalendarFeed.objects.get_or_create(user=learner)[0].token
    download = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())
    feed = vevent(client.get(reverse("events:feed", args=[token])).content.decode())
    assert download["UID"] == feed["UID"]
    return download["SEQUENCE"], feed["SEQUENCE"]


def emailed():
    return vevent(mail.outbox[-1].attachments[0][1])


def publish_change(event, **fields):
    page = EventPage.objects.get(pk=event.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_every_channel_carries_the_same_sequence_through_an_edit_and_a_cancellation(
    client, event, hameenlinna, run_on_commit
):
    learner = make_user(municipality=hameenlinna, email="aino@example.fi")
    client.force_login(learner)
    run_on_commit(client.post, reverse("events:register", args=[event.pk]))
    first = emailed()["SEQUENCE"]
    assert channels(client, event, learner) == (first, first)

    publish_change(event, starts_at=event.starts_at + datetime.timedelta(hours=1))
    edited = channels(client, event, learner)
    assert edited[0] == edited[1] > first

    publish_change(event)  # published again, nothing a calendar shows changed
    assert channels(client, event, learner) == edited

    download = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())
    run_on_commit(client.post, reverse("events:cancel", args=[event.pk]))
    cancellation = emailed()
    assert Calendar.from_ical(mail.outbox[-1].attachments[0][1])["METHOD"] == "CANCEL"
    # The same SEQUENCE as the file downloaded before it; being made later (DTSTAMP) it is the newer copy.
    assert cancellation["SEQUENCE"] == download["SEQUENCE"] == edited[0]
    assert cancellation["DTSTAMP"].dt >= download["DTSTAMP"].dt


def test_publishing_an_older_revision_raises_the_sequence_rather_than_setting_it_back(client, event, hameenlinna):
    client.force_login(make_user(municipality=hameenlinna))
    original = event.revisions.order_by("created_at").first()
    publish_change(event, place="Uusi paikka")
    changed = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())["SEQUENCE"]

    original.publish()

    again = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())
    assert again["LOCATION"] == "Kaupungintalo"
    assert again["SEQUENCE"] > changed


def test_a_change_to_the_swedish_copy_raises_the_sequence_in_both_languages(client, event, hameenlinna):
    client.force_login(make_user(municipality=hameenlinna))
    swedish = translate(event, title="Workshop på svenska", place="Stadshuset")
    with translation.override("sv"):
        swedish_url = reverse("events:event_ics", args=[swedish.pk])
    before = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())["SEQUENCE"]
    assert vevent(client.get(swedish_url).content.decode())["SEQUENCE"] == before

    publish_change(swedish, place="Stadshuset, sal 2")

    finnish = vevent(client.get(reverse("events:event_ics", args=[event.pk])).content.decode())
    swedish_file = vevent(client.get(swedish_url).content.decode())
    assert finnish["SEQUENCE"] == swedish_file["SEQUENCE"] > before
    assert swedish_file["LOCATION"] == "Stadshuset, sal 2"


def test_the_migration_starts_existing_events_above_the_numbers_the_old_writer_issued(event):
    migration = importlib.import_module("events.migrations.0002_calendar_sequence")
    CalendarSequence.objects.all().delete()
    # The old writer's largest possible number for this event: seconds from 2021 to now.
    old = int((datetime.datetime.now(datetime.UTC) - migration.OLD_SEQUENCE_EPOCH).total_seconds())

    migration.start_above_the_old_numbers(apps, None)

    assert CalendarSequence.objects.get(event=event).sequence > old
    assert old < 2**31 - 1 - 10**8  # RFC 5545 INTEGER room for many more changes
