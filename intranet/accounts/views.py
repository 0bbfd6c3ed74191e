"""Account pages outside the members' area: accepting an invitation, password
reset and change, e-mail change and the account overview.

Pages reached by a link with a secret (invitation, reset, e-mail change)
check the secret in the URL itself and keep it out of the session, so a
plain GET sets no cookie beyond Django's CSRF token; they send no Referer
and are never cached.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_ratelimit.core import is_ratelimited

from intranet.access import is_member
from intranet.accounts import email_change as email_change_logic
from intranet.accounts import invitations, notices
from intranet.accounts.forms import (
    AcceptInvitationForm,
    AccountPasswordChangeForm,
    AccountPasswordResetForm,
    AccountSetPasswordForm,
    EmailChangeForm,
)
from intranet.models import IntranetHomePage
from intranet.security.lockout import lift_lockout

# Posts per hour (django-ratelimit syntax). A reset mail per address is
# limited harder than the form per connection.
RESET_RATE_PER_CONNECTION = "10/h"
RESET_RATE_PER_EMAIL = "5/h"
# Forms that check the current password of a logged-in user.
ACCOUNT_FORM_RATE_PER_USER = "5/h"


def _trail(*steps):
    """Breadcrumbs below "Home": (title, url or None for the current page)."""
    return {"breadcrumb_trail": list(steps)}


def _account_step():
    return (_("My account"), reverse("account"))


def no_referrer(view):
    """A page whose URL holds a secret sends no Referer to any link."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        return response

    return wrapper


def intranet_home_url():
    """The intranet home of the current language, else the account page."""
    home = (
        IntranetHomePage.objects.live().filter(locale__language_code=get_language()).first()
        or IntranetHomePage.objects.live().first()
    )
    return home.url if home is not None and home.url else reverse("account")


# --- Invitation ---------------------------------------------------------------


def _invitation_problem(request, reason, status):
    return TemplateResponse(
        request,
        "accounts/invitation_invalid.html",
        {"reason": reason, **_trail((_("Invitation"), None))},
        status=status,
    )


@no_referrer
@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def invitation_accept(request, token):
    """The invited person sets name and password and is logged in."""
    invitation = invitations.find(token)
    if invitation is None:
        return _invitation_problem(request, "unknown", 404)
    if invitation.accepted_at:
        if request.user.is_authenticated and request.user.pk == invitation.accepted_by_id:
            # The form was sent twice; the first submit did the work.
            return HttpResponseRedirect(intranet_home_url())
        return _invitation_problem(request, "used", 410)
    if invitations.status(invitation) == invitations.InvitationStatus.EXPIRED:
        return _invitation_problem(request, "expired", 410)
    if invitations.active_account(invitation.email):
        return _invitation_problem(request, "account_exists", 409)

    if request.method == "POST":
        form = AcceptInvitationForm(request.POST, invitation=invitation)
        if form.is_valid():
            try:
                user = invitations.accept(
                    invitation,
                    first_name=form.cleaned_data["first_name"],
                    last_name=form.cleaned_data["last_name"],
                    password=form.cleaned_data["new_password1"],
                )
            except invitations.InvitationError:
                # Another submit of the same form was faster.
                invitation.refresh_from_db()
                return _invitation_problem(request, "used", 410)
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request,
                _("Welcome to the members' area, %(name)s! Your account is ready.")
                % {"name": user.get_full_name() or user.email},
            )
            return HttpResponseRedirect(intranet_home_url())
    else:
        form = AcceptInvitationForm(invitation=invitation)
    context = {
        "form": form,
        "invitation": invitation,
        **_trail((_("Invitation"), None)),
    }
    return TemplateResponse(request, "accounts/invitation_accept.html", context)


# --- Password reset ---------------------------------------------------------------


def _reset_email_key(group, request):
    return "email:" + invitations.normalise_email(request.POST.get("email", ""))[:254]


class PasswordResetView(auth_views.PasswordResetView):
    """Asks for the address; the answer is the same whether an account has
    it or not. Limited per connection and per address (429)."""

    form_class = AccountPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "email/accounts/password_reset.txt"
    html_email_template_name = "email/accounts/password_reset.html"
    success_url = reverse_lazy("password_reset_done")
    extra_context = _trail((_("Log in"), reverse_lazy("login")), (_("Forgotten password"), None))

    def post(self, request, *args, **kwargs):
        limited_address = is_ratelimited(
            request,
            group="accounts.password_reset",
            key="ip",
            rate=RESET_RATE_PER_CONNECTION,
            method="POST",
            increment=True,
        )
        limited_email = is_ratelimited(
            request,
            group="accounts.password_reset_email",
            key=_reset_email_key,
            rate=RESET_RATE_PER_EMAIL,
            method="POST",
            increment=True,
        )
        if limited_address or limited_email:
            form = self.form_class(initial={"email": request.POST.get("email", "")[:254]})
            context = self.get_context_data(form=form, rate_limited=True)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"
    extra_context = _trail((_("Log in"), reverse_lazy("login")), (_("Forgotten password"), None))


@method_decorator(no_referrer, name="dispatch")
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Checks the token in the link itself, so that opening the link does
    not start a session (Django's view moves it into the session)."""

    form_class = AccountSetPasswordForm
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")
    extra_context = _trail((_("Log in"), reverse_lazy("login")), (_("New password"), None))

    @method_decorator(sensitive_post_parameters())
    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        self.validlink = False
        self.user = self.get_user(kwargs["uidb64"])
        token = kwargs["token"]
        if (
            self.user is not None
            and self.user.is_active
            and getattr(self.user, "deleted_at", None) is None
            and token != self.reset_url_token
            and default_token_generator.check_token(self.user, token)
        ):
            self.validlink = True
            # FormView's dispatch, not Django's session-based one.
            return super(auth_views.PasswordResetConfirmView, self).dispatch(
                request, *args, **kwargs
            )
        return self.render_to_response(self.get_context_data(), status=410)

    def form_valid(self, form):
        user = form.save()
        # A reset proves access to the mailbox: failed logins no longer count.
        lift_lockout(user.email)
        notices.send_password_changed(user, self.request)
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
    extra_context = _trail((_("Log in"), reverse_lazy("login")), (_("New password"), None))


# --- Password change ---------------------------------------------------------------


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view (keeps this session, ends the others) plus a notice
    by e-mail."""

    form_class = AccountPasswordChangeForm
    template_name = "accounts/password_change_form.html"
    success_url = reverse_lazy("password_change_done")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(_trail(_account_step(), (_("Change password"), None)))
        return context

    def post(self, request, *args, **kwargs):
        # The current password must not be guessable through this form by
        # whoever finds a session open.
        if is_ratelimited(
            request,
            group="accounts.password_change",
            key="user",
            rate=ACCOUNT_FORM_RATE_PER_USER,
            method="POST",
            increment=True,
        ):
            context = self.get_context_data(form=self.get_form_class()(request.user))
            context["rate_limited"] = True
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        notices.send_password_changed(form.user, self.request)
        return response


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(_trail(_account_step(), (_("Change password"), None)))
        return context


# --- E-mail change ----------------------------------------------------------------


@login_required
@sensitive_post_parameters("password")
def email_change(request):
    """New address and current password; the change waits for the link sent
    to the new address."""
    user = request.user
    status = 200
    rate_limited = False
    if request.method == "POST":
        rate_limited = is_ratelimited(
            request,
            group="accounts.email_change",
            key="user",
            rate=ACCOUNT_FORM_RATE_PER_USER,
            method="POST",
            increment=True,
        )
        if rate_limited:
            form = EmailChangeForm(
                user=user, initial={"new_email": request.POST.get("new_email", "")[:254]}
            )
            status = 429
        else:
            form = EmailChangeForm(request.POST, user=user)
            if form.is_valid():
                email_change_logic.request_change(user, form.cleaned_data["new_email"], request)
                messages.success(
                    request,
                    _(
                        "We have sent a link to %(email)s. Your address changes once you open "
                        "it (within three days). Until then, keep logging in with %(old)s."
                    )
                    % {"email": form.cleaned_data["new_email"], "old": user.email},
                )
                return redirect("account")
    else:
        form = EmailChangeForm(user=user)
    context = {
        "form": form,
        "rate_limited": rate_limited,
        **_trail(_account_step(), (_("Change e-mail address"), None)),
    }
    return TemplateResponse(request, "accounts/email_change_form.html", context, status=status)


@no_referrer
@never_cache
def email_change_confirm(request, token):
    """Opening the link shows a button; only the POST changes the address,
    so a mail scanner that follows links changes nothing."""
    trail = _trail((_("Change e-mail address"), None))
    try:
        change = email_change_logic.read_token(token)
    except email_change_logic.EmailChangeError as error:
        context = {"error": error, **trail}
        return TemplateResponse(request, "accounts/email_change_invalid.html", context, status=410)

    if request.method == "POST":
        try:
            user = email_change_logic.apply(change)
        except email_change_logic.EmailChangeError as error:
            context = {"error": error, **trail}
            return TemplateResponse(
                request, "accounts/email_change_invalid.html", context, status=410
            )
        messages.success(
            request,
            _("Your e-mail address is now %(email)s. Please log in with it from now on.")
            % {"email": user.email},
        )
        if request.user.is_authenticated and request.user.pk == user.pk:
            return redirect("account")
        return redirect(settings.LOGIN_URL)
    context = {"new_email": change.new_email, **trail}
    return TemplateResponse(request, "accounts/email_change_confirm.html", context)


# --- Overview ---------------------------------------------------------------------


@login_required
def account(request):
    """ "My account": who I am and where to change it."""
    user = request.user
    profile = getattr(user, "profile", None)
    context = {
        "account_user": user,
        "profile": profile,
        "organisation": profile.organisation if profile else None,
        "is_member": is_member(user),
        **_trail((_("My account"), None)),
    }
    return TemplateResponse(request, "accounts/account.html", context)
