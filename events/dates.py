"""Finnish public holidays and working days, for placing events on days people can come.

The holidays (New Year, Epiphany, Easter, May Day, Ascension, Midsummer, All Saints', Independence Day and
Christmas, with Midsummer Eve and Christmas Eve, which are days off in practice) come from the `holidays`
package, which computes the moving ones (Easter, Midsummer, All Saints') for any year.
"""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=32)
def _finnish_holidays(year):
    return frozenset(holidays.country_holidays("FI", years=[year]))


def is_public_holiday(day):
    return day in _finnish_holidays(day.year)


def is_working_day(day):
    return day.weekday() < 5 and not is_public_holiday(day)


def working_day_near(day, *, first, last):
    """The first working day on or after `day` within [first, last]; when there is none after it, the last
    working day before it. `day` is first moved into the range. None only when the range has no working day."""
    day = min(max(day, first), last)
    one = datetime.timedelta(days=1)
    forward = day
    while forward <= last:
        if is_working_day(forward):
            return forward
        forward += one
    backward = day - one
    while backward >= first:
        if is_working_day(backward):
            return backward
        backward -= one
    return None
