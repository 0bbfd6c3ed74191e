"""Browser tier: Playwright drives Debian's Chromium; axe-core checks each page.

`make browser` installs both (apt-get and `npm ci`). Without them the tier
reports itself skipped, with the reason, unless CI is "true": there a missing
browser fails the run.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser.audit import Audit

CHROMIUM_PATH = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def missing(message):
    """Skip the test, or fail it when CI is "true": something the tier needs is missing."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tier: {message}; with CI=true that fails the run", pytrace=False)
    pytest.skip(f"browser tier skipped: {message}")


def pytest_collection_modifyitems(items):
    # pytest-playwright 0.10's base_url fixture warns on pytest 9; not this
    # project's code.
    ignore = pytest.mark.filterwarnings(
        "ignore:Session-scoped fixtures defined as instance methods"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(ignore)


@pytest.fixture(scope="session", autouse=True)
def _allow_orm_beside_playwright():
    # Playwright's sync API runs an event loop in the test thread, and Django
    # then refuses every ORM call there (SynchronousOnlyOperation). Set only
    # for the session that runs browser tests.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch arguments, with Debian's Chromium instead of a download."""
    if not os.access(CHROMIUM_PATH, os.X_OK):
        missing(f"no Chromium at {CHROMIUM_PATH}: run `make browser` or set CHROMIUM_PATH")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM_PATH)}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_PATH.is_file():
        missing("no axe-core in node_modules/: run `make browser` (npm ci)")
    return AXE_PATH.read_text(encoding="utf-8")


AUDITS = []


def pytest_terminal_summary(terminalreporter):
    if AUDITS:
        states = sum(len(audit.checked) for audit in AUDITS)
        violations = sum(len(audit.violations) for audit in AUDITS)
        terminalreporter.write_line(
            f"axe-core checked {states} page states: {violations} violation(s)"
        )


@pytest.fixture
def axe(axe_source):
    """Runs axe-core on the page a test shows and collects what it finds."""
    audit = Audit(axe_source)
    AUDITS.append(audit)
    return audit


@pytest.fixture
def demo_site(live_server):
    """The demo site of `seed_demo`, served by the live server; returns its base URL.

    Only for the crawl, which asserts no demo text: it needs a site with every
    page type and block a visitor can meet, and seed_demo grows with them.
    """
    call_command("seed_demo", force=True, verbosity=0)
    return live_server.url
