"""Unsubscribing from reminders: RFC 8058 one-click from the mail program, or the link in the e-mail to a
page that asks first and lets the person subscribe again. No login; a forged or altered link changes nothing.
Later reminders leave the person out; invitations to choose a password still reach them."""

import json
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from municipalities.terms import current_term
from rosters.models import Invitation, ReminderOptOut
from rosters.tasks import send_invitation_email
from rosters.tokens import unsubscribe_token
from tests.builders import make_course_tree, make_user

from .builders import make_leader

pytestmark = pytest.mark.django_db
ONE_CLICK = {"List-Unsubscribe": "One-Click"}


@pytest.fixture
def course():
    return make_course_tree(modules=1, lessons=1, title="Perehdytys 2021")[0]


def make_member(municipality, **fields):
    """Reminders reach the people of the current council term: each holds a role in it."""
    user = make_user(municipality=municipality, **fields)
    user.roles.create(municipality=municipality, term=current_term(), role="councillor")
    return user


@pytest.fixture
def learner(hameenlinna):
    return make_member(hameenlinna, email="aino@example.fi", first_name="Aino", preferred_language="fi")


def remind(client, hameenlinna, course, capture):
    client.force_login(make_leader(hameenlinna))
    mail.outbox.clear()
    with capture(execute=True):
        client.post(
            reverse("rosters:reminders", args=[hameenlinna.code]),
            {"course": course.pk, "target": "not_started", "send": "", "repeat_confirmed": "on"},
        )
    client.logout()
    return {message.to[0]: message for message in mail.outbox}


def page_url(user, language="fi"):
    with translation.override(language):
        return reverse("rosters:reminders_unsubscribe", args=[unsubscribe_token(user)])


def one_click_url(user, language="fi"):
    with translation.override(language):
        return reverse("rosters:reminders_one_click", args=[unsubscribe_token(user)])


def test_a_reminder_carries_the_one_click_headers_and_a_link_in_the_persons_language(
    client, hameenlinna, course, learner, django_capture_on_commit_callbacks
):
    swede = make_member(hameenlinna, email="sven@example.fi", preferred_language="sv")

    sent = remind(client, hameenlinna, course, django_capture_on_commit_callbacks)

    message = sent["aino@example.fi"]
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{one_click_url(learner)}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"http://testserver{page_url(learner)}" in message.body
    assert f'href="http://testserver{page_url(learner)}"' in message.alternatives[0][0]
    swedish = sent["sven@example.fi"]
    assert f"http://testserver{page_url(swede, 'sv')}" in swedish.body and "/sv/" in page_url(swede, "sv")
    with translation.override("sv"):
        assert translation.gettext("Unsubscribe from reminder emails") in swedish.alternatives[0][0]
        page = client.get(page_url(swede, "sv")).content.decode()
        assert translation.gettext("Stop reminder emails") in page


def test_one_click_needs_no_csrf_token_and_later_reminders_leave_the_person_out(
    hameenlinna, course, learner, django_capture_on_commit_callbacks
):
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(one_click_url(learner), ONE_CLICK)

    assert response.status_code == 200
    assert ReminderOptOut.objects.filter(user=learner).exists()
    other = make_member(hameenlinna, email="eino@example.fi")
    sent = remind(Client(), hameenlinna, course, django_capture_on_commit_callbacks)
    assert set(sent) == {other.email}  # Aino left out, and not counted
    # Not a reminder: an invitation to choose a password still reaches her.
    invitation = Invitation.objects.create(user=learner)
    send_invitation_email.enqueue(invitation_id=invitation.pk, base_url="http://testserver/")
    assert mail.outbox[-1].to == ["aino@example.fi"]


def test_one_click_refuses_any_other_body_and_a_get_shows_the_page(client, learner):
    assert client.post(one_click_url(learner), {"List-Unsubscribe": "yes"}).status_code == 400
    assert client.post(one_click_url(learner)).status_code == 400
    response = client.get(one_click_url(learner))  # link checkers and browsers GET: nothing changes
    assert response.status_code == 302 and response["Location"] == page_url(learner)
    assert not ReminderOptOut.objects.exists()


def test_the_page_asks_first_and_lets_the_person_subscribe_again(
    client, hameenlinna, course, learner, django_capture_on_commit_callbacks
):
    url = page_url(learner)
    page = client.get(url)
    assert page.status_code == 200 and not ReminderOptOut.objects.exists()  # opening the link changes nothing

    forged_form = Client(enforce_csrf_checks=True).post(url, {"action": "unsubscribe"})
    assert forged_form.status_code == 403  # only the one-click address is exempt from the CSRF check
    assert not ReminderOptOut.objects.exists()

    response = client.post(url, {"action": "unsubscribe"}, follow=True)
    assert ReminderOptOut.objects.filter(user=learner).exists()
    assert 'value="resubscribe"' in response.content.decode()
    assert "aino@example.fi" not in remind(Client(), hameenlinna, course, django_capture_on_commit_callbacks)

    response = client.post(url, {"action": "resubscribe"}, follow=True)
    assert not ReminderOptOut.objects.exists()
    assert 'value="unsubscribe"' in response.content.decode()
    assert "aino@example.fi" in remind(Client(), hameenlinna, course, django_capture_on_commit_callbacks)


@pytest.mark.parametrize("tamper", ["change a letter", "another person's number", "garbage"])
def test_a_tampered_link_says_so_and_changes_nothing(client, learner, tamper):
    token = unsubscribe_token(learner)
    neighbour = unsubscribe_token(SimpleNamespace(pk=learner.pk + 1))
    forged = {
        "change a letter": token[:-1] + ("A" if token[-1] != "A" else "B"),
        # The neighbour's number with Aino's signature.
        "another person's number": neighbour.rsplit(":", 1)[0] + ":" + token.rsplit(":", 1)[1],
        "garbage": "x" * 300,
    }[tamper]
    with translation.override("fi"):
        page = reverse("rosters:reminders_unsubscribe", args=[forged])
        one_click = reverse("rosters:reminders_one_click", args=[forged])

    shown = client.get(page)
    posted = client.post(page, {"action": "unsubscribe"})
    clicked = Client(enforce_csrf_checks=True).post(one_click, ONE_CLICK)

    assert shown.status_code == posted.status_code == clicked.status_code == 400
    with translation.override("fi"):
        message = translation.gettext(
            "This unsubscribe link is not valid. Check that you copied the whole link from the email. "
            "Nothing was changed."
        )
    assert message in shown.content.decode()
    assert not ReminderOptOut.objects.exists()


def test_a_person_who_unsubscribes_before_the_worker_sends_gets_nothing(
    client, hameenlinna, course, learner, django_capture_on_commit_callbacks
):
    client.force_login(make_leader(hameenlinna))
    with django_capture_on_commit_callbacks(execute=False) as queued:
        client.post(
            reverse("rosters:reminders", args=[hameenlinna.code]),
            {"course": course.pk, "target": "not_started", "send": ""},
        )
    Client().post(one_click_url(learner), ONE_CLICK)
    mail.outbox.clear()

    for send in queued:
        send()

    assert "aino@example.fi" not in {message.to[0] for message in mail.outbox}


def test_the_opt_out_is_in_the_persons_data_download_and_goes_at_erasure(client, learner):
    client.post(one_click_url(learner), ONE_CLICK)
    client.force_login(learner)

    data = json.loads(client.get(reverse("accounts:my_data"), {"download": "json"}).content)

    assert data["rosters"]["reminder_emails_unsubscribed_at"] is not None
    call_command("erase_person", learner.email, "--yes")
    assert not ReminderOptOut.objects.exists()
