"""No hostile address answers 5xx: every URL pattern of the project, and every live page, asked with hostile
values in each parameter and in the query string, by an anonymous visitor and by every role.

The patterns come from walking the URL resolver, so a new view is covered without touching this file; the
valid values of the other parameters come from the authorisation matrix's rows (CASES), so each hostile
value reaches the view rather than stopping at the first parameter. Runs on SQLite and on PostgreSQL (where
a NUL byte in a query parameter makes the database driver raise).
"""

import re
from http.cookies import SimpleCookie
from urllib.parse import quote, unquote, urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import get_converters
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

from .matrix import world_build
from .test_authorization_matrix import CASES, PROJECT_APPS

pytestmark = pytest.mark.django_db

ROLES = {
    "anonymous": None,
    "learner": "learner_a",
    "trainer": "trainer",
    "leader": "leader_a",
    "coordinator": "coordinator",
    "administrator": "superuser",
}

# As they would arrive percent-encoded in a request line. Each parameter gets those its converter accepts:
# the others never reach a view (the resolver answers 404 for them, which the walk also asks once).
HOSTILE_SEGMENTS = {
    "NUL": "a%00b",
    "control characters": "%01%1B%7F",
    "zero": "0",
    "largest id the converter accepts": "9" * 18,
    "above 2^63": str(2**63),
    "digits that are not ASCII": "%C2%B2%D9%A3",  # "²٣": str.isdigit() says yes, int() and the database no
    "dash": "-",
    "encoded path separators": "..%2F..%2Fetc%2Fpasswd",
    "overlong": "x" * 1000,
    "non-UTF-8": "%FF%FE%C3",
}
# Several kinds in one value where they cannot hide each other, to keep the walk short.
HOSTILE_QUERY_VALUES = {
    "relative": "foo",
    "scheme-relative": "//evil.example/",
    "NUL": "a%00b",
    "huge integer": "9" * 40,
    "search syntax, non-UTF-8, overlong, repeated": "%22%27(*)%20OR%20-%FF%FE" + "x" * 1000 + "&{name}=2",
}
# The query parameters the project's views read (grep request.GET); each gets every hostile value at once.
QUERY_NAMES = (
    "next",
    "page",
    "download",
    "koodi",
    "tag",
    "q",
    "kind",
    "municipality",
    "past_page",
    "course",
    "sort",
    "role",
    "status",
    "term",
)

_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _routes(patterns, prefix=""):
    """(route template, URL name, callback module) of every path() pattern, through includes."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if isinstance(pattern.pattern, LocalePrefixPattern):
                inner = prefix
            elif isinstance(pattern.pattern, RoutePattern):
                inner = prefix + str(pattern.pattern)
            else:
                inner = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
            yield from _routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and isinstance(pattern.pattern, RoutePattern):
            namespace_free = getattr(pattern.callback, "__module__", "") or ""
            yield prefix + str(pattern.pattern), pattern.name, namespace_free


def _project_routes():
    """Routes of the project's own apps (views and admin views they register); Wagtail's own page routes
    are walked through the live pages instead, Wagtail's admin through the project's admin rows."""
    names = {case.name.split(":")[-1] for case in CASES}
    found = []
    for route, name, module in _routes(get_resolver().url_patterns):
        if module.split(".")[0] in PROJECT_APPS or (name and name in names and not route.startswith("admin/")):
            found.append((route, name))
    return sorted(set(found), key=lambda item: item[0])


def _valid_values(world):
    """A real value for each parameter name, taken from the matrix's rows, so that a hostile value in one
    parameter is tried with real values in the others."""
    values = {}
    for case in CASES:
        if case.kwargs:
            for key, value in case.kwargs(world).items():
                values.setdefault(key, str(value))
    return values


def _fill(route, valid, hostile_name=None, hostile_value=None):
    def replace(match):
        if match.group("name") == hostile_name:
            return hostile_value
        return quote(valid.get(match.group("name"), "1"), safe="")

    return "/" + _PARAMETER.sub(replace, route)


def _accepted(route, parameter, value):
    """Whether the parameter's converter lets `value` through to the view, as the server would decode it."""
    matches = _PARAMETER.finditer(route)
    converter = next(match.group("converter") or "str" for match in matches if match.group("name") == parameter)
    return re.fullmatch(get_converters()[converter].regex, unquote(value)) is not None


def _queries():
    for value in HOSTILE_QUERY_VALUES.values():
        yield "&".join(f"{name}={value.format(name=name)}" for name in QUERY_NAMES)


def _addresses(world):
    """(method, label, plain URL, hostile URLs) for each route and page of the walk."""
    valid = _valid_values(world)
    posted = {case.name.split(":")[-1] for case in CASES if case.method == "post"}
    for route, name in _project_routes():
        methods = ("get", "post") if name in posted else ("get",)
        parameters = [match.group("name") for match in _PARAMETER.finditer(route)]
        plain = _fill(route, valid)
        hostile = [f"{plain}?{query}" for query in _queries()]
        for parameter in parameters:
            hostile += [
                _fill(route, valid, parameter, value)
                for value in HOSTILE_SEGMENTS.values()
                if _accepted(route, parameter, value)
            ]
            if not _accepted(route, parameter, str(2**63)):
                hostile.append(_fill(route, valid, parameter, str(2**63)))  # the resolver's 404
        for method in methods:
            yield method, name, plain, hostile
    for page_url in world.page_urls:
        hostile = [f"{page_url}?{query}" for query in _queries()]
        if not page_url.startswith(("/sv/", "/en/")):  # a page's routes are the same in every language
            hostile += [f"{page_url}{value}/" for value in HOSTILE_SEGMENTS.values()]
        yield "get", "page", page_url, hostile


def _refused_before_the_view(response):
    """A redirect to a login page, or a learner sent from the admin to their own page: decorators and
    middleware that answer before the view reads any parameter, so the hostile variants would only repeat
    them (this keeps the walk to seconds for roles that reach few views)."""
    if response.status_code != 302:
        return False
    target = urlsplit(response["Location"]).path
    refusals = {reverse("accounts:login"), reverse("wagtailadmin_login"), resolve_url(settings.LOGIN_REDIRECT_URL)}
    return target in refusals


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from wagtail.models import Page

    with django_db_blocker.unblock():
        cache.clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = world_build()
            # One page of each type in each language: pages of a type share their code.
            one_of_each = {}
            for page in Page.objects.live().filter(depth__gt=1).specific().select_related("locale"):
                one_of_each.setdefault((type(page), page.locale.language_code), page.get_url())
            data.page_urls = sorted(one_of_each.values())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        cache.clear()


def _client_for(world, role):
    client = Client(raise_request_exception=False)
    if ROLES[role]:
        client.force_login(world.users[ROLES[role]])
    return client, SimpleCookie(client.cookies.output(header="", sep="\n"))


def test_the_walk_reaches_every_kind_of_address(world):
    routes = _project_routes()
    assert len(routes) > 50
    assert any(route.startswith("admin/") for route, _name in routes), "the project's admin views"
    assert any("<id:" in route for route, _name in routes) and any("<str:" in route for route, _name in routes)
    assert len(world.page_urls) > 10
    assert sum(1 + len(hostile) for _method, _name, _plain, hostile in _addresses(world)) > 900
    assert {"sv", "en"} <= {url.split("/")[1] for url in world.page_urls}


@pytest.mark.parametrize("role", ROLES)
def test_no_hostile_address_answers_5xx(world, role):
    client, cookies = _client_for(world, role)
    failures, count = [], 0

    def ask(method, name, url):
        nonlocal count
        client.cookies = SimpleCookie(cookies.output(header="", sep="\n"))
        with transaction.atomic():
            response = getattr(client, method)(url, {"next": "\x00", "q": "\x00"} if method == "post" else None)
            transaction.set_rollback(True)
        count += 1
        if response.status_code >= 500:
            failures.append(f"{method.upper()} {url[:160]} ({name}): {response.status_code}")
        return response

    for method, name, plain, hostile in _addresses(world):
        if _refused_before_the_view(ask(method, name, plain)):
            continue
        for url in hostile:
            ask(method, name, url)
    cache.clear()
    assert count > 200, "the walk makes real requests"
    assert not failures, f"{role}: {len(failures)} of {count} requests answered 5xx:\n" + "\n".join(failures[:80])
