"""A person's page and photo: every member sees the profile, contact details
and photo follow the person's visibility settings."""

import pytest

from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *

VIEWERS = ["self", "same organisation", "other organisation", "no profile", "coordinator"]
# Visibility -> the viewers who see a field with it.
SEEN_BY = {
    "members": set(VIEWERS),
    "organisation": {"self", "same organisation", "coordinator"},
    "private": {"self", "coordinator"},
}


@pytest.fixture
def viewers(colleague, member, member_profile, coordinator, organisations):
    workmate = factories.make_person(
        "kollege@example.org",
        first_name="Karl",
        last_name="Kollege",
        organisation=organisations["jobcenter"],
    )
    return {
        "self": colleague.user,
        "same organisation": workmate.user,
        "other organisation": member,
        "no profile": factories.make_member("neu@example.org"),
        "coordinator": coordinator,
    }


def view_person(client, viewer, profile):
    client.force_login(viewer)
    return client.get(url("network_person", profile.pk))


@pytest.mark.parametrize("visibility", ["members", "organisation", "private"])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_email_follows_its_visibility(client, viewers, colleague, visibility, viewer):
    colleague.email_visibility = visibility
    colleague.save()
    html = view_person(client, viewers[viewer], colleague).content.decode()
    seen = 'href="mailto:petra.schulz@example.org"' in html
    assert seen == (viewer in SEEN_BY[visibility])
    assert ("petra.schulz@example.org" in html) == seen


@pytest.mark.parametrize("visibility", ["members", "organisation", "private"])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_phone_follows_its_visibility(client, viewers, colleague, visibility, viewer):
    colleague.phone_visibility = visibility
    colleague.save()
    html = view_person(client, viewers[viewer], colleague).content.decode()
    seen = "+49 231 555010" in html
    assert seen == (viewer in SEEN_BY[visibility])
    assert ('href="tel:+49231555010"' in html) == seen


@pytest.mark.parametrize("visibility", ["members", "organisation", "private"])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_photo_follows_its_visibility(
    client, viewers, colleague, private_media, visibility, viewer
):
    give_photo(colleague, private_media)
    colleague.photo_visibility = visibility
    colleague.save()
    html = view_person(client, viewers[viewer], colleague).content.decode()
    photo_url = url("network_person_photo", colleague.pk)
    seen = viewer in SEEN_BY[visibility]
    assert (f'src="{photo_url}?v=' in html) == seen
    response = client.get(photo_url)
    assert response.status_code == (200 if seen else 404)


def test_photo_is_shown_with_the_name_as_alternative_text(client_as, colleague, private_media):
    give_photo(colleague, private_media)
    html = client_as("member").get(url("network_person", colleague.pk)).content.decode()
    assert 'alt="Petra Schulz"' in html


def test_photo_response_is_private_and_not_sniffed(client_as, colleague, private_media):
    give_photo(colleague, private_media)
    response = client_as("member").get(url("network_person_photo", colleague.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_photo_of_a_person_without_photo_is_not_found(client_as, colleague):
    response = client_as("member").get(url("network_person_photo", colleague.pk))
    assert response.status_code == 404


def test_photo_of_a_deleted_account_is_not_found(client_as, colleague, private_media):
    from django.utils import timezone

    give_photo(colleague, private_media)
    colleague.user.deleted_at = timezone.now()
    colleague.user.save()
    response = client_as("member").get(url("network_person_photo", colleague.pk))
    assert response.status_code == 404


def test_photo_file_is_outside_the_public_media(colleague, private_media, settings):
    give_photo(colleague, private_media)
    path = colleague.photo.path
    assert path.startswith(str(private_media.location))
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_unknown_person_is_not_found(client_as, colleague):
    assert client_as("member").get(url("network_person", colleague.pk + 100)).status_code == 404


def test_person_page_shows_the_profile(client_as, colleague):
    html = client_as("member").get(url("network_person", colleague.pk)).content.decode()
    assert "<h1>Petra Schulz</h1>" in html
    assert "Teamleiterin Eingangszone" in html
    organisation_url = url("network_organisation", colleague.organisation_id)
    assert f'<a href="{organisation_url}">Jobcenter Dortmund</a>' in html
    assert "<dd>Multiplikator*in</dd>" in html
    assert "<dd>Arnsberg</dd>" in html
    assert "<dd>Innendienst mit Publikumsverkehr</dd>" in html
    assert "<dd>Deeskalation</dd>" in html
    assert "Deeskalationstraining für die Beschäftigten am Empfang im Jobcenter." in html


def test_person_page_shows_target_groups_and_topics_in_english(client_as, colleague):
    html = (
        client_as("member")
        .get(url("network_person", colleague.pk, language="en"))
        .content.decode()
    )
    assert "<dd>Office staff</dd>" in html
    assert "<dd>De-escalation</dd>" in html
    assert "<dt>Role in the network</dt>" in html


def test_hidden_contact_details_point_to_the_coordination_office(client_as, colleague):
    colleague.email_visibility = colleague.phone_visibility = "private"
    colleague.save()
    html = client_as("member").get(url("network_person", colleague.pk)).content.decode()
    assert "Diese Person teilt keine Kontaktdaten mit Ihnen." in html


def test_own_page_links_to_the_profile_form(client_as, member_profile):
    html = client_as("member").get(url("network_person", member_profile.pk)).content.decode()
    assert f'href="{url("network_profile_edit")}"' in html


def test_person_page_has_breadcrumbs_to_the_directory(client_as, colleague, intranet_home):
    html = client_as("member").get(url("network_person", colleague.pk)).content.decode()
    assert f'href="{url("network_people")}"' in html
    assert f'href="{intranet_home.url}"' in html
