"""What the site search finds, and who may find it.

A *source* is one kind of searchable object with its permission filter and
how its hits look (title, URL, date, type, facet values, snippet text).
Pages are one source; their page type decides the hit's type:

    from search.registry import register_page_type
    register_page_type(PracticeExamplePage, "practice_example", _("Practice example"))

Any other model becomes searchable with a `ModelSource` subclass:

    @register
    class EventSource(ModelSource):
        key = "event"
        label = _("Event")
        model = Event
        members_only = True

        def url(self, obj, request): ...

In both cases the model inherits `search.indexing.Searchable` and adds
`ANALYSED_FIELDS` to its `search_fields`, which gives it the German analysis.
Permissions come from `queryset(user)`: a source that is `members_only` is
not searched at all for anyone else; pages and documents apply Wagtail's
view restrictions (`search.visibility`).
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from intranet.access import is_member
from search.visibility import visible_collection_ids, visible_pages

FACETS = ("type", "target_group", "topic", "year", "region")
FACET_LABELS = {
    "type": _("Type"),
    "target_group": _("Target group"),
    "topic": _("Topic"),
    "year": _("Year"),
    "region": _("Region"),
}


@dataclass
class HitInfo:
    """What a search hit shows, and its facet values (value → label)."""

    title: str
    url: str
    type_key: str
    type_label: str
    date: object = None
    # The text for the snippet, read only for the hits on the page shown.
    text_source: object = None
    facets: dict = field(default_factory=dict)

    @property
    def text(self):
        return self.text_source() if self.text_source else ""


_sources = {}
_page_types = {}


def register(source_class):
    """Add a source (a `ModelSource` subclass); usable as a class decorator."""
    source = source_class()
    _sources[source.key] = source
    return source_class


def register_page_type(model, key, label):
    """Give pages of `model` (and its subclasses) their own type in results and facets."""
    _page_types[model] = (key, label)


def sources():
    return list(_sources.values())


def sources_for(user):
    """The sources `user` may search, in registration order."""
    return [source for source in _sources.values() if source.allows(user)]


def type_labels():
    labels = dict(_page_types.values())
    labels["page"] = PageSource.label
    for source in _sources.values():
        if source.key != "pages":
            labels[source.key] = source.label
    return labels


def _date(value):
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


def _localized(snippets, locale_id):
    """Facet entries (translation key → name in the active language) of translatable snippets."""
    entries = {}
    for snippet in snippets:
        key = str(snippet.translation_key)
        if key not in entries or snippet.locale_id == locale_id:
            entries[key] = snippet.name
    return entries


class ModelSource:
    """One searchable model. Subclasses set `key`, `label`, `model` and `url`."""

    key = ""
    label = ""
    model = None
    members_only = False
    # Whether the query is analysed in the active language (pages) or German.
    follows_language = False

    def allows(self, user):
        return not self.members_only or is_member(user)

    def queryset(self, user, language):
        """The objects `user` may find; must stay searchable (FilterFields only)."""
        return self.model._default_manager.all()

    def prefetch(self, objs):
        """Load what `describe` needs for all `objs` at once."""

    def url(self, obj, request):
        raise NotImplementedError

    def date(self, obj):
        return None

    def facets(self, obj, locale_id):
        return {}

    def describe(self, objs, request, locale_id):
        self.prefetch(objs)
        infos = {}
        for obj in objs:
            date = _date(self.date(obj))
            facets = {"type": {self.key: self.label}, **self.facets(obj, locale_id)}
            if date:
                facets["year"] = {str(date.year): str(date.year)}
            infos[obj.pk] = HitInfo(
                title=obj.search_title_text(),
                url=self.url(obj, request),
                type_key=self.key,
                type_label=self.label,
                date=date,
                text_source=obj.search_body_text,
                facets=facets,
            )
        return infos


class PageSource(ModelSource):
    """Every live page the user may open, in the active language."""

    key = "pages"
    label = _("Page")
    model = Page
    follows_language = True

    def queryset(self, user, language):
        pages = Page.objects.filter(depth__gt=1)
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            pages = pages.filter(locale=locale)
        return visible_pages(user, pages).specific()

    def page_type(self, page):
        for klass in type(page).__mro__:
            if klass in _page_types:
                return _page_types[klass]
        return "page", self.label

    def describe(self, objs, request, locale_id):
        by_model = {}
        for page in objs:
            by_model.setdefault(type(page), []).append(page)
        for model, pages in by_model.items():
            lookups = [
                name
                for name in ("target_groups", "topics", "organisations", "tags")
                if hasattr(model, name)
            ]
            if lookups:
                from django.db.models import prefetch_related_objects

                prefetch_related_objects(pages, *lookups)
        infos = {}
        for page in objs:
            key, label = self.page_type(page)
            date = _date(getattr(page, "date", None) or page.last_published_at)
            facets = {"type": {key: label}}
            if date:
                facets["year"] = {str(date.year): str(date.year)}
            if hasattr(page, "target_groups"):
                facets["target_group"] = _localized(page.target_groups.all(), locale_id)
            if hasattr(page, "topics"):
                facets["topic"] = _localized(page.topics.all(), locale_id)
            if hasattr(page, "organisations"):
                facets["region"] = {
                    org.region: str(org.get_region_display()) for org in page.organisations.all()
                }
            infos[page.pk] = HitInfo(
                title=page.title,
                url=page.get_url(request) or page.url or "",
                type_key=key,
                type_label=label,
                date=date,
                text_source=page.search_body_text,
                facets={name: values for name, values in facets.items() if values},
            )
        return infos


class DocumentSource(ModelSource):
    """Documents in collections the user may open, with the text inside them."""

    key = "document"
    label = _("Document")

    @property
    def model(self):
        from search.models import DocumentText

        return DocumentText

    def queryset(self, user, language):
        from search.models import DocumentText

        return DocumentText.objects.filter(collection_id_copy__in=visible_collection_ids(user))

    def prefetch(self, objs):
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(objs, "document")

    def url(self, obj, request):
        return obj.document.url

    def date(self, obj):
        return obj.document.created_at


class PersonSource(ModelSource):
    """People in the member network: members only."""

    key = "person"
    label = _("Person")
    members_only = True

    @property
    def model(self):
        from intranet.models import Profile

        return Profile

    def queryset(self, user, language):
        from intranet.models import Profile

        active = Profile.objects.filter(user__is_active=True).values_list("pk", flat=True)
        return Profile.objects.filter(id__in=list(active))

    def prefetch(self, objs):
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(objs, "user", "organisation", "target_groups", "topics")

    def url(self, obj, request):
        return reverse("network_person", args=[obj.pk])

    def facets(self, obj, locale_id):
        facets = {
            "target_group": _localized(obj.target_groups.all(), locale_id),
            "topic": _localized(obj.topics.all(), locale_id),
        }
        if obj.organisation is not None:
            facets["region"] = {
                obj.organisation.region: str(obj.organisation.get_region_display())
            }
        return {name: values for name, values in facets.items() if values}


class OrganisationSource(ModelSource):
    """Member organisations: members only (the public list is a page)."""

    key = "organisation"
    label = _("Organisation")
    members_only = True

    @property
    def model(self):
        from cms.models import Organisation

        return Organisation

    def queryset(self, user, language):
        from cms.models import Organisation

        return Organisation.objects.filter(is_active=True)

    def url(self, obj, request):
        return reverse("network_organisation", args=[obj.pk])

    def date(self, obj):
        return obj.joined_on

    def facets(self, obj, locale_id):
        return {"region": {obj.region: str(obj.get_region_display())}}


register(PageSource)
register(DocumentSource)
register(PersonSource)
register(OrganisationSource)


def page_source():
    return _sources["pages"]


def document_model():
    return get_document_model()
