"""Text-level German repairs before tokenising: line-break hyphens and ellipses.

`repair_hyphenation` joins words that a layout split at a line break
("Gefähr-\\ndungsbeurteilung", or "Gefähr- dungsbeurteilung" in text
extracted from a PDF) and keeps real hyphens ("E-Mail") and elliptic
hyphens ("Brand- und Katastrophenschutz"). The continuation decides: a
conjunction means an ellipsis, a capital letter a real hyphen, a lower-case
word a split word, unless both halves are words of their own and the joined
word is unknown; then the hyphen stays, and the tokeniser indexes the
joined word and both halves anyway.

`expand_ellipses` completes elliptic compounds from the head of the full
compound that follows: "Brand- und Katastrophenschutz" → "Brandschutz und
Katastrophenschutz", "Lehr- und pädagogische Fachkräfte" → "Lehrkräfte und
pädagogische Fachkräfte", and the reverse "Schutzkonzepte und -maßnahmen" →
"Schutzkonzepte und Schutzmaßnahmen". When the head cannot be found in the
lexicon, the text stays as it is: no guessed words.
"""

import re

from .compounds import segment_compound
from .german import fold
from .lexicon import lexicon_stems, load_lexicon
from .stemmers import german_stem

_LETTERS = r"[^\W\d_]"
# Words that follow an elliptic hyphen ("Brand- und", "Ein- bzw. Ausgang").
_CONJUNCTIONS = r"und|oder|bzw\.?|beziehungsweise|sowie|bis|wie|als|noch|respektive|&"
_CONJUNCTION_WORDS = frozenset(
    ("und", "oder", "bzw", "beziehungsweise", "sowie", "bis", "wie", "als", "noch", "respektive")
)
_HYPHEN_VARIANTS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": None})
_BROKEN = re.compile(
    rf"(?P<fragment>{_LETTERS}+)-(?P<gap>[ \t]*\r?\n[ \t]*|[ \t]+)(?P<rest>{_LETTERS}+)"
)


def normalise_text(text):
    """Unify hyphen characters and drop soft hyphens ("Gefähr\\u00addung" → "Gefährdung")."""
    return text.translate(_HYPHEN_VARIANTS)


def is_known_word(word, lexicon=None):
    """Whether `word` is a lexicon word, an inflected form of one, or a compound of them."""
    if lexicon is None:
        lexicon = load_lexicon()
    folded = fold(word)
    if folded in lexicon:
        return True
    if len(folded) >= 4 and german_stem(folded) in lexicon_stems(frozenset(lexicon)):
        return True
    return bool(segment_compound(folded, lexicon))


def _repair(match, lexicon):
    fragment, gap, rest = match.group("fragment", "gap", "rest")
    line_break = "\n" in gap
    if rest.lower() in _CONJUNCTION_WORDS:
        # An ellipsis: keep the hyphen, a line break becomes a space.
        return f"{fragment}- {rest}"
    if rest[0].isupper():
        # A real hyphen before a noun ("E-Mail", "Nordrhein-Westfalen").
        return f"{fragment}-{rest}" if line_break else match.group(0)
    joined = fragment + rest
    if is_known_word(joined, lexicon):
        return joined
    if is_known_word(fragment, lexicon) and is_known_word(rest, lexicon):
        return f"{fragment}-{rest}"
    return joined


def repair_hyphenation(text, lexicon=None):
    """Join words split at a line break; keep real and elliptic hyphens."""
    if lexicon is None:
        lexicon = load_lexicon()
    text = normalise_text(text)
    if "-" not in text:
        return text
    return _BROKEN.sub(lambda match: _repair(match, lexicon), text)


# --- ellipses ----------------------------------------------------------------

# One or more fragments ("Brand-", "Brand-, Katastrophen-"), a conjunction,
# then the text that holds the full compound.
_PREFIX_ELLIPSIS = re.compile(
    rf"(?P<fragments>(?:{_LETTERS}[^\W_]*-,?\s+)+)(?P<conjunction>{_CONJUNCTIONS})(?=\s)"
)
_FRAGMENT = re.compile(rf"({_LETTERS}[^\W_]*)-")
_NEXT_WORD = re.compile(rf"\s+({_LETTERS}+(?:-{_LETTERS}+)*)")
# "Schutzkonzepte und -maßnahmen": a full compound, a conjunction, a tail.
_SUFFIX_ELLIPSIS = re.compile(
    rf"(?P<full>{_LETTERS}+)(?P<middle>,?\s+(?:{_CONJUNCTIONS})\s+)-(?P<tail>{_LETTERS}+)"
)
# At most this many words (adjectives, articles) stand between the
# conjunction and the full compound ("Lehr- und pädagogische Fachkräfte").
_MAX_WORDS_BETWEEN = 2
_MIN_HEAD_LENGTH = 4


def _original_slice(word, folded, start):
    """The part of `word` from `start` in folded coordinates, original spelling if possible."""
    if len(folded) == len(word):
        return word[start:]
    return folded[start:]


def _head_of(word, lexicon):
    """The head of a compound as written ("Katastrophenschutz" → "schutz"), or None."""
    folded = fold(word)
    segments = segment_compound(folded, lexicon)
    if segments:
        start = len(folded) - len(segments[-1][0])
        return _original_slice(word, folded, start).lower()
    # Not a known compound: the longest known ending that leaves a prefix of
    # at least three letters ("Ausgang" → "gang" for "Ein- und Ausgang").
    stems = lexicon_stems(frozenset(lexicon))
    for start in range(3, len(folded) - _MIN_HEAD_LENGTH + 1):
        ending = folded[start:]
        if ending in lexicon or german_stem(ending) in stems:
            return _original_slice(word, folded, start).lower()
    return None


def _modifier_of(word, lexicon):
    """Everything but the head of a compound as written ("Schutzkonzepte" → "Schutz")."""
    folded = fold(word)
    segments = segment_compound(folded, lexicon)
    if not segments:
        return None
    length = len(folded) - len(segments[-1][0])
    return word[:length] if len(folded) == len(word) else folded[:length]


def _full_compound_after(text, position, capitalised):
    """The word after an ellipsis that completes it, skipping adjectives before a noun."""
    for _ in range(_MAX_WORDS_BETWEEN + 1):
        match = _NEXT_WORD.match(text, position)
        if not match:
            return None
        word = match.group(1)
        if not capitalised or word[0].isupper():
            return word
        position = match.end()
    return None


def _expand_prefix(match, text, lexicon):
    fragments = _FRAGMENT.findall(match.group("fragments"))
    full = _full_compound_after(text, match.end(), capitalised=fragments[0][0].isupper())
    if full is None:
        return match.group(0)
    if "-" in full:
        # "U- und S-Bahn": the part after the hyphen completes each fragment.
        completions = [f"{fragment}-{full.split('-', 1)[1]}" for fragment in fragments]
    else:
        head = _head_of(full, lexicon)
        if head is None:
            return match.group(0)
        completions = [fragment + head for fragment in fragments]
    expanded = match.group(0)
    for fragment, completion in zip(fragments, completions, strict=True):
        expanded = expanded.replace(f"{fragment}-", completion, 1)
    return expanded


def _expand_suffix(match, lexicon):
    full, middle, tail = match.group("full", "middle", "tail")
    modifier = _modifier_of(full, lexicon)
    if modifier is None:
        return match.group(0)
    return f"{full}{middle}{modifier}{tail}"


def expand_ellipses(text, lexicon=None):
    """Complete elliptic compounds: "Brand- und Katastrophenschutz" → "Brandschutz und …"."""
    if lexicon is None:
        lexicon = load_lexicon()
    if "-" not in text:
        return text
    text = _PREFIX_ELLIPSIS.sub(lambda match: _expand_prefix(match, text, lexicon), text)
    return _SUFFIX_ELLIPSIS.sub(lambda match: _expand_suffix(match, lexicon), text)
