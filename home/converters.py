"""The `<id:…>` path converter for database ids.

Django's `<int:…>` accepts any number of digits, and a number above 2^63 then reaches the database: SQLite
raises OverflowError (a 500) where PostgreSQL finds nothing. Ids are bigint at most, so an address with
more digits than the largest id can have is simply not found.
"""

import re

from django.urls import register_converter

_ID = re.compile("[0-9]{1,18}")


class DatabaseIdConverter:
    # 18 digits stay below 2^63 - 1 (19 digits); no table here will reach 10^18 rows.
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


def database_id(text):
    """The id in a query parameter or form value, or None when it cannot be one (the same bound as `<id:…>`;
    str.isdigit() would let "²" and 40-digit numbers through to the database)."""
    text = str(text)
    return int(text) if _ID.fullmatch(text) else None


def converters_register():
    register_converter(DatabaseIdConverter, "id")
