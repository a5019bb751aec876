"""Every link that leaves the site is made from the configured public address (home/links.py): never from the
Host a request used, nor from the Wagtail Site record, whose hostname is "localhost"."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Site

from certificates import services as certificate_services
from events import services as event_services
from tests.builders import make_course, make_user
from tests.certificates.builders import completed_learner, make_badge_class
from tests.events.builders import make_event, member_municipality

pytestmark = pytest.mark.django_db

PUBLIC = "https://koulutus.example.fi"
WRONG_HOSTS = ("localhost", "testserver", "127.0.0.1", "evil.example")


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "evil.example"]


def links(text):
    return re.findall(r"https?://[^\s\"<>]+", text.replace("\r\n ", ""))


def assert_only_public_links(text):
    # Other sites' addresses may appear: an event's online link, the Open Badges context.
    found = [link for link in links(text) if not link.startswith(("https://example.fi/", "https://w3id.org/"))]
    assert found, "the text has links"
    wrong = [link for link in found if not link.startswith(PUBLIC + "/")]
    assert not wrong, wrong
    assert not any(host in text for host in WRONG_HOSTS)


def test_event_emails_link_to_the_public_address_not_the_site_record(client, django_capture_on_commit_callbacks):
    event = make_event(municipality=member_municipality("109"))
    site = Site.objects.get(is_default_site=True)
    assert site.hostname == "localhost"  # as `make demo` and a fresh install leave it
    learner = make_user(municipality=event.municipality)
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:register", args=[event.pk]), HTTP_HOST="evil.example")
    message = mail.outbox[-1]
    assert_only_public_links(message.body)
    assert f"{PUBLIC}{event.url}" in message.body
    calendar = message.attachments[0][1]
    assert f"UID:event-{event.pk}@koulutus.example.fi" in calendar
    assert_only_public_links(calendar)


def test_calendar_files_and_feeds_carry_the_public_address(client):
    event = make_event()
    learner = make_user(municipality=member_municipality("109"))
    event_services.registration_create(event=event, user=learner)
    feed = event_services.calendar_feed_ensure(user=learner)
    for url in (reverse("events:event_ics", args=[event.pk]), reverse("events:feed", args=[feed.token])):
        text = client.get(url, HTTP_HOST="evil.example").content.decode()
        assert f"UID:event-{event.pk}@koulutus.example.fi" in text
        assert_only_public_links(text)
    client.force_login(learner)
    page = client.get(reverse("events:my_events"), HTTP_HOST="evil.example").content.decode()
    assert f"{PUBLIC}{reverse('events:feed', args=[feed.token])}" in page


def test_password_reset_link_uses_the_public_address(client):
    make_user(email="aino@example.fi")
    client.post(reverse("accounts:password_reset"), {"email": "aino@example.fi"}, HTTP_HOST="evil.example")
    assert_only_public_links(mail.outbox[-1].body)


def test_badge_documents_name_the_public_address_whatever_the_request_host(client):
    learner, course = completed_learner(course=make_course())
    badge = make_badge_class(course)
    award = certificate_services.badge_assertion_issue(user=learner, course_id=course.id)
    for url in (
        reverse("certificates:issuer"),
        reverse("certificates:badge_class", args=[badge.uid]),
        reverse("certificates:assertion", args=[award.uid]),
    ):
        assert_only_public_links(client.get(url, HTTP_HOST="evil.example").content.decode())
