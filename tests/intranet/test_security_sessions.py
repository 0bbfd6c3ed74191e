"""Sessions end after inactivity, after an absolute lifetime, and when the
account is deactivated or its password changed."""

from django.contrib.sessions.models import Session
from django.test import Client

PASSWORD = "a-long-test-password"


def logged_in(user):
    client = Client()
    response = client.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def age_session(client, **seconds):
    """Move the session's clocks back, as if time had passed."""
    session = client.session
    for key, value in seconds.items():
        session[f"security_{key}"] -= value
    session.save()


def test_session_ends_after_thirty_idle_minutes(member, intranet_page):
    client = logged_in(member)
    session_key = client.session.session_key
    age_session(client, seen_at=31 * 60, login_at=31 * 60)
    response = client.get(intranet_page.url, follow=True)
    assert response.redirect_chain[0][0] == f"/accounts/login/?next={intranet_page.url}"
    assert "Ihre Sitzung wurde zu Ihrer Sicherheit beendet" in response.content.decode()
    assert not Session.objects.filter(session_key=session_key).exists()


def test_activity_keeps_the_session_alive(member, intranet_page):
    client = logged_in(member)
    age_session(client, seen_at=29 * 60, login_at=29 * 60)
    assert client.get(intranet_page.url).status_code == 200
    age_session(client, seen_at=29 * 60, login_at=29 * 60)
    assert client.get(intranet_page.url).status_code == 200


def test_session_ends_after_twelve_hours_however_active(member, intranet_page):
    client = logged_in(member)
    age_session(client, login_at=12 * 60 * 60 + 1)
    response = client.get(intranet_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_lifetimes_come_from_the_settings(member, intranet_page, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 60
    client = logged_in(member)
    age_session(client, seen_at=61, login_at=61)
    assert client.get(intranet_page.url).status_code == 302


def test_ended_session_on_a_public_page_shows_the_page_without_a_note(member, home):
    client = logged_in(member)
    age_session(client, seen_at=31 * 60, login_at=31 * 60)
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sitzung" not in html
    assert "Abmelden" not in html


def test_anonymous_visits_write_no_session(home):
    client = Client()
    response = client.get("/")
    assert set(response.cookies) == set()
    assert not Session.objects.exists()


def test_deactivated_member_is_logged_out_on_the_next_request(member, intranet_page):
    client = logged_in(member)
    session_key = client.session.session_key
    member.is_active = False
    member.save()
    response = client.get(intranet_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Session.objects.filter(session_key=session_key).exists()
    assert response.cookies["sessionid"]["max-age"] == 0


def test_password_changed_in_the_admin_ends_the_sessions(member, intranet_page):
    client = logged_in(member)
    member.set_password("ein-neues-langes-passwort")
    member.save()
    assert client.get(intranet_page.url).status_code == 302
    assert "_auth_user_id" not in client.session


def test_session_cookie_is_httponly_and_lax(member, home):
    response = Client().post("/accounts/login/", {"username": member.email, "password": PASSWORD})
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
