"""People in the Wagtail admin, for the coordination office.

The group "Koordinierungsstelle" may add, view and change profiles
(pages/workflow.py); everybody else with admin access gets no menu item.
Photos are not edited here: members upload their own, and the private
storage has no public address the admin could link to.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.models import Profile
from pages.models import TargetGroup, Topic


class ProfileAdminForm(WagtailAdminModelForm):
    """Offers target groups and topics once, in the default language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        for name, model in (("target_groups", TargetGroup), ("topics", Topic)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale=default)


class ProfileViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = _("People")
    menu_name = "people"
    menu_order = 265
    add_to_admin_menu = True
    list_display = ["__str__", "organisation", "role", "job_title", "updated_at"]
    list_filter = ["role", "organisation__region", "organisation__kind"]
    # Plain database lookups: the list needs no search index.
    search_backend_name = None
    search_fields = [
        "user__first_name",
        "user__last_name",
        "user__email",
        "organisation__name",
        "job_title",
        "expertise",
    ]
    ordering = ["user__last_name", "user__first_name"]

    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            MultiFieldPanel(
                [FieldPanel("organisation"), FieldPanel("role"), FieldPanel("job_title")],
                heading=_("Organisation and role"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("expertise"),
                ],
                heading=_("Expertise"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("phone"),
                    FieldPanel("phone_visibility"),
                    FieldPanel("email_visibility"),
                    FieldPanel("photo_visibility"),
                ],
                heading=_("Contact details and visibility"),
            ),
        ],
        base_form_class=ProfileAdminForm,
    )

    def get_queryset(self, request):
        return Profile.objects.select_related("user", "organisation")


register_snippet(ProfileViewSet)
