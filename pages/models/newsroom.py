"""The newsroom and its press releases."""

from urllib.parse import urlencode

from django.db import models
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.blocks import ArticleBodyBlock
from cms.pagination import paginate
from search.indexing import ANALYSED_FIELDS, Searchable


class NewsroomPage(Searchable, RoutablePageMixin, Page):
    """Lists the press releases below it, newest first; one per language,
    child of the home page.

    Routes: the list (filtered by ?year= and ?tag=), the archive by year
    (archiv/ and archiv/2025/, archive/ on English pages) and the feeds
    (rss/, atom/).
    """

    intro = models.TextField(_("intro"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.PressReleasePage"]

    per_page = 10
    # The path segment of the archive, by language; the other language's
    # segment answers 404, so each archive page has one address.
    archive_segments = {"de": "archiv", "en": "archive"}

    class Meta:
        verbose_name = _("newsroom")

    # --- listing ----------------------------------------------------------

    def releases(self):
        """The live, public releases of this newsroom, newest first."""
        return PressReleasePage.objects.latest_for(self.locale).child_of(self)

    def get_context(self, request, *args, year=None, listing=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = self.feed_links(request)
        if listing:
            context.update(self.listing_context(request, year=year))
        return context

    def listing_context(self, request, year=None):
        """Releases filtered by year and tag, paginated, with the counts per
        year and per tag that the filter form shows.

        `year` comes from the archive route; otherwise ?year= selects it.
        Each count honours the other filter, so a choice never leads to an
        empty list. The number of queries does not depend on the number of
        releases.
        """
        archive_year = year
        if year is None:
            year = _int_or_none(request.GET.get("year"))
        tag_slug = request.GET.get("tag", "").strip()[:100]
        releases = self.releases()
        by_year = releases.filter(date__year=year) if year else releases
        by_tag = releases.filter(tags__slug=tag_slug) if tag_slug else releases
        filtered = by_year.filter(tags__slug=tag_slug) if tag_slug else by_year

        page_obj = paginate(request, filtered.prefetch_related("tags"), self.per_page)
        tag = Tag.objects.filter(slug=tag_slug).first() if tag_slug else None

        query = {}
        if year and archive_year is None:
            query["year"] = year
        if tag_slug:
            query["tag"] = tag_slug
        canonical_query = dict(query)
        if page_obj.number > 1:
            canonical_query["page"] = page_obj.number
        years = year_counts(by_tag)
        if year and year not in dict(years):
            # A choice that matches nothing stays visible, with its zero.
            years = sorted([*years, (year, 0)], reverse=True)
        tags = tag_counts(by_year)
        if tag is not None and tag not in tags:
            tag.count = 0
            tags = sorted([*tags, tag], key=lambda t: t.name.lower())
        return {
            "page_obj": page_obj,
            "press_releases": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "year_counts": years,
            "tag_counts": tags,
            "current_year": year,
            "archive_year": archive_year,
            "current_tag": tag,
            "current_tag_slug": tag_slug,
            "is_filtered": bool(tag_slug or (year and archive_year is None)),
            "filter_query": urlencode(query),
            "canonical_url": request.build_absolute_uri(request.path)
            + (f"?{urlencode(canonical_query)}" if canonical_query else ""),
            "reset_url": request.path,
            "list_url": self.get_url(request),
            "archive_url": self.archive_url(request),
        }

    # --- routes -----------------------------------------------------------

    @path("")
    def index_route(self, request):
        return self.render(request)

    @re_path(r"^(?P<segment>archiv|archive)/$", name="archive")
    def archive(self, request, segment):
        self.check_archive_segment(segment)
        return self.render(
            request,
            listing=False,
            template="pages/newsroom_archive.html",
            context_overrides={
                "years": [
                    {"year": year, "count": count, "url": self.archive_url(request, year)}
                    for year, count in year_counts(self.releases())
                ],
                "list_url": self.get_url(request),
                "archive_url": self.archive_url(request),
                "breadcrumb_trail": [(_("Archive"), None)],
                "meta_title": f"{_('Archive')} – {self.title}",
            },
        )

    @re_path(r"^(?P<segment>archiv|archive)/(?P<year>[0-9]{4})/$", name="year_archive")
    def year_archive(self, request, segment, year):
        self.check_archive_segment(segment)
        year = int(year)
        if not self.releases().filter(date__year=year).exists():
            raise Http404
        return self.render(
            request,
            year=year,
            context_overrides={
                "breadcrumb_trail": [
                    (_("Archive"), self.archive_url(request)),
                    (str(year), None),
                ],
                "meta_title": _("Press releases %(year)s") % {"year": year},
            },
        )

    @path("rss/", name="rss_feed")
    def rss_feed(self, request):
        from pages.feeds import NewsroomRssFeed

        return NewsroomRssFeed()(request, newsroom=self)

    @path("atom/", name="atom_feed")
    def atom_feed(self, request):
        from pages.feeds import NewsroomAtomFeed

        return NewsroomAtomFeed()(request, newsroom=self)

    # --- addresses --------------------------------------------------------

    def check_archive_segment(self, segment):
        if segment != self.archive_segment:
            raise Http404

    @property
    def archive_segment(self):
        return self.archive_segments.get(self.locale.language_code, "archive")

    def subpage_url(self, request, name, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs or None)

    def archive_url(self, request, year=None):
        if year is None:
            return self.subpage_url(request, "archive", segment=self.archive_segment)
        return self.subpage_url(
            request, "year_archive", segment=self.archive_segment, year=str(year)
        )

    def feed_links(self, request):
        """The RSS and Atom feeds, for <link rel="alternate"> and visible links."""
        return [
            {
                "type": "application/rss+xml",
                "label": _("RSS feed"),
                "url": self.subpage_url(request, "rss_feed"),
                "title": f"{self.title} (RSS)",
            },
            {
                "type": "application/atom+xml",
                "label": _("Atom feed"),
                "url": self.subpage_url(request, "atom_feed"),
                "title": f"{self.title} (Atom)",
            },
        ]


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def year_counts(releases):
    """[(year, count)] of `releases`, newest year first; one query."""
    rows = (
        releases.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("pk", distinct=True))
        .order_by("-year")
    )
    return [(row["year"], row["count"]) for row in rows]


def tag_counts(releases):
    """Tags used by `releases`, by name, each with `count`; one query."""
    return list(
        Tag.objects.filter(pages_pressreleasetag_items__content_object__in=releases.order_by())
        .annotate(count=Count("pages_pressreleasetag_items", distinct=True))
        .order_by("name")
    )


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


class PressReleasePage(Searchable, Page):
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
        *ANALYSED_FIELDS,
    ]
    parent_page_types = ["pages.NewsroomPage"]
    subpage_types = []

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    # Open Graph type, read by the seo_meta tag.
    og_type = "article"

    def related_releases(self, limit=3):
        """Other live releases sharing a tag or an organisation, newest first."""
        # .all() rather than values_list(): in the admin preview these are
        # modelcluster's in-memory relations, which know no "pk" lookup.
        tag_ids = [tag.pk for tag in self.tags.all()]
        organisation_ids = [organisation.pk for organisation in self.organisations.all()]
        if not tag_ids and not organisation_ids:
            return PressReleasePage.objects.none()
        return (
            PressReleasePage.objects.latest_for(self.locale)
            .exclude(pk=self.pk)
            .filter(models.Q(tags__in=tag_ids) | models.Q(organisations__in=organisation_ids))
            .distinct()[:limit]
        )

    def structured_data(self, request, url, image_url=None):
        """schema.org NewsArticle for search engines, as a dict; the seo_meta
        tag serialises it into the head."""
        organisation = {
            "@type": "Organization",
            "name": "#sicherimDienst",
            "url": request.build_absolute_uri(reverse("wagtail_serve", args=[""])),
        }
        modified = self.last_published_at or self.latest_revision_created_at
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.search_description or self.teaser,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "author": organisation,
            "publisher": organisation,
        }
        if modified:
            data["dateModified"] = modified.isoformat()
        if image_url:
            data["image"] = [image_url]
        if self.place:
            data["locationCreated"] = {"@type": "Place", "name": self.place}
        return data
