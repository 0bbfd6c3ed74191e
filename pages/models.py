"""Public page types: home, content pages, newsroom and press releases."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.pagination import paginate


class HomePage(Page):
    """The root of each language's tree; edited by communication staff."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("Lead text under the title."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_press_releases"] = PressReleasePage.objects.latest_for(self.locale)[:3]
        context["newsroom"] = (
            NewsroomPage.objects.live().public().filter(locale=self.locale).first()
        )
        return context


class StandardPage(Page):
    """A content page (about the network, guidance); child of the home page."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsroomPage(Page):
    """Lists the press releases below it, newest first; one per language."""

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
            .select_related("locale")
            .order_by("-date", "-pk")
        )


class PressReleasePage(Page):
    """One press release in the newsroom; child of NewsroomPage."""

    date = models.DateField(_("press date"))
    place = models.CharField(_("place"), max_length=100, blank=True)
    teaser = models.TextField(
        _("teaser"), max_length=400, help_text=_("One or two sentences for lists and feeds.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("place")], heading=_("Dateline")),
        FieldPanel("teaser"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["pages.NewsroomPage"]
    subpage_types = []

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
