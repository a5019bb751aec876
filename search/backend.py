"""Wagtail's database search backend, with the text search configuration chosen by language.

Wagtail's PostgreSQL backend takes one `SEARCH_CONFIG` for the whole index. This site holds Finnish, Swedish
and English pages in one index, so a page is indexed with the configuration of its own locale (`finnish` for
a Finnish page) and a query is read with the configuration of the language the visitor reads the site in.
Both sides then stem a word the same way. On SQLite (development, tests) Wagtail's SQLite full-text backend is
used unchanged: no stemming, every word matched as written.

Results are ranked on the title and a few summing-up fields only (ranking.py), not on the whole body: each
page's index row keeps them in its `title` vector, written after Wagtail's own insert (`_rank_words_add`).

Finnish stemming (Snowball) leaves many inflected forms with a stem of their own ("esteellisyydestä" →
`esteellisyyd`, "esteellisyys" → `esteellisyys`), so a Finnish query also matches the start of the word without
its case ending (`finnish_prefix`): "esteellisyydestä" finds `esteellisyy:*`.
"""

import copy
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, transaction
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    Lexeme,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
    SearchQuery,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from .ranking import ranking_text
from .words import finnish_prefix

# Weights of Wagtail's index on this site (from the boosts declared by the indexed models): A counts 1.0, B 0.2,
# C and D 0.01; page titles and bodies are written as D. The ranking vector lifts the title to A and its
# summing-up words to B, so one title hit outranks any number of summary hits.
TITLE_WEIGHT = "A"
RANKING_WORDS_WEIGHT = "B"

DEFAULT_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's objects with that language's configuration (Wagtail's indexer reads the
        configuration from the backend, so each group is indexed through a copy that names its own)."""
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.config_for_object(obj)].append(obj)
        original = self.backend
        try:
            for config, group in groups.items():
                self.backend = copy.copy(original)
                self.backend.fixed_config = config
                super().add_items(model, group)
                self._rank_words_add(model, group, config)
        finally:
            self.backend = original

    def _rank_words_add(self, model, objs, config):
        """Make each entry's `title` vector the short vector results are ranked by: the title at weight A and
        the page's summing-up words (ranking.py) at weight B. Matching still reads title and body together."""
        if not model.get_search_fields():
            return
        rows = [(str(obj.pk), ranking_text(obj)) for obj in objs]
        if not rows:
            return
        values = ", ".join(["(%s, %s)"] * len(rows))
        # Only the table's name and placeholders are formatted in; every value is a parameter.
        sql = (
            f"UPDATE {IndexEntry._meta.db_table} AS entry "  # noqa: S608
            "SET title = setweight(entry.title, %s) || setweight(to_tsvector(%s::regconfig, ranked.words), %s) "
            f"FROM (VALUES {values}) AS ranked (object_id, words) "
            "WHERE entry.content_type_id = %s AND entry.object_id = ranked.object_id"
        )
        params = [TITLE_WEIGHT, config, RANKING_WORDS_WEIGHT, *(value for row in rows for value in row)]
        with self.write_connection.cursor() as cursor:
            cursor.execute(sql, [*params, get_content_type_pk(model)])


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        """Wagtail's search, with the matching entries found in a subquery of the index table alone, whose only
        way in other than reading the whole table is the GIN index on `title || body`; joined to the pages,
        the planner would reach the entries through the content type index and read every body (see
        `matched_through_the_index`)."""
        if self.fields is not None or not isinstance(self.query, PlainText):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        matched = (
            IndexEntry._default_manager.annotate(
                _vector_=CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
            )
            .filter(_vector_=search_query)
            .values("pk")
        )
        queryset = self.queryset.filter(index_entries__pk__in=matched)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _build_rank_expression(self, vectors, config):
        """Rank on the short ranking vector kept in the `title` column (see LanguageIndex), not on the body:
        ts_rank reads the vector of every matching entry, and a body vector is long (read from TOAST storage)."""
        if self.fields is not None:  # a search on named model fields: Wagtail's own ranking
            return super()._build_rank_expression(vectors, config)
        title, _title_norm = vectors[0]
        return self.build_tsrank(title, self.query, config=config)

    def build_tsquery_content(self, query, config=None, invert=False):
        if config != "finnish" or invert or not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        lexemes = None
        for term in query.query_string.split():
            word = Lexeme(term)
            prefix = finnish_prefix(term)
            if prefix:
                word |= Lexeme(prefix, prefix=True)
            if lexemes is None:
                lexemes = word
            elif query.operator == "or":
                lexemes |= word
            else:
                lexemes &= word
        return None if lexemes is None else SearchQuery(lexemes, search_type="raw", config=config)


@contextmanager
def matched_through_the_index():
    """Let PostgreSQL find the matches through the GIN index on `title || body` (search/migrations/0001), in a
    transaction of their own. For a common word (a third of the pages) the planner prefers to read the whole
    table, because it does not know that evaluating `title || body` reads each page's long body vector from
    TOAST storage: 140–210 ms a query on the national-scale benchmark, against 5 ms through the index.
    The connection's random_page_cost of 1.1 (training/settings/base.py, right for the dashboards) turns the
    ranking of a common word into a nested loop of 1,400 lookups: 134–162 ms against 42–69 ms with PostgreSQL's
    default of 4, measured on a quiet machine, so the search sets the default back for its own queries."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL random_page_cost = 4")
        yield


class LanguageSearchResults(PostgresSearchResults):
    def _do_search(self):
        with matched_through_the_index():
            return super()._do_search()

    def _do_count(self):
        with matched_through_the_index():
            return super()._do_count()


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    results_class = LanguageSearchResults

    def __init__(self, params):
        self.configs = {**DEFAULT_CONFIGS, **params.get("SEARCH_CONFIGS", {})}
        self.fixed_config = None
        self._locale_languages = None
        super().__init__(params)

    # Wagtail's backend sets and reads `config`; here it follows the language unless an index run fixed it.
    @property
    def config(self):
        if self.fixed_config:
            return self.fixed_config
        return self.config_for_language(get_language())

    @config.setter
    def config(self, value):
        self.fixed_config = value

    def config_for_language(self, language_code):
        language = (language_code or settings.LANGUAGE_CODE).split("-")[0]
        return self.configs.get(language) or self.configs.get(settings.LANGUAGE_CODE, "simple")

    def config_for_object(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config_for_language(settings.LANGUAGE_CODE)
        if self._locale_languages is None or locale_id not in self._locale_languages:
            from wagtail.models import Locale

            self._locale_languages = dict(Locale.objects.values_list("id", "language_code"))
        return self.config_for_language(self._locale_languages.get(locale_id))


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return DatabaseSearchBackend(params)
