"""GDPR self-service: the data download, the deletion, `erase_member`."""

import datetime
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation
from django_otp import DEVICE_ID_SESSION_KEY
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend

from cms.models import Organisation, Region
from intranet.gdpr import registry
from intranet.gdpr.erasure import erase_member
from intranet.models import Invitation, Profile, Visibility
from pages.models import JoinRequest, TargetGroup, Topic
from tests import factories

PHOTO_BYTES = b"\x89PNG\r\n\x1a\n not really a picture"


@pytest.fixture
def private_storage_dir(tmp_path):
    """Photos go to a temporary folder instead of var/private. The storage is
    built once, with the model class, so its location is swapped here; a
    change of MEDIA_ROOT (the settings fixture) empties its cached paths,
    hence the raw `_location`."""
    storage = Profile._meta.get_field("photo").storage
    folder = tmp_path / "private"
    folder.mkdir()
    original = storage._location

    def move_to(location):
        storage._location = location
        storage.__dict__.pop("base_location", None)
        storage.__dict__.pop("location", None)

    move_to(str(folder))
    yield folder
    move_to(original)


@pytest.fixture
def media_dir(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def make_profile(user, photo=True, **fields):
    organisation = Organisation.objects.get_or_create(
        name="Stadt Beispielstadt", defaults={"kind": "city", "region": Region.KOELN}
    )[0]
    fields = {
        "organisation": organisation,
        "job_title": "Leiterin Bürgeramt",
        "expertise": "Deeskalation am Empfang",
        "phone": "0221 123456",
        "phone_visibility": Visibility.ORGANISATION,
        **fields,
    }
    profile = Profile.objects.create(user=user, **fields)
    locale = factories.get_locale("de")
    profile.target_groups.add(
        TargetGroup.objects.create(name="Bürgerämter", slug="buergeraemter", locale=locale)
    )
    profile.topics.add(
        Topic.objects.create(name="Deeskalation", slug="deeskalation", locale=locale)
    )
    if photo:
        profile.photo.save("portrait.png", ContentFile(PHOTO_BYTES))
    return profile


def make_person(email="anna.berger@example.org", **fields):
    """A member with name, profile and photo, who uploaded things, sent a
    join request and was invited."""
    user = factories.make_member(email, first_name="Anna", last_name="Berger", **fields)
    make_profile(user)
    return user


def make_document(user, title="Notfallplan"):
    document = get_document_model()(
        title=title,
        file=ContentFile(b"Notfallplan", name="notfallplan.txt"),
        uploaded_by_user=user,
    )
    document.save()
    return document


def make_join_request(email, **fields):
    fields = {
        "organisation_name": "Stadt Beispielstadt",
        "kind": "city",
        "region": Region.KOELN,
        "city": "Beispielstadt",
        "street": "Rathausplatz 1",
        "postal_code": "50667",
        "first_name": "Anna",
        "last_name": "Berger",
        "role": "Leiterin Bürgeramt",
        "email": email,
        "phone": "0221 123456",
        "message": "Wir möchten mitmachen.",
        **fields,
    }
    return JoinRequest.objects.create(**fields)


def make_invitation(email, **fields):
    return Invitation.objects.create(
        email=email,
        first_name="Anna",
        last_name="Berger",
        token_hash=f"{hash(email) & 0xFFFFFFFF:064x}",
        expires_at=timezone.now() + datetime.timedelta(days=7),
        **fields,
    )


def login_with_2fa(client, user):
    """Log in a user who has 2FA on, with the code entered."""
    device = factories.confirmed_totp_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def read_export(response):
    """The ZIP file of an export response: {name: bytes}, data.json parsed."""
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    files = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(files.pop("data.json")), files


@pytest.fixture
def person(db, private_storage_dir, media_dir):
    return make_person()


def export(client):
    return client.post("/accounts/data/export/")


# --- Overview ----------------------------------------------------------------------


def test_overview_lists_what_is_stored_in_german(client, member, home):
    client.force_login(member)
    response = client.get("/accounts/data/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Meine Daten</h1>" in html
    assert "Profil im Mitgliedernetzwerk" in html
    assert 'action="/accounts/data/export/"' in html
    assert 'href="/accounts/data/delete/"' in html


def test_overview_in_english(client, member, home):
    client.force_login(member)
    html = client.get("/en/accounts/data/").content.decode()
    assert "<h1>My data</h1>" in html
    assert "Profile in the member network" in html


def test_overview_is_open_to_accounts_outside_the_members_group(client, home):
    client.force_login(factories.make_user("extern@example.org"))
    assert client.get("/accounts/data/").status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/accounts/data/"),
        ("post", "/accounts/data/export/"),
        ("get", "/accounts/data/delete/"),
        ("post", "/accounts/data/delete/"),
    ],
)
def test_anonymous_visitor_is_sent_to_login(client, db, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"


def test_pages_are_not_cached(client, member, home):
    client.force_login(member)
    for response in (client.get("/accounts/data/"), client.get("/accounts/data/delete/")):
        assert "no-store" in response["Cache-Control"]


# --- Export ------------------------------------------------------------------------


def test_export_is_a_zip_attachment_that_is_not_cached(client, person):
    client.force_login(person)
    response = export(client)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="sicherimdienst-data-{today}.zip"'
    )
    assert "no-store" in response["Cache-Control"]


def test_export_contains_account_and_profile(client, person):
    client.force_login(person)
    data, _files = read_export(export(client))
    account = data["parts"]["account"]["data"]
    assert account["email"] == "anna.berger@example.org"
    assert account["first_name"] == "Anna"
    assert account["groups"] == ["Mitglieder"]
    profile = data["parts"]["profile"]["data"]
    assert profile["organisation"] == "Stadt Beispielstadt"
    assert profile["job_title"] == "Leiterin Bürgeramt"
    assert profile["expertise"] == "Deeskalation am Empfang"
    assert profile["phone"] == "0221 123456"
    with translation.override("de"):
        assert profile["phone_visibility"] == str(Visibility.ORGANISATION.label)
    assert profile["target_groups"] == ["Bürgerämter"]
    assert profile["topics"] == ["Deeskalation"]


def test_export_has_every_field_of_the_profile(client, person):
    client.force_login(person)
    data, _files = read_export(export(client))
    opts = Profile._meta
    names = {f.name for f in [*opts.concrete_fields, *opts.many_to_many]} - {"id", "user"}
    assert names <= set(data["parts"]["profile"]["data"])


def test_export_dates_are_iso_8601(client, person):
    client.force_login(person)
    data, _files = read_export(export(client))
    joined = datetime.datetime.fromisoformat(data["parts"]["account"]["data"]["date_joined"])
    # In the site's time zone; JSON keeps milliseconds.
    assert joined.utcoffset() == timezone.localtime(person.date_joined).utcoffset()
    assert abs(joined - person.date_joined) < datetime.timedelta(milliseconds=1)


def test_export_includes_the_profile_photo(client, person):
    client.force_login(person)
    data, files = read_export(export(client))
    photo = data["parts"]["profile"]["data"]["photo"]
    assert photo.startswith("photo/")
    assert files == {photo: PHOTO_BYTES}


def test_export_lists_uploads_join_requests_and_invitations(client, person):
    make_document(person, title="Notfallplan Bürgeramt")
    image = factories.make_image(title="Empfang im Rathaus", uploaded_by_user=person)
    make_join_request("Anna.Berger@example.org")
    make_join_request("someone.else@example.org", organisation_name="Kreis Anderswo")
    make_invitation("anna.berger@example.org")
    client.force_login(person)
    data, _files = read_export(export(client))
    uploads = data["parts"]["uploads"]["data"]
    assert [d["title"] for d in uploads["documents"]] == ["Notfallplan Bürgeramt"]
    assert uploads["documents"][0]["file_name"].endswith(".txt")
    assert uploads["images"][0]["title"] == image.title
    join_requests = data["parts"]["join_requests"]["data"]
    assert [j["organisation_name"] for j in join_requests] == ["Stadt Beispielstadt"]
    assert join_requests[0]["email"] == "Anna.Berger@example.org"
    invitations = data["parts"]["invitations"]["data"]
    assert [i["email"] for i in invitations] == ["anna.berger@example.org"]
    assert "token_hash" not in invitations[0]


def test_export_contains_no_password_hash_and_no_2fa_secret(client, person):
    device = login_with_2fa(client, person)
    data, _files = read_export(export(client))
    text = json.dumps(data)
    assert person.password not in text
    assert device.key not in text
    assert "password" not in text
    two_factor = data["parts"]["account"]["data"]["two_factor_authentication"]
    assert two_factor["set_up"] is True


def test_export_includes_login_records_of_the_address(client, person):
    from axes.models import AccessAttempt

    client.force_login(person)  # a login resets the failed attempts
    AccessAttempt.objects.create(
        username="anna.berger@example.org",
        ip_address="192.0.2.7",
        user_agent="Firefox",
        path_info="/accounts/login/",
        http_accept="*/*",
        get_data="",
        post_data="",
        failures_since_start=2,
    )
    data, _files = read_export(export(client))
    attempts = data["parts"]["login_records"]["data"]["failed_attempts"]
    assert [(a["ip_address"], a["failures_since_start"]) for a in attempts] == [("192.0.2.7", 2)]


def test_export_of_an_account_without_profile(client, member):
    client.force_login(member)
    data, files = read_export(export(client))
    assert data["parts"]["profile"]["data"] is None
    assert files == {}


def test_export_only_ever_contains_the_own_data(client, person, member):
    """No id in the URL: another account gets its own file, whatever it posts."""
    client.force_login(member)
    response = client.post("/accounts/data/export/", {"user": person.pk, "id": person.pk})
    data, files = read_export(response)
    assert data["parts"]["account"]["data"]["email"] == "mitglied@example.org"
    assert "Anna" not in json.dumps(data)
    assert files == {}


def test_export_by_get_only_leads_to_the_overview(client, person):
    client.force_login(person)
    response = client.get("/accounts/data/export/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/data/"


def test_export_without_csrf_token_is_refused(person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    response = client.post("/accounts/data/export/")
    assert response.status_code == 403
    assert response["Content-Type"] != "application/zip"


def test_export_with_csrf_token_from_the_overview_works(person, home):
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    client.get("/accounts/data/")
    token = client.cookies["csrftoken"].value
    response = client.post("/accounts/data/export/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"


# --- Registry ------------------------------------------------------------------------


def test_a_registered_part_is_exported_and_erased(
    client, person, django_capture_on_commit_callbacks
):
    erased = []
    registry.register(
        "practice_examples",
        "Practice examples",
        export=lambda user: [{"title": f"Beispiel von {user.first_name}"}],
        erase=lambda user: erased.append(user.email),
    )
    try:
        client.force_login(person)
        data, _files = read_export(export(client))
        with django_capture_on_commit_callbacks(execute=True):
            erase_member(person)
    finally:
        registry.unregister("practice_examples")
    assert data["parts"]["practice_examples"]["data"] == [{"title": "Beispiel von Anna"}]
    assert erased == ["anna.berger@example.org"]


# --- Deletion ------------------------------------------------------------------------

PASSWORD = "a-long-test-password"


def delete(client, password=PASSWORD, understood=True):
    data = {"password": password}
    if understood:
        data["understood"] = "on"
    return client.post("/accounts/data/delete/", data)


def search_profiles(text):
    return list(get_search_backend().search(text, Profile))


@pytest.fixture
def office(settings):
    settings.JOIN_REQUEST_NOTIFY_EMAILS = ["koordination@example.org"]


def test_delete_page_asks_for_password_and_confirmation(client, person, home):
    client.force_login(person)
    html = client.get("/accounts/data/delete/").content.decode()
    assert "<h1>Konto löschen</h1>" in html
    assert 'autocomplete="current-password"' in html
    assert 'name="understood"' in html
    assert "kann nicht rückgängig gemacht werden" in html


def test_deletion_removes_personal_data_and_keeps_the_account_row(
    client, person, home, office, django_capture_on_commit_callbacks
):
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = delete(client)
    assert response.status_code == 200
    assert "Ihr Konto wurde gelöscht" in response.content.decode()
    person.refresh_from_db()
    assert person.email == f"deleted-{person.pk}@invalid.invalid"
    assert (person.first_name, person.last_name) == ("", "")
    assert not person.is_active
    assert not person.has_usable_password()
    assert person.deleted_at is not None
    assert person.last_login is None
    assert not person.groups.exists()


def test_deletion_removes_the_profile_and_its_photo(
    client, person, home, private_storage_dir, django_capture_on_commit_callbacks
):
    photo = private_storage_dir / person.profile.photo.name
    assert photo.exists()
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert not Profile.objects.filter(user=person).exists()
    assert not photo.exists()


def test_deleted_profile_disappears_from_the_search_index(
    client, person, home, django_capture_on_commit_callbacks
):
    assert [p.user_id for p in search_profiles("Deeskalation")] == [person.pk]
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert search_profiles("Deeskalation") == []
    assert search_profiles("Berger") == []


def test_deletion_keeps_uploads_without_their_owner(
    client, person, home, django_capture_on_commit_callbacks
):
    document = make_document(person)
    image = factories.make_image(uploaded_by_user=person)
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    document.refresh_from_db()
    image.refresh_from_db()
    assert document.uploaded_by_user is None
    assert image.uploaded_by_user is None
    assert document.file.storage.exists(document.file.name)


def test_deletion_removes_2fa_devices(client, person, home, django_capture_on_commit_callbacks):
    from django_otp import devices_for_user
    from django_otp.plugins.otp_static.models import StaticDevice

    login_with_2fa(client, person)
    StaticDevice.objects.create(user=person, name="backup").token_set.create(token="abcd1234")
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert list(devices_for_user(person, confirmed=None)) == []


def test_deletion_anonymises_join_requests_and_deletes_invitations(
    client, person, home, django_capture_on_commit_callbacks
):
    join_request = make_join_request("anna.berger@example.org")
    other = make_join_request("someone.else@example.org", organisation_name="Kreis Anderswo")
    make_invitation("anna.berger@example.org")
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    join_request.refresh_from_db()
    assert join_request.organisation_name == "Stadt Beispielstadt"
    assert (join_request.first_name, join_request.last_name, join_request.email) == ("", "", "")
    assert (join_request.phone, join_request.message) == ("", "")
    other.refresh_from_db()
    assert other.email == "someone.else@example.org"
    assert not Invitation.objects.filter(email__iexact="anna.berger@example.org").exists()


def test_deletion_removes_login_records(client, person, home, django_capture_on_commit_callbacks):
    from axes.models import AccessLog

    AccessLog.objects.create(
        username="anna.berger@example.org", ip_address="192.0.2.7", user_agent="Firefox"
    )
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert not AccessLog.objects.filter(username__iexact="anna.berger@example.org").exists()


def test_deletion_ends_every_session_and_the_login(
    client, person, home, django_capture_on_commit_callbacks
):
    other_browser = Client()
    other_browser.force_login(person)
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    assert client.get("/accounts/data/").status_code == 302
    assert other_browser.get("/accounts/data/").status_code == 302
    login = Client().post(
        "/accounts/login/", {"username": "anna.berger@example.org", "password": PASSWORD}
    )
    assert login.status_code == 200
    assert "_auth_user_id" not in login.client.session


def test_deletion_sends_confirmation_and_tells_the_office(
    client, person, home, office, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        delete(client)
    confirmation, notification = mailoutbox
    assert confirmation.to == ["anna.berger@example.org"]
    assert confirmation.subject == "Ihr Konto bei #sicherimDienst wurde gelöscht"
    assert "Hallo Anna Berger" in confirmation.body
    assert notification.to == ["koordination@example.org"]
    assert notification.subject == "Konto gelöscht: Anna Berger"
    assert "anna.berger@example.org" not in notification.body
    assert "Stadt Beispielstadt" not in notification.body
    assert "0221" not in notification.body


def test_confirmation_is_in_the_language_of_the_page(
    client, person, home, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/data/delete/", {"password": PASSWORD, "understood": "on"})
    assert mailoutbox[0].subject == "Your account at #sicherimDienst has been deleted"


def test_wrong_password_changes_nothing(client, person, home, mailoutbox):
    client.force_login(person)
    response = delete(client, password="falsch")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Das Passwort ist nicht korrekt." in html
    assert "Bitte prüfen Sie Ihre Angaben" in html
    person.refresh_from_db()
    assert person.is_active
    assert person.email == "anna.berger@example.org"
    assert Profile.objects.filter(user=person).exists()
    assert mailoutbox == []


def test_deletion_needs_the_confirmation_tick(client, person, home):
    client.force_login(person)
    response = delete(client, understood=False)
    assert "Bitte bestätigen Sie" in response.content.decode()
    person.refresh_from_db()
    assert person.is_active


def test_repeated_wrong_passwords_are_stopped(client, person, home):
    client.force_login(person)
    for _attempt in range(6):
        delete(client, password="falsch")
    response = delete(client)
    assert "Zu viele Versuche" in response.content.decode()
    person.refresh_from_db()
    assert person.is_active


def test_superuser_cannot_delete_themself(client, admin_user, home):
    client.force_login(admin_user)
    page = client.get("/accounts/data/delete/")
    assert "andere Administratorin" in page.content.decode()
    assert 'name="password"' not in page.content.decode()
    response = delete(client)
    assert response.status_code == 403
    admin_user.refresh_from_db()
    assert admin_user.is_active
    assert admin_user.is_superuser


def test_delete_without_csrf_token_is_refused(person):
    client = Client(enforce_csrf_checks=True)
    client.force_login(person)
    response = client.post("/accounts/data/delete/", {"password": PASSWORD, "understood": "on"})
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.is_active


# --- erase_member ------------------------------------------------------------------------


def test_command_erases_a_member(person, office, mailoutbox, django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_member", "Anna.Berger@example.org", "--yes", stdout=out)
    assert "Deleted the account of Anna Berger" in out.getvalue()
    person.refresh_from_db()
    assert person.deleted_at is not None
    assert not Profile.objects.filter(user=person).exists()
    assert [m.to for m in mailoutbox] == [
        ["anna.berger@example.org"],
        ["koordination@example.org"],
    ]
    assert "hat die Koordinierungsstelle am" in mailoutbox[0].body


def test_command_asks_before_deleting(person, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing deleted"):
        call_command("erase_member", "anna.berger@example.org")
    person.refresh_from_db()
    assert person.is_active


def test_command_deletes_after_confirmation(person, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    call_command("erase_member", "anna.berger@example.org", stdout=io.StringIO())
    person.refresh_from_db()
    assert not person.is_active


def test_command_names_an_unknown_address(db):
    with pytest.raises(CommandError, match="No account has the e-mail address nobody@example.org"):
        call_command("erase_member", "nobody@example.org", "--yes")


def test_command_refuses_superusers(admin_user):
    with pytest.raises(CommandError, match="superuser"):
        call_command("erase_member", "admin@example.org", "--yes")
    admin_user.refresh_from_db()
    assert admin_user.is_active


# --- Deny by default ----------------------------------------------------------------------

KEPT = "kept"  # the reference stays and points to the anonymised account

# Every foreign key from the project's own models to an account, and what a
# deletion does with it: the key of the registered part that exports and
# erases it, or KEPT. A new model that points to the user adds a row here
# (and, when it holds the person's data, a part in its personal_data.py).
USER_REFERENCES = {
    "cms.CustomImage.uploaded_by_user": "uploads",
    "intranet.Invitation.accepted_by": "invitations",
    "intranet.Invitation.created_by": KEPT,  # who invited someone else
    "intranet.Profile.user": "profile",
    "pages.JoinRequest.reviewed_by": KEPT,  # who reviewed someone else's request
}


def project_user_references():
    """Fields declared on the project's models (not inherited from Wagtail's
    Page, such as owner) that point to the user model."""
    base = Path(django_settings.BASE_DIR).resolve()
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        path = Path(apps.get_app_config(model._meta.app_label).path).resolve()
        if base not in path.parents or "site-packages" in path.parts:
            continue
        for field in model._meta.get_fields():
            if field.concrete and field.related_model is user_model and field.model is model:
                found.add(f"{model._meta.label}.{field.name}")
    return found


def test_every_reference_to_an_account_is_classified(db):
    assert project_user_references() == set(USER_REFERENCES)
    part_keys = {part.key for part in registry.parts()}
    assert set(USER_REFERENCES.values()) - {KEPT} <= part_keys
