"""The calendar and event pages run a fixed number of queries whatever the number of events and people."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage, Registration
from tests.builders import make_user

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db

CALENDAR_QUERIES_LEARNER = 16  # pinned: a change here should be a decision, not an accident
CALENDAR_QUERIES_ANONYMOUS = 0  # served whole from the page cache (home/page_cache.py) after the first visit


def count_queries(client, url, **params):
    client.get(url, params)  # warm per-process caches (site root paths), as on a running server
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def add_events(index, municipality, n, people):
    for i in range(n):
        event = make_event(index, municipality=municipality if i % 2 else None, capacity=5)
        for person in people:
            Registration.objects.create(
                event=event,
                user=person,
                status="registered",
                queued_at=event.starts_at,
                status_changed_at=event.starts_at,
            )
        if i % 3 == 0:
            shift_event(event, days=-30 - i)


def test_calendar_query_count_is_pinned_and_does_not_grow(client, index, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    add_events(index, hameenlinna, 4, [learner])
    client.force_login(learner)
    few = count_queries(client, index.url)
    few_filtered = count_queries(client, index.url, kind="strategy_workshop", municipality="109")

    others = [make_user(municipality=hameenlinna) for _ in range(3)]
    add_events(index, hameenlinna, 12, [learner, *others])
    many = count_queries(client, index.url)
    many_filtered = count_queries(client, index.url, kind="strategy_workshop", municipality="109")

    assert few == many == CALENDAR_QUERIES_LEARNER
    assert few_filtered == many_filtered
    client.logout()
    assert count_queries(client, index.url) == CALENDAR_QUERIES_ANONYMOUS


def test_event_page_query_count_does_not_grow_with_registrations(client, index, hameenlinna, trainer):
    event = make_event(index, municipality=hameenlinna, capacity=3, trainers=[trainer])
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)
    few = count_queries(client, event.url)
    for _ in range(6):
        Registration.objects.create(
            event=event,
            user=make_user(municipality=hameenlinna),
            status="waitlisted",
            queued_at=event.starts_at - datetime.timedelta(days=1),
            status_changed_at=event.starts_at,
        )

    assert count_queries(client, event.url) == few


# Measured. A Swedish page costs Wagtail more to route (its tree and aliases); of the difference, this app
# adds one query on the event page (its Finnish original, which holds the registrations) and two on the
# calendar (the Finnish calendar, whose events are listed once each, and their Swedish titles).
SWEDISH_EVENT_PAGE_EXTRA = 4
SWEDISH_CALENDAR_EXTRA = 5


def test_swedish_pages_run_a_fixed_number_of_queries_too(client, index, hameenlinna, trainer):
    from home.locales import locale_trees_sync

    learner = make_user(municipality=hameenlinna)
    add_events(index, hameenlinna, 4, [learner])
    event = make_event(index, municipality=hameenlinna, capacity=3, trainers=[trainer])
    locale_trees_sync()
    swedish_event = EventPage.objects.get(translation_key=event.translation_key, locale__language_code="sv")
    swedish_calendar = EventIndexPage.objects.get(translation_key=index.translation_key, locale__language_code="sv")
    client.force_login(learner)
    few_event, few_calendar = count_queries(client, swedish_event.url), count_queries(client, swedish_calendar.url)

    add_events(index, hameenlinna, 8, [learner, make_user(municipality=hameenlinna)])
    locale_trees_sync()

    assert count_queries(client, swedish_event.url) == few_event
    assert count_queries(client, swedish_event.url) == count_queries(client, event.url) + SWEDISH_EVENT_PAGE_EXTRA
    assert count_queries(client, swedish_calendar.url) == few_calendar
    assert count_queries(client, swedish_calendar.url) == CALENDAR_QUERIES_LEARNER + SWEDISH_CALENDAR_EXTRA
