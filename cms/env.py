"""Typed readers for environment variables; only the settings modules call them.

Usage::

    DEBUG = env_bool("DEBUG", default=False)
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=[])
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_required(name, hint=""):
    """Return the variable or refuse to start, naming what is missing."""
    value = os.environ.get(name, "").strip()
    if not value:
        message = f"The environment variable {name} must be set in production."
        raise ImproperlyConfigured(f"{message} {hint}".strip())
    return value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    value = value.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    """A comma-separated list; blanks are dropped."""
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
