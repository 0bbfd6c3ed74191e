"""Main menu, breadcrumbs and the per-language footer with its settings."""

import types

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cms.models import FooterServiceLink, SiteSettings, SocialProfileLink
from pages.seeds import navigation as navigation_seed
from tests import factories

ENGLISH = {
    "Presse": "Press",
    "presse": "press",
    "Neuigkeiten": "News",
    "Impressum": "Imprint",
    "impressum": "imprint",
    "Datenschutz": "Privacy",
    "datenschutz": "privacy",
    "Über uns": "About us",
    "ueber-uns": "about-us",
    "Team": "Team",
    "team": "team",
}


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def links(element):
    return [(a.text_content().strip(), a.get("href")) for a in element.iter("a")]


@pytest.fixture
def about(home):
    page = factories.make_standard_page(home, title="Über uns", slug="ueber-uns")
    page.show_in_menus = True
    return factories.publish(page)


@pytest.fixture
def team(about):
    return factories.make_standard_page(about, title="Team", slug="team")


@pytest.fixture
def legal_pages(home):
    return {
        "imprint": factories.make_standard_page(home, title="Impressum", slug="impressum"),
        "privacy": factories.make_standard_page(home, title="Datenschutz", slug="datenschutz"),
    }


@pytest.fixture
def german_settings(home, newsroom, legal_pages):
    site_settings = SiteSettings(
        locale=home.locale,
        imprint_page=legal_pages["imprint"],
        privacy_page=legal_pages["privacy"],
        contact_email="kontakt@example.org",
    )
    site_settings.service_links = [FooterServiceLink(page=newsroom, label="Pressebereich")]
    site_settings.social_links = [
        SocialProfileLink(label="Mastodon", url="https://social.example/@sid")
    ]
    site_settings.save()
    return site_settings


@pytest.fixture
def english_pages(home_en, newsroom, legal_pages):
    return {
        "newsroom": factories.translate_page(newsroom, "en", ENGLISH),
        "imprint": factories.translate_page(legal_pages["imprint"], "en", ENGLISH),
        "privacy": factories.translate_page(legal_pages["privacy"], "en", ENGLISH),
    }


@pytest.fixture
def english_settings(german_settings, english_pages):
    site_settings = SiteSettings(
        locale=english_pages["imprint"].locale,
        translation_key=german_settings.translation_key,
        imprint_page=english_pages["imprint"],
        contact_email="contact@example.org",
    )
    site_settings.service_links = [
        FooterServiceLink(page=english_pages["newsroom"], label="Press office")
    ]
    site_settings.save()
    return site_settings


def footer_of(client, url):
    return html_of(client, url).find(".//footer")


# --- main menu ----------------------------------------------------------------


def test_main_menu_lists_menu_pages_and_marks_the_current_page(client, home, about):
    menu = html_of(client, about.url).find(".//nav[@class='main-menu']")
    assert ("Über uns", "/ueber-uns/") in links(menu)
    [current] = menu.xpath(".//a[@aria-current]")
    assert current.get("aria-current") == "page"
    assert current.text == "Über uns"


def test_main_menu_marks_the_section_of_a_subpage(client, about, team):
    menu = html_of(client, team.url).find(".//nav[@class='main-menu']")
    [current] = menu.xpath(".//a[@aria-current]")
    assert current.get("aria-current") == "true"
    assert current.text == "Über uns"


def test_main_menu_marks_home_on_the_home_page(client, home, about):
    menu = html_of(client, home.url).find(".//nav[@class='main-menu']")
    [current] = menu.xpath(".//a[@aria-current]")
    assert (current.text, current.get("aria-current")) == ("Startseite", "page")


def test_main_menu_hides_the_intranet_from_anonymous_readers(client, home, about, intranet_page):
    intranet_home = intranet_page.get_parent().specific
    intranet_home.show_in_menus = True
    factories.publish(intranet_home)
    html = client.get(about.url).content.decode()
    assert "Mitgliederbereich" not in html
    assert "/intranet/" not in html


def test_english_main_menu_lists_english_pages(client, home_en, about):
    factories.translate_page(about, "en", ENGLISH)
    menu = html_of(client, "/en/").find(".//nav[@class='main-menu']")
    assert ("About us", "/en/about-us/") in links(menu)
    assert ("Home", "/en/") in links(menu)


# --- breadcrumbs ----------------------------------------------------------------


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home, about, team):
    nav = html_of(client, team.url).find(".//nav[@class='breadcrumbs']")
    assert nav.get("aria-label") == "Sie sind hier"
    items = nav.findall("ol/li")
    assert [links(item)[0] for item in items] == [
        ("Startseite", "/"),
        ("Über uns", "/ueber-uns/"),
        ("Team", "/ueber-uns/team/"),
    ]
    assert items[-1].find("a").get("aria-current") == "page"
    assert nav.xpath(".//a[@aria-current]") == [items[-1].find("a")]


def test_home_page_has_no_breadcrumbs(client, home):
    assert html_of(client, home.url).find(".//nav[@class='breadcrumbs']") is None


def test_english_breadcrumbs_are_in_english(client, home_en, about, team):
    factories.translate_page(about, "en", ENGLISH)
    english_team = factories.translate_page(team, "en", ENGLISH)
    nav = html_of(client, english_team.url).find(".//nav[@class='breadcrumbs']")
    assert nav.get("aria-label") == "You are here"
    assert links(nav) == [
        ("Home", "/en/"),
        ("About us", "/en/about-us/"),
        ("Team", english_team.url),
    ]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/search/?q=Netzwerk", [("Startseite", "/"), ("Suche", "/search/")]),
        ("/accounts/login/", [("Startseite", "/"), ("Anmelden", "/accounts/login/")]),
        ("/en/search/?q=network", [("Home", "/en/"), ("Search", "/en/search/")]),
    ],
)
def test_search_and_login_have_breadcrumbs(client, home, path, expected):
    nav = html_of(client, path).find(".//nav[@class='breadcrumbs']")
    assert links(nav) == expected
    assert nav.findall("ol/li")[-1].find("a").get("aria-current") == "page"


# --- footer -------------------------------------------------------------------


def test_german_footer_shows_the_german_settings(client, home, german_settings):
    footer = footer_of(client, home.url)
    assert links(footer) == [
        ("Pressebereich", "/presse/"),
        ("kontakt@example.org", "mailto:kontakt@example.org"),
        ("Mastodon", "https://social.example/@sid"),
        ("Impressum", "/impressum/"),
        ("Datenschutzerklärung", "/datenschutz/"),
    ]
    assert footer.xpath(".//h2/text()") == ["Service", "Kontakt"]


def test_english_footer_shows_the_english_settings(client, english_settings, english_pages):
    footer = footer_of(client, "/en/")
    assert links(footer) == [
        ("Press office", "/en/press/"),
        ("contact@example.org", "mailto:contact@example.org"),
        ("Imprint", "/en/imprint/"),
    ]
    assert footer.xpath(".//h2/text()") == ["Service", "Contact"]


def test_footer_appears_on_every_kind_of_page(client, german_settings, press_release):
    for url in [press_release.url, press_release.get_parent().url, "/search/?q=x"]:
        assert ("Impressum", "/impressum/") in links(footer_of(client, url))


def test_english_footer_falls_back_to_german_settings_with_english_pages(
    client, german_settings, english_pages
):
    footer = footer_of(client, "/en/")
    assert links(footer) == [
        ("Press", "/en/press/"),
        ("kontakt@example.org", "mailto:kontakt@example.org"),
        ("Mastodon", "https://social.example/@sid"),
        ("Imprint", "/en/imprint/"),
        ("Privacy policy", "/en/privacy/"),
    ]


def test_footer_leaves_out_unset_and_unpublished_legal_pages(client, home, german_settings):
    german_settings.privacy_page.specific.unpublish()
    footer_text = footer_of(client, home.url).text_content()
    assert "Impressum" in footer_text
    assert "Datenschutzerklärung" not in footer_text
    assert "Erklärung zur Barrierefreiheit" not in footer_text
    assert "Leichte Sprache" not in footer_text


def test_footer_never_links_restricted_pages(client, home, german_settings, intranet_page):
    german_settings.service_links.add(FooterServiceLink(page=intranet_page))
    german_settings.save()
    html = client.get(home.url).content.decode()
    assert "Schulungsmaterial" not in html
    assert intranet_page.url not in html


def test_footer_without_settings_shows_only_the_claim(client, home):
    footer = footer_of(client, home.url)
    assert links(footer) == []
    assert "#sicherimDienst" in footer.text_content()


def test_settings_translated_with_wagtail_localize_link_english_pages(
    client, german_settings, english_pages
):
    source, _created = TranslationSource.get_or_create_from_instance(german_settings)
    english = factories.get_locale("en")
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            data={"Pressebereich": "Press office", "Mastodon": "Mastodon"}[segment.string.data],
        )
    source.create_or_update_translation(english)
    assert links(footer_of(client, "/en/")) == [
        ("Press office", "/en/press/"),
        ("kontakt@example.org", "mailto:kontakt@example.org"),
        ("Mastodon", "https://social.example/@sid"),
        ("Imprint", "/en/imprint/"),
        ("Privacy policy", "/en/privacy/"),
    ]


def test_second_settings_for_a_language_are_refused(home, german_settings):
    duplicate = SiteSettings(locale=home.locale)
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_settings_edited_in_the_admin_change_the_footer(
    client, admin_user, home, newsroom, german_settings, legal_pages
):
    accessibility = factories.make_standard_page(
        home, title="Barrierefreiheit", slug="barrierefreiheit"
    )
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_cms_sitesettings:edit", args=[german_settings.pk])
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "imprint_page": legal_pages["imprint"].pk,
            "privacy_page": "",
            "accessibility_page": accessibility.pk,
            "easy_language_page": "",
            "sign_language_page": "",
            "contact_email": "presse@example.org",
            "service_links": inline_formset(
                [
                    {
                        "id": german_settings.service_links.get().pk,
                        "page": newsroom.pk,
                        "label": "Alles für die Presse",
                        "ORDER": "1",
                    }
                ],
                initial=1,
            ),
            "social_links": inline_formset(
                [
                    {
                        "id": german_settings.social_links.get().pk,
                        "label": "Mastodon",
                        "url": "https://social.example/@sid",
                        "ORDER": "1",
                        "DELETE": "1",
                    }
                ],
                initial=1,
            ),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    client.logout()
    footer = footer_of(client, home.url)
    assert links(footer) == [
        ("Alles für die Presse", "/presse/"),
        ("presse@example.org", "mailto:presse@example.org"),
        ("Impressum", "/impressum/"),
        ("Erklärung zur Barrierefreiheit", "/barrierefreiheit/"),
    ]


def test_footer_settings_are_listed_under_settings_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_cms_sitesettings:list") in html


# --- seed ---------------------------------------------------------------------


def seed():
    from pages.models import HomePage

    command = types.SimpleNamespace(
        home=HomePage.objects.get(locale__language_code="de"), created=0
    )
    navigation_seed.seed(command)
    return command.created


def test_seed_fills_the_footer_of_both_languages(client, newsroom, english_pages):
    assert seed() == 2
    german = SiteSettings.objects.get(locale__language_code="de")
    english = SiteSettings.objects.get(locale__language_code="en")
    assert german.translation_key == english.translation_key
    assert ("Impressum", "/impressum/") in links(footer_of(client, "/"))
    english_links = links(footer_of(client, "/en/"))
    assert ("Imprint", "/en/imprint/") in english_links
    assert ("Privacy policy", "/en/privacy/") in english_links
    assert ("Press", "/en/press/") in english_links


def test_seed_is_idempotent_and_keeps_an_editors_changes(legal_pages, newsroom):
    seed()
    site_settings = SiteSettings.objects.get(locale__language_code="de")
    site_settings.contact_email = "redaktion@example.org"
    site_settings.service_links = []
    site_settings.save()
    accessibility = factories.make_standard_page(
        legal_pages["imprint"].get_parent(), title="Barrierefreiheit", slug="barrierefreiheit"
    )
    assert seed() == 0
    site_settings.refresh_from_db()
    assert site_settings.contact_email == "redaktion@example.org"
    assert site_settings.service_links.count() == 0
    assert site_settings.accessibility_page_id == accessibility.pk
    assert SiteSettings.objects.count() == 1
