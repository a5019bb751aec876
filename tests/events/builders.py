"""Builders for event tests: the calendar, events, member municipalities and people in each role."""

import datetime
import itertools

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from courses.setup import TRAINERS_GROUP
from events.models import EventKind, EventPage, EventTrainer
from events.setup import events_setup
from home.setup import home_page_ensure
from municipalities.models import Municipality, MunicipalLeader, Network, NetworkMembership
from tests.builders import make_user

_counter = itertools.count(1)


def make_events_index():
    return events_setup(home=home_page_ensure())


def member_municipality(code):
    """A municipality (from the loaded data) that is a member of the USO network."""
    municipality = Municipality.objects.get(code=code)
    network = Network.objects.get(slug="uso-2021-2022")
    NetworkMembership.objects.get_or_create(
        network=network, municipality=municipality, defaults={"joined_on": datetime.date(2021, 8, 1)}
    )
    return municipality


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


def make_trainer(**fields):
    user = make_user(**fields)
    user.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    return user


def make_coordinator(**fields):
    user = make_user(**fields)
    user.user_permissions.add(Permission.objects.get(codename="view_network", content_type__app_label="municipalities"))
    return user


def make_leader(led, **fields):
    user = make_user(**fields)
    MunicipalLeader.objects.create(user=user, municipality=led)
    return user


def shift_event(event, *, days):
    """Move an event in time (to put it in the past, say) without going through the admin."""
    delta = datetime.timedelta(days=days)
    EventPage.objects.filter(pk=event.pk).update(
        starts_at=event.starts_at + delta,
        ends_at=event.ends_at + delta,
        registration_deadline=event.registration_deadline + delta if event.registration_deadline else None,
    )
    return EventPage.objects.get(pk=event.pk)
