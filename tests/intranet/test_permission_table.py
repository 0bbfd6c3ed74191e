"""The permission boundary as a table: every routed URL, every page type,
documents, images, Wagtail's side endpoints and a sample of the admin, each
requested as an anonymous visitor, a member, an editor and an administrator.

Deny by default: `test_every_route_is_in_the_table` fails for a URL pattern
nobody has classified here, so a new view cannot go live unchecked.

The demo site is seeded once for the module; every request is made inside
that one transaction and recorded, and the parametrised tests read the
records (one seed instead of one per case).
"""

import datetime
import io
from dataclasses import dataclass, field
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, get_page_models

from cms.models import Organisation
from intranet import collections
from intranet.accounts.invitations import hash_token
from intranet.models import IntranetHomePage, Invitation, Profile, Visibility
from tests import factories
from tests.clients import Client

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member", "editor", "admin")

# Outcomes besides plain status codes.
LOGIN = "login"  # 302 to the site's login page, with ?next=
ADMIN_LOGIN = "admin-login"  # 302 to the admin's login page
REDIRECT = "redirect"  # 302 somewhere else (e.g. logged-in users away from login)
DENIED = "denied"  # 403, or the admin's "no permission" redirect to its dashboard

PUBLIC = dict.fromkeys(ROLES, 200)
MEMBERS_ONLY = {"anonymous": LOGIN, "member": 200, "editor": 200, "admin": 200}
# Editors have admin access (with 2FA), members do not; the admin sends
# to the site's login (WAGTAILADMIN_LOGIN_URL), which asks for the code.
ADMIN_AREA = {"anonymous": LOGIN, "member": LOGIN, "editor": 200, "admin": 200}
SUPERUSER_ONLY = {"anonymous": LOGIN, "member": LOGIN, "editor": DENIED, "admin": 200}
NOWHERE = dict.fromkeys(ROLES, 404)


@dataclass
class Case:
    id: str
    url: object  # function(objects) -> path
    expect: dict
    routes: tuple = ()  # URL names this case covers
    method: str = "get"
    data: dict = field(default_factory=dict)
    # Text of restricted content the response must never contain.
    hidden: object = None  # function(objects) -> str


def page_url(model_name):
    return lambda o: o.pages[model_name].url


def admin(path):
    return lambda o: "/admin/" + path.format(o=o)


# --- The table ----------------------------------------------------------------

PUBLIC_PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "ContactPage",
    "AccessibilityStatementPage",
    "MemberListPage",
    "JoinPage",
    "NewsroomPage",
    "PressReleasePage",
]
INTRANET_PAGE_TYPES = ["IntranetHomePage", "IntranetPage"]

CASES = [
    # One live instance of every page type.
    *[
        Case(f"page:{name}", page_url(name), PUBLIC, ("wagtail_serve",))
        for name in PUBLIC_PAGE_TYPES
    ],
    *[
        Case(f"page:{name}", page_url(name), MEMBERS_ONLY, ("wagtail_serve",))
        for name in INTRANET_PAGE_TYPES
    ],
    Case("page:english intranet home", lambda o: o.intranet_home_en.url, MEMBERS_ONLY),
    Case("page:unknown", lambda o: "/gibt-es-nicht/", NOWHERE),
    Case(
        "page:unknown below the intranet",
        lambda o: o.pages["IntranetHomePage"].url + "gibt-es-nicht/",
        {"anonymous": 404, "member": 404, "editor": 404, "admin": 404},
    ),
    # Routes of the newsroom page.
    Case("newsroom:archive", lambda o: o.pages["NewsroomPage"].url + "archiv/", PUBLIC),
    Case("newsroom:rss", lambda o: o.pages["NewsroomPage"].url + "rss/", PUBLIC),
    Case("newsroom:atom", lambda o: o.pages["NewsroomPage"].url + "atom/", PUBLIC),
    # Site-wide files.
    Case("sitemap", lambda o: reverse("sitemap"), PUBLIC, ("sitemap",)),
    Case("robots.txt", lambda o: reverse("robots_txt"), PUBLIC, ("robots_txt",)),
    Case("search", lambda o: reverse("search") + "?q=Gewalt", PUBLIC, ("search",)),
    # The search's JSON: results and totals are filtered per user (tests/search/).
    Case("search api", lambda o: reverse("search_api") + "?q=Gewalt", PUBLIC, ("search_api",)),
    Case(
        "search autocomplete",
        lambda o: reverse("search_autocomplete") + "?q=Gew",
        PUBLIC,
        ("search_autocomplete",),
    ),
    # Documents: the members' collection is restricted to the group "Mitglieder".
    Case("document:public", lambda o: o.public_document.url, PUBLIC, ("wagtaildocs_serve",)),
    Case("document:members", lambda o: o.members_document.url, MEMBERS_ONLY),
    Case(
        "document:password form of a group restriction",
        lambda o: reverse(
            "wagtaildocs_authenticate_with_password", args=[o.members_restriction.pk]
        ),
        # Wagtail shows its password form; a group restriction has no password.
        PUBLIC,
        ("wagtaildocs_authenticate_with_password",),
        hidden=lambda o: o.members_document.title,
    ),
    Case(
        "document:empty password for a group restriction",
        lambda o: reverse(
            "wagtaildocs_authenticate_with_password", args=[o.members_restriction.pk]
        ),
        PUBLIC,
        method="post",
        data={"password": "", "return_url": "/"},
        hidden=lambda o: o.members_document.title,
    ),
    Case(
        "page:password form of a group restriction",
        lambda o: reverse(
            "wagtailcore_authenticate_with_password",
            args=[o.intranet_restriction.pk, o.pages["IntranetHomePage"].pk],
        ),
        PUBLIC,
        ("wagtailcore_authenticate_with_password",),
        hidden=lambda o: o.pages["IntranetHomePage"].intro,
    ),
    # Media files are served by the web server, never by Django.
    Case("media:original image", lambda o: o.image.file.url, NOWHERE),
    # Wagtail's API is not enabled.
    Case("api:pages", lambda o: "/api/v2/pages/", NOWHERE),
    # Wagtail's side endpoints: preview, history, revisions, choosers.
    Case(
        "admin:preview of an intranet page",
        admin("pages/{o.pages[IntranetPage].pk}/edit/preview/"),
        ADMIN_AREA,
    ),
    Case(
        "admin:history of an intranet page",
        admin("pages/{o.pages[IntranetPage].pk}/history/"),
        ADMIN_AREA,
    ),
    Case(
        "admin:revision of an intranet page",
        admin("pages/{o.pages[IntranetPage].pk}/revisions/{o.revision.pk}/view/"),
        ADMIN_AREA,
    ),
    Case(
        "admin:revisions compare",
        admin("pages/{o.pages[IntranetPage].pk}/revisions/compare/live...{o.revision.pk}/"),
        ADMIN_AREA,
    ),
    Case("admin:page chooser", admin("choose-page/"), ADMIN_AREA),
    Case("admin:document chooser", admin("documents/chooser/"), ADMIN_AREA),
    Case("admin:image chooser", admin("images/chooser/"), ADMIN_AREA),
    # A sample of the admin.
    Case("admin:dashboard", admin(""), ADMIN_AREA),
    Case("admin:page explorer", admin("pages/{o.pages[HomePage].pk}/"), ADMIN_AREA),
    Case("admin:edit intranet page", admin("pages/{o.pages[IntranetPage].pk}/edit/"), ADMIN_AREA),
    Case("admin:documents", admin("documents/"), ADMIN_AREA),
    Case(
        "admin:edit members' document",
        admin("documents/edit/{o.members_document.pk}/"),
        ADMIN_AREA,
    ),
    Case("admin:images", admin("images/"), ADMIN_AREA),
    Case("admin:users", admin("users/"), SUPERUSER_ONLY),
    Case("admin:groups", admin("groups/"), SUPERUSER_ONLY),
    Case("admin:organisations", admin("snippets/cms/organisation/"), SUPERUSER_ONLY),
    Case("admin:join requests", lambda o: reverse("join_requests:index"), SUPERUSER_ONLY),
    Case("admin:form submissions", admin("forms/"), ADMIN_AREA),
    Case("admin:site history", admin("reports/site-history/"), ADMIN_AREA),
    # Accounts.
    Case(
        "login",
        lambda o: reverse("login"),
        {"anonymous": 200, "member": REDIRECT, "editor": REDIRECT, "admin": REDIRECT},
        ("login",),
    ),
    Case(
        "Wagtail's front-end login leads to ours",
        lambda o: "/_util/login/?next=/",
        {"anonymous": LOGIN, "member": LOGIN, "editor": LOGIN, "admin": LOGIN},
        ("wagtail_login_redirect", "wagtailcore_login"),
    ),
    Case("logout by GET", lambda o: reverse("logout"), dict.fromkeys(ROLES, 405), ("logout",)),
    # Two-factor authentication (the fixtures' editor and admin have it on).
    Case(
        "2FA code without a password first",
        lambda o: reverse("login_verify"),
        dict.fromkeys(ROLES, REDIRECT),
        ("login_verify",),
    ),
    Case(
        "2FA overview",
        lambda o: reverse("security"),
        {"anonymous": LOGIN, "member": 200, "editor": 200, "admin": 200},
        ("security",),
    ),
    Case(
        "2FA set-up",
        lambda o: reverse("security_setup"),
        {"anonymous": LOGIN, "member": 200, "editor": REDIRECT, "admin": REDIRECT},
        ("security_setup",),
    ),
    Case(
        "2FA new recovery codes by GET",
        lambda o: reverse("security_recovery_codes"),
        {"anonymous": LOGIN, "member": 405, "editor": 405, "admin": 405},
        ("security_recovery_codes",),
    ),
    Case(
        "2FA turn off",
        lambda o: reverse("security_disable"),
        {"anonymous": LOGIN, "member": REDIRECT, "editor": 200, "admin": 200},
        ("security_disable",),
    ),
    # Account pages: outside the members' area, for every logged-in user.
    Case("account", lambda o: reverse("account"), MEMBERS_ONLY, ("account",)),
    Case(
        "invitation with an open token",
        lambda o: reverse("invitation_accept", args=[o.invitation_token]),
        PUBLIC,
        ("invitation_accept",),
    ),
    Case(
        "invitation with an unknown token",
        lambda o: reverse("invitation_accept", args=["unbekannt"]),
        NOWHERE,
    ),
    Case("password reset", lambda o: reverse("password_reset"), PUBLIC, ("password_reset",)),
    Case(
        "password reset sent",
        lambda o: reverse("password_reset_done"),
        PUBLIC,
        ("password_reset_done",),
    ),
    Case(
        "password reset with a valid link",
        lambda o: o.reset_url,
        # The member's login (first as "member") changes last_login, which
        # voids every reset link issued before it.
        {"anonymous": 200, "member": 410, "editor": 410, "admin": 410},
        ("password_reset_confirm",),
    ),
    Case(
        "password reset with a forged link",
        lambda o: reverse("password_reset_confirm", args=["MQ", "abc-123"]),
        dict.fromkeys(ROLES, 410),
    ),
    Case(
        "password reset complete",
        lambda o: reverse("password_reset_complete"),
        PUBLIC,
        ("password_reset_complete",),
    ),
    Case(
        "password change", lambda o: reverse("password_change"), MEMBERS_ONLY, ("password_change",)
    ),
    Case(
        "password changed",
        lambda o: reverse("password_change_done"),
        MEMBERS_ONLY,
        ("password_change_done",),
    ),
    Case("e-mail change", lambda o: reverse("email_change"), MEMBERS_ONLY, ("email_change",)),
    Case(
        "e-mail change with a forged link",
        lambda o: reverse("email_change_confirm", args=["gefaelscht"]),
        dict.fromkeys(ROLES, 410),
        ("email_change_confirm",),
    ),
    # GDPR self-service: only one's own data, never by id.
    Case("my data", lambda o: reverse("data"), MEMBERS_ONLY, ("data",)),
    Case(
        "my data export by GET",
        lambda o: reverse("data_export"),
        {"anonymous": LOGIN, "member": REDIRECT, "editor": REDIRECT, "admin": REDIRECT},
        ("data_export",),
    ),
    Case(
        "my data export",
        lambda o: reverse("data_export"),
        MEMBERS_ONLY,
        method="post",
    ),
    Case(
        "delete my data",
        lambda o: reverse("data_delete"),
        # Superusers are told to ask another administrator (and refused on POST).
        {"anonymous": LOGIN, "member": 200, "editor": 200, "admin": 200},
        ("data_delete",),
    ),
    Case(
        "delete my data without the password",
        lambda o: reverse("data_delete"),
        {"anonymous": LOGIN, "member": 200, "editor": 200, "admin": 403},
        method="post",
        data={"password": ""},
    ),
    # The member network below the intranet home.
    Case("network:people", lambda o: reverse("network_people"), MEMBERS_ONLY, ("network_people",)),
    Case(
        "network:people, English",
        lambda o: "/en/members-area/network/?q=Deeskalation",
        MEMBERS_ONLY,
    ),
    Case(
        "network:person",
        lambda o: reverse("network_person", args=[o.person.pk]),
        MEMBERS_ONLY,
        ("network_person",),
    ),
    Case(
        "network:photo",
        lambda o: reverse("network_person_photo", args=[o.person.pk]),
        MEMBERS_ONLY,
        ("network_person_photo",),
    ),
    Case(
        "network:private photo",
        lambda o: reverse("network_person_photo", args=[o.private_person.pk]),
        # Only the person and the coordination office (here: the administrator).
        {"anonymous": LOGIN, "member": 404, "editor": 404, "admin": 200},
    ),
    Case(
        "network:unknown person",
        lambda o: reverse("network_person", args=[999999]),
        {"anonymous": LOGIN, "member": 404, "editor": 404, "admin": 404},
    ),
    Case(
        "network:organisations",
        lambda o: reverse("network_organisations"),
        MEMBERS_ONLY,
        ("network_organisations",),
    ),
    Case(
        "network:unlisted organisation",
        lambda o: reverse("network_organisation", args=[o.unlisted_organisation.pk]),
        MEMBERS_ONLY,
        ("network_organisation",),
    ),
    Case(
        "network:own profile",
        lambda o: reverse("network_profile_edit"),
        MEMBERS_ONLY,
        ("network_profile_edit",),
    ),
    # Admin of the member network.
    Case("admin:invitations", lambda o: reverse("invitations:index"), SUPERUSER_ONLY),
    Case("admin:people", admin("snippets/intranet/profile/"), SUPERUSER_ONLY),
    Case(
        "admin:turn off someone's 2FA",
        lambda o: reverse("security_admin_turn_off", args=[o.users["member"].pk]),
        SUPERUSER_ONLY,
    ),
]


# --- Recording ----------------------------------------------------------------


def outcome(response):
    """What a visitor experiences, in the table's words."""
    if response.status_code in (301, 302):
        location = response["Location"]
        if "/accounts/login/" in location and "next=" in location:
            return LOGIN
        if location.startswith("/admin/login/"):
            return ADMIN_LOGIN
        return REDIRECT
    return response.status_code


def build_objects():
    """The seeded site plus the documents and revisions the cases need."""
    user_model = get_user_model()
    pages = {}
    for model in get_page_models():
        if model is Page:
            continue
        instance = model.objects.live().filter(locale__language_code="de").first()
        if instance is not None:
            pages[model.__name__] = instance.specific
    members_collection = collections.members_collection()
    restriction = CollectionViewRestriction.objects.get(collection=members_collection)
    document_model = get_document_model()
    public_document = document_model.objects.create(
        title="Öffentliches Merkblatt", file=ContentFile(b"public", name="merkblatt.txt")
    )
    members_document = document_model.objects.create(
        title="Internes Schulungskonzept",
        file=ContentFile(b"members only", name="schulungskonzept.txt"),
        collection=members_collection,
    )
    intranet_page = pages["IntranetPage"]
    revision = intranet_page.save_revision()
    invitation_token = "offene-einladung-fuer-die-tabelle"
    Invitation.objects.create(
        email="eingeladen@example.org",
        token_hash=hash_token(invitation_token),
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    member = user_model.objects.get(email="mitglied@example.org")
    reset_url = reverse(
        "password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(member.pk)),
            default_token_generator.make_token(member),
        ],
    )
    private_person = (
        Profile.objects.filter(photo__gt="").exclude(user__email="mitglied@example.org").last()
    )
    private_person.photo_visibility = Visibility.PRIVATE
    private_person.save()
    unlisted = Organisation.objects.filter(
        listed_publicly=False
    ).first() or factories.make_organisation(
        "Nicht gelistete Stadtverwaltung", listed_publicly=False
    )
    return SimpleNamespace(
        pages=pages,
        intranet_home_en=IntranetHomePage.objects.get(locale__language_code="en"),
        public_document=public_document,
        members_document=members_document,
        members_restriction=restriction,
        intranet_restriction=intranet_page.get_view_restrictions().first()
        or pages["IntranetHomePage"].get_view_restrictions().first(),
        image=get_image_model().objects.first() or factories.make_image(),
        revision=revision,
        users={
            "member": user_model.objects.get(email="mitglied@example.org"),
            "editor": user_model.objects.get(email="redaktion@example.org"),
            "admin": user_model.objects.get(email="admin@example.org"),
        },
        invitation_token=invitation_token,
        reset_url=reset_url,
        person=Profile.objects.filter(photo__gt="", photo_visibility=Visibility.MEMBERS)
        .exclude(user__email="mitglied@example.org")
        .first(),
        private_person=private_person,
        unlisted_organisation=unlisted,
    )


def request_case(client, case, objects):
    # German URLs, whatever language the previous request left active.
    with translation.override("de"):
        url = case.url(objects)
    return getattr(client, case.method)(url, case.data)


@pytest.fixture(scope="module")
def recorded(django_db_setup, django_db_blocker):
    """Seed, request every case as every role, roll back."""
    results = {}
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", force=True, stdout=io.StringIO())
        objects = build_objects()
        for role in ROLES:
            for case in CASES:
                client = Client()
                if role != "anonymous":
                    client.force_login(objects.users[role])
                response = request_case(client, case, objects)
                hidden = case.hidden(objects) if case.hidden else None
                if hidden:
                    assert hidden not in response.content.decode(), (case.id, role)
                results[(case.id, role)] = (outcome(response), response)
        results["csrf"] = post_without_token(results, objects)
        transaction.set_rollback(True)
    return results


class FormParser(HTMLParser):
    """The targets of a page's POST forms."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.targets = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            action = urlsplit(urljoin(self.path, attrs.get("action") or self.path))
            self.targets.add(action.path)


def post_without_token(results, objects):
    """Every POST form the table's pages show, sent without a CSRF token by
    the role that saw it: {(role, target): status}."""
    targets = {}
    for (case_id, role), (result, response) in results.items():
        content_type = response.get("Content-Type", "")
        if result != 200 or not content_type.startswith("text/html"):
            continue
        parser = FormParser(response.wsgi_request.path)
        parser.feed(response.content.decode())
        for target in parser.targets:
            targets.setdefault((role, target), case_id)
    statuses = {}
    for role, target in targets:
        client = Client(enforce_csrf_checks=True)
        if role != "anonymous":
            client.force_login(objects.users[role])
        statuses[(role, target)] = client.post(target, {"password": "x"}).status_code
    return statuses


def test_every_post_form_refuses_a_request_without_csrf_token(recorded):
    statuses = recorded["csrf"]
    targets = {target for _role, target in statuses}
    # The forms a member writes in are among them.
    with translation.override("de"):
        for name in [
            "login",
            "network_profile_edit",
            "data_delete",
            "data_export",
            "email_change",
        ]:
            assert reverse(name) in targets, name
    assert len(targets) >= 20
    assert {key: status for key, status in statuses.items() if status != 403} == {}


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "http:evil.example"],
)
def test_login_never_redirects_to_another_host(client, member, next_url):
    response = client.post(
        reverse("login"),
        {"username": member.email, "password": "a-long-test-password", "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == settings.LOGIN_REDIRECT_URL


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/"])
def test_logout_never_redirects_to_another_host(client, member, next_url):
    client.force_login(member)
    response = client.post(reverse("logout") + "?" + urlencode({"next": next_url}))
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_permission_table(recorded, case, role):
    result, response = recorded[(case.id, role)]
    expected = case.expect[role]
    if expected == DENIED:
        assert result in (403, REDIRECT, ADMIN_LOGIN), (case.id, role, result)
    else:
        assert result == expected, (case.id, role, result, response.get("Location"))


def test_every_page_type_has_a_case(recorded):
    modelled = {model.__name__ for model in get_page_models()} - {"Page"}
    assert modelled == set(PUBLIC_PAGE_TYPES) | set(INTRANET_PAGE_TYPES)


# --- Every route is classified --------------------------------------------------

# Included URL modules that the admin sample above stands for.
ADMIN_PREFIX = "admin/"


def routed_names(patterns=None, prefix=""):
    """(route, name) of every URL pattern outside the admin."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            route = prefix + str(pattern.pattern)
            if route.startswith(ADMIN_PREFIX):
                continue
            yield from routed_names(pattern.url_patterns, route)
        else:
            yield prefix + str(pattern.pattern), pattern.name


def test_every_route_is_in_the_table():
    covered = {name for case in CASES for name in case.routes}
    unclassified = sorted((route, name) for route, name in routed_names() if name not in covered)
    assert unclassified == []
