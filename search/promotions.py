"""Promoted results: pages editors put above the results for a key query.

Editors set them in the admin (Settings → Promoted search results, Wagtail's
`wagtail.contrib.search_promotions`); the query is matched the way Wagtail
stores it (`normalise_query_string`: lower case, single spaces).

    pages = promoted_pages(request, "Hausverbot", "en")

A promotion names one page in one language. On the site of another language
it shows that page's translation, or nothing when there is none; and like
every search result only when the user may open it (`search.visibility`),
so a promoted intranet page never shows to an anonymous visitor. External
links promoted in the admin are not shown: the search lists pages.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from search.analysis import fold
from search.visibility import visible_pages

# Promoted queries read per autocomplete call, to match them with umlaut
# folding; editors promote a few dozen.
MAX_PROMOTED_QUERIES = 500


def _in_language(user, pages, language):
    """Each page's version in `language` that `user` may open, by page id
    (absent when there is none)."""
    if not pages:
        return {}
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return {}
    keys = {page.translation_key for page in pages}
    candidates = Page.objects.filter(translation_key__in=keys, locale=locale)
    by_key = {page.translation_key: page for page in visible_pages(user, candidates).specific()}
    return {
        page.pk: by_key[page.translation_key] for page in pages if page.translation_key in by_key
    }


def promoted_pages(request, query, language):
    """The live pages promoted for `query`, in the editors' order, as the
    user may see them in `language`. Each page carries the promotion's
    description as `promotion_description` ("" when there is none)."""
    query_string = normalise_query_string(query or "")
    if not query_string:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query_string, page__isnull=False)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    versions = _in_language(request.user, [promotion.page for promotion in promotions], language)
    pages = []
    seen = set()
    for promotion in promotions:
        page = versions.get(promotion.page_id)
        if page is None or page.pk in seen:
            continue
        seen.add(page.pk)
        page.promotion_description = promotion.description
        pages.append(page)
    return pages


def promoted_queries(request, text, language):
    """The promoted query strings containing `text` (umlauts folded) that
    promote at least one page the user may open in `language`."""
    folded = " ".join(fold(word) for word in normalise_query_string(text or "").split())
    if not folded:
        return []
    candidates = {
        query.pk: query.query_string
        for query in Query.objects.filter(editors_picks__page__isnull=False)
        .distinct()
        .order_by("query_string")[:MAX_PROMOTED_QUERIES]
        if folded in " ".join(fold(word) for word in query.query_string.split())
    }
    if not candidates:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query_id__in=candidates, page__isnull=False).select_related(
            "page"
        )
    )
    versions = _in_language(request.user, [promotion.page for promotion in promotions], language)
    shown = {promotion.query_id for promotion in promotions if promotion.page_id in versions}
    return [query_string for pk, query_string in candidates.items() if pk in shown]
