"""Who may do what in the admin, and the approval step before anything goes live.

Three groups (docs.wagtail.org: topics/permissions):

- "Redaktion" (editors) write and change pages and press releases in both
  language trees, upload images and documents and keep the public snippets
  up to date, but cannot publish: their changes go to the press office.
- "Pressestelle" (press office) can do all that, publish, and approve or
  reject what editors submit.
- "Koordinierungsstelle" (coordination office) manages the member
  organisations and reviews join requests; it has no page permissions.

All three set promoted search results and read the search statistics.

One workflow, "Freigabe durch die Pressestelle", with a single group approval
task for the press office, is assigned to the home page of every language,
so it covers every page below them.

Every function here is idempotent: it adds what is missing and keeps what
an administrator changed in the admin, except that the editors' group never
keeps the right to publish (older databases gave it to them).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS_GROUP_NAME = "Redaktion"
PRESS_OFFICE_GROUP_NAME = "Pressestelle"
COORDINATION_GROUP_NAME = "Koordinierungsstelle"

WORKFLOW_NAME = "Freigabe durch die Pressestelle"
APPROVAL_TASK_NAME = "Pressestelle prüft"

# Page permissions are granted on Wagtail's root page, so they cover the home
# page of every language, today's and any added later.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
PRESS_OFFICE_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "unlock_page"]
# Taken away from the editors where an older set-up granted them.
EDITOR_FORBIDDEN_PAGE_PERMISSIONS = ["publish_page", "unlock_page", "bulk_delete_page"]

# Images and documents: permissions on the root collection cover all
# collections below it.
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
PRESS_OFFICE_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]

PUBLIC_SNIPPETS = [("pages", "targetgroup"), ("pages", "topic"), ("pages", "presscontact")]
# Help for searchers (search/): promoted results (Settings → Promoted search
# results) and the search statistics report; for all three groups.
SEARCH_PERMISSIONS = [
    *[
        ("wagtailsearchpromotions", f"{action}_searchpromotion")
        for action in ("add", "change", "delete", "view")
    ],
    ("sitesearch", "view_querystat"),
]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *SEARCH_PERMISSIONS,
    # wagtail-localize: "Translate this page" and syncing translations.
    ("wagtail_localize", "submit_translation"),
    *[
        (app_label, f"{action}_{model}")
        for app_label, model in PUBLIC_SNIPPETS
        for action in ("add", "change", "view")
    ],
]
PRESS_OFFICE_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    *[(app_label, f"delete_{model}") for app_label, model in PUBLIC_SNIPPETS],
]
COORDINATION_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *SEARCH_PERMISSIONS,
    ("cms", "add_organisation"),
    ("cms", "change_organisation"),
    ("cms", "delete_organisation"),
    ("cms", "view_organisation"),
    # The member network: people and their invitations (intranet app).
    ("intranet", "add_invitation"),
    ("intranet", "view_invitation"),
    ("intranet", "delete_invitation"),
    ("intranet", "add_profile"),
    ("intranet", "change_profile"),
    ("intranet", "view_profile"),
]
# Added by the join-request feature; granted once its permission exists.
COORDINATION_OPTIONAL_PERMISSIONS = ["review_joinrequest"]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_model_permissions(group, permissions):
    group.permissions.add(
        *[_permission(app_label, codename) for app_label, codename in permissions]
    )


def _grant_page_permissions(group, codenames):
    root = Page.get_first_root_node()
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_permission("wagtailcore", codename)
        )


def _grant_collection_permissions(group, permissions):
    root = Collection.get_first_root_node()
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=_permission(app_label, codename)
        )


@transaction.atomic
def setup_groups():
    """Create or complete the three admin groups; returns them by name."""
    editors = Group.objects.get_or_create(name=EDITORS_GROUP_NAME)[0]
    _grant_model_permissions(editors, EDITOR_MODEL_PERMISSIONS)
    _grant_page_permissions(editors, EDITOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(editors, EDITOR_COLLECTION_PERMISSIONS)
    GroupPagePermission.objects.filter(
        group=editors, permission__codename__in=EDITOR_FORBIDDEN_PAGE_PERMISSIONS
    ).delete()

    press_office = Group.objects.get_or_create(name=PRESS_OFFICE_GROUP_NAME)[0]
    _grant_model_permissions(press_office, PRESS_OFFICE_MODEL_PERMISSIONS)
    _grant_page_permissions(press_office, PRESS_OFFICE_PAGE_PERMISSIONS)
    _grant_collection_permissions(press_office, PRESS_OFFICE_COLLECTION_PERMISSIONS)

    coordination = Group.objects.get_or_create(name=COORDINATION_GROUP_NAME)[0]
    _grant_model_permissions(coordination, COORDINATION_MODEL_PERMISSIONS)
    coordination.permissions.add(
        *Permission.objects.filter(codename__in=COORDINATION_OPTIONAL_PERMISSIONS)
    )
    return {group.name: group for group in (editors, press_office, coordination)}


@transaction.atomic
def setup_workflow():
    """Create the press office's approval workflow and assign it to every home page.

    Run it after the home pages exist; a home page added later (a new
    language) needs another run. A home page that already has a workflow
    (chosen in the admin) keeps it.
    """
    from pages.models import HomePage

    press_office = setup_groups()[PRESS_OFFICE_GROUP_NAME]
    workflow = Workflow.objects.get_or_create(name=WORKFLOW_NAME)[0]
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.add(press_office)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in HomePage.objects.all():
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def setup():
    """Groups and workflow, as `seed_demo` creates them."""
    groups = setup_groups()
    workflow = setup_workflow()
    return groups, workflow
