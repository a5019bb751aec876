"""What a refusal looks like to the person refused, for tests that would otherwise accept any 302.

Django views refuse with 403. Wagtail's admin refuses with a redirect: to its login page (anonymous), to the
person's own start page (no admin access at all), or to the admin dashboard with "Sorry, you do not have
permission" (no permission for this view). A redirect anywhere else – to the page that was asked for, or to
a form that saved something – is no refusal, and a test that accepts `302 or 403` must say so.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import translation


def assert_refused(client, response):
    if response.status_code == 403:
        return
    assert response.status_code == 302, f"{response.status_code}, neither 403 nor a refusing redirect"
    destination = urlsplit(response["Location"]).path
    refusals = {
        reverse("wagtailadmin_login"),
        reverse("accounts:login"),
        reverse("wagtailadmin_home"),
        resolve_url(settings.LOGIN_REDIRECT_URL),
    }
    assert destination in refusals, f"a redirect to {response['Location']}, not a refusal"
    if destination == reverse("wagtailadmin_home"):
        landed = client.get(response["Location"])
        messages = [str(message).strip() for message in landed.context["messages"]]
        assert set(messages) & _in_every_language(WAGTAIL_REFUSAL), messages


WAGTAIL_REFUSAL = "Sorry, you do not have permission to access this area."


def _in_every_language(text):
    texts = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            texts.add(translation.gettext(text))
    return texts
