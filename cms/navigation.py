"""Main menu, breadcrumbs and footer of every page, in the current language.

The template tags in cms_tags are thin wrappers; the rules live here. Only
live pages outside view restrictions appear, so no link leads to a draft or
reveals an intranet page to an anonymous reader.
"""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from cms.models import SiteSettings


def main_menu(request):
    """Pages marked "show in menus" below the current language's home, each
    with `current`: "page" on that page, "true" below it, else None."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized
    items = []
    for page in home.get_children().live().public().in_menu().select_related("locale"):
        url = page.get_url(request)
        current = None
        if request.path == url:
            current = "page"
        elif url and request.path.startswith(url):
            current = "true"
        items.append({"page": page, "title": page.title, "url": url, "current": current})
    return items


def breadcrumbs(request, page, trail=()):
    """[{title, url}] from the home page down to `page`, then `trail` (the
    (title, url) steps of a route below the page, such as an archive year).
    The last entry is the current page. Empty on a home page."""
    if not isinstance(page, Page):
        # A view that is not a page (search, login): home, then the trail.
        if not trail:
            return []
        home = {"title": _("Home"), "url": reverse("wagtail_serve", args=[""])}
        return [home] + [{"title": str(t), "url": url or request.path} for t, url in trail]
    if page.depth <= 2 and not trail:
        return []
    ancestors = page.get_ancestors(inclusive=True).filter(depth__gt=1).live()
    items = []
    for ancestor in ancestors:
        title = _("Home") if ancestor.depth == 2 else ancestor.title
        items.append({"title": title, "url": ancestor.get_url(request)})
    items += [{"title": str(title), "url": url or request.path} for title, url in trail]
    return items


def footer(request):
    """The footer of the current language: service, legal and social links,
    the contact address. Falls back to the default language's settings
    (with their pages' translations where published) until an editor has
    filled in this language's; a page that is not published is left out."""
    language = get_language()
    candidates = {
        s.locale.language_code: s
        for s in SiteSettings.objects.filter(
            locale__language_code__in=[language, settings.LANGUAGE_CODE]
        )
        .select_related("locale")
        .prefetch_related("service_links", "social_links")
    }
    site_settings = candidates.get(language) or candidates.get(settings.LANGUAGE_CODE)
    if site_settings is None:
        return {}
    own_language = site_settings.locale.language_code == language

    service_links = list(site_settings.service_links.all())
    legal_ids = {
        field: getattr(site_settings, f"{field}_id") for field, _label in SiteSettings.LEGAL_PAGES
    }
    page_ids = {link.page_id for link in service_links} | {i for i in legal_ids.values() if i}
    resolve = _page_resolver(page_ids, language)

    def link(page, label=""):
        return {"title": label or page.title, "url": page.get_url(request)}

    return {
        "service_links": [
            link(page, link_item.label if own_language else "")
            for link_item in service_links
            if (page := resolve(link_item.page_id))
        ],
        "legal_links": [
            link(page, str(label))
            for field, label in SiteSettings.LEGAL_PAGES
            if (page := resolve(legal_ids[field]))
        ],
        "contact_email": site_settings.contact_email,
        "social_links": [
            {"title": profile.label, "url": profile.url}
            for profile in site_settings.social_links.all()
        ],
    }


def _page_resolver(page_ids, language):
    """A function from a chosen page's id to the page to link: its live
    translation in `language`, else the page itself while it is live.
    Pages under a view restriction are never returned. One query."""
    if not page_ids:
        return lambda pk: None
    chosen_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = (
        Page.objects.public()
        .filter(
            Q(pk__in=page_ids)
            | Q(translation_key__in=chosen_keys, locale__language_code=language, live=True)
        )
        .select_related("locale")
    )
    by_pk = {}
    translated = {}
    for page in pages:
        if page.pk in page_ids:
            by_pk[page.pk] = page
        if page.live and page.locale.language_code == language:
            translated[page.translation_key] = page

    def resolve(pk):
        page = by_pk.get(pk)
        if page is None:
            return None
        page = translated.get(page.translation_key) or page
        return page if page.live else None

    return resolve
