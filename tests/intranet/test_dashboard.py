"""The intranet home (dashboard): welcome, own organisation, new colleagues
in the region, links into the network, and the boxes of other features."""

import datetime

import pytest
from django.utils import timezone

from intranet.models import Profile
from intranet.network import dashboard
from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *


def newcomer(email, last_name, organisation, days_ago=0):
    profile = factories.make_person(
        email, first_name="Neu", last_name=last_name, organisation=organisation
    )
    created = timezone.now() - datetime.timedelta(days=days_ago)
    Profile.objects.filter(pk=profile.pk).update(created_at=created)
    return profile


def dashboard_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_dashboard_welcomes_the_member_by_name(client_as, intranet_home, member_profile):
    html = dashboard_html(client_as("member"), intranet_home)
    assert '<h2 id="welcome-heading">Willkommen, Mika Mitglied</h2>' in html


def test_dashboard_links_the_members_organisation(client_as, intranet_home, member_profile):
    html = dashboard_html(client_as("member"), intranet_home)
    organisation_url = url("network_organisation", member_profile.organisation_id)
    assert f'<a href="{organisation_url}" lang="de">Stadt Köln</a>' in html


def test_dashboard_links_the_directory_and_the_profile_form(
    client_as, intranet_home, member_profile
):
    html = dashboard_html(client_as("member"), intranet_home)
    assert f'href="{url("network_people")}"' in html
    assert f'href="{url("network_organisations")}"' in html
    assert f'<a href="{url("network_profile_edit")}">Mein Profil bearbeiten</a>' in html


def test_dashboard_without_profile_invites_to_create_one(client_as, intranet_home, member):
    html = dashboard_html(client_as("member"), intranet_home)
    assert "Mein Profil anlegen" in html
    assert "hat Ihnen noch keine Organisation zugeordnet" in html
    assert "Neu im Regierungsbezirk" not in html


def test_dashboard_shows_new_people_of_the_region(
    client_as, intranet_home, member_profile, organisations
):
    koeln = organisations["koeln"]
    recent = newcomer("a@example.org", "Aktuell", koeln, days_ago=10)
    newcomer("b@example.org", "Alt", koeln, days_ago=91)
    newcomer("c@example.org", "Anderswo", organisations["jobcenter"], days_ago=1)
    gone = newcomer("d@example.org", "Gelöscht", koeln, days_ago=1)
    gone.user.deleted_at = timezone.now()
    gone.user.save()
    html = dashboard_html(client_as("member"), intranet_home)
    assert "Neu im Regierungsbezirk Köln" in html
    assert f'<a href="{url("network_person", recent.pk)}">Neu Aktuell</a>' in html
    for hidden in ("Neu Alt", "Neu Anderswo", "Neu Gelöscht"):
        assert hidden not in html
    # The member is not new to themself.
    assert f'href="{url("network_person", member_profile.pk)}"' not in html


def test_dashboard_shows_at_most_five_newest_people(
    client_as, intranet_home, member_profile, organisations
):
    for number in range(7):
        newcomer(f"n{number}@example.org", f"Nummer {number}", organisations["koeln"], number)
    html = dashboard_html(client_as("member"), intranet_home)
    shown = [n for n in range(7) if f"Neu Nummer {n}<" in html]
    assert shown == [0, 1, 2, 3, 4]
    assert html.index("Neu Nummer 0") < html.index("Neu Nummer 4")


def test_dashboard_says_when_nobody_is_new(client_as, intranet_home, member_profile):
    html = dashboard_html(client_as("member"), intranet_home)
    assert "Aus Ihrem Regierungsbezirk ist seit 90 Tagen niemand dazugekommen." in html


def test_dashboard_in_english(client_as, home_en, intranet_home, member_profile):
    english = factories.translate_page(
        intranet_home, "en", {"Mitgliederbereich": "Members' area", "intranet": "intranet"}
    )
    html = dashboard_html(client_as("member"), english)
    assert "Welcome, Mika Mitglied" in html
    assert "New in the region Cologne" in html
    assert f'href="{url("network_people", language="en")}"' in html


def test_dashboard_keeps_the_sections(client_as, intranet_page, member_profile):
    html = dashboard_html(client_as("member"), intranet_page.get_parent())
    assert f'href="{intranet_page.url}"' in html
    assert "Schulungsmaterial" in html


# --- Slots for later features -------------------------------------------------


@pytest.fixture
def slots():
    names = []

    def register(name, context_function, order):
        dashboard.register_dashboard_slot(
            name, "intranet/network/dashboard_box.html", context_function, order
        )
        names.append(name)

    yield register
    for name in names:
        dashboard.unregister_dashboard_slot(name)


def box(heading, *titles):
    return lambda request: {
        "heading": heading,
        "items": [{"title": title, "url": "/x/", "meta": "heute"} for title in titles],
        "link_url": "/alle/",
        "link_text": "Alle anzeigen",
    }


def test_registered_slots_appear_in_their_order(client_as, intranet_home, member, slots):
    slots("events", box("Termine", "Fachtag Deeskalation"), order=30)
    slots("practice", box("Neue Praxisbeispiele", "Notfallknopf im Bürgerbüro"), order=10)
    html = dashboard_html(client_as("member"), intranet_home)
    assert '<h2 id="dashboard-practice-heading">Neue Praxisbeispiele</h2>' in html
    assert '<a href="/x/">Fachtag Deeskalation</a>' in html
    assert html.index("Neue Praxisbeispiele") < html.index("Termine") < html.index("Bereiche")


def test_slot_without_context_is_left_out(client_as, intranet_home, member, slots):
    slots("library", lambda request: None, order=20)
    slots("events", box("Termine"), order=30)
    html = dashboard_html(client_as("member"), intranet_home)
    assert "dashboard-library-heading" not in html
    assert "dashboard-events-heading" in html


def test_slot_gets_the_request(client_as, intranet_home, member, slots):
    seen = []
    slots("probe", lambda request: seen.append(request.user) or None, order=1)
    dashboard_html(client_as("member"), intranet_home)
    assert seen == [member]


def test_re_registering_a_slot_replaces_it(slots):
    slots("events", box("Alt"), order=30)
    slots("events", box("Neu"), order=5)
    registered = [s for s in dashboard.registered_slots() if s.name == "events"]
    assert len(registered) == 1
    assert registered[0].order == 5
