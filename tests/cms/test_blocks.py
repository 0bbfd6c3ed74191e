"""The shared body blocks render accessible, privacy-friendly HTML."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from cms import blocks


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def make_document(title, name, content=b"content"):
    document = Document(title=title)
    document.file.save(name, ContentFile(content), save=True)
    return document


def render(block, raw):
    return block.render(block.to_python(raw))


def test_accordion_uses_details_and_works_without_javascript(db):
    html = render(
        blocks.AccordionBlock(),
        {
            "heading": "Häufige Fragen",
            "items": [{"title": "Wer hilft?", "body": "<p>Das Team.</p>"}],
        },
    )
    assert "<details" in html
    assert "<summary>Wer hilft?</summary>" in html
    assert "<p>Das Team.</p>" in html


def test_table_has_caption_and_header_cells_with_scope(db):
    html = render(
        blocks.TableBlock(),
        {
            "data": [["Region", "Mitglieder"], ["Köln", "12"]],
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "Mitglieder je Region",
        },
    )
    assert "<caption>Mitglieder je Region</caption>" in html
    assert '<th scope="col"' in html
    assert '<th scope="row"' in html


def test_downloads_list_names_type_and_size(db, media):
    document = make_document("Leitfaden Deeskalation", "leitfaden.pdf", b"x" * 2048)
    html = render(
        blocks.DownloadsBlock(),
        {"heading": "Material", "items": [{"document": document.pk, "description": "Kurz"}]},
    )
    assert "Leitfaden Deeskalation" in html
    assert "PDF" in html
    assert "2,0" in html or "2.0" in html


def test_call_to_action_links_to_an_external_address(db):
    html = render(
        blocks.CallToActionBlock(),
        {
            "heading": "Mitmachen",
            "text": "",
            "button_label": "Jetzt beitreten",
            "link": {"page": None, "url": "https://example.org/beitritt"},
        },
    )
    assert '<a class="button" href="https://example.org/beitritt">Jetzt beitreten</a>' in html


def test_call_to_action_needs_a_page_or_an_address():
    block = blocks.LinkBlock()
    with pytest.raises(blocks.blocks.StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": ""}))


def test_external_video_loads_nothing_before_the_click(db):
    html = render(
        blocks.EmbedVideoBlock(),
        {
            "url": "https://www.youtube.com/watch?v=abc",
            "title": "Deeskalation im Bürgerbüro",
            "transcript": "<p>Gesprochener Text.</p>",
        },
    )
    assert "<iframe" not in html
    assert "<script" not in html
    assert 'src="https://' not in html
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "Gesprochener Text." in html


def test_self_hosted_video_without_file_shows_transcript_and_notice(db):
    html = render(
        blocks.VideoBlock(),
        {
            "title": "Das Netzwerk in Gebärdensprache",
            "video": None,
            "captions": None,
            "poster": None,
            "transcript": "<p>Willkommen beim Netzwerk.</p>",
        },
    )
    assert "<video" not in html
    assert "Willkommen beim Netzwerk." in html


def test_self_hosted_video_has_captions_track(db, media):
    video = make_document("Video", "netzwerk.mp4")
    captions = make_document("Untertitel", "netzwerk.vtt", b"WEBVTT\n")
    html = render(
        blocks.VideoBlock(),
        {
            "title": "Das Netzwerk in Gebärdensprache",
            "video": video.pk,
            "captions": captions.pk,
            "poster": None,
            "transcript": "<p>Willkommen.</p>",
        },
    )
    assert '<video controls preload="none"' in html
    assert '<track kind="captions"' in html
    assert 'type="video/mp4"' in html
