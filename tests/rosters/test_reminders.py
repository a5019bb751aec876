"""Reminders: a leader reaches exactly the people who have not started, or not finished, a course."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from courses import services as course_services
from courses.models import Enrolment, LessonPage
from municipalities.terms import current_term
from rosters.models import Reminder
from rosters.selectors import reminder_targets
from tests.builders import make_course_tree, make_lesson, make_user, translate

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
    user = make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen", email="liisa.korhonen@example.fi")
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


def test_nobody_is_reminded_twice_within_the_pause(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started")
    mail.outbox.clear()

    preview = client.post(url(hameenlinna), {"course": course.pk, "target": "not_started", "preview": ""})
    page = preview.content.decode()
    assert "goes to 0 people" in page
    assert "4 people of this group got a reminder about this course within the last 7 days" in page
    assert 'name="send"' not in page

    # A second leader, or a re-posted form, is refused all the same.
    with django_capture_on_commit_callbacks(execute=True):
        refused = send(client, hameenlinna, course, "not_started")
    assert refused.status_code == 200
    assert "Nothing was sent: all 4 people this reminder is for already got a reminder" in refused.content.decode()
    assert mail.outbox == [] and Reminder.objects.count() == 1

    # Someone new to the municipality is reminded; the four are left out.
    newcomer = make_user(email="tulokas@example.fi", first_name="Tulokas", municipality=hameenlinna)
    newcomer.roles.create(municipality=hameenlinna, term=current_term(), role="councillor")
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started")
    assert [message.to[0] for message in mail.outbox] == ["tulokas@example.fi"]

    # After the pause they can be reminded again.
    mail.outbox.clear()
    with time_machine.travel(timezone.now() + timedelta(days=8), tick=False):
        client.force_login(leader)
        with django_capture_on_commit_callbacks(execute=True):
            assert send(client, hameenlinna, course, "not_started").status_code == 302
    assert len(mail.outbox) == 5


def test_preview_names_the_first_recipients_and_counts_the_rest(client, leader, hameenlinna, course):
    for n in range(12):
        user = make_user(
            email=f"p{n}@example.fi", first_name=f"Etu{n:02}", last_name=f"Suku{n:02}", municipality=hameenlinna
        )
        user.roles.create(municipality=hameenlinna, term=current_term(), role="councillor")
    response = client.post(url(hameenlinna), {"course": course.pk, "target": "not_started", "preview": ""})
    page = response.content.decode()
    # The first ten by last name are shown, then "and 2 others".
    assert "goes to 12 people who have not started the course" in page
    assert "Etu00 Suku00" in page and "Etu09 Suku09" in page and "Etu10 Suku10" not in page
    assert "and 2 others" in page


def test_courses_are_listed_once_in_the_leaders_language(client, leader, hameenlinna, course):
    swedish = translate(course, "sv", title="Introduktion 2021")
    english = translate(course, "en", title="Orientation 2021")
    page = client.get(url(hameenlinna)).content.decode()
    assert page.count(f'value="{course.pk}"') == 1
    assert f'value="{swedish.pk}"' not in page and f'value="{english.pk}"' not in page
    assert "Orientation 2021" in page  # the client asks for English
    with translation.override("sv"):
        assert "Introduktion 2021" in client.get(url(hameenlinna)).content.decode()


def test_a_translated_copy_never_widens_the_audience(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    """Posting the Swedish copy's id by hand is refused; the audience is always the Finnish course's."""
    swedish = translate(course, "sv", title="Introduktion 2021")
    response = client.post(url(hameenlinna), {"course": swedish.pk, "target": "not_started", "send": ""})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert mail.outbox == [] and not Reminder.objects.exists()
    # Even asked directly with the copy, the selector counts on the default-language course.
    assert set(
        reminder_targets(municipality=hameenlinna, course=swedish, target="not_started").values_list("email", flat=True)
    ) == {"eino@example.fi", "elli@example.fi", "avaaja@example.fi", "uusi@example.fi"}


def test_the_reminder_comes_in_the_recipients_language(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    swedish = translate(course, "sv", title="Introduktion 2021")
    people["not_enrolled"].preferred_language = "sv"
    people["not_enrolled"].save()
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, "not_started")
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert "Introduktion 2021" in by_recipient["eino@example.fi"].subject
    assert swedish.url in by_recipient["eino@example.fi"].body
    assert "Perehdytys 2021" in by_recipient["elli@example.fi"].subject


@pytest.mark.parametrize("target", ["not_started", "not_finished"])
def test_who_completed_the_course_is_never_reminded(
    client, leader, hameenlinna, course, people, target, django_capture_on_commit_callbacks
):
    """Even when a lesson added after they finished leaves them short of "every lesson done"."""
    module = course.get_children().first()
    make_lesson(module, title="Uusi oppitunti")
    Enrolment.objects.filter(user=people["started"]).update(completed_at=timezone.now())  # e.g. by attendance
    with django_capture_on_commit_callbacks(execute=True):
        send(client, hameenlinna, course, target)
    recipients = {message.to[0] for message in mail.outbox}
    assert "valmis@example.fi" not in recipients and "aatu@example.fi" not in recipients


def test_who_completes_before_the_email_goes_out_is_not_reminded(
    client, leader, hameenlinna, course, people, django_capture_on_commit_callbacks
):
    """The worker asks again when it sends: the leader's click and the email can be minutes apart."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send(client, hameenlinna, course, "not_finished")
    Enrolment.objects.filter(user=people["started"]).update(completed_at=timezone.now())
    for callback in callbacks:
        callback()
    assert mail.outbox == []


def test_nobody_to_remind(client, leader, porvoo, course):
    client.force_login(make_leader(porvoo))
    response = send(client, porvoo, course, "not_finished")
    assert "Nobody matches this reminder" in response.content.decode()
    assert not Reminder.objects.exists()
    preview = client.post(url(porvoo), {"course": course.pk, "target": "not_finished", "preview": ""})
    assert "Nobody matches this choice, so there is nothing to send." in preview.content.decode()
    assert 'name="send"' not in preview.content.decode()


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
