"""The seeded demo site, shared by the tests of one module.

seed_demo takes seconds, so `seeded_site` runs it once per module, inside a
transaction that is rolled back after the module's last test. Every test
runs in its own savepoint within it: what a test creates is gone for the
next one, the demo content stays. The module's tests need the marker
`django_db` (pytestmark) so that pytest-django sets up the test database.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from tests import factories
from tests.clients import Client

ROLES = ("anonymous", "non_member", "member", "editor")
# Demo accounts of seed_demo (intranet/management/commands/seed_demo.py).
ACCOUNTS = {"member": "mitglied@example.org", "editor": "redaktion@example.org"}
NON_MEMBER_EMAIL = "ohne-gruppe@example.org"


@pytest.fixture(scope="module")
def seeded_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", force=True, stdout=io.StringIO())
        # A logged-in user who is not a member of the network.
        factories.make_user(NON_MEMBER_EMAIL)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site_users(seeded_site, db):
    """role → user (None for the anonymous visitor) on the seeded site."""
    users = get_user_model().objects
    return {
        "anonymous": None,
        "non_member": users.get(email=NON_MEMBER_EMAIL),
        **{role: users.get(email=email) for role, email in ACCOUNTS.items()},
    }


@pytest.fixture
def client_for(site_users):
    """A fresh client logged in as `role` (one of ROLES)."""

    def make(role):
        client = Client()
        if site_users[role] is not None:
            client.force_login(site_users[role])
        return client

    return make


@pytest.fixture
def search_api(client_for):
    """The JSON answer of /api/search/ (or `path`) for `role`; asserts 200."""

    def get(role, query, path="/api/search/", **params):
        response = client_for(role).get(path, {"q": query, **params})
        assert response.status_code == 200, (role, query, response.status_code)
        assert response["Content-Type"].startswith("application/json")
        return response.json()

    return get


# --- search_eval figures in the run's summary ------------------------------------

_eval_outputs = []


@pytest.fixture(scope="session")
def eval_outputs():
    """Outputs of search_eval runs, shown at the end of the pytest run."""
    return _eval_outputs


def pytest_terminal_summary(terminalreporter):
    for output in _eval_outputs:
        terminalreporter.write_sep("-", "search_eval")
        terminalreporter.write_line(output.rstrip())
