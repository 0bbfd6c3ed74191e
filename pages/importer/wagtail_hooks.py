"""Admin URL, menu item and newsroom button of the press release import.

Loaded through `pages/wagtail_hooks.py`, which imports this module.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from pages.importer.errors import NoNewsroom
from pages.importer.views import import_permissions, import_view
from pages.models import NewsroomPage

ICON = "doc-full-inverse"


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("press-releases/import/", import_view, name="press_release_import")]


def may_import(user):
    try:
        import_permissions(user)
    except (NoNewsroom, PermissionDenied):
        return False
    return True


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import press releases"), reverse("press_release_import"), icon_name=ICON, order=210
    )


@hooks.register("register_page_header_buttons")
def newsroom_import_button(page, user, view_name=None, next_url=None):
    """ "Import press releases" in the actions of the newsroom that receives them."""
    if (
        page.specific_class is NewsroomPage
        and page.locale_id == Locale.get_default().pk
        and may_import(user)
    ):
        yield Button(
            _("Import press releases"),
            reverse("press_release_import"),
            icon_name=ICON,
            priority=40,
        )
