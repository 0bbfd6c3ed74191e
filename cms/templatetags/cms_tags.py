from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from cms import navigation, seo

register = template.Library()


def _page_urls(page, request):
    """URLs of the live translations of `page`, by language code."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p.get_url(request) for p in translations}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language, for the switcher and hreflang links.

    On a Wagtail page an entry links to the page's translation, or to that
    language's home page where there is none (and is then no hreflang
    alternate); elsewhere Django translates the URL path. `is_alternate`
    marks the hreflang alternates: none on a view whose canonical address
    is not the page's own (a filtered list, an archive year), as search
    engines want alternates between canonical addresses only.
    """
    request = context["request"]
    page = context.get("page")
    translated = {}
    fallback = {}
    own_address = True
    if isinstance(page, Page):
        own_address = seo.canonical_url(context) == request.build_absolute_uri(
            page.get_url(request)
        )
        translated = _page_urls(page, request)
        site = page.get_site()
        if site and len(translated) < len(settings.LANGUAGES):
            fallback = _page_urls(site.root_page, request)
    links = []
    for code, _name in settings.LANGUAGES:
        is_translation = code in translated or not isinstance(page, Page)
        url = translated.get(code) or fallback.get(code)
        if url is None:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == get_language(),
                "is_translation": is_translation,
                "is_alternate": is_translation and own_address,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Public pages marked "show in menus" below the current language's home,
    as dicts with title, url and current (the aria-current value or None)."""
    return navigation.main_menu(context["request"])


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The path from the home page to the current page; nothing on a home
    page or a view without a Wagtail page. A route below a page adds its
    steps as `breadcrumb_trail` [(title, url or None)] to the context."""
    items = navigation.breadcrumbs(
        context["request"], context.get("page"), context.get("breadcrumb_trail", ())
    )
    return {"items": items}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """Service, legal and social links and the contact address of the
    current language, from the admin's Settings → Footer and contact."""
    return navigation.footer(context["request"])


@register.simple_tag
def home_url():
    """The home page of the current language."""
    return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The newsroom's RSS and Atom feeds, on the newsroom and the home page.

    The newsroom puts them into its context as `feeds`; the home page's
    context names its language's newsroom as `newsroom`.
    """
    feeds = context.get("feeds")
    if feeds is None:
        newsroom = context.get("newsroom")
        feeds = newsroom.feed_links(context["request"]) if hasattr(newsroom, "feed_links") else []
    return feeds


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context, languages=()):
    """Canonical link, description, Open Graph tags and, where the page
    offers it, JSON-LD structured data. `languages` is what language_links
    returned, for og:locale:alternate."""
    return seo.meta(context, languages)


@register.filter
def json_ld(data):
    """`data` as a JSON-LD script element that no string can break out of."""
    return seo.json_ld_script(data)
