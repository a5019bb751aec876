"""A real database failure part-way through a write, for the tests that prove a multi-row write is all or
nothing.

`failing_write(Model, "NEW.email = 'x@example.fi'")` installs a trigger that makes the database refuse the
matching row, as a full disk, a lost connection or a violated constraint would: the statement fails inside
the database and every earlier statement of the same transaction is still there to be rolled back (or, if the
code forgot its transaction, to stay written). Nothing in the code under test is replaced. Works on SQLite and
PostgreSQL; use it in tests marked `django_db(transaction=True)` so that the code's own transaction, not the
test's, is what is proven.
"""

from contextlib import contextmanager

from django.db import connection

TRIGGER = "test_injected_failure"
MESSAGE = "injected failure"


@contextmanager
def failing_write(model, condition="TRUE", *, on="INSERT"):
    """While the block runs, an `on` (INSERT or UPDATE) of a `model` row for which the SQL `condition` on NEW
    holds raises DatabaseError("injected failure"). The condition may hold a subquery; it is written in the SQL
    both databases share (comparisons, AND, IN (SELECT …))."""
    table = model._meta.db_table
    if connection.vendor == "postgresql":
        # The condition goes in the function body: PostgreSQL allows no subquery in a trigger's WHEN.
        create = [
            f"CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF {condition} THEN RAISE EXCEPTION '{MESSAGE}'; END IF; RETURN NEW; END $$",
            f'CREATE TRIGGER {TRIGGER} BEFORE {on} ON "{table}" FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()',
        ]
        drop = [f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"', f"DROP FUNCTION IF EXISTS {TRIGGER}()"]
    else:
        create = [
            f'CREATE TRIGGER {TRIGGER} BEFORE {on} ON "{table}" FOR EACH ROW WHEN {condition} '
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        ]
        drop = [f"DROP TRIGGER IF EXISTS {TRIGGER}"]
    with connection.cursor() as cursor:
        for statement in create:
            cursor.execute(statement)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for statement in drop:
                cursor.execute(statement)


def quoted(value):
    """An SQL string literal for a trigger condition (test data only, never user input)."""
    return "'" + str(value).replace("'", "''") + "'"
