"""Forms of the account pages and of the invitation admin."""

import logging

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.models import Organisation
from intranet.accounts import invitations
from intranet.models import Invitation

logger = logging.getLogger(__name__)


def password_help_text():
    """One sentence instead of the validators' HTML list; the minimum length
    comes from AUTH_PASSWORD_VALIDATORS."""
    min_length = max(
        (
            getattr(validator, "min_length", 0)
            for validator in password_validation.get_default_password_validators()
        ),
        default=0,
    )
    return _(
        "At least %(min_length)s characters. A sentence or several words are easy to "
        "remember; avoid your name and words that are easy to guess."
    ) % {"min_length": min_length}


def _password_fields():
    """New password twice, as Django's SetPasswordForm labels them."""
    return (
        forms.CharField(
            label=_("New password"),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
            help_text=password_help_text(),
        ),
        forms.CharField(
            label=_("Repeat the new password"),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        ),
    )


class AcceptInvitationForm(forms.Form):
    """Name and password of an invited person."""

    email = forms.EmailField(
        label=_("E-mail address"),
        disabled=True,
        help_text=_("You log in with this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "username"}),
    )
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        kwargs.setdefault(
            "initial",
            {
                "email": invitation.email,
                "first_name": invitation.first_name,
                "last_name": invitation.last_name,
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["new_password1"], self.fields["new_password2"] = _password_fields()
        self.fields["email"].initial = invitation.email

    def clean(self):
        cleaned_data = super().clean()
        password1 = cleaned_data.get("new_password1")
        password2 = cleaned_data.get("new_password2")
        if password1 and password2 and password1 != password2:
            self.add_error("new_password2", _("The two passwords do not match."))
        elif password2:
            # The validators compare the password with the person's own
            # name and address, so they get an unsaved user with them.
            user = get_user_model()(
                email=self.invitation.email,
                first_name=cleaned_data.get("first_name", ""),
                last_name=cleaned_data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password2, user)
            except forms.ValidationError as error:
                self.add_error("new_password1", error)
        return cleaned_data


class AccountSetPasswordForm(SetPasswordForm):
    """Django's form for a new password, with a help text in one paragraph
    instead of the validators' HTML list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].help_text = password_help_text()


class AccountPasswordChangeForm(PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].help_text = password_help_text()


class AccountPasswordResetForm(PasswordResetForm):
    """Django's reset form; mails only active, not deleted accounts, in the
    visitor's language, as text and HTML."""

    def get_users(self, email):
        return (
            user
            for user in super().get_users(email)
            if user.is_active and getattr(user, "deleted_at", None) is None
        )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = gettext("Reset your password for #sicherimDienst")
        body = render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name:
            message.attach_alternative(
                render_to_string(html_email_template_name, context), "text/html"
            )
        try:
            message.send()
        except Exception:
            # The page says the same whether a mail went out or not.
            logger.exception("Could not send a password reset e-mail")


class EmailChangeForm(forms.Form):
    """A new address, confirmed with the current password."""

    new_email = forms.EmailField(
        label=_("New e-mail address"),
        max_length=254,
        help_text=_("We send a link to this address; the change applies once you open it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_new_email(self):
        email = invitations.normalise_email(self.cleaned_data["new_email"])
        if email == self.user.email.lower():
            raise forms.ValidationError(_("This is your current address."))
        if get_user_model().objects.filter(email__iexact=email).exclude(pk=self.user.pk).exists():
            raise forms.ValidationError(
                _("This address belongs to another account. Please choose a different one.")
            )
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class InvitationAdminForm(forms.ModelForm):
    """The coordination office's form: who is invited, and for what."""

    class Meta:
        model = Invitation
        fields = ["email", "first_name", "last_name", "organisation", "role", "language"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            is_active=True
        ).order_by("name")
        self.fields["language"].help_text = _("The language of the e-mail and the first pages.")

    def clean_email(self):
        email = invitations.normalise_email(self.cleaned_data["email"])
        try:
            invitations.check_address(email)
        except invitations.InvitationError as error:
            raise forms.ValidationError(str(error)) from None
        return email
