"""Spam protection for public forms without a third-party service.

Usage::

    class ContactForm(SpamProtectionMixin, forms.Form):
        ...

and in the template, inside the ``<form>``::

    {% include "components/spam_protection.html" with form=form only %}

The mixin adds two fields:

- a honeypot: a text field that people never see (hidden with CSS and from
  assistive technology); bots that fill every field give themselves away;
- a signed start time: the form must be sent no sooner than
  ``spam_min_seconds`` and no later than ``spam_max_age`` after it was shown.
  The value is signed with django.core.signing, so a bot cannot forge it,
  and nothing is stored on the server or in a cookie.

Rejections are non-field errors, so the error summary shows them.
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "reference"
TIMESTAMP_FIELD = "form_started"
SIGNING_SALT = "pages.spam.form_started"


def sign_start_time(now=None):
    """A signed token holding the time the form was shown."""
    return signing.dumps(now if now is not None else time.time(), salt=SIGNING_SALT)


class SpamProtectionMixin(forms.Form):
    spam_min_seconds = 3
    spam_max_age = 24 * 60 * 60

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"), required=False
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=sign_start_time
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("Your entries could not be sent. Please try again."), code="spam"
            )
        try:
            started = float(signing.loads(self.data.get(TIMESTAMP_FIELD, ""), salt=SIGNING_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            self._renew_start_time()
            raise forms.ValidationError(
                _("Your entries could not be sent. Please try again."), code="spam"
            ) from None
        # The signature proves the start time is ours, so its age is the
        # time the form was open.
        age = time.time() - started
        if age > self.spam_max_age:
            self._renew_start_time()
            raise forms.ValidationError(
                _("The form was open for too long. Please check your entries and send it again."),
                code="expired",
            )
        if age < self.spam_min_seconds:
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check your entries and send it again."),
                code="too_fast",
            )
        return cleaned_data

    def _renew_start_time(self):
        # The form is shown again with a fresh token, so the person can send
        # it after correcting; a valid token is kept, so reloading does not
        # restart the minimum time.
        self.data = self.data.copy()
        self.data[TIMESTAMP_FIELD] = sign_start_time()
