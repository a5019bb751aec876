"""Reminders: a leader reaches exactly the people who have not started, or not finished, a course."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services as course_services
from courses.models import LessonPage
from municipalities.terms import current_term
from rosters.models import Reminder
from tests.builders import make_course_tree, make_user

from .builders import make_leader

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course, _lessons = make_course_tree(modules=1, lessons=2, title="Perehdytys 2021")
    return course


@pytest.fixture
def people(hameenlinna, porvoo, course):
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))

    def person(name, **fields):
        # Reminders reach the people of the current council term: each holds a role in it.
        user = make_user(email=f"{name}@example.fi", first_name=name.capitalize(), municipality=hameenlinna, **fields)
        user.roles.create(municipality=hameenlinna, term=current_term(), role="councillor")
        return user

    people = {
        "not_enrolled": person("eino"),
        "enrolled_only": person("elli"),
        "opened_only": person("avaaja"),
        "started": person("aatu"),
        "finished": person("valmis"),
        "inactive": person("poissa", is_active=False),
        "other_municipality": make_user(email="porvoo@example.fi", municipality=porvoo),
        "no_password": person("uusi"),
    }
    people["no_password"].set_unusable_password()
    people["no_password"].save()
    course_services.enrolment_create(user=people["enrolled_only"], course=course)
    # Opening a lesson is not starting it: the dashboard counts a person as started from the first lesson done.
    opened = course_services.enrolment_create(user=people["opened_only"], course=course)
    course_services.lesson_viewed(user=people["opened_only"], lesson=lessons[0], enrolment=opened)
    course_services.enrolment_create(user=people["started"], course=course)
    course_services.lesson_mark_done(user=people["started"], lesson=lessons[0])
    course_services.enrolment_create(user=people["finished"], course=course)
    for lesson in lessons:
        course_services.lesson_mark_done(user=people["finished"], lesson=lesson)
    return people


@pytest.fixture
def leader(client, hameenlinna):
    user = make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen")
    client.force_login(user)
    return user


def url(place):
    return reverse("rosters:reminders", args=[place.code])


def send(client, place, course, target, **extra):
    return client.post(url(place), {"course": course.pk, "target": target, "send": "", **extra})


def test_preview_shows_the_count_and_sends_nothing(client, leader, hameenlinna, course, people):
    response = client.post(url(hameenlinna), {"course": course.pk, "target": "not_started", "preview": ""})
    page = response.content.decode()
    assert "goes to 4 people who have not started the course" in page
    assert mail.outbox == [] and not Reminder.objects.exists()


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("not_started", {"eino@example.fi", "elli@example.fi", "avaaja@example.fi", "uusi@example.fi"}),
        ("not_finished", {"aatu@example.fi"}),
    ],
)
def test_reminder_reaches_exactly_the_right_people(
    client, leader, hameenlinna, course, people, target, expected, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, hameenlinna, course, target)
    assert response.status_code == 302
    assert {message.to[0] for message in mail.outbox} == expected
    assert all("Perehdytys 2021" in message.subject for message in mail.outbox)
    reminder = Reminder.objects.get()
    assert (reminder.sent_by, reminder.recipient_count, reminder.target) == (leader, len(expected), target)
    log = client.get(url(hameenlinna)).content.decode()
    assert "Liisa Korhonen" in log


def test_people_without_a_password_get_an_invitation_link(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started")
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    assert "/kutsu/" in by_recipient["uusi@example.fi"]
    assert "/kutsu/" not in by_recipient["eino@example.fi"]
    assert course.url in by_recipient["eino@example.fi"]


def test_the_same_reminder_twice_in_a_day_needs_confirmation(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started")
    mail.outbox.clear()

    preview = client.post(url(hameenlinna), {"course": course.pk, "target": "not_started", "preview": ""})
    assert "The same reminder was already sent on" in preview.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        refused = send(client, hameenlinna, course, "not_started")
    assert refused.status_code == 200 and "Tick the box to send it again" in refused.content.decode()
    assert mail.outbox == [] and Reminder.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started", repeat_confirmed="on")
    assert len(mail.outbox) == 4 and Reminder.objects.count() == 2

    # Another target is another reminder.
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, hameenlinna, course, "not_finished").status_code == 302


def test_nobody_to_remind(client, leader, porvoo, course):
    client.force_login(make_leader(porvoo))
    response = send(client, porvoo, course, "not_finished")
    assert "Nobody matches this reminder" in response.content.decode()
    assert not Reminder.objects.exists()


def test_leader_of_another_municipality_gets_404(client, hameenlinna, porvoo, course, people):
    client.force_login(make_leader(porvoo))
    assert client.get(url(hameenlinna)).status_code == 404
    assert send(client, hameenlinna, course, "not_started").status_code == 404
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_learner_cannot_send_reminders(client, hameenlinna, course, people):
    client.force_login(people["started"])
    assert send(client, hameenlinna, course, "not_started").status_code == 404


def test_preview_query_count_does_not_grow_with_people(client, leader, hameenlinna, course):
    def queries():
        with CaptureQueriesContext(connection) as context:
            client.post(url(hameenlinna), {"course": course.pk, "target": "not_started", "preview": ""})
        return len(context.captured_queries)

    queries()
    few = queries()
    for n in range(30):
        make_user(municipality=hameenlinna, email=f"lisa{n}@example.fi")
    assert queries() == few
