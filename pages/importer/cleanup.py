"""Character-level clean-up of pasted text: line ends, spaces, hyphenation."""

import re
import unicodedata

LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\f\v\x85]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# A soft hyphen marks where a PDF broke a word; the break itself may follow.
SOFT_HYPHEN = re.compile(r"\u00ad[ \n]*")
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}

# After "Städte-", these words show a suspended hyphen ("Städte- und
# Gemeindebund"), which stays as it is.
SUSPENDED_HYPHEN_FOLLOWERS = {
    "und",
    "oder",
    "bzw",
    "sowie",
    "bis",
    "als",
    "wie",
    "noch",
    "u",
    "&",
    "resp",
    "beziehungsweise",
}
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \n]+(?=(\S+))")
SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=[\w“”\"«»)])[ ]+([.,;:!?])(?=[\s“”\"«»)]|$)")


def normalize(text):
    """One kind of line break and space, composed umlauts, no invisible marks."""
    text = unicodedata.normalize("NFC", text)
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    text = SOFT_HYPHEN.sub("", text)
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def dehyphenate(text):
    """Join words a PDF hyphenated at a line break: "Ge- meindebund".

    Real hyphens survive: "E-Mail" has no space, "Städte- und" is followed
    by a conjunction, and "Netzwerk- Mitglieder" becomes "Netzwerk-Mitglieder".
    """

    def join(match):
        following = match.group(1)
        word = following.lower().rstrip(".,;:!?")
        if word in SUSPENDED_HYPHEN_FOLLOWERS or not following[0].isalpha():
            return "- "
        if following[0].islower():
            return ""
        return "-"

    return HYPHEN_BREAK.sub(join, text)


def tidy(text):
    """Single spaces, no space before punctuation ("Austausch ." → "Austausch.")."""
    text = SPACES.sub(" ", text).strip()
    return SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)


def clean_inline(text):
    return tidy(dehyphenate(text))
