"""Publish in wagtail-localize's translation editor refuses a lesson translation that would lack its original's
quiz, as the ordinary page editor does (issue 13).

The translation editor publishes the Finnish lesson as it was at the last sync. When the Finnish lesson got a
quiz after the Swedish translation was made, publishing the Swedish lesson from there would put a lesson on line
that is done only by a quiz its page does not hold: the trainer is told, in the admin's language, to sync first,
and nothing changes. Meanwhile a learner reading Swedish still finishes the lesson with the original's quiz."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from courses.models import Enrolment, LessonCompletion, LessonPage
from home.locales import locale_trees_sync
from tests.builders import make_course, make_lesson, make_module, make_user

from .builders import make_quiz
from .helpers import enrol, form_data, open_attempt, start, submit

pytestmark = pytest.mark.django_db

REFUSED = (
    "Not published: the original “%(original)s” now has the quiz %(names)s, which this translation lacks. Open "
    "the original and choose “Sync translated pages”, then publish this translation again. Nothing was changed."
)


def swedish(page):
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code="sv")


def publish_in_translation_editor(client, page, on_commit):
    """The translation editor's Publish button: action=publish posted to the page's edit view; wagtail-localize
    publishes the revision once the request's transaction commits."""
    with on_commit(execute=True):
        return client.post(reverse("wagtailadmin_pages:edit", args=[page.id]), {"action": "publish"})


def quiz_blocks(page):
    return [block.value.pk for block in LessonPage.objects.get(pk=page.pk).body if block.block_type == "quiz"]


def test_publishing_a_synced_translation_that_lacks_a_quiz_added_since_is_refused_in_the_trainers_language(
    client, django_capture_on_commit_callbacks
):
    course = make_course(title="Kurssi")
    lesson = make_lesson(make_module(course, title="Moduuli"), title="Luottamus rakentuu arjessa")
    locale_trees_sync()
    sv = Locale.objects.get(language_code="sv")
    trainer = make_user(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "sv"  # the admin in Swedish (Account > Language in the admin)
    profile.save()
    client.force_login(trainer)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[course.id]),
        {"locales": [sv.id], "include_subtree": "on"},
    )
    assert response.status_code == 302
    lesson_sv = swedish(lesson)
    assert lesson_sv.live and quiz_blocks(lesson_sv) == []  # the Finnish lesson had no quiz then

    # The Finnish lesson gets a quiz; its completion now depends on it.
    quiz = make_quiz(title="Luottamus-tietovisa")
    lesson.body.append(("quiz", quiz))
    lesson.save_revision().publish()
    revisions_before = Revision.page_revisions.filter(object_id=str(lesson_sv.pk)).count()

    response = publish_in_translation_editor(client, lesson_sv, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[lesson_sv.pk])
    with translation.override("sv"):
        expected = translation.gettext(REFUSED) % {"original": lesson.title, "names": f"“{quiz}”"}
    assert [str(message) for message in get_messages(response.wsgi_request)][-1] == expected
    assert quiz_blocks(lesson_sv) == []
    assert Revision.page_revisions.filter(object_id=str(lesson_sv.pk)).count() == revisions_before  # unchanged

    # No learner is stuck meanwhile: the Swedish lesson shows the Finnish quiz, and passing it completes it.
    learner = make_user()
    reader = Client()
    reader.force_login(learner)
    enrol(reader, swedish(course))
    page = reader.get(lesson_sv.url)
    assert page.context["panel"].quiz.pk == quiz.pk
    start(reader, lesson_sv, quiz)
    submit(reader, open_attempt(learner, quiz, lesson), form_data(quiz, [[0]]))
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert Enrolment.objects.get(user=learner).completed_at is not None

    # Synced as the message says, the translation holds the quiz and is published.
    source = TranslationSource.objects.get(object_id=lesson.translation_key, locale=lesson.locale)
    assert client.post(reverse("wagtail_localize:update_translations", args=[source.id]), {}).status_code == 302
    response = publish_in_translation_editor(client, lesson_sv, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert [str(message) for message in get_messages(response.wsgi_request)][-1] != expected
    assert quiz_blocks(lesson_sv) == [quiz.pk]
