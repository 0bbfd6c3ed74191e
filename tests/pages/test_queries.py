"""Page cost must not grow with the amount of content."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


def add_releases(newsroom, count, start=0):
    for number in range(start, start + count):
        factories.make_press_release(
            newsroom,
            title=f"Meldung {number}",
            slug=f"meldung-{number}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
        )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url_of", ["home", "newsroom"])
def test_page_queries_do_not_grow_with_press_releases(client, home, newsroom, url_of):
    url = (home if url_of == "home" else newsroom).url
    add_releases(newsroom, 2)
    count_queries(client, url)  # warm caches (site root paths, content types)
    few = count_queries(client, url)
    add_releases(newsroom, 14, start=2)
    many = count_queries(client, url)
    assert many == few


# Queries per page view, whatever the amount of content. The newsroom's
# year and tag filters with their counts cost three of its queries; each key
# figure on the home page (cms/figures.py) costs one.
BUDGET = {"home": 21, "newsroom": 25}


@pytest.mark.parametrize("url_of", ["home", "newsroom"])
def test_page_queries_stay_under_budget(
    client, home, newsroom, url_of, django_assert_max_num_queries
):
    url = (home if url_of == "home" else newsroom).url
    add_releases(newsroom, 12)
    client.get(url)
    with django_assert_max_num_queries(BUDGET[url_of]):
        assert client.get(url).status_code == 200


def test_newsroom_paginates_newest_first(client, newsroom):
    add_releases(newsroom, 12)
    first = client.get(newsroom.url).content.decode()
    second = client.get(newsroom.url, {"page": 2}).content.decode()
    assert first.index("Meldung 11") < first.index("Meldung 10")
    assert "Meldung 1<" not in first
    assert "Meldung 1<" in second
    assert "Seite 2 von 2" in second
