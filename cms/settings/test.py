"""Tests: only speeds things up; never removes a middleware or a check."""

import atexit
import shutil
import tempfile

from .base import *

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tasks run at once, inside the request or command that enqueued them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Test runs never touch the index of a development or production site.
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "test_" + SEARCH_INDEX_PREFIX
# Files written by tests (images, documents, member photos) go to throwaway
# folders, one per process, not var/media and var/private: parallel test
# workers (pytest-xdist) must not share them.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sicherimdienst-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sicherimdienst-test-private-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
atexit.register(shutil.rmtree, PRIVATE_MEDIA_ROOT, ignore_errors=True)
