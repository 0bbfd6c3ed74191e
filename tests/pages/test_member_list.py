"""The public member list: only listed members, grouped, filtered, map and table."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import Organisation
from pages.models import MemberListPage
from tests import factories


def make_organisation(name, region="koeln", kind="city", city="", **fields):
    fields.setdefault("listed_publicly", True)
    return Organisation.objects.create(name=name, region=region, kind=kind, city=city, **fields)


@pytest.fixture
def member_list(home):
    return factories.add_page(
        home, MemberListPage(title="Mitglieder", slug="mitglieder", intro="Unsere Mitglieder")
    )


@pytest.fixture
def organisations(db):
    return [
        make_organisation("Stadt Köln", "koeln", "city", "Köln"),
        make_organisation("Bundesstadt Bonn", "koeln", "city", "Bonn"),
        make_organisation("Rhein-Sieg-Kreis", "koeln", "district", "Siegburg"),
        make_organisation("Stadt Bielefeld", "detmold", "city", "Bielefeld"),
        make_organisation("Polizeipräsidium Essen", "duesseldorf", "police", "Essen"),
    ]


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed_names(soup):
    return [item.get_text(" ", strip=True) for item in soup.select(".member-list li")]


def map_links(soup):
    return {link["data-region"]: link for link in soup.select(".nrw-map a")}


def table_totals(soup):
    """Region name -> the total in the table's last column."""
    rows = soup.select(".member-table tbody tr")
    return {row.th.get_text(strip=True): int(row.select("td")[-1].get_text()) for row in rows}


def test_member_list_shows_listed_organisations_only(client, member_list, organisations):
    make_organisation("Kreis Kleve", "duesseldorf", "district", listed_publicly=False)
    make_organisation("Stadt Ehemalig", "muenster", "city", is_active=False)
    html = page_html(client, member_list.url).get_text(" ")
    assert "Stadt Köln" in html
    assert "Polizeipräsidium Essen" in html
    assert "Kreis Kleve" not in html
    assert "Stadt Ehemalig" not in html


def test_member_list_groups_by_region_and_type(client, member_list, organisations):
    soup = page_html(client, member_list.url)
    cologne = soup.find(id="region-koeln").parent
    assert cologne.h3.get_text(" ", strip=True) == "Köln (3)"
    assert [h4.get_text(" ", strip=True) for h4 in cologne.select("h4")] == [
        "Stadt oder Gemeinde (2)",
        "Kreis (1)",
    ]
    assert listed_names(cologne) == [
        "Bundesstadt Bonn , Bonn",
        "Stadt Köln , Köln",
        "Rhein-Sieg-Kreis , Siegburg",
    ]


def test_member_list_filters_by_region(client, member_list, organisations):
    soup = page_html(client, member_list.url + "?region=detmold")
    assert listed_names(soup) == ["Stadt Bielefeld , Bielefeld"]
    assert "1 von 5 Organisationen entspricht Ihrem Filter." in soup.get_text(" ", strip=True)


def test_member_list_filters_by_type(client, member_list, organisations):
    soup = page_html(client, member_list.url + "?kind=district")
    assert listed_names(soup) == ["Rhein-Sieg-Kreis , Siegburg"]


def test_member_list_filters_by_text_in_name_or_town(client, member_list, organisations):
    assert listed_names(page_html(client, member_list.url + "?q=bonn")) == [
        "Bundesstadt Bonn , Bonn"
    ]
    assert listed_names(page_html(client, member_list.url + "?q=siegburg")) == [
        "Rhein-Sieg-Kreis , Siegburg"
    ]


def test_member_list_ignores_unknown_filter_values(client, member_list, organisations):
    soup = page_html(client, member_list.url + "?region=bayern&kind=x")
    assert len(listed_names(soup)) == 5


def test_member_list_says_when_nothing_matches(client, member_list, organisations):
    soup = page_html(client, member_list.url + "?q=Hamburg")
    assert listed_names(soup) == []
    assert "Keine Mitgliedsorganisation entspricht Ihrem Filter." in soup.get_text(" ")


def test_map_has_one_link_per_region_with_its_count(client, member_list, organisations):
    links = map_links(page_html(client, member_list.url))
    assert set(links) == {"duesseldorf", "koeln", "muenster", "detmold", "arnsberg"}
    assert links["koeln"]["aria-label"] == "Köln: 3 Mitgliedsorganisationen"
    assert links["koeln"].title.get_text() == "Köln: 3 Mitgliedsorganisationen"
    assert links["detmold"]["aria-label"] == "Detmold: 1 Mitgliedsorganisation"
    assert links["arnsberg"]["aria-label"] == "Arnsberg: 0 Mitgliedsorganisationen"
    assert links["koeln"]["href"] == "/mitglieder/?region=koeln#results"
    assert all(link["role"] == "link" for link in links.values())


def test_map_link_leads_to_the_regions_members(client, member_list, organisations):
    link = map_links(page_html(client, member_list.url))["duesseldorf"]
    soup = page_html(client, link["href"].split("#")[0])
    assert listed_names(soup) == ["Polizeipräsidium Essen , Essen"]
    assert map_links(soup)["duesseldorf"]["aria-current"] == "true"


def test_map_has_a_caption(client, member_list, organisations):
    soup = page_html(client, member_list.url)
    figure = soup.select_one("figure.nrw-map")
    caption = figure.figcaption
    assert "Regierungsbezirk" in caption.get_text()
    assert figure.svg["aria-labelledby"] == caption["id"]


def test_table_has_the_same_figures_as_the_map(client, member_list, organisations):
    soup = page_html(client, member_list.url)
    table = soup.select_one(".member-table")
    assert table.caption.get_text(strip=True)
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    assert all(row.th["scope"] == "row" for row in table.select("tbody tr"))
    totals = table_totals(soup)
    assert totals == {"Düsseldorf": 1, "Köln": 3, "Münster": 0, "Detmold": 1, "Arnsberg": 0}
    for link in map_links(soup).values():
        name = link["aria-label"].split(":")[0]
        assert link["aria-label"].startswith(f"{name}: {totals[name]} ")
    assert table.tfoot.select("td")[-1].get_text() == "5"


def test_table_counts_per_type(client, member_list, organisations):
    soup = page_html(client, member_list.url)
    headers = [th.get_text(strip=True) for th in soup.select(".member-table thead th")]
    assert headers == ["Regierungsbezirk", "Stadt oder Gemeinde", "Kreis", "Polizei", "Gesamt"]
    cologne = next(
        row for row in soup.select(".member-table tbody tr") if row.th.get_text() == "Köln"
    )
    assert [td.get_text() for td in cologne.select("td")] == ["2", "1", "0", "3"]


def test_english_member_list_translates_regions_and_types(
    client, home_en, member_list, organisations
):
    english = factories.translate_page(
        member_list,
        "en",
        {"Mitglieder": "Members", "mitglieder": "members", "Unsere Mitglieder": "Our members"},
    )
    soup = page_html(client, english.url)
    links = map_links(soup)
    assert links["koeln"]["aria-label"] == "Cologne: 3 member organisations"
    assert "City or municipality (2)" in soup.get_text(" ", strip=True)
    assert "Stadt Köln" in soup.get_text(" ")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_member_list_queries_do_not_grow_with_organisations(client, member_list, organisations):
    count_queries(client, member_list.url)  # warm caches (site root paths, content types)
    few = count_queries(client, member_list.url)
    for number in range(20):
        make_organisation(f"Gemeinde {number}", ["koeln", "muenster"][number % 2], "city")
    assert count_queries(client, member_list.url) == few
