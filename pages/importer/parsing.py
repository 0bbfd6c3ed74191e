"""Text to a structured press release: headline, dateline, lead, body, quotes.

Pure functions, no database: `parse_release(text)` returns a ParsedRelease.

The layout of a pasted release is read top-down. Lines are first
classified on their own (`lines.classify_lines`: menus, cookie banners,
share buttons, credits, links, date lines ...); wrapped lines are then
joined into units, and the units before the first body paragraph are
weighed to find the headline: a slogan is short and line-broken, a site or
section name is a short line, a subline repeats the headline at greater
length. Everything after the headline is the body, where quotes with a
speaker become quote blocks.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pages.importer import dates
from pages.importer.cleanup import clean_inline, normalize
from pages.importer.errors import NoPressRelease
from pages.importer.lines import DROP_REASONS, PLACE, classify_lines
from pages.importer.quotes import (
    Quote,
    as_name,
    parse_intro,
    parse_speaker,
    split_quotes,
    split_sentences,
    strip_speech_verb,
    whole_quote,
)

TERMINAL = (".", "!", "?", "…", "“", "”", '"', "»", "«", ")", ":")
TEASER_MAX = 400
TITLE_MAX = 255
# "v.l.n.r.: Anna Muster, Bernd Beispiel" under a group photo.
CAPTION_PREFIX = re.compile(
    r"^\(?(?:v\.\s?l\.(?:\s?n\.\s?r\.)?|von\s+links(?:\s+nach\s+rechts)?)\)?:?\s"
)
SEPARATORS = re.compile(r"\s[·|•]\s")
DATELINE_HEAD = re.compile(r"^(?P<head>[^–—:]{2,80}?)\s*(?P<separator>[–—]|-{1,2}|:)\s+(?=\S)")


@dataclass
class Dropped:
    text: str
    reason: str

    @property
    def label(self):
        return DROP_REASONS.get(self.reason, self.reason)


@dataclass
class ParsedRelease:
    title: str
    subtitle: str = ""
    teaser: str = ""
    date: datetime.date | None = None
    # How the date was found: "dateline", "line", "weekday", "text" or "".
    date_source: str = ""
    place: str = ""
    # ("paragraph", text) | ("list", [text, ...]) | ("heading", text) | ("quote", Quote)
    body: list = field(default_factory=list)
    credits: list = field(default_factory=list)
    captions: list = field(default_factory=list)
    source_url: str = ""
    source_url_truncated: bool = False
    dropped: list = field(default_factory=list)
    # What the editor should check: "no_headline", "no_date", "source_shortened".
    warnings: list = field(default_factory=list)

    @property
    def quotes(self):
        return [value for kind, value in self.body if kind == "quote"]

    def dropped_summary(self):
        """[(label, count)] of the dropped lines, in order of first appearance."""
        counts = {}
        for item in self.dropped:
            counts[item.reason] = counts.get(item.reason, 0) + 1
        return [(DROP_REASONS.get(reason, reason), count) for reason, count in counts.items()]


@dataclass
class Unit:
    """Joined lines: one paragraph, heading, list item or recognised line."""

    text: str
    kind: str
    lines: list
    block: int
    data: dict = field(default_factory=dict)


def parse_release(text, today=None):
    """Parse the text of one press release; raises NoPressRelease without content."""
    today = today or timezone.localdate()
    classified = classify_lines(normalize(text).split("\n"))
    release = ParsedRelease(title="")
    for line in classified:
        if line.kind == "noise":
            release.dropped.append(Dropped(line.text, line.reason))
    units = join_lines(classified)
    units = drop_repeated(units, release)
    content = [u for u in units if u.kind in ("text", "heading", "bullet")]
    if not content:
        raise NoPressRelease(_("The file contains no press release text, only page noise."))

    first_body = next((i for i, u in enumerate(content) if is_body_paragraph(u)), len(content))
    header, body_units = content[:first_body], content[first_body:]
    headline_index = choose_headline(header)
    if headline_index is None:
        release.title = fallback_title(body_units[0].text)
        release.warnings.append("no_headline")
    else:
        release.title = header[headline_index].text
        for unit in header[:headline_index]:
            reason = "slogan" if is_slogan_shaped(unit) else "site_name"
            release.dropped.append(Dropped(unit.text, reason))
        rest = header[headline_index + 1 :]
        # A subtitle needs a body below it; a lone line under the headline is the body.
        if (
            rest
            and rest[0].kind == "text"
            and not rest[0].text.endswith(":")
            and (len(rest) > 1 or body_units)
        ):
            release.subtitle = rest.pop(0).text
        body_units = rest + body_units
    release.title = shorten(release.title, TITLE_MAX)

    apply_recognised_lines(release, units, content, first_body)
    release.body = build_body(body_units, release)
    find_date_and_place(release, units, content, first_body, today)
    choose_teaser(release)
    if release.source_url_truncated:
        release.warnings.append("source_shortened")
    if release.date is None:
        release.warnings.append("no_date")
    return release


# --- Lines to units ---------------------------------------------------------


def join_lines(classified):
    """Join the lines a PDF or e-mail wrapped; keep other lines apart."""
    blocks, current = [], []
    for line in classified:
        if line.kind == "blank":
            if current:
                blocks.append(current)
            current = []
        elif line.kind != "noise":
            current.append(line)
    if current:
        blocks.append(current)

    units = []
    for number, block in enumerate(blocks):
        texts = [line.text for line in block if line.kind == "text"]
        wrapped = is_wrapped_block(texts)
        width = max((len(t) for t in texts), default=0)
        previous = None
        for line in block:
            if (
                line.kind == "text"
                and previous is not None
                and previous.kind == "text"
                and continues(previous.lines[-1], line.text, wrapped, width)
            ):
                previous.lines.append(line.text)
                previous.text = previous.text + "\n" + line.text
                continue
            unit = Unit(line.text, line.kind, [line.text], number, dict(line.data))
            units.append(unit)
            previous = unit
    for unit in units:
        if unit.kind in ("text", "heading", "bullet"):
            unit.text = clean_inline(unit.text.replace("\n", " "))
    return [u for u in units if u.text or u.kind not in ("text", "heading", "bullet")]


def is_wrapped_block(texts):
    """Lines of similar, moderate length: hard-wrapped text from a PDF or e-mail."""
    if len(texts) < 3:
        return False
    width = max(len(t) for t in texts)
    if width > 130:
        return False
    full = sum(1 for t in texts[:-1] if len(t) >= 0.6 * width)
    return full >= 2 * (len(texts) - 1) / 3


def continues(previous, following, wrapped, width):
    """Whether `following` continues the line `previous` (a wrapped line)."""
    if not following:
        return False
    if re.search(r"[^\W\d_]-$", previous) and following[0].isalpha():
        return True
    if previous.endswith((",", ";")) or (
        not previous.endswith(TERMINAL) and following[0].islower()
    ):
        return True
    if wrapped and not previous.endswith(TERMINAL) and len(previous) >= 0.6 * width:
        return True
    return wrapped and len(previous) >= 0.85 * width


def drop_repeated(units, release):
    """Drop page headers and footers a PDF repeats on every page."""
    seen = {}
    for unit in units:
        if unit.kind == "text" and len(unit.text) <= 80:
            key = unit.text.casefold()
            seen[key] = seen.get(key, 0) + 1
    kept, first = [], set()
    for unit in units:
        key = unit.text.casefold()
        if unit.kind == "text" and seen.get(key, 0) >= 2:
            if len(unit.text.split()) <= 4 or key in first:
                release.dropped.append(Dropped(unit.text, "duplicate"))
                continue
            first.add(key)
        kept.append(unit)
    return kept


# --- Headline ----------------------------------------------------------------


def sentence_count(text):
    return len(split_sentences(text))


def is_body_paragraph(unit):
    if unit.kind != "text":
        return False
    text = unit.text
    if dateline(text) is not None and len(text) >= 60:
        return True
    if len(text) >= 250:
        return True
    return text.endswith(TERMINAL) and (
        len(text) >= 160 or (len(text) >= 80 and sentence_count(text) >= 2)
    )


def normalized(text):
    return " ".join(re.sub(r"[^\w#]+", " ", text.casefold()).split())


def is_slogan_shaped(unit):
    """Short, line-broken, no full stop: "Schütze dich / und dein Team"."""
    return (
        len(unit.lines) >= 2
        and all(len(line) <= 40 for line in unit.lines)
        and len(unit.text) <= 60
        and not unit.text.endswith(".")
    )


def is_site_name_shaped(unit):
    """ "Stadt X · Der Bürgermeister · Presse": names joined by separators."""
    return len(SEPARATORS.split(unit.text)) >= 2


def is_headline_like(unit):
    words = len(unit.text.split())
    return (
        unit.kind in ("text", "heading")
        and not is_site_name_shaped(unit)
        and (words >= 5 or len(unit.text) >= 40)
        and not is_slogan_shaped(unit)
        and not unit.text.endswith(":")
    )


def choose_headline(header):
    """The index of the headline among the units above the body, or None."""
    if not header:
        return None
    for index, unit in enumerate(header):
        if unit.kind == "heading" and unit.data.get("level") == 1:
            return index
    # A longer subline that repeats a line confirms that line as headline.
    for index, unit in enumerate(header):
        key = normalized(unit.text) if is_headline_like(unit) else ""
        for later in header[index + 1 :]:
            if key and key in normalized(later.text) and len(later.text) > len(unit.text) + 10:
                return index
    candidates = [
        i
        for i, u in enumerate(header)
        if u.kind in ("text", "heading") and not is_site_name_shaped(u)
    ]
    for position, index in enumerate(candidates):
        unit = header[index]
        if is_slogan_shaped(unit) and position + 1 < len(candidates):
            continue
        if is_headline_like(unit) and not unit.text.endswith("."):
            return index
        # A short headline sits right above a sentence (the lead or the
        # body); a kicker or site name sits above another heading.
        following = header[candidates[position + 1]] if position + 1 < len(candidates) else None
        if following is None or is_sentence(following.text):
            return index
    return candidates[0] if candidates else None


def is_sentence(text):
    return len(text) >= 40 and text.endswith((".", "!", "?", "…", "“", "”", '"', "«", "»"))


def fallback_title(text):
    sentences = split_sentences(text)
    return shorten((sentences[0] if sentences else text).rstrip("."), 120)


def shorten(text, limit):
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


# --- Body --------------------------------------------------------------------


def dateline(text):
    """(place, date, rest) of "Köln, 3. März 2025 – Text" or "Köln (dpa) – Text"."""
    match = DATELINE_HEAD.match(text)
    if match is None:
        return None
    head = match.group("head").strip()
    agency = re.search(r"\(([^)]{1,30})\)", head)
    if agency:
        head = (head[: agency.start()] + head[agency.end() :]).strip()
    found = dates.find_dates(head)
    date = None
    if found:
        date_match, date = found[0]
        before = dates.WEEKDAY_PREFIX.sub("", head[: date_match.start()].strip()).strip()
        before = re.sub(r"\bden$", "", before).strip()
        if head[date_match.end() :].strip(" ,"):
            return None
        head = before
    place = head.strip(" ,/")
    if not place or not PLACE.match(place) or len(place) > 40:
        return None
    if match.group("separator") == ":" and date is None:
        return None
    if date is None and agency is None and not place.isupper():
        return None
    place = place.title() if place.isupper() else place
    return place, date, text[match.end() :]


def is_caption_text(text):
    if len(text) > 200 or text.endswith((".", "!", "?", ":")):
        return False
    if CAPTION_PREFIX.match(text):
        return True
    parts = [p.strip() for p in re.split(r",\s*|\s+und\s+", text) if p.strip()]
    return bool(parts) and all(as_name(p) for p in parts)


def is_short_line(unit):
    """An address or contact line: short, not a sentence."""
    return unit.kind == "text" and len(unit.text) <= 80 and not unit.text.endswith(TERMINAL)


def is_heading(units, index):
    unit = units[index]
    if unit.kind == "heading":
        return True
    text = unit.text
    if unit.kind != "text" or len(text) > 80 or len(text.split()) > 10:
        return False
    if text.endswith((".", ",", ";", ":", "!", "“", "”", '"', "«", "»")):
        return False
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and following.kind == "text" and not is_short_line(following)


def build_body(units, release):
    """Body items from the units below the headline."""
    body = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.kind == "bullet":
            items = []
            while index < len(units) and units[index].kind == "bullet":
                items.append(units[index].text)
                index += 1
            body.append(("list", items))
            continue
        if unit.kind == "text" and is_caption_text(unit.text):
            release.captions.append(unit.text)
            index += 1
            continue
        if is_heading(units, index):
            body.append(("heading", unit.text))
            index += 1
            continue
        if is_short_line(unit):
            # Address or contact lines: one paragraph with line breaks.
            lines = [unit.text]
            index += 1
            while (
                index < len(units)
                and is_short_line(units[index])
                and units[index].block == unit.block
                and not is_caption_text(units[index].text)
            ):
                lines.append(units[index].text)
                index += 1
            body.append(("paragraph", "\n".join(lines)))
            continue
        index += 1
        quoted = whole_quote(unit.text)
        if quoted is not None:
            quote, consumed = separate_attribution(quoted, body, units, index)
            if quote is not None:
                body.append(("quote", quote))
                index += consumed
                continue
        for kind, value in split_quotes(unit.text):
            if kind == "quote":
                body.append(("quote", value))
            elif value:
                body.append(("paragraph", value))
    return body


def separate_attribution(text, body, units, index):
    """A quote paragraph whose speaker is the next line or the line before."""
    if index < len(units) and units[index].kind in ("text", "bullet"):
        following = units[index].text
        if len(following) <= 200:
            speaker = parse_speaker(strip_speech_verb(following.lstrip("–—-(").rstrip(")")))
            if speaker and not following.endswith(":"):
                return Quote(text, *speaker), 1
    if body and body[-1][0] == "paragraph" and body[-1][1].endswith(":"):
        previous = body[-1][1]
        if len(previous) <= 200:
            speaker = parse_intro(previous)
            if speaker:
                body.pop()
                return Quote(text, *speaker), 0
    return None, 0


def apply_recognised_lines(release, units, content, first_body):
    """Credits, captions and the link to the original release."""
    bare_urls = []
    last_paragraph = max(
        (units.index(u) for u in content if is_body_paragraph(u)), default=len(units)
    )
    first_paragraph = units.index(content[first_body]) if first_body < len(content) else 0
    for position, unit in enumerate(units):
        if unit.kind == "credit":
            release.credits.append(unit.data["credit"])
            if unit.data.get("caption"):
                release.captions.append(unit.data["caption"])
        elif unit.kind == "caption":
            release.captions.append(unit.data["caption"])
        elif unit.kind == "source" and not release.source_url:
            release.source_url = unit.data["url"]
            release.source_url_truncated = unit.data["truncated"]
        elif unit.kind == "url":
            if position > last_paragraph or position < first_paragraph:
                bare_urls.append(unit)
            else:
                unit.kind = "text"
    if not release.source_url and bare_urls:
        release.source_url = bare_urls[0].data["url"]
        release.source_url_truncated = bare_urls[0].data["truncated"]


def find_date_and_place(release, units, content, first_body, today):
    """The release date: dateline, then date lines, then the text."""
    if release.body and release.body[0][0] == "paragraph":
        found = dateline(release.body[0][1])
        if found:
            place, date, rest = found
            release.place = place
            if date:
                release.date, release.date_source = date, "dateline"
            release.body[0] = ("paragraph", rest[:1].upper() + rest[1:])
    first_paragraph = units.index(content[first_body]) if first_body < len(content) else 0
    date_lines = [u for u in units if u.kind == "date"]
    date_lines.sort(key=lambda u: units.index(u) > first_paragraph)
    for unit in date_lines:
        if release.date is None:
            release.date, release.date_source = unit.data["date"], "line"
        if not release.place and unit.data.get("place"):
            release.place = unit.data["place"]
    paragraphs = [value for kind, value in release.body if kind == "paragraph"][:2]
    if release.subtitle:
        paragraphs.append(release.subtitle)
    if release.date is None:
        for paragraph in paragraphs:
            inferred = dates.infer_weekday_date(paragraph, today)
            if inferred:
                release.date, release.date_source = inferred[0], "weekday"
                break
    if release.date is None and paragraphs:
        found = [d for _m, d in dates.find_dates(paragraphs[0]) if d <= today]
        if found:
            release.date, release.date_source = found[0], "text"


def choose_teaser(release):
    """The lead: a real subtitle, else the opening sentences of the body."""
    subtitle = release.subtitle
    if subtitle and normalized(release.title) not in normalized(subtitle):
        if len(subtitle) <= TEASER_MAX:
            release.teaser = subtitle
            return
        release.body.insert(0, ("paragraph", subtitle))
        release.subtitle = ""
    first = next((i for i, (kind, _v) in enumerate(release.body) if kind == "paragraph"), None)
    if first is None:
        release.teaser = shorten(release.title, TEASER_MAX)
        return
    paragraph = release.body[first][1].replace("\n", " ")
    sentences = split_sentences(paragraph)
    taken = []
    for sentence in sentences:
        if len(" ".join([*taken, sentence])) > TEASER_MAX:
            break
        taken.append(sentence)
    if not taken:
        release.teaser = shorten(paragraph, TEASER_MAX)
        return
    release.teaser = " ".join(taken)
    if first != 0:
        return
    remainder = " ".join(sentences[len(taken) :])
    if remainder:
        release.body[first] = ("paragraph", remainder)
    else:
        del release.body[first]
