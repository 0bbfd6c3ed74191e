"""Splitting German compounds into parts found in the lexicon.

"Notfallalarm" → notfall + alarm, "Hausverbot" → haus + verbot,
"Sicherheitskonzept" → sicherheit + konzept (linking s),
"Einsatzkräfte" → einsatz + kräfte (an inflected head).

Rules, chosen to avoid splitting into fragments:
- every part has at least four letters, except a few frequent short words
  (Amt, Rat, Ruf, Tag, Weg, ...), and every part is in the lexicon;
- a modifier (any part but the last) may carry a linking element (s, es, n,
  en, er, e, ens, ns) or have lost a final e or an infinitive -en ("Schulhof"
  from Schule, "Lehrkraft" from lehren);
- the head (the last part) may be inflected: it is accepted when its stem is
  the stem of a lexicon word ("kräfte" → "kraft");
- the split with the fewest parts wins, then the one with the longest parts.
Stop words are not in the lexicon, so "Nachsorge" or "Übergriff" are not
split into a preposition and a noun.

A dictionary splitter splits what its dictionary allows: with "bein" and
"haltung" in the lexicon, "Beinhaltung" would split. The shipped lexicon holds
no "bein", and adding words is a decision about the lexicon, not this code.
"""

from functools import lru_cache

from .german import GERMAN_STOP_WORDS, fold
from .lexicon import lexicon_stems, load_lexicon
from .stemmers import german_stem

MIN_PART_LENGTH = 4
MIN_COMPOUND_LENGTH = 6
# Frequent three-letter words that form compounds (Ordnungsamt, Landrat, Notruf).
SHORT_PARTS = frozenset(
    ("amt", "rat", "ruf", "weg", "tag", "hof", "bad", "not", "bus", "zug", "bau", "ort", "tat")
)
# Linking elements between modifier and head, longest first.
LINKING = ("ens", "es", "en", "er", "ns", "s", "n", "e")
# Heads that are also participle endings ("kommenden" is not komm(en) + enden):
# they need a modifier that is a lexicon word as it stands ("Wochenende").
SUSPICIOUS_HEADS = frozenset(("ende", "enden", "endes", "ender", "endem"))
# Parts of at least this length are split again for extra terms
# ("Gefährdungsbeurteilungsbogen" → also gefährdung, beurteilung).
MIN_RESPLIT_LENGTH = 10


def _long_enough(word):
    return len(word) >= MIN_PART_LENGTH or word in SHORT_PARTS


def _known(word, lexicon):
    return word in lexicon and word not in GERMAN_STOP_WORDS and _long_enough(word)


def _modifier(segment, lexicon):
    """The lexicon word a non-final segment stands for, or None."""
    if _known(segment, lexicon):
        return segment
    # A lost final e or infinitive ending: Schul-hof, Lehr-kraft, Melde-stelle.
    for variant in (segment + "e", segment + "en", segment + "n"):
        if _known(variant, lexicon):
            return variant
    # A linking element: Sicherheit-s-konzept, Hilf(e)-s-angebot.
    for link in LINKING:
        if segment.endswith(link):
            base = segment[: -len(link)]
            for variant in (base, base + "e"):
                if _known(variant, lexicon):
                    return variant
    return None


_PLAIN_VOWELS = str.maketrans("äöü", "aou")


def _head(segment, lexicon, stems):
    """The segment if it can end a compound, or None."""
    if not _long_enough(segment) or segment in GERMAN_STOP_WORDS:
        return None
    if segment in lexicon:
        return segment
    # The stem of a folded word is a prefix of it without umlauts: test the
    # prefixes first, which is much cheaper than stemming every ending.
    plain = segment.translate(_PLAIN_VOWELS)
    if not any(plain[:length] in stems for length in range(3, len(plain) + 1)):
        return None
    stem = german_stem(segment)
    if len(stem) >= 3 and stem in stems:
        return segment
    return None


@lru_cache(maxsize=4)
def _starts(lexicon, stems):
    """First three letters (without umlauts) of lexicon words and stems: a quick filter."""
    return frozenset(word[:3].translate(_PLAIN_VOWELS) for word in lexicon) | frozenset(
        stem[:3] for stem in stems
    )


def _score(segments):
    # Fewest parts first, then the longest parts (sum of squared lengths).
    return (len(segments), -sum(len(surface) ** 2 for surface, _ in segments))


def _best_segmentation(word, lexicon, stems):
    """Best list of (surface, part) pairs covering `word`, or None."""
    n = len(word)
    shortest = min(MIN_PART_LENGTH, min(map(len, SHORT_PARTS)))
    starts = _starts(lexicon, stems)
    best = [None] * (n + 1)  # best[i]: segmentation of word[i:] (at least one part)
    ends = []  # positions j with a segmentation of word[j:], ascending
    for i in range(n - shortest, -1, -1):
        # Every part starting here, with or without a linking element or
        # inflection, begins with these three letters.
        if word[i : i + 3].translate(_PLAIN_VOWELS) not in starts:
            continue
        options = []
        if i > 0:
            head = _head(word[i:], lexicon, stems)
            if head:
                options.append([(word[i:], head)])
        for j in ends:
            if j - i < shortest:
                continue
            rest = best[j]
            modifier = _modifier(word[i:j], lexicon)
            if modifier and len(rest) == 1 and rest[0][1] in SUSPICIOUS_HEADS:
                modifier = modifier if modifier == word[i:j] else None
            if modifier:
                options.append([(word[i:j], modifier), *rest])
        if options:
            best[i] = options[0] if len(options) == 1 else min(options, key=_score)
            ends.insert(0, i)
    result = best[0]
    if result is None or len(result) < 2:
        return None
    return result


@lru_cache(maxsize=100_000)
def _segment_cached(folded, lexicon):
    return _best_segmentation(folded, lexicon, lexicon_stems(lexicon))


def segment_compound(word, lexicon=None):
    """(surface, part) pairs of a compound in folded form, or [] if it is not one.

    `surface` is the text of each part as it stands in the folded word,
    linking element included ("sicherheits"); `part` is the lexicon word
    ("sicherheit") or, for the head, the folded head itself.
    """
    if lexicon is None:
        lexicon = load_lexicon()
    folded = fold(word)
    if len(folded) < MIN_COMPOUND_LENGTH or not folded.isalpha():
        return []
    return list(_segment_cached(folded, frozenset(lexicon)) or [])


def split_compound(word, lexicon=None):
    """Parts of a compound, folded ("Notfallalarm" → ["notfall", "alarm"]); [] if none."""
    return [part for _, part in segment_compound(word, lexicon)]


@lru_cache(maxsize=100_000)
def _compound_parts_cached(folded, lexicon):
    parts = [part for _, part in _segment_cached(folded, lexicon) or []]
    for part in list(parts):
        if len(part) >= MIN_RESPLIT_LENGTH:
            for sub in _compound_parts_cached(part, lexicon):
                if sub not in parts:
                    parts.append(sub)
    return tuple(parts)


def compound_parts(word, lexicon=None):
    """All parts worth indexing: the split, plus the split of long parts."""
    if lexicon is None:
        lexicon = load_lexicon()
    folded = fold(word)
    if len(folded) < MIN_COMPOUND_LENGTH or not folded.isalpha():
        return []
    return list(_compound_parts_cached(folded, frozenset(lexicon)))


def clear_caches():
    _starts.cache_clear()
    _segment_cached.cache_clear()
    _compound_parts_cached.cache_clear()
