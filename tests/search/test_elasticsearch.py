"""The Elasticsearch tier: runs when ELASTICSEARCH_URL points at a live server.

Without it these tests are reported as skipped, with the reason. No mock
stands in for the server.
"""

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from pages.models import PressReleasePage
from tests import factories

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def backend(db):
    backend = get_search_backend()
    assert "elasticsearch" in type(backend).__module__, settings.WAGTAILSEARCH_BACKENDS
    backend.reset_indexes()
    for model in get_indexed_models():
        backend.get_index_for_model(model).add_model(model)
    yield backend
    for index in backend.all_indexes():
        index.delete()


def test_server_answers(backend):
    assert backend.es.ping()


def test_index_names_carry_the_test_prefix(backend):
    index = backend.get_index_for_model(PressReleasePage)
    assert index.name.startswith("test_")


def test_published_press_release_is_found(backend, client, newsroom):
    page = factories.make_press_release(
        newsroom,
        title="Sicherheitskonzept im Rathaus",
        date="2026-04-01",
        teaser="Neue Zugangskontrolle",
    )
    backend.refresh_indexes()
    response = client.get("/search/", {"q": "Zugangskontrolle"})
    assert page.url in response.content.decode()


def test_intranet_page_is_not_found_anonymously(backend, client, intranet_page):
    backend.refresh_indexes()
    response = client.get("/search/", {"q": "Vertrauliche"})
    assert intranet_page.url not in response.content.decode()
