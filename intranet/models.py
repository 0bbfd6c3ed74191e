"""Intranet page types; the intranet home carries the members-only restriction."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock


class IntranetHomePage(Page):
    """Entry page of the members' area, child of the home page.

    The seed restricts it to the group "Mitglieder"; Wagtail applies a view
    restriction to the whole subtree below it.
    """

    intro = models.TextField(_("intro"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["intranet.IntranetPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("intranet home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = IntranetPage.objects.live().child_of(self).select_related("locale")
        return context


class IntranetPage(Page):
    """A members-only content page below the intranet home."""

    teaser = models.TextField(_("teaser"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("teaser"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("teaser"), index.SearchField("body")]
    parent_page_types = ["intranet.IntranetHomePage", "intranet.IntranetPage"]

    class Meta:
        verbose_name = _("intranet page")
