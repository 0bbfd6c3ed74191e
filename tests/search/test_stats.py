"""Search statistics: recorded per day and normalised query, shown to editors."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from search import stats
from search.models import QueryStat
from tests import factories

REPORT = "/admin/reports/search-statistics/"


def test_record_counts_searches_and_searches_without_results(db):
    stats.record("Hausverbot", 3)
    stats.record("Hausverbot", 0)
    stats.record("Hausverbot", 5)
    stat = QueryStat.objects.get()
    assert stat.date == timezone.localdate()
    assert stat.query == "hausverbot"
    assert (stat.searches, stat.searches_without_results, stat.last_total) == (3, 1, 5)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Hausverbot  ", "hausverbot"),
        ("HAUSVERBOT\tJobcenter", "hausverbot jobcenter"),
        ("Gefährdungs-\nBeurteilung", "gefährdungs- beurteilung"),
        ("x" * 250, "x" * 200),
    ],
)
def test_record_normalises_the_query(db, typed, stored):
    stats.record(typed, 1)
    assert list(QueryStat.objects.values_list("query", flat=True)) == [stored]


def test_spellings_of_one_query_share_a_row(db):
    stats.record("Hausverbot Jobcenter", 1)
    stats.record(" hausverbot   JOBCENTER", 1)
    assert QueryStat.objects.get().searches == 2


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_queries_are_not_recorded(db, typed):
    stats.record(typed, 0)
    assert not QueryStat.objects.exists()


def test_each_day_gets_its_own_row(db):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    stats.record("Notfallplan", 1, date=yesterday)
    stats.record("Notfallplan", 1)
    assert QueryStat.objects.count() == 2


def test_record_stores_no_user_or_address():
    names = {field.name for field in QueryStat._meta.get_fields()}
    assert names == {
        "id",
        "date",
        "query",
        "searches",
        "searches_without_results",
        "last_total",
    }


def record_on(days_ago, query, total, times=1):
    date = timezone.localdate() - datetime.timedelta(days=days_ago)
    for _ in range(times):
        stats.record(query, total, date=date)


@pytest.fixture
def searches(db):
    record_on(0, "Hausverbot", 4, times=3)
    record_on(2, "Hausverbot", 0)
    record_on(1, "Notfallplan", 2, times=2)
    record_on(3, "Amokalarm Schule", 0, times=2)
    record_on(20, "Amokalarm Schule", 0)
    record_on(45, "Brandschutzübung", 0, times=9)


def test_popular_queries_of_a_period(searches):
    rows = stats.popular_queries(30)
    assert [(row["query"], row["searches"], row["without_results"]) for row in rows] == [
        ("hausverbot", 4, 1),
        ("amokalarm schule", 3, 3),
        ("notfallplan", 2, 0),
    ]
    assert rows[0]["share_without_results"] == 0.25
    assert [row["query"] for row in stats.popular_queries(90)][0] == "brandschutzübung"


def test_queries_without_results_of_a_period(searches):
    rows = stats.queries_without_results(7)
    days_ago = lambda days: timezone.localdate() - datetime.timedelta(days=days)  # noqa: E731
    assert rows == [
        {"query": "amokalarm schule", "searches": 2, "last_searched": days_ago(3)},
        {"query": "hausverbot", "searches": 1, "last_searched": days_ago(2)},
    ]


def test_prune_command_deletes_old_days(searches):
    out = io.StringIO()
    call_command("prune_search_stats", "--days", "30", stdout=out)
    assert "Deleted 1 " in out.getvalue()
    assert "brandschutzübung" not in QueryStat.objects.values_list("query", flat=True)
    assert QueryStat.objects.filter(query="amokalarm schule").count() == 2


# --- the report in the admin --------------------------------------------------


def test_editor_sees_the_report_with_the_numbers(client, editor, searches):
    client.force_login(editor)
    assert REPORT in client.get("/admin/").content.decode()
    html = client.get(REPORT).content.decode()
    assert "Suchstatistik" in html
    assert "Meistgesuchte Begriffe" in html
    assert "Suchbegriffe ohne Treffer" in html
    assert "amokalarm schule" in html
    assert "25 %" in html  # hausverbot: 1 of 4 searches found nothing
    assert reverse("search") + "?q=amokalarm+schule" in html
    assert "brandschutzübung" not in html  # 45 days ago, outside the default 30


def test_report_period_is_selectable(client, editor, searches):
    client.force_login(editor)
    assert "brandschutzübung" in client.get(REPORT, {"days": 90}).content.decode()
    html = client.get(REPORT, {"days": 7}).content.decode()
    assert "notfallplan" in html
    assert "Amokalarm" not in html


@pytest.mark.parametrize("maker", ["make_press_officer", "make_coordinator"])
def test_other_editorial_groups_see_the_report(client, db, maker):
    client.force_login(getattr(factories, maker)())
    assert client.get(REPORT).status_code == 200


def test_admin_user_without_the_permission_gets_403(client, searches):
    user = factories.make_user("ohne-recht@example.org")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 403
    assert "hausverbot" not in response.content.decode()
    assert REPORT not in client.get("/admin/").content.decode()


def test_member_without_admin_access_is_turned_away(client, member, searches):
    # Wagtail sends every user without admin access to its login page.
    client.force_login(member)
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_anonymous_visitor_is_sent_to_login(client, searches):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
