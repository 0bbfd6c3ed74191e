"""The text inside uploaded documents, kept searchable in `DocumentText`.

Saving a Wagtail document (admin upload, edit, a command) creates or
updates its `DocumentText`: title and collection are copied at once; when
the file is new or changed, the text is marked pending and the task
`extract_document_text` is queued once the transaction commits. The task
reads the file in a child process (`search.extract_worker`), bounded by
size (`SEARCH_DOCUMENT_MAX_BYTES`), time (`SEARCH_DOCUMENT_TIMEOUT_SECONDS`),
pages (`SEARCH_DOCUMENT_MAX_PAGES`) and stored characters
(`SEARCH_DOCUMENT_MAX_CHARS`). Whatever the file, the upload succeeds: a
file that cannot be read gets a status and an error, and a warning in the
log. `manage.py extract_document_texts` reads what is missing.
"""

import json
import logging
import subprocess
import sys
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.documents import get_document_model

from search.models import DocumentText

logger = logging.getLogger("search.documents")

Status = DocumentText.Status
# The directory that holds the `search` package: the child process's cwd,
# so that `python -m search.extract_worker` finds it.
PROJECT_DIR = Path(__file__).resolve().parent.parent
ERROR_MAX_LENGTH = DocumentText._meta.get_field("error").max_length
# Saves of these fields only (e.g. Wagtail's lazy file hash) need nothing.
RELEVANT_FIELDS = {"title", "file", "collection", "collection_id"}


def connect_signals():
    document_model = get_document_model()
    pre_save.connect(remember_stored_file, sender=document_model, dispatch_uid="search_doc_pre")
    post_save.connect(document_saved, sender=document_model, dispatch_uid="search_doc_post")


def remember_stored_file(sender, instance, raw=False, update_fields=None, **kwargs):
    """Note the file the database holds before the save, to see a new one."""
    if raw or instance._state.adding or instance.pk is None:
        instance._search_stored_file = None
        return
    instance._search_stored_file = (
        sender.objects.filter(pk=instance.pk).values_list("file", "file_hash").first()
    )


def document_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and not RELEVANT_FIELDS & set(update_fields):
        return
    stored = getattr(instance, "_search_stored_file", None)
    file_changed = created or stored is None or _file_differs(instance, *stored)
    sync_document_text(instance, file_changed=file_changed)


def _file_differs(document, stored_name, stored_hash):
    if stored_name != document.file.name:
        return True
    return bool(stored_hash and document.file_hash and stored_hash != document.file_hash)


def sync_document_text(document, *, file_changed, enqueue=True):
    """Create or update the document's DocumentText; queue the extraction
    when the file is new or changed. Saves only when something changed, so
    that the index is updated exactly then."""
    document_text, created = DocumentText.objects.get_or_create(
        document=document,
        defaults={"title": document.title, "collection_id_copy": document.collection_id},
    )
    changed = created
    if document_text.title != document.title:
        document_text.title = document.title
        changed = True
    if document_text.collection_id_copy != document.collection_id:
        document_text.collection_id_copy = document.collection_id
        changed = True
    if file_changed and (not created or document_text.status != Status.PENDING):
        document_text.status = Status.PENDING
        changed = True
    if changed and not created:
        document_text.save()
    if file_changed and enqueue:
        # robust: a queue that cannot be reached is logged, the upload stays.
        transaction.on_commit(partial(_enqueue, document.pk), robust=True)
    return document_text


def _enqueue(document_id):
    extract_document_text.enqueue(document_id)


@task()
def extract_document_text(document_id):
    """Read the document's text into its DocumentText (never raises)."""
    try:
        document_text = extract_and_store(document_id)
    except Exception:
        logger.exception("Text extraction of document %s failed unexpectedly", document_id)
        return None
    return document_text.status if document_text else None


def extract_and_store(document_id):
    """Extract the text of one document now and store the outcome.

    Returns the DocumentText, or None when the document no longer exists.
    """
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    file_name = document.file.name
    # Errors are stored in the site's language, not the uploader's.
    with translation.override(settings.LANGUAGE_CODE):
        status, text, error = read_document(document)
    document_text = sync_document_text(document, file_changed=False, enqueue=False)
    current = get_document_model().objects.filter(pk=document_id).values_list("file").first()
    if current is None or current[0] != file_name:
        # A new file came in meanwhile; its own task stores its text.
        return document_text
    document_text.status = status
    document_text.text = text
    document_text.error = error[:ERROR_MAX_LENGTH]
    document_text.extracted_at = timezone.now()
    document_text.save()
    return document_text


def read_document(document):
    """(status, text, error) for the document's file."""
    max_bytes = settings.SEARCH_DOCUMENT_MAX_BYTES
    label = f"document {document.pk} ({document.file.name})"
    try:
        size = document.file.size
        if size > max_bytes:
            logger.info("Text extraction skipped: %s has %s bytes", label, size)
            return Status.TOO_LARGE, "", ""
        with document.file.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        logger.warning("Text extraction failed: %s cannot be read: %s", label, error)
        return Status.FAILED, "", _("The file cannot be read.")
    if len(data) > max_bytes:
        return Status.TOO_LARGE, "", ""
    timeout = settings.SEARCH_DOCUMENT_TIMEOUT_SECONDS
    extension = Path(document.file.name).suffix.lstrip(".")
    command = [
        sys.executable,
        "-m",
        "search.extract_worker",
        extension,
        str(settings.SEARCH_DOCUMENT_MAX_CHARS),
        str(settings.SEARCH_DOCUMENT_MAX_PAGES),
    ]
    try:
        # A fixed command line; the file's bytes go through stdin.
        process = subprocess.run(  # noqa: S603
            command, input=data, capture_output=True, timeout=timeout, cwd=PROJECT_DIR
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has killed the child already.
        logger.warning("Text extraction failed: %s timed out after %s s", label, timeout)
        message = _("Time limit of %(seconds)s seconds exceeded.") % {"seconds": timeout}
        return Status.FAILED, "", message
    if process.returncode != 0:
        last_line = (process.stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
        logger.warning(
            "Text extraction failed: the reader of %s exited with %s: %s",
            label,
            process.returncode,
            last_line,
        )
        return Status.FAILED, "", last_line or _("The file reader stopped.")
    try:
        result = json.loads(process.stdout)
        Status(result["status"])
    except (ValueError, KeyError, TypeError):
        logger.warning("Text extraction failed: the reader of %s gave no result", label)
        return Status.FAILED, "", _("The file reader stopped.")
    if result["status"] == Status.FAILED:
        logger.warning("Text extraction failed: %s: %s", label, result["error"])
    return result["status"], result["text"], result["error"]
