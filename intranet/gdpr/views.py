"""The "My data" pages: what is stored, download it, delete the account.

Open to every logged-in account, member or not: the right of access and
erasure does not depend on membership. No view takes an id: each works on
the logged-in user only.
"""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from intranet.gdpr.erasure import can_erase, erase_member
from intranet.gdpr.export import export_filename, export_zip
from intranet.gdpr.forms import DeleteAccountForm
from intranet.gdpr.registry import parts

# Wrong passwords on the deletion form: someone holding a stolen session
# must not be able to guess the password there.
FAILED_CONFIRMATION_RATE = "5/h"


def trail(*steps):
    return [(_("My data"), reverse("data") if steps else None), *steps]


@never_cache
@login_required
def overview(request):
    context = {
        "parts": parts(),
        "can_delete": can_erase(request.user),
        "breadcrumb_trail": trail(),
    }
    return render(request, "accounts/data/overview.html", context)


@never_cache
@login_required
def export(request):
    """POST only: a GET link on another site could make the browser fetch
    the file without the person asking for it (a copy of their data in the
    downloads folder of a shared office computer), and GET responses end up
    in proxies, prefetches and history. The CSRF token proves the request
    comes from the button on the overview page."""
    if request.method != "POST":
        return redirect("data")
    response = HttpResponse(export_zip(request.user), content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=export_filename()
    )
    return response


def rate_limited(request, increment=False):
    return is_ratelimited(
        request,
        group="intranet.gdpr.delete",
        key="user",
        rate=FAILED_CONFIRMATION_RATE,
        method="POST",
        increment=increment,
    )


@never_cache
@login_required
def delete(request):
    user = request.user
    context = {"breadcrumb_trail": trail((_("Delete my account"), None))}
    if not can_erase(user):
        status = 403 if request.method == "POST" else 200
        return render(
            request, "accounts/data/delete.html", {**context, "refused": True}, status=status
        )
    form = DeleteAccountForm(user)
    if request.method == "POST":
        if rate_limited(request):
            # The posted password is not even checked.
            context["too_many_attempts"] = True
        else:
            form = DeleteAccountForm(user, request.POST)
            if form.is_valid():
                erase_member(user, language=get_language())
                logout(request)
                return render(request, "accounts/data/deleted.html", {"breadcrumb_trail": []})
            if "password" in form.errors:
                rate_limited(request, increment=True)
    context["form"] = form
    return render(request, "accounts/data/delete.html", context)
