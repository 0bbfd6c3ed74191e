"""Quotes and who said them, as press releases write them.

„…“, sagt Andre Beispiel, Leiter des Ordnungsamts.
Oberbürgermeisterin Dr. Anna Muster: „…“
Die Geschäftsführer A. B, Stadt X, und C D, Kreis Y, machen deutlich: »…«

Only quotes with a recognisable speaker become quote blocks; quoted titles
("Flyer „Innendienst mit Publikumsverkehr“") stay in the text.
"""

import re
from dataclasses import dataclass

# Opening mark → marks that close it. “ opens English-style quotes and
# closes German ones, so it appears on both sides.
QUOTE_MARKS = {"„": "“”", "“": "”“", "”": "”", "»": "«", "«": "»", '"': '"'}
BEFORE_OPENING = " \n([{–—-:/"

ABBREVIATIONS = {
    "dr",
    "prof",
    "dipl",
    "ing",
    "med",
    "jur",
    "phil",
    "rer",
    "nat",
    "st",
    "nr",
    "bzw",
    "ca",
    "z.b",
    "u.a",
    "e.v",
    "str",
    "abs",
    "art",
    "hr",
    "fr",
    "jun",
    "sen",
    "ggf",
    "evtl",
    "inkl",
    "vgl",
    "usw",
    "etc",
    "mio",
    "mrd",
    "tel",
    "sog",
    "d.h",
    "bspw",
    "z.t",
    "h.c",
    "a.d",
    "mag",
    "verw",
    "gem",
    "geb",
    "jan",
    "feb",
    "mär",
    "apr",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
}
SENTENCE_END = re.compile(r"([.!?…])([“”\"»«’)]*)(\s+)(?=[A-ZÄÖÜ„“\"»#\d])")
MONTH_AFTER_NUMBER = re.compile(
    r"\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b"
)

_VERBS = [
    "so",
    "sagt",
    "sagte",
    "sagen",
    "sagten",
    "betont",
    "betonte",
    "betonen",
    "betonten",
    "erklärt",
    "erklärte",
    "erklären",
    "erklärten",
    "ergänzt",
    "ergänzte",
    "ergänzen",
    "unterstreicht",
    "unterstrich",
    "unterstreichen",
    "meint",
    "meinte",
    "meinen",
    "findet",
    "fand",
    "finden",
    "resümiert",
    "resümierte",
    "bilanziert",
    "bilanzierte",
    "mahnt",
    "mahnte",
    "fordert",
    "forderte",
    "fordern",
    "appelliert",
    "appellierte",
    "erläutert",
    "erläuterte",
    "berichtet",
    "berichtete",
    "verdeutlicht",
    "verdeutlichte",
    "versichert",
    "versicherte",
    "bekräftigt",
    "bekräftigte",
    "begrüßt",
    "begrüßte",
    "kommentiert",
    "kommentierte",
    "äußert",
    "äußerte",
    "schreibt",
    "schrieb",
    "weiß",
    "freut sich",
    "freute sich",
    "freuen sich",
    "macht deutlich",
    "machte deutlich",
    "machen deutlich",
    "machten deutlich",
    "stellt klar",
    "stellte klar",
    "hebt hervor",
    "hob hervor",
    "fügt hinzu",
    "fügte hinzu",
    "zeigt sich überzeugt",
    "zeigte sich überzeugt",
    "ist überzeugt",
    "sind überzeugt",
    "sind sich einig",
    "so das fazit von",
    "so das fazit",
]
SPEECH_VERB = "|".join(
    re.escape(verb).replace(r"\ ", r"\s+") for verb in sorted(_VERBS, key=len, reverse=True)
)
ADVERBS = r"(?:\s+(?:dazu|hierzu|auch|abschließend|weiter|zudem|ebenfalls|außerdem))?"
AFTER_QUOTE = re.compile(rf"^\s*[,–—-]?\s*(?:{SPEECH_VERB}){ADVERBS}\s+(?=\S)", re.IGNORECASE)
INTRO_VERB_LAST = re.compile(rf"[\s,]+(?:{SPEECH_VERB}){ADVERBS}\s*$", re.IGNORECASE)
INTRO_VERB_FIRST = re.compile(
    rf"^(?:(?:dazu|hierzu|abschließend|außerdem|zudem|auch|es)\s+)?(?:{SPEECH_VERB}){ADVERBS}\s+",
    re.IGNORECASE,
)
SEPARABLE_PARTICLES = re.compile(r"\s+(?:hinzu|hervor|klar|fest|zusammen|dazu)$", re.I)

TITLE = re.compile(
    r"^(?:Dr|Prof|Dipl|Mag|Ing|h\.\s?c|med|jur|phil|rer|nat|pol|oec)[\w.-]*\.$|^(?:Frau|Herr)$"
)
NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàçñ'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñ'’]+)*$")
PARTICLES = {"von", "van", "de", "der", "zu", "vom", "ten", "zur", "la", "del"}
NOT_NAMES = {
    "Stadt",
    "Kreis",
    "Land",
    "Bund",
    "Gemeinde",
    "Polizei",
    "Amt",
    "Team",
    "Rat",
    "Netzwerk",
    "Verwaltung",
    "Kommune",
    "Landeshauptstadt",
    "Bezirksregierung",
    "Ministerium",
    "Leiter",
    "Leiterin",
    "Chef",
    "Chefin",
    "Sprecher",
    "Sprecherin",
    "Präsident",
    "Präsidentin",
    "Direktor",
    "Direktorin",
    "Minister",
    "Ministerin",
    "Vorsitzende",
    "Vorsitzender",
    "Geschäftsführer",
    "Geschäftsführerin",
    "Hauptgeschäftsführer",
    "Hauptgeschäftsführerin",
    "Beigeordnete",
    "Beigeordneter",
    "Kämmerer",
    "Kämmerin",
    "Die",
    "Der",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Im",
    "In",
    "Mit",
    "Für",
    "Bei",
    "Von",
    "Nach",
    "Auch",
    "Sie",
    "Er",
    "Wir",
    "Ich",
}
NOT_NAME_SUFFIXES = (
    "innen",
    "meister",
    "meisterin",
    "leiter",
    "leiterin",
    "führer",
    "führerin",
    "präsident",
    "präsidentin",
    "direktor",
    "direktorin",
    "sprecher",
    "sprecherin",
    "vorsitzende",
    "vorsitzender",
    "beauftragte",
    "beauftragter",
    "dezernent",
    "dezernentin",
    "referent",
    "referentin",
    "minister",
    "ministerin",
    "rätin",
    "beigeordnete",
    "beigeordneter",
    "verband",
    "verbände",
    "netzwerk",
    "gruppe",
    "dienst",
    "stelle",
    "behörde",
    "polizei",
    "regierung",
    "zentrum",
    "ministerium",
    "verwaltung",
    "gemeinde",
    "kommune",
    "schaft",
    "heit",
    "keit",
    "stadt",
    "institut",
    "akademie",
    "hochschule",
    "universität",
    "schule",
    "verein",
)
LONG_NOT_NAME_SUFFIXES = ("ung", "tag", "bund", "rat", "amt", "kreis", "tät", "tion")
OCCASION_WORDS = {
    "bei",
    "beim",
    "in",
    "im",
    "am",
    "auf",
    "während",
    "anlässlich",
    "gegenüber",
    "zum",
    "zur",
    "vor",
    "nach",
    "mit",
    "heute",
    "gestern",
}
ARTICLE = re.compile(r"^(?:der|die|das|des|dem|den)\s+", re.IGNORECASE)


@dataclass
class Quote:
    text: str
    person: str = ""
    role: str = ""


def find_quote_spans(text):
    """(start, end) of each top-level quotation, end after the closing mark."""
    spans = []
    index = 0
    while index < len(text):
        mark = text[index]
        if mark in QUOTE_MARKS and (index == 0 or text[index - 1] in BEFORE_OPENING):
            closers = QUOTE_MARKS[mark]
            end = index + 1
            while end < len(text):
                if text[end] in closers and (end + 1 == len(text) or not text[end + 1].isalnum()):
                    break
                end += 1
            if end < len(text) and end > index + 1:
                spans.append((index, end + 1))
                index = end + 1
                continue
        index += 1
    return spans


def sentence_ends(text):
    """Offsets where a sentence ends (before the following space)."""
    ends = []
    for match in SENTENCE_END.finditer(text):
        if match.group(1) == ".":
            word = re.search(r"([\w.]+)$", text[: match.start(1)])
            word = word.group(1) if word else ""
            if word.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[A-ZÄÖÜ]", word):
                continue
            if word.isdigit() and MONTH_AFTER_NUMBER.match(text, match.end(2)):
                continue
        ends.append(match.end(2))
    return ends


def split_sentences(text):
    sentences = []
    start = 0
    for end in sentence_ends(text):
        sentences.append(text[start:end].strip())
        start = end
    if text[start:].strip():
        sentences.append(text[start:].strip())
    return sentences


def is_name_word(word):
    if word in NOT_NAMES or not NAME_WORD.match(word):
        return False
    lower = word.lower()
    if lower.endswith(NOT_NAME_SUFFIXES):
        return False
    return not (len(word) >= 6 and lower.endswith(LONG_NOT_NAME_SUFFIXES))


def followed_by_name(words, index):
    """A name word comes after the particles starting at `index` ("von der Probe")."""
    while index < len(words) and words[index] in PARTICLES:
        index += 1
    return index < len(words) and is_name_word(words[index])


def name_runs(words):
    """(start, end) of each personal name in `words`, left to right.

    A name is two to three capitalised name words, or a title followed by
    name words ("Dr. Anna Muster"), joined by particles ("von der").
    """
    runs = []
    index = 0
    while index < len(words):
        if not (is_name_word(words[index]) or TITLE.match(words[index])):
            index += 1
            continue
        end = index
        while end < len(words) and (
            is_name_word(words[end])
            or TITLE.match(words[end])
            or (words[end] in PARTICLES and end > index and followed_by_name(words, end))
        ):
            end += 1
        run = words[index:end]
        names = [w for w in run if not TITLE.match(w) and w not in PARTICLES]
        titled = bool(TITLE.match(run[0])) and bool(names) and is_name_word(run[-1])
        if len(names) >= 2 or titled:
            start = index
            if len(names) > 3 and not titled:
                # Two words are the safe guess for "Firstname Lastname".
                start = end - 2
            runs.append((start, end))
        index = end
    return runs


def as_name(part, allow_single=False):
    """`part` when it is a personal name as a whole, else ""."""
    words = part.split()
    if (0, len(words)) in name_runs(words):
        return part
    if allow_single and len(words) == 1 and is_name_word(words[0]):
        return part
    return ""


def trailing_name(words):
    """The start of a name that ends `words` ("Landrätin Petra Probe"), or None."""
    runs = [start for start, end in name_runs(words) if end == len(words)]
    return runs[0] if runs else None


def split_parts(text):
    """Comma-separated parts, not splitting inside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def join_names(names):
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " und " + names[-1]


def parse_speaker(text):
    """(person, role) from "Andre Beispiel, Leiter des Ordnungsamts", or None."""
    text = SEPARABLE_PARTICLES.sub("", text.strip().strip(" .,;:–—-()"))
    if not text or len(text) > 300 or len(text.split()) > 40:
        return None
    parts = split_parts(text)
    people = []  # [name, [affiliation, ...]]
    prefix = ""
    for raw in parts:
        part = re.sub(r"^(?:und|sowie)\s+", "", raw)
        name = as_name(part, allow_single=len(parts) == 1)
        if name:
            people.append([name, []])
            continue
        if " und " in part:
            left, right = part.rsplit(" und ", 1)
            if as_name(left) and as_name(right):
                people.extend([[left, []], [right, []]])
                continue
            if not people:
                words = left.split()
                start = trailing_name(words)
                if start is not None and as_name(right):
                    people.extend([[" ".join(words[start:]), []], [right, []]])
                    prefix = " ".join(words[:start])
                    continue
        if not people:
            words = part.split()
            runs = name_runs(words)
            if runs:
                start, end = runs[0]
                people.append([" ".join(words[start:end]), []])
                prefix = ", ".join(filter(None, [prefix, " ".join(words[:start])]))
                rest = words[end:]
                # "… bei der Vorstellung in Köln" is the occasion, not a role.
                if rest and rest[0].lower() not in OCCASION_WORDS:
                    people[-1][1].append(" ".join(rest))
                continue
            prefix = ", ".join(filter(None, [prefix, part]))
        else:
            people[-1][1].append(part)
    if not people or len(prefix.split()) > 12:
        return None
    prefix = ARTICLE.sub("", prefix).strip(" ,")
    if len(people) == 1:
        name, affiliations = people[0]
        return name, ", ".join(filter(None, [prefix, *affiliations]))
    names = [f"{name} ({', '.join(affs)})" if affs else name for name, affs in people]
    return join_names(names), prefix


def parse_intro(text):
    """The speaker of "Name, Rolle:" or "Die Leiterin X betont:" before a quote."""
    text = text.strip().rstrip(":").strip()
    without_verb = INTRO_VERB_LAST.sub("", text)
    if without_verb != text:
        return parse_speaker(without_verb)
    match = INTRO_VERB_FIRST.match(text)
    if match:
        return parse_speaker(text[match.end() :])
    return parse_speaker(text)


def first_sentence_length(text):
    ends = sentence_ends(text)
    if ends:
        return ends[0]
    return len(text)


def join_quote_parts(first, second):
    if second[:1].islower() or first.endswith((",", ";", "–", "—")):
        return f"{first} {second}"
    if not first.endswith((".", "!", "?", "…")):
        first += "."
    return f"{first} {second}"


def continuation(text):
    """A quote that continues the previous one right at the start of `text`."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    spans = find_quote_spans(stripped)
    if not spans or spans[0][0] != 0:
        return None
    start, end = spans[0]
    rest = stripped[end:]
    if rest.startswith("."):
        rest, end = rest[1:], end + 1
    if rest.strip() and not re.match(r"\s+[A-ZÄÖÜ„“\"»]", rest):
        return None
    return stripped[start + 1 : end - 1].strip().rstrip('“”"«»'), offset + end


def with_full_stop(text):
    """„…im Netz“, sagt X: the full stop German drops before "sagt" returns."""
    return text + "." if text[-1:].isalnum() else text


def strip_speech_verb(text):
    """ "sagt Anna Alt, Bürgermeisterin" → "Anna Alt, Bürgermeisterin"."""
    return text[AFTER_QUOTE.match(text).end() :] if AFTER_QUOTE.match(text) else text


def is_quotable(inner):
    return len(inner) >= 20 and len(inner.split()) >= 4


def split_quotes(paragraph):
    """The paragraph as ("text", str) and ("quote", Quote) segments, in order."""
    for start, end in find_quote_spans(paragraph):
        inner = paragraph[start + 1 : end - 1].strip()
        if not is_quotable(inner):
            continue
        before, after = paragraph[:start], paragraph[end:]
        attribution = AFTER_QUOTE.match(after)
        if attribution:
            who_start = attribution.end()
            who_length = first_sentence_length(after[who_start:])
            speaker = parse_speaker(after[who_start : who_start + who_length])
            if speaker:
                consumed = end + who_start + who_length
                text = inner
                following = continuation(paragraph[consumed:])
                while following:
                    text = join_quote_parts(text, following[0])
                    consumed += following[1]
                    following = continuation(paragraph[consumed:])
                return [
                    ("text", before.strip()),
                    ("quote", Quote(with_full_stop(text), *speaker)),
                    *split_quotes(paragraph[consumed:].strip()),
                ]
        if before.rstrip().endswith(":"):
            sentences = split_sentences(before)
            intro = sentences[-1] if sentences else ""
            rest = after[1:] if after.startswith(".") else after
            ends_sentence = not rest.strip() or re.match(r"\s+[A-ZÄÖÜ„“\"»]", rest)
            speaker = parse_intro(intro) if intro and ends_sentence else None
            if speaker:
                lead = before.rstrip()[: -len(intro)] if before.rstrip().endswith(intro) else ""
                return [
                    ("text", lead.strip()),
                    ("quote", Quote(inner, *speaker)),
                    *split_quotes(rest.strip()),
                ]
    return [("text", paragraph.strip())]


def whole_quote(paragraph):
    """The quoted text when the paragraph is nothing but one quotation."""
    stripped = paragraph.strip()
    spans = find_quote_spans(stripped)
    if len(spans) != 1:
        return None
    start, end = spans[0]
    if start != 0 or stripped[end:].strip(" .") or not is_quotable(stripped[1 : end - 1]):
        return None
    return stripped[1 : end - 1].strip()
