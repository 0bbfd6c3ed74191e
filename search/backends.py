"""Which search backend answers, and what happens when it cannot.

With `ELASTICSEARCH_URL` set, two backends are configured (cms/settings):
"default", the project's Elasticsearch backend below, and "database",
Wagtail's database backend, which every save keeps up to date as well.

- Searching: `run_with_fallback(search)` runs `search(backend)` on
  Elasticsearch; if the server is unreachable, slow or failing, it runs it
  again on the database backend and says so (`degraded`). An outage is
  remembered in the cache for `ELASTICSEARCH_RETRY_SECONDS`, so that the
  following requests go straight to the database instead of waiting for a
  timeout each (`search_is_degraded()`).
- Indexing: the backend's add/add_bulk/delete never let an outage reach the
  save; the update is stored as a `PendingIndexUpdate` and sent again by
  `retry_index_updates()` (`manage.py retry_index_updates`, the task
  `retry_index_updates_task`, and at most once per retry interval after a
  search Elasticsearch answered).

Without Elasticsearch only "default" (the database backend) exists and
`run_with_fallback` simply runs the search there.
"""

import copy
import logging
from dataclasses import dataclass

import elastic_transport
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import F
from django_tasks import task
from elasticsearch.helpers import BulkIndexError
from modelsearch.backends import InvalidSearchBackendError, get_search_backend
from modelsearch.backends import elasticsearch9 as es9
from modelsearch.conf import get_app_config
from modelsearch.index import (
    AutocompleteField,
    FilterField,
    SearchField,
    get_indexed_instance,
)
from modelsearch.utils import deep_update

from search.es_analysis import AUTOCOMPLETE_QUERY_ANALYZER, TERMS_ANALYZER, index_settings
from search.indexing import ANALYSED_FIELD_NAMES

logger = logging.getLogger(__name__)

DEFAULT_BACKEND = "default"
FALLBACK_BACKEND = "database"
ADD = "add"
DELETE = "delete"
_UNREACHABLE_KEY = "sitesearch:unreachable:{}"
_RETRY_CHECK_KEY = "sitesearch:retry-check"


# --- Errors ------------------------------------------------------------------


def is_search_server_error(error):
    """An error raised by the Elasticsearch client (any kind)."""
    return isinstance(
        error, (elastic_transport.TransportError, elastic_transport.ApiError, BulkIndexError)
    )


def _is_outage_status(status):
    return status is None or status >= 500 or status == 429


def is_outage(error):
    """The server cannot be reached, did not answer in time or is failing
    (5xx, 429): worth retrying later. A refused request (4xx) is not."""
    if isinstance(error, elastic_transport.SerializationError):
        return False
    if isinstance(error, elastic_transport.TransportError):
        return True
    if isinstance(error, elastic_transport.ApiError):
        return _is_outage_status(getattr(error.meta, "status", None))
    return False


# --- Outage marker -------------------------------------------------------------


def retry_seconds():
    return getattr(settings, "ELASTICSEARCH_RETRY_SECONDS", 60)


def mark_unreachable(backend_name, error):
    """Remember for a while that the backend is down; warns once per outage."""
    if cache.add(_UNREACHABLE_KEY.format(backend_name), str(error)[:200], retry_seconds()):
        logger.warning(
            "Search backend %r unreachable (%s); searching the database and queueing "
            "index updates for %s seconds",
            backend_name,
            error,
            retry_seconds(),
        )


def mark_reachable(backend_name):
    cache.delete(_UNREACHABLE_KEY.format(backend_name))


def is_unreachable(backend_name):
    return cache.get(_UNREACHABLE_KEY.format(backend_name)) is not None


def fallback_backend_name():
    """The backend that answers when the default one is down, or None."""
    config = get_app_config().get_search_backend_config()
    return FALLBACK_BACKEND if FALLBACK_BACKEND in config else None


def search_is_degraded():
    """True while searches are answered by the fallback (for notices)."""
    return fallback_backend_name() is not None and is_unreachable(DEFAULT_BACKEND)


# --- Searching -----------------------------------------------------------------


def run_with_fallback(search):
    """Run `search(backend)` on the default backend, or on the database
    backend when Elasticsearch fails; returns `(result, degraded)`.

    Contract: `search` must return fully evaluated data (lists, counts,
    dicts), never a lazy result set: a lazy result would only reach the
    search server after this function has returned, outside its protection.
    It may be called twice (Elasticsearch, then the database), so it must
    not have side effects that cannot run twice.

    Without a "database" backend in `WAGTAILSEARCH_BACKENDS` (no
    Elasticsearch configured) it runs on "default" and returns degraded
    False. Errors that do not come from the search server propagate.

    (Lazy Elasticsearch results fall back by themselves too, for callers
    such as Wagtail's admin; this function adds the `degraded` flag and
    keeps one search on one backend.)
    """
    fallback = fallback_backend_name()
    if fallback is None:
        return search(get_search_backend(DEFAULT_BACKEND)), False
    if is_unreachable(DEFAULT_BACKEND):
        return search(get_search_backend(fallback)), True
    try:
        result = search(get_search_backend(DEFAULT_BACKEND))
        if is_unreachable(DEFAULT_BACKEND):
            # The server failed during the search and some results fell back
            # by themselves (Elasticsearch9SearchResults): run it all on the
            # database, so that no scores of the two backends are mixed.
            return search(get_search_backend(fallback)), True
    except Exception as error:
        if not is_search_server_error(error):
            raise
        if is_outage(error):
            mark_unreachable(DEFAULT_BACKEND, error)
        else:
            # A refused query (a bug, a missing index before the first
            # update_index) is not an outage: the next request tries again.
            logger.exception("The search server refused a query; answering from the database")
        return search(get_search_backend(fallback)), True
    schedule_retry()
    return result, False


# --- Elasticsearch backend ------------------------------------------------------


class Elasticsearch9Mapping(es9.Elasticsearch9Mapping):
    """modelsearch's mapping, with the analysed-term fields kept as they are."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": AUTOCOMPLETE_QUERY_ANALYZER,
    }

    def get_field_column_name(self, field):
        # A field declared by a mixin that is not a model (the analysed-term
        # methods of search.indexing.Searchable) would get a prefix from the
        # mixin's `_meta`, which it has not: it gets one column, shared by
        # every model of the index that inherits it.
        definition = field.get_definition_model(self.model)
        if definition is None or issubclass(definition, models.Model):
            return super().get_field_column_name(field)
        if isinstance(field, FilterField):
            return field.get_attname(self.model) + "_filter"
        if isinstance(field, AutocompleteField):
            return field.get_attname(self.model) + "_edgengrams"
        if isinstance(field, SearchField):
            return field.get_attname(self.model)
        return field.field_name

    def get_field_mapping(self, field):
        column, mapping = super().get_field_mapping(field)
        if isinstance(field, SearchField) and field.field_name in ANALYSED_FIELD_NAMES:
            mapping["analyzer"] = TERMS_ANALYZER
        return column, mapping


class Elasticsearch9SearchQueryCompiler(es9.Elasticsearch9SearchQueryCompiler):
    mapping_class = Elasticsearch9Mapping


class Elasticsearch9AutocompleteQueryCompiler(es9.Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Elasticsearch9Mapping


class Elasticsearch9SearchResults(es9.Elasticsearch9SearchResults):
    """Results that, when the server fails while they are evaluated, come
    from the same search on the database backend instead.

    This protects callers that do not go through `run_with_fallback`, such
    as Wagtail's admin search and choosers.
    """

    # (method, query, model_or_queryset, kwargs) of the backend call
    search_call = None

    def _clone(self):
        clone = super()._clone()
        clone.search_call = self.search_call
        return clone

    def _fallback_results(self, error):
        """The database backend's results for the same search, or None."""
        if self.search_call is None or not is_outage(error):
            return None
        fallback = self.backend.fallback_backend()
        if fallback is None:
            return None
        mark_unreachable(self.backend.name, error)
        method, query, model_or_queryset, kwargs = self.search_call
        results = getattr(fallback, method)(query, model_or_queryset, **kwargs)
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def results(self):
        if self._results_cache is None:
            try:
                self._results_cache = list(self._do_search())
            except Exception as error:
                fallback = self._fallback_results(error)
                if fallback is None:
                    raise
                self._results_cache = list(fallback)
        return self._results_cache

    def count(self):
        if self._count_cache is None and self._results_cache is None:
            try:
                self._count_cache = self._do_count()
            except Exception as error:
                fallback = self._fallback_results(error)
                if fallback is None:
                    raise
                self._count_cache = fallback.count()
        return super().count()

    def facet(self, field_name):
        try:
            return super().facet(field_name)
        except Exception as error:
            fallback = self._fallback_results(error)
            if fallback is None:
                raise
            return fallback.facet(field_name)


class Elasticsearch9Backend(es9.Elasticsearch9SearchBackend):
    """Elasticsearch 9 with the project's German analysis; indexing never fails
    on an outage.

    Options besides modelsearch's: `NAME`, the key of this backend in
    `WAGTAILSEARCH_BACKENDS` (default "default"), under which updates that
    could not be sent are queued. `INDEX_SETTINGS` are merged over the
    project's analysis (`search.es_analysis`).
    """

    mapping_class = Elasticsearch9Mapping
    query_compiler_class = Elasticsearch9SearchQueryCompiler
    autocomplete_query_compiler_class = Elasticsearch9AutocompleteQueryCompiler
    results_class = Elasticsearch9SearchResults

    def __init__(self, params):
        # modelsearch pops and updates the options in place; keep settings intact.
        params = copy.deepcopy(params)
        self.name = params.pop("NAME", DEFAULT_BACKEND)
        params["INDEX_SETTINGS"] = deep_update(index_settings(), params.pop("INDEX_SETTINGS", {}))
        super().__init__(params)

    def fallback_backend(self):
        """The database backend that answers while this one is down, or None."""
        name = fallback_backend_name()
        return get_search_backend(name) if name is not None else None

    def search(
        self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True
    ):
        kwargs = {"fields": fields, "operator": operator, "order_by_relevance": order_by_relevance}
        return self._search_or_fallback("search", query, model_or_queryset, kwargs)

    def autocomplete(
        self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True
    ):
        kwargs = {"fields": fields, "operator": operator, "order_by_relevance": order_by_relevance}
        return self._search_or_fallback("autocomplete", query, model_or_queryset, kwargs)

    def _search_or_fallback(self, method, query, model_or_queryset, kwargs):
        if is_unreachable(self.name):
            fallback = self.fallback_backend()
            if fallback is not None:
                return getattr(fallback, method)(query, model_or_queryset, **kwargs)
        results = getattr(super(), method)(query, model_or_queryset, **kwargs)
        if isinstance(results, Elasticsearch9SearchResults):
            results.search_call = (method, query, model_or_queryset, kwargs)
        return results

    def add(self, obj):
        self._send_or_queue([obj], ADD, super().add, obj)

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        self._send_or_queue(obj_list, ADD, super().add_bulk, model, obj_list)

    def delete(self, obj):
        self._send_or_queue([obj], DELETE, super().delete, obj)

    # Used by the retry: errors propagate.
    def send_add(self, obj):
        super().add(obj)

    def send_delete(self, obj):
        super().delete(obj)

    def _send_or_queue(self, objs, action, send, *args):
        if is_unreachable(self.name):
            # Known outage: do not make every save wait for a timeout.
            queue_index_updates(self.name, objs, action, "search server marked unreachable")
            return
        try:
            send(*args)
        except BulkIndexError as error:
            failed = _bulk_outage_ids(error)
            queue_index_updates(
                self.name, [obj for obj in objs if str(obj.pk) in failed], action, error
            )
            if len(failed) < len(error.errors):
                raise
        except Exception as error:
            if not is_outage(error):
                raise
            mark_unreachable(self.name, error)
            queue_index_updates(self.name, objs, action, error)


def _bulk_outage_ids(error):
    ids = set()
    for item in error.errors:
        for result in item.values():
            if _is_outage_status(result.get("status")):
                ids.add(str(result.get("_id")))
    return ids


# --- Queue and retry ----------------------------------------------------------


def queue_index_updates(backend_name, objs, action, error):
    """Store the updates `backend_name` did not take (one row per object)."""
    from search.models import PendingIndexUpdate

    for obj in objs:
        meta = obj._meta.concrete_model._meta
        PendingIndexUpdate.objects.update_or_create(
            backend=backend_name,
            app_label=meta.app_label,
            model_name=meta.model_name,
            object_id=str(obj.pk),
            defaults={"action": action, "last_error": str(error)[:500]},
        )
    if objs:
        logger.info("Queued %s index update(s) for %r: %s", len(objs), backend_name, error)


@dataclass
class RetrySummary:
    sent: int = 0
    failed: int = 0
    kept: int = 0


def _send(backend, row):
    model = apps.get_model(row.app_label, row.model_name)
    if row.action == ADD:
        obj = model._default_manager.filter(pk=row.object_id).first()
        instance = get_indexed_instance(obj) if obj is not None else None
        if instance is not None:
            getattr(backend, "send_add", backend.add)(instance)
            return
    # Deleted (or no longer indexed) since: remove the document.
    getattr(backend, "send_delete", backend.delete)(model(pk=row.object_id))


def retry_index_updates(report=None):
    """Send the queued index updates again; returns a `RetrySummary`.

    Rows that went through are deleted; the others get one more attempt and
    their error. On an outage the remaining rows of that backend are kept
    without trying each one (they would all wait for the same timeout).
    `report(line)` receives progress lines.
    """
    from search.models import PendingIndexUpdate

    report = report or (lambda line: None)
    summary = RetrySummary()
    names = sorted(set(PendingIndexUpdate.objects.values_list("backend", flat=True)))
    for name in names:
        pending = list(PendingIndexUpdate.objects.filter(backend=name).order_by("pk"))
        try:
            backend = get_search_backend(name)
        except InvalidSearchBackendError:
            report(f"{name}: not configured; {len(pending)} queued update(s) left alone")
            summary.kept += len(pending)
            continue
        report(f"{name}: sending {len(pending)} queued index update(s)")
        sent = 0
        for position, row in enumerate(pending, start=1):
            try:
                _send(backend, row)
            except Exception as error:
                if is_outage(error):
                    mark_unreachable(name, error)
                    rest = [r.pk for r in pending[position - 1 :]]
                    PendingIndexUpdate.objects.filter(pk__in=rest).update(
                        attempts=F("attempts") + 1, last_error=str(error)[:500]
                    )
                    summary.kept += len(rest)
                    report(
                        f"{name}: search server unreachable ({error}); "
                        f"{len(rest)} update(s) kept for the next retry"
                    )
                    break
                logger.exception("Index update %s for %r failed", row, name)
                PendingIndexUpdate.objects.filter(pk=row.pk).update(
                    attempts=F("attempts") + 1, last_error=str(error)[:500]
                )
                summary.failed += 1
                report(f"{name}: {row} failed: {error}")
                continue
            # Unless the row was queued again meanwhile (a newer failure).
            PendingIndexUpdate.objects.filter(pk=row.pk, updated_at=row.updated_at).delete()
            sent += 1
            if position % 100 == 0:
                report(f"{name}: {position}/{len(pending)}")
        summary.sent += sent
        if sent:
            mark_reachable(name)
        report(f"{name}: {sent} of {len(pending)} update(s) sent")
    return summary


@task()
def retry_index_updates_task():
    summary = retry_index_updates()
    return {"sent": summary.sent, "failed": summary.failed, "kept": summary.kept}


def schedule_retry():
    """After a search the server answered: enqueue a retry of queued
    updates, at most once per retry interval."""
    from search.models import PendingIndexUpdate

    if not cache.add(_RETRY_CHECK_KEY, True, retry_seconds()):
        return
    try:
        if PendingIndexUpdate.objects.exists():
            retry_index_updates_task.enqueue()
    except Exception:
        logger.exception("Could not enqueue the retry of queued index updates")
