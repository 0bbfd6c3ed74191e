"""Autocomplete as you type: titles the user may find, and key terms."""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from search.analysis import language_code
from search.backends import run_with_fallback
from search.engine import clean_query
from search.registry import sources_for

MAX_SUGGESTIONS = 8


def suggestions(request, query, language=None, limit=MAX_SUGGESTIONS):
    """Up to `limit` titles starting with the typed words, from what the user may see."""
    query = clean_query(query)
    if len(query) < 2:
        return [], False
    language = language_code(language or get_language())
    user = request.user

    def search(backend):
        found = []
        for source in sources_for(user):
            queryset = source.queryset(user, language)
            for obj in backend.autocomplete(query, queryset)[:limit]:
                found.append((source, obj))
        return found

    found, degraded = run_with_fallback(search)
    items = []
    for source, obj in found[: limit * 2]:
        info = source.describe([obj], request, None)[obj.pk]
        items.append({"label": info.title, "url": info.url, "type": str(info.type_label)})
    return items[:limit], degraded


@require_GET
def autocomplete_api(request):
    items, degraded = suggestions(request, request.GET.get("q", ""))
    response = JsonResponse(
        {"query": clean_query(request.GET.get("q", "")), "suggestions": items},
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "private, no-store"
    return response
