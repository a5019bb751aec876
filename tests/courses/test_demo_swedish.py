"""`make demo` builds the whole demo in Swedish: every lesson of the demo courses has a published Swedish
translation (not an alias) with Swedish text and the quizzes of its Finnish original, in Swedish, and a learner
reading in Swedish passes such a quiz and finishes the lesson as in Finnish."""

import re

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from assessments.demo_sv import swedish_demo_load_all
from assessments.models import Quiz, QuizAttempt
from assessments.scoring import questions_of
from assessments.selectors import quiz_ids_in
from courses.demo_content.swedish import COURSES_SV
from courses.models import CoursePage, LessonCompletion, LessonPage, ModulePage

pytestmark = pytest.mark.django_db

FINNISH_WORDS = {"että", "sekä", "myös", "jos", "kunnan", "valtuusto", "kunnanhallitus"}
SWEDISH_WORDS = {"och", "att", "som", "är", "inte", "kommunen", "fullmäktige"}


def words(page):
    with translation.override("sv"):  # the blocks' own labels in Swedish too
        text = " ".join(str(block.render()) for block in page.body if block.block_type != "quiz")
    return re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())


def demo_courses():
    return CoursePage.objects.filter(locale=Locale.get_default(), slug__in=COURSES_SV).order_by("path")


def demo_lessons():
    """The lessons of the demo courses that have Swedish text (not those of courses other loaders copy)."""
    in_courses = Q()
    for course in demo_courses():
        in_courses |= Q(path__startswith=course.path)
    return LessonPage.objects.filter(in_courses, locale=Locale.get_default()).order_by("path")


def swedish(page):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="sv")


def test_every_demo_lesson_has_a_swedish_translation_with_swedish_text_and_its_quizzes_in_swedish():
    call_command("load_demo")
    lessons = list(demo_lessons())
    assert len(lessons) == 37  # 24 and the sote reform lesson of 2021, and the 12 of the 2025–2029 copy
    modules = [module for course in demo_courses() for module in ModulePage.objects.child_of(course)]
    pages = [*lessons, *modules, *demo_courses()]
    for page in pages:
        copy = swedish(page)
        assert copy.alias_of_id is None and copy.live and not copy.has_unpublished_changes, page.title
        assert copy.title != page.title and copy.slug != page.slug, page.title
    for lesson in lessons:
        copy = swedish(lesson)
        tokens = words(copy)
        assert not FINNISH_WORDS & set(tokens), (lesson.title, FINNISH_WORDS & set(tokens))
        assert len(SWEDISH_WORDS & set(tokens)) >= 4, lesson.title
        assert len(tokens) > 300, lesson.title
        # Same blocks in the same places, so reflection answers are shared across the languages.
        assert [block.id for block in copy.body] == [block.id for block in lesson.body], lesson.title
        for finnish_quiz_id, swedish_quiz_id in zip(quiz_ids_in(lesson), quiz_ids_in(copy), strict=True):
            finnish_quiz, swedish_quiz = Quiz.objects.get(pk=finnish_quiz_id), Quiz.objects.get(pk=swedish_quiz_id)
            assert swedish_quiz.pk != finnish_quiz.pk and swedish_quiz.title.startswith("Kunskapstest")
            finnish_questions, swedish_questions = questions_of(finnish_quiz), questions_of(swedish_quiz)
            assert [q.id for q in swedish_questions] == [q.id for q in finnish_questions]
            for fi_question, sv_question in zip(finnish_questions, swedish_questions, strict=True):
                assert sv_question.text != fi_question.text
                assert [(o.id, o.is_correct) for o in sv_question.options] == [
                    (o.id, o.is_correct) for o in fi_question.options
                ]
    assert sum(len(quiz_ids_in(lesson)) for lesson in lessons) == 10  # 7, and the 3 of the 2025–2029 copy
    assert "tre moduler och tretton korta lektioner" in " ".join(words(swedish(demo_courses()[0])))

    # Idempotent: a second Swedish load changes no page count and no quiz.
    counts = (LessonPage.objects.count(), ModulePage.objects.count(), Quiz.objects.count())
    swedish_demo_load_all()
    assert (LessonPage.objects.count(), ModulePage.objects.count(), Quiz.objects.count()) == counts


def test_a_learner_reading_swedish_passes_the_swedish_quiz_and_finishes_the_lesson(client):
    call_command("load_demo")
    assert client.login(email="valtuutettu@example.fi", password="Valtuusto2021!")  # enrolled in the orientation
    lesson = next(lesson for lesson in demo_lessons() if quiz_ids_in(lesson))
    copy = swedish(lesson)
    swedish_quiz = Quiz.objects.get(pk=quiz_ids_in(copy)[0])
    finnish_quiz_id = quiz_ids_in(lesson)[0]

    page = client.get(copy.url)
    assert page.context["panel"].quiz == swedish_quiz
    assert swedish_quiz.title in page.content.decode()

    with translation.override("sv"):
        start = reverse("assessments:attempt_start", args=[copy.id, swedish_quiz.id])
    assert client.post(start)["Location"] == f"{copy.url}#quiz-{swedish_quiz.id}"
    attempt = QuizAttempt.objects.get(lesson=lesson, submitted_at__isnull=True)
    assert attempt.quiz_id == finnish_quiz_id  # the Finnish quiz holds the attempts of every language

    answers = {}
    for question in questions_of(swedish_quiz):
        answers[f"question-{question.id}"] = [option.id for option in question.options if option.is_correct]
    with translation.override("sv"):
        submitted = client.post(reverse("assessments:attempt_submit", args=[attempt.id]), answers)
    feedback = client.get(submitted["Location"])
    assert feedback.context["quiz"] == swedish_quiz and feedback.context["lesson"].pk == copy.pk
    assert QuizAttempt.objects.get(pk=attempt.pk).passed
    assert LessonCompletion.objects.filter(lesson=lesson, user__email="valtuutettu@example.fi").exists()
