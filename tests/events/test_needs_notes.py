"""Needs notes (diet, accessibility: possibly health data) are read only by the event's own trainers, and
cleared a set time after the event (EVENT_NEEDS_RETENTION_DAYS) by `manage.py clear_event_needs`."""

import datetime
import io

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.html import escape

from accounts.models import AuditEvent
from events import services
from events.models import Registration
from tests.builders import make_user
from tests.i18n import tr

from .builders import make_event

pytestmark = pytest.mark.django_db

NOTE = "Gluteeniton ruokavalio, pyörätuoli"


@pytest.fixture
def registered(event, hameenlinna):
    learner = make_user(municipality=hameenlinna, first_name="Aino", last_name="Ilmoittautuja")
    services.registration_create(event=event, user=learner, needs=NOTE)
    return learner


def roster_page(client, user, event):
    client.force_login(user)
    response = client.get(reverse("events:roster", args=[event.pk]))
    return response.status_code, response.content.decode()


def test_only_the_events_own_trainers_read_the_needs(client, event, registered, people):
    status, page = roster_page(client, people["trainer"], event)
    assert status == 200 and NOTE in page and "Ilmoittautuja" in page
    superuser = make_user(is_superuser=True, is_staff=True)
    for viewer in (people["coordinator"], superuser):
        status, page = roster_page(client, viewer, event)
        assert status == 200 and "Ilmoittautuja" in page  # they organise: names and attendance
        assert NOTE not in page
    assert roster_page(client, people["other_trainer"], event)[0] == 403


def test_the_roster_view_records_whether_needs_were_shown(client, event, registered, people):
    roster_page(client, people["trainer"], event)
    roster_page(client, people["coordinator"], event)
    shown = dict(AuditEvent.objects.filter(what="event roster").values_list("actor__email", "detail__needs"))
    assert shown == {people["trainer"].email: True, people["coordinator"].email: False}


def test_the_form_tells_how_long_the_note_is_kept(client, event, hameenlinna, settings):
    settings.EVENT_NEEDS_RETENTION_DAYS = 45
    client.force_login(make_user(municipality=hameenlinna))
    page = client.get(event.url).content.decode()
    message = "Optional. Only the event's own trainers see this, and it is deleted %(days)s days after the event."
    assert escape(tr(message, days=45)) in page


def clear(*args):
    out = io.StringIO()
    call_command("clear_event_needs", *args, stdout=out)
    return out.getvalue()


def test_notes_are_cleared_a_set_time_after_the_event(event, registered, hameenlinna, settings):
    settings.EVENT_NEEDS_RETENTION_DAYS = 30
    later = make_event(
        event.get_parent(), municipality=hameenlinna, starts_at=event.starts_at + datetime.timedelta(days=20)
    )
    other = make_user(municipality=hameenlinna)
    services.registration_create(event=later, user=other, needs="Laktoositon")
    Registration.objects.filter(event=event).update(attended=True)

    with time_machine.travel(event.ends_at + datetime.timedelta(days=29, hours=23), tick=False):
        assert clear().startswith("0 needs notes")
    assert Registration.objects.get(user=registered).needs == NOTE

    with time_machine.travel(event.ends_at + datetime.timedelta(days=30, hours=1), tick=False):
        assert clear("--dry-run").startswith("1 needs notes")
        assert Registration.objects.get(user=registered).needs == NOTE  # a dry run changes nothing
        output = clear()
    assert "1 needs notes cleared" in output
    kept = Registration.objects.get(user=registered)
    assert kept.needs == "" and kept.attended is True and kept.status == Registration.Status.REGISTERED
    assert Registration.objects.get(user=other).needs == "Laktoositon"  # its event ended only 10 days ago
    assert AuditEvent.objects.filter(what="event needs notes (retention)", detail__count=1).count() == 1

    # The second year of use: everything from the first year is gone, a run with nothing to do changes nothing.
    with time_machine.travel(event.ends_at + datetime.timedelta(days=400), tick=False):
        assert "1 needs notes cleared" in clear()
        assert "0 needs notes cleared" in clear()
    assert not Registration.objects.exclude(needs="").exists()


def test_a_negative_period_is_refused(event, registered):
    with pytest.raises(CommandError):
        call_command("clear_event_needs", "--days", "-1")
    assert Registration.objects.get(user=registered).needs == NOTE
