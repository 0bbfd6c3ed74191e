"""A member's way through the network: log in, find a colleague by expertise
and region, open their profile, edit one's own; axe-core on every page, in
German and English."""

import re

import pytest
from playwright.sync_api import expect

from cms.models import Region
from intranet.models import Profile

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread: data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# seed_demo's member and one of its demo colleagues (intranet/seeds/network.py).
MEMBER = ("mitglied@example.org", "demo-mitglied-passwort")
COLLEAGUE = "Sabine Kröger"

LANGUAGES = {
    "de": {
        "prefix": "",
        "email": "E-Mail",
        "password": "Passwort",
        "login": "Anmelden",
        "find": "Kolleginnen und Kollegen im Netzwerk finden",
        "query": "Name, Organisation oder Fachwissen",
        "region": "Regierungsbezirk",
        "show": "Ergebnisse anzeigen",
        "word": "Deeskalation",
        "edit": "Profil bearbeiten",
        "position": "Funktion",
        "save": "Profil speichern",
        "saved_title": "Sachgebietsleitung Sicherheit",
    },
    "en": {
        "prefix": "/en",
        "find": "Find colleagues in the network",
        "query": "Name, organisation or expertise",
        "region": "Administrative region",
        "show": "Show results",
        "word": "Deeskalation",
        "edit": "Edit my profile",
        "position": "Position",
        "save": "Save profile",
        "saved_title": "Head of security",
    },
}


def log_in(page, site, text):
    page.goto(site + "/accounts/login/")
    page.get_by_label(text["email"]).fill(MEMBER[0])
    page.get_by_label(text["password"], exact=True).fill(MEMBER[1])
    page.get_by_role("button", name=text["login"]).click()
    page.wait_for_load_state()


def find_and_edit(page, site, axe, language):
    text = LANGUAGES[language]
    state = f"network ({language})"
    colleague = Profile.objects.get(user__email="sabine.kroeger@example.org")

    # The intranet home links to the directory.
    page.goto(site + text["prefix"] + "/")
    page.locator("a.intranet-link").click()
    page.wait_for_load_state()
    axe.check(page, state)
    page.get_by_role("link", name=text["find"]).click()
    page.wait_for_load_state()
    axe.check(page, state)

    # Expertise and region narrow the list down to the colleague.
    page.get_by_label(text["query"]).fill(text["word"])
    page.get_by_label(text["region"]).select_option(Region.DUESSELDORF.value)
    page.get_by_role("button", name=text["show"]).click()
    page.wait_for_load_state()
    assert "region=duesseldorf" in page.url
    results = page.locator("main")
    expect(results.get_by_role("link", name=COLLEAGUE)).to_be_visible()
    assert "Peter Wiese" not in results.inner_text()  # Detmold, also trains de-escalation
    axe.check(page, state + ", filtered")

    # Their profile shows what they can help with.
    results.get_by_role("link", name=COLLEAGUE).click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{colleague.pk}/")
    expect(page.locator("main")).to_contain_text("Trainingskonzept")
    axe.check(page, state + ", colleague")

    # One's own profile: change the position, save, see it.
    page.goto(site + text["prefix"] + "/")
    page.locator("a.intranet-link").click()
    page.wait_for_load_state()
    page.locator("main").get_by_role("link", name=text["edit"]).first.click()
    page.wait_for_load_state()
    axe.check(page, state + ", own profile")
    # The label may carry an "(optional)" hint after the name.
    page.get_by_label(re.compile("^" + text["position"])).fill(text["saved_title"])
    page.get_by_role("button", name=text["save"]).click()
    page.wait_for_load_state()
    expect(page.locator("main [role=status]")).to_have_count(1)
    expect(page.get_by_label(re.compile("^" + text["position"]))).to_have_value(
        text["saved_title"]
    )
    axe.check(page, state + ", saved")
    profile = Profile.objects.get(user__email=MEMBER[0])
    assert profile.job_title == text["saved_title"]


def test_member_finds_a_colleague_and_edits_own_profile(page, demo_site, axe):
    log_in(page, demo_site, LANGUAGES["de"])
    find_and_edit(page, demo_site, axe, "de")
    find_and_edit(page, demo_site, axe, "en")
    axe.assert_clean()
