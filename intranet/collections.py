"""The collection for documents only members may download."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction

# Content, like a page title: editors may rename it in the admin.
MEMBERS_COLLECTION_NAME = "Nur für Mitglieder"


@transaction.atomic
def members_collection():
    """The collection "Nur für Mitglieder", restricted to the members' group.

    Wagtail checks the restriction when it serves a document
    (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so a document filed here is
    refused to anyone outside the group, whatever page links to it.
    """
    name = MEMBERS_COLLECTION_NAME
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    members = Group.objects.get_or_create(name=settings.MEMBERS_GROUP_NAME)[0]
    restriction.groups.add(members)
    return collection
