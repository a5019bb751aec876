"""Reads for the network coordinator: every member municipality side by side, under the small-group rule.

One query for all members, reading people and enrolments only (never lesson completions), so the overview
stays fast at national scale. Rates are shares of all the municipality's people, as on its own dashboard.
"""

from dataclasses import dataclass

from django.db.models import Count, FilteredRelation, Q
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality

from .selectors import NETWORK_SLUG
from .small_groups import compared, network_total


@dataclass
class MemberRow:
    code: str
    name: str
    people: object
    enrolled: object
    completed: object
    names_shared: bool = False  # the coordinator may open the municipality's own page (its leaders shared it)

    def sort_key(self, column):
        if column == "name":
            return self.name.lower()
        figure, by_percent = {
            "people": (self.people, False),
            "enrolled": (self.enrolled, False),
            "participation": (self.enrolled, True),
            "completed": (self.completed, False),
            "completion": (self.completed, True),
        }[column]
        return figure.sort_key(by_percent)


SORT_COLUMNS = {
    "name": _("Municipality"),
    "people": _("People"),
    "enrolled": _("Enrolled"),
    "participation": _("Participation rate"),
    "completed": _("Completed"),
    "completion": _("Completion rate"),
}
DEFAULT_SORT = "name"
# With no sort chosen the overview is a ranking, best completion rate first: what a coordinator asks first.
RANKED_SORT = "-completion"


def parse_sort(value):
    """'-participation' -> ('participation', True); anything unknown falls back to the name, A to Ö."""
    descending = value.startswith("-")
    column = value.lstrip("-")
    if column not in SORT_COLUMNS:
        return DEFAULT_SORT, False
    return column, descending


def network_overview(*, course, term, sort=DEFAULT_SORT, language_code="fi"):
    """Member municipalities with people, enrolled and completed in `course`; rows sorted by `sort`
    (a column of SORT_COLUMNS, '-' first for descending); a total row for the network as a whole.

    People are those with a role in the municipality in `term`; a person with several roles counts once."""
    members = (
        Municipality.objects.filter(memberships__network__slug=NETWORK_SLUG, memberships__left_on__isnull=True)
        .alias(
            term_roles=FilteredRelation("role_assignments", condition=Q(role_assignments__term=term)),
            person=FilteredRelation("term_roles__user", condition=Q(term_roles__user__is_active=True)),
            enrolment=FilteredRelation("person__enrolments", condition=Q(person__enrolments__course_id=course.id)),
        )
        .annotate(
            # A person with several roles is joined once per role: distinct counts count them once.
            people_count=Count("person", distinct=True),
            enrolled_count=Count("enrolment", distinct=True),
            completed_count=Count("enrolment", distinct=True, filter=Q(enrolment__completed_at__isnull=False)),
        )
        .values(
            "code",
            "name_fi",
            "name_sv",
            "names_shared_with_coordinator",
            "people_count",
            "enrolled_count",
            "completed_count",
        )
        .order_by("name_fi")
    )
    rows, parts = [], {"people": [], "enrolled": [], "completed": []}
    for member in members:
        name = member["name_sv"] if language_code == "sv" and member["name_sv"] else member["name_fi"]
        people = member["people_count"]
        rows.append(
            MemberRow(
                code=member["code"],
                name=name,
                people=compared(people, people),
                enrolled=compared(member["enrolled_count"], people),
                completed=compared(member["completed_count"], people),
                names_shared=member["names_shared_with_coordinator"],
            )
        )
        parts["people"].append(people)
        parts["enrolled"].append(member["enrolled_count"])
        parts["completed"].append(member["completed_count"])
    column, descending = parse_sort(sort)
    rows.sort(key=lambda row: row.name.lower())  # ties keep the alphabetical order
    rows.sort(key=lambda row: row.sort_key(column), reverse=descending)
    people = sum(parts["people"])
    # Complementary suppression (small_groups.py): a total is withheld when a row it sums is hidden.
    total = MemberRow(
        code="",
        name="",
        people=network_total(people, people, parts=parts["people"], group_parts=parts["people"]),
        enrolled=network_total(sum(parts["enrolled"]), people, parts=parts["enrolled"], group_parts=parts["people"]),
        completed=network_total(sum(parts["completed"]), people, parts=parts["completed"], group_parts=parts["people"]),
    )
    return {"rows": rows, "total": total, "sort_column": column, "descending": descending}


def sort_headers(*, column, descending):
    """Each column's header: the sort a click asks for (the other direction when it is the current one)
    and its aria-sort state."""
    headers = []
    for key, label in SORT_COLUMNS.items():
        current = key == column
        if current:
            next_sort = key if descending else f"-{key}"
            state = "descending" if descending else "ascending"
        else:
            # Figures first from the highest, names from A.
            next_sort = key if key == "name" else f"-{key}"
            state = "none"
        headers.append({"key": key, "label": label, "next_sort": next_sort, "aria_sort": state, "current": current})
    return headers
