"""Forms of the public site: the join request ("Beitrittserklärung")."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cms.models import Organisation
from pages.models import JoinRequest
from pages.spam import SpamProtectionMixin


class JoinForm(SpamProtectionMixin, forms.ModelForm):
    """The join request of an organisation; stored as a JoinRequest.

    Django adds aria-invalid and aria-describedby (``<id>_helptext``,
    ``<id>_error``) itself; templates/components/form_field.html uses those ids.
    """

    privacy_consent = forms.BooleanField(
        label=_("I agree that my details are processed to handle this join request."),
        required=True,
        error_messages={
            "required": _(
                "Please agree to the processing of your details, or we cannot handle the request."
            )
        },
    )

    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("For example https://www.example-town.de"),
    )

    # Autocomplete tokens: html.spec.whatwg.org, "autofill".
    autocomplete = {
        "organisation_name": "organization",
        "city": "address-level2",
        "website": "url",
        "street": "address-line1",
        "postal_code": "postal-code",
        "first_name": "given-name",
        "last_name": "family-name",
        "role": "organization-title",
        "email": "email",
        "phone": "tel",
    }

    class Meta:
        model = JoinRequest
        fields = [
            "organisation_name",
            "kind",
            "region",
            "city",
            "website",
            "street",
            "postal_code",
            "first_name",
            "last_name",
            "role",
            "email",
            "phone",
            "listed_publicly",
            "privacy_consent",
            "message",
        ]
        labels = {"listed_publicly": _("Our organisation may appear in the public member list.")}
        help_texts = {
            "region": _("The Regierungsbezirk your organisation belongs to."),
            "phone": _("For questions about the request."),
            "listed_publicly": _(
                "The list shows name, type, region, town and website; never the contact person."
            ),
            "message": _("Anything the coordination office should know."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, privacy_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        if privacy_url:
            self.fields["privacy_consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_url, _("Read the privacy statement")
            )
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields["website"].widget.attrs["inputmode"] = "url"
        self.fields["postal_code"].widget.attrs["inputmode"] = "numeric"
        for name in ("kind", "region"):
            # Required choice fields start with an empty, invalid choice.
            self.fields[name].choices = [("", _("Please choose")), *self.fields[name].choices[1:]]
        # Honeypot: not filled in by browsers, not reachable with the keyboard.
        self.fields["reference"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_organisation_name(self):
        # Decision: only a name that is already on the public list is an error
        # here; naming unlisted members or open requests would reveal them.
        # Those duplicates reach the coordination office, which sees a warning
        # and cannot approve a second organisation with the same name.
        name = " ".join(self.cleaned_data["organisation_name"].split())
        if Organisation.objects.listed().filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _("%(name)s is already a member of the network."),
                code="duplicate",
                params={"name": name},
            )
        return name
