"""Import press releases from .txt and .docx files as drafts in the newsroom.

    manage.py import_press_releases FILE... [--publish]

Prints one line per file with what was recognised and what was dropped as
page noise; a file that cannot be imported is reported and the others go
on. Exits with an error when any file failed.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pages.importer import report
from pages.importer.errors import PressReleaseImportError
from pages.importer.saving import default_newsroom, import_file


class Command(BaseCommand):
    help = "Import press releases (.txt, .docx) as drafts into the newsroom."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="a .txt or .docx file")
        parser.add_argument(
            "--publish", action="store_true", help="publish the releases instead of drafts"
        )

    def handle(self, *args, files, publish, **options):
        try:
            newsroom = default_newsroom()
        except PressReleaseImportError as error:
            raise CommandError(str(error)) from None
        failed = 0
        for name in files:
            label = Path(name).name
            try:
                result = import_file(name, newsroom, publish=publish)
            except PressReleaseImportError as error:
                message = error
            except ValidationError as error:
                message = "; ".join(error.messages)
            except Exception as error:  # one bad file must not stop the batch
                message = _("unexpected error: %(error)s") % {"error": error}
            else:
                self.stdout.write(report.success_line(label, result))
                continue
            failed += 1
            self.stdout.write(self.style.ERROR(report.error_line(label, message)))
        if failed:
            raise CommandError(
                ngettext(
                    "%(failed)d of %(total)d file could not be imported.",
                    "%(failed)d of %(total)d files could not be imported.",
                    len(files),
                )
                % {"failed": failed, "total": len(files)}
            )
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "%(count)d file imported into “%(newsroom)s”.",
                    "%(count)d files imported into “%(newsroom)s”.",
                    len(files),
                )
                % {"count": len(files), "newsroom": newsroom.title}
            )
        )
