"""What the load test's verdict (loadtest/verify.py) counts as sent: the event confirmations the task worker
writes through Django's file e-mail backend, one per registration. A confirmation sent twice, one never sent
and one nobody caused are each reported."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model

from events import services
from events.tasks import registration_email_send
from tests.builders import make_user
from tests.events.builders import make_event, make_events_index
from tests.loadtest.load import loadtest_module

verify = loadtest_module("verify")


@pytest.fixture
def mail_dir(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    return tmp_path / "mail"


@pytest.fixture
def registered(db, hameenlinna, django_capture_on_commit_callbacks):
    """Three people of a network member registered for an event; the confirmations went out (the test
    settings run tasks at once). Returns the registrations."""
    event = make_event(make_events_index(), capacity=None)
    people = [make_user(email=f"kuormitus{n:03d}@example.fi", municipality=hameenlinna) for n in (1, 2, 3)]
    with django_capture_on_commit_callbacks(execute=True):
        return [services.registration_create(event=event, user=person) for person in people]


def _expected():
    """Registrations per person, as the verdict counts them."""
    emails = get_user_model().objects.values_list("email", flat=True)
    _lost, _unconfirmed, per_person = verify.registration_check({}, list(emails))
    return per_person


def test_one_confirmation_per_registration_checks_out(mail_dir, registered):
    sent = verify.sent_emails(mail_dir)

    assert sent == Counter({"kuormitus001@example.fi": 1, "kuormitus002@example.fi": 1, "kuormitus003@example.fi": 1})
    assert verify.email_check(_expected(), sent) == ([], [], [])


def test_a_confirmation_sent_twice_is_reported(mail_dir, registered):
    registration_email_send.enqueue(registration_id=registered[1].pk, change="registered")

    assert verify.email_check(_expected(), verify.sent_emails(mail_dir)) == ([], ["kuormitus002@example.fi"], [])


def test_a_registration_without_its_confirmation_is_reported(mail_dir, registered, hameenlinna):
    other = make_user(email="kuormitus004@example.fi", municipality=hameenlinna)
    services.registration_create(event=registered[0].event, user=other)  # no commit: its e-mail never goes

    assert verify.email_check(_expected(), verify.sent_emails(mail_dir)) == (["kuormitus004@example.fi"], [], [])


def test_an_e_mail_nobody_registered_for_is_reported(mail_dir, registered):
    registered[2].delete()

    assert verify.email_check(_expected(), verify.sent_emails(mail_dir)) == ([], [], ["kuormitus003@example.fi"])
