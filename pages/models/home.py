"""The home page of each language."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from cms import figures
from search.indexing import ANALYSED_FIELDS, Searchable


class HomePage(Searchable, Page):
    """The root of each language's tree; edited by communication staff."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("Lead text under the title."))
    join_heading = models.CharField(_("heading of the call to join"), max_length=120, blank=True)
    join_text = models.TextField(
        _("text of the call to join"),
        blank=True,
        help_text=_("Why organisations should join; links to the join form."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("join_heading"), FieldPanel("join_text")], heading=_("Call to join")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from pages.models.content import GuidanceIndexPage
        from pages.models.membership import JoinPage
        from pages.models.newsroom import NewsroomPage, PressReleasePage
        from pages.models.snippets import TargetGroup

        context = super().get_context(request, *args, **kwargs)
        # The entry points are children of the home page; one query finds
        # them all (plain pages suffice for links; the newsroom's feeds need
        # the specific page).
        types = ContentType.objects.get_for_models(NewsroomPage, GuidanceIndexPage, JoinPage)
        entries = {}
        for child in self.get_children().live().public().filter(content_type__in=types.values()):
            entries.setdefault(child.content_type_id, child)
        newsroom = entries.get(types[NewsroomPage].pk)
        context["newsroom"] = newsroom.specific if newsroom else None
        context["guidance_index"] = entries.get(types[GuidanceIndexPage].pk)
        context["join_page"] = entries.get(types[JoinPage].pk)
        context["latest_press_releases"] = PressReleasePage.objects.latest_for(self.locale_id)[:3]
        context["target_groups"] = TargetGroup.objects.filter(locale_id=self.locale_id)
        context["figures"] = figures.current()
        return context
