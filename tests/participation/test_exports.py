"""CSV for Finnish Excel and XLSX for everything else, with the same figures as the pages."""

import csv
import io
import zipfile

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from municipalities.models import Role
from tests.participation.builders import make_person

pytestmark = pytest.mark.django_db


def download(client, world, name, args, viewer="leader_a", **query):
    client.force_login(world["users"][viewer])
    response = client.get(reverse(f"participation:{name}", args=args), query)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def read_csv(data):
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark: Excel then reads ä, ö and å right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_participant_csv_is_semicolon_separated_utf8_with_bom_and_follows_the_filters(client, world):
    response, data = download(client, world, "participants_export", [world["a"].code, "csv"], status="in_progress")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="osallistujat-109-hameenlinna-')
    assert b";" in data.splitlines()[0]
    rows = read_csv(data)
    assert rows[0][:4] == ["Name", "Roles", "Status", "Progress %"]
    assert [row[:4] for row in rows[1:]] == [["Öhman Pekka", "Councillor", "In progress", "25"]]


def test_participant_csv_lists_everyone_unfiltered_with_finnish_letters_intact(client, world):
    _response, data = download(client, world, "participants_export", [world["a"].code, "csv"])
    names = [row[0] for row in read_csv(data)[1:]]
    assert sorted(names) == sorted(["Äijälä Aino", "Öhman Pekka", "Åström Saara", "Virtanen Ville"])
    completed = next(row for row in read_csv(data) if row[0] == "Äijälä Aino")
    assert completed[5].count(".") == 2  # 27.11.2021 14:05, the Finnish date format


def test_a_name_that_looks_like_a_formula_is_written_as_text(client, world):
    make_person(world["a"], Role.COUNCILLOR, first_name="x", last_name="=HYPERLINK(1)")
    _response, data = download(client, world, "participants_export", [world["a"].code, "csv"])
    assert [row[0] for row in read_csv(data) if "HYPERLINK" in row[0]] == ["'=HYPERLINK(1) x"]


def test_a_formula_like_name_is_a_plain_string_in_xlsx_with_no_apostrophe(client, world):
    make_person(world["a"], Role.COUNCILLOR, first_name="x", last_name="=HYPERLINK(1)")
    _response, data = download(client, world, "participants_export", [world["a"].code, "xlsx"])
    cells = [
        row[0] for row in load_workbook(io.BytesIO(data)).active.iter_rows(min_row=2) if "HYPERLINK" in row[0].value
    ]
    assert [(cell.value, cell.data_type) for cell in cells] == [("=HYPERLINK(1) x", "s")]  # text, not a formula
    assert b"<f>" not in _sheet_xml(data)


def _sheet_xml(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/"))


def test_participant_xlsx_opens_in_openpyxl(client, world):
    response, data = download(client, world, "participants_export", [world["a"].code, "xlsx"], role="councillor")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Name", "Roles", "Status")
    assert [row[0] for row in rows[1:]] == ["Äijälä Aino", "Öhman Pekka"]
    assert rows[1][3] == 100 and rows[2][3] == 25


def test_summary_exports_have_courses_roles_and_modules(client, world):
    _response, data = download(client, world, "summary_export", [world["a"].code, "csv"])
    rows = read_csv(data)
    title = world["course"].title
    assert rows[0][:3] == ["Course", "Group", "People"]
    assert [title, "Everyone", "4", "3", "75", "2", "50", "1", "25"] in rows
    assert [title, "Councillor", "2", "2", "100", "2", "100", "1", "50"] in rows
    assert {len(row) for row in rows} == {9}  # one table: every row has the header's columns

    response, data = download(client, world, "module_summary_export", [world["a"].code])
    assert response["Content-Disposition"].startswith('attachment; filename="moduulit-109-hameenlinna')
    rows = read_csv(data)
    module_header = [
        "Course",
        "Module",
        "Required lessons",
        "People",
        "Started",
        "Started %",
        "Completed",
        "Completed %",
        "Completed the course, new lessons since",
    ]
    assert rows[0] == module_header
    assert len(rows) == 3 and {len(row) for row in rows} == {9}  # header and two modules

    _response, data = download(client, world, "summary_export", [world["a"].code, "xlsx"])
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Courses", "Modules"]
    assert len(list(workbook["Modules"].values)) == 3  # header and two modules


def test_network_export_applies_the_small_group_rule(client, world):
    _response, data = download(client, world, "network_export", ["csv"], viewer="coordinator", sort="-people")
    rows = read_csv(data)
    assert rows[0][:3] == ["Municipality code", "Municipality", "People"]
    # Both member municipalities have fewer than five people: hidden figures sort together, by name.
    # ="049": Excel and LibreOffice keep the leading zero of a code written so (a bare 049 becomes 49).
    assert rows[1:] == [
        ['="049"', "Espoo", "< 5", "< 5", "< 5", "0", "< 5"],
        ['="109"', "Hämeenlinna", "< 5", "< 5", "< 5", "< 5", "< 5"],
        # 4 + 1 = 5 would give away Espoo's 1 to whoever reads Hämeenlinna's 4 elsewhere: the total is withheld.
        ["", "Network total", "hidden", "< 5", "< 5", "< 5", "< 5"],
    ]
    _response, data = download(client, world, "network_export", ["xlsx"], viewer="coordinator")
    sheet = load_workbook(io.BytesIO(data)).active
    assert list(sheet.values)[1][:3] == ("049", "Espoo", "< 5")
    assert sheet["A2"].data_type == "s"  # a string cell: 049 stays 049

    assert list(load_workbook(io.BytesIO(data)).active.values)[1][:3] == ("049", "Espoo", "< 5")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_control_characters_stored_in_a_name_do_not_break_the_export(client, world, file_format):
    # Names saved before the roster import removed control characters, or through another path. PostgreSQL
    # refuses NUL itself, so the test uses characters every database stores and XLSX refuses.
    make_person(world["a"], Role.COUNCILLOR, first_name="Ti\x0bmo", last_name="Oh\x01jaus\x1b")
    _response, data = download(client, world, "participants_export", [world["a"].code, file_format])
    if file_format == "csv":
        names = [row[0] for row in read_csv(data)]
    else:
        names = [row[0] for row in load_workbook(io.BytesIO(data)).active.values]
    assert "Ohjaus Timo" in names
