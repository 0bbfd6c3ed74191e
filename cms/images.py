"""Responsive images: a <picture> with WebP sources and a JPEG/PNG fallback.

Usage in a template (the `responsive_image` tag renders
components/picture.html with what `picture()` returns):

    {% load image_tags %}
    {% responsive_image image "width-400|width-800|width-1200" sizes="50vw" %}

The first argument lists alternative sizes, smallest first, separated by
"|" (each one a Wagtail filter spec: width-N, fill-WxH, max-WxH). Every size
becomes one srcset entry per format; sizes wider than the original are left
out, so nothing is upscaled.

All renditions of one image come from one query (`get_renditions`). A list
of many images fetches the renditions of all of them at once:

    releases = prefetch_renditions(releases, "image", "width-400|width-800")

with the same sizes as the template uses.
"""

import os
import re

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

# Modern formats offered in <source> elements, best first. AVIF would be
# smaller still, but Pillow took about 1 s to encode one 1200 px photo here
# (WebP 0.2 s), and renditions are made on the first request of a page.
SOURCE_FORMATS = ("webp",)
# Originals in these formats are served as they are in the <img> fallback;
# any other (WebP, AVIF, HEIC, ...) is converted to JPEG there.
FALLBACK_FORMATS = {"jpeg", "png", "gif"}
DEFAULT_SIZES = "100vw"

_WIDTH = re.compile(r"^(?:width|max|min|fill|scale)-(\d+)")
# A credit that names its kind ("Foto: ...", "Grafik: ...") is shown as it is.
_LABELLED_CREDIT = re.compile(r"^\w[\w ]{0,20}:")


def parse_sizes(sizes_spec):
    """The filter specs of "width-400|width-800", sorted by their width."""
    sizes = [part.strip() for part in sizes_spec.split("|") if part.strip()]
    return sorted(sizes, key=lambda size: _target_width(size) or 0)


def _target_width(size):
    match = _WIDTH.match(size)
    return int(match.group(1)) if match else None


def _original_format(image):
    extension = os.path.splitext(image.file.name)[1].lower().lstrip(".")
    return {"jpg": "jpeg"}.get(extension, extension)


def _fallback_spec(size, original_format):
    return size if original_format in FALLBACK_FORMATS else f"{size}|format-jpeg"


def _source_spec(size, image_format):
    return f"{size}|format-{image_format}"


def all_specs(sizes_spec):
    """Every filter spec `picture()` may ask for, whatever the original format."""
    specs = []
    for size in parse_sizes(sizes_spec):
        specs += [size, f"{size}|format-jpeg"]
        specs += [_source_spec(size, image_format) for image_format in SOURCE_FORMATS]
    return specs


def _sizes_for(image, sizes):
    """Sizes up to the first one as wide as the original: wider ones would
    repeat it, since Wagtail does not upscale."""
    chosen = []
    for size in sizes:
        chosen.append(size)
        width = _target_width(size)
        if width is not None and image.width and width >= image.width:
            break
    return chosen


def _srcset(renditions):
    """ "url 400w, url 800w", one entry per distinct width."""
    entries = {}
    for rendition in renditions:
        entries.setdefault(rendition.width, rendition.url)
    return ", ".join(f"{url} {width}w" for width, url in entries.items())


def alt_text(image, override=""):
    """The override of this use, else the image's own text; "" for a
    decorative image."""
    override = (override or "").strip()
    if override:
        return override
    return image.default_alt_text


def credit_line(credit):
    """'Foto: Anna Muster' for 'Anna Muster'; a credit naming its kind stays."""
    credit = (credit or "").strip()
    if not credit or _LABELLED_CREDIT.match(credit):
        return credit
    return _("Photo: %(credit)s") % {"credit": credit}


def picture(image, sizes_spec, sizes=DEFAULT_SIZES, alt="", loading="lazy"):
    """The context of components/picture.html for `image`."""
    original_format = _original_format(image)
    chosen = _sizes_for(image, parse_sizes(sizes_spec))
    fallback_specs = [_fallback_spec(size, original_format) for size in chosen]
    source_specs = {
        image_format: [_source_spec(size, image_format) for size in chosen]
        for image_format in SOURCE_FORMATS
    }
    renditions = image.get_renditions(
        *fallback_specs, *[spec for specs in source_specs.values() for spec in specs]
    )
    fallback = [renditions[spec] for spec in fallback_specs]
    largest = max(fallback, key=lambda rendition: rendition.width)
    return {
        "sources": [
            {
                "type": f"image/{image_format}",
                "srcset": _srcset(renditions[spec] for spec in specs),
            }
            for image_format, specs in source_specs.items()
        ],
        "src": largest.url,
        "srcset": _srcset(fallback),
        "width": largest.width,
        "height": largest.height,
        "sizes": sizes,
        "alt": alt_text(image, alt),
        "loading": loading,
    }


def prefetch_renditions(queryset, field, sizes_spec):
    """`queryset` with the renditions `field`'s images need for these sizes,
    fetched in one query for the whole list."""
    rendition_model = get_image_model().get_rendition_model()
    return queryset.prefetch_related(
        Prefetch(
            f"{field}__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=all_specs(sizes_spec)),
        )
    )
