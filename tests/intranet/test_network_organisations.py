"""Member organisations inside the intranet, the public list that never
shows people, the People admin and the key figure."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from intranet.models import Profile
from pages.models import MemberListPage
from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *


def names(response):
    return [o.name for o in response.context["page_obj"].object_list]


def test_list_shows_every_active_organisation_with_its_people(client_as, colleague, organisations):
    factories.make_organisation("Stadt Ehemalig", region="muenster", is_active=False)
    response = client_as("member").get(url("network_organisations"))
    assert names(response) == ["Jobcenter Dortmund", "Polizeipräsidium Bielefeld", "Stadt Köln"]
    html = response.content.decode()
    assert "3 Organisationen gefunden." in html
    assert "1 Person im Netzwerk" in html
    assert "Stadt Ehemalig" not in html


def test_members_see_organisations_that_are_not_listed_publicly(client_as, organisations):
    assert not organisations["jobcenter"].listed_publicly
    html = client_as("member").get(url("network_organisations")).content.decode()
    assert "Jobcenter Dortmund" in html


def test_people_count_leaves_out_deleted_accounts(client_as, colleague, organisations):
    colleague.user.deleted_at = timezone.now()
    colleague.user.save()
    html = client_as("member").get(url("network_organisations")).content.decode()
    assert "1 Person im Netzwerk" not in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "detmold"}, ["Polizeipräsidium Bielefeld"]),
        ({"kind": "city"}, ["Stadt Köln"]),
        ({"q": "köln"}, ["Stadt Köln"]),
        ({"q": "dortmund jobcenter"}, ["Jobcenter Dortmund"]),
        ({"q": "Bielefeld", "kind": "city"}, []),
        ({"region": "mond"}, ["Jobcenter Dortmund", "Polizeipräsidium Bielefeld", "Stadt Köln"]),
    ],
)
def test_organisations_filter_by_region_type_and_search(
    client_as, organisations, params, expected
):
    assert names(client_as("member").get(url("network_organisations"), params)) == expected


def test_organisation_filters_show_counts(client_as, organisations):
    html = client_as("member").get(url("network_organisations"), {"kind": "city"}).content.decode()
    assert '<option value="city" selected>Stadt oder Gemeinde (1)</option>' in html
    assert '<option value="koeln">Köln (1)</option>' in html
    assert '<option value="arnsberg">Arnsberg (0)</option>' in html


def test_organisations_paginate(client_as, db):
    for number in range(30):
        factories.make_organisation(f"Gemeinde {number:02d}")
    client = client_as("member")
    first = client.get(url("network_organisations"))
    assert len(first.context["page_obj"].object_list) == 25
    assert "Seite 1 von 2" in first.content.decode()
    second = client.get(url("network_organisations"), {"page": 2})
    assert names(second) == [f"Gemeinde {n:02d}" for n in range(25, 30)]


def test_organisation_page_shows_address_type_region_and_people(
    client_as, colleague, organisations
):
    koeln = organisations["koeln"]
    koeln.joined_on = datetime.date(2024, 3, 1)
    koeln.save()
    anna = factories.make_person(
        "anna@example.org", first_name="Anna", last_name="Berg", organisation=koeln
    )
    html = client_as("member").get(url("network_organisation", koeln.pk)).content.decode()
    assert '<h1 lang="de">Stadt Köln</h1>' in html
    assert "Willy-Brandt-Platz 2<br>50679 Köln" in html
    assert "<dd>Stadt oder Gemeinde</dd>" in html
    assert "<dd>Köln</dd>" in html
    assert "<dd>1. März 2024</dd>" in html
    assert 'href="https://www.stadt-koeln.example"' in html
    assert f'href="{url("network_person", anna.pk)}">Anna Berg</a>' in html
    assert "Petra Schulz" not in html


def test_organisation_page_shows_the_logo_with_alternative_text(
    client_as, organisations, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    koeln = organisations["koeln"]
    koeln.logo = factories.make_image(title="Stadtwappen", width=400, height=200)
    koeln.save()
    html = client_as("member").get(url("network_organisation", koeln.pk)).content.decode()
    assert 'class="organisation__logo"' in html
    assert 'alt="Logo von Stadt Köln"' in html


def test_organisation_page_of_a_former_member_says_so(client_as, organisations):
    organisations["jobcenter"].is_active = False
    organisations["jobcenter"].save()
    response = client_as("member").get(url("network_organisation", organisations["jobcenter"].pk))
    assert "nicht mehr Mitglied des Netzwerks" in response.content.decode()


def test_unknown_organisation_is_not_found(client_as, organisations):
    assert client_as("member").get(url("network_organisation", 9999)).status_code == 404


# --- The public member list never shows people --------------------------------


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_public_member_list_never_shows_people(client_as, home, colleague, organisations, who):
    colleague.organisation = organisations["koeln"]  # listed publicly
    colleague.save()
    member_list = factories.add_page(
        home, MemberListPage(title="Mitglieder", slug="mitglieder", intro="Unsere Mitglieder")
    )
    html = client_as(who).get(member_list.url).content.decode()
    assert "Stadt Köln" in html
    for personal in ("Petra", "Schulz", "petra.schulz@example.org", "+49 231 555010"):
        assert personal not in html
    assert "Teamleiterin Eingangszone" not in html
    assert url("network_person", colleague.pk) not in html


# --- Key figure -----------------------------------------------------------------


def test_home_page_counts_the_people_in_the_network(client, home, colleague, member_profile):
    deleted = factories.make_person("weg@example.org", last_name="Weg")
    deleted.user.deleted_at = timezone.now()
    deleted.user.save()
    response = client.get(home.url)
    soup = BeautifulSoup(response.content, "html.parser")
    figures = {
        item.select_one(".figures__label").get_text(strip=True): item.select_one(
            ".figures__value"
        ).get_text(strip=True)
        for item in soup.select(".figures__item")
    }
    assert figures["Personen im Netzwerk"] == "2"
    html = response.content.decode()
    assert "Petra" not in html


# --- Admin ------------------------------------------------------------------------

PEOPLE_ADMIN = "/admin/snippets/intranet/profile/"


def test_coordination_office_lists_people_in_the_admin(client, coordinator, colleague):
    client.force_login(coordinator)
    response = client.get(PEOPLE_ADMIN)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Petra Schulz" in html
    assert "Jobcenter Dortmund" in html
    assert "Multiplikator*in" in html


def test_coordination_office_filters_people_by_role_and_region(client, coordinator, colleague):
    client.force_login(coordinator)
    html = client.get(PEOPLE_ADMIN, {"role": "management"}).content.decode()
    assert "Petra Schulz" not in html
    html = client.get(PEOPLE_ADMIN, {"organisation__region": "arnsberg"}).content.decode()
    assert "Petra Schulz" in html


def test_coordination_office_edits_a_person(client, coordinator, colleague, snippets):
    client.force_login(coordinator)
    edit = f"{PEOPLE_ADMIN}edit/{colleague.pk}/"
    html = client.get(edit).content.decode()
    assert "Petra Schulz" in html
    # Target groups once, in the default language.
    assert "Innendienst mit Publikumsverkehr" in html
    assert "Office staff" not in html
    assert 'name="photo"' not in html


def test_people_admin_is_closed_to_editors(client_as, colleague):
    response = client_as("editor").get(PEOPLE_ADMIN)
    assert response.status_code in (302, 403)
    assert "Petra Schulz" not in response.content.decode()


def test_organisation_admin_shows_address_and_logo(client, admin_user, organisations):
    client.force_login(admin_user)
    response = client.get(f"/admin/snippets/cms/organisation/edit/{organisations['koeln'].pk}/")
    html = response.content.decode()
    for field in ("street", "postcode", "city", "logo", "website", "joined_on"):
        assert f'name="{field}"' in html
    assert 'value="Willy-Brandt-Platz 2"' in html


def test_coordination_office_adds_a_person_in_the_admin(
    client, coordinator, organisations, snippets
):
    invited = factories.make_member("neu@example.org", first_name="Nora", last_name="Neu")
    client.force_login(coordinator)
    assert client.get(f"{PEOPLE_ADMIN}add/").status_code == 200
    response = client.post(
        f"{PEOPLE_ADMIN}add/",
        {
            "user": invited.pk,
            "organisation": organisations["polizei"].pk,
            "role": "prevention_officer",
            "job_title": "Opferschutz",
            "target_groups": [snippets["innendienst"].pk],
            "expertise": "",
            "phone": "",
            "phone_visibility": "members",
            "email_visibility": "organisation",
            "photo_visibility": "members",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=invited)
    assert profile.organisation == organisations["polizei"]
    assert list(profile.target_groups.all()) == [snippets["innendienst"]]
