"""The small-group rule for comparisons across municipalities.

On a council of 13, "2 have completed" points at two people a reader may know by name. So wherever figures of
different municipalities are set side by side (the network overview, a municipality against the network), a
count of 1–4 people is shown as "< 5", and a percentage is shown only when both the count it is made of and the
group it is a share of have at least five people. Zero is shown as it is: it singles out nobody.

A municipality's own dashboard does not apply the rule: its leaders see their people by name anyway.

Totals (complementary suppression). A network total shown beside the members' rows gives away a hidden
figure by subtraction: total minus the shown rows is the hidden one, or the sum of the hidden ones, which
together with what else is known (each is 1–4; completed ≤ enrolled ≤ people) may pin each down. So a
network total is withheld whenever any member's figure in its column is hidden, and a percentage whenever its
count or its group is withheld. With no equation left that involves a hidden figure, none can be recovered.
The same network totals appear on every member's dashboard ("compared with the network"), where the same rule
applies, so no page gives back what another page withholds. tests/security/test_small_group_totals.py checks
this by brute force over random small memberships, in the HTML, CSV and XLSX as rendered.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SMALL_GROUP_LIMIT = settings.SMALL_GROUP_LIMIT
SUPPRESSED_TEXT = _("< 5")
# A total withheld to protect the small figures it is made of (see above): it is not small itself.
WITHHELD_TEXT = _("hidden")


def is_small_group(count):
    return 0 < count < SMALL_GROUP_LIMIT


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


@dataclass(frozen=True)
class ComparedFigure:
    """A count and its share of a group, as they may be shown next to other municipalities' figures."""

    count: int
    group_size: int
    withheld: bool = False  # a total hidden because a figure it sums is
    group_withheld: bool = False  # the group it is a share of is such a total

    @property
    def count_hidden(self):
        return self.withheld or is_small_group(self.count)

    @property
    def percent_hidden(self):
        return self.count_hidden or self.group_withheld or self.group_size < SMALL_GROUP_LIMIT

    @property
    def hidden_text(self):
        return WITHHELD_TEXT if self.withheld and not is_small_group(self.count) else SUPPRESSED_TEXT

    @property
    def percent_hidden_text(self):
        """What stands in for a hidden percentage: "< 5" when the figure is small, "hidden" when it is a
        withheld total or a share of one."""
        if is_small_group(self.count) or self.group_size < SMALL_GROUP_LIMIT:
            return SUPPRESSED_TEXT
        return WITHHELD_TEXT if self.withheld or self.group_withheld else SUPPRESSED_TEXT

    @property
    def shown_count(self):
        return self.hidden_text if self.count_hidden else self.count

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


def compared(count, group_size, *, withheld=False, group_withheld=False):
    """The one place where the small-group rule is applied to a figure."""
    return ComparedFigure(count=count, group_size=group_size, withheld=withheld, group_withheld=group_withheld)


def network_total(count, group_size, *, parts, group_parts=()):
    """A total over the members, withheld when any of `parts` (the members' figures it sums) is hidden; its
    percentage also when any of `group_parts` (the figures its group sums) is."""
    withheld = any(is_small_group(part) for part in parts)
    group_withheld = any(is_small_group(part) for part in group_parts)
    return compared(count, group_size, withheld=withheld, group_withheld=group_withheld)
