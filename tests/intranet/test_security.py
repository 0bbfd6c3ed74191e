"""Login, lockout and two-factor authentication, through real requests.

The tests of 2FA use django.test.Client: the fixtures' client marks users
with admin access as verified."""

import datetime
import re
import time

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from intranet.security.lockout import lift_lockout
from tests import factories

PASSWORD = "a-long-test-password"
LOGIN = "/accounts/login/"
VERIFY = "/accounts/login/verify/"
SETUP = "/accounts/security/setup/"


def code_for(device, steps_ahead=0):
    """The code the user's app shows now (or `steps_ahead` periods later)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def log_in(client, email, password=PASSWORD, address="127.0.0.1", **extra):
    return client.post(
        LOGIN, {"username": email, "password": password, **extra}, REMOTE_ADDR=address
    )


def recovery_codes_on(response):
    return re.findall(
        r"<li><code>([a-z2-7]{4} [a-z2-7]{4})</code></li>", response.content.decode()
    )


# --- Login ------------------------------------------------------------------


@pytest.mark.parametrize("path", [LOGIN, "/en/accounts/login/"])
def test_login_page_sets_no_cookie_but_csrf(client, home_en, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}


def test_verify_page_without_password_sends_to_login_without_cookie(db):
    response = Client().get(VERIFY)
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert set(response.cookies) == set()


def test_verify_page_get_sets_no_new_cookie(member, home):
    factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email)
    response = client.get(VERIFY)
    assert response.status_code == 200
    assert set(response.cookies) <= {"csrftoken"}


def test_wrong_password_shows_error_summary_in_german(member, home):
    client = Client()
    response = log_in(client, member.email, "falsches-passwort")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Angaben" in html
    assert "E-Mail-Adresse oder das Passwort ist nicht richtig" in html
    assert "_auth_user_id" not in client.session


def test_wrong_password_in_english(member, home_en):
    client = Client()
    response = client.post(
        "/en/accounts/login/", {"username": member.email, "password": "wrong-password"}
    )
    assert "The e-mail address or the password is not correct" in response.content.decode()


def test_unknown_address_gets_the_same_answer_as_a_wrong_password(member, home):
    unknown = log_in(Client(), "niemand@example.org", "falsches-passwort").content.decode()
    assert "E-Mail-Adresse oder das Passwort ist nicht richtig" in unknown


def test_member_without_2fa_logs_in_and_reaches_the_intranet(member, intranet_page):
    client = Client()
    response = log_in(client, "Mitglied@Example.org", next=intranet_page.url)
    assert response.status_code == 302
    assert response["Location"] == intranet_page.url
    assert "Vertrauliche Unterlagen" in client.get(intranet_page.url).content.decode()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "http://evil.example/intranet/"]
)
def test_next_to_another_host_is_ignored(member, home, next_url):
    response = log_in(Client(), member.email, next=next_url)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_next_to_another_host_is_ignored_after_the_code(member, home):
    device = factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email, next="https://evil.example/")
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_logged_in_member_is_sent_on_from_the_login_page(client_as, home):
    response = client_as("member").get(LOGIN)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_logged_in_outsider_sees_login_form_instead_of_a_loop(client, intranet_page):
    client.force_login(factories.make_user("extern@example.org"))
    response = client.get(f"{LOGIN}?next={intranet_page.url}")
    assert response.status_code == 200
    assert "angemeldet als extern@example.org" in response.content.decode()


def test_logout_needs_post(client_as, home):
    client = client_as("member")
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


# --- Lockout -------------------------------------------------------------------


def test_account_is_locked_after_five_failures_from_any_address(member, home):
    client = Client()
    statuses = [
        log_in(client, member.email, "falsch", address=f"10.0.0.{n}").status_code
        for n in range(1, 6)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    response = log_in(client, member.email, address="10.0.0.99")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Anmeldung pausiert" in html
    assert "neues Passwort" in html
    assert "_auth_user_id" not in client.session


def test_lockout_page_says_when_to_try_again(member, home_en):
    client = Client()
    for _ in range(5):
        response = client.post(
            "/en/accounts/login/", {"username": member.email, "password": "wrong"}
        )
    until = timezone.localtime(timezone.now() + datetime.timedelta(minutes=15))
    html = response.content.decode()
    assert response.status_code == 429
    assert "Please try again in 15 minutes" in html
    assert (
        until.strftime("%H:%M") in html
        or (until - datetime.timedelta(minutes=1)).strftime("%H:%M") in html
    )
    assert "choose a new one" in html


def test_account_lockout_ignores_the_case_of_the_address(member, home):
    client = Client()
    for email in ["MITGLIED@example.org", "Mitglied@Example.org", "mitglied@example.org"] * 2:
        response = log_in(client, email, "falsch")
    assert response.status_code == 429


def test_address_is_locked_after_twenty_failures_on_any_accounts(member, home):
    client = Client()
    for n in range(19):
        assert log_in(client, f"versuch{n}@example.org", "falsch").status_code == 200
    assert log_in(client, "versuch19@example.org", "falsch").status_code == 429
    assert log_in(client, member.email).status_code == 429
    # The member, from another address, is not affected.
    assert log_in(Client(), member.email, address="10.1.1.1").status_code == 302


def test_colleagues_behind_one_address_are_not_locked_by_one_account(member, home):
    colleague = factories.make_member("kollegin@example.org")
    client = Client()
    for _ in range(5):
        log_in(client, member.email, "falsch")
    assert log_in(Client(), colleague.email).status_code == 302


def test_lockout_ends_after_the_cool_off(member, home):
    client = Client()
    for _ in range(5):
        log_in(client, member.email, "falsch")
    assert log_in(client, member.email).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert log_in(client, member.email).status_code == 302


def test_attempts_during_lockout_do_not_extend_it(member, home):
    client = Client()
    for _ in range(5):
        log_in(client, member.email, "falsch")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=10))
    for _ in range(3):
        assert log_in(client, member.email, "falsch").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert log_in(client, member.email).status_code == 302


def test_lift_lockout_lets_the_member_in_at_once(member, home):
    client = Client()
    for _ in range(5):
        log_in(client, member.email, "falsch")
    lift_lockout("Mitglied@example.org")
    assert log_in(client, member.email).status_code == 302


def test_successful_login_resets_the_failures(member, home):
    client = Client()
    for _ in range(4):
        log_in(client, member.email, "falsch")
    log_in(client, member.email)
    assert not AccessAttempt.objects.filter(username=member.email).exists()


def test_wagtail_admin_login_is_locked_out_too(editor, home):
    client = Client()
    statuses = [
        client.post("/admin/login/", {"username": editor.email, "password": "falsch"}).status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    assert log_in(client, editor.email).status_code == 429


def test_lockout_address_comes_from_the_rate_limit_header(member, home, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    client = Client()
    for n in range(20):
        client.post(
            LOGIN,
            {"username": f"versuch{n}@example.org", "password": "falsch"},
            HTTP_X_REAL_IP="192.0.2.7",
        )
    assert AccessAttempt.objects.filter(ip_address="192.0.2.7").count() == 20
    other = client.post(
        LOGIN, {"username": member.email, "password": PASSWORD}, HTTP_X_REAL_IP="192.0.2.8"
    )
    assert other.status_code == 302


# --- Two-factor authentication: set-up -------------------------------------------


def test_setup_page_shows_qr_code_secret_and_uri(member, home):
    client = Client()
    client.force_login(member)
    response = client.get(SETUP)
    html = response.content.decode()
    device = TOTPDevice.objects.get(user=member)
    assert response.status_code == 200
    assert not device.confirmed
    assert "<svg" in html and "totp-qr" in html
    assert re.search(r'<code class="totp-secret">([A-Z2-7]{4} ){7}[A-Z2-7]{4}</code>', html)
    assert "otpauth://totp/sicherimDienst%3Amitglied%40example.org?secret=" in html
    assert "no-store" in response["Cache-Control"]


def test_setup_reuses_the_scanned_secret_on_reload(member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    client.get(SETUP)
    assert TOTPDevice.objects.filter(user=member).count() == 1


def test_setup_refuses_a_wrong_code(member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    response = client.post(SETUP, {"code": "000000"})
    assert response.status_code == 200
    assert "Dieser Code ist nicht richtig" in response.content.decode()
    assert not TOTPDevice.objects.get(user=member).confirmed


def test_setup_with_a_real_code_turns_2fa_on_and_shows_ten_recovery_codes(member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=member)
    response = client.post(SETUP, {"code": code_for(device)})
    codes = recovery_codes_on(response)
    device.refresh_from_db()
    assert response.status_code == 200
    assert device.confirmed
    assert device.name == "Authenticator-App"
    assert StaticDevice.objects.get(user=member).name == "Wiederherstellungscodes"
    assert len(set(codes)) == 10
    assert StaticToken.objects.filter(device__user=member).count() == 10
    assert "no-store" in response["Cache-Control"]
    # Verified in this session: the security page opens without a code.
    assert "Status: an" in client.get("/accounts/security/").content.decode()


def test_recovery_codes_are_shown_only_once(member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    response = client.post(SETUP, {"code": code_for(TOTPDevice.objects.get(user=member))})
    codes = recovery_codes_on(response)
    page = client.get("/accounts/security/").content.decode()
    assert all(code not in page for code in codes)
    assert "10 unbenutzte Codes" in page


def test_new_recovery_codes_replace_the_old_ones(member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    old = recovery_codes_on(
        client.post(SETUP, {"code": code_for(TOTPDevice.objects.get(user=member))})
    )
    new = recovery_codes_on(client.post("/accounts/security/recovery-codes/"))
    assert len(new) == 10
    assert not set(old) & set(new)
    stored = set(StaticToken.objects.values_list("token", flat=True))
    assert stored == {code.replace(" ", "") for code in new}


def test_new_recovery_codes_need_the_code_of_this_session(member, home):
    factories.confirmed_totp_device(member)
    client = Client()
    client.force_login(member)  # password only, no code
    response = client.post("/accounts/security/recovery-codes/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert not StaticToken.objects.exists()


# --- Two-factor authentication: login ------------------------------------------


def test_login_with_2fa_asks_for_the_code_before_logging_in(member, intranet_page):
    device = factories.confirmed_totp_device(member)
    client = Client()
    response = log_in(client, member.email, next=intranet_page.url)
    assert response.status_code == 302
    assert response["Location"] == VERIFY
    assert "_auth_user_id" not in client.session
    assert client.get(intranet_page.url).status_code == 302

    response = client.post(VERIFY, {"code": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == intranet_page.url
    assert "Vertrauliche Unterlagen" in client.get(intranet_page.url).content.decode()


def test_wrong_password_never_reaches_the_code_step(member, home):
    factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email, "falsch")
    assert client.get(VERIFY)["Location"] == LOGIN


def test_login_with_2fa_makes_the_session_verified_for_the_admin(editor, home):
    device = factories.confirmed_totp_device(editor)
    client = Client()
    log_in(client, editor.email, next="/admin/")
    response = client.post(VERIFY, {"code": code_for(device)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_wrong_code_is_refused_and_slows_down_further_codes(member, home):
    device = factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email)
    response = client.post(VERIFY, {"code": "123456"})
    assert response.status_code == 200
    assert "Dieser Code ist nicht richtig" in response.content.decode()
    # Right away even the right code waits (django-otp's throttling).
    response = client.post(VERIFY, {"code": code_for(device)})
    assert "Zu viele falsche Codes" in response.content.decode()
    assert "_auth_user_id" not in client.session
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(seconds=5)
    )
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
    assert "_auth_user_id" in client.session


def test_a_code_works_only_once(member, home):
    device = factories.confirmed_totp_device(member)
    code = code_for(device)
    first = Client()
    log_in(first, member.email)
    assert first.post(VERIFY, {"code": code}).status_code == 302
    second = Client()
    log_in(second, member.email)
    assert second.post(VERIFY, {"code": code}).status_code == 200


def test_recovery_code_logs_in_once(member, home):
    factories.confirmed_totp_device(member)
    codes = factories_recovery_codes(member)
    client = Client()
    log_in(client, member.email)
    response = client.post(VERIFY, {"code": codes[0].upper()[:4] + "-" + codes[0][4:]})
    assert response.status_code == 302
    assert StaticToken.objects.filter(device__user=member).count() == 9

    again = Client()
    log_in(again, member.email)
    response = again.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200
    assert "_auth_user_id" not in again.session


def factories_recovery_codes(user):
    from intranet.security import twofactor

    return twofactor.new_recovery_codes(user)


def test_code_step_expires_after_five_minutes(member, home):
    device = factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email)
    session = client.session
    session["security_pending"]["at"] -= 301
    session.save()
    response = client.post(VERIFY, {"code": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert "_auth_user_id" not in client.session


def test_code_step_ends_when_the_password_changes(member, home):
    device = factories.confirmed_totp_device(member)
    client = Client()
    log_in(client, member.email)
    member.set_password("ein-ganz-anderes-passwort")
    member.save()
    assert client.post(VERIFY, {"code": code_for(device)})["Location"] == LOGIN


# --- The admin needs 2FA --------------------------------------------------------


def test_anonymous_visitor_of_the_admin_gets_our_login(db):
    response = Client().get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_editor_without_2fa_is_sent_from_the_admin_to_the_setup(editor, home):
    client = Client()
    log_in(client, editor.email, next="/admin/pages/")
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2Fpages%2F"


def test_editor_reaches_the_admin_after_setting_2fa_up(editor, home):
    client = Client()
    log_in(client, editor.email)
    setup = client.get("/admin/", follow=True)
    assert setup.redirect_chain[-1][0] == f"{SETUP}?next=%2Fadmin%2F"
    assert "Die Verwaltung verlangt" in setup.content.decode()
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(SETUP, {"code": code_for(device), "next": "/admin/"})
    assert 'href="/admin/"' in response.content.decode()
    assert client.get("/admin/").status_code == 200


def test_editor_with_2fa_but_without_code_is_sent_to_verify(editor, home):
    device = factories.confirmed_totp_device(editor)
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    verify = client.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})
    assert verify["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_wagtail_admin_login_still_asks_for_the_code(editor, home):
    factories.confirmed_totp_device(editor)
    client = Client()
    response = client.post("/admin/login/", {"username": editor.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=%2Fadmin%2F"


def test_admin_login_page_stays_open_before_the_code(editor, home):
    factories.confirmed_totp_device(editor)
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/login/").status_code in (200, 302)
    assert not client.get("/admin/login/").get("Location", "").startswith(VERIFY)


def test_admin_has_no_password_reset_of_its_own(home):
    # The site's reset (accounts) is the only one: it also lifts a lockout.
    assert Client().get("/admin/password_reset/").status_code == 404


def test_superuser_needs_2fa_for_the_admin(admin_user, home):
    client = Client()
    client.force_login(admin_user)
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_member_without_admin_access_reaches_the_intranet_without_2fa(member, intranet_page):
    client = Client()
    log_in(client, member.email)
    assert client.get(intranet_page.url).status_code == 200
    assert not TOTPDevice.objects.exists()


def test_member_with_2fa_on_needs_the_code_on_every_page(member, intranet_page):
    factories.confirmed_totp_device(member)
    client = Client()
    client.force_login(member)  # e.g. through Wagtail's login form
    response = client.get(intranet_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)


# --- The security page ----------------------------------------------------------


@pytest.mark.parametrize("who", ["member", "editor", "admin"])
def test_security_page_opens_for_every_account(client_as, home, who):
    response = client_as(who).get("/accounts/security/")
    assert response.status_code == 200
    assert "Zwei-Faktor-Authentisierung" in response.content.decode()


def test_security_page_needs_login(db):
    response = Client().get("/accounts/security/")
    assert response["Location"] == "/accounts/login/?next=/accounts/security/"


def test_editor_who_is_not_a_member_reaches_the_security_page(home):
    factories.editors_group()
    outsider = factories.make_user("nur-redaktion@example.org", groups=["Redaktion"])
    client = Client()
    client.force_login(outsider)
    assert client.get("/accounts/security/").status_code == 200


def test_turning_2fa_off_needs_the_current_password(client, member, home):
    client = Client()
    client.force_login(member)
    client.get(SETUP)
    client.post(SETUP, {"code": code_for(TOTPDevice.objects.get(user=member))})
    response = client.post("/accounts/security/disable/", {"password": "falsch"})
    assert response.status_code == 200
    assert "Das Passwort ist nicht korrekt" in response.content.decode()
    assert TOTPDevice.objects.filter(user=member).exists()

    response = client.post("/accounts/security/disable/", {"password": PASSWORD})
    assert response["Location"] == "/accounts/security/"
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    # Without 2FA, the next login needs the password only.
    fresh = Client()
    assert log_in(fresh, member.email)["Location"] == "/"


def test_turning_2fa_off_warns_admin_users(client_as, home):
    html = client_as("editor").get("/accounts/security/disable/").content.decode()
    assert "Die Verwaltung verlangt die Zwei-Faktor-Authentisierung" in html


def test_turning_2fa_off_needs_the_code_of_this_session(member, home):
    factories.confirmed_totp_device(member)
    client = Client()
    client.force_login(member)
    response = client.post("/accounts/security/disable/", {"password": PASSWORD})
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=member).exists()


def test_lift_lockout_also_lifts_the_slowdown_of_codes(member, home):
    device = factories.confirmed_totp_device(member)
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=30, throttling_failure_timestamp=timezone.now()
    )
    lift_lockout(member.email)
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


# --- Administrators turn 2FA off for someone who lost the phone ---------------------


def test_administrator_turns_off_the_2fa_of_a_member(client_as, member, home):
    factories.confirmed_totp_device(member)
    factories_recovery_codes(member)
    client = client_as("admin")
    url = f"/admin/security/two-factor/{member.pk}/turn-off/"
    assert "Authenticator-App und Wiederherstellungscodes" in client.get(url).content.decode()
    response = client.post(url)
    assert response["Location"] == "/admin/users/"
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    assert log_in(Client(), member.email)["Location"] == "/"


def test_user_list_offers_turning_2fa_off_to_administrators(client_as, member, home):
    html = client_as("admin").get("/admin/users/").content.decode()
    assert f"/admin/security/two-factor/{member.pk}/turn-off/" in html


def test_editor_cannot_turn_off_the_2fa_of_others(client_as, member, home):
    device = factories.confirmed_totp_device(member)
    response = client_as("editor").post(f"/admin/security/two-factor/{member.pk}/turn-off/")
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
