"""Shared fixtures: a site tree per language, users, logged-in clients."""

import datetime
import io
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from tests import factories
from tests.clients import Client
from tests.fixture_texts import ENGLISH

# A test whose fixtures include one of these uses the test database.
DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "django_db_setup",  # module-scoped seeds, e.g. seeded_demo
    "live_server",
}


def uses_database(item):
    return item.get_closest_marker("django_db") is not None or not DATABASE_FIXTURES.isdisjoint(
        getattr(item, "fixturenames", ())
    )


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return not {"transactional_db", "live_server", "django_db_reset_sequences"}.isdisjoint(
        getattr(item, "fixturenames", ())
    )


database_flushed = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying the database, migrated data too
    (Wagtail's root page, the locales). Django and pytest-django run such
    tests after all others, but pytest-xdist hands out whole files, so a
    worker may run other files' tests afterwards: before the next test that
    uses the database in a transaction, load the migrated data again (as
    serialized_rollback does when the next transactional test starts)."""
    result = yield
    config = item.config
    if is_transactional(item):
        config.stash[database_flushed] = True
    if (
        config.stash.get(database_flushed, False)
        and nextitem is not None
        and uses_database(nextitem)
        and not is_transactional(nextitem)
    ):
        restore_migrated_data(config)
        config.stash[database_flushed] = False
    return result


def restore_migrated_data(config):
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    with config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


# A wrapper: the code before `yield` runs before every other plugin (the
# `database` marker must be set before `-m` selects by it), the code after it
# runs last (after pytest-django has put the tests without database last).
@pytest.hookimpl(wrapper=True)
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
        if uses_database(item):
            item.add_marker(pytest.mark.database)
        if "postgres" in item.keywords and not postgres_url:
            item.add_marker(skip_postgres)
        if "elasticsearch" in item.keywords and not elasticsearch_url:
            item.add_marker(skip_elasticsearch)
    yield
    # The tests marked `slow` (minutes of real processes, no test database)
    # go first: pytest-xdist hands out whole files in this order, and the
    # longest file started last would leave the other worker idle.
    items.sort(key=lambda item: "slow" not in item.keywords)


@pytest.fixture
def client():
    return Client()


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """The demo site of seed_demo, seeded once per test module; returns what
    the command printed.

    seed_demo takes seconds, so a module's tests share one seed, inside a
    transaction that is rolled back after the module's last test. Each test
    that also asks for `db` runs in a savepoint within it: what a test
    changes (even a second seed_demo) is gone for the next one.
    """
    out = io.StringIO()
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", force=True, stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


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
