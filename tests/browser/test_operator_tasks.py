"""Operators find their work from where they land: the leader reaches roster import and reminders from the
dashboard, the coordinator approves a request to join on a page of the site (no admin rights needed)."""

from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from municipalities.models import JoinRequest, Municipality, Network, NetworkMembership
from tests.i18n import tr

from .axe import axe_violations, violations_report
from .site_data import HAMEENLINNA, PASSWORD

pytestmark = pytest.mark.browser


def log_in_with_the_form(page, person):
    page.goto(reverse("accounts:login"))
    page.fill("input[name=username]", person.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")


def test_the_leader_finds_import_and_reminders_from_the_dashboard(context, site):
    page = context.new_page()
    log_in_with_the_form(page, site.people["leader"])
    dashboard = reverse("participation:municipality", args=[HAMEENLINNA])
    assert urlsplit(page.url).path == dashboard  # the leader lands on their dashboard

    tasks = page.get_by_role("navigation", name=tr("Tasks"))
    with page.expect_navigation():
        tasks.get_by_role("link", name=tr("Import roster"), exact=True).click()
    assert urlsplit(page.url).path == reverse("rosters:import", args=[HAMEENLINNA])
    assert page.locator("main input[type=file][name=file]").is_visible()

    page.go_back()
    with page.expect_navigation():
        page.get_by_role("navigation", name=tr("Tasks")).get_by_role("link", name=tr("Reminders"), exact=True).click()
    assert urlsplit(page.url).path == reverse("rosters:reminders", args=[HAMEENLINNA])
    assert page.locator("main select[name=course]").is_visible()

    # The same tasks are in the header's menu on every page.
    header = page.locator("header.site-header")
    for name, url in (
        ("Participants", dashboard),
        ("Import roster", reverse("rosters:import", args=[HAMEENLINNA])),
        ("Reminders", reverse("rosters:reminders", args=[HAMEENLINNA])),
    ):
        # In the header's closed "Kunnan seuranta" menu: found by text, as get_by_role skips what is hidden.
        assert header.locator("a", has_text=tr(name)).first.get_attribute("href") == url


def test_the_coordinator_approves_a_join_request(context, site):
    espoo = Municipality.objects.get(code="049")
    network = Network.objects.get(slug="uso-2021-2022")
    join_request = JoinRequest.objects.create(
        network=network,
        municipality=espoo,
        contact_name="Sara Svensson",
        email="sara.svensson@example.fi",
        message="Vi vill gärna vara med.",
        language="sv",
    )
    mail.outbox.clear()
    try:
        page = context.new_page()
        log_in_with_the_form(page, site.people["coordinator"])
        assert urlsplit(page.url).path == reverse("participation:network")  # lands on the network overview

        header = page.locator("header.site-header")
        header.locator("summary", has_text=tr("Network follow-up")).click()  # the coordinator's menu
        with page.expect_navigation():
            header.get_by_role("link", name=tr("Join requests")).click()
        assert urlsplit(page.url).path == reverse("rosters:join_requests")
        assert page.get_by_text("Vi vill gärna vara med.").is_visible()
        violations = axe_violations(page)
        assert not violations, violations_report(violations)

        with page.expect_navigation():
            page.get_by_role("button", name=tr("Approve %(municipality)s", municipality="Espoo")).click()
        assert page.locator(".message-success").is_visible()
        assert NetworkMembership.objects.filter(network=network, municipality=espoo, left_on__isnull=True).exists()
        join_request.refresh_from_db()
        assert join_request.status == JoinRequest.Status.APPROVED
        assert [message.to for message in mail.outbox] == [["sara.svensson@example.fi"]]
    finally:
        NetworkMembership.objects.filter(network=network, municipality=espoo).delete()
        JoinRequest.objects.filter(pk=join_request.pk).delete()
