"""The page types that show as their own type in search results and facets.

Pages of every other type show as "Page". A later page type adds one line.
"""

from django.utils.translation import gettext_lazy as _

from intranet.models import IntranetHomePage, IntranetPage
from pages.models import GuidancePage, PressReleasePage
from search.registry import register_page_type

register_page_type(PressReleasePage, "press_release", _("Press release"))
register_page_type(GuidancePage, "guidance", _("Recommendation"))
register_page_type(IntranetPage, "members_area", _("Members' area"))
register_page_type(IntranetHomePage, "members_area", _("Members' area"))
