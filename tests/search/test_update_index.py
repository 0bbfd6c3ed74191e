"""`manage.py update_index`: the project's command, with progress, and a
rebuild that never leaves a half-built index behind."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command, get_commands
from wagtail.search.backends import get_search_backend

from pages.models import PressReleasePage
from tests import factories
from tests.search import outage


@pytest.fixture
def closed_port():
    return outage.closed_port()


def make_releases(newsroom, count):
    return [
        factories.make_press_release(
            newsroom,
            title=f"Pressemitteilung {number}",
            date=datetime.date(2026, 4, number),
            teaser=f"Thema {number}",
        )
        for number in range(1, count + 1)
    ]


def titles_found(query):
    backend = get_search_backend("default")
    return [page.title for page in backend.search(query, PressReleasePage)]


def update_index(*args):
    out = io.StringIO()
    call_command("update_index", *args, stdout=out, stderr=out)
    return out.getvalue()


def test_the_project_command_replaces_wagtails():
    assert get_commands()["update_index"] == "search"


def test_update_index_shows_progress_per_model(newsroom):
    make_releases(newsroom, 3)
    output = update_index("--chunk_size", "2")
    lines = output.splitlines()
    label = "default: pages.PressReleasePage"
    assert f"{label}: 0/3" in lines
    assert f"{label}: 2/3 (66 %)" in lines
    assert f"{label}: 3/3 (100 %)" in lines


def test_update_index_reports_the_count_per_backend(newsroom):
    make_releases(newsroom, 2)
    output = update_index()
    # Home page, newsroom and two press releases, besides any other indexed rows.
    indexed = next(line for line in output.splitlines() if "indexed" in line)
    assert indexed.startswith("default: indexed ")
    assert int(indexed.split()[2]) >= 4


def test_update_index_finds_content_changed_without_signals(newsroom):
    (page,) = make_releases(newsroom, 1)
    PressReleasePage.objects.filter(pk=page.pk).update(teaser="Zugangskontrolle")
    assert titles_found("Zugangskontrolle") == []
    update_index()
    assert titles_found("Zugangskontrolle") == [page.title]


def test_a_failed_rebuild_leaves_the_old_index_intact(newsroom, monkeypatch):
    first, second = make_releases(newsroom, 2)
    # The rebuild would index the new teaser of the first page ...
    PressReleasePage.objects.filter(pk=first.pk).update(teaser="Zugangskontrolle")
    original = PressReleasePage.search_title_text

    def broken_for_second(page):
        if page.pk == second.pk:
            raise RuntimeError("cannot index this page")
        return original(page)

    # ... but fails on the second one, after the first was written.
    monkeypatch.setattr(PressReleasePage, "search_title_text", broken_for_second)
    with pytest.raises(RuntimeError, match="cannot index"):
        update_index("--chunk_size", "1")
    monkeypatch.undo()
    assert titles_found("Zugangskontrolle") == []
    assert sorted(titles_found("Thema")) == [first.title, second.title]


def test_update_index_rebuilds_the_database_when_elasticsearch_is_down(
    settings, closed_port, newsroom
):
    (page,) = make_releases(newsroom, 1)
    PressReleasePage.objects.filter(pk=page.pk).update(teaser="Zugangskontrolle")
    outage.configure_elasticsearch(settings, closed_port)
    output = update_index()  # does not fail: `make run` still starts the site
    assert "Not rebuilt: default. Searches use the database index" in output
    database = get_search_backend("database")
    assert [p.title for p in database.search("Zugangskontrolle", PressReleasePage)] == [page.title]


def test_update_index_says_why_elasticsearch_was_not_rebuilt(settings, closed_port, db):
    outage.configure_elasticsearch(settings, closed_port)
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("update_index", "--backend", "default", stdout=out, stderr=out)
    assert "default: the search server failed (Connection error" in out.getvalue()
    assert "the index in use was left as it was" in out.getvalue()
