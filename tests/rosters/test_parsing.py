"""rosters.parsing: every encoding, separator, header language and malformed file, without the database."""

import codecs
import io
from pathlib import Path

import pytest
from django.utils import translation
from openpyxl import Workbook

from municipalities.models import Role
from rosters import parsing, problems
from rosters.parsing import RosterFileError, parse_roster

from .builders import FINNISH_HEADER, csv_bytes, xlsx_bytes


def codes(row):
    return [item["code"] for item in row.problems]


def test_semicolon_utf8_with_bom_finnish_first_and_last_name():
    data = csv_bytes(
        [
            ["Etunimi", "Sukunimi", "Sähköposti", "Rooli", "Toimielin"],
            ["Äänis", "Järvelä", "Aanis.Jarvela@Example.fi", "valtuutettu", "Kunnanvaltuusto"],
            ["Åsa", "Öhman", "asa@example.fi", "kunnanhallituksen jäsen", "Kunnanhallitus"],
        ],
        bom=True,
    )
    parsed = parse_roster(data, "kunta.csv")
    assert parsed.file_format == "csv:semicolon:utf-8-bom"
    first, second = parsed.rows
    assert (first.first_name, first.last_name, first.email) == ("Äänis", "Järvelä", "aanis.jarvela@example.fi")
    assert first.role == Role.COUNCILLOR and first.body == "Kunnanvaltuusto"
    assert (second.first_name, second.last_name, second.role) == ("Åsa", "Öhman", Role.BOARD_MEMBER)
    assert first.line == 2 and not first.problems


def test_comma_utf8_without_bom_english_headers():
    data = csv_bytes(
        [["Name", "Email", "Role", "Body"], ["Matti Meikäläinen", "matti@example.fi", "Councillor", "Council"]],
        delimiter=",",
    )
    parsed = parse_roster(data)
    assert parsed.file_format == "csv:comma:utf-8"
    row = parsed.rows[0]
    assert (row.first_name, row.last_name, row.role) == ("Matti", "Meikäläinen", Role.COUNCILLOR)


def test_windows_1252_swedish_headers():
    data = csv_bytes(
        [
            ["Förnamn", "Efternamn", "E-post", "Roll", "Organ", "Språk"],
            ["Åsa", "Öberg", "asa.oberg@example.fi", "ledamot", "Kommunfullmäktige", "svenska"],
            ["Björn", "Sjöström", "bjorn@example.fi", "ersättare", "", "sv"],
            ["Göran", "Ärlig", "goran@example.fi", "kommundirektör", "", ""],
        ],
        encoding="cp1252",
    )
    assert "Å".encode("cp1252") in data  # really single-byte Windows-1252, not UTF-8
    parsed = parse_roster(data, "kommun.csv")
    assert parsed.file_format == "csv:semicolon:windows-1252"
    assert [(row.first_name, row.last_name) for row in parsed.rows] == [
        ("Åsa", "Öberg"),
        ("Björn", "Sjöström"),
        ("Göran", "Ärlig"),
    ]
    assert [row.role for row in parsed.rows] == [Role.COUNCILLOR, Role.DEPUTY_COUNCILLOR, Role.MANAGER]
    assert [row.language for row in parsed.rows] == ["sv", "sv", ""]


def test_tab_separated_utf16_from_excel_unicode_text():
    text = "Nimi\tSähköposti\tRooli\r\nÄnkö Ölli\tolli@example.fi\tvaravaltuutettu\r\n"
    parsed = parse_roster(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert parsed.file_format == "csv:tab:utf-16"
    assert parsed.rows[0].last_name == "Ölli" and parsed.rows[0].role == Role.DEPUTY_COUNCILLOR


def test_xlsx_with_a_title_row_and_unknown_columns():
    data = xlsx_bytes(
        [
            ["Kunnanvaltuusto 2021–2025"],
            [],
            ["Sukunimi", "Etunimi", "Sähköposti (pakollinen)", "Rooli", "Toimielin", "Puolue"],
            ["Virtanen", "Aino", "aino@example.fi", "Valtuuston puheenjohtaja", "Kunnanvaltuusto", "KOK"],
            [None, None, None, None, None, None],
            ["Lindqvist", "Bertil", "bertil@example.fi", "Lautakunnan jäsen", "Sivistyslautakunta", "SFP"],
        ]
    )
    parsed = parse_roster(data, "valtuusto.xlsx")
    assert parsed.file_format == "xlsx"
    assert parsed.ignored_columns == ["Puolue"]
    assert [(row.line, row.first_name, row.role) for row in parsed.rows] == [
        (4, "Aino", Role.COUNCIL_CHAIR),
        (6, "Bertil", Role.COMMITTEE_MEMBER),
    ]


def test_nfd_letters_from_a_mac_are_stored_composed():
    decomposed = "A\u0308a\u0308nis"  # "Äänis" with combining diaeresis
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, [f"{decomposed} Koski", "a@example.fi", "valtuutettu", ""]]))
    assert parsed.rows[0].first_name == "Äänis"


@pytest.mark.parametrize(
    ("text", "body", "role"),
    [
        ("valtuutettu", "", Role.COUNCILLOR),
        ("Valtuutettu (kok.)", "", Role.COUNCILLOR),
        ("varavaltuutettu", "", Role.DEPUTY_COUNCILLOR),
        ("kunnanhallituksen jäsen", "", Role.BOARD_MEMBER),
        ("lautakunnan jäsen", "", Role.COMMITTEE_MEMBER),
        ("valtuuston puheenjohtaja", "", Role.COUNCIL_CHAIR),
        ("kunnanhallituksen puheenjohtaja", "", Role.BOARD_CHAIR),
        ("lautakunnan puheenjohtaja", "", Role.COMMITTEE_CHAIR),
        ("kunnanjohtaja", "", Role.MANAGER),
        ("pormestari", "", Role.MANAGER),
        ("toimialajohtaja", "", Role.DIRECTOR),
        ("viranhaltija", "", Role.OFFICE_HOLDER),
        ("ledamot", "", Role.COUNCILLOR),
        ("ersättare", "", Role.DEPUTY_COUNCILLOR),
        ("kommundirektör", "", Role.MANAGER),
        ("kommunstyrelsens ordförande", "", Role.BOARD_CHAIR),
        ("councillor", "", Role.COUNCILLOR),
        ("deputy councillor", "", Role.DEPUTY_COUNCILLOR),
        ("Mayor", "", Role.MANAGER),
        ("deputy_councillor", "", Role.DEPUTY_COUNCILLOR),
        ("jäsen", "Kaupunginhallitus", Role.BOARD_MEMBER),
        ("jäsen", "Tekninen lautakunta", Role.COMMITTEE_MEMBER),
        ("varapuheenjohtaja", "Kunnanvaltuusto", Role.COUNCIL_VICE_CHAIR),
        ("puheenjohtaja", "Sivistyslautakunta", Role.COMMITTEE_CHAIR),
        ("ordförande", "Kommunstyrelsen", Role.BOARD_CHAIR),
        ("ledamot", "Bildningsnämnden", Role.COMMITTEE_MEMBER),
        ("member", "Executive board", Role.BOARD_MEMBER),
    ],
)
def test_role_names_in_three_languages(text, body, role):
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, ["Testi Henkilö", "t@example.fi", text, body]]))
    assert parsed.rows[0].role == role
    assert not parsed.rows[0].problems


def test_row_problems():
    parsed = parse_roster(
        csv_bytes(
            [
                FINNISH_HEADER,
                ["Aino Virtanen", "aino@example.fi", "valtuutettu", "Valtuusto"],
                ["Bertil Lindqvist", "bertil(at)example.fi", "valtuutettu", ""],
                ["", "nimeton@example.fi", "valtuutettu", ""],
                ["Cecilia Berg", "cecilia@example.fi", "puoluesihteeri", ""],
                ["Daniel Ek", "daniel@example.fi", "", ""],
                ["Eero Salo", "", "valtuutettu", ""],
                ["Aino Virtanen", "AINO@example.fi", "valtuutettu", "Valtuusto"],
                ["Aino Virtanen", "aino@example.fi", "jäsen", "Kunnanhallitus"],
                ["Aina Virta", "aino@example.fi", "varavaltuutettu", ""],
                ["Varajäsen Hallituksessa", "vara@example.fi", "varajäsen", "Kunnanhallitus"],
            ]
        )
    )
    assert [codes(row) for row in parsed.rows] == [
        [],
        ["invalid_email"],
        ["missing_name"],
        ["unknown_role"],
        ["missing_role"],
        ["missing_email"],
        ["duplicate"],
        ["additional_role"],
        ["name_conflict"],
        [],  # "varajäsen" of "Kunnanhallitus": a deputy member of the executive board (test_role_titles.py)
    ]
    assert parsed.rows[6].problems[0]["line"] == 2
    assert parsed.rows[3].problems[0]["value"] == "puoluesihteeri"


def test_full_name_forms():
    assert parsing.split_full_name("Virtanen, Matti Juhani") == ("Matti Juhani", "Virtanen")
    assert parsing.split_full_name("Anna-Liisa Mäkelä") == ("Anna-Liisa", "Mäkelä")
    assert parsing.split_full_name("Carl af Forselles") == ("Carl", "af Forselles")
    assert parsing.split_full_name("Madonna") == ("", "Madonna")


def test_mailto_and_spaces_around_the_address_are_removed():
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, ["Aino Koski", "  mailto:Aino@Example.FI ", "valtuutettu", ""]]))
    assert parsed.rows[0].email == "aino@example.fi" and not parsed.rows[0].problems


def test_quoted_cells_with_separators_inside():
    data = 'Name,Email,Role,Body\r\n"Virtanen, Aino",aino@example.fi,councillor,"Council, Helsinki"\r\n'
    row = parse_roster(data.encode()).rows[0]
    assert (row.first_name, row.last_name, row.body) == ("Aino", "Virtanen", "Council, Helsinki")


@pytest.mark.parametrize(
    ("data", "file_name", "message"),
    [
        (b"", "tyhja.csv", "The file is empty."),
        (b"   \r\n\r\n", "tyhja.csv", "The file is empty."),
        (bytes(range(256)) * 20, "roskaa.csv", "not a text file"),
        (b"\x00\x01\x02binary\x00", "roskaa.bin", "not a text file"),
        (b"Nimi;Sahkoposti\nthis is text, not excel", "fake.xlsx", "not a valid Excel"),
        (b"PK\x03\x04" + b"\x00" * 200, "broken.csv", "not a valid Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "old.xls", "old Excel file"),
        (b"Jotain;aivan;muuta\n1;2;3\n", "x.csv", "could not find the header row"),
        ("Sähköposti;Rooli\na@example.fi;valtuutettu\n".encode(), "x.csv", "no name column"),
        ("Nimi;Sähköposti;Toimielin\nAino;a@example.fi;Valtuusto\n".encode(), "x.csv", "no role column"),
        ("Nimi;Sähköposti;Rooli\n\n\n".encode(), "x.csv", "no people under it"),
    ],
)
def test_files_that_cannot_be_read(data, file_name, message):
    with pytest.raises(RosterFileError) as raised:
        parse_roster(data, file_name)
    assert message in str(raised.value.message)


def test_too_many_rows(settings):
    parsing.MAX_ROWS, limit = 50, parsing.MAX_ROWS
    try:
        rows = [FINNISH_HEADER] + [[f"Henkilö {n}", f"h{n}@example.fi", "valtuutettu", ""] for n in range(51)]
        with pytest.raises(RosterFileError, match="51 people; at most 50"):
            parse_roster(csv_bytes(rows))
        assert len(parse_roster(csv_bytes(rows[:51])).rows) == 50  # exactly the limit is accepted
    finally:
        parsing.MAX_ROWS = limit


def test_a_national_roster_of_ten_thousand_rows_is_accepted():
    rows = [FINNISH_HEADER] + [[f"Henkilö {n}", f"h{n}@example.fi", "valtuutettu", ""] for n in range(10_000)]
    parsed = parse_roster(csv_bytes(rows))
    assert len(parsed.rows) == 10_000 and not any(row.problems for row in parsed.rows)


def test_too_large_file():
    with pytest.raises(RosterFileError, match="too large"):
        parse_roster(b"x" * (parsing.MAX_FILE_BYTES + 1))


def test_rows_survive_the_json_round_trip():
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, ["Åsa Öhman", "asa@example.fi", "ledamot", "Fullmäktige"]]))
    row = parsed.rows[0]
    assert parsing.RosterRow.from_dict(row.to_dict()) == row


SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


def test_the_documented_sample_file_imports_cleanly_and_matches_the_download():
    data = (SAMPLES / "roster-sample.csv").read_bytes()
    parsed = parse_roster(data, "roster-sample.csv")
    assert parsed.file_format == "csv:semicolon:utf-8-bom"
    assert all(item["code"] == "additional_role" for row in parsed.rows for item in row.problems)
    download = Path(__file__).resolve().parents[2] / "static" / "rosters" / "roster-sample.csv"
    assert download.read_bytes() == data


def test_the_documented_sample_with_errors_shows_each_problem():
    parsed = parse_roster((SAMPLES / "roster-with-errors.csv").read_bytes(), "roster-with-errors.csv")
    assert {code for row in parsed.rows for code in codes(row)} == {
        "invalid_email",
        "unknown_role",
        "missing_name",
        "duplicate",
        "missing_email",
    }


# Hostile cells: checked in every cell of every row, reported on the row and column, never the whole file


def _padded_rows(count):
    return [[f"Henkilö {n}", f"h{n}@example.fi", "valtuutettu", "Kunnanvaltuusto " + "x" * 20] for n in range(count)]


# XLSX cannot hold these characters (XML 1.0 forbids them; Excel writes "_x0001_", which stays text).
@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x7f"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_a_control_character_far_into_the_file_is_reported_on_its_row_and_column(character, encoding):
    rows = _padded_rows(400)  # well past the first 10,000 characters
    rows[350][0] = f"Mat{character}ti Virtanen"
    data = csv_bytes([FINNISH_HEADER, *rows], encoding=encoding)
    parsed = parse_roster(data, "nimet.csv")  # Python's "utf-16" starts with the byte-order mark
    faulty = [row for row in parsed.rows if row.has_errors]
    assert [row.line for row in faulty] == [352]  # header on row 1, data from row 2
    assert faulty[0].first_name == "Matti"  # the character is not kept
    assert [problems.message(item) for item in faulty[0].problems] == [
        "Column “Nimi”: The cell contains a control character (an invisible character that is not text). "
        "Type the cell again."
    ]


def test_bidi_overrides_and_invisible_characters_are_removed_from_names():
    data = csv_bytes([FINNISH_HEADER, ["\u202eAino\u202c Vir\u200btanen\u00ad", "aino@example.fi", "valtuutettu", ""]])
    (row,) = parse_roster(data).rows
    assert (row.first_name, row.last_name) == ("Aino", "Virtanen")
    assert not row.problems


def test_an_overlong_cell_is_cut_and_reported():
    data = csv_bytes([FINNISH_HEADER, ["Aino Virtanen", "aino@example.fi", "valtuutettu", "x" * 50_000]])
    (row,) = parse_roster(data).rows
    assert len(row.body) <= parsing.MAX_CELL_CHARS
    assert "Column “Toimielin”: The cell is too long (at most 1000 characters)." in [
        problems.message(item) for item in row.problems
    ]


def test_a_cell_beyond_the_csv_field_limit_names_the_row_in_the_users_language():
    data = csv_bytes([FINNISH_HEADER, ["Aino Virtanen", "aino@example.fi", "valtuutettu", "x" * 200_000]])
    with pytest.raises(RosterFileError) as raised:
        parse_roster(data)
    assert "Row 2 of the file cannot be read" in str(raised.value.message)
    assert "field limit" not in str(raised.value.message)
    with translation.override("fi"), pytest.raises(RosterFileError) as raised:
        parse_roster(data)
    assert "Tiedoston riviä 2 ei voi lukea" in str(raised.value.message)


def xlsx_bomb(unpacked_megabytes=40):
    """An .xlsx of some tens of kilobytes whose shared strings unpack to tens of megabytes."""
    big = "A" * 30_000
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(FINNISH_HEADER)
    for n in range(unpacked_megabytes * 1024 * 1024 // len(big)):
        sheet.append([f"Henkilö {n}", f"h{n}@example.fi", "valtuutettu", big + str(n)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_that_unpacks_to_tens_of_megabytes_is_refused_before_it_is_read():
    data = xlsx_bomb()
    assert len(data) < 1024 * 1024
    with pytest.raises(RosterFileError) as raised:
        parse_roster(data, "pommi.xlsx")
    assert "far more text than a roster" in str(raised.value.message)
