"""Create the demo site: German pages with English translations, demo accounts.

Idempotent: what exists is kept as it is (an editor's changes survive), what
is missing is created. The accounts have known passwords, so the command
runs only with DEBUG on unless --force is given.
"""

import datetime
import importlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from intranet import demo_content as intranet_content
from intranet.collections import members_collection
from intranet.models import IntranetHomePage, IntranetPage
from pages import demo_content as public_content
from pages import workflow
from pages.models import NewsroomPage, PressReleasePage, StandardPage
from tests import factories

# Development-only accounts; `make run` prints them.
DEMO_ACCOUNTS = [
    {
        "role": "Administration",
        "email": "admin@example.org",
        "password": "demo-admin-passwort",
        "groups": [settings.MEMBERS_GROUP_NAME],
        "is_superuser": True,
        "first_name": "Alex",
        "last_name": "Admin",
    },
    {
        "role": "Redaktion",
        "email": "redaktion@example.org",
        "password": "demo-redaktion-passwort",
        "groups": [factories.EDITORS_GROUP_NAME, settings.MEMBERS_GROUP_NAME],
        "is_superuser": False,
        "first_name": "Rita",
        "last_name": "Redaktion",
    },
    {
        "role": "Pressestelle",
        "email": "pressestelle@example.org",
        "password": "demo-pressestelle-passwort",
        "groups": [workflow.PRESS_OFFICE_GROUP_NAME, settings.MEMBERS_GROUP_NAME],
        "is_superuser": False,
        "first_name": "Paula",
        "last_name": "Pressestelle",
    },
    {
        "role": "Koordinierungsstelle",
        "email": "koordination@example.org",
        "password": "demo-koordination-passwort",
        "groups": [workflow.COORDINATION_GROUP_NAME, settings.MEMBERS_GROUP_NAME],
        "is_superuser": False,
        "first_name": "Kai",
        "last_name": "Koordination",
    },
    {
        "role": "Mitglied",
        "email": "mitglied@example.org",
        "password": "demo-mitglied-passwort",
        "groups": [settings.MEMBERS_GROUP_NAME],
        "is_superuser": False,
        "first_name": "Mika",
        "last_name": "Mitglied",
    },
]

# Further demo content, one module per feature. Each module has a LABEL and
# a function seed(command) that uses command.home, command.child(),
# command.translate() and counts new objects in command.created; its
# upper-case {"de": ..., "en": ...} constants feed the translation table.
# Modules run in this order, after the newsroom and before the intranet.
SEED_MODULES = [
    "pages.seeds.editorial",
    "pages.seeds.guidance",
    # The join page links the privacy statement that the legal step creates.
    "pages.seeds.legal",
    "pages.seeds.membership",
    "pages.seeds.navigation",
    # People of the member network, in the organisations and with the target
    # groups and topics of the steps above.
    "intranet.seeds.network",
]

# The home pages sit side by side below Wagtail's root, so their slugs differ.
HOME_SLUG = {"de": "start", "en": "home"}


def translation_table(*contents):
    """Map every German text in the demo content to its English text.

    Texts that are the same in both languages (names, places) map to
    themselves.
    """
    table = {}

    def walk(value):
        if isinstance(value, dict) and set(value) == {"de", "en"}:
            table[value["de"]] = value["en"]
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            table.setdefault(value, value)

    for content in contents:
        walk(content)
    return table


class Command(BaseCommand):
    help = "Create or complete the demo site and the demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run with DEBUG off too (creates accounts with known passwords).",
        )
        parser.add_argument(
            "--print-accounts",
            action="store_true",
            help="Only print the demo accounts and how to log in.",
        )

    def handle(self, *args, force=False, print_accounts=False, **options):
        if print_accounts:
            self.print_accounts()
            return
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with known passwords and runs only with "
                "DEBUG on. Pass --force to run it anyway."
            )
        self.created = 0
        modules = [importlib.import_module(name) for name in SEED_MODULES]
        self.strings = translation_table(
            [v for k, v in vars(public_content).items() if k.isupper()],
            [v for k, v in vars(intranet_content).items() if k.isupper()],
            *[[v for k, v in vars(m).items() if k.isupper()] for m in modules],
            HOME_SLUG,
        )
        steps = [
            ("Sprachen und Gruppen", self.seed_groups),
            ("Startseite", self.seed_home),
            ("Über das Netzwerk", self.seed_about),
            ("Presse", self.seed_newsroom),
            *[(module.LABEL, lambda module=module: module.seed(self)) for module in modules],
            ("Mitgliederbereich", self.seed_intranet),
            ("Demo-Konten", self.seed_accounts),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {label} …")
            with transaction.atomic():
                step()
        self.stdout.write(
            self.style.SUCCESS(f"Demo-Inhalte bereit ({self.created} neu angelegt).")
        )

    # --- steps ------------------------------------------------------------

    def seed_groups(self):
        factories.get_locale("de")
        factories.get_locale("en")
        factories.members_group()

    def seed_home(self):
        content = public_content.HOME
        self.home = factories.make_home(
            title=content["title"]["de"], intro=content["intro"]["de"], slug=HOME_SLUG["de"]
        )
        factories.editors_group()
        self.translate(self.home)

    def seed_about(self):
        content = public_content.ABOUT
        about = self.child(StandardPage, self.home, content["slug"]["de"])
        if about is None:
            about = factories.make_standard_page(
                self.home,
                title=content["title"]["de"],
                slug=content["slug"]["de"],
                search_description=content["search_description"]["de"],
                body=content["body"],
                show_in_menus=True,
            )
            self.created += 1
        self.translate(about)

    def seed_newsroom(self):
        content = public_content.NEWSROOM
        newsroom = self.child(NewsroomPage, self.home, content["slug"]["de"])
        if newsroom is None:
            newsroom = factories.make_newsroom(
                self.home,
                title=content["title"]["de"],
                slug=content["slug"]["de"],
                intro=content["intro"]["de"],
                show_in_menus=True,
            )
            self.created += 1
        self.translate(newsroom)
        releases = sorted(public_content.PRESS_RELEASES, key=lambda r: r["date"])
        for number, release in enumerate(releases, start=1):
            page = self.child(PressReleasePage, newsroom, release["slug"]["de"])
            if page is None:
                page = factories.make_press_release(
                    newsroom,
                    title=release["title"]["de"],
                    slug=release["slug"]["de"],
                    date=datetime.date.fromisoformat(release["date"]),
                    place=release["place"],
                    teaser=release["teaser"]["de"],
                    body=release["body"],
                )
                self.created += 1
            self.translate(page)
            self.stdout.write(f"    Pressemitteilung {number}/{len(releases)}: {page.title}")

    def seed_intranet(self):
        content = intranet_content.INTRANET_HOME
        intranet = self.child(IntranetHomePage, self.home, content["slug"]["de"])
        if intranet is None:
            intranet = factories.make_intranet_home(
                self.home,
                title=content["title"]["de"],
                slug=content["slug"]["de"],
                intro=content["intro"]["de"],
            )
            self.created += 1
        factories.restrict_to_members(intranet)
        members_collection()
        self.translate(intranet)
        for item in intranet_content.INTRANET_PAGES:
            page = self.child(IntranetPage, intranet, item["slug"]["de"])
            if page is None:
                page = factories.make_intranet_page(
                    intranet,
                    title=item["title"]["de"],
                    slug=item["slug"]["de"],
                    teaser=item["teaser"]["de"],
                    body=item["body"],
                )
                self.created += 1
            self.translate(page)

    def seed_accounts(self):
        users = get_user_model().objects
        for account in DEMO_ACCOUNTS:
            if users.filter(email__iexact=account["email"]).exists():
                continue
            factories.make_user(
                account["email"],
                password=account["password"],
                groups=account["groups"],
                is_superuser=account["is_superuser"],
                is_staff=account["is_superuser"],
                first_name=account["first_name"],
                last_name=account["last_name"],
            )
            self.created += 1

    # --- helpers ----------------------------------------------------------

    def child(self, model, parent, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def translate(self, page):
        """Create the English translation unless the page has one already."""
        english = factories.get_locale("en")
        if page.has_translation(english):
            return
        factories.translate_page(page, "en", self.strings)
        self.created += 1

    def print_accounts(self):
        self.stdout.write("Demo-Konten (nur für die Entwicklung):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(
                f"  {account['role']:<15} E-Mail: {account['email']:<24} "
                f"Passwort: {account['password']}"
            )
