"""What each line of a pasted release is: text, page noise, a credit, a link.

Web pages and PDFs bring their chrome along when copied: menus, cookie
banners, share buttons, teasers of other articles, keyword lists, page
numbers and footers. Each of these lines is recognised here on its own;
the parser decides about the rest (site names, slogans) from the layout.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from pages.importer import dates

# Why a line was left out; the labels appear in the import report.
DROP_REASONS = {
    "navigation": _("navigation"),
    "cookie": _("cookie notice"),
    "share": _("share buttons"),
    "related": _("teasers of other articles"),
    "tags": _("keyword list"),
    "footer": _("footer"),
    "site_name": _("site or section name"),
    "slogan": _("slogan"),
    "label": _("label line (“press release”)"),
    "link": _("link text without address"),
    "media": _("image placeholder"),
    "duplicate": _("repeated line"),
    "meta": _("page information"),
}

WORD = re.compile(r"[^\W_][\w\-.'’]*")

NAVIGATION_WORDS = {
    "startseite",
    "home",
    "menü",
    "menu",
    "hauptmenü",
    "navigation",
    "suche",
    "suchen",
    "search",
    "kontakt",
    "impressum",
    "datenschutz",
    "datenschutzerklärung",
    "datenschutzhinweise",
    "barrierefreiheit",
    "barrierefrei",
    "erklärung",
    "leichte",
    "sprache",
    "gebärdensprache",
    "presse",
    "pressemitteilungen",
    "pressemeldungen",
    "pressebereich",
    "presseportal",
    "pressearchiv",
    "pressestelle",
    "aktuelles",
    "news",
    "newsroom",
    "nachrichten",
    "meldungen",
    "über",
    "uns",
    "themen",
    "service",
    "services",
    "login",
    "anmelden",
    "abmelden",
    "registrieren",
    "mitgliederbereich",
    "intranet",
    "sitemap",
    "inhalt",
    "inhalte",
    "hauptinhalt",
    "springen",
    "skip",
    "content",
    "zurück",
    "übersicht",
    "oben",
    "seitenanfang",
    "english",
    "deutsch",
    "de",
    "en",
    "wählen",
    "öffnen",
    "schließen",
    "vorlesen",
    "schriftgröße",
    "kontrast",
    "karriere",
    "jobs",
    "termine",
    "veranstaltungen",
    "downloads",
    "mediathek",
    "faq",
    "hilfe",
    "archiv",
    "rss",
    "newsletter",
    "abonnieren",
    "netzwerk",
    "mitglieder",
    "partner",
    "materialien",
    "kontaktformular",
    "anfahrt",
    "bürgerservice",
    "rathaus",
    "politik",
    "verwaltung",
    "anzeige",
    "werbung",
}
NAVIGATION_FILLERS = {"zum", "zur", "zu", "direkt", "nach", "to", "und", "&", "the", "die", "der"}

SHARE_WORDS = {
    "teilen",
    "drucken",
    "druckansicht",
    "share",
    "print",
    "twittern",
    "tweet",
    "twitter",
    "x",
    "facebook",
    "linkedin",
    "xing",
    "whatsapp",
    "telegram",
    "threads",
    "mastodon",
    "bluesky",
    "instagram",
    "youtube",
    "e-mail",
    "email",
    "mail",
    "link",
    "kopieren",
    "kopiert",
    "pdf",
    "merken",
    "speichern",
    "versenden",
    "senden",
    "empfehlen",
    "feed",
    "download",
    "herunterladen",
}
SHARE_FILLERS = {
    "auf",
    "bei",
    "via",
    "per",
    "mit",
    "als",
    "den",
    "die",
    "das",
    "artikel",
    "seite",
    "beitrag",
    "diesen",
    "diese",
    "dieses",
    "url",
    "this",
    "page",
    "article",
}

COOKIE_MARKERS = re.compile(
    r"akzeptier|zustimm|einwillig|einverstanden|ablehn|einstellung|verwende|nutz|setzt|"
    r"datenschutz|tracking|analyse|consent|accept|browser|website|webseite",
    re.IGNORECASE,
)
COOKIE_BUTTON_WORDS = {
    "alle",
    "akzeptieren",
    "ablehnen",
    "zustimmen",
    "zulassen",
    "erlauben",
    "nur",
    "notwendige",
    "essenzielle",
    "essentielle",
    "erforderliche",
    "cookies",
    "cookie",
    "einstellungen",
    "datenschutzeinstellungen",
    "cookie-einstellungen",
    "anpassen",
    "auswahl",
    "speichern",
    "bestätigen",
    "ok",
    "okay",
    "verstanden",
    "einverstanden",
    "individuelle",
    "accept",
    "all",
    "reject",
    "settings",
}
COOKIE_BUTTON_CORE = {
    "akzeptieren",
    "ablehnen",
    "zustimmen",
    "zulassen",
    "erlauben",
    "cookies",
    "cookie",
    "datenschutzeinstellungen",
    "cookie-einstellungen",
    "verstanden",
    "einverstanden",
    "accept",
    "reject",
}

RELATED_HEADINGS = re.compile(
    r"""^(?:
        (?:das\s+)?könnte\s+sie\s+(?:auch|ebenfalls)\s+interessieren
      | (?:auch|ebenfalls)\s+interessant
      | (?:weitere|ähnliche|verwandte|empfohlene|neueste|aktuelle)\s+
        (?:artikel|meldungen|nachrichten|pressemitteilungen|beiträge|themen|news)
      | mehr\s+(?:zum|zu\s+diesem)\s+thema
      | mehr\s+(?:aus|nachrichten|meldungen)\b.*
      | lesen\s+sie\s+(?:auch|mehr)
      | empfehlungen | meistgelesen(?:e\s+artikel)? | top[-\s]themen
      | related(?:\s+articles)? | you\s+might\s+also\s+like
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
TAGS = re.compile(
    r"^(?:schlagworte|schlagwörter|stichworte|stichwörter|tags|keywords|themen|"
    r"kategorien|kategorie|rubriken|abgelegt\s+unter|verschlagwortet\s+mit)"
    r"\s*(?P<colon>[:：])?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
HASHTAG_LINE = re.compile(r"^(?:#[^\W_][\w-]*[\s,;]*){2,}$")

COPYRIGHT_FOOTER = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)
RIGHTS_RESERVED = re.compile(r"alle\s+rechte\s+vorbehalten|all\s+rights\s+reserved", re.I)
PAGE_NUMBER = re.compile(
    r"^(?:seite\s+\d+(?:\s*(?:von|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|\d{1,3}|page\s+\d+)$",
    re.IGNORECASE,
)
ADDRESS_PARTS = re.compile(
    r"\b\d{5}\b|\btel\b|\btelefon\b|\bfax\b|www\.|@|str(?:aße|\.)", re.IGNORECASE
)
FOOTER_SEPARATORS = re.compile(r"\s[·|•]\s")

LABEL = re.compile(
    r"^(?:gemeinsame\s+)?(?:pressemitteilung|presseinformation|pressemeldung|"
    r"presse-information|presseinfo|medieninformation|medienmitteilung|pressenotiz|"
    r"pressedienst|mitteilung|meldung)(?:\s+(?:nr\.?|no\.?)?\s*[\d/.\-]+)?\W*$",
    re.IGNORECASE,
)
DATE_LINE_NOISE = re.compile(
    r"(?:gemeinsame\s+)?(?:pressemitteilung|presseinformation|pressemeldung|"
    r"medieninformation|mitteilung|meldung)(?:\s+(?:nr\.?|no\.?)?\s*[\d/\-]+(?=\s|$))?"
    r"|\b(?:vom|von|stand|veröffentlicht|erstellt|aktualisiert|zuletzt|geändert|"
    r"letzte\s+änderung|datum|am|um|uhr|date|published|updated)\b"
    r"|\b\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)
PLACE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*(?:[ /-](?:an\s+der|am|im|in\s+der|bei|a\.\s?d\.|"
    r"[A-ZÄÖÜ][\wÄÖÜäöüß.'’-]*)){0,3})$"
)

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"„“”»«\[\]]+", re.IGNORECASE)
TRUNCATION = re.compile(r"(?:…|\.\.\.+)$")
SOURCE_WORDS = re.compile(
    r"pressemitteilung|pressemeldung|presseinformation|medieninformation|quelle|source|"
    r"original|meldung|artikel|beitrag|nachzulesen|erschienen|veröffentlicht|volltext",
    re.IGNORECASE,
)

CREDIT_WORDS = (
    r"fotos?|bild(?:er)?|bildquellen?|bildnachweise?|fotonachweis|fotografin|fotograf|"
    r"abbildung|grafik(?:en)?|illustration|titelbild|titelfoto|photos?|credits?|copyright"
)
CREDIT = re.compile(rf"^(?:(?:{CREDIT_WORDS})\s*(?:[:：]|©|\(c\))|©|\(c\))\s*\S.*$", re.IGNORECASE)
CAPTION_WITH_CREDIT = re.compile(
    rf"^(?P<caption>.{{10,250}}?)\s*[(\[]?\s*"
    rf"(?P<credit>(?:(?:{CREDIT_WORDS})\s*(?:[:：]|©)|©)\s*[^()\[\]]{{2,80}}?)[)\]]?\s*$",
    re.IGNORECASE,
)
CAPTION = re.compile(r"^(?:bildunterschrift|bildtext|bu)\s*[:：]\s*(?P<caption>\S.*)$", re.I)
MEDIA = re.compile(
    r"^\[?\(?(?:bild|foto|image|grafik|abbildung|video|audio)(?:\s*\d+)?\]?\)?$"
    r"|^(?:bild|foto)\s+(?:vergrößern|herunterladen|öffnen)$|^(?:bilder)?galerie(?:\s+öffnen)?$"
    r"|^video\s+(?:abspielen|starten)$|^(?:zoom|vergrößern|play|abspielen)$"
    r"|^!\[[^\]]*\]\([^)]*\)$",
    re.IGNORECASE,
)
LINK_REMNANT = re.compile(
    r"^(?:(?:weitere|mehr)\s+(?:informationen|infos|details)\b.{0,120}\bhier\W*"
    r"|(?:klicken\s+sie\s+)?hier\b.{0,60}\b(?:klicken|lesen|finden|weiter|entlang)\W*"
    r"|mehr|weiter|mehr\s+(?:erfahren|lesen|anzeigen)|weiterlesen|zum\s+artikel"
    r"|mehr\s+informationen|\[?\(?link\)?\]?)\W*$",
    re.IGNORECASE,
)
READING_TIME = re.compile(r"^(?:lesezeit\b.*|\d+\s*min(?:\.|uten)?\.?\s+lesezeit)$", re.I)
MARKDOWN_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*)$")
BULLET = re.compile(r"^(?:[-•*–·▪◦‣]|\d{1,2}[.)](?!\s*[A-Za-zÄÖÜäöü]+\s+\d{4}))\s+(?P<text>\S.*)$")


@dataclass
class Line:
    """One line of the source with what it was recognised as.

    kind: "blank", "text", "noise", "heading" (marked as such), "bullet",
    "source", "url" (a bare address), "credit", "caption", "date", "label".
    """

    text: str
    kind: str = "text"
    reason: str = ""
    data: dict = field(default_factory=dict)


def words_of(text):
    return [w.strip(".'’") for w in WORD.findall(text.lower())]


def consists_of(text, core, fillers=frozenset(), max_words=10):
    words = [w for w in words_of(text) if w]
    if not words or len(words) > max_words:
        return False
    core_count = sum(1 for w in words if w in core)
    return core_count > 0 and all(w in core or w in fillers for w in words)


def is_navigation(text):
    lower = text.lower()
    if lower.startswith(("sie sind hier", "you are here")):
        return True
    parts = [p.strip() for p in re.split(r"\s*(?:[>›»|/•·]|->|→)\s*", text) if p.strip()]
    if len(parts) >= 2 and consists_of(parts[0], NAVIGATION_WORDS, NAVIGATION_FILLERS):
        # A breadcrumb: "Startseite > Presse > Title of this release".
        return True
    if len(text) > 120:
        return False
    return consists_of(text, NAVIGATION_WORDS, NAVIGATION_FILLERS, max_words=14)


def is_cookie_notice(text):
    lower = text.lower()
    if "cookie" in lower and len(text) <= 800 and COOKIE_MARKERS.search(lower):
        return True
    return consists_of(text, COOKIE_BUTTON_CORE, COOKIE_BUTTON_WORDS, max_words=6)


def is_footer(text):
    if COPYRIGHT_FOOTER.match(text) or RIGHTS_RESERVED.search(text):
        return True
    if PAGE_NUMBER.match(text):
        return True
    return len(FOOTER_SEPARATORS.findall(text)) >= 2 and bool(ADDRESS_PARTS.search(text))


def find_url(text):
    """(url, truncated, match) of the first web address in `text`, or None."""
    match = URL.search(text)
    if match is None:
        return None
    url = match.group(0)
    rest = text[match.end() :]
    truncated = bool(TRUNCATION.search(url)) or rest.startswith(("…", "..."))
    url = TRUNCATION.sub("", url).rstrip(".,;:!?)>'’")
    if url.lower().startswith("www."):
        url = "https://" + url
    return url, truncated, match


def classify_source(text):
    """A link to the original release: "Quelle: www…", "Original: <https://…>"."""
    found = find_url(text)
    if found is None:
        return None
    url, truncated, match = found
    label = (text[: match.start()] + " " + text[match.end() :]).strip()
    label = re.sub(r"[<>()\[\]…]|\.\.\.+", " ", label).strip(" :-–—")
    data = {"url": url, "truncated": truncated}
    if not label:
        return Line(text, "url", data=data)
    if len(label) <= 80 and SOURCE_WORDS.search(label):
        return Line(text, "source", data=data)
    return None


def classify_date(text):
    """A line that only dates the release: "24.11.2026", "Köln, 3. März 2025"."""
    found = dates.find_dates(text)
    if not found or len(text) > 120:
        return None
    match, date = found[0]
    before = dates.WEEKDAY_PREFIX.sub("", text[: match.start()].strip()).strip()
    before = re.sub(r"\bden$", "", before).strip()
    after = DATE_LINE_NOISE.sub(" ", text[match.end() :])
    if re.sub(r"[\s|·•,:;()\-–—/]", "", after):
        return None
    rest = re.sub(r"[\s|·•,:;()\-–—/]", "", DATE_LINE_NOISE.sub(" ", before))
    if not rest:
        return Line(text, "date", data={"date": date, "place": ""})
    # "Köln, 3. März 2025": a place, a comma, the date.
    if before.endswith(","):
        place = before.rstrip(",").strip()
        if PLACE.match(place):
            return Line(text, "date", data={"date": date, "place": place})
    return None


def classify_credit(text):
    if len(text) > 330:
        return None
    caption = CAPTION.match(text)
    if caption:
        return Line(text, "caption", data={"caption": caption.group("caption")})
    if CREDIT.match(text):
        return Line(text, "credit", data={"credit": text})
    match = CAPTION_WITH_CREDIT.match(text)
    if match and not match.group("caption").rstrip().endswith(":"):
        return Line(
            text,
            "credit",
            data={
                "credit": match.group("credit").strip(),
                "caption": match.group("caption").strip(" –-"),
            },
        )
    return None


def classify(text):
    """What a single line is, without looking at its neighbours."""
    if not text:
        return Line(text, "blank")
    markdown = MARKDOWN_HEADING.match(text)
    if markdown:
        return Line(
            markdown.group("text"), "heading", data={"level": len(markdown.group("marks"))}
        )
    if is_cookie_notice(text):
        return Line(text, "noise", "cookie")
    if consists_of(text, SHARE_WORDS, SHARE_FILLERS, max_words=12):
        return Line(text, "noise", "share")
    if is_navigation(text):
        return Line(text, "noise", "navigation")
    if is_footer(text):
        return Line(text, "noise", "footer")
    if HASHTAG_LINE.match(text):
        return Line(text, "noise", "tags")
    if MEDIA.match(text):
        return Line(text, "noise", "media")
    if READING_TIME.match(text):
        return Line(text, "noise", "meta")
    source = classify_source(text)
    if source is not None:
        return source
    if URL.search(text) is None and len(text) <= 200 and LINK_REMNANT.match(text):
        return Line(text, "noise", "link")
    credit = classify_credit(text)
    if credit is not None:
        return credit
    if LABEL.match(text):
        return Line(text, "noise", "label")
    date = classify_date(text)
    if date is not None:
        return date
    bullet = BULLET.match(text)
    if bullet:
        return Line(bullet.group("text"), "bullet", data={"raw": text})
    return Line(text)


def classify_lines(texts):
    """Classify every line; sections (related articles, keyword lists) span lines."""
    result = []
    body_started = False
    related = None  # None, "to_blank" or "to_end"
    tags_open = False
    for text in texts:
        line = classify(text)
        if line.kind == "blank":
            tags_open = False
            if related == "to_blank":
                related = None
            result.append(line)
            continue
        if related:
            if line.kind != "noise":
                line = Line(text, "noise", "related")
            result.append(line)
            continue
        if len(text) <= 80 and RELATED_HEADINGS.match(text):
            related = "to_end" if body_started else "to_blank"
            result.append(Line(text, "noise", "related"))
            continue
        tags = TAGS.match(text) if len(text) <= 400 else None
        if tags and (tags.group("colon") or not tags.group("rest")):
            result.append(Line(text, "noise", "tags"))
            tags_open = not tags.group("rest") or tags.group("rest").rstrip().endswith(",")
            continue
        if tags_open and line.kind in ("text", "bullet") and is_keyword_line(text):
            result.append(Line(text, "noise", "tags"))
            tags_open = text.rstrip().endswith(",") or len(text) <= 40
            continue
        tags_open = False
        if line.kind == "text" and len(text) >= 150:
            body_started = True
        result.append(line)
    return result


def is_keyword_line(text):
    return len(text) <= 200 and not re.search(r"[.!?]$", text) and len(text.split()) <= 25
