"""Logging in and out, resetting a forgotten password by email, and the profile page."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.builders import make_index, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site():
    make_index()


def test_login_with_email_and_logout(client):
    make_user(email="aino@example.fi", password="hyvä-salasana-1")
    response = client.post(reverse("accounts:login"), {"username": "AINO@example.fi", "password": "hyvä-salasana-1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("courses:my_learning")
    assert client.get(reverse("courses:my_learning")).status_code == 200

    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert client.get(reverse("courses:my_learning")).status_code == 302


def test_wrong_password_is_explained_and_keeps_the_email(client):
    make_user(email="aino@example.fi", password="hyvä-salasana-1")
    response = client.post(reverse("accounts:login"), {"username": "aino@example.fi", "password": "väärä"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="aino@example.fi"' in html


def test_password_reset_by_email_works_once(client):
    user = make_user(email="aino@example.fi", password="vanha-salasana-1")
    response = client.post(reverse("accounts:password_reset"), {"email": "aino@example.fi"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)

    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "uusi-salasana-2026", "new_password2": "uusi-salasana-2026"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("uusi-salasana-2026")

    again = client.get(link, follow=True)
    assert again.context["validlink"] is False


def test_password_reset_does_not_reveal_whether_an_address_exists(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "ei-ole@example.fi"})
    assert response.status_code == 302
    assert len(mail.outbox) == 0


def test_profile_saves_name_and_language(client):
    user = make_user()
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"), {"first_name": "Aino", "last_name": "Virtanen", "preferred_language": "sv"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/sv/tili/profiili/"
    user.refresh_from_db()
    assert (user.first_name, user.last_name, user.preferred_language) == ("Aino", "Virtanen", "sv")


def test_profile_with_a_bad_language_changes_nothing(client):
    user = make_user(first_name="Aino")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"), {"first_name": "Uusi", "last_name": "X", "preferred_language": "de"}
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    user.refresh_from_db()
    assert user.first_name == "Aino"


def test_profile_requires_login(client):
    assert client.get(reverse("accounts:profile")).status_code == 302
