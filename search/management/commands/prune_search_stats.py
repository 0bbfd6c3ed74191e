"""Delete search statistics older than a number of days (default 365)."""

from django.core.management.base import BaseCommand, CommandError

from search import stats


class Command(BaseCommand):
    help = "Delete the search statistics of days older than --days days (default 365)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        deleted = stats.prune(days)
        self.stdout.write(f"Deleted {deleted} search statistics row(s) older than {days} days.")
