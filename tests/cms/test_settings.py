"""Settings come from the environment; production refuses to start half-configured.

Each test starts a fresh Python process, because settings are read once at
start-up.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VARIABLES = [
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "DEBUG",
]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 60 + "-production-test-key-with-enough-entropy-1234567890",
    "ALLOWED_HOSTS": "sicherimdienst.example",
    "DATABASE_URL": "postgresql://cms@127.0.0.1:5432/cms",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}

SHOW_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "search_urls": settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS"),
    "cache": settings.CACHES["default"]["BACKEND"],
    "debug": settings.DEBUG,
    "language": settings.LANGUAGE_CODE,
}))
"""


def run(args, env=None, settings_module=None):
    clean = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    clean.update(env or {})
    if settings_module:
        clean["DJANGO_SETTINGS_MODULE"] = settings_module
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def show_settings(env=None, settings_module="cms.settings.dev"):
    result = run(["-c", SHOW_SETTINGS], env=env, settings_module=settings_module)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_variables_means_sqlite_in_var_and_database_search(tmp_path):
    shown = show_settings({"VAR_DIR": str(tmp_path)})
    assert shown["engine"] == "django.db.backends.sqlite3"
    assert shown["name"] == str(tmp_path / "db.sqlite3")
    assert shown["search"] == "wagtail.search.backends.database"
    assert shown["language"] == "de"
    assert shown["debug"] is True


def test_database_url_selects_postgresql():
    shown = show_settings({"DATABASE_URL": "postgresql://cms@127.0.0.1:54329/cms"})
    assert shown["engine"] == "django.db.backends.postgresql"
    assert shown["name"] == "cms"


def test_elasticsearch_url_selects_elasticsearch_backend():
    shown = show_settings({"ELASTICSEARCH_URL": "http://127.0.0.1:9200"})
    # The project's subclass of Wagtail's Elasticsearch 9 backend (German
    # index analysis, queued updates); the database index is kept beside it.
    assert shown["search"] == "search.backends.Elasticsearch9Backend"
    assert shown["search_urls"] == ["http://127.0.0.1:9200"]


def test_redis_url_selects_redis_cache():
    shown = show_settings({"REDIS_URL": "redis://127.0.0.1:63799/0"})
    assert shown["cache"] == "django.core.cache.backends.redis.RedisCache"


def test_manage_py_uses_development_settings_by_default(tmp_path):
    result = run(["manage.py", "diffsettings", "--all"], env={"VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "SETTINGS_MODULE = 'cms.settings.dev'" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = run(["manage.py", "check"], env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


def test_production_refuses_wildcard_host():
    result = run(["manage.py", "check"], env={**PRODUCTION, "ALLOWED_HOSTS": "*"})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_deploy_check():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env=PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_invalid_boolean_gives_clear_error():
    result = run(["manage.py", "check"], env={"DEBUG": "vielleicht"})
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr
