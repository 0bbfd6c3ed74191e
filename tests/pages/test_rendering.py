import pytest

from tests import factories
from tests.fixture_texts import ENGLISH as FIXTURE_ENGLISH


@pytest.fixture
def site_pages(home, newsroom, press_release):
    about = factories.make_standard_page(
        home,
        title="Über das Netzwerk",
        slug="ueber-uns",
        body=[
            ("heading", "Unser Auftrag"),
            ("paragraph", "Niemand muss Schutz allein erfinden."),
            (
                "quote",
                {
                    "text": "Gemeinsam sind wir sicherer.",
                    "person": "Eva Beispiel",
                    "role": "Koordinatorin",
                },
            ),
        ],
    )
    return {"home": home, "standard": about, "newsroom": newsroom, "press_release": press_release}


ENGLISH = {
    **FIXTURE_ENGLISH,
    "Willkommen im Netzwerk.": "Welcome to the network.",
    "Über das Netzwerk": "About the network",
    "ueber-uns": "about",
    "Unser Auftrag": "Our mission",
    "Niemand muss Schutz allein erfinden.": "Nobody has to invent protection alone.",
    "Gemeinsam sind wir sicherer.": "Together we are safer.",
    "Eva Beispiel": "Eva Beispiel",
    "Koordinatorin": "Coordinator",
}

EXPECTED_TEXT = {
    "home": ("Willkommen im Netzwerk.", "Welcome to the network."),
    "standard": ("Niemand muss Schutz allein erfinden.", "Nobody has to invent protection alone."),
    "newsroom": ("Stadt Beispielstadt tritt dem Netzwerk bei", "Example City joins the network"),
    "press_release": (
        "Ab sofort gilt ein gemeinsamer Notfallplan.",
        "A joint emergency plan applies from now on.",
    ),
}


def translate_tree(pages):
    return {
        name: factories.translate_page(page, "en", ENGLISH)
        for name, page in sorted(pages.items(), key=lambda item: item[1].depth)
    }


@pytest.mark.parametrize("name", EXPECTED_TEXT)
def test_public_page_renders_in_german(client, site_pages, name):
    response = client.get(site_pages[name].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert EXPECTED_TEXT[name][0] in html
    assert "#sicherimDienst" in html


@pytest.mark.parametrize("name", EXPECTED_TEXT)
def test_public_page_renders_in_english(client, site_pages, name):
    english = translate_tree(site_pages)[name]
    response = client.get(english.url)
    html = response.content.decode()
    assert english.url.startswith("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert EXPECTED_TEXT[name][1] in html
    assert EXPECTED_TEXT[name][0] not in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Vertrauliche Unterlagen für Mitglieder."), ("en", "Confidential documents")],
)
def test_intranet_page_renders_for_member_in_both_languages(
    client, member, home_en, intranet_page, language, expected
):
    page = intranet_page
    if language == "en":
        factories.translate_page(intranet_page.get_parent(), "en", FIXTURE_ENGLISH)
        page = factories.translate_page(intranet_page, "en", FIXTURE_ENGLISH)
    client.force_login(member)
    response = client.get(page.url)
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_intranet_home_lists_its_sections(client, member, intranet_page):
    client.force_login(member)
    response = client.get(intranet_page.get_parent().url)
    assert response.status_code == 200
    assert intranet_page.url in response.content.decode()
