"""A visitor's way through the site, by mouse and by keyboard alone."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from pages.forms import JoinForm
from pages.models import JoinPage, JoinRequest
from tests import factories
from tests.browser.audit import focus_sweep

pytestmark = [
    pytest.mark.browser,
    # See test_accessibility.py: the live server needs committed data.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# What has focus: its tag, id, and the name a user hears (label, text, value).
FOCUSED = """() => {
    const el = document.activeElement;
    const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
    const name = label || el.getAttribute("aria-label") || el.innerText || el.value || "";
    return {tag: el.tagName.toLowerCase(), id: el.id, name: name.trim()};
}"""

# A complete join request, by field id: text to type, or a key to press
# (the first real choice of a select, ticking a checkbox).
JOIN_ENTRIES = {
    "id_organisation_name": "Stadt Beispielhausen",
    "id_kind": "ArrowDown",
    "id_region": "ArrowDown",
    "id_street": "Rathausplatz 1",
    "id_postal_code": "48000",
    "id_city": "Beispielhausen",
    "id_first_name": "Erika",
    "id_last_name": "Muster",
    "id_role": "Leiterin Personalamt",
    "id_email": "erika.muster@example.org",
    "id_privacy_consent": "Space",
}
KEYS = {"ArrowDown", "Space"}
SEND = "Beitrittserklärung senden"
REQUIRED = "Dieses Feld muss ausgefüllt werden."


def focused(page):
    return page.evaluate(FOCUSED)


def tab_to(page, name, backwards=False, limit=80):
    """Press Tab (or Shift+Tab) until the element called `name` has focus."""
    key = "Shift+Tab" if backwards else "Tab"
    passed = []
    for _ in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if now["name"] == name:
            return now
        passed.append(now["name"] or now["tag"])
    pytest.fail(f"{key} never reached {name!r}; focus went through: {passed}")


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def fill_by_keyboard(page, entries, until):
    """From the focused field, Tab through the form filling in `entries`,
    until the element called `until` has focus."""
    remaining = dict(entries)
    for _ in range(80):
        now = focused(page)
        if now["id"] in remaining:
            value = remaining.pop(now["id"])
            if value in KEYS:
                page.keyboard.press(value)
            else:
                page.keyboard.type(value)
        if now["name"] == until:
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail(f"Tab never reached {until!r}")
    assert not remaining, f"Tab passed by {sorted(remaining)}"


def expect_join_errors(page):
    """The state after sending the join form empty: German errors, summary focused."""
    expect(page).to_have_title(re.compile(r"^Fehler: "))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Bitte prüfen Sie Ihre Angaben")
    expect(summary).to_contain_text(REQUIRED)
    # The summary takes focus, so a screen reader reads it first.
    expect(summary).to_be_focused()
    expect(page.locator("#id_organisation_name")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_organisation_name_error")).to_contain_text(REQUIRED)
    return summary


def expect_join_success(page, join_page):
    expect(page).to_have_url(re.compile(re.escape(join_page.url) + "danke/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Vielen Dank – Ihre Beitrittserklärung wurde gesendet"
    )
    request = JoinRequest.objects.get()
    assert (request.organisation_name, request.email, request.language) == (
        "Stadt Beispielhausen",
        "erika.muster@example.org",
        "de",
    )


@pytest.fixture
def site(live_server):
    """Home, newsroom (in the main menu) and two press releases, in German and
    English; built with the factories, which is much faster than seed_demo."""
    home = factories.make_home(title="#sicherimDienst", intro="Willkommen im Netzwerk.")
    factories.translate_page(
        home, "en", {"#sicherimDienst": "#sicherimDienst", "start": "home",
                     "Willkommen im Netzwerk.": "Welcome to the network."}
    )  # fmt: skip
    newsroom = factories.make_newsroom(
        home, title="Presse", slug="presse", intro="Neuigkeiten", show_in_menus=True
    )
    factories.translate_page(
        newsroom, "en", {"Presse": "Press", "presse": "press", "Neuigkeiten": "News"}
    )
    older = factories.make_press_release(
        newsroom, title="Kreis Coesfeld wird Mitglied", slug="coesfeld",
        date=datetime.date(2026, 1, 12), place="Coesfeld",
        teaser="Der Kreis tritt dem Netzwerk bei.",
    )  # fmt: skip
    release = factories.make_press_release(
        newsroom, title="Stadt Bielefeld tritt bei", slug="bielefeld",
        date=datetime.date(2026, 3, 2), place="Bielefeld",
        teaser="Die Stadt schützt ihre Beschäftigten gemeinsam mit dem Netzwerk.",
        body=[("paragraph", "Ab sofort gilt ein gemeinsamer Notfallplan.")],
    )  # fmt: skip
    factories.translate_page(
        older, "en", {"Kreis Coesfeld wird Mitglied": "Coesfeld district joins",
                      "coesfeld": "coesfeld", "Coesfeld": "Coesfeld",
                      "Der Kreis tritt dem Netzwerk bei.": "The district joins the network."}
    )  # fmt: skip
    english = factories.translate_page(
        release, "en", {"Stadt Bielefeld tritt bei": "City of Bielefeld joins",
                        "bielefeld": "bielefeld", "Bielefeld": "Bielefeld",
                        "Die Stadt schützt ihre Beschäftigten gemeinsam mit dem Netzwerk.":
                            "The city protects its staff together with the network.",
                        "Ab sofort gilt ein gemeinsamer Notfallplan.":
                            "A joint emergency plan applies from now on."}
    )  # fmt: skip
    join_page = factories.add_page(
        home,
        JoinPage(
            title="Mitglied werden", slug="mitglied-werden", intro="Treten Sie bei.",
            success_text="Wir melden uns bald.", show_in_menus=True,
        ),
    )  # fmt: skip
    return SimpleNamespace(
        url=live_server.url,
        newsroom=newsroom,
        release=release,
        english_title=english.title,
        join_page=join_page,
    )


@pytest.fixture(autouse=True)
def quick_join_form(monkeypatch):
    # A person needs longer than the 3 seconds the spam check demands; the
    # test browser does not. The rate limit counts in the cache, which the
    # live server shares with every test of the session.
    monkeypatch.setattr(JoinForm, "spam_min_seconds", 0)
    cache.clear()
    yield
    cache.clear()


def test_visitor_reads_news_in_both_languages_and_joins_by_mouse(page, site, axe):
    url, newsroom, release = site.url, site.newsroom, site.release
    page.goto(url + "/")
    menu = page.get_by_role("navigation", name="Hauptmenü")
    menu.get_by_role("link", name=newsroom.title, exact=True).click()
    expect(page).to_have_url(url + newsroom.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(newsroom.title)

    page.get_by_role("main").get_by_role("link", name=release.title).first.click()
    expect(page).to_have_url(url + release.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(release.title)

    languages = page.get_by_role("navigation", name="Sprache wählen")
    languages.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/en/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(site.english_title)

    languages = page.get_by_role("navigation", name="Choose language")
    languages.get_by_role("link", name="Deutsch").click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page).to_have_url(url + release.url)

    # The join form, sent empty: German errors, linked to their fields.
    menu.get_by_role("link", name=site.join_page.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(site.join_page.title)
    page.get_by_role("button", name=SEND).click()
    summary = expect_join_errors(page)
    axe.check(page, "join form with errors")
    summary.get_by_role("link").first.click()
    expect(page.locator("#id_organisation_name")).to_be_focused()

    # Filled in, it is sent.
    for field_id, value in JOIN_ENTRIES.items():
        field = page.locator(f"#{field_id}")
        if value == "ArrowDown":
            field.select_option(index=1)
        elif value == "Space":
            field.check()
        else:
            field.fill(value)
    page.get_by_role("button", name=SEND).click()
    expect_join_success(page, site.join_page)
    axe.check(page, "join request sent")
    axe.assert_clean()


def test_visitor_reads_news_in_both_languages_and_joins_by_keyboard(page, site):
    url, newsroom, release = site.url, site.newsroom, site.release
    page.goto(url + "/")

    # The first Tab reaches the skip link; Enter on it moves focus to main.
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    # The main menu lies before main: back to it with Shift+Tab.
    tab_to(page, newsroom.title, backwards=True)
    press_enter_and_wait(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(newsroom.title)

    tab_to(page, release.title)
    press_enter_and_wait(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(release.title)

    tab_to(page, "English")
    press_enter_and_wait(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(site.english_title)

    tab_to(page, "Deutsch")
    press_enter_and_wait(page)
    expect(page).to_have_url(url + release.url)

    # The join form, sent empty: the error summary takes focus; Tab reaches
    # its first link, and Enter there puts focus in the field.
    tab_to(page, site.join_page.title)
    press_enter_and_wait(page)
    tab_to(page, SEND)
    press_enter_and_wait(page)
    expect_join_errors(page)
    page.keyboard.press("Tab")
    assert REQUIRED in focused(page)["name"]
    page.keyboard.press("Enter")
    expect(page.locator("#id_organisation_name")).to_be_focused()

    # Filled in field by field with Tab, and sent with Enter.
    fill_by_keyboard(page, JOIN_ENTRIES, until=SEND)
    press_enter_and_wait(page)
    expect_join_success(page, site.join_page)


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_every_focusable_element_shows_a_visible_focus_indicator(page, site, path):
    page.goto(site.url + path)
    reached, problems = focus_sweep(page)
    assert len(reached) >= 8, f"Tab reached only {reached}"
    assert not problems, "Focus not visible:\n" + "\n".join(problems)
