"""What the search keeps besides the backend's index.

- `DocumentText`: the text inside an uploaded document (PDF, DOCX, ODT),
  extracted on the task worker; it is the searchable stand-in of the document.
- `SearchTerm`: the words the indexed content uses, for typo tolerance and
  "did you mean".
- `QueryStat`: how often a query was searched per day and how often it found
  nothing, for the editors' statistics. No user, no address.
- `PendingIndexUpdate`: index updates an external search server did not take,
  kept to be sent again.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.search import index

from search.indexing import ANALYSED_FIELDS, Searchable


class DocumentText(Searchable, index.Indexed, models.Model):
    """The searchable side of a Wagtail document: its title and inner text."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for extraction")
        DONE = "done", _("text extracted")
        EMPTY = "empty", _("no text found")
        UNSUPPORTED = "unsupported", _("file type without text extraction")
        TOO_LARGE = "too_large", _("file too large")
        FAILED = "failed", _("extraction failed")

    document = models.OneToOneField(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="search_text",
    )
    # Copied from the document, so that the search can filter on them.
    title = models.CharField(_("title"), max_length=255, blank=True)
    collection_id_copy = models.PositiveIntegerField(_("collection"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    error = models.CharField(_("error"), max_length=500, blank=True)
    extracted_at = models.DateTimeField(_("extracted"), null=True, blank=True)

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.AutocompleteField("title"),
        index.FilterField("collection_id_copy"),
        index.FilterField("document_id"),
        *ANALYSED_FIELDS,
    ]

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word of the indexed content: its folded form, its search term and
    how it was written, for typo tolerance and suggestions."""

    word = models.CharField(_("word"), max_length=100, unique=True)
    term = models.CharField(_("term"), max_length=100, db_index=True)
    display = models.CharField(_("spelling"), max_length=100)
    language = models.CharField(_("language"), max_length=2, default="de")
    # Set by `update_index`: the word joins the compound-splitting word list.
    in_lexicon = models.BooleanField(_("in the word list"), default=False)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.display


class QueryStat(models.Model):
    """Searches for one normalised query on one day."""

    date = models.DateField(_("date"))
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(
        _("searches without results"), default=0
    )
    last_total = models.PositiveIntegerField(_("results at the last search"), default=0)

    class Meta:
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(fields=["date", "query"], name="search_querystat_unique_day")
        ]

    def __str__(self):
        return f"{self.date} {self.query}"


class PendingIndexUpdate(models.Model):
    """An index update the search server did not take; sent again later."""

    class Action(models.TextChoices):
        ADD = "add", _("add or update")
        DELETE = "delete", _("delete")

    backend = models.CharField(_("search backend"), max_length=50, default="default")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    app_label = models.CharField(max_length=100)
    model_name = models.CharField(max_length=100)
    object_id = models.CharField(max_length=255)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["backend", "app_label", "model_name", "object_id"],
                name="search_pending_unique_object",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.app_label}.{self.model_name}:{self.object_id}"
