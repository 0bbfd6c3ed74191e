"""The Elasticsearch tier: runs when ELASTICSEARCH_URL points at a live server.

Without it these tests are reported as skipped, with the reason. No mock
stands in for the server. The same index settings are checked as data, without
a server, in test_es_analysis.py; the outage paths in test_resilience.py.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from cms.models import Organisation
from pages.models import PressReleasePage
from search.backends import Elasticsearch9Backend, run_with_fallback
from search.es_analysis import GERMAN_ANALYZER, TERMS_ANALYZER
from search.models import PendingIndexUpdate
from tests import factories

pytestmark = pytest.mark.elasticsearch


def drop_indexes(backend):
    for index in backend.all_indexes():
        if index.is_alias():
            # After an atomic rebuild the name is an alias of the real index.
            for aliased in index.aliased_indices():
                aliased.delete()
        else:
            index.delete()


@pytest.fixture
def backend(db):
    backend = get_search_backend()
    assert isinstance(backend, Elasticsearch9Backend), type(backend)
    drop_indexes(backend)
    for index in backend.all_indexes():
        index.put()
    for model in get_indexed_models():
        backend.get_index_for_model(model).add_model(model)
    yield backend
    drop_indexes(backend)


def page_index(backend):
    return backend.get_index_for_model(PressReleasePage).name


def tokens(backend, text, **where):
    response = backend.es.indices.analyze(index=page_index(backend), text=text, **where)
    return [token["token"] for token in response["tokens"]]


def make_release(newsroom, title, teaser, body=()):
    return factories.make_press_release(
        newsroom, title=title, date=datetime.date(2026, 4, 1), teaser=teaser, body=body
    )


def es_titles(backend, query, model=PressReleasePage):
    backend.refresh_indexes()
    return [obj.title for obj in backend.search(query, model)]


def test_server_answers(backend):
    assert backend.es.ping()


def test_index_names_carry_the_test_prefix(backend):
    index = backend.get_index_for_model(PressReleasePage)
    assert index.name.startswith("test_")


def test_published_press_release_is_found(backend, client, newsroom):
    page = make_release(newsroom, "Sicherheitskonzept im Rathaus", "Neue Zugangskontrolle")
    backend.refresh_indexes()
    response = client.get("/search/", {"q": "Zugangskontrolle"})
    assert page.url in response.content.decode()


def test_intranet_page_is_not_found_anonymously(backend, client, intranet_page):
    backend.refresh_indexes()
    response = client.get("/search/", {"q": "Vertrauliche"})
    assert intranet_page.url not in response.content.decode()


# --- the index analysis -------------------------------------------------------


def test_analysed_fields_use_the_terms_analyzer_on_the_server(backend):
    mapping = backend.es.indices.get_mapping(index=page_index(backend))
    properties = next(iter(mapping.body.values()))["mappings"]["properties"]
    assert properties["search_title_terms"]["analyzer"] == TERMS_ANALYZER
    assert properties["search_body_terms"]["analyzer"] == TERMS_ANALYZER


def test_analysed_terms_are_not_stemmed_again(backend):
    text = "notfallalarm alarm lehr gefährdungsbeurteil"
    assert tokens(backend, text, field="search_title_terms") == text.split()


@pytest.mark.parametrize(
    "forms",
    [
        ["Lehrer", "Lehrer*innen", "Lehrer:innen", "Lehrer_innen", "LehrerInnen", "Lehrerinnen"],
        ["Münster", "Muenster"],
        ["Straße", "Strasse"],
        ["Kollegen", "Kolleg:innen"],
    ],
)
def test_german_analyzer_folds_spellings_and_gender_forms(backend, forms):
    analysed = {form: tokens(backend, form, analyzer=GERMAN_ANALYZER) for form in forms}
    assert all(result == analysed[forms[0]] for result in analysed.values()), analysed


@pytest.mark.parametrize(
    ("part", "compound"), [("Alarm", "Notfallalarm"), ("Verbot", "Hausverbot")]
)
def test_german_analyzer_splits_compounds_with_the_project_lexicon(backend, part, compound):
    assert set(tokens(backend, part, analyzer=GERMAN_ANALYZER)) <= set(
        tokens(backend, compound, analyzer=GERMAN_ANALYZER)
    )


def test_german_analyzer_drops_stop_words(backend):
    assert tokens(backend, "und der für", analyzer=GERMAN_ANALYZER) == []


def test_ordinary_fields_are_searched_with_german_analysis(backend, newsroom):
    make_release(newsroom, "Hinweise für Lehrer*innen", "Neuer Notfallalarm im Rathaus")
    assert es_titles(backend, "Lehrerinnen") == ["Hinweise für Lehrer*innen"]
    assert es_titles(backend, "Alarm") == ["Hinweise für Lehrer*innen"]


def test_api_search_finds_compound_parts_and_umlaut_spellings(backend, client, newsroom):
    make_release(newsroom, "Hausverbot im Jobcenter Münster", "Das Jobcenter spricht es aus.")
    backend.refresh_indexes()
    for query in ("Verbot", "Muenster"):
        data = client.get("/api/search/", {"q": query}).json()
        assert [result["title"] for result in data["results"]] == [
            "Hausverbot im Jobcenter Münster"
        ], query
        assert data["notice"] is None


# --- fallback, queue and rebuild with a live server ------------------------------


def test_search_runs_on_elasticsearch_when_it_answers(backend, newsroom):
    make_release(newsroom, "Sicherheitskonzept im Rathaus", "Neue Zugangskontrolle")
    backend.refresh_indexes()
    result, degraded = run_with_fallback(
        lambda b: [
            (type(b).__name__, p.title) for p in b.search("Zugangskontrolle", PressReleasePage)
        ]
    )
    assert degraded is False
    assert result == [("Elasticsearch9Backend", "Sicherheitskonzept im Rathaus")]


def test_retry_sends_a_queued_update(backend, newsroom):
    page = make_release(newsroom, "Sicherheitskonzept im Rathaus", "Neue Zugangskontrolle")
    backend.send_delete(page)  # as if the save had happened during an outage
    assert es_titles(backend, "Zugangskontrolle") == []
    PendingIndexUpdate.objects.create(
        action="add", app_label="pages", model_name="pressreleasepage", object_id=str(page.pk)
    )
    out = io.StringIO()
    call_command("retry_index_updates", stdout=out)
    assert "default: 1 of 1 update(s) sent" in out.getvalue()
    assert not PendingIndexUpdate.objects.exists()
    assert es_titles(backend, "Zugangskontrolle") == [page.title]


def test_retry_of_a_deleted_object_removes_its_document(backend):
    organisation = factories.make_organisation(name="Kreis Musterland")
    pk = organisation.pk
    # Deleted without signals, as if the delete had not reached the server.
    Organisation.objects.filter(pk=pk)._raw_delete(using="default")
    assert es_titles(backend, "Musterland", Organisation) == []  # no object, no result
    PendingIndexUpdate.objects.create(
        action="add", app_label="cms", model_name="organisation", object_id=str(pk)
    )
    call_command("retry_index_updates", stdout=io.StringIO())
    assert not PendingIndexUpdate.objects.exists()
    backend.refresh_indexes()
    index = backend.get_index_for_model(Organisation).name
    assert not backend.es.exists(index=index, id=str(pk))


def test_a_search_on_elasticsearch_sends_queued_updates(backend, newsroom):
    page = make_release(newsroom, "Sicherheitskonzept im Rathaus", "Neue Zugangskontrolle")
    backend.send_delete(page)
    PendingIndexUpdate.objects.create(
        action="add", app_label="pages", model_name="pressreleasepage", object_id=str(page.pk)
    )
    run_with_fallback(lambda b: list(b.search("Rathaus", PressReleasePage)))
    assert not PendingIndexUpdate.objects.exists()
    assert es_titles(backend, "Zugangskontrolle") == [page.title]


def test_update_index_rebuilds_behind_an_alias(backend, newsroom):
    page = make_release(newsroom, "Sicherheitskonzept im Rathaus", "Neue Zugangskontrolle")
    out = io.StringIO()
    call_command("update_index", "--backend", "default", stdout=out)
    index = backend.get_index_for_model(PressReleasePage)
    assert index.is_alias()
    first = [aliased.name for aliased in index.aliased_indices()]
    assert "default: pages.PressReleasePage: 1/1 (100 %)" in out.getvalue()
    assert es_titles(backend, "Zugangskontrolle") == [page.title]
    call_command("update_index", "--backend", "default", stdout=io.StringIO())
    second = [aliased.name for aliased in index.aliased_indices()]
    assert len(second) == 1 and second != first
    assert not backend.es.indices.exists(index=first[0])
    assert es_titles(backend, "Zugangskontrolle") == [page.title]
