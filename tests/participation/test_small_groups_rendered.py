"""The small-group rule as a person receives it: the HTML of the dashboard's comparison with the network and
the network export's CSV and XLSX, not the view's context (a template or an export writer that printed the raw
figures would pass a context check)."""

import csv
import io
import re

import pytest
from django.urls import reverse
from lxml import html as lxml_html
from openpyxl import load_workbook

from municipalities.models import Role
from tests.builders import make_course_tree
from tests.participation.builders import (
    ESPOO,
    HAMEENLINNA,
    join_network,
    make_leader,
    make_person,
    municipality,
    progress,
)

pytestmark = pytest.mark.django_db

SMALL_COUNTS = {"1", "2", "3", "4"}


def comparison_cells(response):
    """{row heading: [municipality's cell, network's cell]} of the "Compared with the network" table."""
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.content.decode())
    [table] = tree.xpath('//h3[@id="network-heading"]/following-sibling::div[1]//table')
    return {
        row.xpath("string(th)").strip(): [" ".join(cell.text_content().split()) for cell in row.xpath("td")]
        for row in table.xpath(".//tbody/tr")
    }


def comparison_bars(response):
    tree = lxml_html.fromstring(response.content.decode())
    return [
        " ".join(span.text_content().split())
        for span in tree.xpath(
            '//ol[contains(@class, "participation-bars-compare")]//*[@class="participation-bar-figure"]'
        )
    ]


def test_the_comparison_table_shows_small_figures_as_less_than_five(client, world):
    # Hämeenlinna: 3 of 4 enrolled, 1 completed; the network (with Espoo): 4 of 5 enrolled, 1 completed.
    client.force_login(world["users"]["leader_a"])

    response = client.get(reverse("participation:municipality", args=[HAMEENLINNA]))

    assert comparison_cells(response) == {"Enrolled": ["< 5", "< 5"], "Completed": ["< 5", "< 5"]}
    assert comparison_bars(response) == ["< 5"] * 4


def test_the_comparison_table_shows_figures_of_five_or_more_with_their_share(client, db):
    join_network(HAMEENLINNA, ESPOO)
    course, lessons = make_course_tree(modules=1, lessons=1)
    for code, people, completing in ((HAMEENLINNA, 6, 5), (ESPOO, 5, 5)):
        for n in range(people):
            progress(make_person(municipality(code), Role.COUNCILLOR), course, lessons if n < completing else ())
    client.force_login(make_leader(municipality(HAMEENLINNA)))

    response = client.get(reverse("participation:municipality", args=[HAMEENLINNA]))

    assert comparison_cells(response) == {
        "Enrolled": ["6 (100 %)", "11 (100 %)"],
        "Completed": ["5 (83 %)", "10 (91 %)"],
    }
    assert comparison_bars(response) == ["100 %", "100 %", "83 %", "91 %"]


def test_the_network_export_hides_small_figures_in_csv_and_xlsx_alike(client, world):
    client.force_login(world["users"]["coordinator"])

    csv_data = b"".join(client.get(reverse("participation:network_export", args=["csv"])).streaming_content)
    xlsx_data = b"".join(client.get(reverse("participation:network_export", args=["xlsx"])).streaming_content)

    csv_rows = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig")), delimiter=";"))
    # The CSV writes a code as ="049" so that spreadsheet programs keep its leading zero; it is the same cell.
    csv_rows = [[re.sub(r'^="(.*)"$', r"\1", cell) for cell in row] for row in csv_rows]
    xlsx_rows = [
        ["" if cell is None else str(cell) for cell in row]
        for row in load_workbook(io.BytesIO(xlsx_data)).active.values
    ]
    assert xlsx_rows == csv_rows
    for row in csv_rows[1:]:
        # Each member has fewer than five people: none of their counts (1–4) or shares may be written.
        if row[0]:
            assert not SMALL_COUNTS & set(row[2:]), row
            assert row[4] == row[6] == "< 5", row
