"""Delete contact messages and barrier reports after their retention period.

The privacy statement promises these periods (ContactPage.retention_days,
AccessibilityStatementPage.retention_days); run the command daily, e.g. from
cron or the scheduler.
"""

from django.core.management.base import BaseCommand

from pages.models import AccessibilityStatementPage, ContactPage


class Command(BaseCommand):
    help = "Delete form submissions older than their page type's retention period."

    def handle(self, *args, **options):
        total = 0
        for model in (ContactPage, AccessibilityStatementPage):
            for page in model.objects.all():
                total += page.delete_old_submissions()
        self.stdout.write(f"{total} old form submissions deleted.")
