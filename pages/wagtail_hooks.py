"""Admin registrations of the public site. Feature modules register their own
hooks in their package; they are imported here so Wagtail loads them."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages import admin_membership as _membership_hooks  # noqa: F401
from pages.importer import wagtail_hooks as _importer_hooks  # noqa: F401
from pages.models import PressContact, TargetGroup, Topic


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    list_display = ["name", "role", "email"]
    search_fields = ["name"]


class PublicSiteViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Public site")
    menu_icon = "globe"
    menu_order = 250
    items = (TargetGroupViewSet, TopicViewSet, PressContactViewSet)


register_snippet(PublicSiteViewSetGroup)
