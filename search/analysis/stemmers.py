"""Snowball stemmers for German and English, written for this project.

Neither snowballstemmer nor PyStemmer is installed in this project, and no
dependency may be added for search analysis, so these are plain-Python
implementations of the published Snowball algorithms (snowballstem.org,
BSD licence): "german" in its current form, which treats ae/oe/ue as umlauts
and removes umlauts at the end, and "english" (Porter2). The code is the
project's own (EUPL-1.2); it follows the algorithm descriptions step by step
so that it stems like the reference implementations on ordinary words.

Usage: `german_stem("Bedrohungen") == "bedroh"`, `english_stem("threats") ==
"threat"`. Both expect one lower-case word without punctuation; the caller
folds case (see `search.analysis.german.fold`).
"""

import re
from functools import lru_cache

# --- German ------------------------------------------------------------------

_DE_VOWELS = frozenset("aeiouyäöü")
_S_ENDING = frozenset("bdfghklmnrt")
_ST_ENDING = _S_ENDING - {"r"}
_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü"}
_POSTLUDE = str.maketrans({"U": "u", "Y": "y", "ä": "a", "ö": "o", "ü": "u"})


# Words without any of these need no prelude (most words).
_DE_PRELUDE_NEEDED = re.compile(r"[aeiouyäöü][uy][aeiouyäöü]|ß|[aou]e|qu")


def _de_prelude(word):
    if not _DE_PRELUDE_NEEDED.search(word):
        return word
    chars = list(word)
    # A u or y between two vowels is a consonant ("bauen", "Bayern"); mark it
    # upper case so that neither the vowel tests nor the umlaut rule see it.
    # The scan resumes after the following vowel, as Snowball's goto does.
    i = 0
    while i + 2 < len(chars):
        if chars[i] in _DE_VOWELS and chars[i + 1] in "uy" and chars[i + 2] in _DE_VOWELS:
            chars[i + 1] = chars[i + 1].upper()
            i += 3
        else:
            i += 1
    out = []
    i = 0
    while i < len(chars):
        pair = "".join(chars[i : i + 2])
        if chars[i] == "ß":
            out.append("ss")
            i += 1
        elif pair in ("ae", "oe", "ue"):
            out.append(_UMLAUT_OF[pair[0]])
            i += 2
        elif pair == "qu":
            out.append(pair)
            i += 2
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


def _region_after_consonant_after_vowel(word, start):
    """Start of the region after the first non-vowel that follows a vowel."""
    for i in range(max(start, 1), len(word)):
        if word[i] not in _DE_VOWELS and word[i - 1] in _DE_VOWELS and i - 1 >= start:
            return i + 1
    return len(word)


def _de_regions(word):
    if len(word) < 3:
        return len(word), len(word)
    p1 = _region_after_consonant_after_vowel(word, 0)
    p2 = _region_after_consonant_after_vowel(word, p1)
    return max(p1, 3), p2


def _longest_suffix(word, suffixes):
    for suffix in suffixes:
        if word.endswith(suffix):
            return suffix
    return None


# Suffix lists sorted longest first, so the first hit is Snowball's "among".
_DE_STEP1 = ("lns", "ern", "em", "er", "en", "es", "ln", "e", "s")
_DE_STEP2 = ("est", "en", "er", "st")
_DE_STEP3 = ("isch", "lich", "heit", "keit", "end", "ung", "ig", "ik")


def _de_step1(word, p1):
    suffix = _longest_suffix(word, _DE_STEP1)
    if suffix is None or len(word) - len(suffix) < p1:
        return word
    stem = word[: -len(suffix)]
    if suffix == "em":
        return word if stem.endswith("syst") else stem
    if suffix in ("ern", "er"):
        return stem
    if suffix in ("e", "en", "es"):
        return stem[:-1] if stem.endswith("niss") else stem
    if suffix == "s":
        return stem if stem and stem[-1] in _S_ENDING else word
    return stem + "l"  # "ln", "lns"


def _de_step2(word, p1):
    suffix = _longest_suffix(word, _DE_STEP2)
    if suffix is None or len(word) - len(suffix) < p1:
        return word
    stem = word[: -len(suffix)]
    if suffix != "st":
        return stem
    # -st goes only after a valid st-ending with at least three letters before it.
    if len(stem) >= 4 and stem[-1] in _ST_ENDING:
        return stem
    return word


def _de_step3(word, p1, p2):
    suffix = _longest_suffix(word, _DE_STEP3)
    if suffix is None or len(word) - len(suffix) < p2:
        return word
    stem = word[: -len(suffix)]
    if suffix in ("end", "ung"):
        if stem.endswith("ig") and not stem.endswith("eig") and len(stem) - 2 >= p2:
            return stem[:-2]
        return stem
    if suffix in ("ig", "ik", "isch"):
        return word if stem.endswith("e") else stem
    if suffix in ("lich", "heit"):
        if stem.endswith(("er", "en")) and len(stem) - 2 >= p1:
            return stem[:-2]
        return stem
    # keit
    for inner in ("lich", "ig"):
        if stem.endswith(inner) and len(stem) - len(inner) >= p2:
            return stem[: -len(inner)]
    return stem


@lru_cache(maxsize=200_000)
def german_stem(word):
    """Snowball German stem of a lower-case word ("Häuser" → "haus")."""
    word = _de_prelude(word)
    p1, p2 = _de_regions(word)
    word = _de_step1(word, p1)
    word = _de_step2(word, p1)
    word = _de_step3(word, p1, p2)
    return word.translate(_POSTLUDE)


# --- English (Porter2) -------------------------------------------------------

_EN_VOWELS = frozenset("aeiouy")
_EN_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_EN_LI_ENDING = frozenset("cdeghkmnrt")
_EN_EXCEPTIONS = {
    "skis": "ski",
    "skies": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "idly": "idl",
    "gently": "gentl",
    "ugly": "ugli",
    "early": "earli",
    "only": "onli",
    "singly": "singl",
    "sky": "sky",
    "news": "news",
    "howe": "howe",
    "atlas": "atlas",
    "cosmos": "cosmos",
    "bias": "bias",
    "andes": "andes",
}
_EN_STOP_AFTER_1A = frozenset(
    ("inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed")
)
_EN_STEP2 = (
    ("ization", "ize"),
    ("ational", "ate"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("iveness", "ive"),
    ("tional", "tion"),
    ("biliti", "ble"),
    ("lessli", "less"),
    ("entli", "ent"),
    ("ation", "ate"),
    ("alism", "al"),
    ("aliti", "al"),
    ("ousli", "ous"),
    ("iviti", "ive"),
    ("fulli", "ful"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("abli", "able"),
    ("izer", "ize"),
    ("ator", "ate"),
    ("alli", "al"),
    ("bli", "ble"),
    ("ogi", "og"),
    ("li", ""),
)
_EN_STEP3 = (
    ("ational", "ate"),
    ("tional", "tion"),
    ("alize", "al"),
    ("icate", "ic"),
    ("iciti", "ic"),
    ("ative", ""),
    ("ical", "ic"),
    ("ness", ""),
    ("ful", ""),
)
_EN_STEP4 = (
    "ement",
    "ance",
    "ence",
    "able",
    "ible",
    "ment",
    "ant",
    "ent",
    "ism",
    "ate",
    "iti",
    "ous",
    "ive",
    "ize",
    "ion",
    "al",
    "er",
    "ic",
)


def _en_is_vowel(word, i):
    return word[i] in _EN_VOWELS


def _en_regions(word):
    for prefix in ("gener", "commun", "arsen"):
        if word.startswith(prefix):
            p1 = len(prefix)
            break
    else:
        p1 = len(word)
        for i in range(1, len(word)):
            if not _en_is_vowel(word, i) and _en_is_vowel(word, i - 1):
                p1 = i + 1
                break
    p2 = len(word)
    for i in range(p1 + 1, len(word)):
        if not _en_is_vowel(word, i) and _en_is_vowel(word, i - 1):
            p2 = i + 1
            break
    return p1, p2


def _en_short_syllable_at_end(word):
    if len(word) == 2:
        return _en_is_vowel(word, 0) and not _en_is_vowel(word, 1)
    if len(word) >= 3:
        return (
            not _en_is_vowel(word, -3)
            and _en_is_vowel(word, -2)
            and not _en_is_vowel(word, -1)
            and word[-1] not in "wxY"
        )
    return False


def _en_has_vowel(text):
    return any(ch in _EN_VOWELS for ch in text)


def _en_step1a(word):
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("ied", "ies")):
        return word[:-2] if len(word) > 4 else word[:-1]
    if word.endswith(("us", "ss")):
        return word
    if word.endswith("s") and _en_has_vowel(word[:-2]):
        return word[:-1]
    return word


def _en_step1b(word, p1):
    for suffix in ("eedly", "eed"):
        if word.endswith(suffix):
            if len(word) - len(suffix) >= p1:
                return word[: -len(suffix)] + "ee"
            return word
    for suffix in ("ingly", "edly", "ing", "ed"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if not _en_has_vowel(stem):
                return word
            if stem.endswith(("at", "bl", "iz")):
                return stem + "e"
            if stem.endswith(_EN_DOUBLES):
                return stem[:-1]
            if p1 >= len(stem) and _en_short_syllable_at_end(stem):
                return stem + "e"
            return stem
    return word


def _en_step1c(word):
    if len(word) > 2 and word[-1] in "yY" and not _en_is_vowel(word, -2):
        return word[:-1] + "i"
    return word


def _en_replace(word, rules, region_start):
    for suffix, replacement in rules:
        if word.endswith(suffix):
            if len(word) - len(suffix) < region_start:
                return word, suffix
            return word[: -len(suffix)] + replacement, suffix
    return word, None


def _en_step2(word, p1):
    for suffix, replacement in _EN_STEP2:
        if not word.endswith(suffix):
            continue
        if len(word) - len(suffix) < p1:
            return word
        stem = word[: -len(suffix)]
        if suffix == "ogi":
            return stem + "og" if stem.endswith("l") else word
        if suffix == "li":
            return stem if stem and stem[-1] in _EN_LI_ENDING else word
        return stem + replacement
    return word


def _en_step3(word, p1, p2):
    for suffix, replacement in _EN_STEP3:
        if not word.endswith(suffix):
            continue
        if len(word) - len(suffix) < p1:
            return word
        if suffix == "ative" and len(word) - len(suffix) < p2:
            return word
        return word[: -len(suffix)] + replacement
    return word


def _en_step4(word, p2):
    for suffix in _EN_STEP4:
        if not word.endswith(suffix):
            continue
        if len(word) - len(suffix) < p2:
            return word
        stem = word[: -len(suffix)]
        if suffix == "ion":
            return stem if stem.endswith(("s", "t")) else word
        return stem
    return word


def _en_step5(word, p1, p2):
    if word.endswith("e"):
        stem = word[:-1]
        if len(stem) >= p2 or (len(stem) >= p1 and not _en_short_syllable_at_end(stem)):
            return stem
    elif word.endswith("ll") and len(word) - 1 >= p2:
        return word[:-1]
    return word


@lru_cache(maxsize=100_000)
def english_stem(word):
    """Snowball English (Porter2) stem of a lower-case word ("threats" → "threat")."""
    if len(word) <= 2:
        return word
    word = word.lstrip("'")
    if word in _EN_EXCEPTIONS:
        return _EN_EXCEPTIONS[word]
    if word.startswith("y"):
        word = "Y" + word[1:]
    word = "".join(
        "Y" if ch == "y" and i > 0 and word[i - 1] in _EN_VOWELS else ch
        for i, ch in enumerate(word)
    )
    p1, p2 = _en_regions(word)
    for suffix in ("'s'", "'s", "'"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    word = _en_step1a(word)
    if word in _EN_STOP_AFTER_1A:
        return word
    word = _en_step1b(word, p1)
    word = _en_step1c(word)
    word = _en_step2(word, p1)
    word = _en_step3(word, p1, p2)
    word = _en_step4(word, p2)
    word = _en_step5(word, p1, p2)
    return word.replace("Y", "y")
