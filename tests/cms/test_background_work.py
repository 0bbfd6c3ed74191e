"""Background tasks and scheduled publishing."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from pages.models import PressReleasePage
from tests import factories


def test_scheduled_press_release_goes_live_when_scheduler_runs(newsroom):
    page = factories.make_press_release(
        newsroom, title="Embargo bis heute", date=datetime.date(2026, 1, 5), live=False
    )
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert not PressReleasePage.objects.get(pk=page.pk).live
    call_command("run_scheduler", "--once")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk


def test_future_schedule_stays_unpublished(newsroom):
    page = factories.make_press_release(
        newsroom, title="Embargo morgen", date=datetime.date(2026, 1, 5), live=False
    )
    page.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(days=1))
    call_command("run_scheduler", "--once")
    page.refresh_from_db()
    assert not page.live


# The worker closes its database connection when it finishes, so these tests
# run outside the test transaction; serialized_rollback restores the rows
# that migrations create (root page, default locale) for the next test.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_worker_runs_queued_index_updates(settings, newsroom, client):
    # With the database backend (as in `make run`), saving a page queues its
    # index update; the worker executes it.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = factories.make_press_release(
        newsroom,
        title="Warteschlange im Hintergrund",
        date=datetime.date(2026, 2, 1),
        teaser="Quokkaschutz",
    )
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert page.url not in client.get("/search/", {"q": "Quokkaschutz"}).content.decode()
    call_command("db_worker", "--batch", verbosity=0)
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert page.url in client.get("/search/", {"q": "Quokkaschutz"}).content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_page_deleted_before_worker_runs_does_not_break_worker(settings, newsroom):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = factories.make_press_release(newsroom, title="Gleich weg", date="2026-02-02")
    Page.objects.filter(pk=page.pk).delete()
    call_command("db_worker", "--batch", verbosity=0)
    assert not DBTaskResult.objects.filter(status="READY").exists()
