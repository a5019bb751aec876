"""The pages the accessibility checks visit, in every language and as each role that can see them.

Each entry names a page, says how to find its address in the browser data set (site_data.py) for a
language, which roles to look at it as, and optionally what to do on it first (submit a form to see its
errors). To check another page, add one line to PAGES, for example:

    PageCheck("participation", view("participation:index"), roles=("leader", "coordinator")),
    PageCheck("event", wagtail_page(lambda site, language: site.event)),

(with the event added to site_data.py).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse, translate_url
from django.utils import translation

from home.selectors import accessibility_statement_link

from .site_data import PASSWORD, ROLES, SIGNED_IN

LANGUAGES = ("fi", "sv", "en")
ANONYMOUS = ("anonymous",)
LEARNER = ("learner",)


@dataclass(frozen=True)
class PageCheck:
    name: str
    url: Callable  # (site, language) -> the address to open
    roles: tuple = ROLES
    act: Callable | None = None  # (page, site, language) -> None: what to do on the page before checking it


def view(name, *args, query=""):
    """A Django view's address in the language."""

    def url(site, language):
        with translation.override(language):
            return reverse(name, args=args) + query

    return url


def wagtail_page(find, *, query=""):
    """A Wagtail page's address in the language: `find(site, language)` picks the page (the Swedish
    translation for sv); a Finnish page is shown under /en/ with the English interface."""

    def url(site, language):
        page = find(site, language)
        # translate_url() reads the address in the language it is written in, then writes it in `language`.
        with translation.override(page.locale.language_code):
            return translate_url(page.url, language) + query

    return url


def path(address):
    """A fixed address (as written in Finnish, at the root) in the language, such as one that does not
    exist."""

    def url(site, language):
        with translation.override("fi"):
            return translate_url(address, language)

    return url


def fail_login(page, site, language):
    page.locator("input[name=username]").fill("nobody@example.fi")
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def fail_profile(page, site, language):
    # The form itself cannot be sent invalid from the keyboard (the field's maxlength stops it); an overlong
    # name sent past the browser shows how the errors are presented.
    page.locator("input[name=first_name]").evaluate("input => { input.removeAttribute('maxlength'); }")
    page.locator("input[name=first_name]").fill("x" * 151)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def post_to(address_of):
    """Send a POST form to an address (as a button on some page would), to see the page that answers."""

    def act(page, site, language):
        with page.expect_navigation():
            page.evaluate(
                """address => {
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = address;
                    const token = document.createElement('input');
                    token.type = 'hidden';
                    token.name = 'csrfmiddlewaretoken';
                    token.value = document.querySelector('[name=csrfmiddlewaretoken]').value;
                    form.append(token);
                    document.body.append(form);
                    form.submit();
                }""",
                address_of(site, language),
            )

    return act


def _course(site, language):
    return site.course_for(language)


def _catalogue(site, language):
    return site.course_for(language).get_parent()


def _module(site, language):
    return site.module_for(language)


def _lesson(site, language):
    return site.lesson_for(language)


def _statement(site, language):
    # the address the footer links to
    with translation.override(language):
        return accessibility_statement_link()["url"]


PAGES = [
    PageCheck("home", path("/")),
    PageCheck("catalogue", wagtail_page(_catalogue)),
    PageCheck("catalogue-filtered", wagtail_page(_catalogue, query="?tag=kaksoisjohtaminen&q=valtuu")),
    PageCheck("catalogue-empty", wagtail_page(_catalogue, query="?q=olematon"), roles=("anonymous", "learner")),
    PageCheck("course", wagtail_page(_course)),
    PageCheck("module", wagtail_page(_module)),
    PageCheck("lesson", wagtail_page(_lesson)),
    PageCheck("my-learning", view("courses:my_learning"), roles=SIGNED_IN),
    PageCheck("login", view("accounts:login"), roles=ANONYMOUS),
    PageCheck("login-failed", view("accounts:login"), roles=ANONYMOUS, act=fail_login),
    PageCheck("password-reset", view("accounts:password_reset"), roles=ANONYMOUS),
    PageCheck("profile", view("accounts:profile"), roles=SIGNED_IN),
    PageCheck("profile-invalid", view("accounts:profile"), roles=LEARNER, act=fail_profile),
    PageCheck(
        "progress-error",
        wagtail_page(_lesson),
        roles=LEARNER,
        # marking a course (not a lesson) done is refused with the error page
        act=post_to(lambda site, language: view("courses:lesson_complete", site.course.id)(site, language)),
    ),
    PageCheck("not-found", path("/ei-ole-olemassa/")),
    PageCheck("accessibility-statement", _statement),
]
