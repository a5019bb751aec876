"""Reads for the parts of every page that home/ owns: the footer's statement links, the content language."""

import time

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from .accessibility import ACCESSIBILITY_STATEMENT_KEY
from .models import StandardPage
from .privacy_notice import PRIVACY_NOTICE_KEY

STATEMENT_CACHE_KEY = "home:accessibility-statement"
PRIVACY_NOTICE_CACHE_KEY = "home:privacy-notice"
LOCALE_CODES_CACHE_KEY = "home:locale-codes"
ALIAS_LOCALES_CACHE_KEY = "home:alias-source-locales"
CACHE_SECONDS = 300


def accessibility_statement_link():
    """The accessibility statement in the active language (in Finnish when it has no translation), as
    {"url", "title"}, or None. The footer asks on every page, so the answer is cached per language and
    forgotten when a standard page is published or unpublished (home/signal_handlers.py)."""
    return _translated_page_link(ACCESSIBILITY_STATEMENT_KEY, cache_key=STATEMENT_CACHE_KEY)


def privacy_notice_link():
    """The privacy notice in the active language, like accessibility_statement_link()."""
    return _translated_page_link(PRIVACY_NOTICE_KEY, cache_key=PRIVACY_NOTICE_CACHE_KEY)


def _translated_page_link(translation_key, *, cache_key):
    language = get_language()
    key = f"{cache_key}:{language}"
    cached = cache.get(key)
    if cached is None:
        versions = {
            page.locale.language_code: page
            for page in StandardPage.objects.live().filter(translation_key=translation_key).select_related("locale")
        }
        page = versions.get(language) or versions.get(Locale.get_default().language_code)
        cached = {"url": page.url, "title": page.title} if page else {}
        cache.set(key, cached, CACHE_SECONDS)
    return cached or None


def content_language_code(page):
    """The language `page`'s text is in: its locale's, or for an alias (an untranslated page in another
    language's tree, home/locales.py) the locale of the page whose text it shows. Both are cached and read
    again only for a locale or an alias not seen yet, so marking every title on a page costs no query."""
    locale_id = page.locale_id
    if getattr(page, "alias_of_id", None):
        locale_id = _cached_lookup(ALIAS_LOCALES_CACHE_KEY, page.alias_of_id, _alias_source_locales) or locale_id
    return _cached_lookup(LOCALE_CODES_CACHE_KEY, locale_id, _locale_codes)


def _locale_codes():
    return dict(Locale.objects.values_list("id", "language_code"))


def _alias_source_locales():
    return dict(Page.objects.filter(aliases__isnull=False).values_list("id", "locale_id").distinct())


# The lookups above also live in each process for a minute: a page asks for every title it marks (a lesson
# page a dozen times), and even a cache round trip each time cost more than the rest of the header. A locale's
# code or an alias's source changes at most when an administrator edits them; a wanted id that is missing
# reloads at once, and the minute bounds the rest.
_PROCESS_SECONDS = 60
_in_process = {}


def forget_language_lookups():
    """A locale or page was saved or deleted here: forget this process's copies (an id can come back for
    another locale on SQLite, and in tests after a rollback)."""
    _in_process.clear()


def _cached_lookup(key, wanted, load):
    now = time.monotonic()
    held = _in_process.get(key)
    if held is not None and held[0] > now and wanted in held[1]:
        return held[1][wanted]
    found = cache.get(key)
    if found is None or wanted not in found:
        found = load()
        cache.set(key, found, 3600)
    _in_process[key] = (now + _PROCESS_SECONDS, found)
    return found.get(wanted)
