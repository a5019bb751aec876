"""The header's navigation fits one row at 1280 px for the people whose menus are longest (the leader, the
coordinator, a member of the leadership pair) in Finnish, Swedish and English; the role's tools and the
account's links open from the keyboard and pass axe-core; on a phone the folded menu still opens."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from municipalities.models import Role, RoleAssignment
from municipalities.navigation import navigation_roles_forget
from municipalities.terms import current_term
from tests.i18n import tr

from .axe import axe_violations, violations_report
from .conftest import sign_in
from .test_keyboard_journey import assert_focus_shown, tab_to

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
NAV_ITEMS = "header .site-nav > ul > li"


@pytest.fixture
def pair_member(site):
    """The leader as the municipal manager and another of Hämeenlinna's people as the council's chair: a
    leadership pair, so the leader's header carries the pair's link too (the longest header there is)."""
    leader = site.people["leader"]
    chair = site.people["learner"]
    term = current_term()
    made = [
        RoleAssignment.objects.create(user=leader, municipality=leader.municipality, term=term, role=Role.MANAGER),
        RoleAssignment.objects.create(user=chair, municipality=chair.municipality, term=term, role=Role.COUNCIL_CHAIR),
    ]
    yield leader
    for assignment in made:
        assignment.delete()  # the signal forgets their cached header roles


def _tops(page):
    return page.eval_on_selector_all(
        NAV_ITEMS, "items => items.map(item => Math.round(item.getBoundingClientRect().top))"
    )


def _open_as(browser, live_server, person, language, viewport=DESKTOP):
    context = browser.new_context(base_url=live_server.url, viewport=viewport, bypass_csp=True)
    sign_in(context, live_server, person)
    page = context.new_page()
    page.goto(reverse("language_switch", args=[language]) + "?next=" + reverse("courses:my_learning"))
    return context, page


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_header_is_one_row_at_1280_px_for_every_long_menu(browser, live_server, site, pair_member, language):
    people = {"leader and pair member": pair_member, "coordinator": site.people["coordinator"]}
    try:
        for role, person in people.items():
            navigation_roles_forget(person.pk)
            context, page = _open_as(browser, live_server, person, language)
            try:
                assert page.evaluate("() => document.documentElement.lang") == language
                if person == pair_member:
                    assert page.locator("header a[href$='/johtajapari/']").is_visible()  # /sv/…, /en/…
                tops = _tops(page)
                assert len(tops) >= 8, tops
                assert len(set(tops)) == 1, f"{role} in {language}: the navigation wraps ({tops})"
                # The search's button shares the menu's row.
                search = page.locator("header .header-search-menu > summary").bounding_box()
                nav = page.locator("header .site-nav").bounding_box()
                middle = search["y"] + search["height"] / 2
                assert nav["y"] <= middle <= nav["y"] + nav["height"], (search, nav)
            finally:
                context.close()
    finally:
        get_user_model().objects.filter(pk__in=[person.pk for person in people.values()]).update(
            preferred_language="fi"
        )


def test_the_role_menu_opens_with_the_keyboard_and_passes_axe(browser, live_server, site, pair_member):
    navigation_roles_forget(pair_member.pk)
    context, page = _open_as(browser, live_server, pair_member, "fi")
    try:
        summary = "header details.nav-menu > summary"
        participants = f"header a[href='{reverse('participation:municipality', args=[pair_member.municipality.code])}']"
        assert not page.locator(participants).is_visible()
        tab_to(page, summary)
        assert_focus_shown(page)
        page.keyboard.press("Enter")
        assert page.locator(participants).is_visible()
        tab_to(page, participants)
        assert_focus_shown(page)
        violations = axe_violations(page)
        assert not violations, violations_report(violations)
        page.keyboard.press("Escape")  # closes the menu, back on its button
        assert not page.locator(participants).is_visible()
        assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"
        # The search's icon-button opens ready to type; Enter searches.
        tab_to(page, "header .header-search-menu > summary")
        assert_focus_shown(page)
        page.keyboard.press("Enter")
        # The details element's toggle event, which moves the focus, fires after the key press returns.
        page.wait_for_function("() => document.activeElement.id === 'site-search'", timeout=5000)
        page.keyboard.type("valtuusto")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith(reverse("search:search") + "?q=valtuusto")
        # The account's menu: Log out is one Enter away.
        account = page.locator("header .site-nav details.nav-menu-end > summary")
        account.click()
        assert page.get_by_role("button", name=tr("Log out")).is_visible()
    finally:
        context.close()


def test_on_a_phone_the_folded_menu_opens_and_holds_the_role_menus(browser, live_server, site, pair_member):
    navigation_roles_forget(pair_member.pk)
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)  # under the real CSP
    sign_in(context, live_server, pair_member)
    try:
        page = context.new_page()
        page.goto(reverse("courses:my_learning"))
        toggle = page.locator("button.menu-toggle")
        assert toggle.get_attribute("aria-expanded") == "false"
        pair_link = page.locator(f"header a[href='{reverse('pairs:space')}']")
        assert not pair_link.is_visible()
        toggle.click()
        assert pair_link.is_visible()
        page.locator("header details.nav-menu > summary").first.click()
        reminders = page.locator(
            f"header a[href='{reverse('rosters:reminders', args=[pair_member.municipality.code])}']"
        )
        assert reminders.is_visible()
        box = reminders.bounding_box()
        assert box["x"] + box["width"] <= PHONE["width"], "the opened menu stays on the screen"
    finally:
        context.close()
