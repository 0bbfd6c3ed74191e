"""Promoted results: what editors put above the results, and who sees it."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.promotions import promoted_pages, promoted_queries
from tests import factories
from tests.fixture_texts import ENGLISH


def request_for(user=None):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/search/")
    request.user = user or AnonymousUser()
    return request


def promote(query_string, *pages):
    query = Query.get(query_string)
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order)
    return query


@pytest.fixture
def english_release(home_en, newsroom, press_release):
    factories.translate_page(newsroom, "en", ENGLISH)
    return factories.translate_page(press_release, "en", ENGLISH)


def test_promoted_page_for_its_query(press_release):
    promote("Hausverbot", press_release)
    assert promoted_pages(request_for(), "Hausverbot", "de") == [press_release]


@pytest.mark.parametrize(
    "typed", ["hausverbot jobcenter", "  Hausverbot   JOBCENTER ", "HAUSVERBOT JOBCENTER"]
)
def test_query_is_matched_as_wagtail_normalises_it(press_release, typed):
    promote("Hausverbot Jobcenter", press_release)
    assert promoted_pages(request_for(), typed, "de") == [press_release]


@pytest.mark.parametrize("typed", ["", "Hausverbote", "Hausverbot Jobcenter"])
def test_other_queries_promote_nothing(press_release, typed):
    promote("Hausverbot", press_release)
    assert promoted_pages(request_for(), typed, "de") == []


def test_promotions_keep_the_editors_order(newsroom, press_release):
    promote("Presse", press_release, newsroom)
    assert promoted_pages(request_for(), "presse", "de") == [press_release, newsroom]


def test_promotion_carries_its_description(press_release):
    query = Query.get("notfallplan")
    SearchPromotion.objects.create(query=query, page=press_release, description="Der Plan")
    [page] = promoted_pages(request_for(), "Notfallplan", "de")
    assert page.promotion_description == "Der Plan"


def test_unpublished_page_is_not_promoted(press_release):
    press_release.unpublish()
    promote("Hausverbot", press_release)
    assert promoted_pages(request_for(), "Hausverbot", "de") == []


def test_external_links_are_not_pages(press_release):
    query = Query.get("hausverbot")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", external_link_text="Beispiel"
    )
    assert promoted_pages(request_for(), "Hausverbot", "de") == []


@pytest.mark.parametrize(("who", "shown"), [("anonymous", False), ("member", True)])
def test_promoted_intranet_page_only_for_members(member, intranet_page, who, shown):
    promote("Schulung", intranet_page)
    request = request_for(member if who == "member" else None)
    assert (promoted_pages(request, "Schulung", "de") == [intranet_page]) is shown
    assert (promoted_queries(request, "schul", "de") == ["schulung"]) is shown


def test_english_site_shows_the_translation(english_release, press_release):
    promote("Hausverbot", press_release)
    assert promoted_pages(request_for(), "Hausverbot", "en") == [english_release]
    assert promoted_pages(request_for(), "Hausverbot", "de") == [press_release]


def test_english_site_shows_nothing_without_a_translation(home_en, press_release):
    promote("Hausverbot", press_release)
    assert promoted_pages(request_for(), "Hausverbot", "en") == []
    assert promoted_queries(request_for(), "Hausv", "en") == []


def test_promoted_queries_fold_umlauts(press_release):
    promote("Gebäudesicherheit", press_release)
    assert promoted_queries(request_for(), "gebaeude", "de") == ["gebäudesicherheit"]


# --- the admin ----------------------------------------------------------------


@pytest.mark.parametrize("maker", ["make_editor", "make_press_officer", "make_coordinator"])
def test_editorial_groups_may_promote_results(client, press_release, maker):
    client.force_login(getattr(factories, maker)())
    assert "/admin/searchpicks/" in client.get("/admin/").content.decode()
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200
    response = client.post(
        reverse("wagtailsearchpromotions:add"),
        {
            "query_string": "Notfallplan",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": press_release.pk,
            "editors_picks-0-description": "",
        },
    )
    assert response.status_code == 302
    assert promoted_pages(request_for(), "notfallplan", "de") == [press_release]


def test_members_may_not_promote_results(client, member):
    client.force_login(member)
    response = client.get(reverse("wagtailsearchpromotions:add"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
