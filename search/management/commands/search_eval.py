"""Relevance evaluation: run the project's query set against the search.

    manage.py search_eval [--queries FILE] [--prepare] [--difficulty D ...]
                          [--verbose] [--min-success X] [--min-mrr Y]

Each query of search/eval/queries.json goes through the site search
(`search.engine.run_search`) as an anonymous visitor ("public") or a member
("member"), in its language; the figures are the ones search/eval/README.md
defines: success@3 and MRR per difficulty and for all queries, for the
configured backend.

--prepare makes the content ready first: seeds the demo site if it is not
seeded (`seed_demo --force`: demo accounts with known passwords, so only on
a development or test database), imports and publishes the press releases of
search/eval/press_releases/ with the public site's importer (a second run
updates them instead of adding copies) and runs `update_index`.

Exits with status 1 when a member-only title of `must_not_appear` shows in an
anonymous visitor's answer (permission failure), or when the figures for all
queries are below --min-success or --min-mrr.
"""

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from search.engine import run_search

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
QUERIES_FILE = EVAL_DIR / "queries.json"
PRESS_RELEASE_DIR = EVAL_DIR / "press_releases"
PRESS_RELEASE_SUFFIXES = (".txt", ".docx")
DEMO_MEMBER_EMAIL = "mitglied@example.org"
THROWAWAY_MEMBER_EMAIL = "search-eval-member@example.invalid"

# Ranks count among the first RANKED results (search/eval/README.md).
RANKED = 10
SUCCESS_RANK = 3
# A page of the permission check holds this many results; the check reads
# every page of an anonymous visitor's answer.
PERMISSION_PAGE_SIZE = 500
# The order of the difficulties in the table (others follow, sorted).
DIFFICULTY_ORDER = [
    "exact",
    "stemming",
    "umlaut",
    "compound_part",
    "query_compound",
    "gender",
    "hyphenation",
    "ellipsis",
    "typo",
    "multiword",
    "english",
    "none",
]


@dataclass
class Outcome:
    """The answer to one query, and how it scores."""

    query: dict
    rank: int | None  # 1-based rank of the first expected title among RANKED
    total: int
    titles: list  # titles of the first RANKED results
    suggestion: str = ""
    degraded: bool = False
    permission_failures: list = field(default_factory=list)

    @property
    def is_none_query(self):
        return self.query["difficulty"] == "none"

    @property
    def success(self):
        if self.is_none_query:
            return self.total == 0
        return self.rank is not None and self.rank <= SUCCESS_RANK

    @property
    def reciprocal_rank(self):
        if self.is_none_query:
            return 1.0 if self.total == 0 else 0.0
        return 1.0 / self.rank if self.rank else 0.0


@dataclass
class Figures:
    queries: int
    success_at_3: float
    mrr: float


@dataclass
class Report:
    backend: str
    outcomes: list

    def figures(self, difficulty=None):
        outcomes = [
            o for o in self.outcomes if difficulty is None or o.query["difficulty"] == difficulty
        ]
        if not outcomes:
            return Figures(0, 0.0, 0.0)
        return Figures(
            queries=len(outcomes),
            success_at_3=sum(o.success for o in outcomes) / len(outcomes),
            mrr=sum(o.reciprocal_rank for o in outcomes) / len(outcomes),
        )

    @property
    def difficulties(self):
        present = {o.query["difficulty"] for o in self.outcomes}
        known = [d for d in DIFFICULTY_ORDER if d in present]
        return known + sorted(present - set(known))

    @property
    def failures(self):
        return [o for o in self.outcomes if not o.success]

    @property
    def permission_failures(self):
        return [o for o in self.outcomes if o.permission_failures]


def backend_name():
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "?")
    return f"{connection.vendor} + {backend}"


def load_queries(path, difficulties=None):
    with open(path, encoding="utf-8") as file:
        queries = json.load(file)
    if difficulties:
        unknown = set(difficulties) - {q["difficulty"] for q in queries}
        if unknown:
            raise CommandError(
                "No queries of difficulty: " + ", ".join(sorted(unknown)) + " in " + str(path)
            )
        queries = [q for q in queries if q["difficulty"] in difficulties]
    return queries


def first_rank(titles, expected):
    for position, title in enumerate(titles[:RANKED], start=1):
        if title in expected:
            return position
    return None


def hidden_titles_shown(results, titles, hidden):
    """Where the titles of `hidden` show in an anonymous answer: its results
    (`titles`: every page), its total, facets and suggestion."""
    found = []
    for title in hidden:
        if title in titles:
            found.append(f"result: {title}")
        for name, facet in results.facets.items():
            for entry in facet["values"]:
                if title == str(entry["label"]):
                    found.append(f"facet {name}: {title}")
        if results.suggestion and title.casefold() in results.suggestion.casefold():
            found.append(f"suggestion: {title}")
    # A total or a facet count above what the visitor was shown counts
    # something hidden.
    if results.total != len(titles):
        found.append(f"total {results.total} but {len(titles)} results")
    type_counts = sum(entry["count"] for entry in results.facets.get("type", {}).get("values", ()))
    if results.facets and type_counts != results.total:
        found.append(f"type facet counts {type_counts} but total {results.total}")
    return found


class Evaluator:
    """Runs queries as an anonymous visitor or a member, in their language."""

    def __init__(self, member):
        self.users = {"public": AnonymousUser(), "member": member}
        self.factory = RequestFactory()

    def request(self, query, scope, language):
        path = "/search/" if language == settings.LANGUAGE_CODE else f"/{language}/search/"
        request = self.factory.get(path, {"q": query})
        request.user = self.users[scope]
        request.LANGUAGE_CODE = language
        return request

    def run(self, query):
        language = query.get("language", "de")
        scope = query["scope"]
        request = self.request(query["query"], scope, language)
        hidden = query.get("must_not_appear", []) if scope == "public" else []
        with translation.override(language):
            results = run_search(request, query["query"], language=language, per_page=RANKED)
            titles = [hit.title for hit in results.hits]
            failures = []
            if hidden:
                everything = self.all_titles(request, query["query"], language)
                failures = hidden_titles_shown(results, everything, hidden)
        return Outcome(
            query=query,
            rank=first_rank(titles, query["expected"]),
            total=results.total,
            titles=titles,
            suggestion=results.suggestion or "",
            degraded=results.degraded,
            permission_failures=failures,
        )

    def all_titles(self, request, query, language):
        titles = []
        page = 1
        while True:
            results = run_search(
                request, query, language=language, page=page, per_page=PERMISSION_PAGE_SIZE
            )
            titles.extend(hit.title for hit in results.hits)
            if not results.page_obj or not results.page_obj.has_next():
                return titles
            page += 1


def evaluate(queries, member, progress=None):
    """Run every query; `progress(number, count, outcome)` after each one."""
    evaluator = Evaluator(member)
    outcomes = []
    for number, query in enumerate(queries, start=1):
        outcome = evaluator.run(query)
        outcomes.append(outcome)
        if progress:
            progress(number, len(queries), outcome)
    return Report(backend=backend_name(), outcomes=outcomes)


def members_group():
    return Group.objects.get_or_create(name=settings.MEMBERS_GROUP_NAME)[0]


def member_user():
    """The demo member, or (inside the caller's rolled-back transaction) a
    throwaway user in the members' group."""
    users = get_user_model().objects
    demo = users.filter(email__iexact=DEMO_MEMBER_EMAIL, is_active=True).first()
    if demo is not None and demo.groups.filter(name=settings.MEMBERS_GROUP_NAME).exists():
        return demo
    user = users.filter(email=THROWAWAY_MEMBER_EMAIL).first() or users.create_user(
        email=THROWAWAY_MEMBER_EMAIL, password=None
    )
    user.groups.add(members_group())
    return user


def is_seeded():
    """The demo site is there: its member account and pages below the home pages."""
    demo_account = get_user_model().objects.filter(email__iexact=DEMO_MEMBER_EMAIL).exists()
    return demo_account and Page.objects.filter(depth__gt=3).exists()


def press_release_files():
    return sorted(
        str(path)
        for path in PRESS_RELEASE_DIR.iterdir()
        if path.suffix.lower() in PRESS_RELEASE_SUFFIXES
    )


class Command(BaseCommand):
    help = (
        "Run the relevance evaluation set (search/eval/queries.json) against the configured "
        "search backend and print success@3 and MRR per difficulty."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queries", default=str(QUERIES_FILE), metavar="FILE", help="the query set (JSON)"
        )
        parser.add_argument(
            "--prepare",
            action="store_true",
            help="seed the demo site if needed, import and publish the evaluation press "
            "releases, update the index (development and test databases only)",
        )
        parser.add_argument(
            "--difficulty",
            action="extend",
            nargs="+",
            default=[],
            metavar="D",
            help="only the queries of these difficulties",
        )
        parser.add_argument(
            "--verbose",
            action="store_true",
            help="list every failing query with its first three results",
        )
        parser.add_argument(
            "--min-success",
            type=float,
            default=None,
            metavar="X",
            help="fail when success@3 over all queries is below X",
        )
        parser.add_argument(
            "--min-mrr",
            type=float,
            default=None,
            metavar="Y",
            help="fail when the MRR over all queries is below Y",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        queries = load_queries(options["queries"], options["difficulty"])
        if options["prepare"]:
            self.prepare()
        self.stdout.write(f"Backend: {backend_name()}")
        self.stdout.write(f"Running {len(queries)} queries …")
        # Nothing of the evaluation stays: neither a throwaway member nor
        # whatever the search records about the queries.
        with transaction.atomic():
            self.report = evaluate(queries, member_user(), progress=self.progress)
            transaction.set_rollback(True)
        self.print_report(self.report, verbose=options["verbose"])
        self.enforce(self.report, options["min_success"], options["min_mrr"])

    # --- preparation ----------------------------------------------------------

    def prepare(self):
        if is_seeded():
            self.stdout.write("Demo site: already seeded.")
        else:
            self.stdout.write("Demo site: seeding (seed_demo) …")
            call_command("seed_demo", force=True, stdout=self.quiet_stdout())
        files = press_release_files()
        self.stdout.write(f"Importing and publishing {len(files)} press releases …")
        call_command("import_press_releases", *files, publish=True, stdout=self.quiet_stdout())
        self.stdout.write("Updating the search index (update_index) …")
        call_command("update_index", stdout=self.quiet_stdout())

    def quiet_stdout(self):
        """The sub-commands' own output, shown from verbosity 2."""
        return self.stdout if self.verbosity >= 2 else io.StringIO()

    # --- output ---------------------------------------------------------------

    def progress(self, number, count, outcome):
        if self.verbosity < 1:
            return
        if outcome.is_none_query:
            result = f"total {outcome.total}"
        else:
            result = f"rank {outcome.rank}" if outcome.rank else f"not in top {RANKED}"
        marker = "ok " if outcome.success else "-- "
        if outcome.permission_failures:
            marker = "!! "
        self.stdout.write(
            f"  [{number:>3}/{count}] {marker}{outcome.query['difficulty']:<15} "
            f"{outcome.query['query']!r}: {result}"
        )

    def print_report(self, report, verbose=False):
        write = self.stdout.write
        write("")
        write(f"Search relevance ({report.backend})")
        write(f"{'difficulty':<16}{'queries':>8}{'success@3':>11}{'MRR':>8}")
        for difficulty in report.difficulties:
            self.write_figures(difficulty, report.figures(difficulty))
        self.write_figures("all", report.figures())
        degraded = [o for o in report.outcomes if o.degraded]
        if degraded:
            write(
                self.style.WARNING(
                    f"{len(degraded)} queries were answered by the fallback backend "
                    "(search server unreachable)."
                )
            )
        if verbose and report.failures:
            write("")
            write("Failing queries (first three results):")
            for outcome in report.failures:
                query = outcome.query
                if outcome.is_none_query:
                    why = f"total {outcome.total}, expected 0"
                else:
                    why = f"rank {outcome.rank}" if outcome.rank else f"not in top {RANKED}"
                    why += f" (total {outcome.total})"
                write(f"  [{query['difficulty']}] {query['query']!r} ({query['scope']}): {why}")
                if query["expected"]:
                    write(f"      expected: {' | '.join(query['expected'])}")
                for position, title in enumerate(outcome.titles[:SUCCESS_RANK], start=1):
                    write(f"      {position}. {title}")
                if outcome.suggestion:
                    write(f"      suggestion: {outcome.suggestion}")
        permission_failures = report.permission_failures
        write("")
        write(f"Permission failures: {len(permission_failures)}")
        for outcome in permission_failures:
            for failure in outcome.permission_failures:
                write(self.style.ERROR(f"  {outcome.query['query']!r}: {failure}"))

    def write_figures(self, label, figures):
        self.stdout.write(
            f"{label:<16}{figures.queries:>8}{figures.success_at_3:>11.3f}{figures.mrr:>8.3f}"
        )

    def enforce(self, report, min_success, min_mrr):
        problems = []
        if report.permission_failures:
            problems.append(
                f"{len(report.permission_failures)} queries show member-only content "
                "to anonymous visitors"
            )
        overall = report.figures()
        if min_success is not None and overall.success_at_3 < min_success:
            problems.append(f"success@3 {overall.success_at_3:.3f} is below {min_success}")
        if min_mrr is not None and overall.mrr < min_mrr:
            problems.append(f"MRR {overall.mrr:.3f} is below {min_mrr}")
        if problems:
            raise CommandError("; ".join(problems))
