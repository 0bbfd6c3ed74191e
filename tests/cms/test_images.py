"""Images: alternative text in the admin, responsive renditions on the site."""

import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms import images
from cms.blocks import ImageBlock
from pages.models import PressReleasePage, StandardPage
from tests import factories

ALT_TEXT_ERROR = (
    "Beschreiben Sie das Bild für Menschen, die es nicht sehen können, oder markieren Sie es "
    "als dekorativ, wenn es keine Information vermittelt."
)
SIZES = "width-400|width-800|width-1200"


@pytest.fixture(autouse=True)
def media(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Wagtail caches renditions by image id, and ids repeat across tests.
    cache.clear()


def png_upload(name="empfang.png", size=(640, 480)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (0, 75, 135)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def add_image(client, **fields):
    data = {
        "title": "Empfangstresen im Bürgerbüro",
        "file": png_upload(),
        "collection": Collection.get_first_root_node().pk,
        **fields,
    }
    return client.post(reverse("wagtailimages:add"), data)


def render_block(**value):
    block = ImageBlock()
    return block.render(block.to_python({"caption": "", "credit": "", "alt_text": "", **value}))


def attribute(html, tag, name):
    match = re.search(rf"<{tag}\b[^>]*\b{name}=\"([^\"]*)\"", html)
    assert match, f"<{tag} {name}=...> not in {html}"
    return match.group(1)


def srcset_widths(srcset):
    return [int(entry.rsplit(" ", 1)[1].rstrip("w")) for entry in srcset.split(", ")]


# --- alternative text in the admin -------------------------------------------


def test_image_without_alt_text_is_refused_in_german(client, editor):
    client.force_login(editor)
    response = add_image(client)
    assert response.status_code == 200
    assert ALT_TEXT_ERROR in response.content.decode()
    assert not get_image_model().objects.exists()


def test_image_with_alt_text_is_saved(client, editor):
    client.force_login(editor)
    response = add_image(
        client, alt_text="Eine Mitarbeiterin berät einen Bürger am Tresen.", credit="Anna Muster"
    )
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.alt_text == "Eine Mitarbeiterin berät einen Bürger am Tresen."
    assert image.uploaded_by_user == editor


def test_decorative_image_needs_no_alt_text(client, editor):
    client.force_login(editor)
    response = add_image(client, is_decorative="on")
    assert response.status_code == 302
    assert get_image_model().objects.get().is_decorative


def test_blank_alt_text_counts_as_missing(client, editor):
    client.force_login(editor)
    response = add_image(client, alt_text="   ")
    assert ALT_TEXT_ERROR in response.content.decode()


def test_editing_an_image_keeps_the_rule(client, editor):
    image = factories.make_image(alt_text="Team der Koordinierungsstelle")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        {
            "title": image.title,
            "collection": image.collection_id,
            "alt_text": "",
        },
    )
    assert ALT_TEXT_ERROR in response.content.decode()
    image.refresh_from_db()
    assert image.alt_text == "Team der Koordinierungsstelle"


def test_multiple_upload_waits_for_the_alt_text(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": png_upload(), "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 200
    assert response.json()["success"]
    # The upload waits as a pending file; it becomes an image once its form,
    # alt text included, is complete.
    assert not get_image_model().objects.exists()
    assert "alt_text" in response.json()["form"]


# --- responsive rendering ----------------------------------------------------


def test_image_block_renders_picture_with_webp_and_fallback():
    image = factories.make_image(
        width=1600, height=900, alt_text="Eine Beraterin am Empfang", credit="Anna Muster"
    )
    html = render_block(image=image.pk, caption="Beratung im Bürgerbüro")

    assert html.count("<picture") == 1
    assert attribute(html, "source", "type") == "image/webp"
    webp = attribute(html, "source", "srcset")
    assert srcset_widths(webp) == [400, 800, 1200]
    assert all(".webp " in entry for entry in webp.split(", "))

    fallback = attribute(html, "img", "srcset")
    assert srcset_widths(fallback) == [400, 800, 1200]
    assert all(".png " in entry for entry in fallback.split(", "))
    assert attribute(html, "img", "src").endswith(".png")
    assert attribute(html, "img", "width") == "1200"
    assert attribute(html, "img", "height") == "675"
    assert attribute(html, "img", "sizes") == "(min-width: 48em) 46rem, 100vw"
    assert attribute(html, "img", "loading") == "lazy"
    assert attribute(html, "img", "decoding") == "async"
    assert attribute(html, "img", "alt") == "Eine Beraterin am Empfang"

    assert "<figcaption" in html
    assert "Beratung im Bürgerbüro" in html
    assert "Foto: Anna Muster" in html


def test_block_alt_text_overrides_the_images():
    image = factories.make_image(alt_text="Eine Beraterin am Empfang")
    html = render_block(image=image.pk, alt_text="Die Beraterin zeigt den Notfallknopf")
    assert attribute(html, "img", "alt") == "Die Beraterin zeigt den Notfallknopf"


def test_decorative_flag_is_kept_when_the_image_is_loaded():
    image = factories.make_image(is_decorative=True)
    assert get_image_model().objects.get(pk=image.pk).is_decorative


def test_decorative_image_has_empty_alt():
    image = factories.make_image(is_decorative=True, alt_text="Blaue Fläche")
    html = render_block(image=image.pk)
    assert 'alt=""' in html
    assert "Blaue Fläche" not in html
    assert "<figcaption" not in html


def test_block_credit_overrides_the_images():
    image = factories.make_image(alt_text="Ein Plakat", credit="Anna Muster")
    html = render_block(image=image.pk, credit="Grafik: Stadt Musterstadt")
    assert "Grafik: Stadt Musterstadt" in html
    assert "Anna Muster" not in html
    assert "Foto:" not in html


def test_credit_line_in_english():
    with translation.override("en"):
        assert images.credit_line("Anna Muster") == "Photo: Anna Muster"
        assert images.credit_line("Foto: Anna Muster") == "Foto: Anna Muster"


def test_small_image_is_not_upscaled():
    image = factories.make_image(width=600, height=400, alt_text="Ein Aufkleber")
    html = render_block(image=image.pk)
    assert srcset_widths(attribute(html, "img", "srcset")) == [400, 600]
    assert srcset_widths(attribute(html, "source", "srcset")) == [400, 600]
    assert attribute(html, "img", "width") == "600"


def test_webp_original_gets_a_jpeg_fallback():
    image = factories.make_image(file_format="WEBP", alt_text="Ein Aufkleber")
    html = render_block(image=image.pk)
    assert attribute(html, "img", "src").endswith(".jpg")
    assert attribute(html, "source", "type") == "image/webp"


def test_renditions_of_a_list_come_from_one_query(newsroom, django_assert_num_queries):
    for number in range(4):
        factories.make_press_release(
            newsroom,
            title=f"Meldung {number}",
            date=f"2026-01-0{number + 1}",
            image=factories.make_image(alt_text=f"Bild {number}"),
        )
    releases = PressReleasePage.objects.live().select_related("image")
    for release in releases:
        images.picture(release.image, SIZES)  # renditions made once, as on a first visit
    cache.clear()  # as after a restart: renditions come from the database

    # One query for the pages with their images, one for all renditions.
    with django_assert_num_queries(2):
        pictures = [
            images.picture(release.image, SIZES)
            for release in images.prefetch_renditions(releases.all(), "image", SIZES)
        ]
    assert len(pictures) == 4
    assert all(srcset_widths(picture["srcset"]) == [400, 800, 1200] for picture in pictures)


def test_image_block_in_a_published_page(client, home):
    image = factories.make_image(alt_text="Plakat der Kampagne", credit="Anna Muster")
    page = factories.add_page(
        home,
        StandardPage(
            title="Kampagne",
            slug="kampagne",
            body=[
                {
                    "type": "image",
                    "value": {"image": image.pk, "caption": "Das Plakat", "credit": ""},
                }
            ],
        ),
    )
    html = client.get(page.url).content.decode()
    assert "<picture" in html
    assert 'alt="Plakat der Kampagne"' in html
    assert "Foto: Anna Muster" in html


def test_press_release_lead_image_is_responsive_with_credit(client, newsroom):
    image = factories.make_image(
        alt_text="Rathaus von Beispielstadt", credit="Stadt Beispielstadt"
    )
    release = factories.make_press_release(
        newsroom, title="Mit Bild", date=datetime.date(2026, 5, 4), image=image
    )

    html = client.get(release.url).content.decode()

    assert '<source type="image/webp"' in html
    assert 'alt="Rathaus von Beispielstadt"' in html
    assert 'loading="eager"' in html
    assert "Stadt Beispielstadt" in html
