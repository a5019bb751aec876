"""The calendar's month view: which month a `?kuukausi=YYYY-MM` value names, and the weeks of its grid.

Pure functions on dates (no queries): the selector fetches the month's events in one query and hands them here
to be placed on their start day (Finnish time).
"""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

MONTH_PARAM = "kuukausi"
_MONTH_RE = re.compile(r"\A([0-9]{4})-([0-9]{2})\Z")  # ASCII digits only: \d also takes "２０２６"
# A calendar reaches a few council terms back and forward; beyond that a value is a typo or a probe.
FIRST_YEAR = 2000
LAST_YEAR = 2100


def parse_month(value):
    """The first day of the month `value` names (`2026-12`), or None when it names none we show."""
    match = _MONTH_RE.match(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return datetime.date(year, month, 1)


def month_value(first):
    return f"{first.year:04d}-{first.month:02d}"


def shift_month(first, months):
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_bounds(first):
    """The month as aware datetimes [start, end) in Finnish time, for one range query."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(shift_month(first, 1), datetime.time.min, tzinfo=zone)
    return start, end


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


def month_weeks(first, events, *, today):
    """Weeks Monday to Sunday covering the month, each a list of seven `Day`s; each event on its start day."""
    by_day = {}
    for event in events:
        by_day.setdefault(timezone.localtime(event.starts_at).date(), []).append(event)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    return [
        [
            Day(
                date=day,
                in_month=day.month == first.month,
                is_today=day == today,
                events=by_day.get(day, []) if day.month == first.month else [],
            )
            for day in week
        ]
        for week in weeks
    ]
