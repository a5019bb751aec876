"""Putting the test database back as the migrations left it, for tests and fixtures that write outside a
test's transaction."""

from django.core.management import call_command
from django.db import connection, connections

# The rows the data migrations loaded (the page tree's root, the municipalities, the network, the council
# terms), serialized by pytest-django when the test database was made, if some collected test asks for
# serialized_rollback.
_migrated = {}


def database_keep_migrated():
    """Keep the serialized copy aside, right after the test database is made.

    Django keeps it as an attribute of the connection object, and a TransactionTestCase (every
    `django_db(transaction=True)` test) restores from it only when the attribute is there, silently doing
    nothing otherwise. The browser tests' live server leaves the main thread with a new connection object
    without it: every flushing test after them then started with no network and no municipalities, so
    tests/conftest.py gives it back before each flushing test."""
    if hasattr(connection, "_test_serialized_contents"):
        _migrated[connection.alias] = connection._test_serialized_contents


def database_give_back_migrated():
    """Give the current connection object the kept copy again, for a flushing test about to start."""
    for alias, serialized in _migrated.items():
        connections[alias]._test_serialized_contents = serialized


def database_restore_migrated():
    """Empty every table and restore the migrations' rows, as a `serialized_rollback` test does at its start.

    A bare `flush` is not enough: its post_migrate signal recreates content types and permissions under new
    ids, and the next serialized_rollback test then fails to restore the original ones (a unique constraint
    on django_content_type)."""
    serialized = _migrated.get(connection.alias)
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=serialized is not None)
    if serialized is not None:
        connection.creation.deserialize_db_from_string(serialized)
