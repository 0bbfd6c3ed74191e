"""Elasticsearch configured but down: search answers from the database, saving
works, and the index updates wait in a queue.

The real Elasticsearch client talks to 127.0.0.1: a closed port (connection
refused) or a port that accepts connections and never answers (timeout).
No mock stands in for the server.
"""

import datetime
import io
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from cms.models import Organisation
from pages.models import PressReleasePage
from search.backends import (
    retry_index_updates_task,
    run_with_fallback,
    search_is_degraded,
)
from search.models import PendingIndexUpdate
from tests import factories
from tests.search import outage


@pytest.fixture
def closed_port():
    return outage.closed_port()


@pytest.fixture
def silent_port():
    with outage.silent_port() as port:
        yield port


@pytest.fixture(params=["closed", "silent"])
def elasticsearch_down(request, settings, db):
    """Elasticsearch configured on a port where no server answers."""
    port = request.getfixturevalue(f"{request.param}_port")
    outage.configure_elasticsearch(settings, port)
    return request.param


@pytest.fixture
def elasticsearch_refused(settings, db, closed_port):
    outage.configure_elasticsearch(settings, closed_port)


def make_release(newsroom, title="Sicherheitskonzept im Rathaus"):
    return factories.make_press_release(
        newsroom,
        title=title,
        date=datetime.date(2026, 4, 1),
        teaser="Neue Zugangskontrolle für das Bürgerbüro",
    )


def titles_found(query, model=PressReleasePage):
    """A search callable as run_with_fallback expects: evaluated inside."""
    return lambda backend: [page.title for page in backend.search(query, model)]


def pending_for(obj):
    return PendingIndexUpdate.objects.filter(
        app_label=obj._meta.app_label, model_name=obj._meta.model_name, object_id=str(obj.pk)
    )


def test_search_answers_from_the_database_while_elasticsearch_is_down(
    elasticsearch_down, newsroom
):
    make_release(newsroom)
    cache.clear()  # forget the outage the save noticed: the search must find it too
    result, degraded = run_with_fallback(titles_found("Zugangskontrolle"))
    assert result == ["Sicherheitskonzept im Rathaus"]
    assert degraded is True
    assert search_is_degraded() is True


def test_a_silent_server_costs_one_timeout_then_is_skipped(settings, db, silent_port, newsroom):
    make_release(newsroom)
    outage.configure_elasticsearch(settings, silent_port)
    started = time.monotonic()
    assert run_with_fallback(titles_found("Zugangskontrolle"))[1] is True
    first = time.monotonic() - started
    started = time.monotonic()
    result, degraded = run_with_fallback(titles_found("Zugangskontrolle"))
    second = time.monotonic() - started
    assert (result, degraded) == (["Sicherheitskonzept im Rathaus"], True)
    assert 1 <= first < 3
    assert second < 0.5


def test_search_is_retried_on_elasticsearch_after_the_retry_interval(
    settings, elasticsearch_refused, newsroom
):
    settings.ELASTICSEARCH_RETRY_SECONDS = 1
    cache.clear()
    make_release(newsroom)
    assert search_is_degraded() is True
    time.sleep(1.1)
    assert search_is_degraded() is False
    assert run_with_fallback(titles_found("Zugangskontrolle"))[1] is True
    assert search_is_degraded() is True


def test_without_elasticsearch_the_default_backend_answers(newsroom):
    make_release(newsroom)
    result, degraded = run_with_fallback(titles_found("Zugangskontrolle"))
    assert (result, degraded) == (["Sicherheitskonzept im Rathaus"], False)
    assert search_is_degraded() is False


def test_errors_outside_the_search_server_are_not_hidden(elasticsearch_refused):
    def broken(backend):
        raise ValueError("a bug in the search callable")

    with pytest.raises(ValueError, match="a bug"):
        run_with_fallback(broken)


def test_publishing_a_page_succeeds_and_queues_its_index_update(elasticsearch_down, newsroom):
    page = make_release(newsroom)
    assert PressReleasePage.objects.live().filter(pk=page.pk).exists()
    pending = pending_for(page).get()
    assert pending.action == "add"
    assert pending.backend == "default"
    assert pending.attempts == 0
    # The database index took the update: it can answer in the meantime.
    result, _ = run_with_fallback(titles_found("Zugangskontrolle"))
    assert result == [page.title]


def test_saving_a_snippet_succeeds_and_queues_its_index_update(elasticsearch_down):
    organisation = factories.make_organisation(name="Kreis Musterland")
    organisation.name = "Kreis Musterland (Ordnungsamt)"
    organisation.save()
    assert Organisation.objects.get(pk=organisation.pk).name.endswith("(Ordnungsamt)")
    assert pending_for(organisation).get().action == "add"


def test_saves_during_a_known_outage_do_not_wait(settings, db, silent_port):
    outage.configure_elasticsearch(settings, silent_port)
    factories.make_organisation(name="Erste Stadt")  # notices the outage: one timeout
    started = time.monotonic()
    for number in range(5):
        factories.make_organisation(name=f"Stadt {number}")
    assert time.monotonic() - started < 1
    assert PendingIndexUpdate.objects.filter(model_name="organisation").count() == 6


def test_deleting_during_an_outage_queues_a_delete(elasticsearch_refused):
    organisation = factories.make_organisation(name="Kreis Musterland")
    pk = organisation.pk
    organisation.delete()
    pending = PendingIndexUpdate.objects.get(model_name="organisation", object_id=str(pk))
    assert pending.action == "delete"


def test_retry_keeps_the_updates_while_elasticsearch_is_down(elasticsearch_refused):
    organisation = factories.make_organisation(name="Kreis Musterland")
    cache.clear()
    out = io.StringIO()
    call_command("retry_index_updates", stdout=out)
    pending = pending_for(organisation).get()
    assert pending.attempts == 1
    assert "Connection" in pending.last_error
    output = out.getvalue()
    assert "default: search server unreachable" in output
    assert "1 update(s) kept for the next retry" in output
    assert "1 queued update(s) left." in output


def test_retry_task_counts_an_attempt_while_elasticsearch_is_down(elasticsearch_refused):
    organisation = factories.make_organisation(name="Kreis Musterland")
    retry_index_updates_task.enqueue()
    retry_index_updates_task.enqueue()
    assert pending_for(organisation).get().attempts == 2


def test_retry_with_an_empty_queue_says_so(db):
    out = io.StringIO()
    call_command("retry_index_updates", stdout=out)
    assert out.getvalue().strip() == "No queued index updates."


def test_retry_leaves_updates_of_an_unconfigured_backend_alone(db):
    PendingIndexUpdate.objects.create(
        backend="old-server",
        action="add",
        app_label="cms",
        model_name="organisation",
        object_id="1",
    )
    out = io.StringIO()
    call_command("retry_index_updates", stdout=out)
    assert "old-server: not configured; 1 queued update(s) left alone" in out.getvalue()
    assert PendingIndexUpdate.objects.get().attempts == 0


# --- the search page, its API and the pages during an outage ------------------

GERMAN_NOTICE = "Der Suchserver ist gerade nicht erreichbar."
ENGLISH_NOTICE = "The search server cannot be reached at the moment."


def test_search_page_answers_with_a_notice_while_elasticsearch_is_down(
    elasticsearch_down, client, newsroom
):
    page = make_release(newsroom)
    cache.clear()
    response = client.get("/search/", {"q": "Zugangskontrolle"})
    assert response.status_code == 200
    content = response.content.decode()
    assert GERMAN_NOTICE in content
    assert page.title in content


def test_english_search_page_shows_the_english_notice(elasticsearch_refused, client, newsroom):
    make_release(newsroom)
    response = client.get("/en/search/", {"q": "Zugangskontrolle"})
    assert response.status_code == 200
    assert ENGLISH_NOTICE in response.content.decode()


def test_search_api_answers_with_a_notice_while_elasticsearch_is_down(
    elasticsearch_down, client, newsroom
):
    page = make_release(newsroom)
    cache.clear()
    response = client.get("/api/search/", {"q": "Zugangskontrolle"})
    assert response.status_code == 200
    data = response.json()
    assert data["notice"].startswith(GERMAN_NOTICE)
    assert [result["title"] for result in data["results"]] == [page.title]


def test_autocomplete_answers_while_elasticsearch_is_down(elasticsearch_refused, client, newsroom):
    page = make_release(newsroom)
    response = client.get("/api/search/autocomplete/", {"q": "Sicherheitsk"})
    assert response.status_code == 200
    assert page.title in [item["label"] for item in response.json()["suggestions"]]


@pytest.mark.parametrize(("who", "finds_intranet"), [("anonymous", False), ("member", True)])
def test_outage_search_keeps_the_permission_filters(
    elasticsearch_refused, client_as, intranet_page, who, finds_intranet
):
    response = client_as(who).get("/api/search/", {"q": "Deeskalationstrainings"})
    assert response.status_code == 200
    titles = [result["title"] for result in response.json()["results"]]
    assert (intranet_page.title in titles) is finds_intranet
    assert response.json()["notice"]


def test_pages_answer_while_elasticsearch_is_down(elasticsearch_down, client, newsroom):
    page = make_release(newsroom)
    cache.clear()
    assert client.get("/").status_code == 200
    assert client.get(page.url).status_code == 200
    assert client.get(newsroom.url).status_code == 200


# --- callers outside run_with_fallback: lazy results, Wagtail's admin ------------


def test_lazy_results_fall_back_to_the_database_by_themselves(elasticsearch_refused, newsroom):
    page = make_release(newsroom)
    cache.clear()
    results = get_search_backend().search("Zugangskontrolle", PressReleasePage)
    assert results.count() == 1
    assert [found.title for found in results] == [page.title]
    assert search_is_degraded() is True


def test_admin_page_search_answers_while_elasticsearch_is_down(
    elasticsearch_down, client_as, newsroom
):
    page = make_release(newsroom)
    cache.clear()
    # The admin searches titles as you type (autocomplete).
    response = client_as("admin").get("/admin/pages/search/", {"q": "Sicherheitskonz"})
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_admin_saves_a_snippet_while_elasticsearch_is_down(elasticsearch_down, client_as):
    response = client_as("admin").post(
        "/admin/snippets/cms/organisation/add/",
        {"name": "Kreis Musterland", "kind": "city", "region": "koeln", "is_active": "on"},
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Kreis Musterland")
    assert pending_for(organisation).get().action == "add"
