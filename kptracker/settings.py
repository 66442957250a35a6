"""Settings for KP Reform Tracker: one module, configured from the environment.

A fresh checkout runs with no configuration (SQLite, Celery tasks run
in-process). ``DJANGO_ENV=production`` switches on the deployment checks and
refuses to start without a secret key or with DEBUG on.
"""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from common.env import (
    code_changed_ns,
    code_stamp,
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_ports,
    env_rate,
    env_site_url,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("KP_VAR_DIR", str(BASE_DIR / "var")))

ENVIRONMENT = env_str("DJANGO_ENV", "development")
if ENVIRONMENT not in {"development", "production", "test"}:
    raise ImproperlyConfigured(f"DJANGO_ENV={ENVIRONMENT!r}: use development, production or test.")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DJANGO_DEBUG", default=not PRODUCTION and ENVIRONMENT != "test")
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if PRODUCTION:
    if not SECRET_KEY or len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("Production needs DJANGO_SECRET_KEY (or DJANGO_SECRET_KEY_FILE), 50+ characters.")
    if DEBUG:
        raise ImproperlyConfigured("DJANGO_DEBUG must be off in production.")
elif not SECRET_KEY:
    SECRET_KEY = "development-only-insecure-key-never-use-in-production-0123456789"  # noqa: S105 (dev only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "accounts.apps.KPAdminConfig",  # django.contrib.admin with the site in accounts/admin_site.py
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "simple_history",
    "import_export",
    "concurrency",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "kptracker",
    "common",
    "accounts",
    "plenaries",
    "reforms",
    "statements",
    "tracker",
    "alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "common.middleware.ContentSecurityPolicy",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "common.middleware.LanguageRedirectsStayPrivate",  # outside LocaleMiddleware, to see its redirects
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
]

ROOT_URLCONF = "kptracker.urls"
WSGI_APPLICATION = "kptracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "tracker.context_processors.dashboard",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL (psycopg 3) when DATABASE_URL says so.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT spends ~0.5 s compiling the stall-status query (many small subplans)
    # and wins nothing back on queries this size.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: broker and cache when REDIS_URL is set; otherwise everything in-process.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rendered public pages, kept in each process: the data version (in "default") says which are
# current, and a 2 MB timeline is not fetched from Redis for every visitor. See common/cache.py.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kp-pages",
    "OPTIONS": {"MAX_ENTRIES": env_int("KP_PAGE_CACHE_ENTRIES", 64, minimum=1)},
}
KP_PAGE_CACHE_SECONDS = env_int("KP_PAGE_CACHE_SECONDS", 15 * 60, minimum=0)
# What browsers, proxies and CDNs may do with public pages: reuse them for
# KP_PUBLIC_MAX_AGE seconds, then serve them stale for KP_PUBLIC_STALE_SECONDS while they revalidate.
KP_PUBLIC_MAX_AGE = env_int("KP_PUBLIC_MAX_AGE", 60, minimum=0)
KP_PUBLIC_STALE_SECONDS = env_int("KP_PUBLIC_STALE_SECONDS", 600, minimum=0)
# Part of every ETag, so a deployment with new templates never answers 304 for an old page.
_CODE_CHANGED_NS = code_changed_ns(BASE_DIR)
KP_RELEASE = env_str("KP_RELEASE") or code_stamp(_CODE_CHANGED_NS)
# Last-Modified is never earlier than this release: its pages are new even if the data is not.
KP_RELEASED_AT = datetime.fromtimestamp(_CODE_CHANGED_NS / 1e9, tz=UTC) if _CODE_CHANGED_NS else None
# How long a process trusts its copy of the data version. Redis is shared by every process, so forever;
# a process-local cache must look at the database now and then to see other processes' writes.
KP_DATA_VERSION_SECONDS = None if REDIS_URL else 2

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
# Without a broker, tasks run in the calling process so a fresh checkout needs no services.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
# Every task has a soft time limit (the task is interrupted and a document is marked failed) and a
# hard one (the worker process is killed). Only the prefork pool enforces them, not -P solo or eager.
KP_TASK_SOFT_TIME_LIMIT = env_int("KP_TASK_SOFT_TIME_LIMIT", 120, minimum=1)
KP_TASK_TIME_LIMIT = env_int("KP_TASK_TIME_LIMIT", 150, minimum=1)
if not KP_TASK_SOFT_TIME_LIMIT < KP_TASK_TIME_LIMIT:
    raise ImproperlyConfigured("KP_TASK_SOFT_TIME_LIMIT must be above 0 and below KP_TASK_TIME_LIMIT.")
CELERY_TASK_SOFT_TIME_LIMIT, CELERY_TASK_TIME_LIMIT = KP_TASK_SOFT_TIME_LIMIT, KP_TASK_TIME_LIMIT
# A passing database or broker error is tried again after about 5 s, 10 s, 20 s… (at most
# KP_TASK_RETRY_MAX_SECONDS apart), KP_TASK_MAX_RETRIES times; then the stale sweep takes over.
KP_TASK_RETRY_SECONDS = env_int("KP_TASK_RETRY_SECONDS", 5, minimum=1)
KP_TASK_RETRY_MAX_SECONDS = env_int("KP_TASK_RETRY_MAX_SECONDS", 600, minimum=1)
KP_TASK_MAX_RETRIES = env_int("KP_TASK_MAX_RETRIES", 8, minimum=0)
# Redis hands an unacknowledged task (acks_late) to another worker after this long, so it must
# outlast the longest task and the longest retry delay, or a document is read twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
if max(KP_TASK_TIME_LIMIT, KP_TASK_RETRY_MAX_SECONDS) >= CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]:
    raise ImproperlyConfigured("KP_TASK_TIME_LIMIT and KP_TASK_RETRY_MAX_SECONDS must stay under an hour.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("Français"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
MEDIA_ROOT = Path(env_str("KP_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

LOGIN_URL = "admin:login"

# django-import-export lets anyone with admin access import unless told otherwise.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# --- Security: strict in production, relaxed only where local HTTP needs it.
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=PRODUCTION)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if PRODUCTION else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
# Behind a TLS-terminating proxy (nginx, a PaaS router) the request looks like HTTP.
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# /healthz is polled over plain HTTP by the container health check.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- Sign-in (issue #11). django-axes counts failed passwords per account and per client address,
# each on its own; the address is the one the API's throttles see (common/client_ip.py, KP_API_NUM_PROXIES).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("KP_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("KP_LOGIN_LOCKOUT_MINUTES", 60, minimum=1))
# The per-account count goes by username alone: anyone who knows an editor's username can lock them
# out for the cool-off. Accepted because issue #11 asks for per-account limits and
# production requires two-factor sign-in; to lock only the username tried from one address (and each
# address on its own), use [["username", "ip_address"], "ip_address"].
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "common.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.admin_site.locked_out"
AXES_RESET_ON_SUCCESS = True
# A lock ends KP_LOGIN_LOCKOUT_MINUTES after the failure that set it, however often someone keeps trying.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
AXES_VERBOSE = False  # no banner on every manage.py command; lockouts are still logged
# Two-factor sign-in (django-otp, TOTP): any staff member may turn it on; with this setting the
# Editors and superusers must (accounts/selectors.py). On in production unless set to 0.
KP_REQUIRE_2FA_FOR_EDITORS = env_bool("KP_REQUIRE_2FA_FOR_EDITORS", default=PRODUCTION)
OTP_TOTP_ISSUER = "KP Reform Tracker"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # the devices' admin never shows another person's key

# Content-Security-Policy (django-csp) on every page. Public pages load only this site's files:
# no inline script or style anywhere. blob: is the timeline's PNG download drawing its SVG.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    }
}
# Added under /admin/ and to the browsable API (common/middleware.py): their third-party templates
# (Django's change list, django-import-export, django-simple-history, DRF) carry style attributes and
# <style>; scripts stay files, but for the one inline handler of import-export's export page, by its hash.
KP_CSP_ADMIN = {
    "style-src": [UNSAFE_INLINE],
    # the hash of onSelectToggleChange(event)
    "script-src": [UNSAFE_HASHES, "'sha256-wid4zL8fR53ZYy1ljOepzR77Dn6vWUUxuNnnWWBP3I8='"],
}
# Added on /api/docs/ (tracker/api/urls.py): Swagger UI's stylesheet draws its icons from data: URLs.
KP_CSP_API_DOCS = {"img-src": ["data:"]}

# --- Domain settings.
# Where readers send corrections: an e-mail address or a web address (shown on /methodology/);
# `check --deploy` warns while it is unset (tracker/checks.py).
KP_CORRECTIONS_CONTACT = env_str("KP_CORRECTIONS_CONTACT", "")
# How many consecutive plenaries without a decision make a reform "stalled".
KP_STALL_THRESHOLD = env_int("KP_STALL_THRESHOLD", 2, minimum=1)
# The home page points to the next plenary's briefing from this many weeks before it opens.
KP_BRIEFING_WEEKS = env_int("KP_BRIEFING_WEEKS", 8, minimum=0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}

# --- Partner API (/api/v1/, issue #4): anonymous reads throttled per IP, partner tokens per account.
KP_API_MAX_PAGE_SIZE = env_int("KP_API_MAX_PAGE_SIZE", 500, minimum=1)
# Rendered JSON is cached per URL and dataset version (any edit invalidates); entries expire anyway after this.
KP_API_CACHE_SECONDS = env_int("KP_API_CACHE_SECONDS", 300, minimum=0)
KP_API_ANON_RATE = env_rate("KP_API_ANON_RATE", "60/minute")
KP_API_PARTNER_RATE = env_rate("KP_API_PARTNER_RATE", "1000/minute")
REST_FRAMEWORK = {
    # Token first, so an anonymous write is a 401 with WWW-Authenticate; sessions serve staff in the browser.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        # DRF's SessionAuthentication, refusing a session that still owes its second factor.
        "accounts.authentication.VerifiedSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["common.api.permissions.EditorsWrite"],
    # Bodies are JSON only, so OPTIONS (`parses`) says what writes take; a form or multipart body is a 415.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "common.api.renderers.CSVRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PAGINATION_CLASS": "common.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["common.api.filters.KPFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": [
        "common.api.throttles.AnonymousThrottle",
        "common.api.throttles.PartnerThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": KP_API_ANON_RATE, "partner": KP_API_PARTNER_RATE},
    # Client IP for throttling: REMOTE_ADDR unless proxies in front add X-Forwarded-For (then how many).
    "NUM_PROXIES": env_int("KP_API_NUM_PROXIES", 1 if env_bool("DJANGO_BEHIND_PROXY", default=False) else 0, minimum=0),
    "EXCEPTION_HANDLER": "common.api.exceptions.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "KP Reform Tracker API",
    "DESCRIPTION": (
        "Open data on the Kimberley Process's reforms: meetings, participants, reform proposals and their "
        "status, what each meeting decided, who stood where, and civil society's statements.\n\n"
        "* **Anonymous** reads: 60 requests/minute per IP. **Partners** send `Authorization: Token <key>` "
        "(keys are issued by the tracker's staff) for 1000/minute. Over the limit: `429` with `Retry-After`.\n"
        "* Lists are paginated (`page`, `page_size` up to 500), filterable, and sortable with `ordering`; "
        "`updated_since` on every list fetches only what changed. Every parameter is checked as declared here: "
        "a bad one is a `400` naming it, a key that names no record a `404` naming it.\n"
        "* `?format=csv` on any list streams **every** matching record as CSV; `/api/v1/datapackage.zip` is the "
        "whole dataset as a Frictionless Data Package.\n"
        "* `ETag`/`Last-Modified` on every GET: send them back to get `304 Not Modified`.\n"
        "* v1 is stable: fields may be added, never renamed or removed.\n\n"
        'Data licence: CC-BY-4.0, credit "KP Reform Tracker".'
    ),
    "VERSION": "1.0.0",
    "LICENSE": {"name": "Data: CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Interactive docs load their assets from drf-spectacular-sidecar's static files, never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No badge from validator.swagger.io: the docs page talks to this site only (and its CSP says so).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "ENUM_NAME_OVERRIDES": {
        "ParticipantKindEnum": "plenaries.models.ParticipantKind",
        "PlenaryKindEnum": "plenaries.models.PlenaryKind",
        "OrganisationKindEnum": "plenaries.models.OrganisationKind",
        "StatusEventKindEnum": "plenaries.models.StatusEventKind",
        "DecisionEnum": "reforms.models.Decision",
        "StanceEnum": "reforms.models.Stance",
        "ConfidenceEnum": "reforms.models.Confidence",
        "ReformStatusEnum": "reforms.choices.ReformStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "common.api.schema.csv_content_hook",
        "common.api.schema.error_responses_hook",
    ],
}
# Read-only cross-origin access for browser apps: GET/HEAD/OPTIONS on /api/ only, no cookies.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Content-Disposition"]

# --- Ingestion of statements (statements/fetching.py, statements/tasks.py).
KP_INGEST_TIMEOUT = env_int("KP_INGEST_TIMEOUT", 20, minimum=1)  # seconds, connect and each read
# Seconds for a whole fetch: connecting, every redirect and the body. Below the task's soft limit.
KP_INGEST_DEADLINE = env_int("KP_INGEST_DEADLINE", 60, minimum=1)
if not KP_INGEST_DEADLINE < KP_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured("KP_INGEST_DEADLINE must be above 0 and below KP_TASK_SOFT_TIME_LIMIT.")
KP_INGEST_MAX_BYTES = env_int("KP_INGEST_MAX_BYTES", 15 * 1024 * 1024, minimum=1)
# Admin uploads: each file up to KP_INGEST_MAX_BYTES, all the files of one upload up to
# KP_UPLOAD_MAX_BYTES. Keep it below nginx's client_max_body_size (deploy/nginx/), so that the
# form answers with a message before the proxy answers 413. Django keeps a file in memory up to
# FILE_UPLOAD_MAX_MEMORY_SIZE, then spools it to a temporary file; the other fields of a request
# may take DATA_UPLOAD_MAX_MEMORY_SIZE (Django's defaults, stated here).
KP_UPLOAD_MAX_BYTES = env_int("KP_UPLOAD_MAX_BYTES", 50 * 1024 * 1024, minimum=1)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 100
KP_INGEST_MAX_REDIRECTS = env_int("KP_INGEST_MAX_REDIRECTS", 5, minimum=0)
KP_INGEST_MAX_FEED_ITEMS = env_int("KP_INGEST_MAX_FEED_ITEMS", 1000, minimum=1)  # per fetch; the rest come next time
# Only global addresses on ports 80 and 443 are fetched (SSRF), plus the networks and ports listed
# here (a feed on an intranet). KP_INGEST_ALLOW_PRIVATE lifts both checks: tests and development only.
KP_INGEST_ALLOW_PRIVATE = env_bool("KP_INGEST_ALLOW_PRIVATE", default=False)
KP_INGEST_ALLOWED_NETWORKS = env_networks("KP_INGEST_ALLOWED_NETWORKS")
KP_INGEST_ALLOWED_PORTS = env_ports("KP_INGEST_ALLOWED_PORTS")
KP_INGEST_USER_AGENT = env_str("KP_INGEST_USER_AGENT", "KPReformTracker/1.0")
KP_INGEST_MAX_BACKOFF_MINUTES = env_int("KP_INGEST_MAX_BACKOFF_MINUTES", 30 * 24 * 60, minimum=1)
# A document queued or claimed this long ago without finishing is queued again: its worker died.
# Longer than the hard time limit, so a document still being read is never read a second time.
KP_INGEST_STALE_SECONDS = env_int("KP_INGEST_STALE_SECONDS", KP_TASK_TIME_LIMIT + 120, minimum=1)
if KP_INGEST_STALE_SECONDS <= KP_TASK_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"KP_INGEST_STALE_SECONDS={KP_INGEST_STALE_SECONDS} must be longer than"
        f" KP_TASK_TIME_LIMIT={KP_TASK_TIME_LIMIT}: the sweep would read documents still being read."
    )
CELERY_TASK_DEFAULT_QUEUE = env_str("KP_CELERY_QUEUE", "celery")

# --- Mail (issue #12): the console in development, SMTP configured from the environment in production.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
if PRODUCTION and EMAIL_BACKEND.endswith("smtp.EmailBackend") and not env_str("EMAIL_HOST"):
    raise ImproperlyConfigured("Production sends alert mails by SMTP: set EMAIL_HOST (or DJANGO_EMAIL_BACKEND).")
EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1, maximum=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")  # or EMAIL_HOST_PASSWORD_FILE
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=EMAIL_PORT == 587)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=EMAIL_PORT == 465)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS (STARTTLS, port 587) and EMAIL_USE_SSL (port 465): set one, not both.")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "KP Reform Tracker <alerts@localhost>")
# Where the links in messages point: the site as readers reach it.
# In production the first allowed host stands in when it is one host ("kptracker.org", not ".kptracker.org").
KP_SITE_URL = env_site_url(
    "KP_SITE_URL", f"https://{ALLOWED_HOSTS[0]}" if PRODUCTION and ALLOWED_HOSTS else "http://127.0.0.1:8000"
)
# --- Alerts: how long a confirmation link works, the daily send's hour (UTC), the rate limits.
KP_ALERTS_CONFIRM_HOURS = env_int("KP_ALERTS_CONFIRM_HOURS", 48, minimum=1)
KP_ALERTS_SEND_HOUR = env_int("KP_ALERTS_SEND_HOUR", 6, minimum=0, maximum=23)
KP_ALERTS_CLIENT_RATE = env_rate("KP_ALERTS_CLIENT_RATE", "20/hour")  # requests for alerts per client address
KP_ALERTS_ADDRESS_RATE = env_rate("KP_ALERTS_ADDRESS_RATE", "3/day")  # confirmation mails per e-mail address
CELERY_BEAT_SCHEDULE = {
    "poll-due-sources": {"task": "statements.tasks.poll_due_sources", "schedule": 60.0},
    "requeue-stale-documents": {"task": "statements.tasks.requeue_stale_documents", "schedule": 60.0},
    # Once a day: at most one alert a day goes to an address (alerts/tasks.py).
    "send-alert-digests": {
        "task": "alerts.tasks.send_alert_digests",
        "schedule": crontab(minute=0, hour=KP_ALERTS_SEND_HOUR),
    },
}
