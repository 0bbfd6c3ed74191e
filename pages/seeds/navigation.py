"""Demo footer: service links, legal pages, contact address and a social
profile, for the German and the English home page.

Links whatever pages exist below each home page (other seed steps create
them); the settings of a language are created once, and later runs only
fill a legal link that is still empty, so an editor's changes survive.
"""

from wagtail.models import Locale, Page

from cms.models import FooterServiceLink, SiteSettings, SocialProfileLink

LABEL = "Navigation und Fußzeile"

# Slugs below each home page. Lower-case names: these are not texts for
# seed_demo's translation table.
service_slugs = [
    {"de": "presse", "en": "press"},
    {"de": "handlungsempfehlungen", "en": "guidance"},
    {"de": "mitglieder", "en": "members"},
    {"de": "mitglied-werden", "en": "join"},
    {"de": "kontakt", "en": "contact"},
]
legal_slugs = {
    "imprint_page": {"de": "impressum", "en": "imprint"},
    "privacy_page": {"de": "datenschutz", "en": "privacy"},
    "accessibility_page": {"de": "barrierefreiheit", "en": "accessibility"},
    "easy_language_page": {"de": "leichte-sprache", "en": "easy-language"},
    "sign_language_page": {"de": "gebaerdensprache", "en": "sign-language"},
}
contact_email = "kontakt@example.org"
# A text link only: the footer embeds no external logo or widget.
social_profiles = [("Mastodon", "https://social.example/@sicherimdienst")]


def seed(command):
    german_home = command.home
    homes = {"de": german_home}
    english = Locale.objects.filter(language_code="en").first()
    if english is not None:
        homes["en"] = german_home.get_translation_or_none(english)
    translation_key = None
    for language, home in homes.items():
        if home is None:
            continue
        site_settings = seed_language(command, language, home, translation_key)
        translation_key = translation_key or site_settings.translation_key


def seed_language(command, language, home, translation_key=None):
    """Create the settings of `home`'s language, or fill their empty legal
    links; returns them."""
    site_settings = SiteSettings.objects.filter(locale=home.locale).first()
    created = site_settings is None
    if created:
        site_settings = SiteSettings(locale=home.locale, contact_email=contact_email)
        if translation_key:
            # Linked to the German settings, as wagtail-localize would.
            site_settings.translation_key = translation_key
    for field, slugs in legal_slugs.items():
        if getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, child(home, slugs[language]))
    if created:
        pages = [child(home, slugs[language]) for slugs in service_slugs]
        site_settings.service_links = [FooterServiceLink(page=page) for page in pages if page]
        site_settings.social_links = [
            SocialProfileLink(label=label, url=url) for label, url in social_profiles
        ]
        command.created += 1
    site_settings.save()
    return site_settings


def child(home, slug):
    return Page.objects.child_of(home).filter(slug=slug).first()
