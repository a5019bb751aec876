"""Reading a council roster file (CSV or XLSX) into rows: no database, no request.

Municipalities export rosters from many systems: Excel with Finnish settings (semicolons, Windows-1252),
Google Sheets (commas, UTF-8), Excel "CSV UTF-8" (with a byte-order mark), sometimes a title row above the
header. This module accepts all of them and says clearly what it cannot read. Checks that need the database
(is the person already registered elsewhere?) are done by rosters.selectors on the rows returned here.
"""

import codecs
import csv
import datetime
import io
import zipfile
from dataclasses import asdict, dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from home.text import control_characters, invisible_removed

from . import file_formats, problems, vocabulary

MAX_FILE_BYTES = 5 * 1024 * 1024
# A national roster has about 10,000 rows; saving runs in the background (rosters.tasks) in chunks.
MAX_ROWS = 20_000
# No name, address, role or body is this long; a longer cell is reported on its row and cut here, so that
# one cell cannot fill the server's memory or the preview.
MAX_CELL_CHARS = 1000
# An .xlsx is a zip: its parts are read only if they unpack to at most this much in all. A few tens of
# kilobytes of repeated shared strings would otherwise unpack to hundreds of megabytes.
MAX_XLSX_UNPACKED_BYTES = 25 * 1024 * 1024
# A text file is taken for binary (a renamed PDF or image) when this share of its start is control characters.
BINARY_CONTROL_SHARE = 0.05
# Exports often put a title ("Kunnanvaltuusto 2021–2025") and a blank line above the header.
HEADER_SEARCH_ROWS = 10
# Excel keeps formatting far below the data; after this many blank rows the sheet has ended.
TRAILING_BLANK_ROWS = 50
NAME_MAX_LENGTH = 150
BODY_MAX_LENGTH = 200
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # .xls and other old Office files
ZIP_SIGNATURE = b"PK\x03\x04"
_NAME_PARTICLES = {"af", "von", "van", "de", "di", "la"}


class RosterFileError(Exception):
    """The file as a whole cannot be read; `message` tells the leader why and what to do."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class RosterRow:
    line: int  # the row number as a spreadsheet program shows it
    first_name: str
    last_name: str
    email: str
    role: str  # a municipalities.models.Role value, "" when the cell names none
    role_text: str
    body: str
    language: str  # "fi", "sv", "en", or "" when the file does not say
    problems: list = field(default_factory=list)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        return cls(**data)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def has_errors(self):
        return any(problems.is_error(item) for item in self.problems)


@dataclass
class ParsedRoster:
    rows: list
    file_format: str  # a code of rosters.file_formats, shown with file_formats.label()
    columns: dict  # field name -> the header as written in the file
    ignored_columns: list


def parse_roster(data, file_name=""):
    """Parse the bytes of an uploaded roster; raises RosterFileError for a file that cannot be read."""
    if len(data) > MAX_FILE_BYTES:
        raise RosterFileError(
            _("The file is too large (%(size)s MB). The limit is %(limit)s MB, about %(rows)s people.")
            % {"size": round(len(data) / 1024 / 1024, 1), "limit": MAX_FILE_BYTES // 1024 // 1024, "rows": MAX_ROWS}
        )
    if not data.strip():
        raise RosterFileError(_("The file is empty."))
    if data.startswith(ZIP_SIGNATURE) or file_name.lower().endswith((".xlsx", ".xlsm")):
        return _rows_from_table(_read_xlsx(data), file_formats.XLSX)
    if data.startswith(OLE_SIGNATURE):
        raise RosterFileError(_("This is an old Excel file (.xls). Save it as .xlsx or CSV and upload it again."))
    text, encoding = decode(data)
    table, delimiter = _read_csv(text)
    return _rows_from_table(table, file_formats.csv_code(delimiter=delimiter, encoding=encoding))


def decode(data):
    """The text of a CSV file: UTF-8 with or without a byte-order mark, else Windows-1252 (what Excel with
    Finnish settings writes), or UTF-16 when it starts with a UTF-16 byte-order mark ("Unicode text"); with the
    encoding's code in rosters.file_formats.ENCODING_LABELS."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, name = data.decode("utf-16"), "utf-16"
        else:
            try:
                text = data.decode("utf-8-sig")
                name = "utf-8-bom" if data.startswith(codecs.BOM_UTF8) else "utf-8"
            except UnicodeDecodeError:
                text, name = data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as error:
        raise RosterFileError(_("The file is not a text file we can read. Save it as CSV or XLSX.")) from error
    # A binary file is refused as a whole; a control character here and there is reported on its row
    # (see _row), wherever in the file it is.
    start = text[:4096]
    if len(control_characters(start)) > BINARY_CONTROL_SHARE * len(start):
        raise RosterFileError(_("The file is not a text file we can read. Save it as CSV or XLSX."))
    return text, name


def _read_csv(text):
    """The table of cells, with the delimiter under which a header row is recognised best."""
    best = None
    for delimiter in file_formats.DELIMITERS:
        table = _csv_table(text, delimiter, limit=HEADER_SEARCH_ROWS)
        found = _find_header(table)
        if found and (best is None or len(found[1]) > best[1]):
            best = (delimiter, len(found[1]))
    if best is None:
        raise _no_header_error()
    return _csv_table(text, best[0]), best[0]


def _csv_table(text, delimiter, limit=None):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table = []
    try:
        for row in reader:
            table.append(row)
            if limit is not None and len(table) >= limit:
                break
    except csv.Error as error:
        # The csv module's own text ("field larger than field limit") is English and says little.
        raise RosterFileError(
            _(
                "Row %(line)s of the file cannot be read: a cell is too long or a quotation mark is not closed. "
                "Check the row in a spreadsheet program and save the file again."
            )
            % {"line": reader.line_num}
        ) from error
    return table


def _check_xlsx_size(data):
    """Refuse an .xlsx whose parts would unpack to more than MAX_XLSX_UNPACKED_BYTES, before reading any.

    The sizes are those the zip declares; Python's zipfile never unpacks a part beyond its declared size
    (a part that claims less than it holds is cut short and then fails as a damaged file)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise RosterFileError(
            _("The file is not a valid Excel (.xlsx) file. Open it in Excel and save it again as .xlsx or CSV.")
        ) from error
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise RosterFileError(
            _(
                "The Excel file holds far more text than a roster (%(size)s MB unpacked; the limit is %(limit)s MB). "
                "Copy the roster columns into a new workbook, or save the sheet as CSV."
            )
            % {"size": round(unpacked / 1024 / 1024), "limit": MAX_XLSX_UNPACKED_BYTES // 1024 // 1024}
        )


def _read_xlsx(data):
    from openpyxl import load_workbook

    _check_xlsx_size(data)
    table = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            blank_run = 0
            for values in workbook.worksheets[0].iter_rows(values_only=True):
                cells = [_cell_text(value) for value in values]
                blank_run = blank_run + 1 if not any(cells) else 0
                if blank_run > TRAILING_BLANK_ROWS:
                    break
                table.append(cells)
                if len(table) > MAX_ROWS + HEADER_SEARCH_ROWS + TRAILING_BLANK_ROWS:
                    break
        finally:
            workbook.close()
    except Exception as error:
        # A damaged or fake .xlsx makes openpyxl raise anything from BadZipFile to KeyError; to the leader
        # they all mean the same thing.
        raise RosterFileError(
            _("The file is not a valid Excel (.xlsx) file. Open it in Excel and save it again as .xlsx or CSV.")
        ) from error
    return table


def _cell_text(value):
    """The text of a cell, at most one character beyond MAX_CELL_CHARS (enough to tell it was longer)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)[: MAX_CELL_CHARS + 1]


def _no_header_error():
    return RosterFileError(
        _(
            "We could not find the header row. The first row should name the columns, for example "
            "“nimi;sähköposti;rooli;toimielin”. See the instructions for the accepted column names."
        )
    )


def _find_header(table):
    """(row index, {column index: field}) of the first row that names an email column and at least one
    other known column, or None."""
    for index, cells in enumerate(table[:HEADER_SEARCH_ROWS]):
        columns = {}
        for column, cell in enumerate(cells):
            key = vocabulary.HEADER_ALIASES.get(vocabulary.normalize_label(cell))
            if key and key not in columns.values():
                columns[column] = key
        if "email" in columns.values() and len(columns) >= 2:
            return index, columns
    return None


def _rows_from_table(table, file_format):
    found = _find_header(table)
    if found is None:
        raise _no_header_error()
    header_index, columns = found
    fields = set(columns.values())
    if not fields & {"full_name", "first_name", "last_name"}:
        raise RosterFileError(_("The file has no name column (nimi, or etunimi and sukunimi)."))
    if "role" not in fields:
        raise RosterFileError(_("The file has no role column (rooli / roll / role)."))
    header = [invisible_removed(cell)[:NAME_MAX_LENGTH] for cell in table[header_index]]
    ignored = [cell for index, cell in enumerate(header) if cell and index not in columns]
    data_rows = [
        (header_index + offset + 2, cells)
        for offset, cells in enumerate(table[header_index + 1 :])
        if any(cell.strip() for cell in cells)
    ]
    if len(data_rows) > MAX_ROWS:
        raise RosterFileError(
            _("The file has %(count)s people; at most %(limit)s can be imported at a time. Split the file.")
            % {"count": len(data_rows), "limit": MAX_ROWS}
        )
    if not data_rows:
        raise RosterFileError(_("The file has a header row but no people under it."))
    labels = {key: header[column] for column, key in columns.items()}
    rows = [_row(line, cells, columns, labels) for line, cells in data_rows]
    _mark_repeated_people(rows)
    return ParsedRoster(rows=rows, file_format=str(file_format), columns=labels, ignored_columns=ignored)


def _clean(text):
    return invisible_removed(text)


def split_full_name(name):
    """("Matti", "Virtanen") from "Matti Virtanen" or "Virtanen, Matti"; particles such as "af" stay with
    the last name."""
    if "," in name:
        last, _sep, first = name.partition(",")
        return _clean(first), _clean(last)
    words = name.split()
    if len(words) < 2:
        return "", name
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _NAME_PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _normalize_email(text):
    email = text.strip().strip("<>").strip()
    if email.casefold().startswith("mailto:"):
        email = email[len("mailto:") :]
    return email.lower()


def _cells(cells, columns, labels):
    """({field: cleaned text}, [problems]) for the row's cells in the columns we read: every cell is
    checked, control characters and invisible formatting characters are removed, an overlong cell is cut."""
    values, found = {}, []
    for column, key in columns.items():
        raw = str(cells[column]) if column < len(cells) else ""
        if control_characters(raw):
            found.append(problems.problem("control_character", column=labels[key]))
        if len(raw) > MAX_CELL_CHARS:
            found.append(problems.problem("cell_too_long", column=labels[key], value=MAX_CELL_CHARS))
            raw = raw[:MAX_CELL_CHARS]
        values[key] = _clean(raw)
    return values, found


def _row(line, cells, columns, labels):
    values, found = _cells(cells, columns, labels)
    first_name, last_name = values.get("first_name", ""), values.get("last_name", "")
    if not (first_name or last_name) and values.get("full_name"):
        first_name, last_name = split_full_name(values["full_name"])
    email = _normalize_email(values.get("email", ""))
    role_text, body = values.get("role", ""), values.get("body", "")
    role = vocabulary.role_from_text(role_text, body) if role_text else None
    language_text = values.get("language", "")
    language = vocabulary.language_from_text(language_text) if language_text else ""

    name_column = labels.get("full_name") or labels.get("last_name") or labels.get("first_name")
    if not (first_name or last_name):
        found.append(problems.problem("missing_name", column=name_column))
    elif len(first_name) > NAME_MAX_LENGTH or len(last_name) > NAME_MAX_LENGTH:
        found.append(problems.problem("name_too_long", column=name_column))
    if not email:
        found.append(problems.problem("missing_email", column=labels["email"]))
    elif not _is_valid_email(email):
        found.append(problems.problem("invalid_email", column=labels["email"]))
    if not role_text:
        found.append(problems.problem("missing_role", column=labels["role"]))
    elif role is None:
        # Never dropped: the row stays in the preview with the closest known roles to choose from.
        choices = [role.value for role in vocabulary.closest_roles(role_text)]
        found.append(problems.problem("unknown_role", value=role_text, column=labels["role"], choices=choices))
    if language_text and not language:
        found.append(problems.problem("unknown_language", value=language_text, column=labels["language"]))
    if len(body) > BODY_MAX_LENGTH:
        found.append(problems.problem("body_too_long", column=labels["body"]))
    return RosterRow(
        line=line,
        first_name=first_name,
        last_name=last_name,
        email=email,
        role=role.value if role else "",
        role_text=role_text,
        body=body,
        language=language or "",
        problems=found,
    )


def _is_valid_email(email):
    try:
        validate_email(email)
    except ValidationError:
        return False
    return len(email) <= 254


def _mark_repeated_people(rows):
    """A person may appear once per role. The same role twice is a duplicate; the same address with another
    name is a conflict (two people cannot share a login)."""
    first_rows = {}
    seen_roles = {}
    for row in rows:
        if not row.email or not _is_valid_email(row.email):
            continue
        role_key = (row.role or vocabulary.normalize_label(row.role_text), vocabulary.normalize_label(row.body))
        first = first_rows.setdefault(row.email, row)
        if first is row:
            seen_roles[row.email] = {role_key: row.line}
            continue
        if row.full_name.casefold() != first.full_name.casefold():
            row.problems.append(problems.problem("name_conflict", line=first.line))
        elif role_key in seen_roles[row.email]:
            row.problems.append(problems.problem("duplicate", line=seen_roles[row.email][role_key]))
        else:
            seen_roles[row.email][role_key] = row.line
            row.problems.append(problems.problem("additional_role", line=first.line))
