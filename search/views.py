"""The search page (`/search/`) and its JSON twin (`/api/search/`)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from search import stats
from search.engine import SORTS, run_search
from search.registry import FACETS

RESULTS_PER_PAGE = 10
MAX_PAGE = 1000


def _page_number(request):
    try:
        return min(max(int(request.GET.get("page", 1)), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def _search(request):
    filters = {name: request.GET.get(name, "")[:100] for name in FACETS}
    sort = request.GET.get("sort", "relevance")
    results = run_search(
        request,
        request.GET.get("q", ""),
        filters=filters,
        sort=sort if sort in SORTS else "relevance",
        page=_page_number(request),
        per_page=RESULTS_PER_PAGE,
    )
    # A search counts once: not again for its further pages, sorts or filters.
    first_look = _page_number(request) == 1 and results.sort == "relevance"
    if results.query and first_look and not any(results.filters.values()):
        stats.record(results.query, results.total)
    return results


def _query_string(results, **changes):
    params = {"q": results.query, **results.filters}
    if results.sort != "relevance":
        params["sort"] = results.sort
    params.update(changes)
    return urlencode({key: value for key, value in params.items() if value})


def _link_facets(results):
    """Each facet value gets the link that selects it (or, when selected, removes it)."""
    for name, facet in results.facets.items():
        for entry in facet["values"]:
            value = "" if entry["selected"] else entry["value"]
            entry["url"] = "?" + _query_string(results, **{name: value})


@require_GET
def search(request):
    """The site search; results respect view restrictions and the language."""
    results = _search(request)
    _link_facets(results)
    context = {
        "query": results.query,
        "results": results,
        "page_obj": results.page_obj,
        "pagination_query": _query_string(results),
        "sort_links": [
            (sort, label, "?" + _query_string(results, sort=sort if sort != "relevance" else ""))
            for sort, label in (("relevance", _("Relevance")), ("date", _("Date")))
        ],
        "suggestion_url": "?" + urlencode({"q": results.suggestion}) if results.suggestion else "",
        "breadcrumb_trail": [(_("Search"), None)],
    }
    return render(request, "search/results.html", context)


@require_GET
def search_api(request):
    """The same search as JSON: {"total", "results": [...], "facets": {...}}."""
    results = _search(request)
    response = JsonResponse(results.as_json(), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    return response
