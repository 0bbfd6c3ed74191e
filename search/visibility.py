"""Which pages a user may find: the one place search applies view restrictions.

Wagtail's `PageQuerySet.public()` hides every restricted subtree; members
need the subtrees whose restriction they satisfy as well. Password
restrictions are never searchable: a hit would leak the protected title.
"""

from wagtail.models import Page, PageViewRestriction


def _accepts(restriction, user, user_group_ids):
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        return bool(user_group_ids & {group.pk for group in restriction.groups.all()})
    return False


def visible_pages(user, queryset=None):
    """Live pages that `user` may open; anonymous users get public ones only."""
    queryset = (Page.objects.all() if queryset is None else queryset).live()
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    user_group_ids = (
        set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    )
    for restriction in restrictions:
        if not _accepts(restriction, user, user_group_ids):
            queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    return queryset


def visible_collection_ids(user):
    """Ids of the document collections `user` may open (Wagtail's collection
    view restrictions, which also cover the collections below)."""
    from wagtail.models import Collection, CollectionViewRestriction

    collections = Collection.objects.all()
    restrictions = CollectionViewRestriction.objects.select_related("collection")
    restrictions = restrictions.prefetch_related("groups")
    user_group_ids = (
        set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    )
    for restriction in restrictions:
        if not _accepts(restriction, user, user_group_ids):
            collections = collections.exclude(
                pk__in=Collection.objects.descendant_of(restriction.collection, inclusive=True)
            )
    return list(collections.values_list("pk", flat=True))
