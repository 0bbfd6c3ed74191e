"""The members' area's answer to events of the public site."""

import logging

from django.dispatch import receiver

from intranet.accounts.invitations import InvitationError, invite
from intranet.models import MemberRole
from pages.signals import join_request_approved

logger = logging.getLogger(__name__)


@receiver(join_request_approved)
def invite_contact_person(sender, join_request, organisation, reviewer, **kwargs):
    """An approved join request invites its contact person; the mail leaves
    after the approval's transaction commits."""
    try:
        invite(
            join_request.email,
            organisation=organisation,
            role=MemberRole.CONTACT_PERSON,
            first_name=join_request.first_name,
            last_name=join_request.last_name,
            language=join_request.language,
            created_by=reviewer,
            join_request=join_request,
        )
    except InvitationError:
        # The contact person has an account already (for another
        # organisation); the office links it in the admin.
        logger.warning("Join request %s: contact person has an account", join_request.pk)
