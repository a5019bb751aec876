"""Whole pages for people who are not signed in, served from the shared cache (Redis in production).

A seminar room of councillors opening the same lesson, or a newspaper linking the catalogue, should not
render the same page hundreds of times. A response is stored only when it cannot hold anything personal:

- the request is a GET with no query string (searches and filters are rendered each time), from someone with
  no cookie beyond the CSRF and language ones (a session or pending messages mean a person: never cached);
- the page's type opts in with `anonymous_cache_seconds`, it is not a preview and has no view restriction;
- the response is a 200 that sets no cookie (a CSRF token in a form sets one), changed no session, and is not
  marked private or no-store.

Entries are keyed by host, path and active language under a generation token. Any change that can show on a
page (a page saved, published, unpublished, moved or deleted; an image, document, tag, site or locale changed)
replaces the token, so the next request renders afresh: nothing is ever served stale after an edit. Pages
that show event registrations also depend on the events token, which registrations replace; their short
lifetime bounds how long a cached "upcoming" list can lag the clock.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

# How long a stored page lives at most. Edits never wait for it (they replace the token); it bounds the memory
# used and, for event pages, how long an "upcoming" list can lag the clock.
PAGE_SECONDS = 600
EVENT_PAGE_SECONDS = 60
GENERATION_KEY = "pagecache:generation"
EVENTS_GENERATION_KEY = "pagecache:events"
# Cookies that say nothing about who the visitor is: a CSRF secret (used only by forms, and a page with a
# form sets the cookie again, so it is not stored) and the chosen language (the address carries it too).
NEUTRAL_COOKIES = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def generation_bump():
    """Forget every cached page. A fresh random token rather than a counter: if the token itself is evicted,
    a new one can never coincide with a token of old entries still in the cache."""
    _replace_token(GENERATION_KEY)


def events_generation_bump():
    """Forget the cached pages that show event registrations."""
    _replace_token(EVENTS_GENERATION_KEY)


def _replace_token(key):
    cache.set(key, uuid.uuid4().hex, timeout=None)
    # Again once the change is committed: a request that read the new token before the commit may have
    # rendered the old rows and stored them under it.
    transaction.on_commit(lambda: cache.set(key, uuid.uuid4().hex, timeout=None))


def generation():
    """The current generation token, made when there is none (first request, or the cache was emptied)."""
    return _tokens()[GENERATION_KEY]


def _tokens():
    tokens = cache.get_many([GENERATION_KEY, EVENTS_GENERATION_KEY])
    for key in (GENERATION_KEY, EVENTS_GENERATION_KEY):
        if key not in tokens:
            tokens[key] = uuid.uuid4().hex
            # add(), not set(): if another process made a token meanwhile, theirs wins and ours just misses.
            if not cache.add(key, tokens[key], timeout=None):
                tokens[key] = cache.get(key) or tokens[key]
    return tokens


def page_allows_caching(page, request):
    """Called before Wagtail serves a page (home/wagtail_hooks.py): mark the request when this page's
    response may be stored for anonymous visitors."""
    seconds = getattr(page.specific_class, "anonymous_cache_seconds", 0)
    if not seconds or getattr(request, "is_preview", False) or not hasattr(request, "_page_cache_key"):
        return
    if page.get_view_restrictions().exists():
        return
    request._page_cache_seconds = seconds
    request._page_cache_events = getattr(page.specific_class, "anonymous_cache_shows_events", False)


class AnonymousPageCacheMiddleware:
    """Serves and stores the pages described above. Sits after LocaleMiddleware (the key needs the language
    the address selects) and before everything that can add a cookie or read the user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE and _anonymous_get(request):
            tokens = _tokens()
            request._page_cache_key = _entry_key(request, tokens[GENERATION_KEY])
            entry = cache.get(request._page_cache_key)
            if entry is not None and entry["events"] in (None, tokens[EVENTS_GENERATION_KEY]):
                return _response_from(entry)
            request._page_cache_events_token = tokens[EVENTS_GENERATION_KEY]
        response = self.get_response(request)
        if _storable(request, response):
            entry = {
                "status": response.status_code,
                "content": response.content,
                "headers": list(response.headers.items()),
                "events": request._page_cache_events_token if request._page_cache_events else None,
            }
            cache.set(request._page_cache_key, entry, request._page_cache_seconds)
        return response


def _anonymous_get(request):
    return request.method == "GET" and not request.META.get("QUERY_STRING") and set(request.COOKIES) <= NEUTRAL_COOKIES


def _entry_key(request, token):
    return f"pagecache:{token}:{get_language()}:{request.get_host()}:{request.path}"


def _storable(request, response):
    if not getattr(request, "_page_cache_seconds", 0) or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _response_from(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    # The same address shows a signed-in person their own page: shared caches must keep them apart.
    patch_vary_headers(response, ["Cookie"])
    return response
