"""When a learner started a course: the time of the first lesson marked done, kept on the enrolment.

Dashboards and reminders read "started" from this one field, so it has to stay right however progress
arrives: lesson by lesson, on enrolments made before the field existed, and when a trainer moves a lesson."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.builders import make_course_tree, make_user

pytestmark = pytest.mark.django_db


def mark_done(client, lesson):
    assert client.post(reverse("courses:lesson_complete", args=[lesson.id])).status_code == 302


def started_at(user, course):
    return Enrolment.objects.get(user=user, course=course).started_at


def test_the_first_lesson_done_starts_the_course_and_later_ones_keep_that_time(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=3)
    client.post(reverse("courses:enrol", args=[course.id]))
    assert client.get(lessons[0].url).status_code == 200
    assert started_at(learner, course) is None, "opening a lesson is not starting the course"

    mark_done(client, lessons[0])
    first = LessonCompletion.objects.get(user=learner, lesson=lessons[0]).completed_at
    assert abs((started_at(learner, course) - first).total_seconds()) < 1

    mark_done(client, lessons[1])
    mark_done(client, lessons[0])  # again, from a second tab
    assert abs((started_at(learner, course) - first).total_seconds()) < 1


def test_the_migration_backfills_the_start_from_the_first_completion(client, learner):
    course, lessons = make_course_tree(modules=1, lessons=2)
    other = make_user(email="toinen@example.fi")
    client.post(reverse("courses:enrol", args=[course.id]))
    mark_done(client, lessons[0])
    mark_done(client, lessons[1])
    Enrolment.objects.create(user=other, course=course)
    Enrolment.objects.update(started_at=None)  # as before the field existed

    migration = importlib.import_module("courses.migrations.0004_enrolment_started_at")
    migration.started_at_from_first_completion(apps, schema_editor=None)

    first = LessonCompletion.objects.filter(user=learner).earliest("completed_at").completed_at
    assert started_at(learner, course) == first
    assert started_at(other, course) is None, "enrolled without a lesson done: not started"


def test_a_lesson_moved_into_another_course_starts_that_course_for_those_who_did_it(client, learner):
    first_course, first_lessons = make_course_tree(modules=1, lessons=2, title="Ensimmäinen")
    second_course, second_lessons = make_course_tree(modules=1, lessons=1, title="Toinen")
    for course in (first_course, second_course):
        client.post(reverse("courses:enrol", args=[course.id]))
    mark_done(client, first_lessons[0])
    assert started_at(learner, second_course) is None

    moved = first_lessons[0]
    moved.move(second_lessons[0].get_parent(), pos="last-child")

    completion = LessonCompletion.objects.get(user=learner, lesson=moved)
    assert completion.course_id == second_course.id
    assert started_at(learner, second_course) == completion.completed_at


def test_a_module_moved_into_another_course_carries_all_its_lessons(client, learner):
    first_course, first_lessons = make_course_tree(modules=2, lessons=2, title="Ensimmäinen")
    second_course, _second_lessons = make_course_tree(modules=1, lessons=1, title="Toinen")
    for course in (first_course, second_course):
        client.post(reverse("courses:enrol", args=[course.id]))
    for lesson in first_lessons[2:]:  # both lessons of the second module
        mark_done(client, lesson)

    module = first_lessons[2].get_parent()
    module.move(second_course, pos="last-child")

    completions = LessonCompletion.objects.filter(user=learner)
    assert {completion.course_id for completion in completions} == {second_course.id}
    assert {completion.module_id for completion in completions} == {module.id}
    assert started_at(learner, second_course) == completions.earliest("completed_at").completed_at
