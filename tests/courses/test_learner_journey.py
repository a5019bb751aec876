"""The whole learner journey through the test client: enrol, open a lesson, mark it done, see progress,
complete the course."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course_tree, make_lesson
from tests.i18n import tr

pytestmark = pytest.mark.django_db


def enrol(client, course):
    return client.post(reverse("courses:enrol", args=[course.id]))


def mark_done(client, lesson, **data):
    return client.post(reverse("courses:lesson_complete", args=[lesson.id]), data)


def test_journey_from_enrolment_to_completed_course(client, learner):
    course, lessons = make_course_tree(modules=2, lessons=2)

    response = enrol(client, course)
    assert response.status_code == 302
    assert Enrolment.objects.filter(user=learner, course=course, completed_at=None).exists()

    page = client.get(lessons[0].url)
    assert page.status_code == 200
    assert tr("Mark as done and continue") in page.content.decode()

    for lesson in lessons[:-1]:
        response = mark_done(client, lesson)
        assert response.status_code == 302
    assert Enrolment.objects.get(user=learner, course=course).completed_at is None

    my_learning = client.get(reverse("courses:my_learning"))
    entry = my_learning.context["entries"][0]
    assert (entry.progress.done, entry.progress.total, entry.progress.percent) == (3, 4, 75)
    assert entry.continue_lesson.id == lessons[-1].id

    mark_done(client, lessons[-1])
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is not None
    entry = client.get(reverse("courses:my_learning")).context["entries"][0]
    assert entry.progress.percent == 100


def test_lesson_page_shows_breadcrumbs_navigation_and_progress(client, learner):
    course, lessons = make_course_tree(modules=2, lessons=2)
    enrol(client, course)
    mark_done(client, lessons[0])

    response = client.get(lessons[2].url)  # first lesson of the second module

    assert response.context["course"].id == course.id
    assert response.context["previous_lesson"].id == lessons[1].id
    assert response.context["next_lesson"].id == lessons[3].id
    assert response.context["course_progress"].done == 1
    assert response.context["course_progress"].total == 4
    assert response.context["module_progress"].done == 0
    html = response.content.decode()
    assert course.title in html and "25 %" in html


def test_marking_done_twice_records_one_completion(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=2)
    enrol(client, course)
    mark_done(client, lessons[0])
    mark_done(client, lessons[0])
    enrol(client, course)
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_completion_time_is_kept_when_a_lesson_is_marked_again(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    enrol(client, course)
    mark_done(client, lessons[0])
    first = Enrolment.objects.get(user=learner).completed_at
    mark_done(client, lessons[0])
    assert Enrolment.objects.get(user=learner).completed_at == first


def test_optional_lessons_do_not_count_towards_completion(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=1)
    make_lesson(lessons[0].get_parent(), is_required=False)
    enrol(client, course)
    mark_done(client, lessons[0])
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_unpublished_lesson_drops_out_of_the_percentage(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=4)
    enrol(client, course)
    mark_done(client, lessons[0])
    mark_done(client, lessons[1])
    lessons[1].unpublish()
    lessons[3].delete()

    entry = client.get(reverse("courses:my_learning")).context["entries"][0]

    assert (entry.progress.done, entry.progress.total) == (1, 2)
    assert entry.progress.percent == 50


def test_continue_link_follows_the_last_lesson_opened(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=3)
    enrol(client, course)
    client.get(lessons[1].url)
    entry = client.get(reverse("courses:my_learning")).context["entries"][0]
    assert entry.continue_lesson.id == lessons[1].id


def test_my_learning_requires_login(client):
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_anonymous_visitor_can_read_a_lesson_but_not_record_progress(client):
    course, lessons = make_course_tree(modules=1, lessons=1)
    assert client.get(lessons[0].url).status_code == 200
    response = mark_done(client, lessons[0])
    assert response.status_code == 302  # to the login page
    assert not LessonCompletion.objects.exists()
