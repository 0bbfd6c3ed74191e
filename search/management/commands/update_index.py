"""Rebuild the search indexes, with progress, without taking search down.

Replaces Wagtail's `update_index` (this app comes before `wagtail.search` in
INSTALLED_APPS) and takes the same arguments. Per backend:

- database backend: the whole rebuild runs in one transaction, so searches
  see the old index until it commits, and a failure leaves it untouched
  (PostgreSQL, and SQLite in WAL mode, give readers the last committed state;
  on SQLite other writers wait until the rebuild commits);
- Elasticsearch: modelsearch's atomic rebuild (`ATOMIC_REBUILD`): a new index
  is filled and the alias moves to it at the end; a failed rebuild deletes the
  half-filled index and leaves the alias where it was.

If the search server is unreachable, the other backends are still rebuilt and
the command says which one was not; it fails only when nothing was rebuilt.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    DEFAULT_CHUNK_SIZE,
    group_models_by_index,
)

from search.backends import is_search_server_error


class Command(BaseCommand):
    help = "Rebuild the search index of every (or one) search backend, showing progress."

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            action="store",
            dest="backend_name",
            default=None,
            help="Specify a backend to update",
        )
        parser.add_argument(
            "--schema-only",
            action="store_true",
            dest="schema_only",
            default=False,
            help="Prevents loading any data into the index",
        )
        parser.add_argument(
            "--chunk_size",
            action="store",
            dest="chunk_size",
            default=DEFAULT_CHUNK_SIZE,
            type=int,
            help="Set number of records to be fetched at once for inserting into the index",
        )

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        if options["backend_name"]:
            backend_names = [options["backend_name"]]
        else:
            backend_names = list(get_app_config().get_search_backend_config())
        if not options["schema_only"]:
            # The content's words join the compound word list first, so that
            # new compounds are split in the rebuilt index and in queries.
            from search.vocabulary import refresh_lexicon

            refresh_lexicon()
        failed = []
        for backend_name in backend_names:
            started = time.monotonic()
            try:
                count = self.update_backend(
                    backend_name, options["schema_only"], max(1, options["chunk_size"])
                )
            except Exception as error:
                if not is_search_server_error(error):
                    raise
                # The other backends (the database fallback) are still rebuilt.
                self.stderr.write(
                    f"{backend_name}: the search server failed ({error}); "
                    "the index in use was left as it was."
                )
                failed.append(backend_name)
                continue
            if count is not None:
                seconds = time.monotonic() - started
                self.write(f"{backend_name}: indexed {count} objects in {seconds:.1f} s")
        if failed and len(failed) == len(backend_names):
            raise CommandError(f"Not rebuilt: {', '.join(failed)}")
        if failed:
            # The site still starts (make run) and answers from the rebuilt
            # database index; the failed backend is named on stderr.
            self.stderr.write(
                f"Not rebuilt: {', '.join(failed)}. Searches use the database index until "
                f"`manage.py update_index --backend {failed[0]}` succeeds."
            )

    def write(self, line):
        if self.verbosity > 0:
            self.stdout.write(line)
            self.stdout.flush()

    def update_backend(self, backend_name, schema_only, chunk_size):
        backend = get_search_backend(backend_name)
        self.write(f"Updating backend: {backend_name}")
        if not backend.rebuilder_class:
            self.write(f"{backend_name}: this backend doesn't require rebuilding")
            return None
        count = 0
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            if hasattr(index, "write_connection"):
                # Database backend: one transaction of our own around the
                # plain rebuilder (modelsearch's atomic one only rolls back
                # when the garbage collector finds it).
                with transaction.atomic(using=index.write_connection.alias):
                    count += self.rebuild(
                        backend_name,
                        type(backend).rebuilder_class(index),
                        models,
                        schema_only,
                        chunk_size,
                    )
            else:
                rebuilder = backend.rebuilder_class(index)
                try:
                    count += self.rebuild(backend_name, rebuilder, models, schema_only, chunk_size)
                except BaseException:
                    if rebuilder.index is not index:
                        self.drop_new_index(rebuilder.index)
                    raise
        return count

    def drop_new_index(self, new_index):
        """After a failed atomic rebuild: the alias still points at the old index."""
        try:
            new_index.delete()
        except Exception as error:
            if not is_search_server_error(error):
                raise

    def rebuild(self, backend_name, rebuilder, models, schema_only, chunk_size):
        name = getattr(rebuilder.index, "name", "database index")
        self.write(f"{backend_name}: rebuilding {name}")
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        count = 0
        if not schema_only:
            for model in models:
                count += self.add_objects(backend_name, index, model, chunk_size)
        rebuilder.finish()
        return count

    def add_objects(self, backend_name, index, model, chunk_size):
        label = f"{backend_name}: {model._meta.label}"
        queryset = model.get_indexed_objects().order_by("pk")
        total = queryset.count()
        done = 0
        self.write(f"{label}: 0/{total}")
        last_pk = None
        while True:
            # Keyset pages: objects saved meanwhile neither shift nor repeat.
            page = queryset if last_pk is None else queryset.filter(pk__gt=last_pk)
            chunk = list(page[:chunk_size])
            if not chunk:
                return done
            index.add_items(model, chunk)
            done += len(chunk)
            last_pk = chunk[-1].pk
            total = max(total, done)
            self.write(f"{label}: {done}/{total} ({100 * done // total} %)")
