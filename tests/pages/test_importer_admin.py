"""Importing press releases in the Wagtail admin: access, upload, results."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission

from pages.models import PressReleasePage
from tests import factories

SAMPLES = Path(__file__).parent / "importer_samples"
URL = reverse("press_release_import")


def upload(name, content=None):
    if content is None:
        content = (SAMPLES / name).read_bytes()
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def make_admin_user(email, page, page_permissions):
    """An admin user with the given page permissions on `page` and below."""
    group = Group.objects.create(name=email)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in page_permissions:
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return factories.make_user(email, groups=[group.name])


@pytest.fixture
def writer(newsroom):
    return make_admin_user("schreiben@example.org", newsroom, ["add_page", "change_page"])


@pytest.fixture
def publisher(newsroom):
    return make_admin_user(
        "veroeffentlichen@example.org", newsroom, ["add_page", "change_page", "publish_page"]
    )


@pytest.mark.parametrize(("who", "expected"), [("anonymous", 302), ("member", 302)])
def test_import_needs_admin_access(client_as, newsroom, who, expected):
    response = client_as(who).get(URL)
    assert response.status_code == expected
    assert response.url.startswith(reverse("login"))


def test_member_cannot_import_by_posting(client_as, newsroom):
    client_as("member").post(URL, {"files": [upload("web_copy.txt")]})
    assert not PressReleasePage.objects.exists()


def test_admin_user_without_add_permission_gets_403(client, newsroom):
    client.force_login(make_admin_user("lesen@example.org", newsroom, []))
    response = client.post(URL, {"files": [upload("web_copy.txt")]})
    assert response.status_code == 403
    assert "Sie dürfen keine Pressemitteilungen im Pressebereich anlegen." in response.text
    assert not PressReleasePage.objects.exists()


def test_editor_sees_the_upload_form(client_as, newsroom):
    response = client_as("editor").get(URL)
    assert response.status_code == 200
    assert "Pressemitteilungen importieren" in response.text
    assert 'type="file"' in response.text and "multiple" in response.text
    assert "„Presse“" in response.text


def test_editor_imports_several_files_and_gets_edit_links(client_as, newsroom):
    response = client_as("editor").post(
        URL, {"files": [upload("web_copy.txt"), upload("pdf_copy.txt")]}
    )
    assert response.status_code == 200
    pages = PressReleasePage.objects.child_of(newsroom).order_by("title")
    assert [p.title for p in pages] == [
        "Beispielstadt tritt dem Präventionsnetzwerk bei",
        "Ordnungsdienst trainiert Deeskalation mit dem Gemeindebund",
    ]
    assert not any(p.live for p in pages)
    for page in pages:
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in response.text
    assert "2 Dateien in „Presse“ importiert." in response.text
    assert "als Entwurf angelegt" in response.text
    assert "Cookie-Hinweis" in response.text


def test_bad_upload_is_listed_with_its_error_and_the_others_imported(client, writer, newsroom):
    client.force_login(writer)
    response = client.post(
        URL,
        {
            "files": [
                upload("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
                upload("web_copy.txt"),
                upload("meldung.pdf", b"%PDF-1.7"),
            ]
        },
    )
    assert response.status_code == 200
    assert "Das ist keine Textdatei, sondern ein PNG-Bild." in response.text
    assert ".pdf-Dateien können nicht importiert werden" in response.text
    assert "2 von 3 Dateien konnten nicht importiert werden." in response.text
    assert PressReleasePage.objects.child_of(newsroom).count() == 1


def test_publish_is_offered_only_with_publish_permission(client, writer, publisher, newsroom):
    client.force_login(writer)
    assert 'name="publish"' not in client.get(URL).text
    client.force_login(publisher)
    assert 'name="publish"' in client.get(URL).text


def test_writer_cannot_publish_by_posting_the_flag(client, writer, newsroom):
    client.force_login(writer)
    response = client.post(URL, {"files": [upload("web_copy.txt")], "publish": "on"})
    assert response.status_code == 403
    assert not PressReleasePage.objects.exists()


def test_publisher_publishes_on_import(client, publisher, newsroom):
    client.force_login(publisher)
    response = client.post(URL, {"files": [upload("web_copy.txt")], "publish": "on"})
    assert "angelegt und veröffentlicht" in response.text
    assert PressReleasePage.objects.child_of(newsroom).get().live


def test_second_upload_updates_the_same_release(client_as, newsroom):
    client = client_as("editor")
    client.post(URL, {"files": [upload("pdf_copy.txt")]})
    response = client.post(URL, {"files": [upload("pdf_copy.txt")]})
    assert "als Entwurf aktualisiert" in response.text
    assert PressReleasePage.objects.child_of(newsroom).count() == 1


def test_newsroom_offers_the_import_in_the_admin(client_as, newsroom):
    response = client_as("editor").get(reverse("wagtailadmin_explore", args=[newsroom.pk]))
    assert URL in response.text


def test_menu_shows_the_import_only_to_those_who_may(client, writer, newsroom):
    reader = make_admin_user("lesen@example.org", newsroom, [])
    client.force_login(writer)
    assert URL in client.get(reverse("wagtailadmin_home")).text
    client.force_login(reader)
    assert URL not in client.get(reverse("wagtailadmin_home")).text
