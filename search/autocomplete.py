"""Autocomplete as you type: key terms and the titles the user may find.

    GET /api/search/autocomplete/?q=deesk
    {"query": "deesk", "suggestions": [
        {"label": "Deeskalation", "url": null, "type": "topic", "type_label": "Topic"},
        {"label": "Deeskalation am Empfang", "url": "/...", "type": "page", ...}]}

Two kinds of suggestion:

- *key terms* (`url` null: choosing one searches for it): the names of the
  topics and target groups in the active language, and the queries editors
  promoted results for (`search.promotions`), but only those promoting
  something the user may open;
- *titles* (`url` set: choosing one opens it), through each source's
  permission-filtered queryset (`search.registry.sources_for`) and the
  backend's `autocomplete()`, so an anonymous visitor never sees the title of
  an intranet page or of an unpublished one.

The number of database queries per call does not grow with the content: one
autocomplete query per source, one query per key-term model, and a few for
the permission filters.
"""

from django.apps import apps
from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from search.analysis import fold, language_code
from search.backends import run_with_fallback
from search.engine import clean_query
from search.promotions import promoted_queries
from search.registry import sources_for

MIN_QUERY_LENGTH = 2
MAX_SUGGESTIONS = 8
MAX_KEY_TERMS = 3
# Snippets whose names are key terms: (model, type key, label). Looked up by
# name, because search/ does not import the apps that declare content.
KEY_TERM_MODELS = (
    ("pages.Topic", "topic", _("Topic")),
    ("pages.TargetGroup", "target_group", _("Target group")),
)
# Names of one model read per call, to match them with umlaut folding; far
# more than the network's handful of topics and target groups.
MAX_KEY_TERM_CANDIDATES = 500
PROMOTED_QUERY_TYPE = ("promoted_query", _("Recommended search"))


def _folded(text):
    return " ".join(fold(word) for word in text.split())


def _rank(label, folded_query):
    """0: the label starts with the query, 1: a word of it does, 2: it contains
    it elsewhere; None when it does not contain the query at all."""
    folded = _folded(label)
    position = folded.find(folded_query)
    if position < 0:
        return None
    if position == 0:
        return 0
    return 1 if not folded[position - 1].isalnum() else 2


def _suggestion(label, url, type_key, type_label):
    return {"label": label, "url": url, "type": type_key, "type_label": str(type_label)}


# --- key terms --------------------------------------------------------------


def _snippet_terms(locale, folded_query):
    found = []
    for model_name, type_key, type_label in KEY_TERM_MODELS:
        try:
            model = apps.get_model(model_name)
        except LookupError:
            continue
        names = model._default_manager.all()
        if locale is not None and hasattr(model, "locale"):
            names = names.filter(locale=locale)
        for name in names.values_list("name", flat=True)[:MAX_KEY_TERM_CANDIDATES]:
            rank = _rank(name, folded_query)
            if rank is not None:
                found.append((rank, name, _suggestion(name, None, type_key, type_label)))
    return found


def _promoted_terms(request, query, language):
    type_key, type_label = PROMOTED_QUERY_TYPE
    folded_query = _folded(query)
    found = []
    for query_string in promoted_queries(request, query, language):
        rank = _rank(query_string, folded_query)
        if rank is not None:
            item = _suggestion(query_string, None, type_key, type_label)
            found.append((rank, query_string, item))
    return found


def key_terms(request, query, language, limit=MAX_KEY_TERMS):
    """Topic and target group names and promoted queries containing `query`."""
    locale = Locale.objects.filter(language_code=language).first()
    folded_query = _folded(query)
    found = _snippet_terms(locale, folded_query) + _promoted_terms(request, query, language)
    found.sort(key=lambda entry: (entry[0], entry[1].lower()))
    items = []
    seen = set()
    for _rank_value, label, item in found:
        if label.lower() in seen:
            continue
        seen.add(label.lower())
        items.append(item)
    return items[:limit]


# --- titles -----------------------------------------------------------------


def _describe(source, objs, request):
    """(title, url, type key, type label) per object, without the text and
    facets that `source.describe` computes for a results page."""
    if hasattr(source, "page_type"):  # pages: their page type is the hit's type
        described = []
        for page in objs:
            type_key, type_label = source.page_type(page)
            described.append((page.title, page.get_url(request) or "", type_key, type_label))
        return described
    source.prefetch(objs)
    return [
        (obj.search_title_text(), source.url(obj, request), source.key, source.label)
        for obj in objs
    ]


def titles(request, query, language, limit=MAX_SUGGESTIONS):
    """Titles the user may open that complete `query`; returns (items, degraded)."""
    user = request.user
    searches = [(source, source.queryset(user, language)) for source in sources_for(user)]

    def search(backend):
        return [
            (source, list(backend.autocomplete(query, queryset)[:limit]))
            for source, queryset in searches
        ]

    found, degraded = run_with_fallback(search)
    folded_query = _folded(query)
    ranked = []
    for source_index, (source, objs) in enumerate(found):
        for position, (title, url, type_key, type_label) in enumerate(
            _describe(source, objs, request)
        ):
            if not title or not url:
                continue
            # Titles that begin with what was typed first, then the backend's order.
            rank = _rank(title, folded_query)
            ranked.append(
                (
                    (2 if rank is None else rank, position, source_index),
                    _suggestion(title, url, type_key, type_label),
                )
            )
    ranked.sort(key=lambda entry: entry[0])
    return [item for _key, item in ranked[:limit]], degraded


def suggestions(request, query, language=None, limit=MAX_SUGGESTIONS):
    """Up to `limit` key terms and titles for `query`; returns (items, degraded)."""
    query = clean_query(query)
    if len(query) < MIN_QUERY_LENGTH:
        return [], False
    language = language_code(language or get_language())
    terms = key_terms(request, query, language, limit=min(MAX_KEY_TERMS, limit))
    found, degraded = titles(request, query, language, limit=limit)
    return (terms + found)[:limit], degraded


@require_GET
def autocomplete_api(request):
    """The suggestions as JSON: {"query", "suggestions": [{"label", "url", "type"}]}."""
    query = clean_query(request.GET.get("q", ""))
    items, _degraded = suggestions(request, query)
    response = JsonResponse(
        {"query": query, "suggestions": items}, json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = "private, no-store"
    return response
