"""Progress is shared across translations of a course.

Each language has its own copy of a page (same `translation_key`, another locale). Enrolments and lesson
completions always point at the page in the default language (Finnish), so finishing a lesson in Swedish
counts for the same lesson in Finnish and the dashboards count each person once.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

DEFAULT_LOCALE_CACHE_KEY = "courses:default-locale-id"


def default_locale_id():
    locale_id = cache.get(DEFAULT_LOCALE_CACHE_KEY)
    if locale_id is None:
        locale_id = Locale.get_default().pk
        cache.set(DEFAULT_LOCALE_CACHE_KEY, locale_id, 3600)
    return locale_id


def canonical(page, *, select_related=()):
    """The default-language version of `page` (the page itself when it is one, or has none)."""
    if page.locale_id == default_locale_id():
        return page
    originals = type(page).objects.all()
    if select_related:  # select_related() with no names would follow every foreign key
        originals = originals.select_related(*select_related)
    return originals.filter(translation_key=page.translation_key, locale_id=default_locale_id()).first() or page


def in_active_language(pages, *, model):
    """{page id: its live version in the active language, or the page itself where there is none}, for
    default-language pages: no query while the active language is the default one, one query otherwise."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE or not pages:
        return {page.pk: page for page in pages}
    keys = {page.translation_key: page.pk for page in pages}
    translations = model.objects.live().filter(translation_key__in=list(keys), locale__language_code=language)
    found = {keys[page.translation_key]: page for page in translations}
    return {page.pk: found.get(page.pk, page) for page in pages}
