"""The text inside uploaded documents becomes searchable (search/documents.py).

The files are built here: a PDF by hand (pypdf cannot write text), a DOCX
with python-docx, an ODT as a ZIP of content.xml, mimetype and manifest.
"""

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.search.backends import get_search_backend

from search.models import DocumentText

Status = DocumentText.Status


# --- files ---------------------------------------------------------------------


def make_pdf(*pages):
    """A minimal valid PDF with one line of Helvetica text per page."""

    def literal(text):
        raw = text.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for text in pages:
        stream = b"BT /F1 12 Tf 72 720 Td (" + literal(text) + b") Tj ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_docx(*paragraphs, table=()):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row_number, row in enumerate(table):
            for column_number, value in enumerate(row):
                grid.cell(row_number, column_number).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content office:version="1.3"
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:body><office:text>{body}</office:text></office:body>
</office:document-content>"""
ODT_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest manifest:version="1.3"
 xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def make_odt(body):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype comes first and uncompressed (ODF 1.3, part 2, 3.3).
        archive.writestr("mimetype", ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", ODT_CONTENT.format(body=body))
        archive.writestr("META-INF/manifest.xml", ODT_MANIFEST)
    return out.getvalue()


def make_zip(**members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)


# --- fixtures and helpers --------------------------------------------------------


@pytest.fixture(autouse=True)
def media(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_client(client_as):
    return client_as("admin")


def save_document(data, name, title="Handreichung", **fields):
    document = get_document_model()(title=title, file=ContentFile(data, name=name), **fields)
    document.save()
    return document


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """Save a document as the admin does; the queued extraction runs at
    commit (the test settings run tasks at once)."""

    def upload(data, name, title="Handreichung", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            document = save_document(data, name, title, **fields)
        return DocumentText.objects.get(document=document)

    return upload


def admin_upload(client, data, name, title="Handreichung"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


# --- upload through the admin ----------------------------------------------------


def test_admin_upload_of_a_pdf_stores_its_text(admin_client, django_capture_on_commit_callbacks):
    pdf = make_pdf("Deeskalation am Empfang", "Notfallplan für das Bürgeramt")

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_upload(admin_client, pdf, "leitfaden.pdf", title="Leitfaden Empfang")

    assert response.status_code == 302
    document_text = DocumentText.objects.get(document__title="Leitfaden Empfang")
    assert document_text.status == Status.DONE
    assert "Deeskalation am Empfang" in document_text.text
    assert "Notfallplan für das Bürgeramt" in document_text.text
    assert document_text.title == "Leitfaden Empfang"
    assert document_text.extracted_at is not None


def test_admin_upload_of_a_broken_pdf_succeeds_and_records_the_failure(
    admin_client, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_upload(admin_client, b"%PDF-1.4\n1 0 obj << /Ty", "kaputt.pdf")

    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Handreichung").exists()
    document_text = DocumentText.objects.get(document__title="Handreichung")
    assert document_text.status == Status.FAILED
    assert document_text.error
    assert document_text.text == ""
    assert any(
        record.name == "search.documents" and record.levelname == "WARNING"
        for record in caplog.records
    )


def test_admin_multiple_upload_stores_the_text(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": SimpleUploadedFile("plan.docx", make_docx("Hausverbot im Jobcenter"))},
        )

    assert response.status_code == 200
    assert response.json()["success"]
    assert DocumentText.objects.get().text == "Hausverbot im Jobcenter"


def test_extracted_text_is_found_by_the_search_backend(upload):
    upload(make_pdf("Gefährdungsbeurteilung im Außendienst"), "gefaehrdung.pdf")

    hits = get_search_backend().search("Außendienst", DocumentText)

    assert [hit.title for hit in hits] == ["Handreichung"]


# --- file types ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (make_pdf("Alarmierung im Notfall"), "notfall.pdf", "Alarmierung im Notfall"),
        (make_docx("Alarmierung im Notfall"), "notfall.docx", "Alarmierung im Notfall"),
        (make_odt("<text:p>Alarmierung im Notfall</text:p>"), "notfall.odt", "Alarmierung"),
        ("Alarmierung im Büro".encode("cp1252"), "notfall.txt", "Alarmierung im Büro"),
    ],
    ids=["pdf", "docx", "odt", "txt"],
)
def test_text_is_extracted_from_each_supported_type(upload, data, name, expected):
    document_text = upload(data, name)

    assert document_text.status == Status.DONE
    assert expected in document_text.text


def test_pdf_text_is_read_from_every_page(upload):
    document_text = upload(make_pdf("Erste Seite", "Zweite Seite", "Dritte Seite"), "a.pdf")

    assert document_text.text.split("\n") == ["Erste Seite", "Zweite Seite", "Dritte Seite"]


def test_docx_text_includes_table_cells(upload):
    data = make_docx("Ansprechpersonen", table=[["Notruf", "110"], ["Hausmeister", "Raum 12"]])

    text = upload(data, "kontakte.docx").text

    assert text.split("\n") == ["Ansprechpersonen", "Notruf", "110", "Hausmeister", "Raum 12"]


def test_odt_text_keeps_headings_spans_tabs_breaks_and_tables(upload):
    body = (
        "<text:h>Alarmplan</text:h>"
        "<text:p>Raum<text:tab/>12 mit <text:span>Notrufknopf</text:span>"
        "<text:line-break/>zweite<text:s text:c='3'/>Zeile</text:p>"
        "<table:table><table:table-row><table:table-cell>"
        "<text:p>Zelle in der Tabelle</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )

    text = upload(make_odt(body), "alarmplan.odt").text

    assert text == "Alarmplan\nRaum\t12 mit Notrufknopf\nzweite   Zeile\nZelle in der Tabelle"


def test_type_is_read_from_the_content_not_the_name(upload):
    assert upload(make_pdf("Inhalt zählt"), "bericht.txt").text == "Inhalt zählt"
    assert upload(PNG, "foto.pdf").status == Status.UNSUPPORTED


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (PNG, "foto.txt"),
        (make_zip(readme__txt="Archiv"), "archiv.zip"),
        (make_zip(xl__workbook__xml="<workbook/>"), "tabelle.xlsx"),
        (b"{\\rtf1 Text}", "brief.rtf"),
    ],
    ids=["image", "zip", "xlsx", "rtf"],
)
def test_other_files_are_unsupported(upload, data, name):
    document_text = upload(data, name)

    assert document_text.status == Status.UNSUPPORTED
    assert document_text.text == ""


def test_pdf_without_text_is_empty(upload):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)

    assert upload(out.getvalue(), "scan.pdf").status == Status.EMPTY


# --- failures and bounds ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"%PDF-1.7\n garbage without objects", "kaputt.pdf"),
        (make_docx("Abgeschnitten")[:400], "abgeschnitten.docx"),
        (make_odt("<text:p>nicht geschlossen"), "kaputt.odt"),
    ],
    ids=["pdf", "docx", "odt"],
)
def test_broken_file_fails_with_an_error_and_a_warning(upload, caplog, data, name):
    document_text = upload(data, name)

    assert document_text.status == Status.FAILED
    assert document_text.error
    assert "Text extraction failed" in caplog.text


def test_pdf_with_a_password_fails(upload):
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf("Geheime Inhalte")))
    writer.encrypt("geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    document_text = upload(out.getvalue(), "geheim.pdf")

    assert document_text.status == Status.FAILED
    assert "password" in document_text.error
    assert "Geheime" not in document_text.text


def test_file_above_the_size_limit_is_not_read(upload, settings):
    settings.SEARCH_DOCUMENT_MAX_BYTES = 100
    data = make_pdf("Viel zu groß " * 20)

    document_text = upload(data, "gross.pdf")

    assert document_text.status == Status.TOO_LARGE
    assert document_text.text == ""


def worker_children():
    """Child processes of this test process that run the extraction worker."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid() and b"search.extract_worker" in command:
            children.append(stat.parent.name)
    return children


def test_extraction_over_the_time_limit_is_killed(upload, settings, caplog):
    # Shorter than the child process needs to start: it is always too slow.
    settings.SEARCH_DOCUMENT_TIMEOUT_SECONDS = 0.001

    document_text = upload(make_pdf("Zu langsam"), "langsam.pdf")

    assert document_text.status == Status.FAILED
    assert document_text.error == "Zeitlimit von 0.001 Sekunden überschritten."
    assert "timed out after 0.001 s" in caplog.text
    if Path("/proc/self/stat").exists():
        assert worker_children() == []


def test_stored_text_is_capped(upload, settings):
    settings.SEARCH_DOCUMENT_MAX_CHARS = 50
    text = "Deeskalation " * 100

    document_text = upload(text.encode(), "lang.txt")

    assert document_text.status == Status.DONE
    assert len(document_text.text) <= 50
    assert document_text.text.startswith("Deeskalation Deeskalation")


def test_pdf_pages_are_capped(upload, settings):
    settings.SEARCH_DOCUMENT_MAX_PAGES = 2

    text = upload(make_pdf("Seite eins", "Seite zwei", "Seite drei"), "a.pdf").text

    assert text == "Seite eins\nSeite zwei"


# --- keeping in step with the document ------------------------------------------


def test_new_title_and_collection_reach_the_document_text_without_rereading(upload):
    document_text = upload(make_pdf("Inhalt"), "a.pdf", title="Alter Titel")
    extracted_at = document_text.extracted_at
    collection = Collection.get_first_root_node().add_child(name="Mitglieder")
    document = document_text.document

    document.title = "Neuer Titel"
    document.collection = collection
    document.save()

    document_text.refresh_from_db()
    assert document_text.title == "Neuer Titel"
    assert document_text.collection_id_copy == collection.pk
    assert document_text.status == Status.DONE
    assert document_text.extracted_at == extracted_at


def test_new_file_is_read_again(upload, django_capture_on_commit_callbacks):
    document_text = upload(make_pdf("Alte Fassung"), "a.pdf")
    document = document_text.document

    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(make_docx("Neue Fassung"), name="b.docx")
        document.save()

    document_text.refresh_from_db()
    assert document_text.text == "Neue Fassung"


def test_saved_document_waits_for_extraction_until_commit(db):
    document = save_document(make_pdf("Noch nicht gelesen"), "a.pdf")

    document_text = DocumentText.objects.get(document=document)
    assert document_text.status == Status.PENDING
    assert document_text.text == ""


def test_deleting_the_document_deletes_its_text(upload):
    document_text = upload(make_pdf("Wird gelöscht"), "a.pdf")

    document_text.document.delete()

    assert not DocumentText.objects.filter(pk=document_text.pk).exists()
    assert list(get_search_backend().search("gelöscht", DocumentText)) == []


# --- the command -----------------------------------------------------------------


def test_command_reads_pending_and_failed_documents(upload):
    done = upload(make_pdf("Schon gelesen"), "fertig.pdf", title="Fertig")
    save_document(make_pdf("Wartet noch"), "wartet.pdf", title="Wartet")
    failed = upload(b"%PDF-1.4 kaputt", "kaputt.pdf", title="Kaputt")
    # Repaired in the storage: the document itself is not saved again.
    Path(failed.document.file.path).write_bytes(make_odt("<text:p>Repariert</text:p>"))
    out = io.StringIO()

    with translation.override("de"):
        call_command("extract_document_texts", stdout=out)

    output = out.getvalue()
    assert "1/2 Dokumente … Wartet" in output
    assert "2/2 Dokumente … Kaputt" in output
    assert "Fertig" not in output
    assert "2 Dokumente gelesen." in output
    assert DocumentText.objects.get(document__title="Kaputt").text == "Repariert"
    assert DocumentText.objects.get(pk=done.pk).text == "Schon gelesen"


def test_command_with_all_reads_every_document(upload):
    upload(make_pdf("Schon gelesen"), "fertig.pdf", title="Fertig")
    out = io.StringIO()

    with translation.override("de"):
        call_command("extract_document_texts", "--all", stdout=out)

    assert "1/1 Dokumente … Fertig" in out.getvalue()
