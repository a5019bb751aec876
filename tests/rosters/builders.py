"""Builders for roster tests: roster files in every format. People and places come from tests/builders.py
(re-exported here)."""

import codecs
import io

from openpyxl import Workbook

from tests.builders import make_coordinator, make_leader, make_trainer, municipality  # noqa: F401 (re-exported)


def csv_bytes(rows, *, delimiter=";", encoding="utf-8", bom=False):
    text = "\r\n".join(delimiter.join(cells) for cells in rows) + "\r\n"
    data = text.encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for cells in rows:
        sheet.append(list(cells))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FINNISH_HEADER = ["Nimi", "Sähköposti", "Rooli", "Toimielin"]
