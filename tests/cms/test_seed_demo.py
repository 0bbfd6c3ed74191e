import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from intranet.management.commands.seed_demo import SEED_MODULES
from intranet.models import IntranetHomePage, IntranetPage
from pages import workflow
from pages.models import HomePage, PressReleasePage, StandardPage
from tests import factories


@pytest.fixture
def seeded(seeded_demo, db):
    """The module's one seed (tests/conftest.py); what a test changes is
    rolled back after it."""
    return seeded_demo


def page_count():
    return Page.objects.count()


def test_seed_creates_german_home_as_site_root(client, seeded):
    response = client.get("/")
    assert response.status_code == 200
    assert HomePage.objects.get(locale__language_code="de").url == "/"


def test_seed_creates_english_translations_of_every_page(seeded):
    german = Page.objects.filter(depth__gt=1, locale__language_code="de")
    english = Page.objects.filter(depth__gt=1, locale__language_code="en")
    assert german.count() == english.count()
    assert set(german.values_list("translation_key", flat=True)) == set(
        english.values_list("translation_key", flat=True)
    )


def test_seed_creates_press_releases_over_two_years(seeded):
    releases = PressReleasePage.objects.live().filter(locale__language_code="de")
    assert releases.count() >= 6
    assert len({release.date.year for release in releases}) >= 2
    assert all(release.date <= datetime.date.today() for release in releases)


def test_seed_creates_about_page(client, seeded):
    about = StandardPage.objects.get(locale__language_code="de", slug="ueber-das-netzwerk")
    assert client.get(about.url).status_code == 200


def test_seed_restricts_intranet_to_members_group(seeded):
    for intranet in IntranetHomePage.objects.all():
        restriction = PageViewRestriction.objects.get(page=intranet)
        assert restriction.restriction_type == PageViewRestriction.GROUPS
        assert list(restriction.groups.values_list("name", flat=True)) == ["Mitglieder"]


def test_seed_links_five_intranet_pages_from_intranet_home(client, seeded):
    client.post(
        "/accounts/login/",
        {"username": "mitglied@example.org", "password": "demo-mitglied-passwort"},
    )
    intranet = IntranetHomePage.objects.get(locale__language_code="de")
    html = client.get(intranet.url).content.decode()
    pages = IntranetPage.objects.child_of(intranet).live()
    assert pages.count() >= 5
    for page in pages:
        assert f'href="{page.url}"' in html


# (e-mail, password, sees the intranet, is asked by the admin to set up 2FA);
# one seed for all, because seeding is the slow part.
DEMO_LOGINS = [
    ("mitglied@example.org", "demo-mitglied-passwort", True, False),
    ("redaktion@example.org", "demo-redaktion-passwort", True, True),
    ("pressestelle@example.org", "demo-pressestelle-passwort", True, True),
    ("koordination@example.org", "demo-koordination-passwort", True, True),
    ("admin@example.org", "demo-admin-passwort", True, True),
]


def test_demo_accounts_log_in(seeded):
    intranet = IntranetHomePage.objects.get(locale__language_code="de")
    seen = []
    for email, password, _intranet, _admin in DEMO_LOGINS:
        client = Client()
        response = client.post("/accounts/login/", {"username": email, "password": password})
        seen.append(
            (
                email,
                response.status_code,
                client.get(intranet.url).status_code == 200,
                client.get("/admin/").get("Location", "").startswith("/accounts/security/setup/"),
            )
        )
    assert seen == [(email, 302, sees, opens) for email, _pw, sees, opens in DEMO_LOGINS]


def test_anonymous_visitor_cannot_see_seeded_intranet(client, seeded):
    for page in IntranetPage.objects.all():
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["Location"].startswith(("/accounts/login/", "/en/accounts/login/"))


def test_seed_twice_creates_no_duplicates(seeded):
    pages, users = page_count(), get_user_model().objects.count()
    call_command("seed_demo", "--force", verbosity=0)
    assert page_count() == pages
    assert get_user_model().objects.count() == users


def test_seed_keeps_an_editors_changes(seeded):
    about = StandardPage.objects.get(locale__language_code="de", slug="ueber-das-netzwerk")
    about.title = "Von der Redaktion geändert"
    about.save_revision().publish()
    call_command("seed_demo", "--force", verbosity=0)
    about.refresh_from_db()
    assert about.title == "Von der Redaktion geändert"


def test_seed_refuses_to_run_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")


def test_seed_prints_progress(seeded):
    out = seeded  # what the first seed of an empty database printed
    steps = 6 + len(SEED_MODULES)
    assert f"[1/{steps}]" in out
    assert f"[{steps}/{steps}]" in out
    assert "Pressemitteilung 1/" in out


# Legal and access pages (pages/seeds/legal.py): (German slug, English slug, page type)
LEGAL_PAGES = [
    ("impressum", "imprint", "standardpage"),
    ("datenschutz", "privacy", "standardpage"),
    ("barrierefreiheit", "accessibility", "accessibilitystatementpage"),
    ("leichte-sprache", "easy-language", "standardpage"),
    ("gebaerdensprache", "sign-language", "standardpage"),
    ("kontakt", "contact", "contactpage"),
]


def test_seed_creates_the_legal_pages_in_german_and_english(client, seeded):
    for german, english, model in LEGAL_PAGES:
        for language, slug, prefix in (("de", german, ""), ("en", english, "/en")):
            page = Page.objects.get(
                slug=slug, locale__language_code=language, depth=3, content_type__model=model
            )
            assert page.live
            # Only the contact page is in the main menu; the footer links the rest.
            assert page.show_in_menus == (german == "kontakt")
            assert client.get(f"{prefix}/{slug}/").status_code == 200, page


def test_seed_demo_sets_up_groups_workflow_and_accounts(seeded):
    for home in HomePage.objects.all():
        assert home.get_workflow().name == workflow.WORKFLOW_NAME
    release = PressReleasePage.objects.live().first()
    accounts = {
        "redaktion@example.org": False,
        "pressestelle@example.org": True,
        "koordination@example.org": False,
    }
    for email, can_publish in accounts.items():
        user = factories.get_user_model().objects.get(email=email)
        assert release.permissions_for_user(user).can_publish() is can_publish
