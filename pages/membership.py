"""Membership on the public side: the member list, join requests and their
review by the coordination office."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from cms.models import Organisation, OrganisationKind, Region
from pages.models import JoinRequest, JoinRequestStatus
from pages.signals import join_request_approved
from pages.spam import HONEYPOT_FIELD, TIMESTAMP_FIELD

logger = logging.getLogger(__name__)

# The admin view set of join requests (pages/admin_membership.py).
ADMIN_URL_NAMESPACE = "join_requests"

# A schematic map of NRW's five Regierungsbezirke in a 400 x 360 box:
# simplified polygons with shared edges, arranged like the real map. Not to
# scale; it is a way into the list, not a geographic reference.
MAP_SHAPES = {
    Region.MUENSTER: {
        "points": "95,60 140,20 230,15 265,40 270,120 245,160 180,165 120,150 90,120",
        "label": (180, 90),
    },
    Region.DETMOLD: {
        "points": "265,40 330,25 385,70 380,150 340,190 290,185 245,160 270,120",
        "label": (320, 105),
    },
    Region.DUESSELDORF: {
        "points": "20,95 95,60 90,120 120,150 180,165 175,215 130,240 70,250 30,220 15,160",
        "label": (95, 180),
    },
    Region.ARNSBERG: {
        "points": "245,160 290,185 340,190 330,260 280,300 220,310 190,275 175,215 180,165",
        "label": (260, 235),
    },
    Region.KOELN: {
        "points": "30,220 70,250 130,240 175,215 190,275 220,310 170,340 110,352 60,330 35,280",
        "label": (120, 295),
    },
}

SEARCH_MAX_LENGTH = 100


class ReviewError(Exception):
    """A join request cannot be approved or rejected; the message says why."""


# --- Member list ----------------------------------------------------------


def listed_counts():
    """Listed organisations per (region, kind), in one query."""
    rows = Organisation.objects.listed().values("region", "kind").annotate(n=Count("pk"))
    return {(row["region"], row["kind"]): row["n"] for row in rows}


def search_listed(region="", kind="", text=""):
    """Listed organisations matching the filter, by name."""
    organisations = Organisation.objects.listed()
    if region:
        organisations = organisations.filter(region=region)
    if kind:
        organisations = organisations.filter(kind=kind)
    if text:
        organisations = organisations.filter(Q(name__icontains=text) | Q(city__icontains=text))
    return organisations.order_by("name")


def _choice(value, choices):
    return value if value in choices.values else ""


def member_list_context(request, page_url):
    """Template context of the member list: the filtered list grouped by
    region and type, and the counts for the map and the table. Two queries,
    whatever the number of organisations."""
    region = _choice(request.GET.get("region", ""), Region)
    kind = _choice(request.GET.get("kind", ""), OrganisationKind)
    text = " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]
    organisations = list(search_listed(region, kind, text))
    counts = listed_counts()

    groups = []
    for region_value, region_label in Region.choices:
        in_region = [o for o in organisations if o.region == region_value]
        if not in_region:
            continue
        kinds = []
        for kind_value, kind_label in OrganisationKind.choices:
            of_kind = [o for o in in_region if o.kind == kind_value]
            if of_kind:
                kinds.append({"code": kind_value, "label": kind_label, "organisations": of_kind})
        groups.append(
            {"code": region_value, "label": region_label, "count": len(in_region), "kinds": kinds}
        )

    region_totals = {
        value: sum(n for (r, _k), n in counts.items() if r == value) for value in Region.values
    }
    kind_totals = {
        value: sum(n for (_r, k), n in counts.items() if k == value)
        for value in OrganisationKind.values
    }
    table_kinds = [
        (value, label) for value, label in OrganisationKind.choices if kind_totals[value]
    ]
    table = {
        "kinds": [label for _value, label in table_kinds],
        "rows": [
            {
                "label": label,
                "cells": [counts.get((value, kind_value), 0) for kind_value, _l in table_kinds],
                "total": region_totals[value],
            }
            for value, label in Region.choices
        ],
        "totals": [kind_totals[value] for value, _label in table_kinds],
        "total": sum(counts.values()),
    }
    map_regions = [
        {
            "code": value,
            "name": label,
            "count": region_totals[value],
            "url": f"{page_url}?{urlencode({'region': value})}#results",
            "current": value == region,
            "points": MAP_SHAPES[value]["points"],
            "label_x": MAP_SHAPES[value]["label"][0],
            "label_y": MAP_SHAPES[value]["label"][1],
        }
        for value, label in Region.choices
    ]
    return {
        "organisations": organisations,
        "groups": groups,
        "result_count": len(organisations),
        "total_listed": table["total"],
        "map_regions": map_regions,
        "table": table,
        "filter": {"region": region, "kind": kind, "q": text},
        "is_filtered": bool(region or kind or text),
        "region_choices": Region.choices,
        "kind_choices": OrganisationKind.choices,
    }


# --- Join requests --------------------------------------------------------


def is_rate_limited(request, rate):
    """Count this post against the sender's address; True once over `rate`."""
    return is_ratelimited(
        request, group="pages.join_request", key="ip", rate=rate, method="POST", increment=True
    )


def entries_to_keep(data):
    """The posted entries as initial data, without the spam protection."""
    return {
        name: value
        for name, value in data.items()
        if name not in (HONEYPOT_FIELD, TIMESTAMP_FIELD, "csrfmiddlewaretoken")
    }


def submit(form, language):
    """Store a valid join form and send the two e-mails; returns the request."""
    join_request = form.save(commit=False)
    join_request.language = language
    join_request.save()
    send_confirmation(join_request)
    notify_office(join_request)
    return join_request


def _send(subject, template, context, recipients, language, reply_to=()):
    with translation.override(language):
        subject = str(subject) % context
        body = render_to_string(template, context)
    try:
        EmailMessage(subject, body, to=recipients, reply_to=list(reply_to)).send()
    except Exception:
        # The request is stored; a failing mail server must not lose it or
        # show the person an error page. The office sees it in the admin.
        logger.exception("Could not send %s to %s", template, recipients)
        return False
    return True


def send_confirmation(join_request):
    return _send(
        _("Your request to join #sicherimDienst"),
        "email/join_confirmation.txt",
        {"join_request": join_request},
        [join_request.email],
        join_request.language,
        reply_to=office_addresses(),
    )


def office_addresses():
    """Where join requests are announced; replies to the contact person go there too."""
    return list(settings.JOIN_REQUEST_NOTIFY_EMAILS)


def notify_office(join_request):
    """Tell the coordination office; JOIN_REQUEST_NOTIFY_EMAILS empty: no mail."""
    recipients = office_addresses()
    if not recipients:
        return False
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        f"{ADMIN_URL_NAMESPACE}:inspect", args=[join_request.pk]
    )
    return _send(
        _("New join request: %(name)s"),
        "email/join_notification.txt",
        {"join_request": join_request, "admin_url": admin_url, "name": join_request},
        recipients,
        settings.LANGUAGE_CODE,
    )


def possible_duplicates(join_request):
    """Existing organisations and other open requests with the same name."""
    return {
        "organisations": list(
            Organisation.objects.filter(name__iexact=join_request.organisation_name)
        ),
        "requests": list(
            JoinRequest.objects.open()
            .with_name(join_request.organisation_name)
            .exclude(pk=join_request.pk)
        ),
    }


@transaction.atomic
def approve(join_request, reviewer):
    """Accept `join_request`: create its Organisation and mark it approved.

    Returns the organisation. Approving an approved request again returns
    the organisation of the first approval and creates nothing. The contact
    person is invited to the intranet; the mail leaves after the commit.
    """
    locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if locked.status == JoinRequestStatus.APPROVED:
        return locked.organisation
    if locked.status != JoinRequestStatus.NEW:
        raise ReviewError(_("This request has been rejected already."))
    if Organisation.objects.filter(name__iexact=locked.organisation_name).exists():
        raise ReviewError(
            _(
                "A member organisation named “%(name)s” exists already. Reject this "
                "request, or rename the existing organisation first."
            )
            % {"name": locked.organisation_name}
        )
    organisation = Organisation.objects.create(
        name=locked.organisation_name,
        kind=locked.kind,
        region=locked.region,
        city=locked.city,
        website=locked.website,
        joined_on=timezone.localdate(),
        listed_publicly=locked.listed_publicly,
        is_active=True,
    )
    locked.status = JoinRequestStatus.APPROVED
    locked.organisation = organisation
    locked.reviewed_by = reviewer
    locked.reviewed_at = timezone.now()
    locked.save(update_fields=["status", "organisation", "reviewed_by", "reviewed_at"])
    # The members' area invites the contact person (intranet/accounts/receivers.py);
    # public code does not import the intranet.
    join_request_approved.send(
        sender=JoinRequest, join_request=locked, organisation=organisation, reviewer=reviewer
    )
    join_request.refresh_from_db()
    return organisation


def reject(join_request, reviewer, reason):
    """Turn `join_request` down and e-mail the reason to the contact person."""
    reason = reason.strip()
    if not reason:
        raise ReviewError(_("Please give a reason."))
    with transaction.atomic():
        locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if not locked.is_open:
            raise ReviewError(_("This request has been reviewed already."))
        locked.status = JoinRequestStatus.REJECTED
        locked.rejection_reason = reason
        locked.reviewed_by = reviewer
        locked.reviewed_at = timezone.now()
        locked.save(update_fields=["status", "rejection_reason", "reviewed_by", "reviewed_at"])
    join_request.refresh_from_db()
    send_rejection(join_request)
    return join_request


def send_rejection(join_request):
    return _send(
        _("Your request to join #sicherimDienst"),
        "email/join_rejected.txt",
        {"join_request": join_request},
        [join_request.email],
        join_request.language,
        reply_to=office_addresses(),
    )
