"""Word-level German normalisation: case, umlaut and ß folding, gendered forms.

Folding direction: ae/oe/ue become ä/ö/ü (and ß becomes ss), never the other
way round. The stemmer then removes umlauts after its suffix rules, so
"Muenster", "Münster" and "Munster" all end as the term "munst", and plural
umlauts meet their singular ("Häuser" and "Haus" → "haus"). Turning ä into
ae instead would hide suffixes from the stemmer. A u between two vowels is
a consonant and keeps its e ("Frauen", "Steuer", "Queue", "bauen"), as in
Snowball's German stemmer. A few foreign words fold oddly ("aktuell" →
"aktüll"), but index and query fold alike, so they still meet.

Gendered forms: "Lehrer*innen", "Lehrer:innen", "Lehrer_innen",
"Lehrer/-innen", "Lehrer(innen)", "LehrerInnen", "Lehrerinnen", "Lehrerin"
all become "Lehrer". A written gender mark is always folded; a plain "-in"/
"-innen" ending only where the rest looks like a person noun (ends in -er,
-ent, -ist, -or, -ant, ... or is a known irregular base such as "Beamt",
"Ärzt", "Kolleg"), never for words that merely end in "in" ("Termin",
"Medizin", "Benzin", "Kamin", "Magazin", "Disziplin", "Berlin").
"""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü"}
_KEEP_DIACRITICS = frozenset("äöü")


def _strip_diacritics(word, keep=_KEEP_DIACRITICS):
    if word.isascii():
        return word
    out = []
    for ch in word:
        if ch in keep or ord(ch) < 128:
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


# ae/oe/ue as umlauts, except "qu" and a u between vowels (Queue, Frauen, Steuer).
_UMLAUT_SPELLING = re.compile(r"ae|oe|(?<![aeiouyäöüq])ue")


def _umlaut(match):
    return _UMLAUT_OF[match.group(0)[0]]


@lru_cache(maxsize=200_000)
def fold(word):
    """Lower-case German folding: "Muenster" and "Münster" → "münster", "Straße" → "strasse".

    Other accents are dropped ("Café" → "cafe"); ä, ö and ü stay.
    """
    word = unicodedata.normalize("NFC", word).lower().replace("ß", "ss")
    word = _strip_diacritics(word)
    if "e" not in word:
        return word
    return _UMLAUT_SPELLING.sub(_umlaut, word)


@lru_cache(maxsize=50_000)
def fold_english(word):
    """Lower-case English folding: every diacritic dropped ("Münster" → "munster")."""
    word = unicodedata.normalize("NFC", word).lower().replace("ß", "ss")
    return _strip_diacritics(word, keep=frozenset())


# --- gendered forms ----------------------------------------------------------

# Written gender marks: star, colon, underscore, middle dot, slash (with or
# without hyphen), brackets, and the capital I ("LehrerInnen").
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])In(?:nen)?$")
_MARKED_ONLY = re.compile(r"(?:[*:_·]|/-?|\()(?:innen|in)\)?$", re.IGNORECASE)

# Endings of the masculine base that take the feminine -in: Lehrer-in,
# Student-in, Polizist-in, Autor-in, Praktikant-in, Friseur-in, Sekretär-in,
# Kandidat-in, Psycholog-in, Pädagog-in, Fotograf-in, Ökonom-in,
# Therapeut-in, Pilot-in, Doktorand-in, Nachbar-in, and irregular bases that
# also end compounds (Polizeibeamt-in, Fachärzt-in, Stammkund-in).
_FEMININE_BASE_ENDINGS = (
    "er",
    "ent",
    "ist",
    "or",
    "ant",
    "eur",
    "är",
    "at",
    "olog",
    "agog",
    "graf",
    "graph",
    "nom",
    "eut",
    "ilot",
    "and",
    "ar",
    "beamt",
    "ärzt",
    "kolleg",
    "kund",
    "freund",
    "chef",
    "wirt",
    "rät",
    "anwält",
    "gött",
    "bäuer",
    "jüd",
    "köch",
    "französ",
    "türk",
    "griech",
    "russ",
    "brit",
    "gatt",
    "gräf",
    "fürst",
    "herzog",
    "sklav",
)
# Words that end like a feminine form but are not one.
_NOT_FEMININE = frozenset(
    (
        "termin",
        "medizin",
        "benzin",
        "kamin",
        "magazin",
        "disziplin",
        "berlin",
        "vitamin",
        "protein",
        "urin",
        "rubin",
        "delfin",
        "delphin",
        "pinguin",
        "cousin",
        "harlekin",
        "paraffin",
        "insulin",
        "penicillin",
        "aspirin",
        "heroin",
        "kokain",
        "nikotin",
        "koffein",
        "rosmarin",
        "mandarin",
        "platin",
        "gelatin",
        "kreatin",
        "keratin",
        "glycerin",
        "glyzerin",
        "stearin",
        "dentin",
        "valentin",
        "konstantin",
        "quentin",
        "florentin",
        "kristin",
        "florin",
        "karin",
        "katrin",
        "kerstin",
        "martin",
        "hierin",
        "worin",
        "darin",
        "drin",
        "login",
        "bulletin",
        "zeppelin",
        "muezzin",
        "jasmin",
        "satin",
        "adrenalin",
        "serotonin",
        "toxin",
        "lanolin",
        "kaolin",
        "mandolin",
        "robin",
        "erwin",
        "kevin",
        "edwin",
        "marvin",
        "calvin",
        "justin",
        "austin",
        "benjamin",
        "heparin",
    )
)
_MIN_FEMININE_BASE = 4


def _feminine_base(lower):
    """Length of the masculine base if `lower` ends in a feminine -in/-innen, else None."""
    if lower in _NOT_FEMININE:
        return None
    if lower.endswith("innen"):
        base = lower[:-5]
    elif lower.endswith("in"):
        base = lower[:-2]
    else:
        return None
    if len(base) < _MIN_FEMININE_BASE or base.endswith("e"):
        return None
    if not base.endswith(_FEMININE_BASE_ENDINGS):
        return None
    return len(base)


@lru_cache(maxsize=200_000)
def fold_gender(word):
    """Masculine base of a gendered person noun ("Lehrer*innen" → "Lehrer"), else `word`.

    Case is kept; only the feminine ending and any gender mark are removed.
    """
    marked = _MARKED_ONLY.search(word)
    if marked:
        return word[: marked.start()]
    binnen = _BINNEN_I.search(word)
    if binnen and not word.isupper():
        return word[: binnen.start()]
    base_length = _feminine_base(fold(word))
    if base_length is None:
        return word
    # fold() may change the length (ß → ss, ue → ü); cut the original instead.
    suffix = 5 if fold(word).endswith("innen") else 2
    return word[:-suffix]


# Gender marks inside running text, also inside compounds
# ("Bürger*innenbeteiligung" → "Bürgerbeteiligung"), so that the tokeniser
# sees one word.
_MARK_IN_TEXT = re.compile(
    r"(?<=[^\W\d_])(?:[*:_·]|/-?)(?i:innen(?=[^\W\d_])|innen\b|in\b)|"
    r"(?<=[^\W\d_])\((?i:innen|in)\)|"
    r"(?<=[a-zäöüß])(?:Innen(?=[a-zäöüß])|Innen\b|In\b)"
)


def remove_gender_marks(text):
    """Drop written gender marks with their feminine ending: "Kolleg:innen" → "Kolleg"."""
    return _MARK_IN_TEXT.sub("", text)


# --- stop words ----------------------------------------------------------------

# Function words only, in word lists next to the lexicon, so that other
# analysers (PostgreSQL, Elasticsearch) can be given the same lists.
_DATA_DIR = Path(__file__).resolve().parent / "data"


def _word_list(name):
    lines = (_DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


GERMAN_STOP_WORDS = _word_list("stop_words_de.txt")
ENGLISH_STOP_WORDS = _word_list("stop_words_en.txt")
