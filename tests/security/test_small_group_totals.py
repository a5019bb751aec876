"""Complementary suppression: no figure the small-group rule hides can be recovered from what the coordinator
and the leaders are shown, as rendered: the network overview's rows and totals in HTML, CSV and XLSX (with and
without a course chosen), and the network figures on a member's own dashboard.

Hypothesis draws small memberships (every municipality's people, enrolled and completed); the check then
solves, by brute force, every assignment of the hidden cells that agrees with everything shown: each shown
count, each shown percentage (rounded as the site rounds), each shown total, and completed ≤ enrolled ≤
people. A hidden cell is recovered if only one value fits. The property: none is.
"""

import csv
import io
import itertools
from html import unescape as html_unescape
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from courses.models import Enrolment
from participation.small_groups import percent
from tests.builders import make_course
from tests.participation.builders import join_network, make_coordinator, make_leader, municipality

pytestmark = pytest.mark.django_db

CODES = ["020", "049", "109", "638"]  # Akaa, Espoo, Hämeenlinna, Porvoo: named A to Ö in this order
SMALL = "< 5"
WITHHELD = "hidden"
COLUMNS = ("people", "enrolled", "completed")


@st.composite
def figures(draw):
    people = draw(st.integers(0, 7))
    enrolled = draw(st.integers(0, people))
    completed = draw(st.integers(0, enrolled))
    return people, enrolled, completed


@st.composite
def memberships(draw):
    """Per member municipality: (people, enrolled, completed) in the first course and in the second."""
    size = draw(st.integers(2, len(CODES)))
    members = []
    for _code in CODES[:size]:
        people, enrolled, completed = draw(figures())
        second_enrolled = draw(st.integers(0, people))
        second_completed = draw(st.integers(0, second_enrolled))
        members.append({"first": (people, enrolled, completed), "second": (people, second_enrolled, second_completed)})
    return members


# --- Reading what is shown ---------------------------------------------------------------------------------


class _Cells(HTMLParser):
    """The text of each <th>/<td> of each <tr> in the overview table's body and foot."""

    def __init__(self):
        super().__init__()
        self.rows, self._row, self._cell, self._in_table = [], None, None, False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and "participation-network" in (dict(attrs).get("class") or ""):
            self._in_table = True
        elif self._in_table and tag == "tr":
            self._row = []
        elif self._row is not None and tag in ("th", "td"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_table = False
        elif tag in ("th", "td") and self._cell is not None:
            self._row.append(" ".join(self._cell.split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def _number(text):
    text = html_unescape(str(text)).strip().removesuffix("%").strip()
    return text if text in (SMALL, WITHHELD) else int(text)


def table_from_html(html):
    parser = _Cells()
    parser.feed(html)
    body = [row for row in parser.rows if len(row) == 6 and not row[0].startswith(("Municipality",))]
    header_free = [row for row in body if row[1] != "People"]
    return [[_number(cell) for cell in row[1:]] for row in header_free]


def table_from_rows(rows):
    return [[_number(cell) for cell in row[2:]] for row in rows[1:]]


def shown_tables(client, course):
    """The overview as the HTML page, the CSV and the XLSX show it: rows of (people, enrolled, enrolled %,
    completed, completed %), the network total last."""
    query = {"course": course.id} if course is not None else {}
    html = client.get(reverse("participation:network"), query).content.decode()
    data = b"".join(client.get(reverse("participation:network_export", args=["csv"]), query).streaming_content)
    from_csv = table_from_rows(list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")))
    response = client.get(reverse("participation:network_export", args=["xlsx"]), query)
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    from_xlsx = table_from_rows([list(row) for row in sheet.values])
    return [table_from_html(html), from_csv, from_xlsx]


# --- Solving for the hidden cells --------------------------------------------------------------------------


def _values(shown):
    return range(1, 5) if shown == SMALL else [shown]


def _fits_percent(count, people, shown):
    return shown in (SMALL, WITHHELD) or percent(count, people) == shown


def row_options(row):
    """Every (people, enrolled, completed) that agrees with a shown member row."""
    people, enrolled, enrolled_pct, completed, completed_pct = row
    return [
        (p, e, c)
        for p in _values(people)
        for e in _values(enrolled)
        for c in _values(completed)
        if c <= e <= p and _fits_percent(e, p, enrolled_pct) and _fits_percent(c, p, completed_pct)
    ]


def _total_fits(value, shown):
    if shown == WITHHELD:
        return True
    if shown == SMALL:
        return 1 <= value <= 4
    return value == shown


def recovered_cells(rows, total, dashboard=None):
    """(row, column) of every hidden member cell that only one value fits, given the rows, the total row and
    the network figures a dashboard shows."""
    options = [row_options(row) for row in rows]
    assert all(options), "the true figures always fit what is shown"
    feasible = [[set(), set(), set()] for _row in rows]
    t_people, t_enrolled, t_enrolled_pct, t_completed, t_completed_pct = total
    for choice in itertools.product(*options):
        sums = [sum(option[column] for option in choice) for column in range(3)]
        if not all(
            _total_fits(value, shown) for value, shown in zip(sums, (t_people, t_enrolled, t_completed), strict=True)
        ):
            continue
        if not (_fits_percent(sums[1], sums[0], t_enrolled_pct) and _fits_percent(sums[2], sums[0], t_completed_pct)):
            continue
        if dashboard and not all(_total_fits(value, shown) for value, shown in zip(sums, dashboard, strict=True)):
            continue
        for index, option in enumerate(choice):
            for column in range(3):
                feasible[index][column].add(option[column])
    positions = {0: 0, 1: 1, 3: 2}  # where people, enrolled and completed are in a shown row
    return [
        (index, COLUMNS[column])
        for index, row in enumerate(rows)
        for position, column in positions.items()
        if row[position] == SMALL and len(feasible[index][column]) < 2
    ]


def test_the_solver_finds_a_value_the_old_totals_gave_away():
    """Without complementary suppression: a small member's 3 people are the total 12 minus the other's 9."""
    rows = [[SMALL, 0, SMALL, 0, SMALL], [9, 5, 56, 0, 0]]
    assert recovered_cells(rows, [12, 5, 42, 0, 0]) == [(0, "people")]
    assert not recovered_cells(rows, [WITHHELD, 5, WITHHELD, 0, WITHHELD])
    # Two hidden figures of a column whose sum is only reachable one way are recovered too (1 + 1).
    rows = [[9, SMALL, SMALL, 0, 0], [8, SMALL, SMALL, 0, 0]]
    assert recovered_cells(rows, [17, 2, 12, 0, 0])
    assert not recovered_cells(rows, [17, WITHHELD, WITHHELD, 0, 0])


# --- The property ------------------------------------------------------------------------------------------


@pytest.fixture
def network(db):
    join_network(*CODES)
    first, second = make_course(title="Ensimmäinen"), make_course(title="Toinen")
    coordinator = make_coordinator(email="koordinaattori@example.fi")
    leader = make_leader(municipality(CODES[0]), email="johtaja@example.fi")
    return {"courses": (first, second), "coordinator": coordinator, "leader": leader}


def _store(members, courses):
    User = get_user_model()
    now = timezone.now()
    enrolments = []
    for code, member in zip(CODES, members, strict=False):
        place = municipality(code)
        people = User.objects.bulk_create(
            User(email=f"h{code}-{n}@example.fi", municipality=place) for n in range(member["first"][0])
        )
        for course, key in zip(courses, ("first", "second"), strict=True):
            _people, enrolled, completed = member[key]
            enrolments += [
                Enrolment(user=person, course=course, started_at=now, completed_at=now if n < completed else None)
                for n, person in enumerate(people[:enrolled])
            ]
    Enrolment.objects.bulk_create(enrolments)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(members=memberships())
@example(members=[{"first": (1, 1, 0), "second": (1, 0, 0)}, {"first": (4, 3, 1), "second": (4, 4, 4)}])
@example(members=[{"first": (7, 1, 1), "second": (7, 7, 0)}, {"first": (6, 1, 1), "second": (6, 0, 0)}])
def test_no_hidden_figure_can_be_recovered(client, network, members):
    with translation.override("en"), transaction.atomic():
        cache.clear()
        _store(members, network["courses"])
        client.force_login(network["leader"])
        dashboards = {}
        for course in network["courses"]:
            # The leader's dashboard compares the first member with the network, course by course.
            page = reverse("participation:municipality", args=[CODES[0]])
            html = client.get(page, {"course": course.id}).content.decode()
            assert "Compared with the network" in html
            dashboards[course.id] = dashboard_network_from(html)
        client.force_login(network["coordinator"])
        for course in (None, *network["courses"]):
            tables = shown_tables(client, course)
            assert tables[0] == tables[1] == tables[2], "the page, the CSV and the XLSX show the same"
            *rows, total = tables[0]
            assert len(rows) == len(CODES)  # every member, those with nobody yet too
            dashboard = dashboards[(course or network["courses"][0]).id]
            assert not recovered_cells(rows, total, dashboard), (members, rows, total, dashboard)
        transaction.set_rollback(True)


def dashboard_network_from(html):
    people = html.split("all member municipalities of the network together", 1)[1].split("</caption>", 1)[0]
    people = int(people.split("(", 1)[1].split(" ", 1)[0]) if people.startswith(" (") else WITHHELD
    cells = []
    section = html.split("Compared with the network", 1)[1]
    for label in ("Enrolled", "Completed"):
        row = section.split(f'<th scope="row">{label}</th>', 1)[1].split("</tr>", 1)[0]
        network_cell = row.split('<td class="number">')[2].split("</td>", 1)[0]
        cells.append(_number(network_cell.split("<span", 1)[0]))
    return [people, *cells]
