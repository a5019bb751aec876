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

# Mutation testing (scripts/mutate.py) forks one test run per mutant: a kept SQLite file, reused with
# --reuse-db, spares running the migrations each time. Unset, the test database is SQLite in memory.
if os.environ.get("TEST_DATABASE_FILE"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_FILE"]}  # noqa: F405
