"""Production: every secret and host comes from the environment; refuses to start without them."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

from .base import *  # noqa: F401,F403

DEBUG = False


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


SECRET_KEY = _required("SECRET_KEY")
if SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be a long random value (50+ characters).")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]


def _public_base_url():
    """Every link that leaves the site (emails, calendar UIDs, badge ids, certificate verification links) is
    built from this address (home/links.py), and badge ids must never change once issued: so it must be the
    site's own https address, a host this site answers to, with no path."""
    value = _required("WAGTAILADMIN_BASE_URL").rstrip("/")
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        parts, host = None, None
    example = "e.g. https://koulutus.example.fi"
    if parts is None or parts.scheme != "https" or not host or parts.path or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"WAGTAILADMIN_BASE_URL must be the site's https address ({example}).")
    if parts.username or parts.password or not validate_host(host, ALLOWED_HOSTS):
        raise ImproperlyConfigured(f"WAGTAILADMIN_BASE_URL's host {host} must be one of ALLOWED_HOSTS.")
    return value


WAGTAILADMIN_BASE_URL = _public_base_url()

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Emails go through the database-backed task queue; `manage.py db_worker` sends them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
# Only with the file backend: the load test has the task worker write its e-mails to files to count them.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]

# Behind a TLS-terminating load balancer.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# A per-process memory cache cannot carry an edit's new page-cache token from one gunicorn worker to the
# others, so pages are cached whole only with the shared Redis cache (base.py, home/page_cache.py).
PAGE_CACHE = bool(REDIS_URL)  # noqa: F405
