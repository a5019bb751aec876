"""Builders for event tests: the calendar and events. People and places come from tests/builders.py
(re-exported here)."""

import datetime
import itertools

from django.utils import timezone

from events.models import EventKind, EventPage, EventTrainer
from events.setup import events_setup
from home.setup import home_page_ensure
from tests.builders import (  # noqa: F401 (re-exported)
    make_coordinator,
    make_leader,
    make_trainer,
    make_user,
    member_municipality,
)

_counter = itertools.count(1)


def make_events_index():
    return events_setup(home=home_page_ensure())


def make_event(index=None, *, trainers=(), **fields):
    """A published event starting in a week, open to the whole network, unless told otherwise."""
    n = next(_counter)
    starts = fields.pop("starts_at", timezone.now() + datetime.timedelta(days=7))
    fields.setdefault("title", f"Työpaja {n}")
    fields.setdefault("slug", f"tyopaja-{n}")
    fields.setdefault("kind", EventKind.STRATEGY_WORKSHOP)
    fields.setdefault("description", "<p>Työpajan kuvaus.</p>")
    fields.setdefault("ends_at", starts + datetime.timedelta(hours=3))
    fields.setdefault("place", "Kaupungintalo")
    index = index or make_events_index()
    event = index.add_child(instance=EventPage(starts_at=starts, **fields))
    event.save_revision().publish()
    for trainer in trainers:
        EventTrainer.objects.create(event=event, user=trainer)
    return EventPage.objects.get(pk=event.pk)


def shift_event(event, *, days):
    """Move an event in time (to put it in the past, say) without going through the admin."""
    delta = datetime.timedelta(days=days)
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=event.starts_at + delta,
        ends_at=event.ends_at + delta,
        registration_deadline=event.registration_deadline + delta if event.registration_deadline else None,
    )
    return EventPage.objects.get(pk=event.pk)
