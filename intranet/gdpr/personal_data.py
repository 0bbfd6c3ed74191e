"""The parts of a person's data that exist since issue 5: the account, the
profile, uploads, join requests, invitations and the login protection's
records. See registry.py for how a feature adds its own part."""

from pathlib import Path

from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from intranet.gdpr.registry import register

PHOTO_FOLDER = "photo"


def field_values(instance, exclude=()):
    """Every field of `instance` by name, as a person reads it: choices as
    their label, relations by name, files by file name."""
    data = {}
    opts = instance._meta
    for field in [*opts.concrete_fields, *opts.many_to_many]:
        if field.primary_key or field.name in exclude:
            continue
        if field.many_to_many:
            data[field.name] = [str(obj) for obj in getattr(instance, field.name).all()]
        elif field.is_relation:
            related = getattr(instance, field.name)
            data[field.name] = None if related is None else str(related)
        elif field.choices:
            data[field.name] = getattr(instance, f"get_{field.name}_display")()
        elif isinstance(field, models.FileField):
            value = getattr(instance, field.name)
            data[field.name] = Path(value.name).name if value else None
        else:
            data[field.name] = field.value_from_object(instance)
    return data


def delete_file_on_commit(field_file):
    """Files are not part of the transaction: remove one only once the row
    that named it is gone for good."""
    if not field_file:
        return
    storage, name = field_file.storage, field_file.name
    transaction.on_commit(lambda: storage.delete(name))


# --- Account ------------------------------------------------------------------


def otp_devices(user):
    from django_otp import devices_for_user

    return list(devices_for_user(user, confirmed=None))


def admin_profile(user):
    from wagtail.users.models import UserProfile

    return UserProfile.objects.filter(user=user).first()


def export_account(user):
    devices = otp_devices(user)
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        # Whether 2FA is set up, and with what; never a key or a code.
        "two_factor_authentication": {
            "set_up": any(device.confirmed for device in devices),
            "devices": [
                {
                    "type": str(device._meta.verbose_name),
                    "name": device.name,
                    "confirmed": device.confirmed,
                }
                for device in devices
            ],
        },
    }
    preferences = admin_profile(user)
    if preferences is not None:
        data["admin_preferences"] = field_values(preferences, exclude=("user", "dismissibles"))
    return data


def erase_account(user):
    """Second factors and admin preferences go; the account row itself is
    anonymised last, by erasure.erase_member."""
    for device in otp_devices(user):
        device.delete()
    preferences = admin_profile(user)
    if preferences is not None:
        delete_file_on_commit(preferences.avatar)
        preferences.delete()


register(
    "account",
    _("Account"),
    export=export_account,
    erase=erase_account,
    description=_(
        "Your e-mail address and name, when you joined and last logged in, your "
        "groups, and whether two-factor authentication is set up (never its "
        "secret keys). Deletion removes your name and address and locks the "
        "account for good."
    ),
)


# --- Profile ------------------------------------------------------------------


def profile_of(user):
    from intranet.models import Profile

    return (
        Profile.objects.filter(user=user)
        .select_related("organisation")
        .prefetch_related("target_groups", "topics")
        .first()
    )


def photo_name(profile):
    return f"{PHOTO_FOLDER}/{Path(profile.photo.name).name}"


def export_profile(user):
    profile = profile_of(user)
    if profile is None:
        return None
    data = field_values(profile, exclude=("user",))
    data["photo"] = photo_name(profile) if profile.photo else None
    return data


def profile_files(user):
    profile = profile_of(user)
    if profile is not None and profile.photo:
        yield photo_name(profile), profile.photo


def erase_profile(user):
    """Deleting the row also removes it from the search index (Wagtail's
    post_delete handler for indexed models)."""
    profile = profile_of(user)
    if profile is None:
        return
    delete_file_on_commit(profile.photo)
    profile.delete()


register(
    "profile",
    _("Profile in the member network"),
    export=export_profile,
    erase=erase_profile,
    files=profile_files,
    description=_(
        "Your entry in the member network: organisation, role, position, target "
        "groups and topics, expertise, phone number, photo, and who may see "
        "them. Deletion removes the profile and the photo: you no longer appear "
        "in the directory or in the search."
    ),
)


# --- Uploads --------------------------------------------------------------------


def uploads_of(user):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return {
        "documents": get_document_model().objects.filter(uploaded_by_user=user),
        "images": get_image_model().objects.filter(uploaded_by_user=user),
    }


def export_uploads(user):
    return {
        kind: [
            {
                "title": upload.title,
                "file_name": Path(upload.file.name).name,
                "uploaded_at": upload.created_at,
            }
            for upload in queryset.order_by("created_at", "pk")
        ]
        for kind, queryset in uploads_of(user).items()
    }


def erase_uploads(user):
    """Others may use the files: they stay, without the uploader. Saved one
    by one, so the search index drops the uploader as well."""
    for queryset in uploads_of(user).values():
        for upload in queryset:
            upload.uploaded_by_user = None
            upload.save(update_fields=["uploaded_by_user"])


register(
    "uploads",
    _("Uploaded documents and images"),
    export=export_uploads,
    erase=erase_uploads,
    description=_(
        "Documents and images you uploaded: title, file name and date. Deletion "
        "keeps the files, which other members may use, but removes your name "
        "from them."
    ),
)


# --- Join requests ---------------------------------------------------------------

JOIN_REQUEST_CONTACT_FIELDS = ("first_name", "last_name", "role", "email", "phone", "message")


def join_requests_of(user):
    from pages.models import JoinRequest

    return JoinRequest.objects.filter(email__iexact=user.email).order_by("created_at", "pk")


def export_join_requests(user):
    # Who reviewed the request is the coordination office's data, not theirs.
    return [
        field_values(join_request, exclude=("reviewed_by",))
        for join_request in join_requests_of(user).select_related("organisation")
    ]


def erase_join_requests(user):
    """The organisation's details stay on record; the contact person's go."""
    join_requests_of(user).update(**dict.fromkeys(JOIN_REQUEST_CONTACT_FIELDS, ""))


register(
    "join_requests",
    _("Join requests"),
    export=export_join_requests,
    erase=erase_join_requests,
    description=_(
        "Requests to join the network that you sent as contact person with the "
        "join form. Deletion removes your name and contact details from them; "
        "the organisation's details stay."
    ),
)


# --- Invitations -----------------------------------------------------------------


def invitations_of(user):
    from intranet.models import Invitation

    return Invitation.objects.filter(Q(email__iexact=user.email) | Q(accepted_by=user))


def export_invitations(user):
    # The token is a secret, and who sent the invitation is someone else's data.
    return [
        field_values(invitation, exclude=("token_hash", "created_by", "accepted_by"))
        for invitation in invitations_of(user).select_related("organisation", "join_request")
    ]


def erase_invitations(user):
    invitations_of(user).delete()


register(
    "invitations",
    _("Invitations"),
    export=export_invitations,
    erase=erase_invitations,
    description=_("Invitations to the members' area sent to your address. Deletion removes them."),
)


# --- Login protection -------------------------------------------------------------


def login_records_of(user):
    """django-axes' records for the address: failed attempts (while they
    count towards a lock-out) and logins. There is no other login history."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return {
        "failed_attempts": AccessAttempt.objects.filter(username__iexact=user.email),
        "failed_attempts_log": AccessFailureLog.objects.filter(username__iexact=user.email),
        "logins": AccessLog.objects.filter(username__iexact=user.email),
    }


LOGIN_RECORD_FIELDS = {
    "failed_attempts": ("attempt_time", "failures_since_start"),
    "failed_attempts_log": ("attempt_time", "locked_out"),
    "logins": ("attempt_time", "logout_time"),
}


def export_login_records(user):
    return {
        kind: [
            {
                **{name: getattr(record, name) for name in LOGIN_RECORD_FIELDS[kind]},
                "ip_address": record.ip_address,
                "user_agent": record.user_agent,
                "path": record.path_info,
            }
            for record in queryset.order_by("attempt_time", "pk")
        ]
        for kind, queryset in login_records_of(user).items()
    }


def erase_login_records(user):
    for queryset in login_records_of(user).values():
        queryset.delete()


register(
    "login_records",
    _("Logins and failed login attempts"),
    export=export_login_records,
    erase=erase_login_records,
    description=_(
        "Records of logins and failed login attempts with your address (time, "
        "IP address, browser), kept to protect accounts against password "
        "guessing. Deletion removes them."
    ),
)
