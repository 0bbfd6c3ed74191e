"""Invitations to the members' area.

The coordination office invites a person in the admin, and approving a join
request invites its contact person (pages/membership.py). The person gets a
link with a random token; only its sha256 hash is stored, so the link in the
e-mail is the one copy of the secret. The link works once and expires after
settings.INVITATION_VALID_DAYS. Accepting creates (or reactivates) the
account, puts it in the members' group and gives it a profile.
"""

import datetime
import hashlib
import logging
import secrets
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import EmailMultiAlternatives
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from intranet.models import Invitation, MemberRole, Profile

logger = logging.getLogger(__name__)

TOKEN_BYTES = 32


class InvitationError(Exception):
    """An invitation cannot be sent or accepted; the message says why."""


class InvitationStatus(models.TextChoices):
    OPEN = "open", _("open")
    ACCEPTED = "accepted", _("accepted")
    EXPIRED = "expired", _("expired")


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def status(invitation, now=None):
    """Open, accepted or expired (a revoked invitation counts as expired)."""
    if invitation.accepted_at:
        return InvitationStatus.ACCEPTED
    if invitation.expires_at <= (now or timezone.now()):
        return InvitationStatus.EXPIRED
    return InvitationStatus.OPEN


def with_status(queryset, value, now=None):
    """Filter `queryset` by an InvitationStatus value."""
    now = now or timezone.now()
    if value == InvitationStatus.ACCEPTED:
        return queryset.filter(accepted_at__isnull=False)
    if value == InvitationStatus.EXPIRED:
        return queryset.filter(accepted_at__isnull=True, expires_at__lte=now)
    if value == InvitationStatus.OPEN:
        return queryset.filter(accepted_at__isnull=True, expires_at__gt=now)
    return queryset


def normalise_email(email):
    return (email or "").strip().lower()


def active_account(email):
    """The active account with this address, or None."""
    return (
        get_user_model()
        .objects.filter(email__iexact=normalise_email(email), is_active=True)
        .first()
    )


def check_address(email):
    """Raise InvitationError if `email` cannot be invited."""
    if active_account(email):
        raise InvitationError(
            _(
                "There is already an active account with the address %(email)s. The person "
                "can log in, or reset the password on the login page if it is forgotten."
            )
            % {"email": normalise_email(email)}
        )


def _language(language):
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _new_token():
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def _expiry(now):
    return now + datetime.timedelta(days=settings.INVITATION_VALID_DAYS)


def accept_url(token, language, request=None):
    """The absolute link of the accept page in `language`."""
    with translation.override(language):
        path = reverse("invitation_accept", args=[token])
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invite(
    email,
    *,
    organisation=None,
    role=MemberRole.CONTACT_PERSON,
    first_name="",
    last_name="",
    language="de",
    created_by=None,
    join_request=None,
    request=None,
):
    """Invite `email` to the members' area; returns the Invitation.

    Older open invitations to the same address stop working. The e-mail
    goes out when the surrounding transaction commits, so a rolled-back
    approval sends nothing. Raises InvitationError for an address that
    has an active account.
    """
    email = normalise_email(email)
    check_address(email)
    language = _language(language)
    token, token_hash = _new_token()
    with transaction.atomic():
        now = timezone.now()
        revoke_open(email, now=now)
        invitation = Invitation.objects.create(
            email=email,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            organisation=organisation,
            role=role,
            language=language,
            join_request=join_request,
            token_hash=token_hash,
            created_by=created_by,
            expires_at=_expiry(now),
        )
        link = accept_url(token, language, request)
        transaction.on_commit(partial(send_invitation, invitation, link))
    return invitation


def resend(invitation, request=None):
    """A new link with a new expiry for an invitation not yet accepted; the
    old link stops working."""
    if invitation.accepted_at:
        raise InvitationError(_("This invitation has been accepted already."))
    check_address(invitation.email)
    token, token_hash = _new_token()
    with transaction.atomic():
        now = timezone.now()
        revoke_open(invitation.email, now=now, exclude=invitation)
        invitation.token_hash = token_hash
        invitation.created_at = now
        invitation.expires_at = _expiry(now)
        invitation.save(update_fields=["token_hash", "created_at", "expires_at"])
        link = accept_url(token, invitation.language, request)
        transaction.on_commit(partial(send_invitation, invitation, link))
    return invitation


def revoke_open(email, now=None, exclude=None):
    """Let the open invitations to `email` expire now; returns their number."""
    now = now or timezone.now()
    invitations = Invitation.objects.filter(
        email__iexact=normalise_email(email), accepted_at__isnull=True, expires_at__gt=now
    )
    if exclude is not None:
        invitations = invitations.exclude(pk=exclude.pk)
    return invitations.update(expires_at=now)


def send_invitation(invitation, link):
    """The invitation e-mail in the invitation's language, as text and HTML."""
    from pages.membership import office_addresses

    context = {
        "invitation": invitation,
        "name": " ".join(filter(None, [invitation.first_name, invitation.last_name])),
        "organisation": invitation.organisation,
        "link": link,
        "expires_at": invitation.expires_at,
    }
    with translation.override(invitation.language):
        subject = str(_("Your invitation to the #sicherimDienst members' area"))
        text = render_to_string("email/accounts/invitation.txt", context)
        html = render_to_string("email/accounts/invitation.html", context)
    message = EmailMultiAlternatives(
        subject, text, to=[invitation.email], reply_to=office_addresses()
    )
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:
        # The invitation is stored; the office can send it again from the
        # admin, where its status stays "open".
        logger.exception("Could not send the invitation %s", invitation.pk)
        return False
    return True


# --- Accepting ----------------------------------------------------------------


def find(token):
    """The invitation of `token`, whatever its status, or None."""
    if not token or len(token) > 200:
        return None
    return (
        Invitation.objects.filter(token_hash=hash_token(token))
        .select_related("organisation")
        .first()
    )


def accept(invitation, *, first_name, last_name, password):
    """Create the account of `invitation` (or reactivate an inactive one with
    the same address) and mark the invitation as used; returns the user.

    Locks the invitation, so two submits of the form create one account:
    the second raises InvitationError.
    """
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at:
            raise InvitationError(_("This invitation has been used already."))
        if status(locked) == InvitationStatus.EXPIRED:
            raise InvitationError(_("This invitation has expired."))
        check_address(locked.email)
        user_model = get_user_model()
        user = user_model.objects.filter(email__iexact=locked.email).first()
        if user is None:
            user = user_model(email=locked.email)
        user.first_name = first_name.strip()
        user.last_name = last_name.strip()
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get_or_create(name=settings.MEMBERS_GROUP_NAME)[0])
        Profile.objects.update_or_create(
            user=user, defaults={"organisation": locked.organisation, "role": locked.role}
        )
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
    invitation.refresh_from_db()
    return user
