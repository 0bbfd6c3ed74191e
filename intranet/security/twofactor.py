"""Two-factor authentication with django-otp: an authenticator app (TOTP)
and ten single-use recovery codes per account.

Usage::

    device = pending_totp_device(user)  # set-up: QR code and secret
    if device.verify_token(code):
        recovery_codes = confirm_totp_device(device)
    device, locked_until = verify_code(user, code)  # at login
"""

import re
from base64 import b32encode

import segno
from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
# Session key: whether the logged-in account has 2FA on (set at login).
SESSION_2FA_KEY = "security_2fa"
# Stored names, German like the rest of the office's data; the pages name
# the devices in the visitor's language.
TOTP_DEVICE_NAME = "Authenticator-App"
RECOVERY_DEVICE_NAME = "Wiederherstellungscodes"


def has_2fa(user):
    """Whether the account has 2FA on: a confirmed device of any kind."""
    return user_has_device(user, confirmed=True)


def confirmed_totp_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def pending_totp_device(user):
    """The unconfirmed device of a set-up in progress, made on first use.

    Its secret is shown until a code confirms it; a new set-up reuses it, so
    reloading the page does not invalidate the QR code already scanned.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


@transaction.atomic
def confirm_totp_device(device):
    """Turn 2FA on with `device` (whose code was checked); returns the new
    recovery codes, to be shown once."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.name = TOTP_DEVICE_NAME
    device.save()
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user):
    """Replace the recovery codes of `user` with new ones; returns them.

    django-otp stores them as they are (StaticToken): each is used once and
    then deleted.
    """
    device = recovery_device(user)
    if device is None:
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    device.token_set.all().delete()
    codes = []
    while len(codes) < RECOVERY_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def turn_off(user):
    """Delete every device of `user`: app and recovery codes."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def normalise_code(code):
    """What the user typed, as the devices store it: no spaces or hyphens,
    lower case (recovery codes are shown in two groups of four)."""
    return re.sub(r"[\s-]+", "", code or "").lower()


def is_app_code(code):
    return re.fullmatch(r"\d{6}", code) is not None


def verify_code(user, code):
    """Check a code from the app (six digits) or a recovery code.

    Returns (device, None) on success, else (None, locked_until), where
    `locked_until` is set when the devices refuse codes for now after
    too many wrong ones (django-otp's throttling).
    """
    code = normalise_code(code)
    kind = TOTPDevice if is_app_code(code) else StaticDevice
    locked_until = None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if not isinstance(device, kind):
                continue
            allowed, details = device.verify_is_allowed()
            if not allowed:
                until = (details or {}).get("locked_until")
                if until is not None:
                    locked_until = max(locked_until or until, until)
                continue
            if device.verify_token(code):
                return device, None
    return None, locked_until


def grouped(text, size=4):
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def totp_secret(device):
    """The secret for entering by hand, in groups of four (base32)."""
    return grouped(b32encode(device.bin_key).decode("ascii").rstrip("="))


def recovery_code_display(code):
    return grouped(code)


def qr_code_svg(device):
    """The otpauth URI as a QR code in inline SVG (no external resource)."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(
        scale=5, border=4, dark="#000", light="#fff", svgclass="totp-qr", omitsize=True
    )
