"""Session lifetime and the second factor, checked on every request.

Both come after django_otp's OTPMiddleware and Django's MessageMiddleware in
settings.MIDDLEWARE.
"""

import time
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from intranet.security import twofactor

LOGIN_AT_KEY = "security_login_at"
SEEN_AT_KEY = "security_seen_at"
# The user between a correct password and the code (the second step).
PENDING_KEY = "security_pending"
# Activity is written to the session at most once a minute, not on every
# request.
ACTIVITY_RESOLUTION_SECONDS = 60

# Pages an account with 2FA on may open before entering its code.
UNVERIFIED_URL_NAMES = {"login", "login_verify", "logout"}
UNVERIFIED_ADMIN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}


@receiver(user_logged_in, dispatch_uid="intranet.security.start_session_clock")
def start_session_clock(sender, request, user, **kwargs):
    """Every login (ours, Wagtail's, after an invitation) starts the clocks
    and notes whether the account has 2FA on."""
    now = int(time.time())
    request.session[LOGIN_AT_KEY] = now
    request.session[SEEN_AT_KEY] = now
    request.session[twofactor.SESSION_2FA_KEY] = twofactor.has_2fa(user)
    request.session.pop(PENDING_KEY, None)


def _anonymous(request):
    """An anonymous user as OTPMiddleware would have prepared it."""
    user = AnonymousUser()
    user.otp_device = None
    user.is_verified = lambda: False
    request.user = user


def _url_name(path):
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def _redirects_to_login(response):
    if response.status_code not in (301, 302, 303, 307, 308):
        return False
    return _url_name(urlsplit(response.get("Location", "")).path) == "login"


class SessionLifetimeMiddleware:
    """Ends a session after SESSION_IDLE_TIMEOUT_SECONDS without a request
    and SESSION_ABSOLUTE_LIFETIME_SECONDS after the login; flushes sessions
    of users who were deactivated or deleted meanwhile.

    An ended session continues as an anonymous visit: public pages simply
    show, pages that need a login send to it with a note why. Sessions of
    anonymous visitors are never written.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        expired = self.check(request)
        response = self.get_response(request)
        if expired and _redirects_to_login(response):
            messages.info(
                request,
                _("Your session has ended for your security. Please log in again."),
            )
        return response

    def check(self, request):
        """True when the session of a logged-in user has just ended."""
        session = request.session
        if not request.user.is_authenticated:
            # The session names a user the backend refuses: deactivated.
            if SESSION_KEY in session:
                session.flush()
            return False
        now = int(time.time())
        login_at = session.get(LOGIN_AT_KEY)
        seen_at = session.get(SEEN_AT_KEY)
        if login_at is None or seen_at is None:
            session[LOGIN_AT_KEY] = session[SEEN_AT_KEY] = now
            return False
        if (
            now - seen_at > settings.SESSION_IDLE_TIMEOUT_SECONDS
            or now - login_at > settings.SESSION_ABSOLUTE_LIFETIME_SECONDS
        ):
            logout(request)
            _anonymous(request)
            return True
        if now - seen_at >= ACTIVITY_RESOLUTION_SECONDS:
            session[SEEN_AT_KEY] = now
        return False


class TwoFactorMiddleware:
    """The admin needs the second factor: anyone with admin access who has
    not entered a code in this session is sent to enter one, or to set 2FA
    up first. Accounts with 2FA on need the code everywhere, however they
    logged in (e.g. through Wagtail's own login form)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            redirect = self.redirect(request, user)
            if redirect is not None:
                return redirect
        return self.get_response(request)

    def redirect(self, request, user):
        path = request.path_info
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return None
        if path.startswith(reverse("wagtailadmin_home")):
            if _url_name(path) in UNVERIFIED_ADMIN_URL_NAMES:
                return None
            if not user.has_perm("wagtailadmin.access_admin"):
                return None  # Wagtail turns them away itself.
            has_2fa = twofactor.has_2fa(user)
            request.session[twofactor.SESSION_2FA_KEY] = has_2fa
            return _redirect(
                "login_verify" if has_2fa else "security_setup", request.get_full_path()
            )
        if not has_2fa_cached(request, user) or _url_name(path) in UNVERIFIED_URL_NAMES:
            return None
        return _redirect("login_verify", request.get_full_path())


def has_2fa_cached(request, user):
    """Whether the account has 2FA on, as noted in the session at login
    (saves two queries on every request of members without 2FA)."""
    has_2fa = request.session.get(twofactor.SESSION_2FA_KEY)
    if has_2fa is None:
        has_2fa = request.session[twofactor.SESSION_2FA_KEY] = twofactor.has_2fa(user)
    return has_2fa


def _redirect(url_name, next_url):
    return HttpResponseRedirect(f"{reverse(url_name)}?{urlencode({'next': next_url})}")
