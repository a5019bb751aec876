"""CSV and XLSX files of the dashboard tables.

CSV is written for Finnish Excel, which most municipalities open it with: UTF-8 with a byte order mark (so
ä, ö and å survive), semicolons between fields (a comma is the decimal separator in Finnish), one table per
file, and rows streamed as they are read, so memory does not grow with the number of rows. XLSX uses
openpyxl's write-only mode, which keeps rows on disk rather than in memory until the file is assembled.

Text is text in both: a CSV cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV has
no types, so that is the only way to say "text"), while an XLSX cell is typed as a string, which no program
runs, so it is written exactly as it is. Codes such as a municipality's 049 are not numbers: see Code.
"""

import csv
import datetime
import tempfile

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from home.text import control_characters_removed

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"
# A cell starting with one of these is run as a formula by spreadsheet programs; a leading apostrophe makes
# it plain text (a name is never a formula).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Code(str):
    """A code whose leading zeros are part of it (municipality 049). Excel opening a CSV turns "049" into the
    number 49; written as ="049" it is kept as the text 049 (Excel, LibreOffice). Only digits are wrapped so,
    so the wrapper can never carry a formula of anyone's making. In XLSX it is simply a string cell."""


def _csv_code(value):
    return f'="{value}"' if value.isdigit() and value.isascii() else _safe_text(str(value))


def _safe_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _printable(value):
    """Any stored text can be written: XLSX (XML 1.0) refuses control characters with IllegalCharacterError,
    and spreadsheet programs stop reading a CSV at a NUL. Data saved before imports removed them, or
    entered through another path, must not make the export fail."""
    return control_characters_removed(value) if isinstance(value, str) else value


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def _csv_cell(value):
    value = _local(value)
    if value is None:
        return ""
    if isinstance(value, Code):
        return _csv_code(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return _safe_text(str(value))


class _Echo:
    """A file-like object that hands back what csv.writer writes, so each row can be yielded at once."""

    def write(self, value):
        return value


def csv_lines(header, rows, *, language):
    # The rows are written after the view has returned, when the request's language is no longer active:
    # labels such as a status are translated in the language the file was asked for.
    with translation.override(language):
        writer = csv.writer(_Echo(), delimiter=";")
        yield BOM + writer.writerow([_printable(str(cell)) for cell in header])
        for row in rows:
            yield writer.writerow([_printable(_csv_cell(cell)) for cell in row])


def csv_response(*, filename, header, rows):
    lines = csv_lines(header, rows, language=translation.get_language())
    response = StreamingHttpResponse(lines, content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _xlsx_cell(sheet, value):
    value = _local(value)
    if value is None or isinstance(value, int | float | datetime.date):
        return value
    cell = WriteOnlyCell(sheet, value=_printable(str(value)))
    # A string cell, whatever it starts with: openpyxl would otherwise store "=…" as a formula.
    cell.data_type = "s"
    return cell


def xlsx_response(*, filename, sheets):
    """`sheets` is a list of (title, header, rows). The workbook goes to a temporary file that the response
    streams and then closes."""
    workbook = Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=_printable(str(title))[:31])  # Excel's limit for sheet names
        sheet.append([_xlsx_cell(sheet, cell) for cell in header])
        for row in rows:
            sheet.append([_xlsx_cell(sheet, cell) for cell in row])
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it once it has been sent
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_CONTENT_TYPE)
