"""The learner's journey with the keyboard only: skip to the content, log in, open the next lesson, mark it
done, take the quiz of the lesson after it. Every stop of the Tab key must show where the focus is.

The journey is a list of steps (LEARNER_JOURNEY); another part of the journey, such as taking a quiz, is
one more step function appended to it.
"""

from urllib.parse import urlsplit

import pytest

from assessments.models import QuizAttempt
from courses.models import LessonCompletion
from tests.assessments.builders import ids

from .site_data import PASSWORD

pytestmark = pytest.mark.browser

MAX_TABS = 60

# What the focused element shows: its outline, or a box shadow drawn around it.
FOCUS_STATE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.value || el.name || '').trim().slice(0, 60),
        focusVisible: el.matches(':focus-visible'),
        indicated: outline || style.boxShadow !== 'none',
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
}"""


def focus_state(page):
    return page.evaluate(FOCUS_STATE)


def assert_focus_shown(page):
    state = focus_state(page)
    assert state["focusVisible"] and state["indicated"], f"focus is not visible on {state}"
    assert state["onScreen"], f"the focused element is off screen: {state}"


def tab_to(page, selector, *, backwards=False):
    """Press Tab (or Shift+Tab) until the element matching `selector` has the focus, checking that each
    element passed on the way shows its focus."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if body_has_focus(page):
            continue  # the browser's own stop between the page and its address bar
        assert_focus_shown(page)
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} not reached in {MAX_TABS} presses of {key}")


def body_has_focus(page):
    return page.evaluate("() => document.activeElement === document.body")


def skip_to_content(page, site, person):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    assert_focus_shown(page)
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)")


def log_in(page, site, person):
    page.goto("/")
    tab_to(page, "header a[href^='/tili/kirjaudu/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.name") == "username"  # the field has autofocus
    page.keyboard.type(person.email)
    tab_to(page, "input[name=password]")
    tab_to(page, "input[name=username]", backwards=True)  # and back again, with Shift+Tab
    tab_to(page, "input[name=password]")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/"  # back where the person was
    assert page.locator("header form[action$='/kirjaudu-ulos/']").count() == 1


def open_next_lesson(page, site, person):
    tab_to(page, "header a[href='/oma-oppiminen/']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, f"main a[href='{site.lessons[0].url}']")  # "Continue where you left off"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(site.lessons[0].url)


def mark_lesson_done(page, site, person):
    tab_to(page, "main form[action$='/valmis/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert page.url.endswith(site.lessons[1].url)  # "mark as done and continue"
    assert LessonCompletion.objects.filter(user=person, lesson=site.lessons[0]).exists()
    assert page.locator(".messages").inner_text().strip()


def is_checked(page, option_id):
    return page.locator(f"#option-{option_id}").is_checked()


def take_quiz(page, site, person):
    (single, single_options), (multiple, multiple_options) = ids(site.quiz)
    tab_to(page, f"main a[href='{site.quiz_lesson.url}']")  # "Next" from the lesson just done
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "main form[action$='/aloita/'] button[type=submit]")  # "Start the quiz"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # A radio group is one Tab stop; the arrow keys move through it and choose as they go. The options come in the
    # attempt's shuffled order, so the steps are counted on the page; the right option is the quiz's first.
    shown = [radio.get_attribute("value") for radio in page.locator(f"input[name='question-{single}']").all()]
    assert sorted(shown) == sorted(single_options)
    tab_to(page, f"input[name='question-{single}']")
    page.keyboard.press("ArrowDown")
    assert_focus_shown(page)
    assert is_checked(page, shown[1])
    right = shown.index(single_options[0])
    key, steps = ("ArrowUp", 1) if right == 0 else ("ArrowDown", right - 1)
    for _ in range(steps):
        page.keyboard.press(key)
    assert_focus_shown(page)
    assert is_checked(page, single_options[0]) and sum(is_checked(page, option) for option in shown) == 1
    # Each checkbox is a stop of its own, ticked with Space.
    for option in multiple_options[:2]:
        tab_to(page, f"#option-{option}")
        page.keyboard.press("Space")
        assert is_checked(page, option)
    assert not is_checked(page, multiple_options[2])

    tab_to(page, ".quiz-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    attempt = QuizAttempt.objects.get(user=person, quiz=site.quiz)
    assert attempt.submitted_at is not None and attempt.passed
    assert urlsplit(page.url).path.endswith(f"/{attempt.id}/")  # the feedback page of the attempt
    assert page.locator("main .quiz-feedback .panel .quiz-passed").count() == 1  # "Passed"
    tab_to(page, f"main a[href^='{site.quiz_lesson.url}#quiz-']")  # and back to the lesson
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert LessonCompletion.objects.filter(user=person, lesson=site.quiz_lesson).exists()


LEARNER_JOURNEY = [skip_to_content, log_in, open_next_lesson, mark_lesson_done, take_quiz]


def test_the_learner_journey_works_with_the_keyboard_only(site, page):
    person = site.people["keyboard"]
    for step in LEARNER_JOURNEY:
        step(page, site, person)
