"""`manage.py search_eval`: the relevance evaluation of issue 6, point 7.

The command prepares the seeded site (imports and publishes the evaluation
press releases, updates the index) and runs the queries of
search/eval/queries.json once for the module; the tests read its report.
PostgreSQL must reach the issue's figures; on SQLite the figures are shown
in the run's summary until a floor is set for it.
"""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from pages.models import PressReleasePage
from search.management.commands import search_eval
from search.management.commands.search_eval import Command

pytestmark = pytest.mark.django_db

# Issue 6, "Done when": on PostgreSQL.
MIN_SUCCESS_AT_3 = 0.95
MIN_MRR = 0.85
LEAK_TITLE = "Jobcenter Dortmund zeigt, wie Notfallalarm und Hausverbot zusammenwirken"


def run_command(*args):
    """(command, output, error) of one search_eval run."""
    command = Command()
    stdout = io.StringIO()
    try:
        call_command(command, *args, stdout=stdout, stderr=stdout)
    except CommandError as caught:
        error = caught
    else:
        error = None
    return command, stdout.getvalue(), error


def release_counts():
    releases = PressReleasePage.objects.filter(locale__language_code="de")
    return releases.count(), releases.live().count()


@pytest.fixture(scope="module")
def evaluation(django_db_setup, django_db_blocker, tmp_path_factory, eval_outputs):
    """Prepare and evaluate; prepare again; evaluate a query set that
    expects a public title to be hidden; roll back."""
    # A public title declared member-only: the run must call it a leak.
    leak_queries = tmp_path_factory.mktemp("search_eval") / "queries.json"
    leak_queries.write_text(
        json.dumps(
            [
                {
                    "query": "Notfallalarm",
                    "difficulty": "exact",
                    "expected": [LEAK_TITLE],
                    "scope": "public",
                    "must_not_appear": [LEAK_TITLE],
                    "note": "A public title in must_not_appear.",
                }
            ]
        )
    )
    with django_db_blocker.unblock(), transaction.atomic():
        command, output, error = run_command("--prepare", "--verbose")
        counts = [release_counts()]
        run_command("--prepare", "--difficulty", "none")
        counts.append(release_counts())
        _leak_command, leak_output, leak_error = run_command("--queries", str(leak_queries))
        transaction.set_rollback(True)
    # The table and the failing queries, without the progress lines.
    eval_outputs.append(output[output.find("Search relevance") :])
    return {
        "report": command.report,
        "output": output,
        "error": error,
        "counts": counts,
        "leak_output": leak_output,
        "leak_error": leak_error,
    }


def test_search_eval_prints_figures_per_difficulty(evaluation):
    output = evaluation["output"]
    assert "Backend: " in output
    queries = json.loads(search_eval.QUERIES_FILE.read_text(encoding="utf-8"))
    assert len(evaluation["report"].outcomes) == len(queries)
    table = output.split("\nSearch relevance", 1)[1]
    for difficulty in {query["difficulty"] for query in queries}:
        assert f"\n{difficulty} " in table, difficulty
    assert "\nall " in table


def test_search_eval_finds_no_permission_failure(evaluation):
    assert evaluation["report"].permission_failures == []
    assert evaluation["error"] is None, evaluation["output"]
    assert "Permission failures: 0" in evaluation["output"]


def test_prepare_publishes_the_press_releases_once(evaluation):
    (total, live), again = evaluation["counts"]
    assert total == live
    assert again == (total, live)
    assert "Demo site: already seeded." not in evaluation["output"]


def test_a_member_only_title_in_anonymous_results_fails_the_run(evaluation):
    assert isinstance(evaluation["leak_error"], CommandError)
    assert "Permission failures: 1" in evaluation["leak_output"]
    assert f"result: {LEAK_TITLE}" in evaluation["leak_output"]


@pytest.mark.postgres
def test_postgres_reaches_the_issue_figures(evaluation):
    overall = evaluation["report"].figures()
    assert evaluation["report"].permission_failures == []
    assert overall.success_at_3 >= MIN_SUCCESS_AT_3, evaluation["output"]
    assert overall.mrr >= MIN_MRR, evaluation["output"]
