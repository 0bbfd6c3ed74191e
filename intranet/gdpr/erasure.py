"""Deleting a person's account and personal data (Art. 17 GDPR): used by the
self-service page and by `manage.py erase_member`."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from intranet.gdpr.registry import parts

logger = logging.getLogger(__name__)


class ErasureRefused(Exception):
    pass


def can_erase(user):
    """Superusers cannot delete themselves: the site must never lose its
    last administrator. Another administrator removes the rights first."""
    return not user.is_superuser


def placeholder_email(user):
    # .invalid is reserved (RFC 2606): nothing is ever delivered there.
    return f"deleted-{user.pk}@invalid.invalid"


def preferred_language(user):
    """The language of the invitation the person accepted, else the admin
    language they chose, else the site's default."""
    from wagtail.users.models import UserProfile

    from intranet.models import Invitation

    languages = {code for code, _name in settings.LANGUAGES}
    candidates = [
        Invitation.objects.filter(accepted_by=user).values_list("language", flat=True).first(),
        UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first(),
    ]
    for language in candidates:
        if language and language[:2] in languages:
            return language[:2]
    return settings.LANGUAGE_CODE


@transaction.atomic
def erase_member(user, language=None, by_office=False):
    """Run every registered erase function, then anonymise the account:
    the row stays (inactive, without name, address or password), so
    content that points to it is kept without an author.

    The e-mails go out once the transaction is committed: to the old
    address in `language`, and to the coordination office (name only)."""
    if not can_erase(user):
        raise ErasureRefused("Superusers cannot be deleted; remove their rights first.")
    if user.deleted_at is not None:
        raise ErasureRefused("The account has been deleted already.")
    language = language or preferred_language(user)
    context = {
        # Lazy: rendered in the language of each e-mail.
        "name": user.get_full_name() or _("a member without a name"),
        "email": user.email,
        "deleted_at": timezone.now(),
        "by_office": by_office,
    }
    for part in parts():
        if part.erase is not None:
            part.erase(user)
    anonymise(user)
    transaction.on_commit(lambda: send_confirmation(context, language))
    transaction.on_commit(lambda: notify_office(context))
    return user


def anonymise(user):
    user.email = placeholder_email(user)
    user.first_name = ""
    user.last_name = ""
    # A new password hash also ends every session (Django checks it on
    # each request), and an inactive user cannot log in at all.
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.last_login = None
    user.deleted_at = timezone.now()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()


def _send(subject, template, context, recipients, language, reply_to=()):
    with translation.override(language):
        subject = str(subject) % context
        body = render_to_string(template, context)
    try:
        EmailMessage(subject, body, to=recipients, reply_to=list(reply_to)).send()
    except Exception:
        # The deletion has happened; a failing mail server must not show an
        # error page instead of the goodbye page.
        logger.exception("Could not send %s", template)
        return False
    return True


def send_confirmation(context, language):
    return _send(
        _("Your account at #sicherimDienst has been deleted"),
        "email/gdpr/deletion_confirmation.txt",
        context,
        [context["email"]],
        language,
        reply_to=settings.JOIN_REQUEST_NOTIFY_EMAILS,
    )


def notify_office(context):
    """The office learns the name only (it may keep the person in lists
    outside the site); JOIN_REQUEST_NOTIFY_EMAILS empty: no mail."""
    recipients = list(settings.JOIN_REQUEST_NOTIFY_EMAILS)
    if not recipients:
        return False
    office_context = {k: context[k] for k in ("name", "deleted_at", "by_office")}
    return _send(
        _("Account deleted: %(name)s"),
        "email/gdpr/office_notification.txt",
        office_context,
        recipients,
        settings.LANGUAGE_CODE,
    )
