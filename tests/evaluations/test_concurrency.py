"""One answer per person, even when the same person sends the form from two tabs at the same moment.

Runs only on PostgreSQL (SQLite serialises every write, so it would prove nothing). Each thread is a
separate request with its own connection."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from evaluations.models import AnswerReceipt, LikertTally

from .builders import items_of, make_member, make_round, make_survey

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: concurrent inserts"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TABS = 6


def post_all_at_once(url, data, people):
    barrier = threading.Barrier(len(people))
    statuses = []

    def request(person):
        client = Client()
        client.force_login(person)
        barrier.wait()
        try:
            statuses.append(client.post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_the_same_person_from_six_tabs_is_counted_once():
    from tests.builders import HAMEENLINNA, member_municipality

    place = member_municipality(HAMEENLINNA)
    survey = make_survey(likert=1, open_questions=0)
    round_ = make_round(survey, place)
    person = make_member(place)
    item = items_of(survey)[0]

    post_all_at_once(reverse("evaluations:answer", args=[round_.pk]), {f"item_{item.pk}": "5"}, [person] * TABS)

    assert AnswerReceipt.objects.filter(round=round_).count() == 1
    assert sum(LikertTally.objects.filter(round=round_).values_list("count", flat=True)) == 1


def test_many_people_at_once_are_all_counted():
    from tests.builders import HAMEENLINNA, member_municipality

    place = member_municipality(HAMEENLINNA)
    survey = make_survey(likert=1, open_questions=0)
    round_ = make_round(survey, place)
    people = [make_member(place) for _ in range(TABS)]
    item = items_of(survey)[0]

    statuses = post_all_at_once(reverse("evaluations:answer", args=[round_.pk]), {f"item_{item.pk}": "3"}, people)

    assert statuses == [302] * TABS
    assert AnswerReceipt.objects.filter(round=round_).count() == TABS
    assert LikertTally.objects.get(round=round_, item=item, value=3).count == TABS
