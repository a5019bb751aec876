"""A councillor answers an evaluation survey on a phone with the keyboard only, and the survey and the
leader's results pass axe-core."""

import pytest
from django.contrib.auth import get_user_model

from evaluations.models import AnswerReceipt, LikertTally, OpenAnswer
from tests.evaluations.builders import answered_round, items_of, make_member, make_round, make_survey

from .axe import axe_violations, violations_report
from .conftest import sign_in
from .test_keyboard_journey import assert_focus_shown, tab_to

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def evaluation(site):
    """A survey with an open round in the leader's municipality and an ended one with five answers. Removed
    afterwards, with the people made for it: the browser tests share one database."""
    User = get_user_model()
    last_user = User.objects.order_by("-pk").values_list("pk", flat=True).first()
    place = site.people["leader"].municipality
    survey = make_survey(likert=2, open_questions=1, title_fi="Yhteistyön arviointi (selaintesti)")
    open_round = make_round(survey, place)
    ended = answered_round(survey, place, people=5, values=[2, 3, 4, 5, 5])
    person = make_member(place, email="arvioija@example.fi")
    yield {"survey": survey, "open": open_round, "ended": ended, "person": person}
    survey.rounds.all().delete()
    survey.delete()
    User.objects.filter(pk__gt=last_user).delete()


@pytest.fixture
def phone(browser, live_server, site):
    contexts = []

    def open_as(person):
        context = browser.new_context(base_url=live_server.url, viewport=PHONE)
        context.set_default_timeout(10_000)
        sign_in(context, live_server, person)
        contexts.append(context)
        return context.new_page()

    yield open_as
    for context in contexts:
        context.close()


def assert_fits_the_phone(page):
    wide = page.evaluate(
        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 392)"
        ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
    )
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"], wide


def test_a_councillor_answers_on_a_phone_with_the_keyboard_only(evaluation, phone):
    round_ = evaluation["open"]
    first, second, open_question = items_of(evaluation["survey"])
    page = phone(evaluation["person"])
    page.goto(f"/arvioinnit/vastaa/{round_.pk}/")
    assert_fits_the_phone(page)
    violations = axe_violations(page)
    assert not violations, violations_report(violations)

    # Tab into the first statement's options, choose with Space and the arrow keys.
    tab_to(page, f"input[name='item_{first.pk}']")
    page.keyboard.press("Space")  # 1
    for _ in range(3):
        page.keyboard.press("ArrowDown")  # 2, 3, 4
    assert page.locator(f"input[name='item_{first.pk}']:checked").get_attribute("value") == "4"
    page.keyboard.press("Tab")  # a group of radio buttons is one stop: on to the next statement
    assert page.evaluate("() => document.activeElement.name") == f"item_{second.pk}"
    assert_focus_shown(page)
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    tab_to(page, f"textarea[name='item_{open_question.pk}']")
    page.keyboard.type("Iltakoulut ovat toimineet hyvin.")
    tab_to(page, ".eval-form button[type='submit']")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "Kiitos" in page.content()
    assert AnswerReceipt.objects.filter(round=round_).count() == 1
    counts = dict(LikertTally.objects.filter(round=round_, count__gt=0).values_list("item_id", "value"))
    assert counts == {first.pk: 4, second.pk: 2}
    assert list(OpenAnswer.objects.filter(round=round_).values_list("text", flat=True)) == [
        "Iltakoulut ovat toimineet hyvin."
    ]
    violations = axe_violations(page)
    assert not violations, violations_report(violations)


def test_the_results_page_and_the_print_view_pass_axe_on_a_phone(evaluation, phone, site):
    ended = evaluation["ended"]
    page = phone(site.people["leader"])
    for path in [
        f"/arvioinnit/kunta/{ended.municipality.code}/",
        f"/arvioinnit/kunta/{ended.municipality.code}/kierros/{ended.pk}/",
        f"/arvioinnit/kunta/{ended.municipality.code}/kierros/{ended.pk}/tulosta/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1
        assert_fits_the_phone(page)
        violations = axe_violations(page)
        assert not violations, f"{path}\n{violations_report(violations)}"
    assert "3,8 / 5" in page.content()
