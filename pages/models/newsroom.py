"""The newsroom and its press releases."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import ArticleBodyBlock
from cms.pagination import paginate


class NewsroomPage(Page):
    """Lists the press releases below it, newest first; one per language,
    child of the home page."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.PressReleasePage"]

    per_page = 10

    class Meta:
        verbose_name = _("newsroom")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        releases = PressReleasePage.objects.latest_for(self.locale).child_of(self)
        page_obj = paginate(request, releases, self.per_page)
        context["page_obj"] = page_obj
        context["press_releases"] = page_obj.object_list
        return context


class PressReleaseQuerySet(PageQuerySet):
    def latest_for(self, locale):
        """Live, public releases in one language, newest first."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("locale", "image")
            .order_by("-date", "-pk")
        )


class PressReleasePage(Page):
    """One press release in the newsroom; child of NewsroomPage, written by
    communication staff or imported with `import_press_releases`."""

    date = models.DateField(_("press date"))
    place = models.CharField(_("place"), max_length=100, blank=True)
    teaser = models.TextField(
        _("lead"), max_length=400, help_text=_("One or two sentences for lists and feeds.")
    )
    image = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top, in lists and when the release is shared."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    press_contact = models.ForeignKey(
        "pages.PressContact",
        verbose_name=_("press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through="pages.PressReleaseTag", blank=True
    )
    organisations = ParentalManyToManyField(
        "cms.Organisation",
        verbose_name=_("member organisations"),
        related_name="press_releases",
        blank=True,
        help_text=_("Members the release is about."),
    )
    source_url = models.URLField(
        _("original release"),
        max_length=500,
        blank=True,
        help_text=_("Link to the release on the member's own website."),
    )
    credits = models.TextField(
        _("image credits"),
        blank=True,
        help_text=_('Credit lines for images, e.g. "Foto: Stadt Musterstadt".'),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place")], heading=_("Dateline")),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("press_contact"),
                FieldPanel("tags"),
                FieldPanel("organisations"),
                FieldPanel("source_url"),
                FieldPanel("credits"),
            ],
            heading=_("Context"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("place"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]
    parent_page_types = ["pages.NewsroomPage"]
    subpage_types = []

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def related_releases(self, limit=3):
        """Other live releases sharing a tag or an organisation, newest first."""
        tag_ids = list(self.tags.values_list("pk", flat=True))
        organisation_ids = list(self.organisations.values_list("pk", flat=True))
        if not tag_ids and not organisation_ids:
            return PressReleasePage.objects.none()
        return (
            PressReleasePage.objects.latest_for(self.locale)
            .exclude(pk=self.pk)
            .filter(models.Q(tags__in=tag_ids) | models.Q(organisations__in=organisation_ids))
            .distinct()[:limit]
        )
