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

from django.conf import settings
from django.db import connection
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


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    results_class = PostgresSearchResults

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
