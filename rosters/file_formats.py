"""How an uploaded roster file was read, kept as a code and shown in the reader's language.

The code ("xlsx", "csv:semicolon:utf-8-bom") is what RosterImport.file_format stores: a text written in the
uploader's language ("CSV, puolipiste, UTF-8 (BOM)") would be shown in Finnish to a leader who reads Swedish.
"""

from django.utils.translation import gettext_lazy as _

XLSX = "xlsx"
DELIMITERS = {";": "semicolon", ",": "comma", "\t": "tab"}
DELIMITER_LABELS = {"semicolon": _("semicolon"), "comma": _("comma"), "tab": _("tab")}
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-bom": _("UTF-8 with BOM"),
    "windows-1252": "Windows-1252",
    "utf-16": "UTF-16",
}


def csv_code(*, delimiter, encoding):
    """The code of a CSV file read with `delimiter` (";", "," or tab) and `encoding` (a key of ENCODING_LABELS)."""
    return f"csv:{DELIMITERS[delimiter]}:{encoding}"


def label(code):
    """ "XLSX" or "CSV, semicolon, UTF-8" in the active language. A text stored before codes were (one the data
    migration did not recognise) is shown as it was written."""
    if code == XLSX:
        return "XLSX"
    kind, _sep, rest = code.partition(":")
    delimiter, _sep, encoding = rest.partition(":")
    if kind != "csv" or delimiter not in DELIMITER_LABELS or encoding not in ENCODING_LABELS:
        return code
    return f"CSV, {DELIMITER_LABELS[delimiter]}, {ENCODING_LABELS[encoding]}"
