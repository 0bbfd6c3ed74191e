"""Content pages: standard pages and guidance per target group."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from search.indexing import ANALYSED_FIELDS, Searchable


class StandardPage(Searchable, Page):
    """A content page (about the network, legal pages); child of the home page
    or of another standard page. Edited by communication staff."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class GuidanceIndexPage(Searchable, Page):
    """Entry to the guidance: one section per target group, filterable by topic.
    Child of the home page; its children are guidance pages."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("Lead text under the title."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GuidancePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guidance overview")

    def get_context(self, request, *args, **kwargs):
        from pages.models.snippets import TargetGroup, Topic

        context = super().get_context(request, *args, **kwargs)
        guidance = (
            GuidancePage.objects.live()
            .public()
            .child_of(self)
            .prefetch_related("target_groups", "topics")
            .order_by("title")
        )
        topics = Topic.objects.filter(locale=self.locale)
        topic = topics.filter(slug=request.GET.get("thema", "")).first()
        if topic:
            # Compared by translation key: a translated page may still point
            # to the snippets of the source language.
            guidance = guidance.filter(topics__translation_key=topic.translation_key)
        guidance = list(guidance)
        groups = list(TargetGroup.objects.filter(locale=self.locale))
        context["sections"] = [
            (
                group,
                [
                    page
                    for page in guidance
                    if group.translation_key
                    in {g.translation_key for g in page.target_groups.all()}
                ],
            )
            for group in groups
        ]
        context["topics"] = topics
        context["current_topic"] = topic
        return context


class GuidancePage(Searchable, Page):
    """Recommendations for one or more target groups on a topic; child of the
    guidance overview. Edited by communication staff."""

    teaser = models.TextField(
        _("teaser"), max_length=400, help_text=_("One or two sentences for the overview.")
    )
    target_groups = ParentalManyToManyField(
        "pages.TargetGroup",
        verbose_name=_("target groups"),
        related_name="guidance_pages",
        help_text=_("The groups this guidance is written for."),
    )
    topics = ParentalManyToManyField(
        "pages.Topic", verbose_name=_("topics"), related_name="guidance_pages", blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("target_groups"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        *ANALYSED_FIELDS,
    ]
    parent_page_types = ["pages.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

    def localized_target_groups(self):
        """The page's target groups in the page's language."""
        return self._localized(self.target_groups.all())

    def localized_topics(self):
        return self._localized(self.topics.all())

    def _localized(self, snippets):
        # A translated page may still point to the snippets of the source
        # language; show their translations where they exist.
        keys = [snippet.translation_key for snippet in snippets]
        model = snippets.model
        return model.objects.filter(translation_key__in=keys, locale_id=self.locale_id)
