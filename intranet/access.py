"""Who may enter the members' area: the one place that decides it.

Deny by default: every intranet view is wrapped in `member_required`, and
the permission table in tests/intranet/test_permission_table.py fails for a
routed URL nobody has classified.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def is_member(user):
    """Members of the network (the group "Mitglieder") and superusers."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_network_member", None)
    if cached is None:
        cached = user.groups.filter(name=settings.MEMBERS_GROUP_NAME).exists()
        user._is_network_member = cached
    return cached


def is_coordinator(user):
    """The coordination office: may see every field of every profile."""
    return bool(user and user.is_authenticated and user.has_perm("intranet.change_profile"))


def member_required(view):
    """Anonymous visitors go to the login page; logged-in non-members get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.member_required = True
    return wrapper
