import pytest

INTRANET_PAGES = ["intranet_home", "intranet_page"]


@pytest.mark.parametrize("page_name", INTRANET_PAGES)
@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("member", 200), ("editor", 200), ("admin", 200)],
)
def test_intranet_page_needs_member_login(
    request, client_as, intranet_page, page_name, who, expected
):
    page = request.getfixturevalue(page_name)
    assert client_as(who).get(page.url).status_code == expected


@pytest.mark.parametrize("page_name", INTRANET_PAGES)
def test_anonymous_visitor_is_sent_to_login_page(request, client, intranet_page, page_name):
    page = request.getfixturevalue(page_name)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={page.url}"


def test_login_page_lets_member_into_the_intranet(client, member, intranet_page):
    response = client.post(
        "/accounts/login/",
        {
            "username": "mitglied@example.org",
            "password": "a-long-test-password",
            "next": intranet_page.url,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == intranet_page.url
    page = client.get(intranet_page.url)
    assert "Vertrauliche Unterlagen für Mitglieder." in page.content.decode()


def test_logged_in_user_outside_members_group_is_refused(client, intranet_page):
    from tests import factories

    outsider = factories.make_user("extern@example.org")
    client.force_login(outsider)
    response = client.get(intranet_page.url)
    assert response.status_code == 302
    assert "Vertrauliche" not in response.content.decode()


def test_header_links_member_to_intranet(client, member, intranet_home):
    client.force_login(member)
    html = client.get("/").content.decode()
    assert f'class="intranet-link" href="{intranet_home.url}"' in html


def test_header_has_no_intranet_link_for_anonymous_visitors(client, intranet_home):
    html = client.get("/").content.decode()
    assert "intranet-link" not in html
    assert intranet_home.url not in html


def test_intranet_is_not_in_the_public_menu(client, intranet_home):
    intranet_home.show_in_menus = True
    intranet_home.save_revision().publish()
    html = client.get("/").content.decode()
    assert intranet_home.title not in html


def test_wrong_password_shows_german_error(client, member, home):
    response = client.post(
        "/accounts/login/", {"username": "mitglied@example.org", "password": "falsch"}
    )
    assert response.status_code == 200
    assert "Bitte" in response.content.decode()
