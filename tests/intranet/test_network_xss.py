"""Stored XSS: what members write into their profile comes out escaped on
every page that shows it."""

import pytest

from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *

PAYLOAD = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
# Every field a member writes in the profile form.
MEMBER_FIELDS = ["first_name", "last_name", "job_title", "expertise", "phone"]


@pytest.fixture
def author(client, organisations, member_profile):
    """A member in the viewer's region who wrote the payload into `field`
    through the profile form."""
    profile = factories.make_person(
        "autorin@example.org",
        first_name="Ada",
        last_name="Autorin",
        organisation=organisations["koeln"],
    )

    def write(field):
        data = {
            "first_name": "Ada",
            "last_name": "Autorin",
            "role": "multiplier",
            "job_title": "Referentin",
            "expertise": "Deeskalation",
            "phone": "0221 1",
            "email_visibility": "members",
            "phone_visibility": "members",
            "photo_visibility": "members",
            field: PAYLOAD,
        }
        client.force_login(profile.user)
        response = client.post(url("network_profile_edit"), data)
        assert response.status_code == 302, response.content.decode()
        client.logout()
        profile.refresh_from_db()
        return profile

    return write


def pages(profile, intranet_home):
    return {
        "person": url("network_person", profile.pk),
        "directory": url("network_people"),
        "directory search": url("network_people") + "?q=alert",
        "organisation": url("network_organisation", profile.organisation_id),
        "dashboard": intranet_home.url,
    }


@pytest.mark.parametrize("field", MEMBER_FIELDS)
@pytest.mark.parametrize(
    "page", ["person", "directory", "directory search", "organisation", "dashboard"]
)
def test_payload_in_a_profile_field_is_escaped(client, author, member, intranet_home, field, page):
    profile = author(field)
    client.force_login(member)
    response = client.get(pages(profile, intranet_home)[page])
    assert response.status_code == 200
    html = response.content.decode()
    assert PAYLOAD not in html
    shown_on_page = {
        "person": MEMBER_FIELDS,
        "directory": ["first_name", "last_name", "job_title", "expertise"],
        "directory search": ["first_name", "last_name", "job_title", "expertise"],
        "organisation": ["first_name", "last_name", "job_title", "expertise"],
        "dashboard": ["first_name", "last_name"],
    }[page]
    if field in shown_on_page:
        assert ESCAPED in html


@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_payload_in_the_name_is_escaped_for_the_author_too(client, author, field):
    profile = author(field)
    client.force_login(profile.user)
    for path in (url("network_profile_edit"), url("network_person", profile.pk)):
        html = client.get(path).content.decode()
        assert PAYLOAD not in html
        assert ESCAPED in html


def test_payload_in_the_search_box_is_escaped(client_as):
    html = client_as("member").get(url("network_people"), {"q": PAYLOAD}).content.decode()
    assert PAYLOAD not in html
    assert f'value="{ESCAPED}"' in html
