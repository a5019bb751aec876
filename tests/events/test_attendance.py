"""Attendance at the door and from a CSV file; a required workshop completing a course; the dashboard."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrolment
from events.models import Registration
from municipalities.dashboard import dashboard_sections
from tests.builders import make_course_tree, make_user
from tests.i18n import tr

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db


def registered(event, *people):
    for person in people:
        Registration.objects.create(
            event=event, user=person, status="registered", queued_at=event.starts_at, status_changed_at=event.starts_at
        )


@pytest.fixture
def today_event(index, hameenlinna, trainer):
    """An event of Hämeenlinna that started an hour ago."""
    start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
    return make_event(index, municipality=hameenlinna, trainers=[trainer], starts_at=start)


def test_trainer_marks_attendance_on_the_roster(client, today_event, hameenlinna, trainer):
    aino = make_user(municipality=hameenlinna, first_name="Aino", last_name="Virtanen")
    ville = make_user(municipality=hameenlinna, first_name="Ville", last_name="Nieminen")
    registered(today_event, aino, ville)
    client.force_login(trainer)
    url = reverse("events:roster", args=[today_event.pk])
    registration = Registration.objects.get(user=aino)

    response = client.post(url, {"registration": registration.pk, "attended": "yes", "q": "aino"})

    assert response.status_code == 302
    assert response["Location"] == f"{url}?q=aino#registration-{registration.pk}"
    registration.refresh_from_db()
    assert registration.attended is True and registration.attendance_marked_by == trainer
    assert Registration.objects.get(user=ville).attended is None
    client.post(url, {"registration": registration.pk, "attended": "no"})
    registration.refresh_from_db()
    assert registration.attended is False


def test_roster_search_filters_by_name_without_javascript(client, today_event, hameenlinna, trainer):
    registered(
        today_event,
        make_user(municipality=hameenlinna, first_name="Aino", last_name="Virtanen"),
        make_user(municipality=hameenlinna, first_name="Ville", last_name="Nieminen"),
    )
    client.force_login(trainer)

    page = client.get(reverse("events:roster", args=[today_event.pk]), {"q": "virta"}).content.decode()

    assert "Aino Virtanen" in page and "Ville Nieminen" not in page
    assert 'name="attended" value="yes"' in page


def test_roster_answers_json_for_the_script(client, today_event, hameenlinna, trainer):
    person = make_user(municipality=hameenlinna, first_name="Aino", last_name="Virtanen")
    registered(today_event, person)
    client.force_login(trainer)

    response = client.post(
        reverse("events:roster", args=[today_event.pk]),
        {"registration": Registration.objects.get(user=person).pk, "attended": "yes"},
        HTTP_ACCEPT="application/json",
    )

    present = tr("Present")
    message = tr("%(name)s: %(state)s.", name="Aino Virtanen", state=present.lower())
    assert response.json() == {"message": message, "attended": True, "label": present}


def test_roster_query_count_does_not_grow_with_people(client, today_event, hameenlinna, trainer):
    client.force_login(trainer)
    url = reverse("events:roster", args=[today_event.pk])
    registered(today_event, make_user(municipality=hameenlinna))
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    registered(today_event, *[make_user(municipality=hameenlinna) for _ in range(15)])
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(few) == len(many)


def test_attendance_cannot_be_marked_before_the_day_of_the_event(client, event, hameenlinna, trainer):
    person = make_user(municipality=hameenlinna)
    registered(event, person)
    client.force_login(trainer)

    response = client.post(
        reverse("events:roster", args=[event.pk]),
        {"registration": Registration.objects.get(user=person).pk, "attended": "yes"},
    )

    assert response.status_code == 400
    assert tr("Attendance can be marked from the day of the event.") in response.content.decode()
    assert Registration.objects.get(user=person).attended is None


def test_csv_import_marks_everyone_listed(client, today_event, hameenlinna, trainer):
    people = [make_user(municipality=hameenlinna, email=f"p{n}@example.fi") for n in range(3)]
    registered(today_event, *people)
    client.force_login(trainer)
    csv = "sähköposti;osallistui\nP0@example.fi;kyllä\np1@example.fi; no \n\np2@example.fi;yes\n"

    response = client.post(
        reverse("events:attendance_import", args=[today_event.pk]),
        {"file": SimpleUploadedFile("lasna.csv", csv.encode("utf-8-sig"), content_type="text/csv")},
    )

    assert response.status_code == 302
    attended = dict(Registration.objects.values_list("user__email", "attended"))
    assert attended == {"p0@example.fi": True, "p1@example.fi": False, "p2@example.fi": True}


def test_csv_import_with_bad_rows_saves_nothing_and_names_each_row(client, today_event, hameenlinna, trainer):
    people = [make_user(municipality=hameenlinna, email=f"p{n}@example.fi") for n in range(2)]
    registered(today_event, *people)
    make_user(email="outsider@example.fi")
    client.force_login(trainer)
    csv = "p0@example.fi,yes\noutsider@example.fi,yes\np1@example.fi,maybe\np0@example.fi,no\nonly-one-column\n"

    response = client.post(
        reverse("events:attendance_import", args=[today_event.pk]),
        {"file": SimpleUploadedFile("a.csv", csv.encode(), content_type="text/csv")},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert tr("Row %(line)s: %(email)s is not registered for this event.", line=2, email="outsider@example.fi") in page
    assert tr("Row %(line)s: “%(value)s” is not yes or no.", line=3, value="maybe") in page
    assert tr("Row %(line)s: %(email)s appears twice.", line=4, email="p0@example.fi") in page
    assert tr("Row %(line)s: expected two columns, an email address and yes or no.", line=5) in page
    assert 'role="alert"' in page
    assert set(Registration.objects.values_list("attended", flat=True)) == {None}


def test_csv_import_of_an_empty_file_is_refused(client, today_event, trainer):
    client.force_login(trainer)

    response = client.post(
        reverse("events:attendance_import", args=[today_event.pk]),
        {"file": SimpleUploadedFile("a.csv", b"email;attended\n", content_type="text/csv")},
    )

    assert response.status_code == 400
    assert tr("The file has no rows.") in response.content.decode()


def test_csv_import_reads_old_mac_line_ends_and_refuses_an_unreadable_file(client, today_event, hameenlinna, trainer):
    people = [make_user(municipality=hameenlinna, email=f"p{n}@example.fi") for n in range(2)]
    registered(today_event, *people)
    client.force_login(trainer)
    url = reverse("events:attendance_import", args=[today_event.pk])

    huge = client.post(url, {"file": SimpleUploadedFile("a.csv", b"p0@example.fi," + b"x" * 200_000)})
    assert huge.status_code == 400
    assert tr("The file could not be read. Save it as CSV (UTF-8).") in huge.content.decode()
    assert set(Registration.objects.values_list("attended", flat=True)) == {None}

    mac = client.post(url, {"file": SimpleUploadedFile("a.csv", b"p0@example.fi;yes\rp1@example.fi;no\r")})
    assert mac.status_code == 302
    attended = dict(Registration.objects.values_list("user__email", "attended"))
    assert attended == {"p0@example.fi": True, "p1@example.fi": False}


def test_a_course_with_a_required_workshop_completes_only_after_attendance(client, index, hameenlinna, trainer):
    course, lessons = make_course_tree(modules=1, lessons=2)
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    workshop = make_event(
        index,
        municipality=hameenlinna,
        trainers=[trainer],
        starts_at=start,
        linked_page=course,
        required_for_course=True,
        title="Strategiatyöpaja Hämeenlinna",
    )
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.id]))
    client.post(reverse("events:register", args=[workshop.pk]))
    for lesson in lessons:
        client.post(reverse("courses:lesson_complete", args=[lesson.id]))

    assert Enrolment.objects.get(user=learner, course=course).completed_at is None
    workshop = shift_event(workshop, days=-3)
    client.force_login(trainer)
    client.post(
        reverse("events:roster", args=[workshop.pk]),
        {"registration": Registration.objects.get(user=learner).pk, "attended": "yes"},
    )

    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None


def test_the_requirement_names_the_workshop(index, hameenlinna):
    from courses.completion import unmet_course_requirements

    course, _lessons = make_course_tree(modules=1, lessons=1)
    module = course.get_children().first()
    make_event(index, municipality=hameenlinna, linked_page=module, required_for_course=True, title="Työpaja X")
    make_event(index, municipality=hameenlinna, linked_page=course, required_for_course=False, title="Vapaaehtoinen")

    messages = unmet_course_requirements(user=make_user(), course=course)

    assert len(messages) == 1 and "Työpaja X" in messages[0]


def test_a_course_without_required_events_has_no_workshop_requirement(index):
    from courses.completion import unmet_course_requirements

    course, _lessons = make_course_tree(modules=1, lessons=1)
    make_event(index, linked_page=course, required_for_course=False)

    assert unmet_course_requirements(user=make_user(), course=course) == []


def test_dashboard_section_counts_the_municipalitys_people(hameenlinna, porvoo, index, rf):
    own = make_event(index, municipality=hameenlinna, title="Oma työpaja")
    joint = make_event(index, title="Yhteisseminaari")
    other = make_event(index, municipality=porvoo, title="Porvoon seminaari")
    locals_ = [make_user(municipality=hameenlinna) for _ in range(3)]
    guest = make_user(municipality=porvoo)
    registered(own, *locals_)
    registered(joint, locals_[0], guest)
    registered(other, guest)
    Registration.objects.filter(event=own, user__in=locals_[:2]).update(attended=True)
    Registration.objects.filter(event=joint).update(attended=True)
    section = next(s for s in dashboard_sections() if s.key == "events")

    with CaptureQueriesContext(connection) as queries:
        context = section.context(municipality=hameenlinna, user=None, request=rf.get("/"))
    rows = {event.title: (event.registered, event.attended) for event in context["events_participation"]["events"]}

    assert rows == {"Oma työpaja": (3, 2), "Yhteisseminaari": (1, 1)}
    assert len(queries) == 1  # the membership check runs inside the events query

    from django.template.loader import render_to_string

    html = render_to_string(section.template, context)
    assert "<caption" in html and 'scope="col"' in html and "Oma työpaja" in html
