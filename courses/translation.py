"""Progress is shared across translations of a course.

Each language has its own copy of a page (same `translation_key`, another locale). Enrolments and lesson
completions always point at the page in the default language (Finnish), so finishing a lesson in Swedish
counts for the same lesson in Finnish and the dashboards count each person once.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page

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


# Blocks a lesson's completion depends on: a lesson with a quiz is done only when its quiz is passed
# (assessments.rules), and the rule is checked on the default-language lesson. A translation that lacks such a
# block would leave its readers with nothing to pass, so the original's block is shown in its place and the
# admin refuses to publish such a translation (wagtail_hooks.py).
COMPLETION_BLOCK_TYPES = ("quiz",)


def missing_completion_blocks(*, translation, original):
    """The blocks of `original` that completion depends on and `translation` (a copy of it in another language)
    does not hold: neither the same block (same id, as wagtail-localize keeps it) nor the same value in a block
    of that type. Empty for the original itself and for an alias, which shows the original's body."""
    if translation.pk == original.pk or getattr(translation, "alias_of_id", None) == original.pk:
        return []
    return _missing_from(held=translation.body.raw_data, original=original)


def missing_completion_blocks_at_publish(*, translation, original, synced):
    """What missing_completion_blocks() would say of `translation` once wagtail-localize's translation editor
    publishes it. `synced` is its wagtail_localize Translation: the editor publishes the original's body as it
    was at the last sync (the translation source), with this language's texts and overrides (which keep the
    blocks' ids), so a quiz added to the original since then is missing until the trainer syncs."""
    if translation.pk == original.pk:
        return []
    return _missing_from(held=synced.source.as_instance().body.raw_data, original=original)


def _missing_from(*, held, original):
    held_ids = {block.get("id") for block in held}
    held_values = {(block["type"], block["value"]) for block in held if block["type"] in COMPLETION_BLOCK_TYPES}
    # Read from the raw JSON, so that only a lesson that does lack something loads its blocks' values.
    missing = [
        index
        for index, raw in enumerate(original.body.raw_data)
        if raw["type"] in COMPLETION_BLOCK_TYPES
        and raw.get("id") not in held_ids
        and (raw["type"], raw["value"]) not in held_values
    ]
    return [original.body[index] for index in missing]


def available_languages(pages):
    """{page id: [language codes]} of the languages each page can be read in: its own and those of its live
    translations, aliases left out (an alias shows the Finnish text). Codes follow settings.LANGUAGES. One query,
    for the catalogue and My learning cards, which say which languages a course is offered in."""
    if not pages:
        return {}
    keys = {page.translation_key for page in pages}
    found = {}
    for key, code in (
        Page.objects.live()
        .filter(translation_key__in=keys, alias_of__isnull=True)
        .values_list("translation_key", "locale__language_code")
    ):
        found.setdefault(key, set()).add(code)
    order = [code for code, _name in settings.LANGUAGES]

    def position(code):
        return order.index(code) if code in order else len(order)

    return {page.pk: sorted(found.get(page.translation_key, set()), key=position) for page in pages}
