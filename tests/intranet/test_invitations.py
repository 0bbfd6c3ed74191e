"""Invitations to the members' area: sending, accepting, and the admin of
the coordination office."""

import datetime
import hashlib
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client as DjangoClient
from django.urls import reverse
from django.utils import timezone

from cms.models import Organisation
from intranet.access import is_member
from intranet.accounts import invitations
from intranet.models import Invitation, MemberRole
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "Lindenblüten im Rathausgarten"


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Stadt Beispielhausen", kind="city", region="muenster", is_active=True
    )


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """invite() as the admin calls it, with the mail sent as after a commit."""

    def send_invitation(email="neu@example.org", **kwargs):
        kwargs.setdefault("first_name", "Nora")
        kwargs.setdefault("last_name", "Neumann")
        with django_capture_on_commit_callbacks(execute=True):
            return invitations.invite(email, **kwargs)

    return send_invitation


def link_in(message):
    return re.search(r"https?://\S+/accounts/invitation/\S+/", message.body).group(0)


def path_of(link):
    return urlsplit(link).path


def last_link():
    return path_of(link_in(mail.outbox[-1]))


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def accept_data(**overrides):
    return {
        "first_name": "Nora",
        "last_name": "Neumann",
        "new_password1": PASSWORD,
        "new_password2": PASSWORD,
        **overrides,
    }


# --- Sending ------------------------------------------------------------------


def test_invitation_stores_only_the_hash_of_the_token(send):
    invitation = send()
    token = last_link().rstrip("/").rsplit("/", 1)[1]
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = Invitation.objects.filter(pk=invitation.pk).values().get()
    assert token not in " ".join(str(value) for value in stored.values())


def test_invitation_mail_is_german_with_a_text_and_an_html_part(send, organisation):
    send(organisation=organisation)
    [message] = mail.outbox
    assert message.to == ["neu@example.org"]
    assert message.subject == "Ihre Einladung in den Mitgliederbereich von #sicherimDienst"
    assert message.body.startswith("Hallo Nora Neumann,")
    assert "als Mitglied von Stadt Beispielhausen" in message.body
    link = link_in(message)
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL + "/accounts/invitation/")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'href="{link}"' in html
    assert '<html lang="de">' in html


def test_english_invitation_links_the_english_page(send):
    send(language="en")
    message = mail.outbox[0]
    assert message.subject == "Your invitation to the #sicherimDienst members' area"
    assert message.body.startswith("Hello Nora Neumann,")
    assert "/en/accounts/invitation/" in link_in(message)


def test_invitation_link_uses_the_host_of_the_request(rf, django_capture_on_commit_callbacks):
    request = rf.get("/admin/", HTTP_HOST="localhost:8000")
    with django_capture_on_commit_callbacks(execute=True):
        invitations.invite("neu@example.org", request=request)
    assert link_in(mail.outbox[0]).startswith("http://localhost:8000/accounts/invitation/")


def test_invitation_expires_after_the_configured_days(send, settings):
    settings.INVITATION_VALID_DAYS = 3
    invitation = send()
    lifetime = invitation.expires_at - invitation.created_at
    assert datetime.timedelta(days=2, hours=23) < lifetime <= datetime.timedelta(days=3)


def test_invitation_mail_waits_for_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        invitations.invite("neu@example.org")
        assert mail.outbox == []
    assert len(callbacks) == 1


def test_new_invitation_revokes_the_older_open_one(client, send):
    first = send()
    first_link = last_link()
    send()
    first.refresh_from_db()
    assert invitations.status(first) == invitations.InvitationStatus.EXPIRED
    assert client.get(first_link).status_code == 410
    assert client.get(last_link()).status_code == 200


def test_address_with_an_active_account_is_refused(member):
    with pytest.raises(invitations.InvitationError, match="mitglied@example.org"):
        invitations.invite("Mitglied@Example.org")
    assert not Invitation.objects.exists()


# --- Accepting ----------------------------------------------------------------


def test_invited_person_sets_a_password_and_lands_in_the_intranet(
    client, send, organisation, intranet_home
):
    invitation = send(organisation=organisation, role=MemberRole.MULTIPLIER)
    link = last_link()

    page = client.get(link)
    assert page.status_code == 200
    html = BeautifulSoup(page.content, "html.parser")
    assert html.select_one("#id_first_name")["value"] == "Nora"
    assert html.select_one("#id_email")["value"] == "neu@example.org"
    assert "Stadt Beispielhausen" in text_of(page)

    response = client.post(link, accept_data(first_name="Nora Maria"))
    assert response.status_code == 302
    assert response["Location"] == intranet_home.url

    home = client.get(response["Location"])
    assert home.status_code == 200
    assert "Willkommen im Mitgliederbereich, Nora Maria Neumann!" in text_of(home)

    invitation.refresh_from_db()
    user = invitation.accepted_by
    assert user.email == "neu@example.org"
    assert user.first_name == "Nora Maria"
    assert user.is_active and is_member(user)
    assert user.check_password(PASSWORD)
    assert user.profile.organisation == organisation
    assert user.profile.role == MemberRole.MULTIPLIER
    assert invitation.accepted_at is not None


def test_invitation_page_sets_no_cookie_but_csrf(client, send):
    send()
    response = client.get(last_link())
    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-cache" in response["Cache-Control"]


def test_english_invitation_page_is_english(client, send, home_en):
    send(language="en")
    response = client.get(last_link())
    assert response.status_code == 200
    assert "Set up your account" in text_of(response)


def test_unknown_invitation_link_answers_404_with_advice(client, home):
    response = client.get("/accounts/invitation/no-such-token/")
    assert response.status_code == 404
    assert "Dieser Einladungslink ist ungültig" in text_of(response)
    assert "Koordinierungsstelle" in text_of(response)


def test_expired_invitation_answers_410(client, send):
    invitation = send()
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(last_link())
    assert response.status_code == 410
    assert "Diese Einladung ist abgelaufen" in text_of(response)
    assert client.post(last_link(), accept_data()).status_code == 410
    assert not get_user_model().objects.filter(email="neu@example.org").exists()


def test_used_invitation_answers_410_and_points_to_the_login(client, send):
    send()
    link = last_link()
    client.post(link, accept_data())
    other = DjangoClient()
    response = other.get(link)
    assert response.status_code == 410
    assert "Diese Einladung wurde bereits verwendet" in text_of(response)
    assert reverse("password_reset") in response.content.decode()


def test_double_submit_creates_one_account(client, send, intranet_home):
    invitation = send()
    link = last_link()
    first = client.post(link, accept_data())
    second = client.post(link, accept_data())
    assert first.status_code == 302
    # The same browser, now logged in, is taken to where the first went.
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert get_user_model().objects.filter(email="neu@example.org").count() == 1
    assert DjangoClient().post(link, accept_data()).status_code == 410
    invitation.refresh_from_db()
    assert invitation.accepted_by.email == "neu@example.org"


def test_accepting_a_stale_form_after_use_changes_nothing(send):
    invitation = send()
    invitations.accept(invitation, first_name="A", last_name="B", password=PASSWORD)
    with pytest.raises(invitations.InvitationError):
        invitations.accept(invitation, first_name="C", last_name="D", password=PASSWORD + "x")
    user = get_user_model().objects.get(email="neu@example.org")
    assert user.first_name == "A"
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kurz", "Dieses Passwort ist zu kurz"),
        ("password1234", "Dieses Passwort ist zu üblich."),
        ("neumann.nora", "Das Passwort ist zu ähnlich zu Nachname."),
    ],
)
def test_weak_password_is_refused_in_german(client, send, password, message):
    send()
    response = client.post(
        last_link(), accept_data(new_password1=password, new_password2=password)
    )
    assert response.status_code == 200
    assert message in text_of(response)
    assert text_of(response).startswith("Fehler: ")
    assert not get_user_model().objects.filter(email="neu@example.org").exists()
    assert "_auth_user_id" not in client.session


def test_password_hint_names_the_configured_minimum_length(client, send, settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 14},
        }
    ]
    send()
    assert "Mindestens 14 Zeichen." in text_of(client.get(last_link()))


def test_passwords_must_match(client, send):
    send()
    response = client.post(last_link(), accept_data(new_password2=PASSWORD + "!"))
    assert "Die beiden Passwörter stimmen nicht überein." in text_of(response)


def test_name_is_required(client, send):
    send()
    response = client.post(last_link(), accept_data(first_name=" "))
    assert response.status_code == 200
    assert "Vorname" in text_of(response)
    assert not get_user_model().objects.filter(email="neu@example.org").exists()


def test_invitation_reactivates_a_deactivated_account(client, send, organisation):
    old = factories.make_user("neu@example.org", is_active=False, first_name="Alt")
    send(organisation=organisation)
    response = client.post(last_link(), accept_data())
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.is_active and is_member(old)
    assert old.first_name == "Nora"
    assert old.profile.organisation == organisation


def test_account_created_meanwhile_stops_the_invitation(client, send):
    send()
    factories.make_user("neu@example.org")
    response = client.get(last_link())
    assert response.status_code == 409
    assert "Sie haben bereits ein Konto" in text_of(response)


# --- Admin ----------------------------------------------------------------------


def admin_url(name, invitation=None):
    args = [invitation.pk] if invitation else []
    return reverse(f"invitations:{name}", args=args)


@pytest.fixture
def coordinator(db):
    return factories.make_coordinator()


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_office_sees_invitations_with_their_status(coordinator_client, send):
    accepted = send("angenommen@example.org")
    invitations.accept(accepted, first_name="A", last_name="B", password=PASSWORD)
    expired = send("abgelaufen@example.org")
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    send("offen@example.org")
    response = coordinator_client.get(admin_url("index"))
    assert response.status_code == 200
    rows = {
        row.select_one(".title-wrapper").get_text(strip=True): row.get_text(" ", strip=True)
        for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")
    }
    assert "angenommen" in rows["angenommen@example.org"]
    assert "abgelaufen" in rows["abgelaufen@example.org"]
    assert "offen" in rows["offen@example.org"]


@pytest.mark.parametrize(("who", "shown"), [("coordinator", True), ("editor", False)])
def test_admin_menu_offers_invitations_to_the_office_only(client, coordinator, editor, who, shown):
    client.force_login(coordinator if who == "coordinator" else editor)
    html = client.get("/admin/").content.decode()
    assert ('"/admin/invitations/"' in html) is shown


def test_office_filters_invitations_by_status(coordinator_client, send):
    send("offen@example.org")
    expired = send("abgelaufen@example.org")
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    html = coordinator_client.get(admin_url("index") + "?status=open").content.decode()
    assert "offen@example.org" in html
    assert "abgelaufen@example.org" not in html


def test_office_invites_a_person_in_the_admin(
    coordinator_client, coordinator, organisation, django_capture_on_commit_callbacks
):
    assert coordinator_client.get(admin_url("add")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            admin_url("add"),
            {
                "email": " Nora.Neumann@Example.org ",
                "first_name": "Nora",
                "last_name": "Neumann",
                "organisation": organisation.pk,
                "role": "prevention_officer",
                "language": "en",
            },
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "nora.neumann@example.org"
    assert invitation.created_by == coordinator
    assert invitation.role == "prevention_officer"
    [message] = mail.outbox
    assert message.to == ["nora.neumann@example.org"]
    assert "/en/accounts/invitation/" in link_in(message)
    assert link_in(message).startswith("http://testserver/")
    listing = coordinator_client.get(response["Location"])
    assert "Die Einladung wurde an nora.neumann@example.org gesendet." in text_of(listing)


def test_admin_refuses_an_address_with_an_account(coordinator_client, member):
    response = coordinator_client.post(
        admin_url("add"), {"email": member.email, "role": "contact_person", "language": "de"}
    )
    assert response.status_code == 200
    assert "Es gibt bereits ein aktives Konto mit der Adresse" in text_of(response)
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_office_resends_with_a_new_link_and_expiry(
    coordinator_client, send, django_capture_on_commit_callbacks
):
    invitation = send()
    old_link = last_link()
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    assert coordinator_client.get(admin_url("resend", invitation)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(admin_url("resend", invitation))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    new_link = last_link()
    assert new_link != old_link
    invitation.refresh_from_db()
    assert invitations.status(invitation) == invitations.InvitationStatus.OPEN
    anonymous = DjangoClient()
    assert anonymous.get(old_link).status_code == 404
    assert anonymous.get(new_link).status_code == 200


def test_accepted_invitation_is_not_resent(coordinator_client, send):
    invitation = send()
    invitations.accept(invitation, first_name="A", last_name="B", password=PASSWORD)
    response = coordinator_client.post(admin_url("resend", invitation))
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_office_revokes_an_invitation_by_deleting_it(coordinator_client, send):
    invitation = send()
    link = last_link()
    response = coordinator_client.post(admin_url("delete", invitation))
    assert response.status_code == 302
    assert not Invitation.objects.exists()
    assert DjangoClient().get(link).status_code == 404


def test_nobody_edits_an_invitation(client, admin_user, send):
    invitation = send()
    client.force_login(admin_user)
    assert client.get(admin_url("edit", invitation)).status_code == 403


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("index", "get"),
        ("add", "get"),
        ("add", "post"),
        ("resend", "get"),
        ("resend", "post"),
        ("delete", "get"),
        ("delete", "post"),
    ],
)
def test_editor_without_invitation_permissions_gets_403(client, editor, send, name, method):
    invitation = send()
    client.force_login(editor)
    url = admin_url(name, None if name in ("index", "add") else invitation)
    response = getattr(client, method)(url, {"email": "x@example.org", "language": "de"})
    assert response.status_code == 403
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_anonymous_is_sent_to_the_admin_login(client, send):
    invitation = send()
    response = client.post(admin_url("resend", invitation))
    assert response.status_code == 302
    assert "login/?next=/admin/invitations/" in response["Location"]
    assert len(mail.outbox) == 1
