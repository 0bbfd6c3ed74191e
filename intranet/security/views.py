"""Login in one or two steps, logout, the lockout page and the 2FA settings.

A plain GET of the login and the second step sets no cookie beyond
Django's CSRF token: the session is written only after a correct password.
"""

import math
import time

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from intranet.security import lockout, twofactor
from intranet.security.forms import LoginForm, PasswordConfirmForm, SetupForm, VerifyForm
from intranet.security.middleware import PENDING_KEY


def _trail(*steps):
    return {"breadcrumb_trail": list(steps)}


def _account_trail(title):
    return _trail((_("My account"), reverse("account")), (title, None))


def safe_next(request, url):
    """`url` if it stays on this site, else ""."""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def _next_from(request):
    return safe_next(request, request.POST.get("next") or request.GET.get("next"))


def _done(next_url):
    return HttpResponseRedirect(next_url or resolve_url(settings.LOGIN_REDIRECT_URL))


def _with_next(url_name, next_url):
    url = reverse(url_name)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


# --- Login ------------------------------------------------------------------


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
def login(request):
    """E-mail address and password; accounts with 2FA go on to the code."""
    next_url = _next_from(request)
    if request.method == "GET" and request.user.is_authenticated and not next_url:
        return _done("")
    form = LoginForm(request, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        user = form.get_user()
        if twofactor.has_2fa(user):
            request.session[PENDING_KEY] = {
                "user": user.pk,
                "backend": user.backend,
                "hash": user.get_session_auth_hash(),
                "at": int(time.time()),
                "next": next_url,
            }
            return HttpResponseRedirect(reverse("login_verify"))
        auth_login(request, user)
        return _done(next_url)
    context = {
        "form": form,
        "next": next_url,
        # Logged in, yet sent here: the page needs another account.
        "logged_in_as": request.user if request.user.is_authenticated else None,
        **_trail((_("Log in"), None)),
    }
    return TemplateResponse(request, "accounts/security/login.html", context)


def _pending(request):
    """The user whose password was right a moment ago, or None."""
    data = request.session.get(PENDING_KEY)
    if not isinstance(data, dict):
        return None, None
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True).first()
    fresh = time.time() - data.get("at", 0) <= settings.LOGIN_VERIFY_TIMEOUT_SECONDS
    # A password changed in between voids the first step.
    same_password = user is not None and constant_time_compare(
        data.get("hash", ""), user.get_session_auth_hash()
    )
    if not (fresh and same_password):
        del request.session[PENDING_KEY]
        messages.error(
            request, _("The time for entering the code has run out. Please log in again.")
        )
        return None, None
    return user, data


@sensitive_post_parameters("code")
@csrf_protect
@never_cache
def login_verify(request):
    """The second step: after the password at login, or again for a
    logged-in user whom the admin asks for the code."""
    user, pending = _pending(request)
    if pending is not None:
        next_url = pending.get("next", "")
    elif request.user.is_authenticated:
        user = request.user
        next_url = _next_from(request)
        if user.is_verified() or not twofactor.has_2fa(user):
            return _done(next_url)
    else:
        return HttpResponseRedirect(reverse("login"))

    form = VerifyForm(user, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        if pending is not None:
            auth_login(request, user, backend=pending["backend"])
        django_otp.login(request, form.device)
        request.session[twofactor.SESSION_2FA_KEY] = True
        if not twofactor.is_app_code(twofactor.normalise_code(form.cleaned_data["code"])):
            _recovery_code_used(request, user)
        return _done(next_url)
    context = {
        "form": form,
        "next": next_url if pending is None else "",
        **_trail((_("Log in"), reverse("login")), (_("Security code"), None)),
    }
    return TemplateResponse(request, "accounts/security/verify.html", context)


def _recovery_code_used(request, user):
    remaining = twofactor.remaining_recovery_codes(user)
    messages.warning(
        request,
        _(
            "You have used a recovery code; %(count)s are left. If your phone is lost, "
            "set up the app again on the page “Two-factor authentication”."
        )
        % {"count": remaining},
    )


@require_POST
def logout(request):
    """Logout by POST only (a link could be triggered by another site)."""
    auth_logout(request)
    return HttpResponseRedirect(resolve_url(settings.LOGOUT_REDIRECT_URL))


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login attempt (AXES_LOCKOUT_CALLABLE)."""
    until = timezone.localtime(lockout.locked_until(request, credentials))
    minutes = max(1, math.ceil((until - timezone.now()).total_seconds() / 60))
    context = {
        "until": until,
        "minutes": minutes,
        **_trail((_("Log in"), reverse("login")), (_("Login paused"), None)),
    }
    response = render(
        request,
        "accounts/security/locked_out.html",
        context,
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(minutes * 60)
    return response


# --- Two-factor settings ------------------------------------------------------


def _has_admin_access(user):
    return user.has_perm("wagtailadmin.access_admin")


def _require_verified(request):
    """Changing 2FA needs the code of this session: a password alone must
    not be enough to switch the second factor off or read new codes."""
    if twofactor.has_2fa(request.user) and not request.user.is_verified():
        return HttpResponseRedirect(_with_next("login_verify", reverse("security")))
    return None


@login_required
@never_cache
def security(request):
    """The overview: 2FA on or off, recovery codes left, what to do next."""
    user = request.user
    device = twofactor.confirmed_totp_device(user)
    context = {
        "device": device,
        "has_2fa": twofactor.has_2fa(user),
        "remaining_codes": twofactor.remaining_recovery_codes(user),
        "admin_access": _has_admin_access(user),
        **_account_trail(_("Two-factor authentication")),
    }
    return TemplateResponse(request, "accounts/security/security.html", context)


@login_required
@sensitive_post_parameters("code")
@never_cache
def security_setup(request):
    """Scan the QR code (or type the secret), confirm with a code; shows
    the recovery codes once."""
    user = request.user
    next_url = _next_from(request)
    if twofactor.confirmed_totp_device(user) is not None:
        messages.info(request, _("Two-factor authentication is already on."))
        return HttpResponseRedirect(reverse("security"))
    device = twofactor.pending_totp_device(user)
    form = SetupForm(device, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        codes = twofactor.confirm_totp_device(device)
        django_otp.login(request, device)
        request.session[twofactor.SESSION_2FA_KEY] = True
        return _show_recovery_codes(request, codes, next_url, just_set_up=True)
    context = {
        "form": form,
        "next": next_url,
        "qr_code": twofactor.qr_code_svg(device),
        "secret": twofactor.totp_secret(device),
        "otpauth_uri": device.config_url,
        "admin_access": _has_admin_access(user),
        **_account_trail(_("Set up two-factor authentication")),
    }
    return TemplateResponse(request, "accounts/security/setup.html", context)


def _show_recovery_codes(request, codes, next_url="", just_set_up=False):
    context = {
        "codes": [twofactor.recovery_code_display(code) for code in codes],
        "next": next_url,
        "just_set_up": just_set_up,
        **_account_trail(_("Recovery codes")),
    }
    return TemplateResponse(request, "accounts/security/recovery_codes.html", context)


@login_required
@require_POST
@never_cache
def security_recovery_codes(request):
    """New recovery codes; the old ones stop working."""
    refused = _require_verified(request)
    if refused is not None:
        return refused
    if twofactor.confirmed_totp_device(request.user) is None:
        return HttpResponseRedirect(reverse("security"))
    return _show_recovery_codes(request, twofactor.new_recovery_codes(request.user))


@login_required
@sensitive_post_parameters("password")
@never_cache
def security_disable(request):
    """Turn 2FA off with the current password."""
    user = request.user
    if not twofactor.has_2fa(user):
        return HttpResponseRedirect(reverse("security"))
    refused = _require_verified(request)
    if refused is not None:
        return refused
    form = PasswordConfirmForm(request, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        twofactor.turn_off(user)
        request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
        request.session[twofactor.SESSION_2FA_KEY] = False
        messages.success(request, _("Two-factor authentication is off."))
        return HttpResponseRedirect(reverse("security"))
    context = {
        "form": form,
        "admin_access": _has_admin_access(user),
        **_account_trail(_("Turn off two-factor authentication")),
    }
    return TemplateResponse(request, "accounts/security/disable.html", context)
