"""Switching the language: where to go in the other language, and remembering the choice."""

from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Locale, Page

from home.converters import database_id

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def translated_page_url(*, page_id, language_code):
    """The URL of the page's live translation, or of its nearest ancestor that has one; with whether the page
    itself was found in that language."""
    page_id = database_id(page_id)
    page = Page.objects.filter(id=page_id).first() if page_id is not None else None
    locale = Locale.objects.filter(language_code=language_code).first()
    if page is None or locale is None:
        return None, False
    candidates = list(page.get_ancestors(inclusive=True).reverse())
    translations = {
        p.translation_key: p
        for p in Page.objects.live().filter(locale=locale, translation_key__in=[c.translation_key for c in candidates])
    }
    for candidate in candidates:
        translation = translations.get(candidate.translation_key)
        if translation is not None:
            return translation.url, candidate.pk == page.pk
    return None, False


def switch_target(*, request, language_code, next_url, page_id):
    """Where the language switcher leads: the same page in the other language where it exists."""
    if page_id:
        url, exact = translated_page_url(page_id=page_id, language_code=language_code)
        if url:
            return url, exact
    # Only a path on this site: "foo" or "//elsewhere" would otherwise be taken for a URL name or a host.
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return translate_url(next_url, language_code), True
    return translate_url("/", language_code), True


def preferred_language_save(*, user, language_code):
    if user.is_authenticated and language_code in LANGUAGE_CODES and user.preferred_language != language_code:
        user.preferred_language = language_code
        user.save(update_fields=["preferred_language"])
