"""Forms of the login, the second step and the 2FA settings."""

from django import forms
from django.contrib.auth import authenticate
from django.contrib.auth.forms import AuthenticationForm
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from intranet.security import twofactor


def _code_field():
    return forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )


def _throttled_error(locked_until):
    return forms.ValidationError(
        _("Too many wrong codes. Please wait until %(time)s and try again."),
        code="throttled",
        params={"time": formats.time_format(timezone.localtime(locked_until), "H:i:s")},
    )


class LoginForm(AuthenticationForm):
    """E-mail address and password. The field keeps Django's name
    "username", which django-axes and Wagtail's login use as well."""

    username = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        # The same answer for an unknown address, a wrong password and a
        # deactivated account: the form does not tell who has an account.
        "invalid_login": _(
            "The e-mail address or the password is not correct. Please check both; "
            "after several wrong attempts, logging in is paused for a while."
        ),
    }


class VerifyForm(forms.Form):
    """The second step: a code from the app or a recovery code."""

    code = _code_field()

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None
        self.fields["code"].help_text = _(
            "The six-digit code your authenticator app shows now, or one of your recovery codes."
        )

    def clean_code(self):
        code = self.cleaned_data["code"]
        device, locked_until = twofactor.verify_code(self.user, code)
        if device is None:
            if locked_until is not None:
                raise _throttled_error(locked_until)
            raise forms.ValidationError(
                _("This code is not correct or has expired. Please enter the current code."),
                code="invalid",
            )
        self.device = device
        return code


class SetupForm(forms.Form):
    """Confirms a new app: its first code proves the secret arrived."""

    code = _code_field()

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device
        self.fields["code"].help_text = _("The six-digit code your app shows after scanning.")
        attrs = self.fields["code"].widget.attrs
        attrs["inputmode"] = "numeric"
        # The instructions above the field come first for screen readers.
        attrs.pop("autofocus", None)

    def clean_code(self):
        code = twofactor.normalise_code(self.cleaned_data["code"])
        allowed, details = self.device.verify_is_allowed()
        if not allowed and (details or {}).get("locked_until"):
            raise _throttled_error(details["locked_until"])
        if not (twofactor.is_app_code(code) and self.device.verify_token(code)):
            raise forms.ValidationError(
                _(
                    "This code is not correct. Please check that the app shows the entry "
                    "“sicherimDienst” and enter its current code."
                ),
                code="invalid",
            )
        return code


class PasswordConfirmForm(forms.Form):
    """The current password, before 2FA is turned off. Checked through
    authenticate(), so wrong passwords count towards the login lockout."""

    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        checked = authenticate(self.request, username=user.email, password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(_("The password is not correct."), code="invalid")
        return password
