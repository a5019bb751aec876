"""Demo event dates: inside the 2021–2022 network round or the council term going on when the demo loads,
never after the end of that term, never on a Finnish public holiday, whatever day the demo is loaded."""

import datetime

import pytest
import time_machine

from events.dates import is_public_holiday, is_working_day, working_day_near
from events.demo import events_demo_load
from events.models import EventPage
from municipalities.models import CouncilTerm

pytestmark = pytest.mark.django_db

ROUND_2021 = (datetime.date(2021, 8, 1), datetime.date(2022, 12, 31))


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        ("2026-12-24", True),  # Christmas Eve: the date the issue found a demo event on
        ("2026-12-06", True),
        ("2027-03-26", True),  # Good Friday, moves with Easter
        ("2027-06-25", True),  # Midsummer Eve, the Friday between 19 and 25 June
        ("2027-11-06", True),  # All Saints' Day, the Saturday between 31 October and 6 November
        ("2029-05-10", True),  # Ascension Day 2029
        ("2027-06-24", False),
        ("2029-05-31", False),
    ],
)
def test_finnish_public_holidays(day, holiday):
    assert is_public_holiday(datetime.date.fromisoformat(day)) is holiday


def test_a_working_day_is_found_forward_and_when_the_range_ends_backward():
    first, last = datetime.date(2026, 12, 1), datetime.date(2026, 12, 31)
    assert working_day_near(datetime.date(2026, 12, 24), first=first, last=last) == datetime.date(2026, 12, 28)
    assert working_day_near(datetime.date(2026, 12, 31), first=first, last=datetime.date(2027, 1, 1)) == (
        datetime.date(2026, 12, 31)
    )
    # Nothing after the 25th within the range: the last working day before it.
    assert working_day_near(datetime.date(2026, 12, 25), first=first, last=datetime.date(2026, 12, 27)) == (
        datetime.date(2026, 12, 23)
    )


def _term_of(event_day):
    return CouncilTerm.objects.filter(starts_on__lte=event_day, ends_on__gte=event_day).first()


@pytest.mark.parametrize(
    "today",
    ["2026-12-03", "2026-12-10", "2027-06-01", "2027-12-20", "2029-01-05", "2029-05-20", "2029-08-15"],
)
def test_demo_events_keep_to_their_term_and_to_working_days_whatever_day_the_demo_loads(today):
    with time_machine.travel(datetime.datetime.fromisoformat(today + "T10:00+02:00"), tick=False):
        events_demo_load()
        current = CouncilTerm.objects.filter(starts_on__lte=datetime.date.fromisoformat(today)).latest("starts_on")
        events = list(EventPage.objects.all())
    assert len(events) == 13
    for event in events:
        day = event.starts_at.astimezone(datetime.UTC).date()
        assert is_working_day(day), (event.slug, day)
        in_round = ROUND_2021[0] <= day <= ROUND_2021[1]
        in_current_term = current.starts_on <= day <= current.ends_on
        assert in_round or in_current_term, (event.slug, day)
        term = _term_of(day)
        assert term is not None and event.ends_at.date() <= term.ends_on, (event.slug, day)
    review = EventPage.objects.get(slug="porvoo-kehittamisseminaari-jatko").starts_at.date()
    assert abs((review - (current.starts_on + (current.ends_on - current.starts_on) / 2)).days) <= 7
