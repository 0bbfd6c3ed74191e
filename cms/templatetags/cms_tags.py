from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

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
    alternate); elsewhere Django translates the URL path.
    """
    request = context["request"]
    page = context.get("page")
    translated = {}
    fallback = {}
    if isinstance(page, Page):
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
            }
        )
    return links


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Public pages marked "show in menus" below the current language's home."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page.localized
    return list(home.get_children().live().public().in_menu().select_related("locale"))


@register.simple_tag
def home_url():
    """The home page of the current language."""
    return reverse("wagtail_serve", args=[""])
