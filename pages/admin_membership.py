"""Admin review of join requests by the coordination office.

Who may review: users with the permission ``pages.review_joinrequest`` (the
group "Koordinierungsstelle", see pages/seeds/membership.py). It lets them
list and inspect requests and approve or reject them. Nobody adds or edits a
request in the admin: it is the record of what the organisation sent.
Deleting needs ``pages.delete_joinrequest`` (administrators).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from pages import membership
from pages.models import JoinRequest

REVIEW_PERMISSION = "pages.review_joinrequest"


class JoinRequestPermissionPolicy(ModelPermissionPolicy):
    """Viewing means reviewing; adding and editing are not offered."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def _get_permission_codename(self, action):
        if action in ("view", "review"):
            return "review_joinrequest"
        return super()._get_permission_codename(action)


register_permission_policy(JoinRequest, JoinRequestPermissionPolicy(JoinRequest))


def can_review(user):
    return user.is_active and user.has_perm(REVIEW_PERMISSION)


class JoinRequestInspectView(InspectView):
    template_name = "pages/admin/join_request_inspect.html"

    @cached_property
    def header_buttons(self):
        if not (self.object.is_open and can_review(self.request.user)):
            return []
        return [
            HeaderButton(
                _("Approve"),
                url=reverse(f"{membership.ADMIN_URL_NAMESPACE}:approve", args=[self.object.pk]),
                icon_name="check",
                priority=10,
            ),
            HeaderButton(
                _("Reject"),
                url=reverse(f"{membership.ADMIN_URL_NAMESPACE}:reject", args=[self.object.pk]),
                icon_name="cross",
                priority=20,
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["duplicates"] = membership.possible_duplicates(self.object)
        context["can_review"] = self.object.is_open and can_review(self.request.user)
        context["approve_url"] = reverse(
            f"{membership.ADMIN_URL_NAMESPACE}:approve", args=[self.object.pk]
        )
        context["reject_url"] = reverse(
            f"{membership.ADMIN_URL_NAMESPACE}:reject", args=[self.object.pk]
        )
        return context


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the rejection"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Sent to the contact person by e-mail, in the language of the request."),
    )


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Base of the approve and reject views: confirmation on GET, action on
    POST, 403 for users without the review permission."""

    header_icon = "mail"

    def dispatch(self, request, pk):
        self.object = get_object_or_404(JoinRequest, pk=pk)
        if not can_review(request.user):
            # Returned, not raised: Wagtail's admin turns PermissionDenied
            # into a redirect to the dashboard.
            return TemplateResponse(
                request, "pages/admin/join_request_forbidden.html", {}, status=403
            )
        if not self.object.is_open:
            messages.warning(request, _("This request has been reviewed already."))
            return redirect(self.inspect_url)
        return super().dispatch(request, pk)

    @property
    def inspect_url(self):
        return reverse(f"{membership.ADMIN_URL_NAMESPACE}:inspect", args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{membership.ADMIN_URL_NAMESPACE}:index"),
                "label": JoinRequest._meta.verbose_name_plural.capitalize(),
            },
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["inspect_url"] = self.inspect_url
        context["duplicates"] = membership.possible_duplicates(self.object)
        return context


class ApproveView(ReviewView):
    page_title = _("Approve join request")
    template_name = "pages/admin/join_request_approve.html"

    def post(self, request, pk):
        try:
            organisation = membership.approve(self.object, request.user)
        except membership.ReviewError as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url)
        messages.success(
            request,
            _("%(name)s is now a member organisation.") % {"name": organisation.name},
        )
        return redirect(self.inspect_url)


class RejectView(ReviewView):
    page_title = _("Reject join request")
    template_name = "pages/admin/join_request_reject.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", RejectForm())
        return context

    def post(self, request, pk):
        form = RejectForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            membership.reject(self.object, request.user, form.cleaned_data["reason"])
        except membership.ReviewError as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url)
        messages.success(
            request,
            _("The request of %(name)s has been rejected; the contact person was informed.")
            % {"name": self.object.organisation_name},
        )
        return redirect(self.inspect_url)


class JoinRequestViewSet(ModelViewSet):
    model = JoinRequest
    name = membership.ADMIN_URL_NAMESPACE
    icon = "mail"
    menu_label = _("Join requests")
    menu_order = 261
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = JoinRequestInspectView
    inspect_view_fields_exclude = ["id"]
    list_display = ["organisation_name", "kind", "region", "city", "created_at", "status"]
    list_filter = ["status", "region", "kind"]
    search_fields = ["organisation_name", "city", "last_name", "email"]
    # Nobody edits a request; the form fields only satisfy the view set.
    form_fields = ["rejection_reason"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", ApproveView.as_view(), name="approve"),
            path("reject/<int:pk>/", RejectView.as_view(), name="reject"),
        ]


@hooks.register("register_admin_viewset")
def register_join_request_viewset():
    return JoinRequestViewSet()
