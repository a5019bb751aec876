"""Courses in Finnish, Swedish and English: one learner's progress is shared across the translations, and
the language stays in the address and in the profile."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course_tree, make_user, translate

pytestmark = pytest.mark.django_db


def swedish_course():
    course, lessons = make_course_tree(modules=1, lessons=2)
    course_sv = translate(course, title="Kurs på svenska")
    module_sv = translate(lessons[0].get_parent(), title="Modul")
    lessons_sv = [translate(lesson, title=f"Lektion {i}") for i, lesson in enumerate(lessons, start=1)]
    return course, lessons, course_sv, module_sv, lessons_sv


def test_swedish_pages_live_under_sv_and_say_so(client):
    _course, _lessons, course_sv, _module_sv, lessons_sv = swedish_course()
    assert course_sv.url.startswith("/sv/")
    response = client.get(lessons_sv[0].url)
    assert response.status_code == 200
    assert '<html lang="sv">' in response.content.decode()


def test_a_lesson_done_in_swedish_counts_for_the_finnish_lesson(client, learner):
    course, lessons, course_sv, _module_sv, lessons_sv = swedish_course()

    client.post(reverse("courses:enrol", args=[course_sv.id]))
    client.post(reverse("courses:lesson_complete", args=[lessons_sv[0].id]))

    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course_id == course.id  # recorded for the Finnish original
    assert LessonCompletion.objects.get(user=learner).lesson_id == lessons[0].id
    finnish = client.get(lessons[1].url)
    assert finnish.context["course_progress"].done == 1
    assert finnish.context["enrolment"] is not None
    swedish = client.get(lessons_sv[1].url)
    assert swedish.context["course_progress"].done == 1

    client.post(reverse("courses:lesson_complete", args=[lessons[1].id]))  # the rest in Finnish
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert LessonCompletion.objects.filter(user=learner).count() == 2


def test_enrolling_in_both_languages_gives_one_enrolment(client, learner):
    course, _lessons, course_sv, _module_sv, _lessons_sv = swedish_course()
    client.post(reverse("courses:enrol", args=[course.id]))
    client.post(reverse("courses:enrol", args=[course_sv.id]))
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_my_learning_in_swedish_links_to_the_swedish_course(client, learner):
    course, _lessons, course_sv, _module_sv, lessons_sv = swedish_course()
    client.post(reverse("courses:enrol", args=[course.id]))
    entry = client.get("/sv/oma-oppiminen/").context["entries"][0]
    assert entry.course.id == course_sv.id
    assert entry.continue_lesson.id == lessons_sv[0].id


def test_language_switch_leads_to_the_same_page_in_the_other_language(client):
    _course, lessons, _course_sv, _module_sv, lessons_sv = swedish_course()
    response = client.get(f"/kieli/sv/?next={lessons[0].url}&page={lessons[0].id}")
    assert response.status_code == 302
    assert response["Location"] == lessons_sv[0].url


def test_language_switch_falls_back_to_the_nearest_translated_page(client):
    course, lessons, course_sv, _module_sv, _lessons_sv = swedish_course()
    untranslated = make_course_tree(modules=1, lessons=1)[1][0]
    response = client.get(f"/kieli/sv/?page={untranslated.id}")
    assert response["Location"] == course_sv.get_parent().url  # the Swedish catalogue
    messages = [str(m) for m in response.wsgi_request._messages]
    assert len(messages) == 1


def test_language_switch_on_a_view_keeps_the_view(client, learner):
    response = client.get("/kieli/sv/?next=/oma-oppiminen/")
    assert response["Location"] == "/sv/oma-oppiminen/"
    learner.refresh_from_db()
    assert learner.preferred_language == "sv"


def test_language_switch_refuses_unknown_languages_and_foreign_hosts(client):
    assert client.get("/kieli/de/?next=/").status_code == 404
    response = client.get("/kieli/sv/?next=https://evil.example.com/")
    assert response["Location"] == "/sv/"


def test_login_lands_in_the_preferred_language(client):
    make_course_tree(modules=1, lessons=1)
    make_user(email="svensk@example.fi", password="lösenord-123", preferred_language="sv")
    response = client.post(reverse("accounts:login"), {"username": "svensk@example.fi", "password": "lösenord-123"})
    assert response.status_code == 302
    assert response["Location"] == "/sv/oma-oppiminen/"


def test_untranslated_pages_are_reachable_in_every_language_with_shared_progress(client, learner):
    from home.locales import locale_trees_sync

    course, lessons = make_course_tree(modules=1, lessons=2)
    locale_trees_sync()
    english_lesson = type(lessons[0]).objects.get(
        translation_key=lessons[0].translation_key, locale__language_code="en"
    )
    assert english_lesson.alias_of_id == lessons[0].id  # Finnish text until someone translates it
    response = client.get(english_lesson.url)
    assert response.status_code == 200
    assert english_lesson.url.startswith("/en/")

    client.post(reverse("courses:enrol", args=[english_lesson.get_parent().get_parent().id]))
    client.post(reverse("courses:lesson_complete", args=[english_lesson.id]))
    assert LessonCompletion.objects.get(user=learner).lesson_id == lessons[0].id

    locale_trees_sync()  # running again adds nothing
    assert type(lessons[0]).objects.filter(translation_key=lessons[0].translation_key).count() == 3
