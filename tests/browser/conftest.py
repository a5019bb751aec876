"""Browser tests: the site served by pytest-django's live server, driven in Debian's Chromium through
Playwright, with axe-core from npm.

Without /usr/bin/chromium or node_modules/axe-core the tests are left out of the run, which ends with one
line saying how to get them; with REQUIRE_BROWSER_TESTS=1 (CI) they fail instead, so a missing browser
cannot pass unnoticed.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from tests.database import database_restore_migrated

from .axe import AXE_SCRIPT
from .site_data import site_data_build

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
HOW_TO_ENABLE = "apt-get install -y chromium && npm ci"
_SKIPPED = pytest.StashKey[str]()

# Playwright's synchronous API keeps an event loop in the test's thread; Django then refuses ORM calls from
# that thread as if they came from async code. The tests' own ORM calls are plain synchronous set-up.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _missing():
    missing = []
    if not CHROMIUM.exists():
        missing.append(str(CHROMIUM))
    if not AXE_SCRIPT.exists():
        missing.append("node_modules/axe-core")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -r requirements-dev.txt)")
    return missing


def pytest_collection_modifyitems(config, items):
    """Without a browser the browser tests are set aside and the run ends with one line saying how to get
    them; with REQUIRE_BROWSER_TESTS=1 they stay, and fail for want of the browser."""
    missing = _missing()
    browser_tests = [item for item in items if item.get_closest_marker("browser")]
    if not missing or not browser_tests or os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
        return
    config.hook.pytest_deselected(items=browser_tests)
    items[:] = [item for item in items if not item.get_closest_marker("browser")]
    config.stash[_SKIPPED] = f"SKIPPED {len(browser_tests)} browser tests: they {_missing_message(missing)}"


def pytest_terminal_summary(terminalreporter, config):
    if _SKIPPED in config.stash:
        terminalreporter.write_line(config.stash[_SKIPPED], yellow=True, bold=True)


def _missing_message(missing):
    return f"need {', '.join(missing)}; run `{HOW_TO_ENABLE}` to enable them"


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; each test gets a fresh page."""
    missing = _missing()
    if missing:
        pytest.fail(f"REQUIRE_BROWSER_TESTS=1, but the browser tests {_missing_message(missing)}", pytrace=False)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser, site, live_server):
    """A browser context of its own (cookies, window size) for a test that changes them."""
    context = _new_context(browser, live_server)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="package")
def role_contexts(browser, site, live_server):
    """A signed-in browser context for each role, made the first time a test asks for it and kept for the
    other tests of that role (signing in for every page would double the time the checks take)."""
    contexts = {}
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.fixture
def page_as(browser, site, live_server, role_contexts):
    """`page_as(role)`: a new tab in the browser context of "anonymous" or of the person in that role."""
    pages = []

    def open_page(role):
        if role not in role_contexts:
            role_contexts[role] = _new_context(browser, live_server)
            if role != "anonymous":
                sign_in(role_contexts[role], live_server, site.people[role])
        pages.append(role_contexts[role].new_page())
        return pages[-1]

    yield open_page
    for tab in pages:
        tab.close()


def _new_context(browser, live_server):
    # The Content-Security-Policy forbids inline scripts, and axe-core is added to the page as one.
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, bypass_csp=True)
    context.set_default_timeout(10_000)
    return context


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    """The course, its translation and a person in each role (site_data.py), built once for all browser
    tests and removed after the last one.

    Building it for each of some two hundred page checks would take minutes; the checks only read it (the
    keyboard journey writes only its own person's progress)."""
    with django_db_blocker.unblock():
        cache.clear()  # per-person and per-language caches of earlier tests' rows
        data = site_data_build()
    yield data
    with django_db_blocker.unblock():
        database_restore_migrated()
        cache.clear()


@pytest.fixture
def transactional_db(site, django_db_blocker):
    """pytest-django's live_server asks for `transactional_db`, which empties the database after each test.
    Here it only opens the database to the test, so the shared `site` data survives from test to test."""
    with django_db_blocker.unblock():
        yield


def sign_in(context, live_server, user):
    """Give the browser a signed-in session without going through the login form (the keyboard journey
    test covers the form)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
