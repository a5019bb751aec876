"""The password-reset e-mail is in the person's chosen language, whichever language the form was filled in."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.builders import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "greeting", "prefix"),
    [
        ("sv", "Någon har bett om att få återställa lösenordet", "/sv/"),
        ("fi", "salasanan vaihtamista on pyydetty", "/"),
    ],
)
def test_reset_email_follows_the_persons_language(client, language, greeting, prefix):
    make_user(email="person@example.fi", preferred_language=language)
    client.post(reverse("accounts:password_reset"), {"email": "person@example.fi"})  # the Finnish form
    (message,) = mail.outbox
    assert greeting in message.body, message.body
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    assert path.startswith(prefix)
    assert path.startswith("/sv/") == (language == "sv")
    assert client.get(path).status_code in (200, 302)  # the link opens (it redirects to the form without the token)
