"""What search engines and link previews read: canonical address,
description, Open Graph tags and JSON-LD.

Pages take part by duck typing, so this module imports no app: `og_type`
("article" for press releases), `image` (a Wagtail image), `teaser` or
`intro` (the description when `search_description` is empty) and
`structured_data(request, url, image_url)` (a schema.org dict).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

# Open Graph wants language_TERRITORY.
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
OG_IMAGE_FILTER = "fill-1200x630"

# As django.utils.html.json_script: inside <script>, "</script>" or "<!--"
# in a title must not end the element or start a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )


def canonical_url(context):
    """The absolute address of this view without tracking or filter noise;
    a view may name its own as `canonical_url` (the newsroom keeps its
    filters and page number)."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context["request"]
    return request.build_absolute_uri(request.path)


def description(page):
    text = page.search_description or getattr(page, "teaser", "") or getattr(page, "intro", "")
    return Truncator(str(text)).chars(300) if text else ""


def og_image(page, request):
    image = getattr(page, "image", None)
    if image is None or not hasattr(image, "get_rendition"):
        return None
    try:
        rendition = image.get_rendition(OG_IMAGE_FILTER)
    except SourceImageIOError:
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", ""),
    }


def meta(context, languages=()):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    if not isinstance(page, Page):
        # Error pages have no address of their own.
        if "exception" in context:
            return {}
        return {"canonical_url": canonical_url(context)}
    url = canonical_url(context)
    image = og_image(page, request)
    language = get_language()
    data = {
        "canonical_url": url,
        # Sub-views of a page (an archive year) name themselves.
        "title": context.get("meta_title") or page.seo_title or page.title,
        "description": description(page),
        "og_type": getattr(page, "og_type", "website"),
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(entry["code"], entry["code"])
            for entry in languages
            if entry.get("is_alternate") and not entry.get("is_current")
        ],
        "image": image,
        "structured_data": None,
    }
    if hasattr(page, "structured_data"):
        structured = page.structured_data(request, url, image_url=image["url"] if image else None)
        data["structured_data"] = structured
        data["published_time"] = structured.get("datePublished")
        data["modified_time"] = structured.get("dateModified")
    return data
