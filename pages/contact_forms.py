"""The fixed forms of the contact page and of the accessibility statement.

Both are plain Django forms with the shared spam protection; the pages in
pages/models/forms.py store what they send as Wagtail form submissions.
Django adds aria-invalid and aria-describedby (``<id>_helptext``,
``<id>_error``) itself; templates/pages/forms/field.html uses those ids.
"""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm

from pages.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD, SpamProtectionMixin

# Fields that only serve the spam protection; never stored or e-mailed.
SPAM_FIELDS = (HONEYPOT_FIELD, TIMESTAMP_FIELD)


class NetworkForm(SpamProtectionMixin, BaseForm):
    """Common behaviour: `page` and `user` keyword arguments (Wagtail's form
    pages pass them), the privacy link, the data to store.

    Usage: subclass, declare the fields and `autocomplete` tokens
    (html.spec.whatwg.org, "autofill").
    """

    autocomplete = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        privacy_page = getattr(self.page, "privacy_page", None)
        if privacy_page is not None and "privacy_consent" in self.fields:
            privacy_page = privacy_page.localized
            self.fields["privacy_consent"].help_text = format_html(
                '{} <a href="{}">{}</a>',
                _("How we handle your details:"),
                privacy_page.url,
                privacy_page.title,
            )

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def start_time(self):
        return self[TIMESTAMP_FIELD]

    @property
    def visible_fields_in_order(self):
        return [field for field in self if field.name not in SPAM_FIELDS]

    def submission_data(self):
        """The cleaned data to store and e-mail, without the spam fields."""
        return {
            name: value for name, value in self.cleaned_data.items() if name not in SPAM_FIELDS
        }


class ContactForm(NetworkForm):
    """The contact form: who writes, about what, and the consent to store it."""

    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        error_messages={"required": _("Enter your name.")},
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We only use it to answer you."),
        error_messages={
            "required": _("Enter your e-mail address, so that we can answer you."),
            "invalid": _("Enter an e-mail address in the format name@example.org."),
        },
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        help_text=_("For example the authority or institution you work for."),
    )
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        error_messages={"required": _("Enter a subject.")},
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Enter your message."),
            "max_length": _("Shorten your message to at most %(limit_value)d characters."),
        },
    )
    privacy_consent = forms.BooleanField(
        label=_("I agree that my details are stored and used to answer my message."),
        error_messages={
            "required": _("Agree to the processing of your details, or we cannot answer you.")
        },
    )

    autocomplete = {"name": "name", "email": "email", "organisation": "organization"}


class BarrierReportForm(NetworkForm):
    """Feedback on the accessibility statement: where a barrier is and what it
    is; an e-mail address only if the person wants an answer."""

    page_url = forms.CharField(
        label=_("Page with the barrier"),
        max_length=500,
        help_text=_("The address (URL) or the title of the page."),
        error_messages={"required": _("Enter the address or the title of the page.")},
    )
    description = forms.CharField(
        label=_("Description of the barrier"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What did you try to do, and what did not work?"),
        error_messages={
            "required": _("Describe the barrier."),
            "max_length": _("Shorten your description to at most %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("E-mail address for a reply (optional)"),
        required=False,
        help_text=_("Leave it empty if you do not need a reply."),
        error_messages={
            "invalid": _("Enter an e-mail address in the format name@example.org."),
        },
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I agree that my e-mail address is stored and used to answer me "
            "(only needed if you give an e-mail address)."
        ),
        required=False,
    )

    autocomplete = {"email": "email", "page_url": "off"}

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("email") and not cleaned_data.get("privacy_consent"):
            self.add_error(
                "privacy_consent",
                forms.ValidationError(
                    _("Agree to the storage of your e-mail address, or leave it empty."),
                    code="required",
                ),
            )
        return cleaned_data
