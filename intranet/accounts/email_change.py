"""Changing the e-mail address (the login) with a confirmation link.

The link carries a signed token (django.core.signing) with the user's id,
the old and the new address; nothing is stored. It is valid for three days
and only while the account still has the old address, so it works once.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from intranet.accounts import notices

SALT = "intranet.accounts.email_change"
MAX_AGE_SECONDS = 3 * 24 * 60 * 60


class EmailChangeError(Exception):
    """The link cannot be used; the message says why and what to do."""


@dataclass
class Change:
    user_id: int
    old_email: str
    new_email: str


def make_token(user, new_email):
    return signing.dumps({"u": user.pk, "o": user.email, "n": new_email}, salt=SALT, compress=True)


def read_token(token):
    """The Change in `token`; EmailChangeError if forged, expired or used."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.SignatureExpired:
        raise EmailChangeError(
            _("This link has expired. Please request the change again on your account page.")
        ) from None
    except signing.BadSignature:
        raise EmailChangeError(
            _("This link is not valid. Please copy the whole link from the e-mail.")
        ) from None
    change = Change(user_id=data["u"], old_email=data["o"], new_email=data["n"])
    user = _user(change)
    if user is None or user.email.lower() != change.old_email.lower():
        raise EmailChangeError(_("This link has been used already, or the account has changed."))
    return change


def _user(change):
    return get_user_model().objects.filter(pk=change.user_id, is_active=True).first()


def request_change(user, new_email, request):
    """Send the confirmation link to `new_email` and a notice to the current
    address."""
    path = reverse("email_change_confirm", args=[make_token(user, new_email)])
    notices.send_email_change_link(user, new_email, request.build_absolute_uri(path))
    notices.send_email_change_notice(user, new_email, request)


def apply(change):
    """Give the account its new address; returns the user."""
    user_model = get_user_model()
    with transaction.atomic():
        user = user_model.objects.select_for_update().filter(pk=change.user_id).first()
        if user is None or not user.is_active or user.email.lower() != change.old_email.lower():
            raise EmailChangeError(
                _("This link has been used already, or the account has changed.")
            )
        taken = (
            user_model.objects.filter(email__iexact=change.new_email).exclude(pk=user.pk).exists()
        )
        if taken:
            raise EmailChangeError(
                _(
                    "The address %(email)s belongs to another account by now, so it cannot "
                    "be used. Please choose a different one on your account page."
                )
                % {"email": change.new_email}
            )
        user.email = change.new_email
        user.save(update_fields=["email"])
    return user
