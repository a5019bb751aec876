"""A learner asks a question below a lesson on a phone with the keyboard only, and the discussion passes
axe-core with a thread, its answer and the moderator's controls on the page."""

import pytest

from discussions.models import DiscussionSetting, Post, Scope

from .axe import axe_violations, violations_report
from .conftest import sign_in
from .test_keyboard_journey import assert_focus_shown, tab_to

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def discussion(site):
    setting = DiscussionSetting.objects.create(course=site.course, scope=Scope.MUNICIPALITY)
    yield setting
    # The browser data set is shared by every browser test: leave it as it was.
    Post.objects.filter(page_key=site.lessons[0].translation_key).delete()
    setting.delete()


def phone_as(browser, live_server, user):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    sign_in(context, live_server, user)
    return context


def test_asking_on_a_phone_with_the_keyboard(browser, live_server, site, discussion):
    context = phone_as(browser, live_server, site.people["keyboard"])
    try:
        page = context.new_page()
        page.goto(site.lessons[0].url)
        tab_to(page, "details.discussion-ask > summary")
        # With no threads yet the form is open already; otherwise Enter on the summary opens it.
        if not page.evaluate("() => document.querySelector('details.discussion-ask').open"):
            page.keyboard.press("Enter")
        tab_to(page, "#id_title")
        page.keyboard.type("Miten valmistaudun ensimmäiseen kokoukseen?")
        page.keyboard.press("Tab")
        assert_focus_shown(page)
        page.keyboard.type("Mitä kannattaa lukea etukäteen? Katso https://www.kuntaliitto.fi/")
        tab_to(page, "details.discussion-ask button[type=submit]")
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        assert page.locator(".discussion-thread h3").first.inner_text() == "Miten valmistaudun ensimmäiseen kokoukseen?"
        link = page.locator(".discussion-text a").first
        assert link.get_attribute("rel") == "nofollow noopener noreferrer ugc"
        violations = axe_violations(page)
        assert not violations, violations_report(violations)
    finally:
        context.close()


def test_trainer_view_with_moderation_passes_axe(browser, live_server, site, discussion):
    question = Post.objects.create(
        page=site.lessons[0],
        page_key=site.lessons[0].translation_key,
        scope=Scope.MUNICIPALITY,
        municipality=site.people["learner"].municipality,
        author=site.people["learner"],
        title="Kysymys kouluttajalle",
        body="Teksti",
    )
    Post.objects.create(
        question=question,
        page=question.page,
        page_key=question.page_key,
        scope=question.scope,
        municipality=question.municipality,
        author=site.people["leader"],
        body="Vastaus",
        helpful=True,
    )
    context = phone_as(browser, live_server, site.people["trainer"])
    try:
        page = context.new_page()
        page.goto(site.lessons[0].url)
        page.locator(".discussion-post details summary").first.click()
        violations = axe_violations(page)
        assert not violations, violations_report(violations)
    finally:
        context.close()
