"""Settings shared by every environment.

Nothing secret and nothing environment-specific lives here: `dev`, `test` and `production` add that.
The database comes from `DATABASE_URL` when it is set (PostgreSQL in production) and is SQLite otherwise.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "training",
    "accounts",
    "municipalities",
    "events",
    "assessments",
    "certificates",
    "rosters",
    "participation",
    "evaluations",
    "supplements",
    "pairs",
    "search",
    "discussions",
    "api",
    "xapi",
    "home",
    "courses",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Whole pages for anonymous visitors from the cache: after LocaleMiddleware, whose language is part of the key,
    # and before everything that could add a cookie or read the user (home/page_cache.py).
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.LearnersStayOutOfAdminMiddleware",
    "accounts.middleware.AdminInPersonsLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # After the language, user, messages and security headers: its 400 page is like every other page.
    "home.middleware.RejectControlCharactersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "training.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "municipalities.navigation.nav",
            ],
        },
    },
]

WSGI_APPLICATION = "training.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # PostgreSQL's default random_page_cost (4) prices an index lookup for spinning disks. With the data on SSD
    # or in memory, 1.1 is the usual setting, and it changes the dashboards' plans: "the people of this
    # municipality in this term" is then looked up by key from the role rows instead of by reading every
    # account ever made (four terms of history: the dashboard's five dear queries 370 -> 144 ms,
    # docs/benchmarks.md). PG_RANDOM_PAGE_COST overrides it, e.g. where the server's own setting should rule.
    _page_cost = os.environ.get("PG_RANDOM_PAGE_COST", "1.1")
    if _page_cost:
        _options = DATABASES["default"].setdefault("OPTIONS", {})
        _options["options"] = f"{_options.get('options', '')} -c random_page_cost={float(_page_cost)}".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, so that several app servers share one cache (and the session
# store behind it); a per-process memory cache otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "training.cache.PrefixedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "training"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages for anonymous visitors and rendered lesson bodies from the cache (home/page_cache.py). An edit
# replaces a token in the cache that every process must see at once, so several processes need the shared
# Redis cache: production turns this off without REDIS_URL (one gunicorn worker could not tell the others).
PAGE_CACHE = True
# Sessions are read from the cache and written through to the database: no session query per request,
# and nothing lost when the cache is flushed.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins after repeated failures before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection: 5 failed logins for one email from one address lock that pair for an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Both login forms (ours and the Wagtail admin's) post the email address in a field named "username".
AXES_USERNAME_FORM_FIELD = "username"
# Counted per account, not per spelling: login ignores the case of the address, so the lockout must too.
AXES_USERNAME_CALLABLE = "accounts.lockout.lockout_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_IPWARE_PROXY_COUNT", "0"))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "courses:my_learning"
LOGOUT_REDIRECT_URL = "/"

# Finnish first; Swedish and English for bilingual and Swedish-speaking municipalities.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

# Course content is translated in Wagtail (wagtail-localize); each language has its own page tree under
# /sv/ and /en/, Finnish at the root. Progress is shared across translations (courses/translation.py).
WAGTAIL_I18N_ENABLED = True
# No avatars from gravatar.com in the admin: a request to a third party for every trainer's e-mail hash is a
# personal-data transfer the privacy notice does not cover (issue 18). Wagtail shows its default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No autosave: on a new page Wagtail's autosave creates the page as a draft after the first keystroke, and
# wagtail-localize then makes its aliases in every language, so a trainer who abandons a new lesson leaves stray
# drafts and aliases behind (issue 18). Trainers save with "Save draft"; the editor still warns about unsaved
# changes on leaving.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_CONTENT_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Media on S3-compatible object storage (django-storages) when a bucket is configured, so that app
# servers keep no files of their own.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (emails). Production runs the database backend and its worker; dev and tests run
# tasks immediately.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Roster import (rosters/): invitation links work once and expire after this many days. Imported roles are
# recorded for the current council term, which municipalities.terms computes from today's date.
ROSTER_INVITATION_DAYS = int(os.environ.get("ROSTER_INVITATION_DAYS", "14"))
# Nobody gets a second reminder about the same course within this many days, whoever sends it.
ROSTER_REMINDER_PAUSE_DAYS = int(os.environ.get("ROSTER_REMINDER_PAUSE_DAYS", "7"))

# A site that runs the demo (`manage.py load_demo`): the header and the network page then say that its member
# municipalities, people and dates of joining are illustrative. Off unless DEMO_CONTENT=1; on in dev.
DEMO_CONTENT = os.environ.get("DEMO_CONTENT", "") == "1"

WAGTAIL_SITE_NAME = "USO-perehdytys"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL each page is indexed and each query read with its language's text
# search configuration (search/backend.py), elsewhere Wagtail's own database backend as it is.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIGS": {"fi": "finnish", "sv": "swedish", "en": "english"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No SVG (it can carry scripts) and no HTML among uploads; sizes capped so one upload cannot fill the disk.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Turns Pillow's decompression-bomb error into a form error (home/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.ImageForm"
WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail's responsive embed wrapper uses an inline style, which the Content-Security-Policy forbids;
# templates/blocks/video.html and the stylesheet keep videos 16:9 instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# Content-Security-Policy for the public site: no inline scripts or styles, nothing loaded from elsewhere
# except video players. The Wagtail admin is excluded: it is used only by trainers and needs inline code.
CSP_EXTRA_IMG_SRC = [host for host in os.environ.get("CSP_EXTRA_IMG_SRC", "").split(",") if host]
CONTENT_SECURITY_POLICY = {
    # The API's documentation page (Redoc) styles itself inline; it shows no user content.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/api/v1/docs/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_EXTRA_IMG_SRC],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# The small-group rule: figures of fewer than this many people are never shown where they could single someone
# out (the network overview, event feedback). Read by participation/small_groups.py and events/selectors.py.
SMALL_GROUP_LIMIT = 5

# Personal data of people whose council term ended this long ago is anonymised by `apply_retention`
# (the privacy description states the period).
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", str(365)))
# One retention run erases at most this share of the active people unless the operator repeats the exact
# count (`apply_retention --confirm-count N`): a wrong clock or a missing council term cannot empty the service.
RETENTION_MAX_SHARE_PERCENT = int(os.environ.get("RETENTION_MAX_SHARE_PERCENT", "10"))

# Dietary and accessibility notes given at event registration (possibly health data) are cleared this many days
# after the event ends, by `clear_event_needs` (run daily); the privacy notice states the period.
EVENT_NEEDS_RETENTION_DAYS = int(os.environ.get("EVENT_NEEDS_RETENTION_DAYS", "30"))

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "USO-perehdytys <noreply@example.fi>")

# WhiteNoise also serves files straight from the apps' static folders when collectstatic has not run
# (development and tests); production serves the collected, compressed and hashed files.
WHITENOISE_USE_FINDERS = True

# Discussions (discussions/services.py): posts per person, against floods.
DISCUSSION_POSTS_PER_MINUTE = 5
DISCUSSION_POSTS_PER_HOUR = 40
# The reporting API (api/, docs/integrations.md): read-only, by API key only; its views set their own
# authentication and permissions, because Wagtail's admin API uses REST framework's defaults with the session.
# Rates are counted in the cache (Redis in production, shared by every app server).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {
        "api_key": os.environ.get("API_RATE_PER_KEY", "1200/hour"),
        "api_anon": os.environ.get("API_RATE_WITHOUT_KEY", "60/hour"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "USO-perehdytys reporting API",
    "DESCRIPTION": "Read-only participation figures and participant lists, by API key (docs/integrations.md).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and its docs page are public: they describe the API, not anyone's data.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "REDOC_DIST": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.only_this_api"],
}

# Learning records to a Learning Record Store (xapi/, docs/integrations.md): off unless XAPI_LRS_URL is set,
# e.g. https://lrs.example.fi/xAPI (the address before /statements).
XAPI_LRS_URL = os.environ.get("XAPI_LRS_URL", "")
XAPI_LRS_USERNAME = os.environ.get("XAPI_LRS_USERNAME", "")
XAPI_LRS_PASSWORD = os.environ.get("XAPI_LRS_PASSWORD", "")
# "account" (the person's id on this service) or "mbox" (their e-mail address, only if the LRS needs it).
XAPI_ACTOR_IDENTIFIER = os.environ.get("XAPI_ACTOR_IDENTIFIER", "account")
XAPI_BATCH_SIZE = int(os.environ.get("XAPI_BATCH_SIZE", "100"))
XAPI_TIMEOUT_SECONDS = int(os.environ.get("XAPI_TIMEOUT_SECONDS", "10"))
