"""Search shows each user only what they may open (issue 6, point 3).

Over the seeded demo site, the same cases for an anonymous visitor, a
logged-in user outside the network, a member and an editor, through
/api/search/, /search/ and the autocomplete: results, totals, facet counts,
snippets and suggestions come from public, live content only, unless the
user may see more. The words are ones that occur only behind the login in
the demo content; the restricted pages and documents a case needs beyond
it are built by the test. Runs on SQLite and again on PostgreSQL.
"""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from intranet.collections import members_collection
from pages.models import HomePage
from search.models import DocumentText
from tests import factories

pytestmark = pytest.mark.django_db

NON_MEMBERS = ("anonymous", "non_member")
MEMBERS = ("member", "editor")
INTRANET_PREFIXES = ("/mitgliederbereich/", "/en/members-area/")

# Words of the demo content that occur only behind the login, and the title
# a member finds with them.
INTRANET_WORDS = {
    # The forum rules heading of the intranet page "Austausch und Diskussion".
    "Netiquette": "Austausch und Diskussion",
    # Only in the intranet page "Schulungsmaterial".
    "Feedbackbogen": "Schulungsmaterial",
    # A person of the member network.
    "Osterhoff": "Frank Osterhoff",
    # Only in Jan Hoffmann's expertise.
    "Cybercrime": "Jan Hoffmann",
    # The town of the member organisation Hochsauerlandkreis.
    "Meschede": "Hochsauerlandkreis",
}
# One letter off each of them: a suggestion would reveal the word.
INTRANET_TYPOS = ["Netiquete", "Feedbakbogen", "Osterhof", "Cybercirme", "Meschde"]


def all_results(search_api, role, query, path="/api/search/", **params):
    """Every result of every page of the answer, and the first page's answer."""
    first = search_api(role, query, path=path, **params)
    results = list(first["results"])
    for page in range(2, first["pages"] + 1):
        results += search_api(role, query, path=path, page=page, **params)["results"]
    return first, results


def html_total(html):
    match = re.search(r'class="search-summary"[^>]*>\s*(\d+)', html)
    assert match, "no result count on the search page"
    return int(match.group(1))


def assert_nothing_found(answer):
    assert answer["total"] == 0
    assert answer["results"] == []
    assert all(entry["count"] == 0 for facet in answer["facets"].values() for entry in facet)
    assert answer["suggestion"] is None


# --- words of the intranet, people and organisations ---------------------------


@pytest.mark.parametrize("role", NON_MEMBERS)
@pytest.mark.parametrize("query", list(INTRANET_WORDS))
def test_intranet_words_find_nothing_for_non_members(search_api, role, query):
    answer = search_api(role, query)
    assert_nothing_found(answer)
    assert INTRANET_WORDS[query] not in str(answer)


@pytest.mark.parametrize("role", NON_MEMBERS)
@pytest.mark.parametrize("query", list(INTRANET_WORDS))
def test_search_page_shows_nothing_of_the_intranet_to_non_members(client_for, role, query):
    response = client_for(role).get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert html_total(html) == 0
    assert INTRANET_WORDS[query] not in html
    assert 'class="search-suggestion"' not in html


@pytest.mark.parametrize("role", MEMBERS)
@pytest.mark.parametrize("query", list(INTRANET_WORDS))
def test_members_find_intranet_pages_people_and_organisations(search_api, role, query):
    _answer, results = all_results(search_api, role, query)
    assert INTRANET_WORDS[query] in [result["title"] for result in results]


@pytest.mark.parametrize("role", MEMBERS)
def test_member_search_page_shows_intranet_results(client_for, role):
    html = client_for(role).get("/search/", {"q": "Netiquette"}).content.decode()
    assert html_total(html) >= 1
    assert "Austausch und Diskussion" in html


@pytest.mark.parametrize("role", NON_MEMBERS)
@pytest.mark.parametrize("query", INTRANET_TYPOS)
def test_misspelt_intranet_word_gets_no_suggestion_for_non_members(search_api, role, query):
    answer = search_api(role, query)
    assert answer["suggestion"] is None
    assert answer["total"] == 0
    for title in INTRANET_WORDS.values():
        assert title not in str(answer)


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_people_and_organisations_are_no_facet_for_non_members(search_api, role):
    # Words that public pages and members' profiles share.
    for query in ["Deeskalation", "Nachsorge", "Köln"]:
        _answer, results = all_results(search_api, role, query)
        types = {result["type"] for result in results}
        assert types, query
        assert not types & {"person", "organisation"}, query
        facet_values = {entry["value"] for entry in _answer["facets"].get("type", [])}
        assert not facet_values & {"person", "organisation"}, query


def test_members_get_people_among_results_of_shared_words(search_api):
    answer = search_api("member", "Bodycams")
    assert "person" in {entry["value"] for entry in answer["facets"]["type"]}


# --- a word public pages and intranet pages share --------------------------------


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_shared_word_shows_only_public_results_to_non_members(search_api, role):
    # "Notfallalarm" stands in a public press release and in two intranet pages.
    answer, results = all_results(search_api, role, "Notfallalarm")
    titles = [result["title"] for result in results]
    assert "Jobcenter Dortmund zeigt, wie Notfallalarm und Hausverbot zusammenwirken" in titles
    assert "Praxisbeispiele" not in titles
    assert "Notfallpläne und Gefährdungsbeurteilung" not in titles
    assert not [r["url"] for r in results if r["url"].startswith(INTRANET_PREFIXES)]
    # The total and the facet counts count only what the visitor sees.
    assert answer["total"] == len(results)
    assert sum(entry["count"] for entry in answer["facets"]["type"]) == answer["total"]
    # Text only the intranet page has never shows in a snippet.
    assert "Nachmittag" not in " ".join(result["snippet"] for result in results)


def test_shared_word_shows_intranet_results_to_members(search_api):
    public, _results = all_results(search_api, "anonymous", "Notfallalarm")
    member, results = all_results(search_api, "member", "Notfallalarm")
    titles = [result["title"] for result in results]
    assert "Praxisbeispiele" in titles
    assert "Notfallpläne und Gefährdungsbeurteilung" in titles
    assert member["total"] > public["total"]


# --- English ----------------------------------------------------------------------


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_english_search_hides_the_intranet_from_non_members(search_api, role):
    answer = search_api(role, "netiquette", path="/en/api/search/")
    assert_nothing_found(answer)
    assert "Exchange and discussion" not in str(answer)


@pytest.mark.parametrize("role", MEMBERS)
def test_english_search_finds_the_english_intranet_for_members(search_api, role):
    _answer, results = all_results(search_api, role, "netiquette", path="/en/api/search/")
    assert "Exchange and discussion" in [result["title"] for result in results]
    assert all(not result["url"].startswith("/mitgliederbereich/") for result in results)


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_english_search_page_shows_nothing_of_the_intranet(client_for, role):
    html = client_for(role).get("/en/search/", {"q": "netiquette"}).content.decode()
    assert html_total(html) == 0
    assert "Exchange and discussion" not in html


# --- documents ----------------------------------------------------------------------


@pytest.fixture
def documents(seeded_site):
    """A public document and one in the members' collection, each with a word
    of its own in its title and in its text (as the extraction stores it)."""
    document_model = get_document_model()
    created = {}
    for key, title, text, collection in [
        (
            "public",
            "Merkblatt Yppenplatz",
            "Öffentliche Hinweise zum Yppenplatz und zur Quastenflosser-Übung.",
            Collection.get_first_root_node(),
        ),
        (
            "members",
            "Internes Einsatzkonzept Xaverhof",
            "Vertrauliche Alarmierungskette Zwiebelturm für den Xaverhof.",
            members_collection(),
        ),
    ]:
        document = document_model.objects.create(
            title=title,
            file=ContentFile(text.encode(), name=f"{key}.txt"),
            collection=collection,
        )
        DocumentText.objects.update_or_create(
            document=document,
            defaults={
                "title": title,
                "collection_id_copy": collection.pk,
                "text": text,
                "status": DocumentText.Status.DONE,
            },
        )
        created[key] = document
    return created


@pytest.mark.parametrize("role", [*NON_MEMBERS, *MEMBERS])
def test_public_documents_are_found_by_title_and_text(search_api, documents, role):
    for query in ["Yppenplatz", "Quastenflosser"]:
        titles = [result["title"] for result in search_api(role, query)["results"]]
        assert "Merkblatt Yppenplatz" in titles, query


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_members_documents_are_hidden_from_non_members(search_api, documents, role):
    for query in ["Xaverhof", "Zwiebelturm"]:
        answer = search_api(role, query)
        assert_nothing_found(answer)
        assert documents["members"].url not in str(answer)


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_search_page_hides_members_documents(client_for, documents, role):
    html = client_for(role).get("/search/", {"q": "Xaverhof"}).content.decode()
    assert html_total(html) == 0
    assert "Internes Einsatzkonzept Xaverhof" not in html


@pytest.mark.parametrize("role", MEMBERS)
def test_members_find_members_documents(search_api, documents, role):
    for query in ["Xaverhof", "Zwiebelturm"]:
        titles = [result["title"] for result in search_api(role, query)["results"]]
        assert "Internes Einsatzkonzept Xaverhof" in titles, query


# --- drafts and restricted pages ------------------------------------------------------


@pytest.fixture
def restricted_pages(seeded_site):
    """Pages below the German home: a draft, a live page with a draft change,
    and live pages restricted by password, to the editors' group and to
    logged-in users."""
    home = HomePage.objects.get(locale__language_code="de")
    pages = {}
    pages["draft"] = factories.make_standard_page(
        home,
        "Entwurf Quendelmoor",
        slug="entwurf-quendelmoor",
        body=[("paragraph", "Noch nicht freigegebener Text über das Quendelmoor.")],
        live=False,
    )
    changed = factories.make_standard_page(
        home,
        "Veröffentlichte Seite Lindwurmgasse",
        slug="lindwurmgasse",
        body=[("paragraph", "Der veröffentlichte Text nennt die Lindwurmgasse.")],
    )
    changed.title = "Geänderter Entwurf Pelikanhof"
    changed.body = factories.body_blocks([("paragraph", "Erst im Entwurf: der Pelikanhof.")])
    changed.save_revision()
    pages["changed"] = changed
    for key, title, word, restriction_type in [
        ("password", "Passwortseite Mondscheinweg", "Mondscheinweg", PageViewRestriction.PASSWORD),
        ("group", "Redaktionsnotiz Sternwartenhof", "Sternwartenhof", PageViewRestriction.GROUPS),
        ("login", "Anmeldeseite Wacholderpfad", "Wacholderpfad", PageViewRestriction.LOGIN),
    ]:
        page = factories.make_standard_page(
            home,
            title,
            slug=title.lower().replace(" ", "-"),
            body=[("paragraph", f"Nur für Berechtigte: {word}.")],
        )
        restriction = PageViewRestriction.objects.create(
            page=page,
            restriction_type=restriction_type,
            password="geheim-genug" if restriction_type == PageViewRestriction.PASSWORD else "",
        )
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.add(factories.editors_group())
        pages[key] = page
    return pages


@pytest.mark.parametrize("role", [*NON_MEMBERS, *MEMBERS])
def test_drafts_are_found_by_nobody(search_api, restricted_pages, role):
    assert_nothing_found(search_api(role, "Quendelmoor"))
    # Of a live page only the published version is searchable.
    assert_nothing_found(search_api(role, "Pelikanhof"))
    titles = [result["title"] for result in search_api(role, "Lindwurmgasse")["results"]]
    assert titles == ["Veröffentlichte Seite Lindwurmgasse"]


@pytest.mark.parametrize("role", [*NON_MEMBERS, *MEMBERS])
def test_password_protected_pages_are_found_by_nobody(search_api, restricted_pages, role):
    answer = search_api(role, "Mondscheinweg")
    assert_nothing_found(answer)
    assert "Passwortseite" not in str(answer)


@pytest.mark.parametrize(
    ("role", "found"),
    [("anonymous", False), ("non_member", False), ("member", False), ("editor", True)],
)
def test_group_restricted_page_is_found_by_its_group_only(
    search_api, restricted_pages, role, found
):
    answer = search_api(role, "Sternwartenhof")
    titles = [result["title"] for result in answer["results"]]
    assert ("Redaktionsnotiz Sternwartenhof" in titles) is found
    if not found:
        assert_nothing_found(answer)


@pytest.mark.parametrize(
    ("role", "found"),
    [("anonymous", False), ("non_member", True), ("member", True), ("editor", True)],
)
def test_login_restricted_page_is_found_by_logged_in_users(
    search_api, restricted_pages, role, found
):
    answer = search_api(role, "Wacholderpfad")
    titles = [result["title"] for result in answer["results"]]
    assert ("Anmeldeseite Wacholderpfad" in titles) is found
    if not found:
        assert_nothing_found(answer)


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_search_page_hides_restricted_pages(client_for, restricted_pages, role):
    for query, title in [
        ("Quendelmoor", "Entwurf Quendelmoor"),
        ("Mondscheinweg", "Passwortseite Mondscheinweg"),
        ("Sternwartenhof", "Redaktionsnotiz Sternwartenhof"),
    ]:
        html = client_for(role).get("/search/", {"q": query}).content.decode()
        assert html_total(html) == 0, query
        assert title not in html, query


# --- autocomplete ---------------------------------------------------------------------


def autocomplete(client, query, path="/api/search/autocomplete/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [item["label"] for item in response.json()["suggestions"]]


@pytest.mark.parametrize("role", NON_MEMBERS)
def test_autocomplete_offers_nothing_of_the_intranet_to_non_members(client_for, role):
    client = client_for(role)
    assert "Schulungsmaterial" not in autocomplete(client, "Schulungsm")
    assert autocomplete(client, "Hochsauer") == []
    assert "Training material" not in autocomplete(
        client, "Training mat", "/en/api/search/autocomplete/"
    )


@pytest.mark.parametrize("role", MEMBERS)
def test_autocomplete_offers_intranet_titles_to_members(client_for, role):
    client = client_for(role)
    assert "Schulungsmaterial" in autocomplete(client, "Schulungsm")
    assert "Hochsauerlandkreis" in autocomplete(client, "Hochsauer")
