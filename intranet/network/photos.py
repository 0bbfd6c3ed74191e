"""Profile photos: checked with Pillow, re-encoded and shrunk on upload.

Re-encoding drops everything but the pixels: EXIF (camera, place, time),
XMP, ICC profiles and comments, and anything hidden behind the image data.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 800
# Larger pictures are refused before they are decoded (decompression bombs).
MAX_PIXELS = 40_000_000
# Pillow's format name -> file extension and MIME type.
FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}
CONTENT_TYPES = dict(FORMATS.values())
# What Pillow raises for a broken, truncated or hostile file.
UNREADABLE = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    Image.DecompressionBombError,
)
ACCEPT = ",".join(mime for _extension, mime in FORMATS.values())


def prepare_photo(upload):
    """A ContentFile with the cleaned picture of `upload`, or ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than 5 MB. Please choose a smaller file."), code="too_big"
        )
    not_an_image = ValidationError(
        _("The file is not a photo in JPEG, PNG or WebP format."), code="invalid_image"
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
        if image_format not in FORMATS or width * height > MAX_PIXELS:
            raise not_an_image
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            # Turn the picture as the camera meant it before the EXIF
            # orientation is dropped.
            picture = ImageOps.exif_transpose(image)
    except UNREADABLE:
        raise not_an_image from None
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    extension, _mime = FORMATS[image_format]
    if image_format == "JPEG" and picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    elif picture.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        picture = picture.convert("RGBA")
    buffer = io.BytesIO()
    # No exif=, icc_profile= or pnginfo=: Pillow writes only the pixels.
    options = {"quality": 85} if image_format in ("JPEG", "WEBP") else {}
    picture.save(buffer, image_format, **options)
    return ContentFile(buffer.getvalue(), name=f"photo.{extension}")


def content_type(name):
    extension = name.rsplit(".", 1)[-1].lower()
    return CONTENT_TYPES.get(extension, "application/octet-stream")


def initials_picture(initials, colour, size=400):
    """A square PNG with white initials on a colour, for the demo people."""
    from PIL import ImageDraw, ImageFont

    picture = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(picture)
    try:
        font = ImageFont.load_default(size=size // 3)
    except TypeError:  # Pillow without FreeType
        font = ImageFont.load_default()
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()
