"""E-mails about an account: password changed, e-mail change link and notice.

They go out in the language of the page the person used; a failing mail
server is logged and does not undo the change.
"""

import logging

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def send(subject, template, context, recipient, language=None):
    """Render `template`.txt (and .html if given as a pair) and send it."""
    language = language or translation.get_language()
    text_template, html_template = template if isinstance(template, tuple) else (template, None)
    with translation.override(language):
        context = {"sent_at": timezone.localtime(), **context}
        subject = str(subject)
        text = render_to_string(text_template, context)
        html = render_to_string(html_template, context) if html_template else None
    message = EmailMultiAlternatives(subject, text, to=[recipient])
    if html:
        message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:
        logger.exception("Could not send %s", text_template)
        return False
    return True


def _reset_url(request):
    return request.build_absolute_uri(reverse("password_reset"))


def send_password_changed(user, request):
    return send(
        _("Your #sicherimDienst password has been changed"),
        "email/accounts/password_changed.txt",
        {"user": user, "reset_url": _reset_url(request)},
        user.email,
    )


def send_email_change_link(user, new_email, link):
    return send(
        _("Please confirm your new e-mail address for #sicherimDienst"),
        ("email/accounts/email_change_confirm.txt", "email/accounts/email_change_confirm.html"),
        {"user": user, "new_email": new_email, "link": link},
        new_email,
    )


def send_email_change_notice(user, new_email, request):
    return send(
        _("A change of your e-mail address for #sicherimDienst was requested"),
        "email/accounts/email_change_notice.txt",
        {"user": user, "new_email": new_email, "reset_url": _reset_url(request)},
        user.email,
    )
