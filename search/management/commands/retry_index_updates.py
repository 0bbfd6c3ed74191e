"""Send the index updates the search server did not take again.

Updates that failed because Elasticsearch was unreachable are stored as
`PendingIndexUpdate` rows (search.backends). This command sends them, deletes
the rows that went through and counts an attempt on the others. The same runs
as the task `search.backends.retry_index_updates_task`, and by itself after a
search Elasticsearch answered (at most once per ELASTICSEARCH_RETRY_SECONDS).
"""

from django.core.management.base import BaseCommand

from search.backends import retry_index_updates
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Send queued search index updates to the search server again."

    def handle(self, **options):
        verbosity = options["verbosity"]

        def report(line):
            if verbosity > 0:
                self.stdout.write(line)
                self.stdout.flush()

        if not PendingIndexUpdate.objects.exists():
            report("No queued index updates.")
            return
        summary = retry_index_updates(report)
        report(
            f"Sent {summary.sent}, failed {summary.failed}, "
            f"kept for the next retry {summary.kept}; "
            f"{PendingIndexUpdate.objects.count()} queued update(s) left."
        )
