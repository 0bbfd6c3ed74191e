"""Shared fixtures: a site tree per language, users, logged-in clients."""

import datetime
import os

import pytest
from django.core.cache import cache

from tests import factories
from tests.clients import Client
from tests.fixture_texts import ENGLISH


def pytest_collection_modifyitems(config, items):
    postgres_url = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    elasticsearch_url = os.environ.get("ELASTICSEARCH_URL", "")
    skip_postgres = pytest.mark.skip(
        reason="needs PostgreSQL: run `scripts/postgres start` and set DATABASE_URL "
        "(make test does both)"
    )
    skip_elasticsearch = pytest.mark.skip(
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against"
    )
    for item in items:
        if "postgres" in item.keywords and not postgres_url:
            item.add_marker(skip_postgres)
        if "elasticsearch" in item.keywords and not elasticsearch_url:
            item.add_marker(skip_elasticsearch)


@pytest.fixture
def client():
    return Client()


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Rate limits count posts per address in the cache, which outlives a test;
    every test posts from the same address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return factories.make_home(title="Startseite", intro="Willkommen im Netzwerk.")


@pytest.fixture
def home_en(home):
    return factories.translate_page(home, "en", ENGLISH)


@pytest.fixture
def newsroom(home):
    return factories.make_newsroom(home, title="Presse", slug="presse", intro="Neuigkeiten")


@pytest.fixture
def press_release(newsroom):
    return factories.make_press_release(
        newsroom,
        title="Stadt Beispielstadt tritt dem Netzwerk bei",
        slug="beispielstadt-tritt-bei",
        date=datetime.date(2026, 3, 2),
        place="Beispielstadt",
        teaser="Die Stadtverwaltung schützt ihre Beschäftigten gemeinsam mit dem Netzwerk.",
        body=[("paragraph", "Ab sofort gilt ein gemeinsamer Notfallplan.")],
    )


@pytest.fixture
def intranet_home(home):
    return factories.make_intranet_home(home, title="Mitgliederbereich", slug="intranet")


@pytest.fixture
def intranet_page(intranet_home):
    return factories.make_intranet_page(
        intranet_home,
        title="Schulungsmaterial",
        slug="schulungsmaterial",
        teaser="Vorlagen für Deeskalationstrainings",
        body=[("paragraph", "Vertrauliche Unterlagen für Mitglieder.")],
    )


@pytest.fixture
def member(db):
    return factories.make_member("mitglied@example.org")


@pytest.fixture
def editor(db):
    return factories.make_editor("redaktion@example.org")


@pytest.fixture
def admin_user(db):
    return factories.make_user("admin@example.org", is_superuser=True, is_staff=True)


@pytest.fixture
def client_as(client, member, editor, admin_user):
    """A client logged in as "anonymous", "member", "editor" or "admin"."""
    users = {"member": member, "editor": editor, "admin": admin_user}

    def login(who):
        if who != "anonymous":
            client.force_login(users[who])
        return client

    return login
