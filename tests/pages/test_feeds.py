"""RSS 2.0 and Atom feeds of the newsroom, per language."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests import factories
from tests.fixture_texts import ENGLISH

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    assert response.status_code == 200
    # The site's own response, not untrusted input.
    return ET.fromstring(response.content)  # noqa: S314


@pytest.fixture
def english_newsroom(home_en, newsroom, press_release):
    english = factories.translate_page(newsroom, "en", ENGLISH)
    factories.translate_page(press_release, "en", ENGLISH)
    return english


@pytest.fixture
def hidden_releases(newsroom, intranet_page):
    """A draft and a release under a view restriction, which no feed may show."""
    factories.make_press_release(
        newsroom, title="Entwurf ohne Freigabe", date=datetime.date(2026, 4, 1), live=False
    )
    restricted = factories.make_press_release(
        newsroom, title="Nur für Mitglieder", date=datetime.date(2026, 4, 2)
    )
    factories.restrict_to_members(restricted)
    return restricted


def test_rss_feed_is_valid_rss_with_the_releases(client, newsroom, press_release):
    response = client.get(f"{newsroom.url}rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = parse(response)
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "Presse – #sicherimDienst"
    assert channel.findtext("link") == "http://testserver/presse/"
    assert channel.findtext("language") == "de"
    [item] = channel.findall("item")
    assert item.findtext("title") == "Stadt Beispielstadt tritt dem Netzwerk bei"
    assert item.findtext("link") == "http://testserver/presse/beispielstadt-tritt-bei/"
    assert item.findtext("description") == (
        "Die Stadtverwaltung schützt ihre Beschäftigten gemeinsam mit dem Netzwerk."
    )
    assert item.findtext("pubDate").startswith("Mon, 02 Mar 2026")


def test_atom_feed_is_valid_atom_with_the_releases(client, newsroom, press_release):
    response = client.get(f"{newsroom.url}atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == "Presse – #sicherimDienst"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == "http://testserver/presse/atom/"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Stadt Beispielstadt tritt dem Netzwerk bei"
    assert entry.find(f"{ATOM}link").get("href") == (
        "http://testserver/presse/beispielstadt-tritt-bei/"
    )
    assert entry.findtext(f"{ATOM}published").startswith("2026-03-02")
    assert entry.findtext(f"{ATOM}summary").startswith("Die Stadtverwaltung")


def test_feed_lists_tags_as_categories(client, newsroom, press_release):
    factories.tag_page(press_release, "Gewalt", "Kommunen")
    item = parse(client.get(f"{newsroom.url}rss/")).find("channel/item")
    assert sorted(c.text for c in item.findall("category")) == ["Gewalt", "Kommunen"]


def test_feed_lists_newest_first(client, newsroom, press_release):
    factories.make_press_release(newsroom, title="Neuer", date=datetime.date(2026, 5, 1))
    factories.make_press_release(newsroom, title="Älter", date=datetime.date(2025, 5, 1))
    titles = [i.findtext("title") for i in parse(client.get(f"{newsroom.url}rss/")).iter("item")]
    assert titles == ["Neuer", "Stadt Beispielstadt tritt dem Netzwerk bei", "Älter"]


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_feeds_hide_drafts_restricted_releases_and_the_intranet(
    client, newsroom, press_release, hidden_releases, intranet_page, feed
):
    text = client.get(f"{newsroom.url}{feed}").content.decode()
    assert "Stadt Beispielstadt tritt dem Netzwerk bei" in text
    assert "Entwurf ohne Freigabe" not in text
    assert "Nur für Mitglieder" not in text
    assert "Schulungsmaterial" not in text
    assert "intranet" not in text


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_english_feed_lists_english_releases_only(client, english_newsroom, feed):
    factories.make_press_release(
        english_newsroom.get_translation(factories.get_locale("de")),
        title="Nur auf Deutsch",
        date=datetime.date(2026, 6, 1),
    )
    text = client.get(f"{english_newsroom.url}{feed}").content.decode()
    assert english_newsroom.url == "/en/press/"
    assert "Example City joins the network" in text
    assert "http://testserver/en/press/example-city-joins/" in text
    assert "Stadt Beispielstadt" not in text
    assert "Nur auf Deutsch" not in text


def test_german_feed_lists_german_releases_only(client, english_newsroom, newsroom):
    text = client.get(f"{newsroom.url}rss/").content.decode()
    assert "Stadt Beispielstadt tritt dem Netzwerk bei" in text
    assert "Example City" not in text


def test_english_rss_feed_declares_english(client, english_newsroom):
    channel = parse(client.get(f"{english_newsroom.url}rss/")).find("channel")
    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "Press – #sicherimDienst"


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_feeds_set_no_cookies(client, newsroom, press_release, feed):
    assert not client.get(f"{newsroom.url}{feed}").cookies


@pytest.mark.parametrize("page_of", ["home", "newsroom"])
def test_home_and_newsroom_advertise_both_feeds(client, home, newsroom, press_release, page_of):
    url = home.url if page_of == "home" else newsroom.url
    html = client.get(url).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Presse (RSS)" '
        'href="/presse/rss/">'
    ) in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Presse (Atom)" '
        'href="/presse/atom/">'
    ) in html


def test_english_home_advertises_the_english_feeds(client, english_newsroom):
    html = client.get("/en/").content.decode()
    assert 'type="application/rss+xml" title="Press (RSS)" href="/en/press/rss/"' in html


def test_other_pages_do_not_advertise_feeds(client, press_release):
    assert "application/rss+xml" not in client.get(press_release.url).content.decode()
