"""Typo tolerance and "did you mean": near terms of a vocabulary.

A term may differ by one edit from a vocabulary term when it has at least
five letters, by two when it has at least eight; shorter terms must match
exactly (a typo in "Amt" is another word). An edit is an insertion,
deletion, substitution or a swap of two neighbouring letters.

For speed over a large vocabulary (~50k terms) a `TypoIndex` keeps an
inverted index of letter bigrams: a word within d edits shares all but at
most 2·d of its padded bigrams with the term, so only words that share
enough bigrams are compared letter by letter. `edit_distance_candidates`
accepts such an index or any collection of terms (building and caching an
index for a frozenset).
"""

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache


def max_edits(term):
    """Edits tolerated for a term of this length: 0 below 5 letters, 1 below 8, else 2."""
    if len(term) >= 8:
        return 2
    if len(term) >= 5:
        return 1
    return 0


def edit_distance(a, b, limit=None):
    """Optimal string alignment distance (swaps of neighbours count once).

    With `limit`, returns `limit + 1` as soon as the distance must exceed it.
    """
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if limit is not None and min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _bigrams(term):
    padded = f"^{term}$"
    return [padded[i : i + 2] for i in range(len(padded) - 1)]


class TypoIndex:
    """A vocabulary prepared for near-term look-ups.

    `vocabulary` is an iterable of terms or a mapping of term → frequency;
    frequencies order candidates of the same distance.
    """

    def __init__(self, vocabulary):
        if isinstance(vocabulary, Mapping):
            self.frequency = dict(vocabulary)
        else:
            self.frequency = dict.fromkeys(vocabulary, 0)
        self.terms = list(self.frequency)
        self.postings = {}
        for number, term in enumerate(self.terms):
            for bigram in set(_bigrams(term)):
                self.postings.setdefault(bigram, []).append(number)

    def __len__(self):
        return len(self.terms)

    def __contains__(self, term):
        return term in self.frequency

    def candidates(self, term, max_distance=None):
        """Vocabulary terms within the tolerated distance, nearest and most frequent first.

        The term itself comes first when it is in the vocabulary.
        """
        limit = max_edits(term) if max_distance is None else max_distance
        if limit <= 0:
            return [term] if term in self.frequency else []
        # One edit (a swap of neighbours at worst) removes at most three bigrams.
        bigrams = set(_bigrams(term))
        needed = len(bigrams) - 3 * limit
        if needed > 0:
            shared = Counter()
            for bigram in bigrams:
                shared.update(self.postings.get(bigram, ()))
            numbers = [number for number, count in shared.items() if count >= needed]
        else:
            # Too few bigrams to rely on the index: compare with every term.
            numbers = range(len(self.terms))
        found = []
        for number in numbers:
            candidate = self.terms[number]
            if abs(len(candidate) - len(term)) > limit:
                continue
            distance = edit_distance(term, candidate, limit)
            if distance <= limit:
                found.append((distance, -self.frequency[candidate], candidate))
        return [candidate for _, _, candidate in sorted(found)]


@lru_cache(maxsize=4)
def _index_for(vocabulary):
    return TypoIndex(vocabulary)


def edit_distance_candidates(term, vocabulary, max_distance=None):
    """Terms of `vocabulary` near `term`: nearest first, the term itself first if present.

    `max_distance` defaults to the length rule (`max_edits`). `vocabulary`
    may be a `TypoIndex` (fastest), a frozenset (indexed once, cached), or
    any other collection or term → frequency mapping (indexed per call).
    """
    if isinstance(vocabulary, TypoIndex):
        index = vocabulary
    elif isinstance(vocabulary, frozenset):
        index = _index_for(vocabulary)
    else:
        index = TypoIndex(vocabulary)
    return index.candidates(term, max_distance)
