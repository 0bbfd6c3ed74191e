"""The German word list behind compound splitting, hyphenation repair and ellipses.

The list is the project's own, so its licence is the project's (EUPL-1.2):
a short hand-written list of common words of the domain
(`data/base_words_de.txt`) plus every German word of the project's demo
content and seeds (`pages/demo_content.py`, `intranet/demo_content.py`,
`pages/seeds/*.py`, `intranet/seeds/*.py`). No third-party word list (such
as the GPL hunspell dictionaries) is included.

Words are stored folded (`german.fold`): lower case, ß as ss, umlauts kept.
Gendered forms are stored as their base ("Lehrerinnen" → "lehrer"); stop
words, numbers and words shorter than three letters are left out.

Rebuild after changing the sources (a management command comes later):

    .venv/bin/python -c "from search.analysis.lexicon import write_lexicon; write_lexicon()"

`build_lexicon(texts)` builds a word set from any texts, for example the
live content of a site.
"""

import ast
from functools import lru_cache
from pathlib import Path

from .german import GERMAN_STOP_WORDS, fold, fold_gender, remove_gender_marks
from .stemmers import german_stem
from .tokens import tokenise, word_forms

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_PATH = DATA_DIR / "lexicon_de.txt"
BASE_WORDS_PATH = DATA_DIR / "base_words_de.txt"
PROJECT_DIR = Path(__file__).resolve().parents[2]
SOURCE_PATTERNS = (
    "pages/demo_content.py",
    "intranet/demo_content.py",
    "pages/seeds/*.py",
    "intranet/seeds/*.py",
)
MIN_WORD_LENGTH = 3

_HEADER = """\
# German word list for search analysis (compound splitting, hyphenation repair, ellipses).
# Sources: search/analysis/data/base_words_de.txt (hand-written for this project) and the
# German texts of this project's demo content and seeds:
#   {sources}
# Words are folded by search.analysis.german.fold; gendered forms are stored as their base.
# Licence: EUPL-1.2, like the project. No third-party word list is included.
# Rebuild: .venv/bin/python -c "from search.analysis.lexicon import write_lexicon; write_lexicon()"
# {count} words
"""


def read_word_list(path):
    """Words of a list file: one per line, `#` starts a comment."""
    words = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def lexicon_words(text):
    """The folded words of one text that belong in the lexicon."""
    words = set()
    for token in tokenise(remove_gender_marks(text)):
        forms = word_forms(token)
        for form in forms[1:] if len(forms) > 1 else forms:
            if not form.isalpha():
                continue
            word = fold(fold_gender(form))
            if len(word) >= MIN_WORD_LENGTH and word not in GERMAN_STOP_WORDS:
                words.add(word)
    return words


def build_lexicon(texts):
    """The set of folded lexicon words in `texts` (an iterable of strings)."""
    words = set()
    for text in texts:
        words |= lexicon_words(text)
    return words


def _is_german_text(value):
    """A string literal outside {"de", "en"} pairs: keep prose and names, skip identifiers."""
    if not any(ch.isupper() or ord(ch) > 127 for ch in value):
        return False
    return not any(marker in value for marker in ("@", "://", "{", "<", "/", "\\", "%"))


class _GermanStrings(ast.NodeVisitor):
    """String literals of a module that hold German text.

    Values under a "de" key are German; values under "en" are skipped; other
    literals count when they look like prose or names (not identifiers,
    addresses or templates). Docstrings and gettext msgids (English) are
    skipped.
    """

    def __init__(self):
        self.texts = []

    def visit_Dict(self, node):
        for key, value in zip(node.keys, node.values, strict=True):
            language = key.value if isinstance(key, ast.Constant) else None
            if language == "en":
                continue
            if language == "de":
                self.texts.extend(
                    n.value
                    for n in ast.walk(value)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                )
                continue
            if key is not None:
                self.visit(key)
            self.visit(value)

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return  # a docstring
        self.generic_visit(node)

    def visit_Call(self, node):
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in ("_", "gettext", "gettext_lazy", "pgettext", "ngettext"):
            return
        self.generic_visit(node)

    def visit_JoinedStr(self, node):
        return  # f-strings are code, not content

    def visit_Constant(self, node):
        if isinstance(node.value, str) and _is_german_text(node.value):
            self.texts.append(node.value)


def german_strings(source):
    """German text literals of one Python module's source."""
    visitor = _GermanStrings()
    visitor.visit(ast.parse(source))
    return visitor.texts


def source_files(project_dir=PROJECT_DIR):
    files = []
    for pattern in SOURCE_PATTERNS:
        files.extend(sorted(Path(project_dir).glob(pattern)))
    return files


def project_texts(project_dir=PROJECT_DIR):
    """German texts of the project's demo content and seeds, read without importing them."""
    texts = []
    for path in source_files(project_dir):
        texts.extend(german_strings(path.read_text(encoding="utf-8")))
    return texts


def write_lexicon(path=LEXICON_PATH, texts=None):
    """Rebuild the shipped word list from the base words and `texts` (default: the project's).

    Returns the number of words written.
    """
    if texts is None:
        texts = project_texts()
    words = build_lexicon(texts)
    words |= {fold(word) for word in read_word_list(BASE_WORDS_PATH)}
    words = sorted(word for word in words if word not in GERMAN_STOP_WORDS)
    header = _HEADER.format(sources=", ".join(SOURCE_PATTERNS), count=len(words))
    Path(path).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    reload_lexicon()
    return len(words)


_content_words = {"words": frozenset()}


@lru_cache(maxsize=4)
def load_lexicon(path=LEXICON_PATH):
    """The shipped word list as a frozenset of folded words (cached), plus for
    the default list the words of the site's own content (`set_content_words`)."""
    words = frozenset(fold(word) for word in read_word_list(path))
    if Path(path) == LEXICON_PATH:
        words |= _content_words["words"]
    return words


def set_content_words(words):
    """Add the words of the live content to the default word list (a set of
    folded words); forgets cached analyses when the set changes."""
    words = frozenset(
        fold(fold_gender(word))
        for word in words
        if len(word) > MIN_WORD_LENGTH and word not in GERMAN_STOP_WORDS
    )
    if words != _content_words["words"]:
        _content_words["words"] = words
        reload_lexicon()


@lru_cache(maxsize=4)
def lexicon_stems(lexicon):
    """Stems of the words of `lexicon`, for matching inflected compound heads."""
    return frozenset(german_stem(word) for word in lexicon)


def reload_lexicon():
    """Forget cached word lists and analyses, e.g. after `write_lexicon`."""
    from . import compounds, pipeline

    load_lexicon.cache_clear()
    lexicon_stems.cache_clear()
    compounds.clear_caches()
    pipeline.clear_caches()
