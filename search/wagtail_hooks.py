"""Admin: the editors' search statistics report ("Suchstatistik").

Reports → Search statistics shows, for the last 7, 30 or 90 days, the most
searched queries and the queries that found nothing (`search.stats`). Only
users with the permission `sitesearch.view_querystat` see it; the editorial
groups get it in `pages/workflow.py`.
"""

from urllib.parse import urlencode

from django.contrib.auth.models import Permission
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import stats

PERMISSION = "sitesearch.view_querystat"
TITLE = _("Search statistics")
ICON = "search"
ROWS = 50


def may_view(user):
    return user.has_perm(PERMISSION)


def _period(request):
    try:
        days = int(request.GET.get("days", stats.DEFAULT_PERIOD))
    except (TypeError, ValueError):
        return stats.DEFAULT_PERIOD
    return days if days in stats.PERIODS else stats.DEFAULT_PERIOD


def _search_url(query):
    return reverse("search") + "?" + urlencode({"q": query})


def report_view(request):
    # Wagtail turns a raised PermissionDenied into a redirect to the admin
    # home; a plain 403 page says what is going on.
    context = {"page_title": TITLE, "header_icon": ICON}
    if not may_view(request.user):
        return TemplateResponse(request, "search/admin/forbidden.html", context, status=403)
    days = _period(request)
    popular = stats.popular_queries(days, limit=ROWS)
    for row in popular:
        row["search_url"] = _search_url(row["query"])
        row["percent_without_results"] = round(row["share_without_results"] * 100)
    without_results = stats.queries_without_results(days, limit=ROWS)
    for row in without_results:
        row["search_url"] = _search_url(row["query"])
    context.update(
        {
            "days": days,
            "periods": stats.PERIODS,
            "popular": popular,
            "without_results": without_results,
        }
    )
    return TemplateResponse(request, "search/admin/statistics.html", context)


@hooks.register("register_admin_urls")
def register_statistics_url():
    return [path("reports/search-statistics/", report_view, name="search_statistics")]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        TITLE,
        reverse("search_statistics"),
        name="search-statistics",
        icon_name=ICON,
        order=1310,
    )


@hooks.register("register_permissions")
def register_statistics_permission():
    """The permission shows up in the admin's group editor."""
    return Permission.objects.filter(
        content_type__app_label="sitesearch", codename="view_querystat"
    )
