"""On a phone the header's menu folds behind a "Menu" button, so the page's own content starts on the first
screen; it opens and closes with the keyboard, and passes axe-core open. On a wide screen, and without
JavaScript, the menu is simply there."""

import pytest

from .axe import axe_violations, violations_report
from .conftest import sign_in
from .test_keyboard_journey import assert_focus_shown, tab_to

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
MY_LEARNING = "header a[href='/oma-oppiminen/']"


def header_height(page):
    return page.locator("header.site-header").bounding_box()["height"]


@pytest.fixture
def phone(browser, live_server, site):
    """A phone-sized browser under the site's real Content-Security-Policy (the shared contexts bypass it),
    signed in as the leader, whose menu is the longest: learning, certificates, participation."""
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    sign_in(context, live_server, site.people["leader"])
    yield context.new_page()
    context.close()


def test_on_a_phone_the_menu_folds_and_opens_with_the_keyboard(phone):
    page = phone
    page.goto("/oma-oppiminen/")

    toggle = page.locator("button.menu-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator(MY_LEARNING).is_visible()
    assert header_height(page) < 0.2 * PHONE["height"], "the folded header leaves most of the screen to the page"

    tab_to(page, "button.menu-toggle")  # the skip link and the brand come first
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    tab_to(page, MY_LEARNING)  # the menu's links follow the button in the tab order
    assert_focus_shown(page)
    violations = axe_violations(page)
    assert not violations, violations_report(violations)

    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.classList.contains('menu-toggle')")
    assert not page.locator(MY_LEARNING).is_visible()

    page.keyboard.press("Space")  # a button opens with Space too
    assert page.locator(MY_LEARNING).is_visible()


def test_on_a_wide_screen_the_menu_is_always_open(site, page_as):
    page = page_as("leader")
    page.goto("/oma-oppiminen/")
    assert not page.locator("button.menu-toggle").is_visible()
    assert page.locator(MY_LEARNING).is_visible()


def test_without_javascript_the_menu_is_open_on_a_phone(browser, live_server, site):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/")
        assert not page.locator("button.menu-toggle").is_visible()
        assert page.locator("header a[href^='/tili/kirjaudu/']").is_visible()
    finally:
        context.close()
