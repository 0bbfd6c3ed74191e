"""Admin registrations of what the public site and the intranet share."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import Organisation, SiteSettings


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Member organisations")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "kind", "region", "city", "listed_publicly", "is_active"]
    list_filter = ["kind", "region", "listed_publicly", "is_active"]
    # The organisation is in the site search index too; the admin list
    # searches the database directly (as the People list does).
    search_backend_name = None
    search_fields = ["name", "city"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("region"),
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")],
            heading=_("Address"),
        ),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("joined_on"),
        FieldPanel("listed_publicly"),
        FieldPanel("is_active"),
    ]


register_snippet(OrganisationViewSet)


# --- Navigation and footer (SiteSettings) ---------------------------------


class SiteSettingsViewSet(SnippetViewSet):
    model = SiteSettings
    icon = "list-ul"
    menu_label = _("Footer and contact")
    add_to_settings_menu = True
    list_display = ["__str__", "contact_email"]


register_snippet(SiteSettingsViewSet)
