"""The pages the accessibility checks visit, in every language and as each role that can see them.

Each entry names a page, says how to find its address in the browser data set (site_data.py) for a
language, which roles to look at it as, and optionally what to do on it first (submit a form to see its
errors). To check another page, add one line to PAGES, for example:

    PageCheck("participation", view("participation:index"), roles=("leader", "coordinator")),
    PageCheck("event", wagtail_page(lambda site, language: site.event)),

(with what the page shows, such as the event, added to site_data.py).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse, translate_url
from django.utils import timezone, translation
from wagtail.models import Locale

from home.selectors import accessibility_statement_link, privacy_notice_link
from rosters.tokens import unsubscribe_token

from .site_data import HAMEENLINNA, PASSWORD, ROLES, SIGNED_IN

LANGUAGES = ("fi", "sv", "en")
ANONYMOUS = ("anonymous",)
LEARNER = ("learner",)
LEADER = ("leader",)
ORGANISERS = ("trainer", "coordinator")
FOLLOWERS = ("leader", "coordinator")  # who follow Hämeenlinna's participation


@dataclass(frozen=True)
class PageCheck:
    name: str
    url: Callable  # (site, language) -> the address to open
    roles: tuple = ROLES
    act: Callable | None = None  # (page, site, language) -> None: what to do on the page before checking it
    # What proves the browser shows the intended page before axe checks it: the HTTP status, and optionally
    # a text the page's heading (main h1) holds, as a function (site, language) -> str.
    status: int = 200
    heading: Callable | None = None


def view(name, *args, query=""):
    """A Django view's address in the language. An argument may be a function of the data set, such as
    `lambda site: site.attempt.id`."""

    def url(site, language):
        values = [arg(site) if callable(arg) else arg for arg in args]
        with translation.override(language):
            return reverse(name, args=values) + query

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


def make_api_key(page, site, language):
    """The keys page as it shows a new key once, with the key listed below."""
    page.locator("input[name=name]").fill("HR")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()


def submit(page, form="main form"):
    """Press the form's submit button and wait for the page that answers."""
    with page.expect_navigation():
        page.locator(f"{form} button[type=submit]").last.click()


def upload_bad_file(page, site, language):
    page.locator("input[type=file]").set_input_files(
        {"name": "valtuusto.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n"}
    )
    submit(page)
    assert page.locator(".has-error .field-errors").count() == 1  # the file is refused


def submit_empty(page, site, language):
    submit(page)
    assert page.locator(".has-error .field-errors").count() >= 1  # a required field is missing


def save_reflection(page, site, language):
    submit(page, ".reflection-answer form")
    assert page.locator(".messages").count() == 1  # "Your answer was saved."


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


def title_of(find):
    """The heading check of a Wagtail page: its title in the language."""
    return lambda site, language: find(site, language).title


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


def _privacy_notice(site, language):
    with translation.override(language):
        return privacy_notice_link()["url"]


def in_language(page, language):
    """A page that has no translation, as the tree of `language` holds it: for Swedish the alias of the
    Finnish page (or its translation); for English the Finnish page, which wagtail_page() shows under /en/."""
    if language == "sv":
        return page.get_translation(Locale.objects.get(language_code=language))
    return page


def _quiz_lesson(site, language):
    return in_language(site.quiz_lesson, language)


def _event(site, language):
    return in_language(site.event, language)


def _past_event(site, language):
    return in_language(site.past_event, language)


def _event_calendar(site, language):
    return in_language(site.event.get_parent(), language)


def _attempt(site):
    return site.attempt.id


def _badge_assertion(site):
    from certificates.models import BadgeAssertion

    return BadgeAssertion.objects.filter(user_id=site.certificate.user_id).values_list("uid", flat=True).first()


def _open_attempt(site):
    return site.open_attempt.id


def _certificate_code(site):
    return site.certificate.code


def _event_month(site, language):
    """The calendar's month view on the month of the data set's event, so the grid has an event link in it."""
    url = wagtail_page(_event_calendar)(site, language)
    return f"{url}?kuukausi={timezone.localtime(site.event.starts_at):%Y-%m}"


def _event_id(site):
    return site.event.id


def _past_event_id(site):
    return site.past_event.id


PAGES = [
    PageCheck("home", path("/")),
    PageCheck("catalogue", wagtail_page(_catalogue)),
    PageCheck("catalogue-filtered", wagtail_page(_catalogue, query="?tag=kaksoisjohtaminen&q=valtuu")),
    PageCheck("catalogue-empty", wagtail_page(_catalogue, query="?q=olematon"), roles=("anonymous", "learner")),
    PageCheck("course", wagtail_page(_course), heading=title_of(_course)),
    PageCheck("module", wagtail_page(_module), heading=title_of(_module)),
    PageCheck("lesson", wagtail_page(_lesson), heading=title_of(_lesson)),
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
    PageCheck("not-found", path("/ei-ole-olemassa/"), status=404),
    PageCheck("accessibility-statement", _statement),
    PageCheck("privacy-notice", _privacy_notice, roles=("anonymous", "learner")),
    PageCheck("my-data", view("accounts:my_data"), roles=LEARNER),
    # assessments
    PageCheck("quiz-lesson", wagtail_page(_quiz_lesson), roles=("anonymous", "learner", "trainer")),
    PageCheck(
        "quiz-unanswered",
        wagtail_page(_quiz_lesson),
        roles=("trainer",),
        # the trainer's open attempt sent without answers: the form again, with what is missing
        act=post_to(lambda site, language: view("assessments:attempt_submit", _open_attempt)(site, language)),
    ),
    PageCheck("quiz-feedback", view("assessments:attempt_feedback", _attempt), roles=LEARNER),
    PageCheck("reflection-saved", wagtail_page(_lesson), roles=LEARNER, act=save_reflection),
    # certificates
    PageCheck("my-certificates", view("certificates:mine"), roles=LEARNER),
    # The badge's assertion address, as a browser asks for it (HTML, not the JSON-LD): anyone may check it.
    PageCheck("badge-page", view("certificates:assertion", _badge_assertion), roles=("anonymous", "learner")),
    PageCheck(
        "certificate-verify",
        view("certificates:verify", lambda site: site.certificate.code),
        roles=("anonymous", "learner"),
    ),
    PageCheck("certificate-lookup", view("certificates:verify_lookup"), roles=ANONYMOUS),
    # events
    PageCheck("event-calendar", wagtail_page(_event_calendar)),
    PageCheck("event-calendar-month", _event_month),
    PageCheck("event", wagtail_page(_event), heading=title_of(_event)),
    PageCheck("event-past", wagtail_page(_past_event), roles=("learner", "leader")),
    PageCheck("my-events", view("events:my_events"), roles=LEARNER),
    PageCheck("event-roster", view("events:roster", _event_id), roles=ORGANISERS),
    PageCheck("event-roster-past", view("events:roster", _past_event_id), roles=("trainer",)),
    PageCheck("attendance-import", view("events:attendance_import", _past_event_id), roles=("coordinator",)),
    PageCheck("event-feedback", view("events:feedback", _past_event_id), roles=LEARNER),
    PageCheck("event-feedback-invalid", view("events:feedback", _past_event_id), roles=LEARNER, act=submit_empty),
    PageCheck("event-feedback-results", view("events:feedback_results", _past_event_id), roles=ORGANISERS),
    # participation
    # A leader of one municipality is sent on to its dashboard (participation-municipality below checks it).
    PageCheck("participation", view("participation:index"), roles=("coordinator",)),
    PageCheck(
        "participation-municipality",
        view("participation:municipality", HAMEENLINNA),
        roles=("leader", "coordinator"),
        heading=lambda site, language: "Hämeenlinna",
    ),
    PageCheck(
        "participation-not-started",
        view("participation:municipality", HAMEENLINNA, query="?status=not_started"),
        roles=LEADER,
    ),
    PageCheck("participation-network", view("participation:network"), roles=("coordinator",)),
    PageCheck("api-keys", view("api_keys:tokens"), roles=FOLLOWERS),
    PageCheck("api-key-made", view("api_keys:tokens"), roles=FOLLOWERS, act=make_api_key),
    PageCheck("join-requests", view("rosters:join_requests"), roles=("coordinator",)),
    # rosters
    PageCheck("roster", view("rosters:roster", HAMEENLINNA), roles=LEADER),
    PageCheck("roster-import", view("rosters:import", HAMEENLINNA), roles=LEADER),
    PageCheck("roster-import-failed", view("rosters:import", HAMEENLINNA), roles=LEADER, act=upload_bad_file),
    PageCheck(
        "roster-import-preview",
        view("rosters:import_preview", HAMEENLINNA, lambda site: site.roster_import.id),
        roles=LEADER,
    ),
    PageCheck("roster-reminders", view("rosters:reminders", HAMEENLINNA), roles=LEADER),
    PageCheck("network", view("rosters:network"), roles=("anonymous", "learner")),
    PageCheck("network-join-invalid", view("rosters:network"), roles=ANONYMOUS, act=submit_empty),
    PageCheck("invitation", view("rosters:invitation", lambda site: site.invitation_token), roles=ANONYMOUS),
    # An unusable link answers 410 Gone, with a page that says what to do.
    PageCheck("invitation-invalid", view("rosters:invitation", "vanhentunut-linkki"), roles=ANONYMOUS, status=410),
    PageCheck(
        "reminders-unsubscribe",
        view("rosters:reminders_unsubscribe", lambda site: unsubscribe_token(site.people["learner"])),
        roles=ANONYMOUS,
    ),
    PageCheck(
        "reminders-unsubscribed",
        view("rosters:reminders_unsubscribe", lambda site: unsubscribe_token(site.people["learner"])),
        roles=ANONYMOUS,
        act=lambda page, site, language: submit(page),
    ),
    PageCheck(
        "reminders-unsubscribe-invalid", view("rosters:reminders_unsubscribe", "muutettu"), roles=ANONYMOUS, status=400
    ),
]
