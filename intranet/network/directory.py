"""Queries of the member network: who is listed, search, filters, counts.

Plain ORM filters on both database backends; the German search engine comes
with the search issue. Every listing loads a page of people in a fixed
number of queries, however many people there are.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import Organisation, OrganisationKind, Region
from intranet.models import MemberRole, Profile
from pages.models import TargetGroup, Topic

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10


def listed_people():
    """Everyone the directory shows: active accounts with a profile, never
    the deleted (GDPR) ones."""
    return Profile.objects.filter(user__is_active=True, user__deleted_at__isnull=True)


def with_details(people):
    return people.select_related("user", "organisation").prefetch_related(
        "target_groups", "topics"
    )


def search_words(query):
    return query.strip()[:MAX_QUERY_LENGTH].split()[:MAX_WORDS]


def matching_roles(word):
    word = word.casefold()
    return [value for value, label in MemberRole.choices if word in str(label).casefold()]


def search_people(people, query):
    """People where every word of `query` occurs in the name, organisation,
    position, expertise, role, or a target group's or topic's name."""
    for word in search_words(query):
        # A name in any language finds the snippet and its translations.
        group_keys = TargetGroup.objects.filter(name__icontains=word).values("translation_key")
        topic_keys = Topic.objects.filter(name__icontains=word).values("translation_key")
        with_group = Profile.objects.filter(target_groups__translation_key__in=group_keys)
        with_topic = Profile.objects.filter(topics__translation_key__in=topic_keys)
        people = people.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(organisation__city__icontains=word)
            | Q(job_title__icontains=word)
            | Q(expertise__icontains=word)
            | Q(role__in=matching_roles(word))
            | Q(pk__in=with_group.values("pk"))
            | Q(pk__in=with_topic.values("pk"))
        )
    return people


# Filter name -> the field it filters on. Target groups and topics filter by
# translation key, so a German and an English profile find each other.
PEOPLE_FILTERS = {
    "region": "organisation__region",
    "kind": "organisation__kind",
    "role": "role",
    "target_group": "target_groups__translation_key",
    "topic": "topics__translation_key",
}


def localized_snippets(model):
    """{translation_key: snippet} of `model` in the current language."""
    snippets = model.objects.filter(locale=Locale.get_active())
    return {item.translation_key: item for item in snippets}


def people_filter_choices():
    """[(filter name, label, [(value, label)])] in the current language."""
    groups = localized_snippets(TargetGroup)
    topics = localized_snippets(Topic)
    return [
        ("region", _("Administrative region"), Region.choices),
        ("kind", _("Type of organisation"), OrganisationKind.choices),
        ("role", _("Role in the network"), MemberRole.choices),
        ("target_group", _("Target group"), [(str(k), g.name) for k, g in groups.items()]),
        ("topic", _("Topic"), [(str(k), t.name) for k, t in topics.items()]),
    ]


def clean_filters(data, choices):
    """The filter values of a GET request that name a real choice; others are
    ignored, so a hand-edited address never fails."""
    filters = {}
    for name, _label, options in choices:
        value = data.get(name, "")
        if value and value in {str(option) for option, _option_label in options}:
            filters[name] = value
    return filters


def filter_people(people, filters, query=""):
    for name, value in filters.items():
        people = people.filter(**{PEOPLE_FILTERS[name]: value})
    if query:
        people = search_people(people, query)
    return people


def people_facets(filters, query=""):
    """{filter name: {value: number of people}}: how many people each choice
    would find together with the other filters; one query per filter."""
    facets = {}
    for name, field in PEOPLE_FILTERS.items():
        others = {key: value for key, value in filters.items() if key != name}
        people = filter_people(listed_people(), others, query).order_by()
        rows = people.values(field).annotate(number=Count("pk", distinct=True))
        facets[name] = {str(row[field]): row["number"] for row in rows}
    return facets


def localize(people):
    """Give each profile its target groups and topics in the current
    language, as `groups` and `topic_list`: two queries for any number."""
    groups = localized_snippets(TargetGroup)
    topics = localized_snippets(Topic)
    for profile in people:
        profile.groups = [groups.get(g.translation_key, g) for g in profile.target_groups.all()]
        profile.topic_list = [topics.get(t.translation_key, t) for t in profile.topics.all()]
    return people


# --- Organisations ----------------------------------------------------------

ORGANISATION_FILTERS = {"region": "region", "kind": "kind"}


def organisation_filter_choices():
    return [
        ("region", _("Administrative region"), Region.choices),
        ("kind", _("Type of organisation"), OrganisationKind.choices),
    ]


def active_organisations():
    """Every active member organisation, listed publicly or not."""
    people = Q(people__user__is_active=True, people__user__deleted_at__isnull=True)
    return (
        Organisation.objects.filter(is_active=True)
        .annotate(people_count=Count("people", filter=people))
        .order_by("name")
    )


def filter_organisations(organisations, filters, query=""):
    for name, value in filters.items():
        organisations = organisations.filter(**{ORGANISATION_FILTERS[name]: value})
    for word in search_words(query):
        organisations = organisations.filter(Q(name__icontains=word) | Q(city__icontains=word))
    return organisations


def organisation_facets(filters, query=""):
    facets = {}
    for name, field in ORGANISATION_FILTERS.items():
        others = {key: value for key, value in filters.items() if key != name}
        organisations = filter_organisations(
            Organisation.objects.filter(is_active=True), others, query
        ).order_by()
        rows = organisations.values(field).annotate(number=Count("pk"))
        facets[name] = {str(row[field]): row["number"] for row in rows}
    return facets


def new_people_in_region(region, exclude_user, since, limit=5):
    """People whose organisation is in `region` and whose profile is newer
    than `since`, newest first."""
    return list(
        listed_people()
        .filter(organisation__region=region, created_at__gte=since)
        .exclude(user=exclude_user)
        .select_related("user", "organisation")
        .order_by("-created_at")[:limit]
    )
