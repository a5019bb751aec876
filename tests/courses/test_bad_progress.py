"""Progress that cannot be honoured gets a clear message and changes nothing."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course_tree, make_lesson
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def mark_done(client, page_id):
    return client.post(reverse("courses:lesson_complete", args=[page_id]))


def test_lesson_of_a_course_not_enrolled_in_is_refused(client, learner):
    _course, lessons = make_course_tree(modules=1, lessons=1)
    response = mark_done(client, lessons[0].id)
    assert response.status_code == 403
    assert tr("Enrol in the course first, then you can mark its lessons as done.") in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_draft_lesson_is_refused(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    client.post(reverse("courses:enrol", args=[course.id]))
    draft = make_lesson(lessons[0].get_parent())
    draft.unpublish()
    response = mark_done(client, draft.id)
    assert response.status_code == 404
    assert not LessonCompletion.objects.exists()


def test_page_that_is_not_a_lesson_is_refused(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    client.post(reverse("courses:enrol", args=[course.id]))
    for page in (course, lessons[0].get_parent()):
        response = mark_done(client, page.id)
        assert response.status_code == 400
    assert not LessonCompletion.objects.exists()
    assert Enrolment.objects.get(user=learner).completed_at is None


def test_unknown_page_id_is_refused(client, learner):
    assert mark_done(client, 999999).status_code == 404


def test_get_does_not_record_progress(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    client.post(reverse("courses:enrol", args=[course.id]))
    response = client.get(reverse("courses:lesson_complete", args=[lessons[0].id]))
    assert response.status_code == 405
    assert not LessonCompletion.objects.exists()


def test_enrolling_in_something_that_is_not_a_course_is_refused(client, learner):
    _course, lessons = make_course_tree(modules=1, lessons=1)
    response = client.post(reverse("courses:enrol", args=[lessons[0].id]))
    assert response.status_code == 404
    assert not Enrolment.objects.exists()


def test_enrolling_in_an_unpublished_course_is_refused(client, learner):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    course.unpublish()
    assert client.post(reverse("courses:enrol", args=[course.id])).status_code == 404
    assert not Enrolment.objects.exists()


def test_next_page_parameter_cannot_redirect_off_site(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    client.post(reverse("courses:enrol", args=[course.id]))
    response = client.post(reverse("courses:lesson_complete", args=[lessons[0].id]), {"next_page": "abc"})
    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
