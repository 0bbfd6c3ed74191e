"""Backend-neutral German and English text analysis for search.

Applied at index time and at query time on every search backend, so that
SQLite, PostgreSQL and Elasticsearch all compare the same normalised terms.

    from search.analysis import analyse, analyse_query
    analyse("Brand- und Katastrophenschutz für Lehrer*innen")
    # ['brandschutz', 'brand', 'schutz', 'katastrophenschutz', 'katastroph', 'schutz', 'lehr']

Modules: `pipeline` (analyse, analyse_query, query_words), `text` (line-break
hyphens, ellipses), `german` (folding, gendered forms, stop words),
`stemmers` (Snowball German and English), `compounds` (compound splitting),
`lexicon` (the shipped word list and its builder), `typos` (near terms).
"""

from .compounds import compound_parts, segment_compound, split_compound
from .german import fold, fold_english, fold_gender, remove_gender_marks
from .lexicon import build_lexicon, load_lexicon, reload_lexicon, write_lexicon
from .pipeline import (
    QueryWord,
    analyse,
    analyse_query,
    analysed_words,
    language_code,
    query_words,
)
from .stemmers import english_stem, german_stem
from .text import expand_ellipses, is_known_word, repair_hyphenation
from .typos import TypoIndex, edit_distance, edit_distance_candidates, max_edits

__all__ = [
    "QueryWord",
    "TypoIndex",
    "analyse",
    "analyse_query",
    "analysed_words",
    "build_lexicon",
    "compound_parts",
    "edit_distance",
    "edit_distance_candidates",
    "english_stem",
    "expand_ellipses",
    "fold",
    "fold_english",
    "fold_gender",
    "german_stem",
    "is_known_word",
    "language_code",
    "load_lexicon",
    "max_edits",
    "query_words",
    "reload_lexicon",
    "remove_gender_marks",
    "repair_hyphenation",
    "segment_compound",
    "split_compound",
    "write_lexicon",
]
