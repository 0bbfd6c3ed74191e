"""The intranet home (dashboard): welcome, own organisation, new colleagues
in the region, and boxes that other parts of the intranet add.

Usage, in an app's ``AppConfig.ready()``::

    from intranet.network.dashboard import register_dashboard_slot

    register_dashboard_slot(
        "events", "intranet/events/dashboard_box.html", upcoming_events, order=30
    )

`context_function(request)` returns the box's context (a dict), or None to
leave the box out for this member; the template gets it as `slot` and the
slot's name as `slot_name`, besides the page's own context (`request`,
`user`). Boxes appear in `order`. templates/intranet/network/dashboard_box.html
renders the usual box (heading, a list of links, a "more" link) from
`{"heading", "items": [{"title", "url", "meta"}], "empty_text", "link_url",
"link_text"}`.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from intranet.models import Profile
from intranet.network import directory

NEW_MEMBER_DAYS = 90
NEW_MEMBER_LIMIT = 5


@dataclass(frozen=True)
class DashboardSlot:
    name: str
    template: str
    context_function: object
    order: int = 100


_slots = {}


def register_dashboard_slot(name, template, context_function, order=100):
    """Add a box to the dashboard; re-registering a name replaces it."""
    _slots[name] = DashboardSlot(name, template, context_function, order)


def unregister_dashboard_slot(name):
    _slots.pop(name, None)


def registered_slots():
    return sorted(_slots.values(), key=lambda slot: (slot.order, slot.name))


def rendered_slots(request):
    """[{name, template, context}] of the boxes this member gets, in order."""
    boxes = []
    for slot in registered_slots():
        context = slot.context_function(request)
        if context is not None:
            boxes.append({"name": slot.name, "template": slot.template, "context": context})
    return boxes


def dashboard_context(request):
    """Context of IntranetHomePage for the member looking at it."""
    user = request.user
    if not user.is_authenticated:
        return {"dashboard_slots": []}
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    organisation = profile.organisation if profile else None
    new_people = []
    if organisation is not None:
        since = timezone.now() - datetime.timedelta(days=NEW_MEMBER_DAYS)
        new_people = directory.new_people_in_region(
            organisation.region, user, since, NEW_MEMBER_LIMIT
        )
    return {
        "member_profile": profile,
        "member_organisation": organisation,
        "new_people_in_region": new_people,
        "new_member_days": NEW_MEMBER_DAYS,
        "dashboard_slots": rendered_slots(request),
    }
