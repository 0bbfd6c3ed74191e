"""Every URL of the member network is for members only, in both languages."""

import pytest
from django.test import Client

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *

NETWORK_URLS = [
    "network_people",
    "network_person",
    "network_person_photo",
    "network_organisations",
    "network_organisation",
    "network_profile_edit",
]


def url_of(name, profile, language="de"):
    args = {
        "network_person": [profile.pk],
        "network_person_photo": [profile.pk],
        "network_organisation": [profile.organisation_id],
    }.get(name, [])
    return url(name, *args, language=language)


@pytest.fixture
def photographed(colleague, private_media):
    return give_photo(colleague, private_media)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", NETWORK_URLS)
def test_anonymous_visitor_is_sent_to_login(client, photographed, name, language):
    url = url_of(name, photographed, language)
    response = client.get(url)
    assert response.status_code == 302
    login = "/accounts/login/" if language == "de" else "/en/accounts/login/"
    assert response["Location"].startswith(login + "?next=")
    assert photographed.user.last_name not in response.content.decode()


def test_anonymous_post_to_the_profile_form_is_sent_to_login(client, member):
    response = client.post(url("network_profile_edit"), {"first_name": "Eve"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    member.refresh_from_db()
    assert member.first_name != "Eve"


@pytest.mark.parametrize("name", NETWORK_URLS)
def test_logged_in_non_member_is_refused(client, outsider, photographed, name):
    client.force_login(outsider)
    response = client.get(url_of(name, photographed))
    assert response.status_code == 403
    assert "Schulz" not in response.content.decode()


@pytest.mark.parametrize("name", NETWORK_URLS)
def test_member_opens_every_network_page(client_as, photographed, name):
    response = client_as("member").get(url_of(name, photographed))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/mitgliederbereich/netzwerk/", "Netzwerk: Kolleginnen und Kollegen finden"),
        ("/en/members-area/network/", "Network: find colleagues"),
        ("/mitgliederbereich/organisationen/", "Mitgliedsorganisationen"),
        ("/en/members-area/organisations/", "Member organisations"),
        ("/mitgliederbereich/mein-profil/", "Mein Profil"),
        ("/en/members-area/my-profile/", "My profile"),
    ],
)
def test_network_pages_have_german_and_english_addresses(client_as, path, heading):
    response = client_as("member").get(path)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_person_and_photo_have_german_and_english_addresses(client_as, photographed):
    pk = photographed.pk
    assert url_of("network_person", photographed) == f"/mitgliederbereich/netzwerk/{pk}/"
    assert url_of("network_person", photographed, "en") == f"/en/members-area/network/{pk}/"
    assert (
        url_of("network_person_photo", photographed) == f"/mitgliederbereich/netzwerk/{pk}/foto/"
    )
    assert (
        url_of("network_person_photo", photographed, "en")
        == f"/en/members-area/network/{pk}/photo/"
    )
    org = photographed.organisation_id
    assert (
        url_of("network_organisation", photographed) == f"/mitgliederbereich/organisationen/{org}/"
    )
    client = client_as("member")
    assert client.get(f"/en/members-area/network/{pk}/").status_code == 200
    assert client.get(f"/en/members-area/organisations/{org}/").status_code == 200


def test_profile_form_needs_the_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(url("network_profile_edit"), {"first_name": "Eve"})
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.first_name != "Eve"


def test_profile_page_refuses_other_methods(client_as):
    response = client_as("member").put(url("network_profile_edit"))
    assert response.status_code == 405


def test_network_pages_ask_search_engines_not_to_index(client_as, colleague):
    response = client_as("member").get(url("network_person", colleague.pk))
    assert '<meta name="robots" content="noindex">' in response.content.decode()
