"""The demo: loads twice without duplicates, and the demo councillor's journey works on it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission

from courses.demo import demo_load
from courses.setup import TRAINERS_GROUP
from events.demo import events_demo_load
from events.models import EventPage, EventTrainer, FeedbackAnswer, Registration
from tests.i18n import tr

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(module_transaction):
    """The course and event demo, loaded once for the module (what a test writes is rolled back after it)."""
    demo_load()
    return events_demo_load()


def test_demo_is_idempotent(demo):
    counts = (EventPage.objects.count(), Registration.objects.count(), FeedbackAnswer.objects.count())

    events_demo_load()

    assert (EventPage.objects.count(), Registration.objects.count(), FeedbackAnswer.objects.count()) == counts
    assert counts[0] == 13 and counts[1] > 0 and counts[2] > 0


def test_demo_has_past_events_with_attendance_and_upcoming_ones(demo):
    from django.utils import timezone

    now = timezone.now()
    past = EventPage.objects.filter(ends_at__lt=now)
    assert past.filter(title="Verkoston aloitusseminaari: kestävä kunnan johtaminen").exists()
    assert Registration.objects.filter(event__in=past, attended=True).exists()
    assert EventPage.objects.filter(starts_at__gt=now).count() >= 3
    trainer_events = EventTrainer.objects.filter(user__email="kouluttaja@example.fi").count()
    assert trainer_events == EventPage.objects.count()


def test_trainers_may_author_events(demo):
    group = Group.objects.get(name=TRAINERS_GROUP)

    assert GroupPagePermission.objects.filter(group=group, page=demo["index"]).count() >= 3


def test_demo_councillor_finds_the_next_workshop_and_registers(client, demo, run_on_commit):
    from accounts.models import User

    councillor = User.objects.get(email="valtuutettu@example.fi")
    assert councillor.municipality.code == "109"
    client.force_login(councillor)

    calendar = client.get(demo["index"].url, {"municipality": "109", "kind": "strategy_workshop"}).content.decode()
    workshop = EventPage.objects.get(slug="hameenlinna-strategiatyopaja-jatko")
    assert workshop.title in calendar
    run_on_commit(client.post, reverse("events:register", args=[workshop.pk]))

    assert Registration.objects.get(event=workshop, user=councillor).status == "registered"
    assert mail.outbox[-1].attachments[0][0].endswith(".ics")
    kickoff = EventPage.objects.get(slug="verkoston-aloitusseminaari-2021")
    my_events = client.get(reverse("events:my_events")).content.decode()
    assert tr("Give feedback") in my_events
    assert reverse("events:feedback", args=[kickoff.pk]) in my_events
    assert client.post(reverse("events:feedback", args=[kickoff.pk]), {"rating": "5"}).status_code == 302
