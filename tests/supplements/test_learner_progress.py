"""A learner's own progress counts their municipality's required local lessons the same everywhere: the course
page, My learning (done / total, percentage, where to continue) and a lesson's progress box. Another
municipality's learner sees the common part only."""

import pytest
from django.urls import reverse

from courses.models import Enrolment
from tests.builders import make_course_tree, make_user
from tests.participation.builders import progress
from tests.supplements.builders import add_local_lesson, make_supplement

pytestmark = pytest.mark.django_db


def _figures(client, course, lesson):
    """(done, total, percent) as the course page, My learning and the lesson's progress box give them."""
    course_page = client.get(course.url).context["progress"]
    [entry] = client.get(reverse("courses:my_learning")).context["entries"]
    box = client.get(lesson.url).context["course_progress"]
    return [(item.done, item.total, item.percent) for item in (course_page, entry.progress, box)]


def _continue(client, course):
    [entry] = client.get(reverse("courses:my_learning")).context["entries"]
    return entry.continue_lesson, client.get(course.url).context["next_lesson"]


@pytest.fixture
def course_with_supplement(hameenlinna):
    course, lessons = make_course_tree(modules=2, lessons=1)
    supplement, local = make_supplement(hameenlinna, course, after_module=lessons[0].get_parent())
    return course, lessons, supplement, local


def test_the_own_municipalitys_lessons_count_everywhere_and_the_other_municipalitys_learner_sees_the_common_part(
    client, course_with_supplement, hameenlinna, porvoo
):
    course, lessons, _supplement, local = course_with_supplement
    own, other = make_user(municipality=hameenlinna), make_user(municipality=porvoo)
    for person in (own, other):
        progress(person, course, lessons[:1])

    client.force_login(own)
    # The supplement follows module 1, so after module 1 the learner continues with it, on both pages.
    assert [page.id for page in _continue(client, course)] == [local[0].id, local[0].id]
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert local[0].url in html and "33 %" in html
    assert _figures(client, course, lessons[1]) == [(1, 3, 33)] * 3
    catalogue = client.get(course.get_parent().url).context["cards"]
    assert [(card.progress.done, card.progress.total) for card in catalogue if card.course.pk == course.pk] == [(1, 3)]
    assert 'value="33"' in client.get(lessons[1].url).content.decode()  # the lesson's progress bar

    client.force_login(other)
    assert [page.id for page in _continue(client, course)] == [lessons[1].id, lessons[1].id]
    assert local[0].url not in client.get(reverse("courses:my_learning")).content.decode()
    assert _figures(client, course, lessons[1]) == [(1, 2, 50)] * 3


def test_a_local_lesson_added_later_lowers_the_progress_everywhere_and_holds_completion(
    client, course_with_supplement, hameenlinna
):
    course, lessons, supplement, local = course_with_supplement
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons[:1])
    client.force_login(person)
    assert client.post(reverse("supplements:lesson_complete", args=[local[0].id])).status_code == 302
    assert _figures(client, course, lessons[1]) == [(2, 3, 67)] * 3

    # The municipality's editor adds a second required lesson after the learner had done the first.
    added = add_local_lesson(supplement)
    assert _figures(client, course, lessons[1]) == [(2, 4, 50)] * 3

    progress(person, course, lessons[1:])  # every common lesson done: the added local lesson still waits
    enrolment = Enrolment.objects.get(user=person, course=course)
    assert enrolment.completed_at is None
    assert _figures(client, course, lessons[1]) == [(3, 4, 75)] * 3
    assert [page.id for page in _continue(client, course)] == [added.id, added.id]

    assert client.post(reverse("supplements:lesson_complete", args=[added.id])).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert _figures(client, course, lessons[1]) == [(4, 4, 100)] * 3


def test_a_completed_course_stays_completed_when_a_local_lesson_is_added(client, course_with_supplement, hameenlinna):
    """As for the network's own lessons (courses/selectors.py): completion is kept, the same on every page."""
    course, lessons, supplement, local = course_with_supplement
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    client.force_login(person)
    client.post(reverse("supplements:lesson_complete", args=[local[0].id]))
    assert Enrolment.objects.get(user=person, course=course).completed_at is not None
    add_local_lesson(supplement)
    assert [percent for _done, _total, percent in _figures(client, course, lessons[1])] == [100, 100, 100]
    assert [(done, total) for done, total, _percent in _figures(client, course, lessons[1])] == [(3, 4)] * 3
