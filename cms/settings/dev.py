"""Development: DEBUG on, mail to the console; honours the same variables."""

from cms.env import env_bool, env_str

from .base import *

DEBUG = env_bool("DEBUG", default=True)
# A fixed key is fine for local work only; production.py refuses to start
# without SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
