"""The site search: one relevance-ranked list over every source the user may search.

    results = run_search(request, "Hausverbot Jobcenter", filters={"type": "press_release"})

1. The query is analysed like the content (`search.analysis.query_words`):
   each typed word becomes its term, or all of its compound parts, or (when
   the content never uses the word) the words one typo away.
2. Every source the user may search (`search.registry.sources_for`) is
   searched through Wagtail's backend-neutral API, with its permission filter
   already in the queryset: first for hits with all words, then (for several
   words) for hits with some. Hits with all words come first, each group in
   the backend's relevance order.
3. Facets are counted over the hits, filters and the sort order applied, and
   only the requested page gets its snippet.

Nothing here depends on the backend; `search.backends.run_with_fallback`
answers from the database backend when Elasticsearch is unreachable.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.search.query import And, Or, PlainText

from search.analysis import analysed_words, fold, language_code, load_lexicon, query_words
from search.analysis.lexicon import lexicon_stems
from search.backends import run_with_fallback
from search.registry import FACET_LABELS, FACETS, sources_for

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
# Hits taken from each source and group; beyond them nobody pages.
MAX_HITS = 300
SNIPPET_WORDS = 30
SORTS = ("relevance", "date")

DEGRADED_NOTICE = _(
    "The search server cannot be reached at the moment. These results come from a simpler "
    "search and may be less complete."
)


@dataclass
class Hit:
    source: object
    obj: object
    score: float
    group: int  # 0: all words, 1: some words
    title_words: int = 0  # query words found in the title
    info: object = None
    snippet: str = ""
    promoted: bool = False

    @property
    def title(self):
        return self.info.title

    @property
    def url(self):
        return self.info.url

    @property
    def type_key(self):
        return self.info.type_key

    @property
    def type_label(self):
        return self.info.type_label

    @property
    def date(self):
        return self.info.date

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type_key,
            "type_label": str(self.type_label),
            "date": self.date.isoformat() if self.date else None,
            "snippet": str(self.snippet),
            "promoted": self.promoted,
        }


@dataclass
class SearchResults:
    query: str = ""
    total: int = 0
    page_obj: object = None
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    suggestion: str = ""
    notice: str = ""
    degraded: bool = False
    promoted: list = field(default_factory=list)

    def as_json(self):
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page_obj.number if self.page_obj else 1,
            "pages": self.page_obj.paginator.num_pages if self.page_obj else 0,
            "sort": self.sort,
            "promoted": [hit.as_json() for hit in self.promoted],
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                name: [
                    {
                        "value": entry["value"],
                        "label": str(entry["label"]),
                        "count": entry["count"],
                        "selected": entry["selected"],
                    }
                    for entry in facet["values"]
                ]
                for name, facet in self.facets.items()
            },
            "suggestion": self.suggestion or None,
            "notice": str(self.notice) if self.notice else None,
        }


# --- the query --------------------------------------------------------------


@dataclass
class QueryPlan:
    """The analysed query for one language: per typed word its alternatives."""

    words: list
    corrections: dict  # typed word → (term, spelling) of its nearest known word

    def word_query(self, word):
        alternatives = [PlainText(word.term)]
        if word.parts:
            alternatives.append(And([PlainText(part) for part in word.parts]))
        for term, _display in self.corrections.get(word.text, ()):
            alternatives.append(PlainText(term))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    def all_words(self):
        queries = [self.word_query(word) for word in self.words]
        return queries[0] if len(queries) == 1 else And(queries)

    def any_word(self):
        return Or([self.word_query(word) for word in self.words])

    def title_words(self, title_terms):
        """How many query words the title holds (the word, all its parts, or a near word)."""
        count = 0
        for word in self.words:
            near = {term for term, _display in self.corrections.get(word.text, ())}
            if (
                word.term in title_terms
                or (word.parts and set(word.parts) <= title_terms)
                or near & title_terms
            ):
                count += 1
        return count

    @property
    def terms(self):
        """Every term a snippet may highlight."""
        terms = set()
        for word in self.words:
            terms.add(word.term)
            terms.update(word.parts)
            terms.update(term for term, _display in self.corrections.get(word.text, ()))
        return terms


def plan_query(query, language):
    from search.vocabulary import ensure_lexicon, known_terms, near_words

    ensure_lexicon()
    words = query_words(query, language)[:MAX_WORDS]
    known = known_terms({term for word in words for term in (word.term, *word.parts)})
    lexicon = load_lexicon()
    corrections = {}
    for word in words:
        if word.term in known or (word.parts and set(word.parts) <= known):
            continue
        if fold(word.text) in lexicon or word.term in lexicon_stems(lexicon):
            # A real word (a compound part of the content, say): no typo.
            continue
        if len(word.text) >= 5:
            near = near_words(word.text, language)
            if near:
                corrections[word.text] = near
    return QueryPlan(words, corrections)


# --- searching --------------------------------------------------------------


def _search_source(backend, source, queryset, query):
    results = backend.search(query, queryset, order_by_relevance=True)
    results = results.annotate_score("_search_score")[:MAX_HITS]
    hits = [(obj, float(getattr(obj, "_search_score", 0) or 0)) for obj in results]
    # Backends return hits best first, but their scores differ in direction:
    # SQLite's bm25 is lower for better hits, PostgreSQL's and Elasticsearch's
    # higher. Make higher better everywhere, so sources can be merged.
    if len(hits) > 1 and hits[0][1] < hits[-1][1]:
        hits = [(obj, -score) for obj, score in hits]
    return hits


def _collect(backend, searches, several_words):
    """Hits per source: all words first, then some."""
    hits = []
    for source, queryset, plan in searches:
        seen = set()
        for obj, score in _search_source(backend, source, queryset, plan.all_words()):
            seen.add(obj.pk)
            hits.append(Hit(source, obj, score, 0))
        if several_words:
            for obj, score in _search_source(backend, source, queryset, plan.any_word()):
                if obj.pk not in seen:
                    seen.add(obj.pk)
                    hits.append(Hit(source, obj, score, 1))
    return hits


def _verified_suggestion(backend, searches, query, plans):
    """The query with each misspelt word replaced by its nearest known word,
    if that word finds something the searcher may see."""
    suggestion = query
    changed = False
    for plan in plans.values():
        for typed, near in plan.corrections.items():
            for term, display in near:
                if any(
                    _search_source(backend, source, queryset, PlainText(term))[:1]
                    for source, queryset, _plan in searches
                ):
                    suggestion = re.sub(
                        rf"(?<!\w){re.escape(typed)}(?!\w)", display, suggestion, count=1
                    )
                    changed = True
                    break
    return suggestion if changed and suggestion != query else ""


def _sort_key_relevance(hit):
    return (hit.group, -hit.title_words, -hit.score)


def _sort_key_date(hit):
    date = hit.info.date
    return (date is None, -(date.toordinal() if date else 0), hit.group, -hit.score)


def _facet_counts(hits, filters, active_labels):
    facets = {}
    for name in FACETS:
        others = {key: value for key, value in filters.items() if key != name}
        counts = {}
        labels = {}
        for hit in hits:
            if not _matches(hit, others):
                continue
            for value, label in hit.info.facets.get(name, {}).items():
                counts[value] = counts.get(value, 0) + 1
                labels[value] = label
        selected = filters.get(name)
        if selected and selected not in counts:
            counts[selected] = 0
            labels[selected] = active_labels.get((name, selected), selected)
        if not counts:
            continue
        if name == "year":
            order = sorted(counts, reverse=True)
        else:
            order = sorted(counts, key=lambda value: (-counts[value], str(labels[value])))
        facets[name] = {
            "label": FACET_LABELS[name],
            "values": [
                {
                    "value": value,
                    "label": labels[value],
                    "count": counts[value],
                    "selected": value == selected,
                }
                for value in order
            ],
        }
    return facets


def _matches(hit, filters):
    return all(value in hit.info.facets.get(name, {}) for name, value in filters.items())


# --- snippets ---------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _word_terms(word, language):
    terms = set()
    for _form, term, parts in analysed_words(word, language):
        terms.add(term)
        terms.update(parts)
    return terms


def snippet(text, terms, language, length=SNIPPET_WORDS):
    """A passage of `text` around the first matched word, matched words in <mark>."""
    if not text:
        return ""
    text = " ".join(text.split())
    matches = []
    for match in _WORD.finditer(text):
        if _word_terms(match.group(), language) & terms:
            matches.append(match)
    words = list(_WORD.finditer(text))
    if not words:
        return ""
    if matches:
        first = next(i for i, word in enumerate(words) if word.start() == matches[0].start())
        start_word = max(0, first - length // 3)
    else:
        start_word = 0
    end_word = min(len(words), start_word + length)
    start = words[start_word].start()
    end = words[end_word - 1].end()
    marked = {match.start() for match in matches}
    parts = []
    position = start
    for word in words[start_word:end_word]:
        parts.append(escape(text[position : word.start()]))
        if word.start() in marked:
            parts.append(f"<mark>{escape(word.group())}</mark>")
        else:
            parts.append(escape(word.group()))
        position = word.end()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    # Every piece of text went through escape() above.
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308


# --- the whole search -------------------------------------------------------


def _promoted(request, query, language, locale_id, plans):
    """Pages editors promoted for this query, as the user may see them: shown
    above the results, on every page of them, and not again among them."""
    from search.promotions import promoted_pages
    from search.registry import page_source

    pages = promoted_pages(request, query, language)
    if not pages:
        return []
    source = page_source()
    infos = source.describe(pages, request, locale_id)
    plan = plans.get(language) or plan_query(query, language)
    hits = []
    for page in pages:
        hit = Hit(source, page, 0.0, -1, info=infos[page.pk], promoted=True)
        description = getattr(page, "promotion_description", "")
        hit.snippet = (
            escape(description) if description else snippet(hit.info.text, plan.terms, language)
        )
        hits.append(hit)
    return hits


def clean_query(query):
    """The query without control characters (PostgreSQL refuses NUL), spaces collapsed."""
    text = "".join(char if char.isprintable() else " " for char in (query or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def run_search(
    request, query, *, language=None, filters=None, sort="relevance", page=1, per_page=10
):
    query = clean_query(query)
    language = language_code(language or get_language())
    filters = {
        name: str(value) for name, value in (filters or {}).items() if value and name in FACETS
    }
    sort = sort if sort in SORTS else "relevance"
    results = SearchResults(query=query, filters=filters, sort=sort)
    if not query:
        return results
    user = request.user
    locale = Locale.objects.filter(language_code=language).first()
    locale_id = locale.pk if locale else None

    plans = {}

    def plan_for(source):
        code = language if source.follows_language else "de"
        if code not in plans:
            plans[code] = plan_query(query, code)
        return plans[code]

    searches = []
    for source in sources_for(user):
        plan = plan_for(source)
        if plan.words:
            searches.append((source, source.queryset(user, language), plan))
    if not searches:
        return results
    several_words = any(len(plan.words) > 1 for plan in plans.values())

    def search(backend):
        hits = _collect(backend, searches, several_words)
        suggestion = ""
        if any(plan.corrections for plan in plans.values()):
            suggestion = _verified_suggestion(backend, searches, query, plans)
        return hits, suggestion

    (hits, suggestion), degraded = run_with_fallback(search)
    results.degraded = degraded
    results.notice = DEGRADED_NOTICE if degraded else ""
    results.suggestion = suggestion

    by_source = {}
    for hit in hits:
        by_source.setdefault(hit.source.key, []).append(hit)
    for source_hits in by_source.values():
        source = source_hits[0].source
        infos = source.describe([hit.obj for hit in source_hits], request, locale_id)
        code = language if source.follows_language else "de"
        for hit in source_hits:
            hit.info = infos[hit.obj.pk]
            hit.title_words = plans[code].title_words(_word_terms(hit.info.title, code))

    results.promoted = _promoted(request, query, language, locale_id, plans)
    promoted_ids = {hit.obj.pk for hit in results.promoted}
    if promoted_ids:
        hits = [
            hit for hit in hits if not (hit.source.key == "pages" and hit.obj.pk in promoted_ids)
        ]

    results.facets = _facet_counts(hits, filters, {})
    selected = [hit for hit in hits if _matches(hit, filters)]
    selected.sort(key=_sort_key_date if sort == "date" else _sort_key_relevance)
    results.total = len(selected)

    paginator = Paginator(selected, per_page)
    try:
        page_obj = paginator.page(page)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    results.page_obj = page_obj
    terms_by_language = {code: plan.terms for code, plan in plans.items()}
    for hit in page_obj.object_list:
        code = language if hit.source.follows_language else "de"
        hit.snippet = snippet(hit.info.text, terms_by_language[code], code)
    results.hits = list(page_obj.object_list)
    return results
