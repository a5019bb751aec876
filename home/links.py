"""Absolute addresses of this site: the one place links that leave the site are made.

Emails, calendar files (UIDs and links), Open Badges ids and the certificate's verification link are read far
from the request that made them, for years. So they are all built from settings.WAGTAILADMIN_BASE_URL (which
production refuses to start without, and only as an https address), never from the request's Host header nor
from the Wagtail Site record, whose hostname says "localhost".
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def site_host():
    """The site's host name, e.g. for calendar UIDs (event-12@koulutus.example.fi)."""
    return urlsplit(base_url()).hostname or "localhost"


def absolute_url(path):
    """The public address of `path`, a path of this site (reverse(), page.url). Should `path` already carry a
    scheme and host (Wagtail gives pages of a multi-site setup so, from the Site record), only its path,
    query and fragment are kept: the host is always ours."""
    parts = urlsplit(path or "/")
    local = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    return base_url() + (local if local.startswith("/") else "/" + local)


def page_absolute_url(page):
    """The public address of a Wagtail page, or "" for a page that has none (not routable, no site)."""
    parts = page.get_url_parts()
    if parts is None:
        return ""
    _site_id, _root_url, page_path = parts
    return absolute_url(page_path)
