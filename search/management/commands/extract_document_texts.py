"""Read the text inside documents now, without the task worker.

    manage.py extract_document_texts [--all]

Reads the documents without text yet: never read, waiting, or failed
before. With --all, every document again (e.g. after raising a limit).
Prints one line per document and a summary by status.
"""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model

from search.documents import extract_and_store, sync_document_text
from search.models import DocumentText


class Command(BaseCommand):
    help = "Extract the searchable text of documents that have none yet (or of all)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="read_all",
            help="read every document again, not only missing ones",
        )

    def handle(self, *args, read_all=False, **options):
        documents = get_document_model().objects.order_by("pk")
        if not read_all:
            documents = documents.filter(
                Q(search_text__isnull=True)
                | Q(
                    search_text__status__in=[
                        DocumentText.Status.PENDING,
                        DocumentText.Status.FAILED,
                    ]
                )
            )
        ids = list(documents.values_list("pk", flat=True))
        total = len(ids)
        statuses = Counter()
        for number, document_id in enumerate(ids, start=1):
            document = get_document_model().objects.filter(pk=document_id).first()
            if document is None:
                continue
            # Without the queue: this command reads the file itself.
            sync_document_text(document, file_changed=True, enqueue=False)
            document_text = extract_and_store(document_id)
            if document_text is None:
                continue
            statuses[document_text.status] += 1
            self.stdout.write(
                _("%(number)d/%(total)d documents … %(title)s: %(status)s")
                % {
                    "number": number,
                    "total": total,
                    "title": document.title,
                    "status": document_text.get_status_display(),
                }
            )
        summary = ", ".join(
            f"{DocumentText.Status(status).label}: {count}"
            for status, count in sorted(statuses.items())
        )
        read = sum(statuses.values())
        message = ngettext("%(count)d document read.", "%(count)d documents read.", read) % {
            "count": read
        }
        self.stdout.write(self.style.SUCCESS(f"{message} {summary}".strip()))
