"""Local development: works with no environment at all (SQLite, console email)."""

import os

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo is what a development site shows (make demo); say so on its pages unless DEMO_CONTENT=0.
DEMO_CONTENT = os.environ.get("DEMO_CONTENT", "1") == "1"
