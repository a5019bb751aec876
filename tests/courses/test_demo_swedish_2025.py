"""`make demo` builds the 2025–2029 orientation in Swedish too: every page of the Finnish copy for the new term has
a live Swedish translation (a real one in the sv locale, linked by translation_key, not an alias) that carries the
2025 facts in Swedish; the Swedish quizzes complete the Swedish course; the Swedish 2021 course still says what it
said; every live Finnish page of every demo course is live in Swedish; translation status shows the course
complete; English readers are told which languages the course is in.

The demo is loaded once for the module (loading it takes long) and rolled back after the last test."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from assessments.models import Quiz
from assessments.scoring import questions_of
from assessments.selectors import quiz_ids_in
from courses.demo_content.orientation_2025_sv import LESSON_CHANGES_SV
from courses.demo_new_term import LESSON_CHANGES
from courses.models import CoursePage, Enrolment, LessonPage, ModulePage
from tests.builders import make_user

pytestmark = pytest.mark.django_db

SLUG_2021, SLUG_2025 = "valtuustokauden-2021-2025-perehdytys", "valtuustokauden-2025-2029-perehdytys"
FINNISH_WORDS = {"että", "sekä", "myös", "jos", "kunnan", "valtuusto", "kunnanhallitus", "tai", "ovat", "mutta"}
SWEDISH_WORDS = {"och", "att", "som", "är", "inte", "kommunen", "fullmäktige"}
NOTICE = "untranslated-notice"  # the class of the "finns ännu bara på finska" notice, whatever its wording


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo as `make demo` loads it, twice (the second run must change nothing), rolled back at the end."""
    with django_db_blocker.unblock():
        cache.clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
            first = _snapshot()
            call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield first
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        cache.clear()


def _snapshot():
    """What a second load must leave as it was: every page's place, locale, slug and title, and the quizzes."""
    pages = sorted(Page.objects.values_list("id", "path", "locale__language_code", "slug", "title", "alias_of_id"))
    return pages, sorted(Quiz.objects.values_list("id", "title"))


def finnish(slug):
    return CoursePage.objects.get(locale=Locale.get_default(), slug=slug)


def swedish(page):
    return page.get_translation(Locale.objects.get(language_code="sv")).specific


def tree(course):
    """The course and its live pages, in tree order."""
    return [course, *[page.specific for page in course.get_descendants().live().order_by("path")]]


def words_of(html):
    return re.findall(r"\w+", re.sub(r"<[^>]+>", " ", html).lower())


def text_of(page):
    """Every text of a page the reader sees, blocks rendered with their Swedish labels (quizzes left out)."""
    with translation.override("sv"):
        parts = [page.title, getattr(page, "summary", ""), getattr(page, "learning_objectives", "")]
        parts += [str(block.render()) for block in page.body if block.block_type != "quiz"]
    return " ".join(parts)


def test_running_the_demo_twice_changes_no_page_and_no_quiz(demo):
    assert _snapshot() == demo


def test_every_page_of_the_2025_course_is_a_live_swedish_translation_in_swedish(demo):
    course = finnish(SLUG_2025)
    pages = tree(course)
    assert len([page for page in pages if isinstance(page, LessonPage)]) == 12
    for page in pages:
        copy = swedish(page)
        assert copy.translation_key == page.translation_key and copy.locale.language_code == "sv"
        assert copy.alias_of_id is None and copy.live and not copy.has_unpublished_changes, page.title
        assert copy.title != page.title and copy.slug != page.slug, page.title
        tokens = set(words_of(text_of(copy)))
        assert not FINNISH_WORDS & tokens, (copy.title, FINNISH_WORDS & tokens)
        assert len(SWEDISH_WORDS & tokens) >= 3, copy.title
        # Same blocks in the same places, so reflection answers and quiz blocks line up across the languages.
        assert [block.id for block in copy.body] == [block.id for block in page.body], page.title
    assert swedish(course).get_parent().specific == swedish(course.get_parent()).specific
    assert swedish(course).slug == "introduktion-for-fullmaktige-2025-2029"


def test_the_swedish_2025_lessons_hold_the_swedish_quizzes_of_the_finnish_ones(demo):
    lessons = [page for page in tree(finnish(SLUG_2025)) if isinstance(page, LessonPage)]
    placed = 0
    for lesson in lessons:
        for finnish_id, swedish_id in zip(quiz_ids_in(lesson), quiz_ids_in(swedish(lesson)), strict=True):
            finnish_quiz, swedish_quiz = Quiz.objects.get(pk=finnish_id), Quiz.objects.get(pk=swedish_id)
            assert swedish_quiz.pk != finnish_quiz.pk and swedish_quiz.title.startswith("Kunskapstest")
            assert [q.id for q in questions_of(swedish_quiz)] == [q.id for q in questions_of(finnish_quiz)]
            placed += 1
    assert placed == 3  # one quiz a module, as in Finnish


def test_the_swedish_2025_course_carries_the_2025_facts(demo):
    course = swedish(finnish(SLUG_2025))
    intro = text_of(course)
    for fact in ("13.4.2025", "1.6.2025", "31.5.2029", "31.5.2025", "välfärdsområdesvalet", "611/2021", "616/2021"):
        assert fact in intro, fact
    assert "välfärdsområdena 1.1.2023" in intro and "tre moduler och tolv korta lektioner" in intro
    assert "13 juni 2021" not in intro and "tretton" not in intro and "utgången av maj 2025" not in intro

    text = " ".join(text_of(page) for page in tree(course))
    for old, new in LESSON_CHANGES_SV:
        assert old not in text and new in text, new
    # The bodies of the new term are not said to be elected in August 2021 (the fictional cases keep their dates).
    assert "kortare än vanligt" not in text and "nämnderna valdes i augusti 2021" not in text
    assert "sammanträde i augusti 2021" not in text
    assert "vårdreformen" not in text.lower() and "social- och hälsovårdsreformen" not in text
    assert "Under den fyraåriga perioden 2025–2029" in text and "välfärdsområdet" in text


def test_the_finnish_2025_course_changes_what_the_swedish_one_changes(demo):
    """The two languages change the same sentences: every Finnish change is in the Finnish copy, and there is a
    Swedish change for each."""
    text = " ".join(text_of(page) for page in tree(finnish(SLUG_2025)))
    for old, new in LESSON_CHANGES:
        assert old not in text and new in text, new
    assert len(LESSON_CHANGES) == len(LESSON_CHANGES_SV)
    assert "sote-uudistus" not in text and "valittiin elokuussa 2021" not in text
    assert "elokuun 2021 valtuuston kokouksessa" not in text and "tavallista lyhyempi" not in text


def test_the_swedish_2021_course_still_says_what_it_said(demo):
    course = swedish(finnish(SLUG_2021))
    assert course.title == "Introduktion för fullmäktigeperioden 2021–2025"
    intro = text_of(course)
    assert "13 juni 2021" in intro and "tre moduler och tretton korta lektioner" in intro
    assert "välfärdsområdesvalet" not in intro and "31.5.2029" not in intro
    pages = tree(course)
    assert len([page for page in pages if isinstance(page, LessonPage)]) == 13
    text = " ".join(text_of(page) for page in pages)
    for old, new in LESSON_CHANGES_SV:
        assert old in text and new not in text, old
    roles = next(page for page in pages if isinstance(page, ModulePage) and page.slug == "roller")
    assert "social- och hälsovårdsreformen" in roles.learning_objectives


def test_every_live_finnish_page_of_every_demo_course_is_live_in_swedish(demo):
    courses = CoursePage.objects.live().filter(locale=Locale.get_default())
    assert {SLUG_2021, SLUG_2025, "kestava-kunnan-johtaminen"} <= {course.slug for course in courses}
    for course in courses:
        for page in tree(course):
            copy = swedish(page)
            assert copy.alias_of_id is None and copy.live, (course.title, page.title)


def test_the_swedish_2025_course_reads_in_swedish_without_a_fallback_notice(client, demo):
    """A crawl of the Swedish course as an enrolled learner: every page answers, none says it is only in
    Finnish, and nothing in the main content is marked as Finnish."""
    learner = make_user()
    client.force_login(learner)
    course = swedish(finnish(SLUG_2025))
    assert client.post(reverse("courses:enrol", args=[course.id])).status_code == 302
    for page in tree(course):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.url.startswith("/sv/")
        main = BeautifulSoup(response.content, "html.parser").find("main")
        assert not main.select(f".{NOTICE}"), page.url
        assert not main.select('[lang="fi"]'), (page.url, [str(tag)[:80] for tag in main.select('[lang="fi"]')])
        tokens = set(words_of(main.get_text(" ")))
        assert not FINNISH_WORDS & tokens, (page.url, FINNISH_WORDS & tokens)


def test_the_swedish_quizzes_complete_the_swedish_2025_course(client, demo):
    learner = make_user()
    client.force_login(learner)
    original = finnish(SLUG_2025)
    course = swedish(original)
    client.post(reverse("courses:enrol", args=[course.id]))
    for lesson in [page for page in tree(course) if isinstance(page, LessonPage) and page.is_required]:
        quiz_ids = quiz_ids_in(lesson)
        if not quiz_ids:
            assert client.post(reverse("courses:lesson_complete", args=[lesson.id])).status_code == 302
        for quiz_id in quiz_ids:
            quiz = Quiz.objects.get(pk=quiz_id)
            assert quiz.title.startswith("Kunskapstest")
            with translation.override("sv"):
                started = client.post(reverse("assessments:attempt_start", args=[lesson.id, quiz.id]))
            assert started.status_code == 302
            attempt = learner.quiz_attempts.get(submitted_at__isnull=True)
            drawn = attempt.layout.get("questions") or [question.id for question in questions_of(quiz)]
            answers = {
                f"question-{question.id}": [option.id for option in question.options if option.is_correct]
                for question in questions_of(quiz)
                if question.id in drawn  # a quiz with a draw count asks only some of its bank
            }
            with translation.override("sv"):
                client.post(reverse("assessments:attempt_submit", args=[attempt.id]), answers)
            attempt.refresh_from_db()
            assert attempt.passed, lesson.title
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course_id == original.id  # progress is kept on the Finnish course, in every language
    assert enrolment.completed_at is not None


def test_translation_status_shows_the_2025_course_complete_in_swedish(client, demo):
    client.login(email="admin@example.fi", password="Yllapito2021!")
    response = client.get("/admin/kaannokset/")
    assert response.status_code == 200
    course = finnish(SLUG_2025)
    rows = [row for row in response.context["rows"] if row.page.path.startswith(course.path)]
    assert len(rows) == 4  # the course and its three modules
    for row in rows:
        status = next(status for status in row.languages if status.language_code == "sv")
        assert status.state == "complete", (row.page.title, status.untranslated, status.outdated, status.lacking)


def test_the_english_catalogue_says_the_2025_course_is_in_finnish_and_swedish(client, demo):
    course = finnish(SLUG_2025)
    english = course.get_translation(Locale.objects.get(language_code="en"))
    assert english.alias_of_id == course.id  # no English text yet: the English tree shows the Finnish
    response = client.get(english.get_parent().url)
    assert response.status_code == 200
    cards = BeautifulSoup(response.content, "html.parser").select("li.course-card")
    card = next(card for card in cards if card.find("a", href=english.url))
    languages = [span["lang"] for span in card.select("span[lang]")]
    assert languages == ["fi", "sv"], languages
    assert "English" not in card.get_text() and "svenska" in card.get_text()
    page = client.get(english.url).content.decode()
    assert "This course is only available in Finnish so far." in page
