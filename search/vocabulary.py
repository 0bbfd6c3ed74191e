"""The words the indexed content uses: typo tolerance and "did you mean".

Every time an object is indexed (`search.indexing.Searchable`), its words
are recorded in `SearchTerm` with their search term and spelling. A query
word whose term the content never uses is compared with these words
(`search.analysis.TypoIndex`); near words become alternatives of the query
word and the nearest one a suggestion. The vocabulary is shared by all
users: the engine only shows a suggestion after checking that the corrected
word finds something the searcher may see.
"""

from django.core.cache import cache
from django.db.models import Max

from search.analysis import TypoIndex, analysed_words, fold, language_code

CACHE_KEY = "search:vocabulary-version"
# Longest word kept (model field length).
MAX_WORD = 100

_index = {}


def record_text(text, language="de"):
    """Add the words of `text` to the vocabulary."""
    record_words(list(analysed_words(text, language)), language)


def record_words(words, language="de"):
    """Add words as `analysed_words` gives them (typed word, term, parts) to the vocabulary."""
    from search.models import SearchTerm

    code = language_code(language)
    rows = {}
    for form, term, _parts in words:
        word = fold(form)
        if len(word) < 4 or len(word) > MAX_WORD or len(term) > MAX_WORD or word in rows:
            continue
        rows[word] = SearchTerm(word=word, term=term, display=form[:MAX_WORD], language=code)
    if rows:
        SearchTerm.objects.bulk_create(rows.values(), ignore_conflicts=True, batch_size=500)
        cache.delete(CACHE_KEY)


LEXICON_CACHE_KEY = "search:lexicon-size"
_lexicon = {"size": None}


def refresh_lexicon():
    """Let every word of the content join the compound-splitting word list
    (`update_index` calls this before it indexes)."""
    from search.models import SearchTerm

    SearchTerm.objects.filter(in_lexicon=False, language="de").update(in_lexicon=True)
    cache.delete(LEXICON_CACHE_KEY)
    ensure_lexicon()


def ensure_lexicon():
    """Load the content's words into the word list when `update_index` changed them.

    Checked at most once a minute per process (through the cache)."""
    from search.analysis.lexicon import set_content_words
    from search.models import SearchTerm

    size = cache.get(LEXICON_CACHE_KEY)
    if size is None:
        size = SearchTerm.objects.filter(in_lexicon=True).count()
        cache.set(LEXICON_CACHE_KEY, size, 60)
    if size != _lexicon["size"]:
        words = SearchTerm.objects.filter(in_lexicon=True).values_list("word", flat=True)
        set_content_words(set(words))
        _lexicon["size"] = size


def _version():
    from search.models import SearchTerm

    version = cache.get(CACHE_KEY)
    if version is None:
        version = SearchTerm.objects.aggregate(last=Max("pk"))["last"] or 0
        cache.set(CACHE_KEY, version, 300)
    return version


def _typo_index(language):
    from search.models import SearchTerm

    version = _version()
    cached = _index.get(language)
    if cached is None or cached["version"] != version:
        words = {}
        rows = SearchTerm.objects.filter(language=language)
        for word, term, display in rows.values_list("word", "term", "display"):
            words[word] = (term, display)
        cached = {"version": version, "typo": TypoIndex(list(words)), "words": words}
        _index[language] = cached
    return cached["typo"], cached["words"]


def known_terms(terms):
    """The subset of `terms` that some indexed content uses."""
    from search.models import SearchTerm

    return set(SearchTerm.objects.filter(term__in=list(terms)).values_list("term", flat=True))


def near_words(typed, language="de", limit=3):
    """(term, spelling) of vocabulary words one or two typos from `typed`, nearest first."""
    typo, words = _typo_index(language_code(language))
    word = fold(typed)
    found = []
    for candidate in typo.candidates(word):
        if candidate == word:
            continue
        entry = words[candidate]
        if entry not in found:
            found.append(entry)
        if len(found) >= limit:
            break
    return found
