from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.pagination import paginate
from search.visibility import visible_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """The site search; results respect view restrictions and the language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    if query:
        pages = visible_pages(request.user, Page.objects.filter(locale=Locale.get_active()))
        results = pages.specific().search(query)
        page_obj = paginate(request, results, RESULTS_PER_PAGE)
    context = {
        "query": query,
        "page_obj": page_obj,
        "breadcrumb_trail": [(_("Search"), None)],
    }
    return render(request, "search/results.html", context)
