"""Production: refuses to start without a secret key and allowed hosts."""

from cms.env import env_bool, env_int, env_list, env_required

from .base import *

DEBUG = False
SECRET_KEY = env_required(
    "SECRET_KEY", "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    env_required("ALLOWED_HOSTS", "A comma-separated list of host names, e.g. example.org.")
if "*" in ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("ALLOWED_HOSTS must name the hosts; '*' is not accepted.")

# --- HTTPS and cookies ------------------------------------------------------
# docs.djangoproject.com: howto/deployment/checklist
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# The site is served over HTTPS only; preloading makes browsers never try
# plain HTTP. SECURE_HSTS_PRELOAD=false opts out (check --deploy warns then).
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Static files -----------------------------------------------------------
# WhiteNoise serves the collected, hashed files; development uses runserver.
MIDDLEWARE = [
    *MIDDLEWARE[:1],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
