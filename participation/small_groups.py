"""The small-group rule for comparisons across municipalities.

On a council of 13, "2 have completed" points at two people a reader may know by name. So wherever figures of
different municipalities are set side by side (the network overview, a municipality against the network), a
count of 1–4 people is shown as "< 5", and a percentage is shown only when both the count it is made of and the
group it is a share of have at least five people. Zero is shown as it is: it singles out nobody.

A municipality's own dashboard does not apply the rule: its leaders see their people by name anyway.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SMALL_GROUP_LIMIT = settings.SMALL_GROUP_LIMIT
SUPPRESSED_TEXT = _("< 5")


def is_small_group(count):
    return 0 < count < SMALL_GROUP_LIMIT


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


@dataclass(frozen=True)
class ComparedFigure:
    """A count and its share of a group, as they may be shown next to other municipalities' figures."""

    count: int
    group_size: int

    @property
    def count_hidden(self):
        return is_small_group(self.count)

    @property
    def percent_hidden(self):
        return self.count_hidden or self.group_size < SMALL_GROUP_LIMIT

    @property
    def shown_count(self):
        return SUPPRESSED_TEXT if self.count_hidden else self.count

    @property
    def shown_percent(self):
        """The percentage as a number, or None when it must not be shown."""
        return None if self.percent_hidden else percent(self.count, self.group_size)

    def sort_key(self, by_percent):
        # Hidden figures sort together below every shown one, so the order of a sorted table does not
        # reveal how the hidden ones compare.
        if by_percent:
            return -1 if self.percent_hidden else percent(self.count, self.group_size)
        return -1 if self.count_hidden else self.count


def compared(count, group_size):
    """The one place where the small-group rule is applied to a figure."""
    return ComparedFigure(count=count, group_size=group_size)
