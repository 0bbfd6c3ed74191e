"""Parsed releases to PressReleasePage drafts in the newsroom.

Re-importing the same release updates its page instead of adding a second
one: a release is the same when its link to the original matches, or,
without a link, its slug. Each file is saved in its own transaction.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from pages.importer.errors import NoNewsroom
from pages.importer.lines import URL
from pages.importer.parsing import ParsedRelease, parse_release
from pages.importer.reading import read_release_bytes, read_release_file
from pages.models import NewsroomPage, PressReleasePage

SLUG_MAX = 80
TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


@dataclass
class ImportResult:
    """What happened to one file."""

    release: ParsedRelease
    page: PressReleasePage
    created: bool
    published: bool
    # The page was live before and keeps its live version (draft on top).
    kept_live_version: bool = False
    # No date was found; today's date was used.
    date_assumed: bool = False


def default_newsroom():
    """The first newsroom in the default language; NoNewsroom when there is none."""
    newsroom = NewsroomPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if newsroom is None:
        raise NoNewsroom(
            _("There is no newsroom in the default language; create one before importing.")
        )
    return newsroom


def import_file(path, newsroom, publish=False, user=None):
    """Read, parse and save the file at `path`; raises PressReleaseImportError."""
    release = parse_release(read_release_file(path))
    return save_release(release, newsroom, publish=publish, user=user)


def import_upload(data, filename, newsroom, publish=False, user=None):
    release = parse_release(read_release_bytes(data, filename))
    return save_release(release, newsroom, publish=publish, user=user)


def release_slug(title):
    slug = slugify(title.translate(TRANSLITERATION))[:SLUG_MAX].strip("-")
    if len(slug) == SLUG_MAX and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug or "pressemitteilung"


def find_existing(newsroom, release):
    """The release imported before: same link to the original, else same slug."""
    releases = PressReleasePage.objects.child_of(newsroom)
    if release.source_url:
        page = releases.filter(source_url=release.source_url).first()
        if page is not None:
            return page
    page = releases.filter(slug=release_slug(release.title)).first()
    if page is not None and page.source_url and page.source_url != release.source_url:
        # Another release that happens to have the same title.
        return None
    return page


def unique_slug(newsroom, slug):
    taken = set(newsroom.get_children().values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


def valid_url(url):
    if not url or len(url) > 500:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url


def inline_html(text):
    """Escaped text with web and e-mail addresses as links."""
    parts = []
    position = 0
    for match in re.finditer(f"{URL.pattern}|{EMAIL.pattern}", text, re.IGNORECASE):
        raw = match.group(0).rstrip(".,;:!?)")
        end = match.start() + len(raw)
        parts.append(escape(text[position : match.start()]))
        if "@" in raw and "/" not in raw:
            href = "mailto:" + raw
        else:
            href = raw if raw.lower().startswith("http") else "https://" + raw
        parts.append(f'<a href="{escape(href)}">{escape(raw)}</a>')
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br/>")


def body_data(release):
    """StreamField data for the body blocks of ArticleBodyBlock."""
    data = []
    for kind, value in release.body:
        if kind == "paragraph":
            data.append({"type": "paragraph", "value": f"<p>{inline_html(value)}</p>"})
        elif kind == "list":
            items = "".join(f"<li>{inline_html(item)}</li>" for item in value)
            data.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif kind == "heading":
            data.append({"type": "heading", "value": value})
        elif kind == "quote":
            data.append(
                {
                    "type": "quote",
                    "value": {"text": value.text, "person": value.person, "role": value.role},
                }
            )
    return data


def fill(page, release):
    page.title = release.title
    page.draft_title = release.title
    page.date = release.date or timezone.localdate()
    page.place = release.place[:100]
    page.teaser = release.teaser[:400]
    page.body = body_data(release)
    page.source_url = valid_url(release.source_url)
    page.credits = "\n".join(release.credits)


def save_release(release, newsroom, publish=False, user=None):
    """Create or update the release's page: a draft, or published with `publish`."""
    with transaction.atomic():
        existing = find_existing(newsroom, release)
        created = existing is None
        page = PressReleasePage(live=False) if created else existing
        was_live = page.live
        fill(page, release)
        if created:
            page.slug = unique_slug(newsroom, release_slug(release.title))
            newsroom.add_child(instance=page)
        elif not was_live:
            # As in Wagtail's editor: a draft's row follows its latest revision.
            page.save()
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
            page.refresh_from_db()
    return ImportResult(
        release=release,
        page=page,
        created=created,
        published=publish,
        kept_live_version=was_live and not publish,
        date_assumed=release.date is None,
    )
