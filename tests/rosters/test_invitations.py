"""Invitation links: choose a password once, land on My learning; used and expired links explain what to do."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from rosters.models import Invitation
from rosters.tasks import send_invitation_email
from tests.builders import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "Kunnallisvaalit-2021!"


@pytest.fixture
def invitee(hameenlinna):
    user = make_user(municipality=hameenlinna, email="aino@example.fi", first_name="Aino", preferred_language="en")
    user.set_unusable_password()
    user.save()
    return user


def invite(user):
    invitation = Invitation.objects.create(user=user)
    send_invitation_email.enqueue(invitation_id=invitation.pk, base_url="http://testserver/")
    link = re.search(r"http://testserver((?:/[a-z]{2})?/kutsu/\S+/)", mail.outbox[-1].body).group(1)
    return invitation, link


def choose_password(client, link, password=PASSWORD):
    return client.post(link, {"new_password1": password, "new_password2": password})


def test_invitation_email(invitee):
    invite(invitee)
    message = mail.outbox[0]
    assert message.to == ["aino@example.fi"]
    assert "Hello Aino," in message.body
    assert "Hämeenlinna has added you" in message.body
    assert "The link works once" in message.body
    html = message.alternatives[0][0]
    assert '<a href="http://testserver/en/kutsu/' in html  # the link opens in the recipient's language


def test_link_and_email_follow_the_recipients_language(invitee):
    invitee.preferred_language = "sv"
    invitee.save()
    invite(invitee)
    assert "http://testserver/sv/kutsu/" in mail.outbox[0].body


def test_link_sets_the_password_once_and_lands_on_my_learning(client, invitee):
    invitation, link = invite(invitee)
    form = client.get(link)
    assert form.status_code == 200 and "aino@example.fi" in form.content.decode()
    invitation.refresh_from_db()
    assert invitation.used_at is None  # opening the link (or a mail scanner) does not use it up

    response = choose_password(client, link)
    assert response.status_code == 302 and response["Location"] == reverse("courses:my_learning")
    invitee.refresh_from_db()
    assert invitee.check_password(PASSWORD)
    assert client.get(reverse("courses:my_learning")).status_code == 200  # logged in

    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    page = again.content.decode()
    assert "has already been used" in page
    assert reverse("accounts:password_reset") in page
    assert choose_password(client, link, "Toinen-salasana-99").status_code == 410
    invitee.refresh_from_db()
    assert invitee.check_password(PASSWORD)


def test_using_one_link_ends_the_older_ones(client, invitee):
    _first, first_link = invite(invitee)
    _second, second_link = invite(invitee)
    choose_password(client, second_link)
    client.logout()
    assert client.get(first_link).status_code == 410


def test_expired_link(client, invitee, settings):
    settings.ROSTER_INVITATION_DAYS = 14
    invitation, link = invite(invitee)
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=14, minutes=1))
    response = client.get(link)
    assert response.status_code == 410
    assert "has expired" in response.content.decode()
    assert choose_password(client, link).status_code == 410
    invitee.refresh_from_db()
    assert not invitee.has_usable_password()


def test_link_within_its_days_still_works(client, invitee, settings):
    settings.ROSTER_INVITATION_DAYS = 14
    invitation, link = invite(invitee)
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=13))
    assert client.get(link).status_code == 200


@pytest.mark.parametrize("token", ["garbage", "MQ:abcdef", "1"])
def test_forged_or_broken_links(client, invitee, token):
    response = client.get(reverse("rosters:invitation", args=[token]))
    assert response.status_code == 410
    assert "is not valid" in response.content.decode()


def test_weak_password_is_refused_and_the_link_stays_usable(client, invitee):
    invitation, link = invite(invitee)
    response = choose_password(client, link, "123")
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.used_at is None


def test_inactive_account_cannot_use_its_link(client, invitee):
    _invitation, link = invite(invitee)
    get_user_model().objects.filter(pk=invitee.pk).update(is_active=False)
    assert client.get(link).status_code == 410
