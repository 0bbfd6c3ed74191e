"""Search finds what a visitor may open, and nothing else.

Runs on SQLite in the fast tier and again on PostgreSQL in the services tier.
"""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pages.models import PressReleasePage
from search.visibility import visible_pages
from tests import factories


def search_titles(client, query, path="/search/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_page_published_through_admin_is_found_by_search(client, newsroom):
    # Editors submit for approval; the press office publishes.
    client.force_login(factories.make_press_officer())
    response = client.post(
        f"/admin/pages/add/pages/pressreleasepage/{newsroom.pk}/",
        nested_form_data(
            {
                "title": "Landkreis Musterland startet Deeskalationsschulung",
                "slug": "musterland-deeskalation",
                "date": "2026-05-04",
                "place": "Musterstadt",
                "teaser": "Beschäftigte üben den Umgang mit Konflikten am Empfang.",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Das Trainingsprogramm beginnt im Juni.</p>"))]
                ),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PressReleasePage.objects.get(slug="musterland-deeskalation")
    assert page.live
    client.logout()
    html = search_titles(client, "Trainingsprogramm")
    assert "Landkreis Musterland startet Deeskalationsschulung" in html
    assert page.url in html


def test_unpublished_page_is_not_found(client, newsroom):
    factories.make_press_release(
        newsroom, title="Entwurf zur Gefährdungsbeurteilung", date="2026-01-01", live=False
    )
    html = search_titles(client, "Gefährdungsbeurteilung")
    assert "Entwurf zur Gefährdungsbeurteilung" not in html
    assert "0 Treffer" in html


def test_anonymous_search_hides_intranet_pages(client, intranet_page, press_release):
    html = search_titles(client, "Vertrauliche")
    assert "Schulungsmaterial" not in html
    assert intranet_page.url not in html


def test_anonymous_search_hides_intranet_home(client, intranet_home):
    html = search_titles(client, "Mitgliederbereich")
    assert intranet_home.url not in html
    assert "0 Treffer" in html


def test_member_search_finds_intranet_pages(client, member, intranet_page):
    client.force_login(member)
    html = search_titles(client, "Vertrauliche")
    assert intranet_page.url in html


def test_search_is_limited_to_the_current_language(client, home_en, press_release):
    html = search_titles(client, "Notfallplan", path="/en/search/")
    assert press_release.url not in html


def test_public_search_finds_public_press_release(client, press_release):
    html = search_titles(client, "Notfallplan")
    assert press_release.url in html


@pytest.mark.parametrize(
    ("who", "sees_intranet"),
    [("anonymous", False), ("member", True), ("editor", True), ("admin", True)],
)
def test_visible_pages_applies_view_restrictions(
    client_as, member, editor, admin_user, intranet_page, who, sees_intranet
):
    from django.contrib.auth.models import AnonymousUser

    user = {"anonymous": AnonymousUser(), "member": member, "editor": editor, "admin": admin_user}[
        who
    ]
    assert visible_pages(user).filter(pk=intranet_page.pk).exists() is sees_intranet


def test_visible_pages_hides_intranet_from_users_outside_members_group(intranet_page):
    outsider = factories.make_user("extern@example.org")
    assert not visible_pages(outsider).filter(pk=intranet_page.pk).exists()


def test_long_query_is_cut_not_rejected(client, press_release):
    response = client.get("/search/", {"q": "Notfallplan " * 100})
    assert response.status_code == 200


def test_search_page_out_of_range_shows_last_page(client, press_release):
    response = client.get("/search/", {"q": "Notfallplan", "page": "999"})
    assert response.status_code == 200
    assert press_release.url in response.content.decode()
