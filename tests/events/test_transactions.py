"""An attendance file is saved whole or not at all: a database failure while its last person's course is being
completed leaves every registration unmarked and every course open.

transaction=True, so the import's own transaction is what is proven; run on PostgreSQL too with
`DATABASE_URL=postgres://… pytest tests/events/test_transactions.py`.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.urls import reverse

from courses import services as course_services
from courses.models import Enrolment
from events.models import Registration
from tests.builders import make_course_tree, make_user
from tests.failures import MESSAGE, failing_write

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_failure_at_the_last_persons_course_completion_saves_no_attendance(client, index, hameenlinna, trainer):
    course, lessons = make_course_tree(modules=1, lessons=1)
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    workshop = make_event(
        index,
        municipality=hameenlinna,
        trainers=[trainer],
        starts_at=start,
        linked_page=course,
        required_for_course=True,
    )
    people = [make_user(municipality=hameenlinna, email=f"p{n}@example.fi") for n in range(3)]
    for person in people:
        course_services.enrolment_create(user=person, course=course)
        course_services.lesson_mark_done(user=person, lesson=lessons[0])
        Registration.objects.create(
            event=workshop, user=person, status="registered", queued_at=start, status_changed_at=start
        )
    workshop = shift_event(workshop, days=-2)
    client.force_login(trainer)
    csv = "\n".join(f"{person.email};kyllä" for person in people).encode()
    last = f"NEW.user_id = {people[-1].pk} AND NEW.completed_at IS NOT NULL"

    def send():
        return client.post(
            reverse("events:attendance_import", args=[workshop.pk]),
            {"file": SimpleUploadedFile("lasna.csv", csv, content_type="text/csv")},
        )

    with failing_write(Enrolment, last, on="UPDATE"), pytest.raises(DatabaseError, match=MESSAGE):
        send()

    assert list(Registration.objects.values_list("attended", flat=True)) == [None, None, None]
    assert not Registration.objects.filter(attendance_marked_at__isnull=False).exists()
    assert not Enrolment.objects.filter(completed_at__isnull=False).exists()

    assert send().status_code == 302
    assert set(Registration.objects.values_list("attended", flat=True)) == {True}
    assert Enrolment.objects.filter(completed_at__isnull=False).count() == 3
