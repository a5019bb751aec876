"""A translation of a lesson that lacks the quiz of its Finnish original: no learner is stuck, and the trainer is
told. The lesson is done only by passing the quiz (checked on the Finnish lesson), so the Swedish page shows the
original's quiz in Finnish; the admin refuses to publish such a translation and says what is missing."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import Enrolment, LessonCompletion, LessonPage
from tests.builders import make_course, make_module, make_user, translate
from tests.i18n import tr

from .builders import make_quiz, make_quiz_lesson
from .helpers import enrol, form_data, open_attempt, start, submit

pytestmark = pytest.mark.django_db


def swedish_lesson_without_quiz():
    quiz = make_quiz(title="Luottamus-tietovisa")
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz, title="Luottamus rakentuu arjessa")
    swedish = translate(lesson, title="Förtroende byggs i vardagen", body=[("paragraph", "<p>Text på svenska.</p>")])
    return quiz, course, lesson, swedish


def test_a_learner_reading_swedish_passes_the_originals_quiz_and_completes_the_course(client, learner):
    quiz, course, lesson, swedish = swedish_lesson_without_quiz()
    enrol(client, course)

    page = client.get(swedish.url)
    html = page.content.decode()
    assert page.context["panel"].quiz.pk == quiz.pk  # the Finnish quiz is on the Swedish page
    assert 'class="panel translation-fallback"' in html
    assert 'lang="fi"' in html
    assert reverse("courses:lesson_complete", args=[swedish.id]) not in html  # no "mark as done" that would 409

    response = start(client, swedish, quiz)  # started from the Swedish page, kept on the Finnish lesson
    assert response["Location"] == f"{swedish.url}#quiz-{quiz.id}"
    attempt = open_attempt(learner, quiz, lesson)
    submit(client, attempt, form_data(quiz, [[0]]))
    attempt.refresh_from_db()
    assert attempt.passed
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_a_lesson_whose_translation_holds_the_quiz_shows_no_fallback(client, learner):
    quiz = make_quiz()
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    swedish = translate(lesson, title="Lektion")  # the copy keeps the quiz block
    enrol(client, course)
    page = client.get(swedish.url)
    assert page.context["fallback_blocks"] == []
    assert "translation-fallback" not in page.content.decode()


def edit_post(page, body):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "",
            "estimated_minutes": 10,
            "is_required": "on",
            "body": streamfield(body),
            "action-publish": "publish",
        }
    )


def test_the_admin_refuses_to_publish_a_translation_without_the_quiz_and_says_what_is_missing(client):
    quiz, _course, _lesson, swedish = swedish_lesson_without_quiz()
    client.force_login(make_user(is_superuser=True, is_staff=True))
    live_before = swedish.live_revision_id

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[swedish.id]),
        edit_post(swedish, [("paragraph", rich_text("<p>Ny text.</p>"))]),
        follow=True,
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("“Luottamus-tietovisa”" in message and "Luottamus rakentuu arjessa" in message for message in messages)
    assert LessonPage.objects.get(pk=swedish.pk).live_revision_id == live_before

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[swedish.id]),
        edit_post(swedish, [("paragraph", rich_text("<p>Ny text.</p>")), ("quiz", quiz.pk)]),
    )
    assert response.status_code == 302
    assert LessonPage.objects.get(pk=swedish.pk).live_revision_id != live_before


def test_translation_status_names_the_lesson_lacking_the_quiz_and_the_untranslated_ones(client):
    _quiz, _course, lesson, _swedish = swedish_lesson_without_quiz()
    untranslated = make_quiz_lesson(lesson.get_parent(), make_quiz(), title="Vielä kääntämätön oppitunti")
    client.force_login(make_user(is_superuser=True, is_staff=True))

    response = client.get("/admin/kaannokset/")
    course_row = response.context["rows"][0]
    swedish_status = next(status for status in course_row.languages if status.language_code == "sv")
    assert [(page.title, quizzes) for page, quizzes in swedish_status.lacking] == [
        ("Luottamus rakentuu arjessa", ["Luottamus-tietovisa"])
    ]
    assert untranslated.title in [page.title for page in swedish_status.untranslated]
    html = response.content.decode()
    assert "Vielä kääntämätön oppitunti" in html
    assert tr("Lacks the quiz of the original (learners are shown the Finnish quiz):") in html
