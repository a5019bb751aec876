"""A completed course stays completed when lessons are added later; the learner sees what is new since."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import Enrolment
from tests.builders import make_course_tree, make_lesson, make_user
from tests.i18n import tr

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    module = course.get_children().first()
    optional_before = make_lesson(module, title="Lisälukemista ennen", is_required=False)
    learner = make_user()
    services.enrolment_create(user=learner, course=course)
    for lesson in lessons:
        services.lesson_mark_done(user=learner, lesson=lesson)
    client.force_login(learner)
    return course, module, learner, optional_before


def test_lessons_added_after_completion_are_listed_as_new_and_the_completion_stays(client, completed):
    course, module, learner, optional_before = completed
    completed_at = Enrolment.objects.get(user=learner).completed_at
    required_new = make_lesson(module, title="Uusi pakollinen")
    optional_new = make_lesson(module, title="Uusi lisälukeminen", is_required=False)

    context = client.get(course.url).context
    assert context["progress"].percent == 100 and context["progress"].is_complete
    assert [lesson.pk for lesson in context["new_lessons"]] == [required_new.pk, optional_new.pk]
    assert optional_before.pk not in [lesson.pk for lesson in context["new_lessons"]]  # it was there already
    page = client.get(course.url).content.decode()
    assert tr("New content") in page and required_new.url in page and "Uusi lisälukeminen" in page

    [entry] = client.get(reverse("courses:my_learning")).context["entries"]
    assert entry.progress.percent == 100 and [lesson.pk for lesson in entry.new_lessons] == [
        required_new.pk,
        optional_new.pk,
    ]

    # Studying a new lesson takes it off the list; the completion time never moves.
    response = client.post(reverse("courses:lesson_complete", args=[required_new.pk]))
    assert response.status_code in (200, 302)
    assert [lesson.pk for lesson in client.get(course.url).context["new_lessons"]] == [optional_new.pk]
    assert Enrolment.objects.get(user=learner).completed_at == completed_at
    lesson_context = client.get(optional_new.url).context
    assert lesson_context["is_new"] and lesson_context["course_progress"].percent == 100


def test_a_learner_who_has_not_completed_sees_nothing_new(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    learner = make_user()
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=lessons[0])
    make_lesson(course.get_children().first(), title="Uusi")
    client.force_login(learner)
    context = client.get(course.url).context
    assert context["new_lessons"] == [] and context["progress"].percent == 33


def test_unpublishing_the_last_missing_lesson_completes_the_course(client):
    course, lessons = make_course_tree(modules=1, lessons=3)
    learner = make_user()
    services.enrolment_create(user=learner, course=course)
    for lesson in lessons[:2]:
        services.lesson_mark_done(user=learner, lesson=lesson)
    assert Enrolment.objects.get(user=learner).completed_at is None
    lessons[2].unpublish()
    assert Enrolment.objects.get(user=learner).completed_at is not None
    client.force_login(learner)
    context = client.get(course.url).context
    assert context["progress"].percent == 100 and context["new_lessons"] == []
