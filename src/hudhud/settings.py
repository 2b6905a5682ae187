"""The one settings module: every knob is an HUDHUD_* environment variable."""

import os
import secrets
from pathlib import Path
from typing import Any

import environ

env = environ.Env()

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent

#: HUDHUD_VAR_DIR — where the SQLite database, uploads and the generated secret live (./var)
VAR_DIR = Path(env.str("HUDHUD_VAR_DIR", default=str(Path.cwd() / "var"))).resolve()
VAR_DIR.mkdir(parents=True, exist_ok=True)

#: HUDHUD_DEBUG — Django's debug mode; never on a public server (off)
DEBUG = env.bool("HUDHUD_DEBUG", default=False)

#: HUDHUD_HOST / HUDHUD_PORT — the address `hudhud run` listens on (127.0.0.1:8000)
HOST = env.str("HUDHUD_HOST", default="127.0.0.1")
PORT = env.int("HUDHUD_PORT", default=8000)
#: HUDHUD_STREAMING_PORT — the port of the streaming server (server-sent events and
#: WebSocket) that `hudhud run` starts beside the web server (PORT + 1)
STREAMING_PORT = env.int("HUDHUD_STREAMING_PORT", default=PORT + 1)

#: HUDHUD_DOMAIN — the public domain of this server; every URI is built from it (localhost:PORT)
DOMAIN = env.str("HUDHUD_DOMAIN", default=f"localhost:{PORT}")

#: HUDHUD_HTTPS — whether the server is reached through https (on unless DOMAIN is localhost)
HTTPS = env.bool("HUDHUD_HTTPS", default=not DOMAIN.startswith(("localhost", "127.0.0.1")))
BASE_URL = f"{'https' if HTTPS else 'http'}://{DOMAIN}"


#: HUDHUD_WEB_WORKERS — web worker processes of `hudhud run` (one per CPU)
WEB_WORKERS = env.int("HUDHUD_WEB_WORKERS", default=os.cpu_count() or 1)

#: HUDHUD_WEB_THREADS — threads of each web worker (1). Python runs one thread of a process
#: at a time, so a worker's threads only take turns and each keeps a database connection:
#: on 2 cores, 4 clients of the API home timeline, one worker served 65 requests/s at 113 MiB
#: with granian's default of 512 threads, 81 requests/s at 101 MiB with one.
WEB_THREADS = env.int("HUDHUD_WEB_THREADS", default=1)

#: HUDHUD_DEMO — load the demo into an empty database on `hudhud run` (on)
DEMO = env.bool("HUDHUD_DEMO", default=True)

#: HUDHUD_REGISTRATIONS — who may sign up: open, approval (a moderator approves each new
#: account before it may sign in) or closed (open)
REGISTRATIONS = env.str("HUDHUD_REGISTRATIONS", default="open")
if REGISTRATIONS not in ("open", "approval", "closed"):
    raise ValueError("HUDHUD_REGISTRATIONS must be open, approval or closed")

#: HUDHUD_TITLE — the server's name, as apps and other servers show it (هدهد)
INSTANCE_TITLE = env.str("HUDHUD_TITLE", default="هدهد")
#: HUDHUD_DESCRIPTION — a sentence about the server, for apps and server directories
INSTANCE_DESCRIPTION = env.str(
    "HUDHUD_DESCRIPTION",
    default="هدهد شبكة تدوين مصغّر عربية: اكتب وتابع وناقش بلغتك، مع أي تطبيق ماستودون.",
)
#: HUDHUD_RULES — the server's rules, separated by | (a short list in Arabic)
INSTANCE_RULES = [
    rule.strip()
    for rule in env.str(
        "HUDHUD_RULES",
        default="احترم الآخرين: لا شتائم ولا تحرّش ولا خطاب كراهية."
        "|لا رسائل مزعجة ولا إعلانات متكررة."
        "|لا محتوى مخالفًا للقانون."
        "|نبّه إلى المحتوى الحساس بتحذير قبل عرضه."
        "|لا تنتحل شخصية غيرك.",
    ).split("|")
    if rule.strip()
]
#: HUDHUD_CONTACT_EMAIL — where people write to those who run the server (admin@DOMAIN)
CONTACT_EMAIL = env.str("HUDHUD_CONTACT_EMAIL", default=f"admin@{DOMAIN.split(':')[0]}")
#: HUDHUD_CONTACT_USERNAME — the local account that apps name as the server's contact (none)
CONTACT_USERNAME = env.str("HUDHUD_CONTACT_USERNAME", default="")
#: HUDHUD_STREAMING_URL — where apps reach the streaming API (ws://localhost:STREAMING_PORT
#: on localhost; else wss://DOMAIN, whose proxy sends /api/v1/streaming to STREAMING_PORT)
STREAMING_URL = env.str(
    "HUDHUD_STREAMING_URL",
    default=(
        f"ws://{DOMAIN.split(':')[0]}:{STREAMING_PORT}"
        if DOMAIN.startswith(("localhost", "127.0.0.1"))
        else f"wss://{DOMAIN}"
    ),
)
#: HUDHUD_SOURCE_URL — where this server's source code is published, as the AGPL asks (none)
SOURCE_URL = env.str("HUDHUD_SOURCE_URL", default="")


def _secret_key() -> str:
    """Return HUDHUD_SECRET_KEY, or the key generated once and kept under var/."""
    given: str = env.str("HUDHUD_SECRET_KEY", default="")
    if given:
        return given
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


#: HUDHUD_SECRET_KEY — signs sessions and tokens (generated into var/secret_key when unset)
SECRET_KEY = _secret_key()

#: HUDHUD_ALLOWED_HOSTS — extra host names this server answers to, comma-separated
ALLOWED_HOSTS = [
    DOMAIN.split(":")[0],
    "localhost",
    "127.0.0.1",
    "[::1]",
    *env.list("HUDHUD_ALLOWED_HOSTS", default=[]),
]
CSRF_TRUSTED_ORIGINS = [BASE_URL]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Federation: every fetch and delivery goes through hudhud.federation.client, which refuses
# private, loopback, link-local and reserved addresses but for these networks.
#: HUDHUD_FEDERATION_ALLOW_PRIVATE — networks reached anyway, comma-separated (127.0.0.0/8)
FEDERATION_ALLOW_PRIVATE = env.list("HUDHUD_FEDERATION_ALLOW_PRIVATE", default=[])
#: HUDHUD_FEDERATION_ALLOW_HTTP — whether peers are reached over plain http too (development)
FEDERATION_ALLOW_HTTP = env.bool("HUDHUD_FEDERATION_ALLOW_HTTP", default=False)
#: HUDHUD_AUTHORIZED_FETCH — whether other servers must sign their GETs of actors, posts and
#: collections (Mastodon's secure mode; off)
AUTHORIZED_FETCH = env.bool("HUDHUD_AUTHORIZED_FETCH", default=False)
#: HUDHUD_CA_BUNDLE — a file of certificate authorities trusted besides the system's
CA_BUNDLE = env.str("HUDHUD_CA_BUNDLE", default="")
#: HUDHUD_TLS_CERT / HUDHUD_TLS_KEY — PEM files to serve https with, when no TLS proxy is in
#: front of `hudhud run` (unset: plain http)
TLS_CERT = env.str("HUDHUD_TLS_CERT", default="")
TLS_KEY = env.str("HUDHUD_TLS_KEY", default="")

#: HUDHUD_DATABASE_URL — sqlite:///path or postgres://user@host:port/name (SQLite under var/;
#: empty counts as unset)
DATABASE_URL = (
    env.str("HUDHUD_DATABASE_URL", default="") or f"sqlite:///{VAR_DIR / 'hudhud.sqlite3'}"
)
DATABASES = {"default": environ.Env.db_url_config(DATABASE_URL)}
# Connections outlive a request: a new one cost SQLite 2 ms a request (its page cache starts
# cold each time), PostgreSQL its connection and sign-in.
DATABASES["default"]["CONN_MAX_AGE"] = 60
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE takes the write lock at BEGIN, so concurrent writers wait instead of failing
    # with "database is locked"; WAL lets readers run beside the writer.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so that worker processes started by tests share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
else:
    # No health check before each request: it cost the API home timeline a round trip, a
    # tenth of a worker's time. A connection lost (PostgreSQL restarted) fails the request
    # that finds it, and Django replaces it after that request.
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}
# Test databases are named after the process, so that test runs side by side never meet.

#: HUDHUD_REDIS_URL — redis://host:port/db for the cache and the task queue (unset: none)
REDIS_URL = env.str("HUDHUD_REDIS_URL", default="")

#: HUDHUD_TASK_BACKEND — database, rq or immediate (rq when Redis is set, else database)
TASK_BACKEND = env.str("HUDHUD_TASK_BACKEND", default="rq" if REDIS_URL else "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND]}}
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"}}

CACHES: dict[str, dict[str, Any]] = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        # Without Redis each worker keeps its own; 2,000 kept Statuses take about 4 MiB.
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    )
}

# Rate limits as Mastodon sets them, counted in the cache (so shared through Redis when set).
# A rate is COUNT/PERIOD, the period in s, m, h or d with an optional multiple: 300/5m.
#: HUDHUD_RATE_LIMITS — on or off: every rate limit below at once (on)
RATELIMIT_ENABLE = env.bool("HUDHUD_RATE_LIMITS", default=True)
#: HUDHUD_UNSOLICITED_MENTIONS_PER_HOUR — mentions, by one author in an hour, of accounts
#: that do not follow them (replies to someone's post do not count them) (30)
UNSOLICITED_MENTIONS_PER_HOUR = env.int("HUDHUD_UNSOLICITED_MENTIONS_PER_HOUR", default=30)
#: HUDHUD_GIVEAWAY_MIN_SECONDS — the shortest time from a giveaway's start to its draw (300)
GIVEAWAY_MIN_SECONDS = env.int("HUDHUD_GIVEAWAY_MIN_SECONDS", default=300)
#: HUDHUD_JOB_OFFERS_PER_DAY — job offers one organisation may send in a day (20)
JOB_OFFERS_PER_DAY = env.int("HUDHUD_JOB_OFFERS_PER_DAY", default=20)
#: HUDHUD_QUESTIONS_PER_TEN_MINUTES — questions one account may ask in ten minutes (5)
QUESTIONS_PER_TEN_MINUTES = env.int("HUDHUD_QUESTIONS_PER_TEN_MINUTES", default=5)
#: HUDHUD_RATE_LIMIT_TOKEN — API requests of one access token (300/5m)
RATE_LIMIT_TOKEN = env.str("HUDHUD_RATE_LIMIT_TOKEN", default="300/5m")
#: HUDHUD_RATE_LIMIT_ANONYMOUS — API requests without a token, per address (300/5m)
RATE_LIMIT_ANONYMOUS = env.str("HUDHUD_RATE_LIMIT_ANONYMOUS", default="300/5m")
#: HUDHUD_RATE_LIMIT_SIGN_UP — sign-ups (API and web) per address (5/30m)
RATE_LIMIT_SIGN_UP = env.str("HUDHUD_RATE_LIMIT_SIGN_UP", default="5/30m")
#: HUDHUD_RATE_LIMIT_LOGIN — password sign-ins (OAuth password grant and web) per address (25/5m)
RATE_LIMIT_LOGIN = env.str("HUDHUD_RATE_LIMIT_LOGIN", default="25/5m")
#: HUDHUD_RATE_LIMIT_MEDIA — media uploads through the API per account (30/30m)
RATE_LIMIT_MEDIA = env.str("HUDHUD_RATE_LIMIT_MEDIA", default="30/30m")
#: HUDHUD_CLIENT_IP_HEADER — the header a reverse proxy puts the caller's address in, such as
#: X-Forwarded-For (its last entry is taken); unset: the address of the connection
CLIENT_IP_HEADER = env.str("HUDHUD_CLIENT_IP_HEADER", default="")
# Serve rather than refuse everyone when the cache is down.
RATELIMIT_FAIL_OPEN = True

#: HUDHUD_TIME_ZONE — the zone dates are shown in (Asia/Riyadh)
TIME_ZONE = env.str("HUDHUD_TIME_ZONE", default="Asia/Riyadh")
USE_TZ = True
USE_I18N = True
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "hudhud_language"

#: HUDHUD_MAX_UPLOAD_MB — the largest upload accepted, in MiB (16)
MAX_UPLOAD_BYTES = env.int("HUDHUD_MAX_UPLOAD_MB", default=16) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
#: HUDHUD_MAX_IMAGE_PIXELS — the largest image accepted, in pixels (40 megapixels)
MAX_IMAGE_PIXELS = env.int("HUDHUD_MAX_IMAGE_PIXELS", default=40_000_000)

MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise looks there before collectstatic first runs
STATIC_URL = "/static/"
STATICFILES_DIRS = [
    ("fonts", PROJECT_DIR / "node_modules" / "@fontsource" / "ibm-plex-sans-arabic" / "files"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    # Only with Redis: django_rq loads redis and rq, some 15 MiB of every process.
    *(["django_rq"] if TASK_BACKEND == "rq" else []),
    "oauth2_provider",
    "hudhud.accounts",
    "hudhud.posts",
    "hudhud.timelines",
    "hudhud.notifications",
    "hudhud.moderation",
    "hudhud.search",
    "hudhud.api",
    "hudhud.coach",
    "hudhud.community",
    "hudhud.federation",
    "hudhud.streaming",
    "hudhud.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hudhud.api.middleware.TrailingSlashMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hudhud.web.middleware.LanguageMiddleware",
    "hudhud.api.ratelimits.RateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "hudhud.urls"
WSGI_APPLICATION = "hudhud.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["hudhud.accounts.backends.EmailOrUsernameBackend"]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# OAuth 2 as Mastodon clients expect it: an app may use every grant, PKCE is optional (many
# apps send none), tokens last until revoked, and a redirect URI may use an app's own scheme.
OAUTH2_PROVIDER_APPLICATION_MODEL = "api.Application"
OAUTH2_PROVIDER = {
    "SCOPES_BACKEND_CLASS": "hudhud.api.scopes.MastodonScopes",
    "PKCE_REQUIRED": False,
    "ACCESS_TOKEN_EXPIRE_SECONDS": 100 * 365 * 24 * 3600,
    "AUTHORIZATION_CODE_EXPIRE_SECONDS": 600,
    "ROTATE_REFRESH_TOKEN": False,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["http", "https", "urn"],
}
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hudhud.web.context.site",
            ],
        },
    }
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("HUDHUD_LOG_LEVEL", default="WARNING")},
}
