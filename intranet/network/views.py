"""Views of the member network. Every one is for members only."""

from django.contrib import messages
from django.http import FileResponse, Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from cms.models import Organisation
from cms.pagination import paginate
from intranet.access import member_required
from intranet.models import IntranetHomePage, Profile
from intranet.network import directory, photos, visibility
from intranet.network.forms import ProfileForm

PEOPLE_PER_PAGE = 20
ORGANISATIONS_PER_PAGE = 25


def trail(request, *steps):
    """Breadcrumb steps below the intranet home of the current language."""
    home = IntranetHomePage.objects.live().filter(locale=Locale.get_active()).first()
    start = [(home.title, home.get_url(request))] if home else [(_("Members' area"), None)]
    return start + list(steps)


def filter_state(choices, facets, filters):
    """The filter selects of a listing: options with counts, the chosen value."""
    return [
        {
            "name": name,
            "label": label,
            "value": filters.get(name, ""),
            "options": [
                (str(value), option_label, facets.get(name, {}).get(str(value), 0))
                for value, option_label in options
            ],
        }
        for name, label, options in choices
    ]


def query_string(query, filters):
    """The current search as a query string for the pagination links."""
    params = QueryDict(mutable=True)
    if query:
        params["q"] = query
    for name, value in filters.items():
        params[name] = value
    return params.urlencode()


@member_required
def people(request):
    query = request.GET.get("q", "").strip()[: directory.MAX_QUERY_LENGTH]
    choices = directory.people_filter_choices()
    filters = directory.clean_filters(request.GET, choices)
    matches = directory.filter_people(directory.listed_people(), filters, query)
    page_obj = paginate(request, directory.with_details(matches), PEOPLE_PER_PAGE)
    directory.localize(page_obj.object_list)
    context = {
        "query": query,
        "filters": filter_state(choices, directory.people_facets(filters, query), filters),
        "is_filtered": bool(query or filters),
        "page_obj": page_obj,
        "extra_query": query_string(query, filters),
        "breadcrumb_trail": trail(request, (_("Network"), None)),
    }
    return render(request, "intranet/network/people.html", context)


def get_person(pk):
    people = directory.with_details(directory.listed_people())
    return get_object_or_404(people, pk=pk)


@member_required
def person(request, pk):
    profile = get_person(pk)
    directory.localize([profile])
    user = request.user
    context = {
        "profile": profile,
        "email": visibility.visible_email(user, profile),
        "phone": visibility.visible_phone(user, profile),
        "show_photo": visibility.photo_visible(user, profile),
        "is_own": profile.user_id == user.pk,
        "breadcrumb_trail": trail(
            request,
            (_("Network"), reverse("network_people")),
            (profile.user.get_full_name() or gettext("Person"), None),
        ),
    }
    return render(request, "intranet/network/person.html", context)


@member_required
def person_photo(request, pk):
    profile = get_object_or_404(directory.listed_people().select_related("user"), pk=pk)
    if not visibility.photo_visible(request.user, profile):
        raise Http404
    try:
        opened = profile.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(opened, content_type=photos.content_type(profile.photo.name))
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    response["Vary"] = "Cookie"
    return response


@member_required
def organisations(request):
    query = request.GET.get("q", "").strip()[: directory.MAX_QUERY_LENGTH]
    choices = directory.organisation_filter_choices()
    filters = directory.clean_filters(request.GET, choices)
    matches = directory.filter_organisations(directory.active_organisations(), filters, query)
    page_obj = paginate(request, matches, ORGANISATIONS_PER_PAGE)
    context = {
        "query": query,
        "filters": filter_state(choices, directory.organisation_facets(filters, query), filters),
        "is_filtered": bool(query or filters),
        "page_obj": page_obj,
        "extra_query": query_string(query, filters),
        "breadcrumb_trail": trail(request, (_("Member organisations"), None)),
    }
    return render(request, "intranet/network/organisations.html", context)


@member_required
def organisation(request, pk):
    organisation = get_object_or_404(Organisation.objects.select_related("logo"), pk=pk)
    people = directory.with_details(directory.listed_people().filter(organisation=organisation))
    context = {
        "organisation": organisation,
        "people": directory.localize(list(people)),
        "breadcrumb_trail": trail(
            request,
            (_("Member organisations"), reverse("network_organisations")),
            (organisation.name, None),
        ),
    }
    return render(request, "intranet/network/organisation.html", context)


@member_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    """The member's own profile; there is no id in the address, so nobody
    reaches another person's profile from here."""
    user = request.user
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    if profile is None:
        profile = Profile(user=user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile, user=user)
        if form.is_valid():
            profile = form.save()
            messages.success(request, gettext("Your profile has been saved."))
            return redirect("network_profile_edit")
    else:
        form = ProfileForm(instance=profile, user=user)
    context = {
        "form": form,
        "profile": profile,
        "breadcrumb_trail": trail(request, (_("My profile"), None)),
    }
    return render(request, "intranet/network/profile_edit.html", context)
