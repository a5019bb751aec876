"""Text from outside (files, addresses, search boxes) made safe to store, search and export.

Shared by every app that takes text in or writes it out, so that the rule is the same everywhere.
"""

import re
import unicodedata

# The control characters (Unicode category Cc) other than tab, line feed and carriage return. PostgreSQL
# refuses NUL in text, XLSX (XML 1.0) refuses the rest of C0, and none of them belongs in a name or a cell.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_characters(text):
    """The control characters in `text` (empty when there are none)."""
    return _CONTROL.findall(text)


def control_characters_removed(text):
    return _CONTROL.sub("", text)


def invisible_removed(text):
    """`text` without control characters and invisible formatting characters (Unicode category Cf: bidi
    overrides and isolates, zero-width spaces and joiners, soft hyphens, byte-order marks), NFC-normalised
    with runs of white space as one space. For names: a right-to-left override in a name makes it read
    differently from what it is, and a zero-width space makes two spellings of one name differ."""
    text = unicodedata.normalize("NFC", control_characters_removed(str(text)))
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def search_terms(text, *, max_length=200):
    """The words of a search box, without the quotes, operators and brackets the search backends read as
    query syntax (SQLite's FTS5 answers an unbalanced quote with an error)."""
    words = re.sub(r"[^\w]+", " ", invisible_removed(text)[:max_length]).split()
    return " ".join(word.strip("_") for word in words if word.strip("_"))
