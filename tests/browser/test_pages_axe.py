"""axe-core finds no WCAG 2.2 A/AA or best-practice violation on any page type, in Finnish, Swedish and
English, for anyone who can see the page; and each page reflows into a 320 px wide window (WCAG 1.4.10, also
400 % zoom of a 1280 px window) without horizontal scrolling."""

from urllib.parse import urlsplit

import pytest

from .axe import axe_violations, violations_report
from .pages import LANGUAGES, PAGES

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}
CASES = [
    pytest.param(check, language, role, id=f"{check.name}-{language}-{role}")
    for check in PAGES
    for language in LANGUAGES
    for role in check.roles
]


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the window, with the elements that stick out."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1)
                .map(el => [el.tagName.toLowerCase(), ...el.classList].join('.'));
            return {excess: document.documentElement.scrollWidth - width, wide: wide.slice(0, 8)};
        }"""
    )


def assert_intended_page(page, response, check, site, language, role, address):
    """axe checks whatever the browser shows; without this a 404 page or the login form a refusal redirects
    to would be checked in the intended page's place and pass."""
    assert response is not None and response.status == check.status, (
        f"{address} as {role} answered {response and response.status}, not {check.status}"
    )
    shown = urlsplit(page.url)
    assert shown.path + (f"?{shown.query}" if shown.query else "") == address, f"{address} as {role} led to {page.url}"
    heading = page.locator("main h1")
    assert heading.count() == 1, f"{address} as {role} has {heading.count()} main headings"
    text = heading.inner_text().strip()
    assert text, f"{address} as {role} has an empty heading"
    if check.heading is not None:
        assert check.heading(site, language) in text, f"{address} as {role} is headed {text!r}"


@pytest.mark.parametrize(("check", "language", "role"), CASES)
def test_page_has_no_accessibility_violations(check, language, role, site, page_as):
    page = page_as(role)
    address = check.url(site, language)
    response = page.goto(address)
    assert_intended_page(page, response, check, site, language, role, address)
    if check.act is not None:
        check.act(page, site, language)

    assert page.locator("html").get_attribute("lang") == language
    violations = axe_violations(page)
    assert not violations, f"{page.url} as {role}:\n{violations_report(violations)}"

    page.set_viewport_size(NARROW)
    overflow = horizontal_overflow(page)
    assert overflow["excess"] <= 0, f"{page.url} as {role} is {overflow['excess']} px too wide: {overflow['wide']}"


def test_the_check_finds_violations(page):
    """The check can fail: a page without a language, a link without a name and an image without a text
    alternative gives three violations."""
    page.set_content(
        "<html><head><title>x</title></head><body><main><a href='/'></a><img src='data:,'></main></body></html>"
    )
    assert {violation["id"] for violation in axe_violations(page)} >= {"html-has-lang", "link-name", "image-alt"}
