"""Settings shared by every environment; deployment values come from os.environ.

Every variable read here is listed with its default in the README table.
"""

import datetime
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cms.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

# --- Applications -----------------------------------------------------------
INSTALLED_APPS = [
    "cms",
    "pages",
    "intranet",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Ends idle, too old and deactivated sessions; then asks for the second
    # factor where it is needed (the admin, accounts that have 2FA on).
    "intranet.security.middleware.SessionLifetimeMiddleware",
    "intranet.security.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: answers locked-out login attempts.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
AUTH_USER_MODEL = "cms.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "intranet.context_processors.intranet",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# docs.djangoproject.com: ref/settings/#databases. No DATABASE_URL: SQLite in
# var/, so a fresh clone works without any service.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60)
        )
    }
else:
    # SQLite refuses to create its file in a missing folder.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            # The server, the task worker and the scheduler write at the same
            # time; WAL and immediate transactions avoid "database is locked".
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sicherimdienst",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Search -----------------------------------------------------------------
# docs.wagtail.org: topics/search/backends. Without ELASTICSEARCH_URL the
# database backend; PostgreSQL analyses text as German. With it, Elasticsearch
# answers and the database index is kept as well: search.backends answers
# from it while Elasticsearch is unreachable and queues the index updates.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "sicherimdienst_")
# One request to a dead server costs one timeout (no retries); afterwards it
# is skipped for ELASTICSEARCH_RETRY_SECONDS.
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 3)
ELASTICSEARCH_RETRY_SECONDS = env_int("ELASTICSEARCH_RETRY_SECONDS", 60)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.Elasticsearch9Backend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            # update_index builds a new index and swaps an alias at the end.
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "german",
        },
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "german",
        }
    }
# Text inside uploaded documents (search/documents.py): larger files are not
# read; the reading child process is killed at the time limit; pages and
# stored characters are capped (the index analyses at most 400,000).
SEARCH_DOCUMENT_MAX_BYTES = 25 * 1024 * 1024
SEARCH_DOCUMENT_TIMEOUT_SECONDS = 30
SEARCH_DOCUMENT_MAX_PAGES = 500
SEARCH_DOCUMENT_MAX_CHARS = 400_000

# --- Background work --------------------------------------------------------
# Wagtail 8 runs its background work through django-tasks; the database
# backend needs no extra service. `manage.py db_worker` executes the queue.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# How often the scheduler (make run) publishes and expires scheduled pages.
SCHEDULER_INTERVAL_SECONDS = env_int("SCHEDULER_INTERVAL_SECONDS", 60)
# Management commands run_scheduler runs once a day (retention periods the
# privacy statement promises).
DAILY_COMMANDS = ["delete_old_form_submissions"]

# --- Authentication ---------------------------------------------------------
# django-axes first: it refuses attempts on locked accounts and addresses.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# No composition rules (NIST SP 800-63B, BSI): length, a list of common
# passwords, and no words an attacker guesses first (network, own name).
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["email", "first_name", "last_name"]},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "intranet.security.validators.ContextWordsValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# One login for site and admin: it asks for the second factor. Wagtail's own
# /admin/login/ still works; the 2FA middleware stops it at the admin's door.
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
# One password reset (accounts), which also lifts a lockout; the admin's own
# reset pages are switched off.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# The group whose members may see the intranet (a Wagtail view restriction).
MEMBERS_GROUP_NAME = "Mitglieder"

# --- Login lockout ----------------------------------------------------------
# django-axes.readthedocs.io: configuration. Failures count per account and
# per address (either one locks); a lockout ends by itself after the
# cool-off or when the password is reset (intranet/security/lockout.py).
AXES_HANDLER = "intranet.security.lockout.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Per account; per address see LOGIN_FAILURE_LIMIT_PER_ADDRESS.
AXES_FAILURE_LIMIT = 5
# Many colleagues of one city hall share one address to the internet: the
# address gets a higher limit than one account, so nobody locks a town out.
LOGIN_FAILURE_LIMIT_PER_ADDRESS = env_int("LOGIN_FAILURE_LIMIT_PER_ADDRESS", 20)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# Attempts during a lockout do not extend it: an attacker cannot keep an
# account locked beyond the cool-off by trying on.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Login forms (ours and Wagtail's) post the e-mail address as "username";
# the callable lower-cases it, as the login ignores case.
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "intranet.security.lockout.username_from"
AXES_CLIENT_IP_CALLABLE = "intranet.security.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "intranet.security.views.locked_out"
# No login history in the database (data minimisation); failures are kept
# for the cool-off only.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False

# --- Two-factor authentication ----------------------------------------------
# django-otp.readthedocs.io: settings. Wrong codes slow further attempts
# down exponentially (1 s, 2 s, 4 s, ...) per device.
OTP_TOTP_ISSUER = "sicherimDienst"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Seconds between the correct password and the code of the second step.
LOGIN_VERIFY_TIMEOUT_SECONDS = 300

# --- Sessions ---------------------------------------------------------------
# intranet/security/middleware.py ends a session after inactivity and after
# an absolute lifetime, whichever comes first.
SESSION_IDLE_TIMEOUT_SECONDS = env_int("SESSION_IDLE_TIMEOUT_SECONDS", 30 * 60)
SESSION_ABSOLUTE_LIFETIME_SECONDS = env_int("SESSION_ABSOLUTE_LIFETIME_SECONDS", 12 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_LIFETIME_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Languages --------------------------------------------------------------
# German is the default and lives at /, English under /en/.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Member photos and other files only permission-checked views may serve.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail -----------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "#sicherimDienst <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Membership -------------------------------------------------------------
# The coordination office: told of every join request, and the reply-to of
# the mails to applicants. Empty: no notification is sent.
JOIN_REQUEST_NOTIFY_EMAILS = env_list("JOIN_REQUEST_NOTIFY_EMAILS", default=[])
# Days an invitation link to the intranet stays valid (intranet/accounts).
INVITATION_VALID_DAYS = env_int("INVITATION_VALID_DAYS", 14)

# --- Rate limits ---------------------------------------------------------------
# django-ratelimit.readthedocs.io: security. Behind a reverse proxy the
# visitor's address is in a header the proxy sets (e.g. HTTP_X_REAL_IP);
# without it every visitor would share the proxy's address and one limit.
RATELIMIT_IP_META_KEY = env_str("RATELIMIT_IP_META_KEY", default="REMOTE_ADDR")

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "#sicherimDienst"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# mp4 and webm: self-hosted videos (VideoBlock); vtt: their captions.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_EXTENSIONS += ["mp4", "webm", "vtt"]
# A few minutes of sign-language video in 1080p are 100-300 MB; the web
# server in front needs the same limit (nginx: client_max_body_size).
WAGTAILDOCS_MAX_UPLOAD_SIZE = 500 * 1024 * 1024
# Played in the page, not offered as a download.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "video/mp4", "video/webm", "text/vtt"]
# Intranet documents must not be served straight from the media folder.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
# Requires an alternative text unless the image is marked decorative.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.CustomImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Logging ----------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Wagtail logs every page action at INFO; the audit log in the admin
    # keeps them anyway, so the console shows warnings only.
    "loggers": {
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        # One line per task state change drowns everything else.
        "django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")},
        # Failed logins and lockouts are warnings; successes would be noise.
        "axes": {"level": "WARNING"},
    },
}
