"""Login lockout with django-axes: per account and per address, never for good.

Failures count per e-mail address (AXES_FAILURE_LIMIT) and per address of
the connection (LOGIN_FAILURE_LIMIT_PER_ADDRESS, higher, as a whole city
hall may share one). A lockout ends AXES_COOLOFF_TIME after the last
failure, or when the password is reset (`lift_lockout`).
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_ip_address,
    get_client_username,
    get_cool_off,
    get_failure_limit,
    get_lockout_parameters,
)
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.db.models import Max, Q, Sum
from django.utils import timezone


def client_ip(request):
    """The visitor's address, from the same header as the form rate limits
    (settings.RATELIMIT_IP_META_KEY). IPv6 counts per /64 network, as one
    connection usually owns a whole /64."""
    value = request.META.get(settings.RATELIMIT_IP_META_KEY) or request.META.get("REMOTE_ADDR")
    value = (value or "").strip()
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return value or None
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def username_from(request, credentials):
    """The e-mail address of a login attempt, lower-cased: the login ignores
    case, so "Name@Example.org" must count for the same account."""
    if credentials:
        username = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    else:
        username = getattr(request, "POST", {}).get(settings.AXES_USERNAME_FORM_FIELD)
    if not username:
        return None
    return str(username).strip().lower()


class LockoutHandler(AxesDatabaseHandler):
    """axes' database handler with a separate, higher limit per address.

    axes compares one number with AXES_FAILURE_LIMIT; the failures of the
    address are scaled down to that limit, so the address locks at
    LOGIN_FAILURE_LIMIT_PER_ADDRESS and an account at AXES_FAILURE_LIMIT.
    """

    def get_failures(self, request, credentials=None):
        limit = get_failure_limit(request, credentials)
        address_limit = max(settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS, 1)
        parameters = get_lockout_parameters(request, credentials)
        worst = 0
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            count = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == "ip_address":
                count = count * limit // address_limit
            worst = max(worst, count)
        return worst


def locked_until(request, credentials=None):
    """When the lockout of this attempt ends at the latest."""
    username = get_client_username(request, credentials)
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(request)
    matching = Q(ip_address=address)
    if username:
        matching |= Q(username=username)
    latest = AccessAttempt.objects.filter(matching).aggregate(latest=Max("attempt_time"))["latest"]
    return (latest or timezone.now()) + get_cool_off(request)


def lift_lockout(email):
    """Forget the failed logins of an account, e.g. after a password reset,
    which proves access to the mailbox. Also lifts the slowdown of its 2FA
    codes: whoever guessed them no longer knows the password."""
    from django.contrib.auth import get_user_model
    from django_otp import devices_for_user

    email = (email or "").strip().lower()
    if not email:
        return
    axes_reset(username=email)
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None:
        for device in devices_for_user(user, confirmed=None):
            if hasattr(device, "throttle_reset"):
                device.throttle_reset()
