"""One line per imported file: what was recognised, dropped and saved."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

SEPARATOR = " · "
PERSON_MAX = 40
# Warnings not already visible in another part of the line.
WARNINGS = {"no_headline": gettext_lazy("no headline found, the first sentence is the title")}


def short(text, limit):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def date_part(result):
    release = result.release
    if result.date_assumed:
        return _("no date found (today used)")
    formatted = date_format(release.date, "SHORT_DATE_FORMAT")
    if release.date_source == "weekday":
        return _("%(date)s (year inferred from the weekday)") % {"date": formatted}
    return formatted


def quotes_part(release):
    quotes = release.quotes
    if not quotes:
        return _("no quotes")
    count = ngettext("%(count)d quote", "%(count)d quotes", len(quotes)) % {"count": len(quotes)}
    people = "; ".join(short(q.person, PERSON_MAX) for q in quotes if q.person)
    return f"{count} ({people})" if people else count


def dropped_part(release):
    lines = len(release.dropped)
    reasons = ", ".join(str(label) for label, _count in release.dropped_summary())
    return ngettext(
        "dropped: %(count)d line (%(reasons)s)",
        "dropped: %(count)d lines (%(reasons)s)",
        lines,
    ) % {"count": lines, "reasons": reasons}


def action_part(result):
    if result.created:
        return _("created and published") if result.published else _("created as draft")
    if result.published:
        return _("updated and published")
    if result.kept_live_version:
        return _("updated as draft (the live version is unchanged)")
    return _("updated as draft")


def summary_parts(result):
    """The recognised parts of one import, in reading order."""
    release = result.release
    parts = [f"„{release.title}“", date_part(result)]
    if release.place:
        parts.append(release.place)
    parts.append(quotes_part(release))
    parts.extend(release.credits)
    for caption in release.captions:
        parts.append(_("caption not imported: %(caption)s") % {"caption": short(caption, 60)})
    if release.source_url:
        source = _("Source: %(url)s") % {"url": release.source_url}
        if release.source_url_truncated:
            source += " " + _("(shortened, please check)")
        parts.append(source)
    if release.dropped:
        parts.append(dropped_part(release))
    parts.extend(str(WARNINGS[code]) for code in release.warnings if code in WARNINGS)
    parts.append(action_part(result))
    return parts


def success_line(name, result):
    return f"✓ {name}: " + SEPARATOR.join(summary_parts(result))


def error_line(name, error):
    return f"✗ {name}: {error}"
