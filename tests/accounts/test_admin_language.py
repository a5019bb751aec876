"""The admin speaks the language a trainer chose on the site; Wagtail's own language setting, when set, wins.

The admin's addresses have no language prefix, so the default language (Finnish) was all a trainer who reads
Swedish ever got there (issue 13)."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.builders import make_trainer

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def search_placeholder_in(language):
    """The dashboard's search field's placeholder, as `language` writes it."""
    with translation.override(language):
        return translation.gettext("Search all pages…")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_admin_is_in_the_language_the_trainer_chose_on_the_site(client, language):
    page = dashboard(client, make_trainer(preferred_language=language))
    assert f'<html lang="{language}"' in page
    assert f'placeholder="{search_placeholder_in(language)}"' in page


def test_the_language_set_in_the_admins_account_settings_wins(client):
    trainer = make_trainer(preferred_language="sv")
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "fi"
    profile.save()
    assert '<html lang="fi"' in dashboard(client, trainer)
