"""Public page types and snippets, re-exported for `pages.models.X` imports."""

from pages.models.content import GuidanceIndexPage, GuidancePage, StandardPage
from pages.models.forms import AccessibilityStatementPage, ContactPage
from pages.models.home import HomePage
from pages.models.membership import JoinPage, JoinRequest, JoinRequestStatus, MemberListPage
from pages.models.newsroom import NewsroomPage, PressReleasePage, PressReleaseQuerySet
from pages.models.snippets import PressContact, PressReleaseTag, TargetGroup, Topic

__all__ = [
    "AccessibilityStatementPage",
    "ContactPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "HomePage",
    "JoinPage",
    "JoinRequest",
    "JoinRequestStatus",
    "MemberListPage",
    "NewsroomPage",
    "PressContact",
    "PressReleasePage",
    "PressReleaseQuerySet",
    "PressReleaseTag",
    "StandardPage",
    "TargetGroup",
    "Topic",
]
