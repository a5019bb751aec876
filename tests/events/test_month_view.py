"""The calendar's month view (?kuukausi=YYYY-MM): the grid, moving between months, hostile values, a fixed number
of queries, and the Swedish calendar."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Registration
from tests.builders import make_user, translate

from .builders import make_event

pytestmark = pytest.mark.django_db

# 3 December 2026, noon in Helsinki.
NOW = datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC)
MONTH_QUERIES_LEARNER = 14  # pinned: a change here should be a decision, not an accident


def at(day, hour=10):
    return datetime.datetime(2026, 12, day, hour - 2, 0, tzinfo=datetime.UTC)  # Helsinki is UTC+2 in winter


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def cell(html, iso_day):
    """The <td> of one day of the grid."""
    opening = r'<td class="month-day[^"]*"[^>]*>\s*<span class="month-day-number">'
    match = re.search(opening + f'<time datetime="{iso_day}">.*?</td>', html, re.S)
    assert match, iso_day
    return match.group(0)


def test_month_grid_lists_each_days_events_with_start_time(client, index):
    make_event(index, title="Talousarvion työpaja", starts_at=at(10, 13))
    make_event(index, title="Hallintosäännön ilta", starts_at=at(10, 17))
    make_event(index, title="Tammikuun tapahtuma", starts_at=at(10) + datetime.timedelta(days=31))
    html = page(client, index.url, kuukausi="2026-12")

    assert "<caption>Joulukuu 2026</caption>" in html
    headers = re.findall(r'<th scope="col"><abbr title="([^"]+)">([^<]+)</abbr></th>', html)
    assert [full for full, _ in headers][:1] == ["maanantai"] and len(headers) == 7
    tenth = cell(html, "2026-12-10")
    assert "13.00</time> Talousarvion työpaja" in tenth and "17.00</time> Hallintosäännön ilta" in tenth
    assert tenth.index("Talousarvion") < tenth.index("Hallintosäännön")
    assert "Tammikuun tapahtuma" not in html
    # December 2026 starts on a Tuesday: Monday 30 November is in the grid, muted, without events.
    assert 'class="month-day month-day-other"' in cell(html, "2026-11-30")
    assert 'aria-current="date"' in cell(html, "2026-12-03")
    assert html.count('aria-current="date"') == 1
    assert cell(html, "2026-12-10").count("<li>") == 2


def test_navigation_between_months_and_back_to_the_list(client, index):
    make_event(index, title="Tammikuun tapahtuma", starts_at=at(10) + datetime.timedelta(days=31))
    html = page(client, index.url, kuukausi="2026-12")
    assert "kuukausi=2026-11&amp;" in html and "kuukausi=2027-01&amp;" in html
    assert 'aria-current="page">Kuukausi</a>' in html  # the view switch says which view is on
    january = page(client, index.url, kuukausi="2027-01")
    assert "<caption>Tammikuu 2027</caption>" in january and "Tammikuun tapahtuma" in january
    assert 'aria-current="date"' not in january
    assert "kuukausi=2026-12&amp;" in january  # back to this month
    listing = page(client, index.url)
    assert "?kuukausi=2026-12" in listing and 'aria-current="page">Lista</a>' in listing
    assert 'class="month-grid' not in listing


def test_month_view_keeps_the_filters(client, index, hameenlinna):
    make_event(index, title="Hämeenlinnan työpaja", starts_at=at(15), municipality=hameenlinna)
    make_event(index, title="Verkoston webinaari", starts_at=at(16), kind="peer_event")
    client.force_login(make_user(municipality=hameenlinna))
    html = page(client, index.url, kuukausi="2026-12", kind="peer_event")
    assert "Verkoston webinaari" in html and "Hämeenlinnan työpaja" not in html
    assert 'name="kuukausi" value="2026-12"' in html  # the filter form stays on the month


HOSTILE = ["2026-13", "2026-00", "abc", "99999-01", "1899-12", "2026-1", "", "2026-12\n", "２０２６-１２", "-2026-12"]


def test_hostile_month_values_show_the_current_month_with_a_message(client, index):
    make_event(index, title="Joulukuun työpaja", starts_at=at(10))
    for value in HOSTILE:
        html = page(client, index.url, kuukausi=value)
        assert "<caption>Joulukuu 2026</caption>" in html and "Joulukuun työpaja" in html, repr(value)
        assert "Kuukautta ei voi näyttää" in html, repr(value)
    # A NUL byte never reaches the view: the site answers 400 with its own page (home/middleware.py).
    for value in ["\x00", "2026-12\x00"]:
        response = client.get(index.url, {"kuukausi": value})
        assert response.status_code == 400 and "<h1>" in response.content.decode()


def test_the_last_month_shown_has_no_next_link(client, index):
    html = page(client, index.url, kuukausi="2100-12")
    assert "<caption>Joulukuu 2100</caption>" in html and "Kuukautta ei voi näyttää" not in html
    assert 'rel="next"' not in html and 'rel="prev"' in html


def count(client, url, **params):
    client.get(url, params)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def test_month_query_count_is_pinned_and_does_not_grow(client, index, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)

    def add(n):
        for i in range(n):
            event = make_event(index, municipality=hameenlinna if i % 2 else None, starts_at=at(1 + i % 28), capacity=5)
            Registration.objects.create(
                event=event, user=learner, status="registered", queued_at=NOW, status_changed_at=NOW
            )

    add(2)
    few = count(client, index.url, kuukausi="2026-12")
    add(20)
    many = count(client, index.url, kuukausi="2026-12")
    assert few == many == MONTH_QUERIES_LEARNER


def test_swedish_month_view(client, index):
    event = make_event(index, title="Budgetverkstad på finska", starts_at=at(10, 13))
    translate(event, title="Budgetverkstad")
    swedish_index = type(index).objects.get(translation_key=index.translation_key, locale__language_code="sv")
    html = page(client, swedish_index.url, kuukausi="2026-12")
    assert "<caption>December 2026</caption>" in html
    assert '<abbr title="måndag">' in html
    assert "13.00</time> Budgetverkstad</a>" in html
    assert "Föregående månad" in html and "Nästa månad" in html and "Kalendervy" in html
    assert "Månaden kan inte visas" in page(client, swedish_index.url, kuukausi="2026-13")
