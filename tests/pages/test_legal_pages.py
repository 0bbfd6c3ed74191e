"""Legal and access pages: imprint, privacy, accessibility statement, easy
language, sign language, contact."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from pages.models import StandardPage
from tests import factories

# What seed_demo creates of these pages is tested in tests/cms/test_seed_demo.py.


@pytest.fixture
def contact_page(home):
    return factories.make_contact_page(home, to_address="kontakt@example.org")


@pytest.fixture
def statement(home):
    return factories.make_accessibility_statement(
        home,
        compliance_status="partial",
        body=[{"type": "heading", "value": "Nicht barrierefreie Inhalte"}],
        enforcement="<p>Sie können ein Ombudsverfahren beantragen.</p>",
    )


def sign_language_page(home, video=None):
    body = [
        {
            "type": "video",
            "value": {
                "title": "#sicherimDienst in Deutscher Gebärdensprache",
                "video": video,
                "captions": None,
                "poster": None,
                "transcript": "<p>Hallo und willkommen bei #sicherimDienst.</p>",
            },
        }
    ]
    page = StandardPage(title="Gebärdensprache", slug="gebaerdensprache", body=body)
    return factories.add_page(home, page)


def test_pages_without_a_form_set_no_cookie(client, home):
    page = factories.make_standard_page(
        home, title="Impressum", slug="impressum", body=[("paragraph", "Herausgeber")]
    )

    response = client.get(page.url)

    assert response.status_code == 200
    assert not response.cookies


# The explicit marker keeps pytest-django from ordering this test, whose
# database fixtures are only requested at run time, after the transactional
# tests that empty the database.
@pytest.mark.django_db
@pytest.mark.parametrize("form_page", ["contact_page", "statement"])
def test_pages_with_a_form_set_only_the_csrf_cookie(client, request, form_page):
    page = request.getfixturevalue(form_page)

    response = client.get(page.url)

    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}


def test_thank_you_page_sets_no_cookie(client, contact_page):
    response = client.get(f"{contact_page.url}?sent=1")

    assert "Vielen Dank für Ihre Nachricht" in response.content.decode()
    assert not response.cookies


def test_sign_language_page_without_a_file_shows_the_transcript_and_no_player(client, home):
    page = sign_language_page(home)

    html = client.get(page.url).content.decode()

    assert "Hallo und willkommen bei #sicherimDienst." in html
    assert "Das Video wird gerade produziert" in html
    assert "<video" not in html


def test_accessibility_statement_shows_status_date_and_enforcement(client, statement):
    html = client.get(statement.url).content.decode()

    assert "Stand der Vereinbarkeit mit den Anforderungen" in html
    assert "teilweise vereinbar" in html
    assert "Diese Erklärung wurde am 15. Januar 2026 erstellt oder zuletzt überprüft." in html
    assert "Nicht barrierefreie Inhalte" in html
    assert "Barriere melden" in html
    assert "Sie können ein Ombudsverfahren beantragen." in html


@pytest.mark.parametrize("filename", ["gebaerdensprache.mp4", "gebaerdensprache.webm", "de.vtt"])
def test_editors_can_upload_videos_and_captions(db, filename):
    form_class = get_document_form(get_document_model())
    upload = SimpleUploadedFile(filename, b"WEBVTT\n\n")

    form = form_class(data={"title": filename}, files={"file": upload})

    assert form.is_valid(), form.errors
