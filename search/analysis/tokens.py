"""Tokenising: words, hyphenated groups and apostrophes.

A hyphenated group ("E-Mail", "Nordrhein-Westfalen", "Anti-Gewalt-Training")
yields the joined word and each part, so that "Email", "E-Mail" and "Mail"
meet. An apostrophe ending ("geht's", "member's") is dropped.
"""

import re

# Letters and digits, joined by hyphens; the underscore is not a word letter.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?(?:-[^\W_]+(?:['’][^\W_]+)?)*")
_APOSTROPHE = re.compile(r"['’].*$")


def tokenise(text):
    """Tokens of `text` in order, hyphenated groups kept together."""
    return _TOKEN.findall(text)


def word_forms(token):
    """The words a token stands for: itself, or a hyphen group joined plus its parts."""
    if "-" not in token:
        return [_APOSTROPHE.sub("", token)]
    parts = [_APOSTROPHE.sub("", part) for part in token.split("-")]
    return ["".join(parts), *parts]
