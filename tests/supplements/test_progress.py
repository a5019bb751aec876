"""Required local lessons count in the progress of the supplement's municipality only; the network's
figures stay the common part."""

import pytest
from django.urls import reverse

from courses.models import Enrolment
from tests.builders import make_course_tree, make_leader, make_user
from tests.participation.builders import progress
from tests.supplements.builders import make_supplement

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_supplement(hameenlinna):
    course, lessons = make_course_tree(modules=2, lessons=1)
    module_1 = lessons[0].get_parent()
    supplement, local = make_supplement(hameenlinna, course, after_module=module_1, lessons=(True, False))
    return course, lessons, supplement, local


def _mark_local(client, lesson):
    return client.post(reverse("supplements:lesson_complete", args=[lesson.id]))


def test_without_a_supplement_the_common_lessons_complete_the_course(client, course_with_supplement, porvoo):
    course, lessons, _supplement, _local = course_with_supplement
    person = make_user(municipality=porvoo)
    progress(person, course, lessons)
    assert Enrolment.objects.get(user=person, course=course).completed_at is not None
    client.force_login(person)
    assert client.get(course.url).context["progress"].total == 2


def test_with_a_supplement_its_required_lessons_count_and_complete_the_course(
    client, course_with_supplement, hameenlinna
):
    course, lessons, _supplement, local = course_with_supplement
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    enrolment = Enrolment.objects.get(user=person, course=course)
    assert enrolment.completed_at is None  # the supplement's required lesson is still missing
    client.force_login(person)
    page = client.get(course.url)
    assert (page.context["progress"].done, page.context["progress"].total) == (2, 3)
    # Placed after module 1, as the supplement says.
    modules = page.context["modules"]
    assert [part.key for part in modules[0].parts] == ["supplement"] and modules[1].parts == []
    response = _mark_local(client, local[0])
    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert client.get(course.url).context["progress"].percent == 100


def test_an_optional_local_lesson_does_not_hold_completion(client, hameenlinna):
    course, lessons = make_course_tree(modules=1, lessons=1)
    make_supplement(hameenlinna, course, lessons=(False,))
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    assert Enrolment.objects.get(user=person, course=course).completed_at is not None


def test_another_municipality_cannot_mark_the_local_lesson(client, course_with_supplement, porvoo):
    course, _lessons, _supplement, local = course_with_supplement
    person = make_user(municipality=porvoo)
    progress(person, course)
    client.force_login(person)
    assert _mark_local(client, local[0]).status_code == 404


def test_hostile_ids_are_refused_cleanly(client, course_with_supplement, hameenlinna):
    course, lessons, _supplement, _local = course_with_supplement
    client.force_login(make_user(municipality=hameenlinna))
    assert client.post(reverse("supplements:lesson_complete", args=[999999999])).status_code == 404
    assert client.post(reverse("supplements:lesson_complete", args=[lessons[0].id])).status_code == 404
    assert client.post("/paikalliset/oppitunnit/99999999999999999999999/valmis/").status_code == 404


def test_marking_needs_enrolment(client, course_with_supplement, hameenlinna):
    _course, _lessons, _supplement, local = course_with_supplement
    client.force_login(make_user(municipality=hameenlinna))
    assert _mark_local(client, local[0]).status_code == 403


def test_network_figures_use_the_common_part_and_the_leader_sees_both(
    client, course_with_supplement, hameenlinna, django_assert_max_num_queries
):
    course, lessons, _supplement, local = course_with_supplement
    people = [make_user(municipality=hameenlinna) for _ in range(3)]
    for person in people:
        progress(person, course, lessons)
    client.force_login(people[0])
    _mark_local(client, local[0])
    leader = make_leader(hameenlinna)
    client.force_login(leader)
    with django_assert_max_num_queries(80):
        page = client.get(reverse("participation:municipality", args=[hameenlinna.code]))
    html = page.content.decode()
    assert "supplements-heading" in html
    figures = page.context["sections"]
    assert figures  # the sections are rendered
    from supplements.selectors import municipality_supplement_figures

    [row] = municipality_supplement_figures(municipality=hameenlinna)
    assert (row.required_lessons, row.enrolled, row.done) == (1, 3, 1)


def test_the_lesson_page_offers_marking_to_the_municipalitys_enrolled_people_only(
    client, course_with_supplement, hameenlinna
):
    from tests.builders import make_trainer

    course, _lessons, _supplement, local = course_with_supplement
    mark_url = reverse("supplements:lesson_complete", args=[local[0].id])
    person = make_user(municipality=hameenlinna)
    client.force_login(person)
    html = client.get(local[0].url).content.decode()
    assert mark_url not in html and reverse("courses:enrol", args=[course.id]) in html
    progress(person, course)
    assert mark_url in client.get(local[0].url).content.decode()
    client.force_login(make_trainer())
    assert mark_url not in client.get(local[0].url).content.decode()


def test_a_swedish_reader_gets_the_supplement_after_the_same_module(client, course_with_supplement, hameenlinna):
    from courses.models import CoursePage, ModulePage
    from tests.builders import translate

    course, lessons, _supplement, _local = course_with_supplement
    module_1 = ModulePage.objects.get(pk=lessons[0].get_parent().pk)
    translate(lessons[0])  # the Swedish lesson, module and course
    translate(lessons[1])
    course_sv = CoursePage.objects.get(translation_key=course.translation_key, locale__language_code="sv")
    module_sv = ModulePage.objects.get(translation_key=module_1.translation_key, locale__language_code="sv")
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    client.force_login(person)
    page = client.get(course_sv.url)
    assert page.status_code == 200
    entries = {entry.module.pk: entry.parts for entry in page.context["modules"]}
    assert [part.key for part in entries[module_sv.pk]] == ["supplement"]
    assert page.context["progress"].total == 3
