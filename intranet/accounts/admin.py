"""Invitations in the Wagtail admin, for the coordination office.

The list shows every invitation with its status (open, accepted, expired);
"Add" invites a person (intranet.accounts.invitations.invite), "Resend"
mails a new link with a new expiry, "Delete" revokes an invitation. Nobody
edits one: the link in the e-mail belongs to what was sent.

Permissions: ``intranet.add_invitation`` (invite and resend),
``view_invitation`` and ``delete_invitation``; the group
"Koordinierungsstelle" has them (pages/workflow.py). Everyone else with
admin access gets 403.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.log_actions import log
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from intranet.accounts import invitations
from intranet.accounts.forms import InvitationAdminForm
from intranet.models import Invitation

URL_NAMESPACE = "invitations"


class InvitationPermissionPolicy(ModelPermissionPolicy):
    """An invitation is sent or revoked, never edited."""

    def user_has_permission(self, user, action):
        if action == "change":
            return False
        return super().user_has_permission(user, action)


permission_policy = InvitationPermissionPolicy(Invitation)
register_permission_policy(Invitation, permission_policy)


def forbidden(request):
    # Returned, not raised: Wagtail's admin turns PermissionDenied into a
    # redirect to the dashboard, which hides the refusal from tests and
    # from the person.
    return TemplateResponse(request, "accounts/admin/forbidden.html", {}, status=403)


class ForbiddenMixin:
    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request)


class InvitationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=invitations.InvitationStatus.choices,
        method="filter_status",
    )

    class Meta:
        model = Invitation
        fields = ["organisation", "role", "language"]

    def filter_status(self, queryset, name, value):
        return invitations.with_status(queryset, value)


class IndexView(ForbiddenMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organisation", "created_by")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.accepted_at and permission_policy.user_has_permission(
            self.request.user, "add"
        ):
            buttons.append(
                MenuItem(
                    _("Send again"),
                    url=reverse(f"{URL_NAMESPACE}:resend", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class CreateView(ForbiddenMixin, generic.CreateView):
    page_title = _("Invite a person")
    submit_button_label = _("Send invitation")
    submit_button_active_label = _("Sending…")

    def save_instance(self):
        data = self.form.cleaned_data
        invitation = invitations.invite(
            data["email"],
            organisation=data["organisation"],
            role=data["role"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            language=data["language"],
            created_by=self.request.user,
            request=self.request,
        )
        log(invitation, "wagtail.create", user=self.request.user)
        return invitation

    def get_success_message(self, instance):
        return _("The invitation has been sent to %(email)s.") % {"email": instance.email}

    def get_success_buttons(self):
        return []


class EditView(ForbiddenMixin, generic.EditView):
    """Always 403 (see InvitationPermissionPolicy); the view set needs one."""


class DeleteView(ForbiddenMixin, generic.DeleteView):
    pass


class ResendView(WagtailAdminTemplateMixin, TemplateView):
    """Confirmation on GET; on POST a new link with a new expiry."""

    page_title = _("Send the invitation again")
    template_name = "accounts/admin/invitation_resend.html"
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.object = get_object_or_404(Invitation, pk=pk)
        if not permission_policy.user_has_permission(request.user, "add"):
            return forbidden(request)
        if self.object.accepted_at:
            messages.warning(request, _("This invitation has been accepted already."))
            return redirect(self.index_url)
        return super().dispatch(request, pk)

    @property
    def index_url(self):
        return reverse(f"{URL_NAMESPACE}:index")

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": Invitation._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["index_url"] = self.index_url
        context["status"] = invitations.status(self.object)
        return context

    def post(self, request, pk):
        try:
            invitations.resend(self.object, request=request)
        except invitations.InvitationError as error:
            messages.error(request, str(error))
            return redirect(self.index_url)
        messages.success(
            request,
            _("A new invitation link has been sent to %(email)s; the old one no longer works.")
            % {"email": self.object.email},
        )
        return redirect(self.index_url)


class InvitationViewSet(ModelViewSet):
    model = Invitation
    name = URL_NAMESPACE
    icon = "user"
    menu_label = _("Invitations")
    menu_order = 262
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    list_display = [
        "email",
        Column("name", label=_("Name"), accessor=lambda i: f"{i.first_name} {i.last_name}"),
        "organisation",
        "role",
        Column("status", label=_("Status"), accessor=lambda i: invitations.status(i).label),
        "created_at",
        "expires_at",
        "created_by",
    ]
    filterset_class = InvitationFilterSet
    search_fields = ["email", "first_name", "last_name"]

    def get_form_class(self, for_update=False):
        return InvitationAdminForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", ResendView.as_view(), name="resend"),
        ]


@hooks.register("register_admin_viewset")
def register_invitation_viewset():
    return InvitationViewSet()
