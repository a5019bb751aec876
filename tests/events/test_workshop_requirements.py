"""A course that asks for "a workshop of your municipality of kind X": met by one's own municipality's
workshop only (or a joint seminar where the course says so), shown on the course page with what would meet it,
and counted for the leader as people waiting."""

import pytest
from django.urls import reverse

from courses.models import Enrolment
from events.models import EventKind, Registration, WorkshopRequirement
from events.services import attendance_mark
from tests.builders import make_course_tree, make_leader, make_user
from tests.events.builders import make_event, shift_event
from tests.participation.builders import progress

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    course, lessons = make_course_tree(modules=1, lessons=1)
    WorkshopRequirement.objects.create(course=course, kind=EventKind.ORIENTATION_SEMINAR)
    return course, lessons


def _attend(event, person):
    from django.utils import timezone

    Registration.objects.create(
        event=event,
        user=person,
        status=Registration.Status.REGISTERED,
        queued_at=timezone.now(),
        status_changed_at=timezone.now(),
    )
    shift_event(event, days=-8)
    event.refresh_from_db()
    trainer = make_user(is_superuser=True)
    registration = Registration.objects.get(event=event, user=person)
    attendance_mark(event=event, registration_id=registration.id, attended=True, marked_by=trainer)


def test_own_municipalitys_workshop_completes_the_course(course, hameenlinna):
    course, lessons = course
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    enrolment = Enrolment.objects.get(user=person, course=course)
    assert enrolment.completed_at is None
    event = make_event(kind=EventKind.ORIENTATION_SEMINAR, municipality=hameenlinna)
    _attend(event, person)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_another_municipalitys_workshop_or_another_kind_does_not(course, hameenlinna, porvoo):
    course, lessons = course
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    _attend(make_event(kind=EventKind.ORIENTATION_SEMINAR, municipality=porvoo), person)
    _attend(make_event(kind=EventKind.STRATEGY_WORKSHOP, municipality=hameenlinna), person)
    _attend(make_event(kind=EventKind.JOINT_SEMINAR), person)  # not counted: the course does not say so
    assert Enrolment.objects.get(user=person, course=course).completed_at is None


def test_a_joint_seminar_counts_where_the_course_says_so(course, hameenlinna):
    course, lessons = course
    WorkshopRequirement.objects.filter(course=course).update(joint_seminar_counts=True)
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    _attend(make_event(kind=EventKind.JOINT_SEMINAR), person)
    assert Enrolment.objects.get(user=person, course=course).completed_at is not None


def test_course_page_lists_own_workshops_with_links_or_says_there_are_none(client, course, hameenlinna, porvoo):
    course, lessons = course
    own = make_event(kind=EventKind.ORIENTATION_SEMINAR, municipality=hameenlinna, title="Hämeenlinnan perehdytys")
    make_event(kind=EventKind.ORIENTATION_SEMINAR, municipality=porvoo, title="Porvoon perehdytys")
    person = make_user(municipality=hameenlinna)
    progress(person, course, lessons)
    client.force_login(person)
    html = client.get(course.url).content.decode()
    assert "Hämeenlinnan perehdytys" in html and own.url in html
    assert "Porvoon perehdytys" not in html
    other = make_user(municipality=porvoo)
    Registration.objects.all().delete()
    from events.models import EventPage

    EventPage.objects.filter(municipality=porvoo).delete()
    progress(other, course, lessons)
    client.force_login(other)
    page = client.get(course.url)
    assert "Kunnallasi ei ole vielä tällaista työpajaa tulossa" in page.content.decode()
    assert page.context["progress"].total == 2  # the lesson and the workshop


def test_leader_sees_how_many_wait(client, course, hameenlinna):
    course, lessons = course
    for _ in range(2):
        progress(make_user(municipality=hameenlinna), course, lessons)
    client.force_login(make_leader(hameenlinna))
    html = client.get(reverse("participation:municipality", args=[hameenlinna.code])).content.decode()
    assert "2 henkilöä kurssilla" in html and "Sellaista ei ole vielä tulossa." in html


def test_a_required_event_of_another_municipality_is_not_what_the_learner_waits_for(hameenlinna, porvoo):
    from events.requirements import required_workshop_attended

    course, lessons = make_course_tree(modules=1, lessons=1)
    make_event(municipality=porvoo, linked_page=course, required_for_course=True, title="Porvoon työpaja")
    person = make_user(municipality=hameenlinna)
    [message] = required_workshop_attended(user=person, course=course)
    assert "Porvoon" not in message and "eikä kunnallasi ole sellaista" in message
