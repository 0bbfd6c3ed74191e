"""The analysis pipeline: text in, normalised search terms out.

German (`language="de"`, the default):
1. unify hyphens, repair line-break hyphenation, expand elliptic compounds
   (`text.py`);
2. drop written gender marks ("Kolleg:innen" → "Kolleg");
3. tokenise; a hyphenated group yields the joined word and its parts;
4. per word: fold gendered forms ("Lehrerinnen" → "Lehrer"), fold case,
   umlauts and ß, drop stop words, stem (Snowball German), and add the
   stems of the compound parts after the word's own term.
English (`"en"`): fold case and accents, drop English stop words, stem
(Porter2). No German rules.

`analyse` is for indexing: every occurrence gives terms, in text order.
`analyse_query` applies the same normalisation to a query and returns each
term once; a query compound also yields its parts ("Notfallalarm" →
notfallalarm, notfall, alarm). `query_words` keeps the grouping per typed
word, for search code that wants "the word or all of its parts".

Speed, measured once (2-core development machine shared with a CI run,
Python 3.11, fresh process, one `analyse` call on 1 MB of UTF-8 text):
- German prose (sentences of the demo content in random order, 125k words,
  2.2k distinct): 0.7-0.9 s;
- worst case, 64k words that are nearly all distinct (random joins of
  lexicon words, so every word goes through the compound splitter): 3.1-3.4 s.
Per-token results are cached (functools.lru_cache), so repeated words cost
a dictionary lookup.
"""

from dataclasses import dataclass
from functools import lru_cache

from .compounds import compound_parts
from .german import (
    ENGLISH_STOP_WORDS,
    GERMAN_STOP_WORDS,
    fold,
    fold_english,
    fold_gender,
    remove_gender_marks,
)
from .lexicon import load_lexicon
from .stemmers import english_stem, german_stem
from .text import expand_ellipses, normalise_text, repair_hyphenation
from .tokens import tokenise, word_forms

GERMAN = "de"
ENGLISH = "en"


def language_code(language):
    """ "de", "de-de", "de_AT" → "de"; "en", "en-gb" → "en"; anything else → "de"."""
    code = (language or GERMAN).replace("_", "-").split("-")[0].lower()
    return ENGLISH if code == ENGLISH else GERMAN


def _keep(word):
    return len(word) >= 2 or word.isdigit()


@lru_cache(maxsize=200_000)
def _german_word(form, split=True):
    """(term, part terms) of one German word, or None for a stop word."""
    word = fold(fold_gender(form))
    if not _keep(word) or word in GERMAN_STOP_WORDS:
        return None
    term = german_stem(word)
    parts = []
    for part in compound_parts(word, load_lexicon()) if split else ():
        part_term = german_stem(part)
        if part_term != term and part_term not in parts:
            parts.append(part_term)
    return term, tuple(parts)


@lru_cache(maxsize=100_000)
def _english_word(form, split=True):
    word = fold_english(form)
    if not _keep(word) or word in ENGLISH_STOP_WORDS:
        return None
    return english_stem(word), ()


def _prepare(text, language):
    if language == ENGLISH:
        return normalise_text(text)
    lexicon = load_lexicon()
    text = repair_hyphenation(text, lexicon)
    text = expand_ellipses(text, lexicon)
    return remove_gender_marks(text)


def _analysed_words(text, language):
    """(typed word, term, part terms) for every non-stop word of `text`."""
    analyse_word = _english_word if language == ENGLISH else _german_word
    for token in tokenise(_prepare(text, language)):
        forms = word_forms(token)
        for number, form in enumerate(forms):
            # A hyphen group's joined word is not split: its parts follow anyway.
            result = analyse_word(form, split=len(forms) == 1 or number > 0)
            if result is not None:
                yield form, result[0], result[1]


def analysed_words(text, language=GERMAN):
    """(typed word, term, part terms) for every non-stop word of `text`, in order."""
    return _analysed_words(text, language_code(language))


def analyse(text, language=GERMAN):
    """Index terms of `text`: each word's term followed by its compound parts' terms."""
    terms = []
    for _, term, parts in _analysed_words(text, language_code(language)):
        terms.append(term)
        terms.extend(parts)
    return terms


@dataclass(frozen=True)
class QueryWord:
    """One typed query word: its term and, for a compound, its parts' terms."""

    text: str
    term: str
    parts: tuple = ()


def query_words(text, language=GERMAN):
    """The analysed words of a query, in order, each term once.

    A query of stop words only ("Die Ärzte") keeps them, so it is not empty.
    """
    code = language_code(language)
    words = []
    seen = set()
    for form, term, parts in _analysed_words(text, code):
        if term not in seen:
            seen.add(term)
            words.append(QueryWord(form, term, parts))
    if words:
        return words
    fold_word, stem = (fold_english, english_stem) if code == ENGLISH else (fold, german_stem)
    for token in tokenise(text):
        for form in word_forms(token):
            term = stem(fold_word(form))
            if term and term not in seen:
                seen.add(term)
                words.append(QueryWord(form, term))
    return words


def analyse_query(text, language=GERMAN):
    """Query terms of `text`, each once: every word's term, then its compound parts."""
    terms = []
    for word in query_words(text, language):
        for term in (word.term, *word.parts):
            if term not in terms:
                terms.append(term)
    return terms


def clear_caches():
    _german_word.cache_clear()
    _english_word.cache_clear()
