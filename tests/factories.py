"""Small builders for pages, users and translations.

The tests use them to build the data they assert on, and `seed_demo` uses
them to build the demo site, so both exercise the same code paths.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from intranet.models import IntranetHomePage, IntranetPage
from pages import workflow
from pages.models import HomePage, NewsroomPage, PressReleasePage, StandardPage


class MissingTranslationError(Exception):
    pass


def body_blocks(blocks, language="de"):
    """StreamField raw data from ("paragraph"|"heading"|"quote", value) tuples.

    A value is either plain text, a {"de": ..., "en": ...} pair, or for
    quotes a dict of such values.
    """

    def pick(value):
        return value[language] if isinstance(value, dict) else value

    raw = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            raw.append({"type": "paragraph", "value": f"<p>{pick(value)}</p>"})
        elif block_type == "heading":
            raw.append({"type": "heading", "value": pick(value)})
        elif block_type == "quote":
            raw.append(
                {
                    "type": "quote",
                    "value": {
                        "text": pick(value["text"]),
                        "person": pick(value.get("person", "")),
                        "role": pick(value.get("role", "")),
                    },
                }
            )
        else:
            raise ValueError(f"Unknown block type {block_type!r}")
    return raw


def get_locale(language_code):
    return Locale.objects.get_or_create(language_code=language_code)[0]


def publish(page, user=None):
    """Save a revision of `page` and publish it, as the admin's Publish button does."""
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def add_page(parent, page, live=True, user=None):
    """Add `page` below `parent` as a draft; publish it when `live`."""
    page.live = False
    parent.add_child(instance=page)
    if live:
        return publish(page, user=user)
    page.save_revision(user=user)
    return page


def make_home(title="#sicherimDienst", intro="", slug="start", locale="de"):
    """The home page of `locale` below Wagtail's root, as the default site's root."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code=locale).first()
    if home is None:
        # Wagtail's installation ships a placeholder page where ours belongs.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        home = add_page(
            root, HomePage(title=title, intro=intro, slug=slug, locale=get_locale(locale))
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="#sicherimDienst",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "#sicherimDienst"
        site.save()
    return home


def make_standard_page(parent, title, body=(), live=True, **fields):
    page = StandardPage(title=title, body=body_blocks(body), **fields)
    return add_page(parent, page, live=live)


def make_newsroom(parent, title="Presse", intro="", **fields):
    return add_page(parent, NewsroomPage(title=title, intro=intro, **fields))


def make_press_release(newsroom, title, date, teaser="", body=(), live=True, **fields):
    page = PressReleasePage(
        title=title, date=date, teaser=teaser or title, body=body_blocks(body), **fields
    )
    return add_page(newsroom, page, live=live)


def make_intranet_home(parent, title="Mitgliederbereich", intro="", **fields):
    """The intranet home, restricted to the members' group."""
    page = add_page(parent, IntranetHomePage(title=title, intro=intro, **fields))
    restrict_to_members(page)
    return page


def make_intranet_page(intranet_home, title, teaser="", body=(), live=True, **fields):
    page = IntranetPage(title=title, teaser=teaser, body=body_blocks(body), **fields)
    return add_page(intranet_home, page, live=live)


EDITORS_GROUP_NAME = workflow.EDITORS_GROUP_NAME


def editors_group():
    """Communication staff: admin access; add and edit every page, but publish
    only through the press office's approval (pages/workflow.py). Creates the
    press office's and the coordination office's groups as well."""
    return workflow.setup_groups()[EDITORS_GROUP_NAME]


def members_group():
    return Group.objects.get_or_create(name=settings.MEMBERS_GROUP_NAME)[0]


def restrict_to_members(page):
    """A Wagtail view restriction: only the members' group sees the subtree."""
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    restriction.groups.add(members_group())
    return restriction


def make_user(email, password="a-long-test-password", groups=(), **fields):
    user = get_user_model().objects.create_user(email=email, password=password, **fields)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def make_member(email="mitglied@example.org", **fields):
    return make_user(email, groups=[settings.MEMBERS_GROUP_NAME], **fields)


def make_editor(email="redaktion@example.org", **fields):
    """An editor of the communication staff, who is a member of the network too."""
    editors_group()
    return make_user(email, groups=[EDITORS_GROUP_NAME, settings.MEMBERS_GROUP_NAME], **fields)


@transaction.atomic
def translate_page(page, language_code, strings, user=None, publish=True):
    """Translate `page` with wagtail-localize, as a translator would.

    `strings` maps each source text (title, slug, paragraph, ...) to its
    translation. Every segment must be covered, so a translation is never
    half German; the page stays linked to its source, and editors can keep
    it in sync in the admin.
    """
    locale = get_locale(language_code)
    source, _created = TranslationSource.update_or_create_from_instance(page.specific)
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        if text not in strings:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings[text],
                "translation_type": "manual",
                "last_translated_by": user,
            },
        )
    if missing:
        raise MissingTranslationError(
            f"No {language_code} translation for: " + "; ".join(repr(m[:60]) for m in missing)
        )
    Translation.objects.get_or_create(source=source, target_locale=locale)
    # wagtail-localize publishes on commit; publishing here works inside the
    # transaction of a test or a seed step as well.
    translation, _created = source.create_or_update_translation(locale, user=user, publish=False)
    translation = translation.specific
    if publish:
        translation.get_latest_revision().publish(user=user)
        translation.refresh_from_db()
    return translation


def tag_page(page, *names):
    """Add tags to a press release and publish the change."""
    page.tags.add(*names)
    return publish(page)


def schedule(page, go_live_at, user=None):
    """Publish `page` with an embargo: it goes live at `go_live_at`, when
    `publish_scheduled` (run_scheduler) runs after that moment."""
    page.go_live_at = go_live_at
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def make_contact_page(parent, title="Kontakt", slug="kontakt", live=True, **fields):
    """A contact page; e-mails go to `to_address` when it is given."""
    from pages.models import ContactPage

    return add_page(parent, ContactPage(title=title, slug=slug, **fields), live=live)


def make_accessibility_statement(
    parent, title="Erklärung zur Barrierefreiheit", slug="barrierefreiheit", live=True, **fields
):
    """An accessibility statement with its barrier report form."""
    import datetime

    from pages.models import AccessibilityStatementPage

    fields.setdefault("statement_date", datetime.date(2026, 1, 15))
    page = AccessibilityStatementPage(title=title, slug=slug, **fields)
    return add_page(parent, page, live=live)


def make_press_officer(email="pressestelle@example.org", **fields):
    """A member of the press office, who publishes and approves editors' changes."""
    workflow.setup_groups()
    return make_user(
        email, groups=[workflow.PRESS_OFFICE_GROUP_NAME, settings.MEMBERS_GROUP_NAME], **fields
    )


def make_coordinator(email="koordination@example.org", **fields):
    """A member of the coordination office, who manages member organisations."""
    workflow.setup_groups()
    return make_user(
        email, groups=[workflow.COORDINATION_GROUP_NAME, settings.MEMBERS_GROUP_NAME], **fields
    )


def make_image(
    title="Beschäftigte am Empfang", width=1600, height=900, file_format="PNG", **fields
):
    """An image in Wagtail's library, with a generated picture of the given size."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (0, 75, 135)).save(buffer, file_format)
    extension = {"JPEG": "jpg"}.get(file_format, file_format.lower())
    image = get_image_model()(
        title=title, file=ImageFile(buffer, name=f"bild.{extension}"), **fields
    )
    image.save()
    return image


def confirmed_totp_device(user, name="Authenticator"):
    """A confirmed TOTP device of `user`, as after a finished 2FA set-up."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name=name, defaults={"confirmed": True}
    )
    return device


def make_organisation(name="Stadt Beispielstadt", kind="city", region="koeln", **fields):
    """A member organisation (the shared model in cms/)."""
    from cms.models import Organisation

    return Organisation.objects.create(name=name, kind=kind, region=region, **fields)


def make_person(
    email,
    first_name="Erika",
    last_name="Muster",
    organisation=None,
    target_groups=(),
    topics=(),
    user_fields=None,
    **profile_fields,
):
    """A member of the network with a profile in the directory."""
    from intranet.models import Profile

    user = make_member(email, first_name=first_name, last_name=last_name, **(user_fields or {}))
    profile = Profile.objects.create(user=user, organisation=organisation, **profile_fields)
    profile.target_groups.set(target_groups)
    profile.topics.set(topics)
    return profile
