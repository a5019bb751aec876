"""On PostgreSQL the search index has a GIN index on the expression Wagtail searches (search/migrations)."""

import pytest
from django.db import connection

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_the_searched_expression_is_indexed():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS5 table has an index of its own")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'sitesearch_indexentry_title_body_gin'")
        [(definition,)] = cursor.fetchall()
    assert "gin" in definition.lower() and "title" in definition and "body" in definition
