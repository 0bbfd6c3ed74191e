"""Search statistics for editors: what people search, and what finds nothing.

    record("  Hausverbot  Jobcenter ", total=3)

Per day and normalised query (`search.models.QueryStat`), a count of searches
and of searches without results; nothing about who searched. The editors'
report is in the admin (`search.wagtail_hooks`), old rows go with
`manage.py prune_search_stats`.
"""

import datetime
import logging

from django.db import DatabaseError, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone

from search.models import QueryStat

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30


def normalise(query):
    """Stripped, lower case, single spaces, at most 200 characters."""
    return " ".join((query or "").lower().split())[:MAX_QUERY_LENGTH].strip()


def record(query, total, date=None):
    """Count one search for `query` that found `total` results.

    Safe when the same query is recorded at the same moment by several
    requests: the row is created once and counted up in the database. A
    failure is logged, never raised: statistics must not break a search.
    """
    query = normalise(query)
    if not query:
        return
    date = date or timezone.localdate()
    without_results = 1 if not total else 0
    try:
        with transaction.atomic():
            stat, _created = QueryStat.objects.get_or_create(date=date, query=query)
            QueryStat.objects.filter(pk=stat.pk).update(
                searches=F("searches") + 1,
                searches_without_results=F("searches_without_results") + without_results,
                last_total=max(int(total or 0), 0),
            )
    except DatabaseError:
        logger.exception("Could not record search statistics")


def _since(days, today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=days - 1)


def popular_queries(days=DEFAULT_PERIOD, limit=50, today=None):
    """The most searched queries of the last `days` days (today included):
    dicts with query, searches, without_results and share_without_results (0–1)."""
    rows = (
        QueryStat.objects.filter(date__gte=_since(days, today))
        .values("query")
        .annotate(searches_sum=Sum("searches"), without_sum=Sum("searches_without_results"))
        .order_by("-searches_sum", "query")[:limit]
    )
    return [
        {
            "query": row["query"],
            "searches": row["searches_sum"],
            "without_results": row["without_sum"],
            "share_without_results": (
                row["without_sum"] / row["searches_sum"] if row["searches_sum"] else 0
            ),
        }
        for row in rows
    ]


def queries_without_results(days=DEFAULT_PERIOD, limit=50, today=None):
    """Queries that found nothing in the last `days` days, most frequent first:
    dicts with query, searches (without results) and last_searched (a date)."""
    rows = (
        QueryStat.objects.filter(date__gte=_since(days, today), searches_without_results__gt=0)
        .values("query")
        .annotate(without_sum=Sum("searches_without_results"), last_searched=Max("date"))
        .order_by("-without_sum", "-last_searched", "query")[:limit]
    )
    return [
        {
            "query": row["query"],
            "searches": row["without_sum"],
            "last_searched": row["last_searched"],
        }
        for row in rows
    ]


def prune(days, today=None):
    """Delete the statistics of days older than `days` days; returns the number of rows."""
    deleted, _by_model = QueryStat.objects.filter(date__lt=_since(days, today)).delete()
    return deleted
