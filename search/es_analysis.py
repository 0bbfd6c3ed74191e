"""Elasticsearch index analysis equivalent to `search.analysis`.

Two kinds of text fields:

- the analysed-term fields (`search_title_terms`, `search_body_terms`) hold
  terms `search.analysis.analyse` has already folded, split and stemmed, and
  queries are analysed the same way in Python; Elasticsearch only splits them
  at whitespace and lower-cases them (`TERMS_ANALYZER`), so it never stems a
  stem again;
- every other text field (and the `_all_text` catch-all fields) gets a German
  analysis built from the project's own word lists (`GERMAN_ANALYZER`, also
  the index's default analyzer): gender marks folded by a char filter,
  lower-case, the project's stop words, `german_normalization` (ä→a, ae→a,
  ß→ss), plain feminine endings folded ("lehrerinnen" → "lehrer"), compound
  parts from the project's lexicon, and the `light_german` stemmer.

Word lists are sent inline (`stopwords`, `word_list`) rather than as files on
the server, so a plain Elasticsearch server needs no extra set-up. The
patterns are Java regular expressions; `tests/search/test_es_analysis.py`
checks them against the Python analysis.
"""

import copy
from functools import lru_cache

from search.analysis.compounds import MIN_PART_LENGTH
from search.analysis.german import (
    _FEMININE_BASE_ENDINGS,
    _MIN_FEMININE_BASE,
    _NOT_FEMININE,
    GERMAN_STOP_WORDS,
)
from search.analysis.lexicon import load_lexicon

TERMS_ANALYZER = "analysed_terms"
GERMAN_ANALYZER = "german_text"
AUTOCOMPLETE_QUERY_ANALYZER = "autocomplete_query"

# Java regex building blocks. `\b` and `\w` are ASCII-only in Java unless a
# flag says otherwise, so letters are named by Unicode category.
LETTER = r"\p{L}"
LOWER = r"\p{Ll}"
NOT_WORD_CHAR = r"(?![\p{L}\p{Nd}_])"

# "Lehrer*innen", "Lehrer:innen", "Lehrer_innen", "Lehrer·innen",
# "Lehrer/-innen", "Lehrer(innen)", "LehrerInnen" and their singulars, also
# inside compounds ("Bürger*innenbeteiligung"): the mark and the feminine
# ending are dropped, as `search.analysis.german.remove_gender_marks` does.
GENDER_MARK_PATTERN = (
    rf"(?<={LETTER})(?:[*:_·]|/-?)(?i:innen(?={LETTER})|innen{NOT_WORD_CHAR}|in{NOT_WORD_CHAR})"
    rf"|(?<={LETTER})\((?i:innen|in)\)"
    rf"|(?<={LOWER})(?:Innen(?={LOWER})|Innen{NOT_WORD_CHAR}|In{NOT_WORD_CHAR})"
)


def normalise(word):
    """Lucene's `german_normalization` on a lower-case word, for word lists.

    ä/ö/ü lose their dots, ß becomes ss, "ae"/"oe" become a/o, and "ue"
    becomes u unless a vowel or q precedes it.
    """
    out = []
    state = "other"
    for ch in word:
        if ch in "ao":
            state = "umlaut"
        elif ch == "u":
            state = "umlaut" if state == "other" else "vowel"
        elif ch == "e":
            after_umlaut_vowel = state == "umlaut"
            state = "vowel"
            if after_umlaut_vowel:
                continue
        elif ch in "iqy":
            state = "vowel"
        elif ch in "äöü":
            ch = {"ä": "a", "ö": "o", "ü": "u"}[ch]
            state = "vowel"
        elif ch == "ß":
            ch = "ss"
            state = "other"
        else:
            state = "other"
        out.append(ch)
    return "".join(out)


def _unique_normalised(words):
    return sorted({normalise(word.lower()) for word in words})


def feminine_ending_pattern():
    """Token pattern for a plain feminine ending after a person-noun base.

    Runs on normalised tokens: "lehrerinnen" and "lehrerin" → "lehrer", but
    "termin" or "medizin" stay (`search.analysis.german.fold_gender`).
    """
    exceptions = "|".join(_unique_normalised(_NOT_FEMININE))
    endings = "|".join(
        sorted(_unique_normalised(_FEMININE_BASE_ENDINGS), key=lambda e: (-len(e), e))
    )
    return (
        rf"^(?!(?:{exceptions})$)"
        rf"({LETTER}*(?:{endings}))(?<={LETTER}{{{_MIN_FEMININE_BASE}}})in(?:nen)?$"
    )


def stop_words():
    # Before normalisation, as in Elasticsearch's own German analyzer:
    # normalised, "wäre" would stop "Ware".
    return sorted(word.lower() for word in GERMAN_STOP_WORDS)


def compound_words():
    """The project lexicon, normalised, without words shorter than a compound part."""
    return [word for word in _unique_normalised(load_lexicon()) if len(word) >= MIN_PART_LENGTH]


def german_analyzer():
    return {
        "type": "custom",
        "char_filter": ["gender_marks"],
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "project_german_stop",
            "german_normalization",
            "feminine_endings",
            "project_compounds",
            "light_german_stemmer",
        ],
    }


@lru_cache(maxsize=1)
def _index_settings():
    return {
        "settings": {
            "analysis": {
                "char_filter": {
                    "gender_marks": {
                        "type": "pattern_replace",
                        "pattern": GENDER_MARK_PATTERN,
                        "replacement": "",
                    },
                },
                "filter": {
                    "project_german_stop": {"type": "stop", "stopwords": stop_words()},
                    "feminine_endings": {
                        "type": "pattern_replace",
                        "pattern": feminine_ending_pattern(),
                        "replacement": "$1",
                    },
                    "project_compounds": {
                        "type": "dictionary_decompounder",
                        "word_list": compound_words(),
                        "min_word_size": 2 * MIN_PART_LENGTH,
                        "min_subword_size": MIN_PART_LENGTH,
                        "max_subword_size": 25,
                        "only_longest_match": False,
                    },
                    "light_german_stemmer": {"type": "stemmer", "language": "light_german"},
                },
                "analyzer": {
                    TERMS_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["lowercase"],
                    },
                    GERMAN_ANALYZER: german_analyzer(),
                    # Text fields without an analyzer of their own, such as
                    # `_all_text`, are analysed as German too.
                    "default": german_analyzer(),
                    # Autocomplete: "Muenster" and "Münster" share prefixes.
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "german_normalization",
                            "asciifolding",
                            "edgengram",
                        ],
                    },
                    AUTOCOMPLETE_QUERY_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "german_normalization", "asciifolding"],
                    },
                },
            },
        },
    }


def index_settings():
    """The `INDEX_SETTINGS` the project's Elasticsearch backend merges into
    modelsearch's (a fresh copy each call; callers may change it)."""
    return copy.deepcopy(_index_settings())
