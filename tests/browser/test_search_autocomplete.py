"""Search suggestions in the header: a combobox that works by keyboard and
mouse, announces its suggestions and passes axe-core while open."""

import datetime
import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from pages.models import Topic
from tests import factories

pytestmark = [
    pytest.mark.browser,
    # See test_accessibility.py: the live server needs committed data.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(live_server):
    home = factories.make_home(title="#sicherimDienst", intro="Willkommen im Netzwerk.")
    newsroom = factories.make_newsroom(home, title="Presse", slug="presse", intro="Neuigkeiten")
    release = factories.make_press_release(
        newsroom,
        title="Stadt Bielefeld tritt bei",
        slug="bielefeld",
        date=datetime.date(2026, 3, 2),
        teaser="Die Stadt schützt ihre Beschäftigten gemeinsam mit dem Netzwerk.",
    )
    factories.make_press_release(
        newsroom,
        title="Bielefelder Notfallplan",
        slug="bielefeld-notfallplan",
        date=datetime.date(2026, 3, 3),
    )
    Topic.objects.create(
        locale=factories.get_locale("de"), slug="deeskalation", name="Deeskalation"
    )
    return SimpleNamespace(url=live_server.url, release=release)


def header_search(page):
    return page.get_by_role("combobox", name="Suche")


def type_into(combobox, text):
    combobox.click()
    combobox.press_sequentially(text, delay=30)


def test_keyboard_opens_a_title_suggestion(page, site, axe):
    page.goto(site.url + "/")
    combobox = header_search(page)
    expect(combobox).to_have_attribute("aria-expanded", "false")
    type_into(combobox, "Bielef")

    listbox = page.get_by_role("listbox", name="Vorschläge")
    expect(listbox).to_be_visible()
    expect(combobox).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(page.locator("[aria-live=polite]").first).to_have_text(re.compile(r"^2 Vorschläge"))
    # The focus stays in the field while the list is open.
    expect(combobox).to_be_focused()
    axe.check(page, "suggestions open")

    combobox.press("ArrowDown")
    first = options.nth(0)
    expect(combobox).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(first).to_have_attribute("aria-selected", "true")
    combobox.press("ArrowDown")
    second = options.nth(1)
    expect(combobox).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    combobox.press("Home")
    expect(combobox).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    axe.check(page, "suggestion chosen")

    label = first.locator(".search-autocomplete__label").inner_text()
    combobox.press("Enter")
    page.wait_for_url(re.compile(r"/presse/bielefeld"))
    assert label in page.title()
    axe.assert_clean()


def test_escape_closes_and_enter_searches_as_typed(page, site):
    page.goto(site.url + "/")
    combobox = header_search(page)
    type_into(combobox, "Bielef")
    expect(page.get_by_role("listbox")).to_be_visible()
    combobox.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(combobox).to_have_attribute("aria-expanded", "false")
    expect(combobox).to_have_value("Bielef")
    combobox.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Bielef"))


def test_choosing_a_key_term_searches_for_it(page, site):
    page.goto(site.url + "/")
    combobox = header_search(page)
    type_into(combobox, "deesk")
    option = page.get_by_role("option", name=re.compile("Deeskalation"))
    expect(option).to_be_visible()
    option.click()
    page.wait_for_url(re.compile(r"/search/\?q=Deeskalation"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Suche")


def test_mouse_chooses_a_title_and_blur_closes_the_list(page, site):
    page.goto(site.url + "/")
    combobox = header_search(page)
    type_into(combobox, "Bielef")
    expect(page.get_by_role("listbox")).to_be_visible()
    page.locator("main").click()
    expect(page.get_by_role("listbox")).to_be_hidden()
    type_into(combobox, "e")
    page.get_by_role("option", name=re.compile("Stadt Bielefeld tritt bei")).click()
    page.wait_for_url(re.compile(r"/presse/bielefeld/$"))
