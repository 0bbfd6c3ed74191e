"""The JSON search API (/api/search/): its answer, paging, sorting, facet
filters, bad input and its cost (issue 6, point 2).

Over the seeded demo site, plus press releases built by the tests. Runs on
SQLite and again on PostgreSQL.
"""

import datetime
import re
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import NewsroomPage
from tests import factories

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"title", "url", "type", "date", "snippet"}
# A word of many pages of the demo site: two pages of results and more.
BROAD_QUERY = "Beschäftigte"


def newsroom():
    return NewsroomPage.objects.get(locale__language_code="de")


def add_releases(count, word, start=0):
    for number in range(start, start + count):
        factories.make_press_release(
            newsroom(),
            f"Meldung {number} zum {word}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number * 40),
            slug=f"meldung-{word.lower()}-{number}",
            teaser=f"Der {word} war Thema in der Dienstbesprechung Nummer {number}.",
            body=[("paragraph", f"Ausführlich zum {word} und zu weiteren Themen.")],
        )


# --- the answer ---------------------------------------------------------------------------


def test_answer_has_total_results_facets_and_suggestion(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY)
    assert {"total", "results", "facets", "suggestion"} <= set(answer)
    assert answer["total"] > 10
    assert len(answer["results"]) == 10
    for result in answer["results"]:
        assert set(result) >= RESULT_KEYS
        assert result["title"]
        assert result["type"]
    assert answer["suggestion"] is None


def test_result_urls_are_relative_to_the_site_root_and_open(seeded_site, search_api, client):
    answer = search_api("anonymous", BROAD_QUERY)
    for result in answer["results"]:
        url = result["url"]
        assert url.startswith("/") and not url.startswith("//"), url
        assert client.get(url).status_code == 200, url


def test_result_dates_are_iso_dates(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY)
    dates = [result["date"] for result in answer["results"] if result["date"]]
    assert dates
    for date in dates:
        datetime.date.fromisoformat(date)


def test_snippets_mark_the_matched_words(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY)
    marked = [r["snippet"] for r in answer["results"] if "<mark>" in r["snippet"]]
    assert marked
    for snippet in marked:
        for word in re.findall(r"<mark>(.*?)</mark>", snippet):
            assert "beschäftigt" in word.lower(), snippet


def test_snippets_escape_the_content(seeded_site, search_api):
    home = factories.make_home()
    factories.make_standard_page(
        home,
        "Sonderzeichenprobe",
        slug="sonderzeichenprobe",
        body=[
            ("paragraph", "Der Tresenbereich &lt;script&gt;alert(1)&lt;/script&gt; ist sicher.")
        ],
    )
    answer = search_api("anonymous", "Tresenbereich")
    [snippet] = [r["snippet"] for r in answer["results"] if r["title"] == "Sonderzeichenprobe"]
    assert "<script>" not in snippet
    assert "<mark>Tresenbereich</mark>" in snippet


def test_facets_count_the_results(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY)
    facets = answer["facets"]
    assert "type" in facets
    assert "year" in facets
    assert sum(entry["count"] for entry in facets["type"]) == answer["total"]
    assert sum(entry["count"] for entry in facets["year"]) <= answer["total"]
    for name, entries in facets.items():
        for entry in entries:
            assert {"value", "label", "count", "selected"} <= set(entry), name
            assert entry["count"] > 0, (name, entry)
            assert entry["selected"] is False, (name, entry)


def test_facets_include_target_group_and_topic_of_guidance(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY)
    assert answer["facets"].get("target_group")
    assert answer["facets"].get("topic")


def test_suggestion_for_a_misspelt_word(seeded_site, search_api):
    assert search_api("anonymous", "Deeskalaton")["suggestion"] == "Deeskalation"


# --- paging and sorting ---------------------------------------------------------------------


def test_page_two_continues_page_one(seeded_site, search_api):
    first = search_api("anonymous", BROAD_QUERY)
    second = search_api("anonymous", BROAD_QUERY, page=2)
    assert second["total"] == first["total"]
    assert second["page"] == 2
    assert second["results"]
    first_urls = {result["url"] for result in first["results"]}
    assert not first_urls & {result["url"] for result in second["results"]}


def test_all_pages_together_hold_every_result_once(seeded_site, search_api):
    first = search_api("anonymous", BROAD_QUERY)
    urls = []
    for page in range(1, first["pages"] + 1):
        urls += [r["url"] for r in search_api("anonymous", BROAD_QUERY, page=page)["results"]]
    assert len(urls) == first["total"]
    assert len(set(urls)) == len(urls)


def test_sort_by_date_puts_the_newest_first(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY, sort="date")
    assert answer["sort"] == "date"
    dates = [result["date"] for result in answer["results"]]
    dated = [date for date in dates if date]
    assert dated == sorted(dated, reverse=True)
    # Undated results come last.
    assert dates[: len(dated)] == dated


def test_sort_by_date_keeps_the_same_results(seeded_site, search_api):
    by_relevance = search_api("anonymous", BROAD_QUERY)
    by_date = search_api("anonymous", BROAD_QUERY, sort="date")
    assert by_date["total"] == by_relevance["total"]


# --- facet filters --------------------------------------------------------------------------


def test_type_filter_keeps_only_that_type(seeded_site, search_api):
    unfiltered = search_api("anonymous", BROAD_QUERY)
    expected = next(
        e["count"] for e in unfiltered["facets"]["type"] if e["value"] == "press_release"
    )
    answer = search_api("anonymous", BROAD_QUERY, type="press_release")
    assert answer["total"] == expected
    assert {result["type"] for result in answer["results"]} == {"press_release"}
    selected = [e for e in answer["facets"]["type"] if e["selected"]]
    assert [e["value"] for e in selected] == ["press_release"]


def test_year_filter_keeps_only_that_year(seeded_site, search_api):
    unfiltered = search_api("anonymous", BROAD_QUERY)
    year = unfiltered["facets"]["year"][0]
    answer = search_api("anonymous", BROAD_QUERY, year=year["value"])
    assert answer["total"] == year["count"]
    for result in answer["results"]:
        assert result["date"].startswith(year["value"])


def test_filters_combine(seeded_site, search_api):
    unfiltered = search_api("anonymous", BROAD_QUERY, type="press_release")
    year = unfiltered["facets"]["year"][0]
    answer = search_api("anonymous", BROAD_QUERY, type="press_release", year=year["value"])
    assert answer["total"] == year["count"]
    for result in answer["results"]:
        assert result["type"] == "press_release"
        assert result["date"].startswith(year["value"])


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"q": BROAD_QUERY, "page": "abc"},
        {"q": BROAD_QUERY, "page": "99999"},
        {"q": BROAD_QUERY, "page": "-3"},
        {"q": BROAD_QUERY, "page": "1e9"},
        {"q": "Deeskalation " * 770},
        {"q": "x" * 10_000},
        {"q": BROAD_QUERY, "type": "gibt-es-nicht"},
        {"q": BROAD_QUERY, "year": "20x6"},
        {"q": BROAD_QUERY, "region": "../../etc"},
        {"q": BROAD_QUERY, "topic": "x" * 5000},
        {"q": BROAD_QUERY, "sort": "bogus"},
        {"q": ""},
        {"q": "   "},
        {"q": "!!! ??? ***"},
        {"q": "Deeskalation\x00"},
        {"q": "\"Deeskalation OR 1=1 --'"},
        {"q": "Deeskalation AND NOT"},
        {"q": "<script>alert(1)</script>"},
        {"q": "🙂 Deeskalation"},
        {},
    ],
    ids=lambda params: repr(params)[:40],
)
@pytest.mark.parametrize("path", ["/api/search/", "/search/"])
def test_bad_input_is_answered_never_an_error(seeded_site, client, path, params):
    response = client.get(path, params)
    assert response.status_code == 200
    if path == "/api/search/":
        answer = response.json()
        assert isinstance(answer["total"], int)
        assert isinstance(answer["results"], list)
    else:
        assert "<script>alert(1)</script>" not in response.content.decode()


def test_page_beyond_the_last_gives_the_last_page(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY, page=99999)
    assert answer["results"]
    assert answer["page"] == answer["pages"]


def test_unknown_facet_value_finds_nothing(seeded_site, search_api):
    answer = search_api("anonymous", BROAD_QUERY, type="gibt-es-nicht")
    assert answer["total"] == 0
    assert answer["results"] == []


def test_unknown_sort_falls_back_to_relevance(seeded_site, search_api):
    assert search_api("anonymous", BROAD_QUERY, sort="bogus")["sort"] == "relevance"


# --- cost ---------------------------------------------------------------------------------------


def run_counted(client_for, role, query):
    """(SQL statements, total) of one search, after a warm-up search."""
    client = client_for(role)
    # Warm up: sessions, site root paths, vocabulary.
    client.get("/api/search/", {"q": "Netzwerk"})
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200
    return [entry["sql"] for entry in captured], response.json()["total"]


def repeated(statements):
    """Statements that ran more than once (numbers aside), for the failure message."""
    shapes = Counter(re.sub(r"\d+", "N", sql) for sql in statements)
    return "\n".join(
        f"{count} x {shape[:200]}" for shape, count in shapes.most_common() if count > 1
    )


@pytest.mark.parametrize("role", ["anonymous", "member"])
def test_query_count_does_not_grow_with_the_content(seeded_site, client_for, role):
    add_releases(2, "Zaunkönigprojekt")
    few, total = run_counted(client_for, role, "Zaunkönigprojekt")
    assert total == 2
    add_releases(18, "Zaunkönigprojekt", start=2)
    many, total = run_counted(client_for, role, "Zaunkönigprojekt")
    assert total == 20
    assert len(many) <= len(few) + 2, f"{len(few)} → {len(many)} statements:\n{repeated(many)}"
