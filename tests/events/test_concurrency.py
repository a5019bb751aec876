"""Two people asking for the last seat at the same moment never both get it.

Runs only on PostgreSQL (SQLite serialises every write, so it would prove nothing): the lead's CI runs it
with DATABASE_URL pointing at PostgreSQL. Each thread is a separate request with its own connection.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from events.models import Registration
from tests.builders import make_user

from .builders import make_event

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: row locks are what it tests"),
    # serialized_rollback puts back the municipalities that a migration loaded, which the flush after a
    # transactional test would otherwise remove for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PEOPLE = 8


def register_all_at_once(event, people):
    barrier = threading.Barrier(len(people))
    statuses = {}

    def request(person):
        client = Client()
        client.force_login(person)
        barrier.wait()
        try:
            statuses[person.pk] = client.post(reverse("events:register", args=[event.pk])).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_the_last_seat_goes_to_one_person_only(index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1, waiting_list_enabled=False)
    people = [make_user(municipality=hameenlinna) for _ in range(PEOPLE)]

    statuses = register_all_at_once(event, people)

    assert sorted(statuses.values()) == [302] + [409] * (PEOPLE - 1)
    assert Registration.objects.filter(event=event).count() == 1


def test_parallel_registrations_fill_the_seats_and_queue_the_rest_in_order(index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=2, waiting_list_enabled=True)
    people = [make_user(municipality=hameenlinna) for _ in range(PEOPLE)]

    statuses = register_all_at_once(event, people)

    assert set(statuses.values()) == {302}
    rows = list(Registration.objects.filter(event=event).order_by("queued_at", "id").values_list("status", flat=True))
    assert rows == ["registered"] * 2 + ["waitlisted"] * (PEOPLE - 2)
