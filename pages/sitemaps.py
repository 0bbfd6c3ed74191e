"""/sitemap.xml with hreflang alternates, and /robots.txt.

Wagtail's own sitemap lists only the tree below the site's root page, the
German home; the English home is its sibling. This one lists every live,
public page of every language of the site, each with the addresses of its
translations (xhtml:link, plus x-default for the default language), so
search engines pair the German and English versions. Pages under a view
restriction (the intranet) never appear, and robots.txt disallows them.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, Q
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, PageViewRestriction, Site


def site_pages(site):
    """Live, public pages of `site` in every language, in tree order."""
    roots = site.root_page.get_translations(inclusive=True)
    in_site = Q()
    for root in roots:
        in_site |= Page.objects.descendant_of_q(root, inclusive=True)
    return (
        Page.objects.live()
        .public()
        .filter(in_site)
        .select_related("locale")
        .order_by("path")
        .defer_streamfields()
    )


class PageSitemap(Sitemap):
    """Every public page of the request's site, with its translations."""

    def items(self):
        return site_pages(self.get_wagtail_site())

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # Alternates come from the whole site, not only this sitemap page.
        keys = {p.translation_key for p in pages}
        versions = {}
        for version in self.items().filter(translation_key__in=keys):
            versions.setdefault(version.translation_key, {})[version.locale.language_code] = (
                self.absolute(version, protocol, domain)
            )
        urls = []
        for item in pages:
            lastmod = item.last_published_at or item.latest_revision_created_at
            translations = versions.get(item.translation_key, {})
            alternates = []
            if len(translations) > 1:
                alternates = [
                    {"lang_code": code, "location": translations[code]}
                    for code, _name in settings.LANGUAGES
                    if code in translations
                ]
                default = translations.get(settings.LANGUAGE_CODE)
                if default:
                    alternates.append({"lang_code": "x-default", "location": default})
            urls.append(
                {
                    "item": item,
                    "location": self.absolute(item, protocol, domain),
                    "lastmod": lastmod,
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def absolute(self, page, protocol, domain):
        _site_id, _root_url, path = page.get_url_parts(self.request)
        return f"{protocol}://{domain}{path}"


class ArchiveSitemap(DjangoSitemap):
    """The newsroom archives: the year index and one page per year, each
    last modified when its newest release was published."""

    def __init__(self, request):
        self.request = request

    def items(self):
        from pages.models import NewsroomPage

        site = Site.find_for_request(self.request)
        entries = []
        newsrooms = site_pages(site).type(NewsroomPage).specific()
        for newsroom in newsrooms:
            rows = (
                newsroom.releases()
                .order_by()
                .annotate(year=ExtractYear("date"))
                .values("year")
                .annotate(published=Max("last_published_at"))
                .order_by("-year")
            )
            years = [(row["year"], row["published"]) for row in rows]
            if not years:
                continue
            entries.append((newsroom.archive_url(self.request), max(p for _y, p in years)))
            entries += [(newsroom.archive_url(self.request, y), p) for y, p in years]
        return entries

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]


@require_GET
def sitemap(request):
    return sitemap_views.sitemap(
        request, {"pages": PageSitemap(request), "archives": ArchiveSitemap(request)}
    )


def restricted_paths(request):
    """URL paths of every live page under a view restriction, in every
    language, e.g. /intranet/ and /en/intranet/."""
    restricted = Page.objects.filter(
        pk__in=PageViewRestriction.objects.values("page_id")
    ).values_list("translation_key", flat=True)
    paths = set()
    for page in Page.objects.filter(translation_key__in=restricted):
        parts = page.get_url_parts(request)
        if parts is not None:
            paths.add(parts[2])
    return sorted(paths)


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {path}" for path in restricted_paths(request)]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
