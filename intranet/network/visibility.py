"""Who sees which field of a profile: the one place that decides it.

Every member sees a person's name, organisation, role, position, target
groups, topics and expertise. E-mail address, phone number and photo each
have their own Visibility: all members, members of the same organisation,
or nobody but the person and the coordination office.
"""

from intranet.access import is_coordinator
from intranet.models import Profile, Visibility


def viewer_organisation_id(user):
    """The organisation of the member looking, cached on the user object."""
    if not hasattr(user, "_network_organisation_id"):
        user._network_organisation_id = (
            Profile.objects.filter(user=user).values_list("organisation_id", flat=True).first()
        )
    return user._network_organisation_id


def viewer_is_coordinator(user):
    if not hasattr(user, "_network_is_coordinator"):
        user._network_is_coordinator = is_coordinator(user)
    return user._network_is_coordinator


def may_see(user, profile, visibility):
    """Whether `user` (a member) may see a field of `profile` with `visibility`."""
    if user.pk == profile.user_id or viewer_is_coordinator(user):
        return True
    if visibility == Visibility.MEMBERS:
        return True
    if visibility == Visibility.ORGANISATION:
        own = viewer_organisation_id(user)
        return own is not None and own == profile.organisation_id
    return False


def visible_email(user, profile):
    return profile.user.email if may_see(user, profile, profile.email_visibility) else ""


def visible_phone(user, profile):
    if not profile.phone:
        return ""
    return profile.phone if may_see(user, profile, profile.phone_visibility) else ""


def photo_visible(user, profile):
    return bool(profile.photo) and may_see(user, profile, profile.photo_visibility)
