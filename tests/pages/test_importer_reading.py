"""Reading press release files: encodings, Word files and what is refused."""

import io
import random

import docx
import pytest
from django.utils import translation
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from pages.importer.errors import UnreadableFile
from pages.importer.parsing import parse_release
from pages.importer.reading import read_release_bytes, read_release_file

GERMAN = (
    "Größere Sicherheit für Beschäftigte\n\n"
    "„Übergriffe dulden wir nicht“, sagt Jörg Weiß, Leiter des Ordnungsamts. – 5 €\n"
)


@pytest.fixture(autouse=True)
def german():
    """Editors read the messages in German, the site's default language."""
    with translation.override("de"):
        yield


def noise(low, count=600):
    generator = random.Random(4)  # noqa: S311 - reproducible test bytes, not a secret
    return bytes(generator.randrange(low, 256) for _ in range(count))


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    "data",
    [
        GERMAN.encode("utf-8"),
        GERMAN.encode("utf-8-sig"),
        GERMAN.encode("cp1252"),
        GERMAN.encode("utf-16"),  # with byte order mark, as Windows Notepad saves
        GERMAN.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8 with BOM", "cp1252", "utf-16 with BOM", "utf-16-be without BOM"],
)
def test_text_encodings_are_recognised(data):
    assert read_release_bytes(data, "meldung.txt") == GERMAN


def test_latin1_umlauts_are_recognised():
    text = "Größere Sicherheit für Beschäftigte im Außendienst der Städte\n"
    assert read_release_bytes(text.encode("latin-1"), "meldung.TXT") == text


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (PNG, "foto.txt", "keine Textdatei, sondern ein PNG-Bild"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "meldung.txt", "PDF-Dokument"),
        (b"", "leer.txt", "Die Datei ist leer."),
        (b"  \n\t\r\n  ", "leer.txt", "enthält keinen Text"),
        (noise(1), "kaputt.txt", "Zeichenkodierung wurde nicht erkannt"),
        (noise(0), "kaputt.txt", "Das ist keine Textdatei."),
        (b"Meldung ohne Word-Inhalt", "meldung.docx", "keine Word-Datei"),
        (PNG, "meldung.docx", "PNG-Bild"),
        (b"PK\x03\x04kaputt", "meldung.docx", "vielleicht beschädigt"),
        (b"Text", "meldung.pdf", ".pdf-Dateien können nicht importiert werden"),
        (b"Text", "meldung", "Dateien ohne Endung"),
    ],
    ids=[
        "png bytes",
        "pdf bytes",
        "empty",
        "whitespace only",
        "undecodable bytes",
        "binary noise",
        "docx that is not a zip",
        "docx that is a png",
        "broken zip",
        "unsupported extension",
        "no extension",
    ],
)
def test_bad_files_are_refused_with_a_reason(data, name, message):
    with pytest.raises(UnreadableFile) as error:
        read_release_bytes(data, name)
    assert message in str(error.value)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(UnreadableFile, match="Die Datei existiert nicht."):
        read_release_file(tmp_path / "fehlt.txt")


def test_file_is_read_from_disk(tmp_path):
    path = tmp_path / "meldung.txt"
    path.write_bytes(GERMAN.encode("cp1252"))
    assert read_release_file(path) == GERMAN


def add_hyperlink(paragraph, text, url):
    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def make_docx():
    document = docx.Document()
    document.add_paragraph("Kreis Westheim · Pressestelle")
    document.add_paragraph("Kreis Westheim eröffnet Schulungszentrum", style="Title")
    document.add_paragraph(
        "Westheim, 12. Oktober 2026 – Der Kreis Westheim hat ein Schulungszentrum für "
        "Deeskalation eröffnet. Dort trainieren Beschäftigte aus Jobcenter, Ordnungsamt und "
        "Ausländerbehörde gemeinsam."
    )
    document.add_paragraph("Angebot für alle Dienststellen", style="Heading 2")
    document.add_paragraph(
        "„Wir wollen, dass alle Beschäftigten einmal im Jahr üben können“, sagt Landrat "
        "Tobias Test. Die Kurse sind kostenfrei und finden an zwei Tagen statt."
    )
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Kursdauer"
    table.cell(0, 1).text = "zwei Tage"
    source = document.add_paragraph("Original: ")
    add_hyperlink(source, "Pressemitteilung des Kreises", "https://www.westheim.example/presse/42")
    document.add_paragraph("Foto: Kreis Westheim")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_file_keeps_headings_links_and_tables():
    text = read_release_bytes(make_docx(), "meldung.docx")
    assert "# Kreis Westheim eröffnet Schulungszentrum" in text
    assert "## Angebot für alle Dienststellen" in text
    assert "Kursdauer – zwei Tage" in text
    assert "<https://www.westheim.example/presse/42>" in text


def test_word_file_is_parsed_like_text():
    release = parse_release(read_release_bytes(make_docx(), "meldung.docx"))
    assert release.title == "Kreis Westheim eröffnet Schulungszentrum"
    assert release.place == "Westheim"
    assert str(release.date) == "2026-10-12"
    assert ("heading", "Angebot für alle Dienststellen") in release.body
    [quote] = release.quotes
    assert (quote.person, quote.role) == ("Tobias Test", "Landrat")
    assert release.source_url == "https://www.westheim.example/presse/42"
    assert release.credits == ["Foto: Kreis Westheim"]
    assert [d.reason for d in release.dropped] == ["site_name"]
