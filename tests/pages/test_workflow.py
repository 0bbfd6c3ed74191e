"""Editors write, the press office approves: groups, permissions and the
approval workflow, exercised through Wagtail's admin views as people use them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    PageLogEntry,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pages import workflow
from pages.models import PressReleasePage
from tests import factories

TITLE = "Kreis Musterland schult Beschäftigte am Empfang"
SLUG = "musterland-schult-empfang"
BODY_TEXT = "Das Deeskalationstraining beginnt im Juni."


@pytest.fixture
def editorial(home, newsroom):
    """Groups and workflow as seed_demo sets them up, on a site with a newsroom."""
    groups, approval = workflow.setup()
    return approval


@pytest.fixture
def press_officer(db):
    return factories.make_press_officer()


@pytest.fixture
def coordinator(db):
    return factories.make_coordinator()


def release_form(title=TITLE, body_text=BODY_TEXT, **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": SLUG,
            "date": "2026-05-04",
            "place": "Musterstadt",
            "teaser": "Beschäftigte üben den Umgang mit Konflikten.",
            "body": streamfield([("paragraph", rich_text(f"<p>{body_text}</p>"))]),
            **actions,
        }
    )


def submit_new_release(client, user, newsroom):
    """Create a press release in the admin and submit it for approval."""
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "pressreleasepage", newsroom.pk)),
        release_form(**{"action-submit": "submit"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return PressReleasePage.objects.get(slug=SLUG)


def workflow_action(client, user, page, action, **data):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)),
        data,
    )
    client.logout()
    page.refresh_from_db()
    return response


def public_html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def public_listings(client, newsroom):
    """Where a live release shows up for an anonymous visitor."""
    return {
        "newsroom": public_html(client, newsroom.url),
        "search": public_html(client, "/search/", q="Deeskalationstraining"),
        "rss": public_html(client, f"{newsroom.url}rss/"),
        "atom": public_html(client, f"{newsroom.url}atom/"),
    }


def in_sitemap(client, slug):
    return f"/{slug}/</loc>" in public_html(client, "/sitemap.xml")


# --- groups and permissions ---------------------------------------------------


@pytest.mark.parametrize(
    ("make_user", "can_publish", "can_edit"),
    [
        (factories.make_editor, False, True),
        (factories.make_press_officer, True, True),
        (factories.make_coordinator, False, False),
        (factories.make_member, False, False),
    ],
)
def test_page_permissions_by_group(press_release, make_user, can_publish, can_edit):
    user = make_user()
    permissions = press_release.permissions_for_user(user)
    assert permissions.can_publish() is can_publish
    assert permissions.can_edit() is can_edit


@pytest.mark.parametrize(
    ("make_user", "admin_status"),
    [
        (factories.make_editor, 200),
        (factories.make_press_officer, 200),
        (factories.make_coordinator, 200),
        (factories.make_member, 302),
    ],
)
def test_admin_access_by_group(client, db, make_user, admin_status):
    client.force_login(make_user())
    assert client.get(reverse("wagtailadmin_home")).status_code == admin_status


@pytest.mark.parametrize(
    ("make_user", "status"),
    [
        (factories.make_coordinator, 200),
        (factories.make_editor, 302),
        (factories.make_press_officer, 302),
    ],
)
def test_only_coordination_office_manages_member_organisations(client, db, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("wagtailsnippets_cms_organisation:add")).status_code == status


@pytest.mark.parametrize("model", ["targetgroup", "topic", "presscontact"])
def test_editors_can_add_public_snippets(client, editor, model):
    client.force_login(editor)
    assert client.get(reverse(f"wagtailsnippets_pages_{model}:add")).status_code == 200


@pytest.mark.parametrize(
    ("make_user", "status"),
    [(factories.make_editor, 200), (factories.make_coordinator, 302)],
)
def test_image_upload_needs_editorial_group(client, db, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("wagtailimages:add_multiple")).status_code == status


def test_setup_is_idempotent(home, home_en):
    workflow.setup()
    counts = [
        model.objects.count()
        for model in (Group, GroupPagePermission, Workflow, Task, WorkflowPage)
    ]
    workflow.setup()
    assert counts == [
        model.objects.count()
        for model in (Group, GroupPagePermission, Workflow, Task, WorkflowPage)
    ]


def test_setup_takes_publishing_away_from_older_editors_group(home):
    group = Group.objects.create(name=workflow.EDITORS_GROUP_NAME)
    GroupPagePermission.objects.create(group=group, page=home, permission_type="publish")
    workflow.setup_groups()
    assert not GroupPagePermission.objects.filter(
        group=group, permission__codename="publish_page"
    ).exists()


def test_coordination_office_gets_join_request_review_once_it_exists(db):
    groups = workflow.setup_groups()
    expected = set(
        Permission.objects.filter(
            codename__in=workflow.COORDINATION_OPTIONAL_PERMISSIONS
        ).values_list("codename", flat=True)
    )
    granted = set(
        groups[workflow.COORDINATION_GROUP_NAME].permissions.values_list("codename", flat=True)
    )
    assert expected <= granted


def test_workflow_covers_both_language_trees(home, home_en, newsroom, press_release):
    workflow.setup()
    for page in (home, home_en, newsroom, press_release):
        assert page.get_workflow().name == workflow.WORKFLOW_NAME
    task = Workflow.objects.get(name=workflow.WORKFLOW_NAME).tasks.get().specific
    assert task.name == workflow.APPROVAL_TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [workflow.PRESS_OFFICE_GROUP_NAME]


# --- submitting, approving, rejecting ---------------------------------------


def test_editor_submission_stays_offline(client, editorial, editor, newsroom):
    page = submit_new_release(client, editor, newsroom)
    assert not page.live
    assert page.workflow_in_progress
    for where, html in public_listings(client, newsroom).items():
        assert TITLE not in html, where
    assert not in_sitemap(client, SLUG)
    assert client.get(f"{newsroom.url}{SLUG}/").status_code == 404


def test_submission_notifies_the_press_office(client, editorial, editor, press_officer, newsroom):
    submit_new_release(client, editor, newsroom)
    recipients = {address for message in mail.outbox for address in message.to}
    assert press_officer.email in recipients
    assert editor.email not in recipients


def test_editor_sees_no_publish_action(client, editorial, editor, newsroom):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("pages", "pressreleasepage", newsroom.pk))
    html = client.get(add_url).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_editor_cannot_publish_by_posting_the_publish_action(client, editorial, editor, newsroom):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("pages", "pressreleasepage", newsroom.pk))
    client.post(add_url, release_form(**{"action-publish": "publish"}))
    page = PressReleasePage.objects.get(slug=SLUG)
    assert not page.live

    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(edit_url, release_form(**{"action-publish": "publish"}))
    page.refresh_from_db()
    assert not page.live
    # A reader's view: the editor's own session holds the admin's messages.
    assert TITLE not in public_html(Client(), newsroom.url)


def test_editor_cannot_approve_own_submission(client, editorial, editor, newsroom):
    page = submit_new_release(client, editor, newsroom)
    response = workflow_action(client, editor, page, "approve")
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard.
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not page.live


def test_press_office_approval_publishes(client, editorial, editor, press_officer, newsroom):
    page = submit_new_release(client, editor, newsroom)
    response = workflow_action(client, press_officer, page, "approve")
    assert response.status_code == 302
    assert page.live
    assert not page.workflow_in_progress
    for where, html in public_listings(client, newsroom).items():
        assert TITLE in html, where
    assert in_sitemap(client, SLUG)
    assert BODY_TEXT in public_html(client, page.url)


def test_request_changes_keeps_release_offline(client, editorial, editor, press_officer, newsroom):
    page = submit_new_release(client, editor, newsroom)
    workflow_action(client, press_officer, page, "reject", comment="Bitte Zitat freigeben lassen.")
    assert not page.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    for where, html in public_listings(client, newsroom).items():
        assert TITLE not in html, where
    assert not in_sitemap(client, SLUG)


def test_press_office_publishes_directly(client, editorial, press_officer, newsroom):
    client.force_login(press_officer)
    client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "pressreleasepage", newsroom.pk)),
        release_form(**{"action-publish": "publish"}),
    )
    client.logout()
    assert PressReleasePage.objects.get(slug=SLUG).live
    assert TITLE in public_html(client, newsroom.url)


def test_coordination_office_cannot_publish(client, editorial, coordinator, newsroom):
    draft = factories.make_press_release(newsroom, title=TITLE, date="2026-05-04", live=False)
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(draft.pk,)),
        release_form(**{"action-publish": "publish"}),
    )
    assert response["Location"] == reverse("wagtailadmin_home")
    draft.refresh_from_db()
    assert not draft.live


# --- history, revisions, preview ---------------------------------------------


@pytest.fixture
def revised_and_approved(client, editorial, editor, press_officer, newsroom):
    """Submitted, sent back, revised and resubmitted by the editor, then approved."""
    page = submit_new_release(client, editor, newsroom)
    workflow_action(client, press_officer, page, "reject", comment="Bitte Ort ergänzen.")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        release_form(
            body_text="Das Training beginnt im Juni in Musterstadt.", **{"action-submit": "submit"}
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    page.refresh_from_db()
    workflow_action(client, press_officer, page, "approve")
    return page


def test_audit_log_records_submission_review_and_publication(
    revised_and_approved, editor, press_officer
):
    entries = PageLogEntry.objects.filter(page=revised_and_approved)
    actions = [(entry.action, entry.user) for entry in entries.order_by("timestamp", "pk")]
    assert ("wagtail.workflow.start", editor) in actions
    assert ("wagtail.workflow.reject", press_officer) in actions
    assert ("wagtail.workflow.approve", press_officer) in actions
    assert ("wagtail.publish", press_officer) in actions
    assert actions.index(("wagtail.workflow.start", editor)) < actions.index(
        ("wagtail.workflow.approve", press_officer)
    )


def test_history_lists_both_revisions(client, revised_and_approved, editor):
    page = revised_and_approved
    revisions = list(page.revisions.order_by("created_at"))
    assert len(revisions) == 2
    assert all(revision.user == editor for revision in revisions)
    assert page.live_revision == revisions[-1]
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,))).content.decode()
    for revision in revisions:
        assert reverse("wagtailadmin_pages:revisions_view", args=(page.pk, revision.pk)) in html
    assert "Das Training beginnt im Juni in Musterstadt." in public_html(client, page.url)


def test_editor_can_preview_a_new_release(client, editorial, editor, newsroom):
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("pages", "pressreleasepage", newsroom.pk)
    )
    response = client.post(url, release_form())
    assert response.json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert BODY_TEXT in response.content.decode()


def test_editor_can_preview_changes_to_a_draft(client, editorial, editor, newsroom):
    page = factories.make_press_release(newsroom, title=TITLE, date="2026-05-04", live=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    response = client.post(url, release_form(body_text="Neue Fassung mit Zitat."))
    assert response.json()["is_valid"]
    response = client.get(url)
    assert response.status_code == 200
    assert "Neue Fassung mit Zitat." in response.content.decode()


# What seed_demo sets up (groups, workflow, accounts) is tested with the other
# seed tests in tests/cms/test_seed_demo.py, on their one seed.
