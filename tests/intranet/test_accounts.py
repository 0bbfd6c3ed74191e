"""Account pages: password reset and change, e-mail change, the overview."""

import re
import time
from unittest import mock
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client as DjangoClient
from django.utils import timezone

from cms.models import Organisation
from intranet.accounts import email_change
from intranet.models import MemberRole, Profile
from tests import factories

pytestmark = pytest.mark.django_db

OLD_PASSWORD = "a-long-test-password"
NEW_PASSWORD = "Kastanienallee im Herbstnebel"


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def link_in(message, path):
    match = re.search(r"https?://\S+" + re.escape(path) + r"\S*", message.body)
    return urlsplit(match.group(0)).path


def is_logged_in(client):
    return "_auth_user_id" in client.session


# --- Password reset ---------------------------------------------------------------


def request_reset(client, email, prefix=""):
    return client.post(f"{prefix}/accounts/password/reset/", {"email": email})


def test_reset_form_sets_no_cookie_but_csrf(client, home):
    response = client.get("/accounts/password/reset/")
    assert response.status_code == 200
    assert "Passwort vergessen" in text_of(response)
    assert set(response.cookies) == {"csrftoken"}


def test_password_reset_end_to_end(client, home, member):
    response = request_reset(client, "Mitglied@Example.org")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/sent/"
    assert "Bitte sehen Sie in Ihr E-Mail-Postfach" in text_of(client.get(response["Location"]))

    [message] = mail.outbox
    assert message.to == ["mitglied@example.org"]
    assert message.subject == "Passwort für #sicherimDienst zurücksetzen"
    assert message.alternatives[0][1] == "text/html"
    link = link_in(message, "/accounts/password/reset/")

    fresh = DjangoClient()
    page = fresh.get(link)
    assert page.status_code == 200
    assert "Neues Passwort wählen" in text_of(page)
    # The token stays in the URL: opening the link starts no session.
    assert set(page.cookies) == {"csrftoken"}
    assert page["Referrer-Policy"] == "no-referrer"

    done = fresh.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302
    assert done["Location"] == "/accounts/password/reset/done/"
    assert "Ihr Passwort wurde geändert" in text_of(fresh.get(done["Location"]))
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    notice = mail.outbox[-1]
    assert notice.subject == "Ihr Passwort für #sicherimDienst wurde geändert"

    # The link works once.
    again = DjangoClient().get(link)
    assert again.status_code == 410
    assert "Dieser Link ist ungültig" in text_of(again)


def test_reset_answers_the_same_for_an_unknown_address(client, home, member):
    known = request_reset(client, member.email)
    unknown = request_reset(client, "niemand@example.org")
    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert [m.to for m in mail.outbox] == [[member.email]]


@pytest.mark.parametrize(
    "fields", [{"is_active": False}, {"is_active": False, "deleted_at": timezone.now()}]
)
def test_inactive_and_deleted_accounts_get_no_reset_mail(client, home, fields):
    factories.make_member("weg@example.org", **fields)
    assert request_reset(client, "weg@example.org").status_code == 302
    assert mail.outbox == []


def test_reset_link_of_a_deactivated_account_stops_working(client, home, member):
    request_reset(client, member.email)
    link = link_in(mail.outbox[0], "/accounts/password/reset/")
    member.is_active = False
    member.save()
    assert client.get(link).status_code == 410


def test_reset_is_rate_limited_per_address(client, home, member):
    for _attempt in range(5):
        assert request_reset(client, member.email).status_code == 302
    response = request_reset(client, member.email)
    assert response.status_code == 429
    assert "Zu viele Versuche" in text_of(response)
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#id_email")["value"] == member.email
    assert len(mail.outbox) == 5


def test_reset_is_rate_limited_per_connection(client, home):
    for attempt in range(10):
        assert request_reset(client, f"person{attempt}@example.org").status_code == 302
    assert request_reset(client, "noch-jemand@example.org").status_code == 429


def test_english_reset_is_english(client, home_en, member):
    request_reset(client, member.email, prefix="/en")
    message = mail.outbox[0]
    assert message.subject == "Reset your password for #sicherimDienst"
    link = link_in(message, "/en/accounts/password/reset/")
    assert "Choose a new password" in text_of(client.get(link))


def test_weak_new_password_is_refused_in_german(client, home, member):
    request_reset(client, member.email)
    link = link_in(mail.outbox[0], "/accounts/password/reset/")
    response = client.post(
        link, {"new_password1": "password1234", "new_password2": "password1234"}
    )
    assert response.status_code == 200
    assert "Dieses Passwort ist zu üblich." in text_of(response)
    member.refresh_from_db()
    assert member.check_password(OLD_PASSWORD)


def test_forged_reset_link_is_refused(client, home, member):
    response = client.get("/accounts/password/reset/MQ/abc-123/")
    assert response.status_code == 410
    assert "Neuen Link anfordern" in text_of(response)


def test_reset_lifts_the_login_lockout(client, home, member):
    for _attempt in range(6):
        client.post("/accounts/login/", {"username": member.email, "password": "wrong"})
    locked = DjangoClient()
    locked.post("/accounts/login/", {"username": member.email, "password": OLD_PASSWORD})
    assert not is_logged_in(locked)

    request_reset(client, member.email)
    link = link_in(mail.outbox[0], "/accounts/password/reset/")
    client.post(link, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    fresh = DjangoClient()
    fresh.post("/accounts/login/", {"username": member.email, "password": NEW_PASSWORD})
    assert is_logged_in(fresh)


# --- Password change --------------------------------------------------------------


def change_password(client, old=OLD_PASSWORD, new=NEW_PASSWORD):
    return client.post(
        "/accounts/password/change/",
        {"old_password": old, "new_password1": new, "new_password2": new},
    )


def test_password_change_needs_a_login(client, home):
    response = client.get("/accounts/password/change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_password_change_keeps_this_session_and_ends_others(client, home, member):
    other = DjangoClient()
    other.force_login(member)
    client.force_login(member)
    assert client.get("/accounts/password/change/").status_code == 200

    response = change_password(client)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/change/done/"
    assert client.get(response["Location"]).status_code == 200
    assert is_logged_in(client)
    assert other.get("/accounts/").status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    [notice] = mail.outbox
    assert notice.to == [member.email]
    assert "wurde am" in notice.body


def test_password_change_refuses_a_wrong_current_password(client, home, member):
    client.force_login(member)
    response = change_password(client, old="falsch")
    assert response.status_code == 200
    assert "Das alte Passwort war falsch." in text_of(response)
    assert mail.outbox == []


def test_password_change_is_rate_limited(client, home, member):
    client.force_login(member)
    for _attempt in range(5):
        change_password(client, old="falsch")
    assert change_password(client).status_code == 429
    member.refresh_from_db()
    assert member.check_password(OLD_PASSWORD)


# --- E-mail change ----------------------------------------------------------------


def ask_for_new_email(client, new_email="neu@example.org", password=OLD_PASSWORD):
    return client.post("/accounts/email/", {"new_email": new_email, "password": password})


def test_email_change_end_to_end(client, home, member):
    client.force_login(member)
    assert client.get("/accounts/email/").status_code == 200
    response = ask_for_new_email(client, "Neu@Example.org")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/"

    confirmation, notice = mail.outbox
    assert confirmation.to == ["neu@example.org"]
    assert notice.to == ["mitglied@example.org"]
    assert "neu@example.org" in notice.body
    member.refresh_from_db()
    assert member.email == "mitglied@example.org"

    link = link_in(confirmation, "/accounts/email/confirm/")
    page = client.get(link)
    assert page.status_code == 200
    assert "neu@example.org" in text_of(page)
    member.refresh_from_db()
    assert member.email == "mitglied@example.org"

    applied = client.post(link)
    assert applied.status_code == 302
    assert applied["Location"] == "/accounts/"
    member.refresh_from_db()
    assert member.email == "neu@example.org"
    assert is_logged_in(client)

    used = client.post(link)
    assert used.status_code == 410
    assert "bereits verwendet" in text_of(used)


def test_email_change_link_works_in_another_browser(client, home, member):
    client.force_login(member)
    ask_for_new_email(client)
    link = link_in(mail.outbox[0], "/accounts/email/confirm/")
    response = DjangoClient().post(link)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    member.refresh_from_db()
    assert member.email == "neu@example.org"


def test_email_change_needs_the_current_password(client, home, member):
    client.force_login(member)
    response = ask_for_new_email(client, password="falsch")
    assert response.status_code == 200
    assert "Das Passwort ist nicht korrekt." in text_of(response)
    assert mail.outbox == []


def test_email_change_refuses_an_address_in_use(client, home, member, editor):
    client.force_login(member)
    response = ask_for_new_email(client, editor.email.upper())
    assert "Diese Adresse gehört zu einem anderen Konto." in text_of(response)
    assert mail.outbox == []


def test_email_change_refuses_an_address_taken_in_between(client, home, member):
    client.force_login(member)
    ask_for_new_email(client)
    link = link_in(mail.outbox[0], "/accounts/email/confirm/")
    factories.make_user("neu@example.org")
    response = client.post(link)
    assert response.status_code == 410
    assert "gehört inzwischen zu einem anderen Konto" in text_of(response)
    member.refresh_from_db()
    assert member.email == "mitglied@example.org"


def test_email_change_link_expires_after_three_days(client, home, member):
    four_days_ago = time.time() - 4 * 24 * 60 * 60
    with mock.patch("django.core.signing.time.time", return_value=four_days_ago):
        token = email_change.make_token(member, "neu@example.org")
    response = client.get(f"/accounts/email/confirm/{token}/")
    assert response.status_code == 410
    assert "Dieser Link ist abgelaufen." in text_of(response)


def test_forged_email_change_link_is_refused(client, home, member):
    token = email_change.make_token(member, "neu@example.org")
    response = client.post(f"/accounts/email/confirm/{token[:-2]}xx/")
    assert response.status_code == 410
    member.refresh_from_db()
    assert member.email == "mitglied@example.org"


def test_email_change_is_rate_limited(client, home, member):
    client.force_login(member)
    for _attempt in range(5):
        ask_for_new_email(client, password="falsch")
    response = ask_for_new_email(client)
    assert response.status_code == 429
    assert "Zu viele Versuche" in text_of(response)
    assert mail.outbox == []


def test_english_email_change_mails_are_english(client, home_en, member):
    client.force_login(member)
    client.post("/en/accounts/email/", {"new_email": "new@example.org", "password": OLD_PASSWORD})
    confirmation, notice = mail.outbox
    assert confirmation.subject == "Please confirm your new e-mail address for #sicherimDienst"
    assert "/en/accounts/email/confirm/" in confirmation.body
    assert notice.subject == "A change of your e-mail address for #sicherimDienst was requested"


# --- Overview and header ----------------------------------------------------------


def test_account_page_needs_a_login(client, home):
    response = client.get("/accounts/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_account_page_shows_the_member_and_the_links(client, home, member):
    organisation = Organisation.objects.create(
        name="Kreis Beispielland", kind="district", region="arnsberg"
    )
    member.first_name, member.last_name = "Mia", "Muster"
    member.save()
    Profile.objects.create(user=member, organisation=organisation, role=MemberRole.MULTIPLIER)
    client.force_login(member)
    response = client.get("/accounts/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Mein Konto" in text
    for value in ("Mia Muster", "mitglied@example.org", "Kreis Beispielland", "Multiplikator"):
        assert value in text
    links = {
        a.get_text(strip=True): a["href"]
        for a in BeautifulSoup(response.content, "html.parser").select(".account-links a")
    }
    assert links["Mein Profil bearbeiten"] == "/mitgliederbereich/mein-profil/"
    assert links["E-Mail-Adresse ändern"] == "/accounts/email/"
    assert links["Passwort ändern"] == "/accounts/password/change/"
    assert links["Zwei-Faktor-Authentisierung"] == "/accounts/security/"
    assert links["Meine Daten"] == "/accounts/data/"


def test_account_page_of_a_non_member_has_no_profile_link(client, home):
    user = factories.make_user("extern@example.org")
    client.force_login(user)
    response = client.get("/accounts/")
    assert response.status_code == 200
    assert "Mein Profil bearbeiten" not in text_of(response)


def test_english_account_page(client, home_en, member):
    client.force_login(member)
    response = client.get("/en/accounts/")
    assert "My account" in text_of(response)


def test_header_links_the_account_page(client, home, member):
    client.force_login(member)
    html = BeautifulSoup(client.get(home.url).content, "html.parser")
    link = html.select_one(".account a.account__name")
    assert link["href"] == "/accounts/"
    assert "Angemeldet als mitglied@example.org" in link.get_text(" ", strip=True)
    assert html.select_one(".account form button").get_text(strip=True) == "Abmelden"
