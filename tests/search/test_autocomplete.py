"""Autocomplete as you type: titles the user may open, and key terms."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from pages.models import TargetGroup, Topic
from tests import factories

URL = "/api/search/autocomplete/"


def suggest(client, query, path=URL):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def labels(answer):
    return [item["label"] for item in answer["suggestions"]]


def test_titles_complete_the_typed_prefix(client, press_release):
    answer = suggest(client, "Beispiel")
    assert answer["query"] == "Beispiel"
    item = next(i for i in answer["suggestions"] if i["label"] == press_release.title)
    assert item["url"] == press_release.url
    assert item["type"] == "press_release"
    assert item["type_label"] == "Pressemitteilung"


def test_several_words_complete_the_last_one(client, press_release):
    assert press_release.title in labels(suggest(client, "Stadt Beispiels"))


def test_search_fields_offer_suggestions_and_work_without_script(client, home):
    soup = BeautifulSoup(client.get(home.url).content, "html.parser")
    script = soup.select_one("script[src$='js/search-autocomplete.js']")
    assert script.has_attr("defer")
    assert script["data-text-other"].startswith("{count} Vorschläge")
    field = soup.select_one("#site-search")
    assert field["data-autocomplete"] == URL
    # Without the script it is a plain search form.
    assert field.find_parent("form")["action"] == "/search/"
    assert field["name"] == "q"
    assert not field.has_attr("role")


def test_answer_is_not_cached_publicly(client, press_release):
    assert client.get(URL, {"q": "Beispiel"})["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("query", ["", " ", "B", "  b  "])
def test_short_queries_suggest_nothing(client, press_release, query):
    assert suggest(client, query)["suggestions"] == []


def test_unrelated_query_suggests_nothing(client, press_release):
    assert suggest(client, "Zyxwvut")["suggestions"] == []


@pytest.mark.parametrize(("who", "shown"), [("anonymous", False), ("member", True)])
def test_intranet_titles_only_for_members(client, member, intranet_page, who, shown):
    if who == "member":
        client.force_login(member)
    answer = suggest(client, "Schulungs")
    assert (intranet_page.title in labels(answer)) is shown
    assert (intranet_page.url in [i["url"] for i in answer["suggestions"]]) is shown


def test_draft_titles_are_not_suggested(client, newsroom):
    factories.make_press_release(
        newsroom, title="Geheimer Entwurf zur Amokprävention", date="2026-01-01", live=False
    )
    assert suggest(client, "Geheim")["suggestions"] == []


def test_titles_follow_the_language(client, home_en, press_release):
    assert press_release.title not in labels(suggest(client, "Beispiel", path="/en" + URL))


def test_topic_and_target_group_names_are_key_terms(client, home):
    de = factories.get_locale("de")
    Topic.objects.create(locale=de, slug="deeskalation", name="Deeskalation")
    TargetGroup.objects.create(locale=de, slug="lehrkraefte", name="Lehrkräfte an Schulen")
    answer = suggest(client, "deesk")
    assert answer["suggestions"][0] == {
        "label": "Deeskalation",
        "url": None,
        "type": "topic",
        "type_label": "Thema",
    }
    # Inside a name, with umlauts typed as ae/oe/ue.
    assert labels(suggest(client, "lehrkraefte")) == ["Lehrkräfte an Schulen"]
    assert labels(suggest(client, "Schulen")) == ["Lehrkräfte an Schulen"]


def test_key_terms_come_from_the_active_language(client, home_en):
    topic = Topic.objects.create(
        locale=factories.get_locale("de"), slug="nachsorge", name="Nachsorge"
    )
    translated = topic.copy_for_translation(factories.get_locale("en"))
    translated.name = "Aftercare"
    translated.save()
    assert labels(suggest(client, "Nachs")) == ["Nachsorge"]
    assert labels(suggest(client, "Nachs", path="/en" + URL)) == []
    assert labels(suggest(client, "After", path="/en" + URL)) == ["Aftercare"]


def promote(query_string, page):
    query = Query.get(query_string)
    return SearchPromotion.objects.create(query=query, page=page, sort_order=0)


def test_promoted_queries_are_key_terms(client, press_release):
    promote("Hausverbot Jobcenter", press_release)
    item = suggest(client, "hausv")["suggestions"][0]
    assert item["label"] == "hausverbot jobcenter"
    assert item["url"] is None
    assert item["type"] == "promoted_query"


@pytest.mark.parametrize(("who", "shown"), [("anonymous", False), ("member", True)])
def test_query_promoting_only_intranet_pages_is_for_members(
    client, member, intranet_page, who, shown
):
    promote("Vertrauliche Deeskalationsunterlagen", intranet_page)
    if who == "member":
        client.force_login(member)
    assert ("vertrauliche deeskalationsunterlagen" in labels(suggest(client, "vertraul"))) is shown


def test_suggestions_are_limited(client, newsroom):
    for number in range(12):
        factories.make_press_release(
            newsroom, title=f"Notfallplan Teil {number}", date=datetime.date(2026, 1, 1 + number)
        )
    assert len(suggest(client, "Notfall")["suggestions"]) == 8


def count_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        suggest(client, query)
    return len(queries)


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_query_count_does_not_grow_with_the_content(client, member, newsroom, intranet_home, who):
    if who == "member":
        client.force_login(member)
    de = factories.get_locale("de")

    def add(first, last):
        for number in range(first, last):
            factories.make_press_release(
                newsroom, title=f"Notfallplan {number}", date=datetime.date(2026, 1, 1 + number)
            )
            factories.make_intranet_page(intranet_home, title=f"Notfallübung {number}")
            Topic.objects.create(locale=de, slug=f"notfall-{number}", name=f"Notfall {number}")
            promote(f"Notfall {number}", newsroom)

    add(0, 2)
    # Content types and site root paths are cached after the first call.
    suggest(client, "Notfall")
    few = count_queries(client, "Notfall")
    add(2, 20)
    # One query per page type among the hits: at most as many as before.
    assert count_queries(client, "Notfall") <= few
