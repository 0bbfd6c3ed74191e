"""`manage.py import_press_releases`: drafts, publishing, re-imports, bad files."""

import datetime
import io
import shutil
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from pages.models import PressReleasePage
from tests import factories

SAMPLES = Path(__file__).parent / "importer_samples"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"

RELEASE = """\
Startseite
Aktuelles
Wir verwenden Cookies, um unsere Website zu verbessern. Alle akzeptieren?
Kreis Ostheim
Kreis Ostheim schult Beschäftigte im Bürgerbüro

Ostheim, 24.11.2026 – Der Kreis Ostheim schult alle Beschäftigten im Bürgerbüro in \
Deeskalation. Die Kurse beginnen im Januar und finden in kleinen Gruppen statt.

„Niemand soll bei der Arbeit Angst haben müssen“, sagt Landrätin Clara Ostwald. Die \
Schulungen sind für alle Beschäftigten kostenfrei.

Foto: Kreis Ostheim
Quelle: https://www.ostheim.example/presse/schulung-buergerbuero
Teilen
Drucken
Schlagworte: Zugvogelberatung, Bürgerbüro
Das könnte Sie auch interessieren
Fahrradwerkstatt eröffnet im Kreishaus
"""


def run(*args):
    """Run the command in German; (output, error message or "")."""
    out = io.StringIO()
    with translation.override("de"):
        try:
            call_command("import_press_releases", *map(str, args), stdout=out)
        except CommandError as error:
            return out.getvalue(), str(error)
    return out.getvalue(), ""


@pytest.fixture
def release_file(tmp_path):
    path = tmp_path / "ostheim.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def releases(newsroom):
    return PressReleasePage.objects.child_of(newsroom)


def test_import_creates_a_draft_in_the_newsroom(newsroom, release_file):
    output, error = run(release_file)
    assert error == ""
    page = releases(newsroom).get()
    assert page.title == "Kreis Ostheim schult Beschäftigte im Bürgerbüro"
    assert page.slug == "kreis-ostheim-schult-beschaeftigte-im-buergerbuero"
    assert not page.live
    assert page.date == datetime.date(2026, 11, 24)
    assert page.place == "Ostheim"
    assert page.teaser.startswith("Der Kreis Ostheim schult alle Beschäftigten")
    assert page.source_url == "https://www.ostheim.example/presse/schulung-buergerbuero"
    assert page.credits == "Foto: Kreis Ostheim"
    assert page.tags.count() == 0
    [quote] = [block.value for block in page.body if block.block_type == "quote"]
    assert quote["person"] == "Clara Ostwald"
    assert quote["role"] == "Landrätin"


def test_output_line_names_what_was_recognised(newsroom, release_file):
    output, _error = run(release_file)
    assert output.startswith("✓ ostheim.txt: „Kreis Ostheim schult Beschäftigte im Bürgerbüro“")
    for part in [
        "24.11.2026",
        "Ostheim",
        "1 Zitat (Clara Ostwald)",
        "Foto: Kreis Ostheim",
        "Quelle: https://www.ostheim.example/presse/schulung-buergerbuero",
        "verworfen: ",
        "Navigation",
        "Cookie-Hinweis",
        "als Entwurf angelegt",
    ]:
        assert part in output


def test_publish_option_publishes(newsroom, release_file):
    output, _error = run(release_file, "--publish")
    page = releases(newsroom).get()
    assert page.live
    assert "angelegt und veröffentlicht" in output


@pytest.mark.parametrize(
    "noise", ["Cookies", "Zugvogelberatung", "Fahrradwerkstatt", "Teilen", "Startseite"]
)
def test_noise_is_not_on_the_page_or_in_the_search_index(client, newsroom, release_file, noise):
    run(release_file, "--publish")
    page = releases(newsroom).get()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Niemand soll bei der Arbeit Angst haben müssen" in response.text
    assert noise not in page.teaser + str(page.body) + page.credits
    found = Page.objects.live().type(PressReleasePage).search
    assert found("Bürgerbüro").count() == 1
    assert found(noise).count() == 0


def test_reimport_updates_instead_of_duplicating(newsroom, release_file):
    run(release_file)
    release_file.write_text(
        RELEASE.replace("kleinen Gruppen", "Gruppen von acht Personen"), encoding="utf-8"
    )
    output, error = run(release_file)
    assert error == ""
    page = releases(newsroom).get()
    assert "als Entwurf aktualisiert" in output
    assert "Gruppen von acht Personen" in page.teaser
    assert page.revisions.count() == 2


def test_reimport_matches_by_source_link_when_the_title_changed(newsroom, release_file):
    run(release_file)
    release_file.write_text(
        RELEASE.replace("schult Beschäftigte im Bürgerbüro", "startet Schulungen"),
        encoding="utf-8",
    )
    run(release_file)
    page = releases(newsroom).get()
    assert page.title == "Kreis Ostheim startet Schulungen"


def test_reimport_of_a_live_release_keeps_the_live_version_without_publish(newsroom, release_file):
    run(release_file, "--publish")
    release_file.write_text(RELEASE.replace("im Januar", "im Februar"), encoding="utf-8")
    output, _error = run(release_file)
    page = releases(newsroom).get()
    assert page.live
    assert page.has_unpublished_changes
    assert "im Januar" in page.teaser
    assert "im Februar" in page.get_latest_revision_as_object().teaser
    assert "Live-Version bleibt unverändert" in output
    run(release_file, "--publish")
    page.refresh_from_db()
    assert "im Februar" in page.teaser


def test_bad_files_are_reported_and_the_others_imported(newsroom, release_file, tmp_path):
    broken = tmp_path / "bild.txt"
    broken.write_bytes(PNG)
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    pdf_copy = tmp_path / "pdf_copy.txt"
    shutil.copy(SAMPLES / "pdf_copy.txt", pdf_copy)
    output, error = run(broken, release_file, empty, tmp_path / "fehlt.docx", pdf_copy)
    assert "✗ bild.txt: Das ist keine Textdatei, sondern ein PNG-Bild." in output
    assert "✗ leer.txt: Die Datei ist leer." in output
    assert "✗ fehlt.docx: Die Datei existiert nicht." in output
    assert error == "3 von 5 Dateien konnten nicht importiert werden."
    assert releases(newsroom).count() == 2


def test_exit_status_is_non_zero_when_a_file_failed(newsroom, tmp_path):
    broken = tmp_path / "bild.png"
    broken.write_bytes(PNG)
    with pytest.raises(CommandError):
        call_command("import_press_releases", str(broken), stdout=io.StringIO())


def test_failure_while_saving_leaves_no_half_imported_page(newsroom, release_file, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(PressReleasePage, "save_revision", fail)
    output, error = run(release_file)
    assert "✗ ostheim.txt" in output and "disk full" in output
    assert error
    assert not releases(newsroom).exists()
    assert not Page.objects.filter(title__contains="Ostheim").exists()


def test_without_a_newsroom_the_command_stops(home, release_file):
    _output, error = run(release_file)
    assert "Pressebereich" in error
    assert not PressReleasePage.objects.exists()


def test_release_goes_to_the_german_newsroom(newsroom, release_file):
    home_en = factories.translate_page(
        newsroom.get_parent().specific,
        "en",
        {"Startseite": "Home", "start": "home", "Willkommen im Netzwerk.": "Welcome."},
    )
    factories.make_newsroom(home_en, title="Press", slug="press", locale=home_en.locale)
    run(release_file)
    assert releases(newsroom).count() == 1


def test_site_search_finds_the_release_but_not_by_its_noise(client, newsroom, release_file):
    run(release_file, "--publish")
    title = "Kreis Ostheim schult Beschäftigte im Bürgerbüro"
    assert title in client.get(reverse("search"), {"q": "Landrätin"}).text
    assert title not in client.get(reverse("search"), {"q": "Zugvogelberatung"}).text


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_windows_encodings_import_with_umlauts(newsroom, tmp_path, encoding):
    path = tmp_path / "windows.txt"
    path.write_bytes(RELEASE.replace("\n", "\r\n").encode(encoding))
    _output, error = run(path)
    assert error == ""
    assert releases(newsroom).get().title == "Kreis Ostheim schult Beschäftigte im Bürgerbüro"


def test_word_file_imports(newsroom, tmp_path):
    document = docx.Document()
    document.add_paragraph("Kreis Westheim stellt Sicherheitskonzept vor", style="Title")
    document.add_paragraph(
        "Westheim, 12.10.2026 – Der Kreis Westheim hat ein Sicherheitskonzept für alle "
        "Dienststellen mit Publikumsverkehr vorgestellt."
    )
    path = tmp_path / "westheim.docx"
    document.save(path)
    output, error = run(path)
    assert error == ""
    assert "✓ westheim.docx: „Kreis Westheim stellt Sicherheitskonzept vor“ · 12.10.2026" in output
