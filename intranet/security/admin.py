"""Wagtail admin registrations of intranet.security.

"Turn off two-factor authentication" in the user list, for administrators
(superusers): the way back in for someone who lost the phone and the
recovery codes. The person logs in with the password alone afterwards; the
admin asks them to set 2FA up again if they have admin access.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import MenuItem

from intranet.security import twofactor


class TurnOffView(WagtailAdminTemplateMixin, TemplateView):
    """Confirmation on GET; on POST the person's devices are deleted."""

    page_title = _("Turn off two-factor authentication")
    template_name = "accounts/security/admin_turn_off.html"
    header_icon = "key"

    def dispatch(self, request, user_id):
        if not request.user.is_superuser:
            # Returned, not raised: Wagtail would turn PermissionDenied into
            # a redirect to the dashboard.
            return TemplateResponse(
                request, "accounts/security/admin_forbidden.html", {}, status=403
            )
        self.object = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request, user_id)

    @property
    def index_url(self):
        return reverse("wagtailusers_users:index")

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "object": self.object,
            "has_2fa": twofactor.has_2fa(self.object),
            "index_url": self.index_url,
        }

    def post(self, request, user_id):
        twofactor.turn_off(self.object)
        messages.success(
            request,
            _("Two-factor authentication of %(user)s is off.") % {"user": self.object},
        )
        return redirect(self.index_url)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "security/two-factor/<int:user_id>/turn-off/",
            TurnOffView.as_view(),
            name="security_admin_turn_off",
        )
    ]


@hooks.register("register_user_listing_buttons")
def turn_off_button(user, request_user):
    if not request_user.is_superuser:
        return []
    return [
        MenuItem(
            _("Turn off two-factor authentication"),
            reverse("security_admin_turn_off", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
    ]
