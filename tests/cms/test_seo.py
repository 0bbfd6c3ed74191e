"""What search engines read: canonical links, Open Graph, JSON-LD, the
sitemap with hreflang alternates and robots.txt."""

import datetime
import json
import xml.etree.ElementTree as ET

import lxml.html
import pytest
from wagtail.images.tests.utils import get_test_image_file

from cms.models import CustomImage
from tests import factories
from tests.fixture_texts import ENGLISH

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content).find("head")


def meta(head, prop):
    values = head.xpath(f"meta[@property='{prop}']/@content")
    return values[0] if values else None


def json_ld(head):
    [script] = head.xpath("script[@type='application/ld+json']")
    return json.loads(script.text)


def parse_xml(response):
    assert response.status_code == 200
    # The site's own response, not untrusted input.
    return ET.fromstring(response.content)  # noqa: S314


@pytest.fixture
def english_site(home_en, newsroom, press_release):
    return {
        "newsroom": factories.translate_page(newsroom, "en", ENGLISH),
        "press_release": factories.translate_page(press_release, "en", ENGLISH),
    }


# --- canonical and Open Graph ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("home", "http://testserver/"),
        ("about", "http://testserver/ueber-uns/"),
        ("newsroom", "http://testserver/presse/"),
        ("press_release", "http://testserver/presse/beispielstadt-tritt-bei/"),
    ],
)
def test_every_page_has_an_absolute_canonical_link(client, home, press_release, name, canonical):
    pages = {
        "home": home,
        "about": factories.make_standard_page(home, title="Über uns", slug="ueber-uns"),
        "newsroom": press_release.get_parent(),
        "press_release": press_release,
    }
    head = head_of(client, pages[name].url + "?utm_source=newsletter")
    assert head.xpath("link[@rel='canonical']/@href") == [canonical]
    assert meta(head, "og:url") == canonical


def test_english_pages_have_english_canonical_links(client, english_site):
    head = head_of(client, english_site["press_release"].url)
    assert head.xpath("link[@rel='canonical']/@href") == [
        "http://testserver/en/press/example-city-joins/"
    ]
    assert meta(head, "og:locale") == "en_GB"
    assert meta(head, "og:locale:alternate") == "de_DE"


def test_filtered_newsroom_keeps_its_filters_in_the_canonical_link(client, newsroom):
    head = head_of(client, f"{newsroom.url}?tag=gewalt&utm_source=x")
    assert head.xpath("link[@rel='canonical']/@href") == ["http://testserver/presse/?tag=gewalt"]


def test_search_page_has_a_canonical_link(client, home):
    head = head_of(client, "/search/?q=Schutz")
    assert head.xpath("link[@rel='canonical']/@href") == ["http://testserver/search/"]


def test_not_found_page_has_no_canonical_link(client, home):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    head = lxml.html.fromstring(response.content).find("head")
    assert not head.xpath("link[@rel='canonical']")


def test_press_release_has_open_graph_tags(client, press_release):
    head = head_of(client, press_release.url)
    assert meta(head, "og:title") == "Stadt Beispielstadt tritt dem Netzwerk bei"
    assert meta(head, "og:type") == "article"
    assert meta(head, "og:locale") == "de_DE"
    assert meta(head, "og:description") == (
        "Die Stadtverwaltung schützt ihre Beschäftigten gemeinsam mit dem Netzwerk."
    )
    assert meta(head, "og:image") is None
    assert meta(head, "article:published_time") == "2026-03-02"


def test_search_description_wins_over_the_teaser(client, press_release):
    press_release.search_description = "Kurz für Suchmaschinen."
    factories.publish(press_release)
    head = head_of(client, press_release.url)
    assert meta(head, "og:description") == "Kurz für Suchmaschinen."
    assert head.xpath("meta[@name='description']/@content") == ["Kurz für Suchmaschinen."]


def test_other_pages_are_websites_with_their_intro(client, newsroom):
    head = head_of(client, newsroom.url)
    assert meta(head, "og:type") == "website"
    assert meta(head, "og:description") == "Neuigkeiten"
    assert not head.xpath("script[@type='application/ld+json']")


def test_press_release_image_is_shared_as_absolute_url(client, press_release, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    press_release.image = CustomImage.objects.create(
        title="Foto", file=get_test_image_file(), alt_text="Ein Empfangstresen"
    )
    factories.publish(press_release)
    head = head_of(client, press_release.url)
    assert meta(head, "og:image").startswith("http://testserver/media/images/")
    assert meta(head, "og:image:alt") == "Ein Empfangstresen"
    assert json_ld(head)["image"] == [meta(head, "og:image")]


# --- JSON-LD ----------------------------------------------------------------


def test_press_release_has_news_article_json_ld(client, press_release):
    data = json_ld(head_of(client, press_release.url))
    url = "http://testserver/presse/beispielstadt-tritt-bei/"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Stadt Beispielstadt tritt dem Netzwerk bei"
    assert data["datePublished"] == "2026-03-02"
    assert datetime.datetime.fromisoformat(data["dateModified"])
    assert data["description"].startswith("Die Stadtverwaltung")
    assert data["inLanguage"] == "de"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "#sicherimDienst",
        "url": "http://testserver/",
    }
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}


def test_english_json_ld_is_in_english(client, english_site):
    data = json_ld(head_of(client, english_site["press_release"].url))
    assert data["inLanguage"] == "en"
    assert data["headline"] == "Example City joins the network"
    assert data["publisher"]["url"] == "http://testserver/en/"


def test_json_ld_cannot_be_broken_out_of(client, newsroom):
    title = 'Warnung </script><script>alert("x")</script> & <!-- mehr'
    page = factories.make_press_release(
        newsroom, title=title, slug="warnung", date=datetime.date(2026, 1, 1)
    )
    html = client.get(page.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "</script><script>" not in html
    assert json_ld(lxml.html.fromstring(html).find("head"))["headline"] == title


# --- sitemap ------------------------------------------------------------------


def sitemap_urls(client):
    """{location: {hreflang: href}} of /sitemap.xml."""
    urlset = parse_xml(client.get("/sitemap.xml"))
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in urlset.findall(f"{SITEMAP}url")
    }


def test_sitemap_lists_pages_of_both_languages_with_hreflang(client, english_site):
    urls = sitemap_urls(client)
    german = "http://testserver/presse/beispielstadt-tritt-bei/"
    english = "http://testserver/en/press/example-city-joins/"
    expected = {"de": german, "en": english, "x-default": german}
    assert urls[german] == expected
    assert urls[english] == expected
    assert urls["http://testserver/"]["en"] == "http://testserver/en/"


def test_sitemap_lists_untranslated_pages_without_alternates(client, press_release):
    urls = sitemap_urls(client)
    assert urls["http://testserver/presse/beispielstadt-tritt-bei/"] == {}


def test_sitemap_has_last_modification_dates(client, press_release):
    urlset = parse_xml(client.get("/sitemap.xml"))
    for url in urlset.findall(f"{SITEMAP}url"):
        assert datetime.date.fromisoformat(url.findtext(f"{SITEMAP}lastmod"))


def test_sitemap_leaves_out_drafts_and_the_intranet(client, home_en, newsroom, intranet_page):
    factories.make_press_release(
        newsroom, title="Entwurf", slug="entwurf", date=datetime.date(2026, 1, 1), live=False
    )
    english_intranet = factories.translate_page(intranet_page.get_parent(), "en", ENGLISH)
    factories.translate_page(intranet_page, "en", ENGLISH)
    text = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/presse/" in text
    assert "entwurf" not in text
    assert "intranet" not in text
    assert "schulungsmaterial" not in text
    assert "training-material" not in text
    assert english_intranet.url not in text


def test_sitemap_leaves_out_any_restricted_section(client, home):
    section = factories.make_standard_page(home, title="Vorstand", slug="vorstand")
    factories.make_standard_page(section, title="Protokolle", slug="protokolle")
    factories.restrict_to_members(section)
    text = client.get("/sitemap.xml").content.decode()
    assert "vorstand" not in text
    assert "protokolle" not in text


def test_sitemap_sets_no_cookies(client, press_release):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"] == "application/xml"
    assert not response.cookies


# --- robots.txt ---------------------------------------------------------------


def test_robots_txt_names_the_sitemap_and_disallows_admin_and_intranet(
    client, home_en, intranet_page
):
    factories.translate_page(intranet_page.get_parent(), "en", ENGLISH)
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /intranet/" in lines
    assert "Disallow: /en/intranet/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not response.cookies


def test_sitemap_lists_the_newsroom_archive_and_its_years(client, newsroom, press_release):
    factories.make_press_release(
        newsroom, title="Älter", slug="aelter", date=datetime.date(2025, 6, 1)
    )
    factories.make_press_release(
        newsroom, title="Entwurf 2023", slug="entwurf", date=datetime.date(2023, 1, 1), live=False
    )

    urls = sitemap_urls(client)

    assert "http://testserver/presse/archiv/" in urls
    assert "http://testserver/presse/archiv/2026/" in urls
    assert "http://testserver/presse/archiv/2025/" in urls
    assert "http://testserver/presse/archiv/2023/" not in urls
    for location in urls:
        assert client.get(location).status_code == 200
