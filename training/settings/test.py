"""Tests: fast password hashing, in-memory email, immediate tasks."""

import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "tests-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405

# django-axes needs the request in authenticate(), which client.login() does not pass; the throttling test
# turns it back on.
AXES_ENABLED = False

# A serialized_rollback test (transaction=True) starts by restoring the rows the data migrations loaded,
# app by app in INSTALLED_APPS order. Wagtail's workflow Task looks up its content type when it is built, so
# with the content types not yet restored it would create one under a new id and the restored row would then
# collide with it. Content types first, then everything else in its usual order.
INSTALLED_APPS = ["django.contrib.contenttypes"] + [
    app
    for app in INSTALLED_APPS  # noqa: F405
    if app != "django.contrib.contenttypes"
]

# pytest-xdist runs the suite in several processes (gw0, gw1, ...), each with its own test database
# (pytest-django adds the worker's name to it). A Redis cache is shared, so each worker keeps its keys under
# a prefix of its own; PrefixedRedisCache.clear(), run before every test, then empties only that worker's.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if _XDIST_WORKER and "KEY_PREFIX" in CACHES["default"]:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] += f"-{_XDIST_WORKER}"  # noqa: F405

# Links that leave the site (emails, calendar files, badge ids) are made from this address (home/links.py);
# the test client's host, so that a link found in an email can be followed by the same client.
WAGTAILADMIN_BASE_URL = "http://testserver"

# Mutation testing (scripts/mutate.py) forks one test run per mutant: a kept SQLite file, reused with
# --reuse-db, spares running the migrations each time. Unset, the test database is SQLite in memory.
if os.environ.get("TEST_DATABASE_FILE"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_FILE"]}  # noqa: F405
