"""The trainer's path for a Swedish translation of a whole course, through wagtail-localize's admin URLs as the
admin's buttons call them (docs/translation.md): translate the course with its subtree, translate the strings,
put the Swedish copy of the quiz in place of the Finnish one (an overridable segment), publish, and sync after
the Finnish original changes. A learner reading in Swedish then takes the Swedish quiz and the lesson counts for
the Finnish one."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from assessments.models import Quiz, QuizAttempt
from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage
from courses.setup import trainers_group_ensure
from home.locales import locale_trees_sync
from tests.builders import make_course, make_lesson, make_module, make_trainer, make_user

from .builders import make_quiz, make_quiz_lesson, question
from .helpers import form_data, open_attempt, start, submit

pytestmark = pytest.mark.django_db


def put(client, url, value):
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def swedish(page):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="sv")


def translate_every_string(client, translation):
    source = translation.source
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
        response = put(client, url, f"[sv] {segment.string.data}")
        assert response.status_code in (200, 201), response.content


def publish(client, page, on_commit):
    """wagtail-localize publishes the translation's revision once the request's transaction commits."""
    with on_commit(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {"action": "publish"})
    assert response.status_code == 302


def test_a_trainer_translates_syncs_and_publishes_a_whole_course_with_its_quiz(
    client, django_capture_on_commit_callbacks
):
    quiz = make_quiz(questions=[question("Kuka valmistelee?", (("Hallitus", True), ("Valtuusto", False)))])
    quiz_sv = Quiz.objects.create(title="Quiz på svenska", questions=quiz.questions.raw_data, pass_mark_percent=100)
    course = make_course(title="Kurssi")
    module = make_module(course, title="Moduuli")
    lesson = make_quiz_lesson(module, quiz, title="Oppitunti")
    locale_trees_sync()  # as on the site: the Swedish tree holds aliases until someone translates
    sv = Locale.objects.get(language_code="sv")
    client.force_login(make_user(is_superuser=True, is_staff=True))

    # 1. Translate the course and everything under it (Translate > Swedish > include subtree)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.id]),
        {"locales": [sv.id], "include_subtree": "on"},
    )
    assert response.status_code == 302
    for page in (course, module, lesson):
        assert swedish(page).alias_of_id is None  # the alias became a translation
    translations = {
        type(page): Translation.objects.get(source__object_id=page.translation_key, target_locale=sv)
        for page in (course, module, lesson)
    }

    # 2. Translate the strings and 3. put the Swedish quiz in place of the Finnish one
    for translation in translations.values():
        translate_every_string(client, translation)
    lesson_translation = translations[LessonPage]
    quiz_segment = OverridableSegment.objects.get(source=lesson_translation.source)
    url = reverse("wagtail_localize:edit_override", args=[lesson_translation.id, quiz_segment.id])
    assert put(client, url, str(quiz_sv.id)).status_code in (200, 201)

    # 4. Publish each page (the translation editor's Publish button posts action=publish to the edit view)
    for page in (course, module, lesson):
        publish(client, swedish(page), django_capture_on_commit_callbacks)
    lesson_sv = LessonPage.objects.get(pk=swedish(lesson).pk)
    assert lesson_sv.live and lesson_sv.title == "[sv] Oppitunti"
    assert [block.value.pk for block in lesson_sv.body if block.block_type == "quiz"] == [quiz_sv.pk]
    assert CoursePage.objects.get(pk=swedish(course).pk).title == "[sv] Kurssi"

    # The translation status calls the course complete in Swedish
    status = client.get("/admin/kaannokset/")
    row = next(row for row in status.context["rows"] if row.page.id == course.id)
    assert next(s for s in row.languages if s.language_code == "sv").state == "complete"

    # 5. The Finnish original changes: status says so; Sync translated pages brings the change over
    lesson.title = "Oppitunti, uusi otsikko"
    lesson.save_revision().publish()
    status = client.get("/admin/kaannokset/")
    row = next(row for row in status.context["rows"] if row.page.id == course.id)
    assert next(s for s in row.languages if s.language_code == "sv").state == "outdated"
    source = TranslationSource.objects.get(object_id=lesson.translation_key, locale=lesson.locale)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.id]), {})
    assert response.status_code == 302
    translate_every_string(client, lesson_translation)
    publish(client, swedish(lesson), django_capture_on_commit_callbacks)
    lesson_sv = LessonPage.objects.get(pk=swedish(lesson).pk)
    assert lesson_sv.title == "[sv] Oppitunti, uusi otsikko"
    assert [block.value.pk for block in lesson_sv.body if block.block_type == "quiz"] == [quiz_sv.pk]  # kept
    status = client.get("/admin/kaannokset/")
    row = next(row for row in status.context["rows"] if row.page.id == course.id)
    st = next(s for s in row.languages if s.language_code == "sv")
    assert st.state == "complete"

    # A learner reading Swedish takes the Swedish quiz; the attempt and the lesson count for the Finnish ones
    learner = make_user()
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[swedish(course).id]))
    page = client.get(lesson_sv.url)
    assert page.context["panel"].quiz.pk == quiz_sv.pk
    start(client, lesson_sv, quiz_sv)
    attempt = open_attempt(learner, quiz, lesson)
    submit(client, attempt, form_data(quiz, [[0]]))
    assert QuizAttempt.objects.get(pk=attempt.pk).passed
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert ModulePage.objects.filter(locale=sv, alias_of__isnull=True).count() == 1


@pytest.mark.parametrize("catalogue_first", [True, False], ids=["new-language-later", "set-up-after"])
def test_a_trainer_not_only_a_superuser_translates_and_publishes_a_course(
    client, django_capture_on_commit_callbacks, catalogue_first
):
    """Each language has its own catalogue page and Wagtail's permissions follow the tree: the trainers' group
    gets its page permissions on every language's catalogue, whether it exists at set-up or comes later."""
    course = make_course(title="Kurssi")
    module = make_module(course, title="Moduuli")
    lesson = make_lesson(module, title="Oppitunti")
    index = course.get_parent().specific
    if catalogue_first:
        trainers_group_ensure(course_index=index)
        locale_trees_sync()  # the Swedish catalogue is made now, after the set-up
    else:
        locale_trees_sync()
        trainers_group_ensure(course_index=index)
    sv = Locale.objects.get(language_code="sv")
    client.force_login(make_trainer())

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.id]),
        {"locales": [sv.id], "include_subtree": "on"},
    )
    assert response.status_code == 302
    for page in (course, module, lesson):
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=sv)
        translate_every_string(client, translation)
        assert client.get(reverse("wagtailadmin_pages:edit", args=[swedish(page).id])).status_code == 200
        publish(client, swedish(page), django_capture_on_commit_callbacks)
    lesson_sv = LessonPage.objects.get(pk=swedish(lesson).pk)
    assert lesson_sv.live and lesson_sv.title == "[sv] Oppitunti"
