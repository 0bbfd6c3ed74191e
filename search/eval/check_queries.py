"""Check the relevance evaluation set in search/eval/queries.json.

    .venv/bin/python search/eval/check_queries.py [QUERIES_FILE]

Builds the list of everything the seeded site plus the imported press
releases of search/eval/press_releases/ contain (title, language, scope,
text) from the demo content modules and the press release importer, then
checks every query against it:

- each expected title (and each title in "must_not_appear") is the exact
  title of a page, press release, person or organisation, in the query's
  language; a public query expects public content only, and
  "must_not_appear" names member-only content;
- a "none" query expects nothing, and none of its words occurs in the
  content (umlauts and ß folded), shares a run of NONE_SHARED_RUN letters
  with it (a compound part) or is one typo away from one of its words;
- a "typo" query has a word of 6+ letters that occurs nowhere but is one
  wrong, missing, extra or swapped letter away from a word that does;
- every difficulty has at least MIN_PER_DIFFICULTY queries, and no two
  results share a title (results are matched by title).

Prints the counts per difficulty, scope and source and exits with status 1
and a message per problem when anything is wrong. Needs no database.
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = Path(__file__).resolve().parent
QUERIES_FILE = EVAL_DIR / "queries.json"
PRESS_RELEASE_DIR = EVAL_DIR / "press_releases"

DIFFICULTIES = [
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
SCOPES = ["public", "member"]
LANGUAGES = ["de", "en"]
MIN_PER_DIFFICULTY = 5
MIN_QUERIES = 70
KEYS = {"query", "difficulty", "expected", "scope", "note"}
OPTIONAL_KEYS = {"language", "must_not_appear"}
# Shortest run of letters that a "none" query may not share with the
# content: long enough to allow common endings ("ungen"), short enough to
# catch a compound part ("praxis" in "Zahnarztpraxis").
NONE_SHARED_RUN = 6
# Slugs, dates and block types in the demo content structures: not text.
IDENTIFIER = re.compile(r"^[a-z0-9_-]+$")


# --- the content of the seeded site -------------------------------------------


class Entry:
    """One search result the seeded site can give: a page, a press release,
    a person or an organisation, in one language."""

    def __init__(self, title, language, scope, kind, texts, source, date=None):
        self.title = title
        self.language = language
        self.scope = scope
        self.kind = kind
        self.text = "\n".join(t for t in texts if t)
        self.source = source
        self.date = date


def texts_in(value, language):
    """Every string of `language` in a demo content structure: the value of
    a {"de": ..., "en": ...} pair, and plain strings (names, places)."""
    if isinstance(value, dict) and {"de", "en"} <= set(value):
        yield from texts_in(value[language], language)
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item, language)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts_in(item, language)
    elif isinstance(value, str) and not IDENTIFIER.match(value):
        yield value


def page_entry(content, language, scope, kind, source, extra=()):
    title = content["title"][language]
    return Entry(title, language, scope, kind, [*texts_in(content, language), *extra], source)


def demo_entries():
    """The pages, people and organisations seed_demo creates."""
    from intranet import demo_content as intranet_content
    from intranet.seeds import network
    from pages import demo_content as public_content
    from pages.seeds import guidance, legal, membership

    entries = []
    for language in LANGUAGES:
        entries.append(
            page_entry(
                public_content.HOME,
                language,
                "public",
                "home",
                "pages/demo_content.py",
                texts_in(guidance.HOME_JOIN, language),
            )
        )
        for content, source in [
            (public_content.ABOUT, "pages/demo_content.py"),
            (public_content.NEWSROOM, "pages/demo_content.py"),
            (guidance.GUIDANCE_INDEX, "pages/seeds/guidance.py"),
            (membership.MEMBER_LIST, "pages/seeds/membership.py"),
            (membership.JOIN, "pages/seeds/membership.py"),
            *[(page, "pages/seeds/legal.py") for page in legal.STANDARD_PAGES],
            (legal.ACCESSIBILITY, "pages/seeds/legal.py"),
            (legal.CONTACT, "pages/seeds/legal.py"),
        ]:
            entries.append(page_entry(content, language, "public", "page", source))
        for release in public_content.PRESS_RELEASES:
            entries.append(
                page_entry(release, language, "public", "press_release", "pages/demo_content.py")
            )
        groups = {item["slug"]: item["name"] for item in guidance.TARGET_GROUPS}
        topics = {item["slug"]: item["name"] for item in guidance.TOPICS}
        for page in guidance.GUIDANCE_PAGES:
            labels = [groups[s][language] for s in page["groups"]]
            labels += [topics[s][language] for s in page["topics"]]
            entries.append(
                page_entry(page, language, "public", "guidance", "pages/seeds/guidance.py", labels)
            )
        entries.append(
            page_entry(
                intranet_content.INTRANET_HOME,
                language,
                "member",
                "intranet",
                "intranet/demo_content.py",
            )
        )
        for page in intranet_content.INTRANET_PAGES:
            entries.append(
                page_entry(page, language, "member", "intranet", "intranet/demo_content.py")
            )

    # People and organisations are not translated: German only.
    towns = {row[0]: row[3] for row in membership.ORGANISATIONS}
    # The demo member's account (seed_demo's DEMO_ACCOUNTS) is Mika Mitglied.
    demo_member = {"name": ("Mika", "Mitglied"), **network.demo_member}
    for person in [*network.people, demo_member]:
        name = " ".join(person["name"])
        organisation = person["organisation"]
        texts = [name, person["job_title"], person["expertise"], organisation, towns[organisation]]
        entries.append(Entry(name, "de", "member", "person", texts, "intranet/seeds/network.py"))
    for name, _kind, _region, town, _listed in membership.ORGANISATIONS:
        entries.append(
            Entry(name, "de", "member", "organisation", [name, town], "pages/seeds/membership.py")
        )
    return entries


def release_files():
    return sorted(path for path in PRESS_RELEASE_DIR.iterdir() if path.suffix in (".txt", ".docx"))


def press_release_entries():
    """The releases of press_releases/, as the importer reads them."""
    from pages.importer.parsing import parse_release
    from pages.importer.reading import read_release_file

    entries = []
    for path in release_files():
        release = parse_release(read_release_file(path))
        texts = [release.title, release.subtitle, release.teaser, release.place]
        for kind, value in release.body:
            if kind == "quote":
                texts += [value.text, value.person, value.role]
            elif kind == "list":
                texts += value
            else:
                texts.append(value)
        entries.append(
            Entry(release.title, "de", "public", "press_release", texts, path.name, release.date)
        )
    return entries


def raw_release_texts():
    """The files' whole text, page noise included (for the "none" check)."""
    from pages.importer.reading import read_release_file

    return [read_release_file(path) for path in release_files()]


# --- word helpers -----------------------------------------------------------

FOLDS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"}


def fold(text):
    """Lower case, umlauts and ß as ae/oe/ue/ss, other accents dropped."""
    text = "".join(FOLDS.get(c, c) for c in text.casefold())
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text):
    return re.findall(r"[^\W\d_]+", fold(text))


def one_edit_apart(a, b):
    """Whether `a` becomes `b` by one substitution, insertion, deletion or
    swap of neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# --- the checks --------------------------------------------------------------


def check(queries, entries, raw_texts):
    problems = []
    by_title = {}
    for entry in entries:
        by_title.setdefault(entry.title, []).append(entry)
    for title, found in by_title.items():
        for language in LANGUAGES:
            if sum(1 for e in found if e.language == language) > 1:
                problems.append(
                    f"the title {title!r} ({language}) names two results; the evaluation "
                    "matches results by title, so titles must be unique"
                )
    all_text = fold("\n".join([*(e.text for e in entries), *raw_texts]))
    vocabulary = set(words(all_text))
    seen_queries = set()

    for number, item in enumerate(queries, start=1):
        label = f"query {number} ({item.get('query')!r})"
        missing = KEYS - set(item)
        unknown = set(item) - KEYS - OPTIONAL_KEYS
        if missing or unknown:
            problems.append(f"{label}: missing keys {sorted(missing)}, unknown {sorted(unknown)}")
            continue
        query, difficulty, scope = item["query"], item["difficulty"], item["scope"]
        language = item.get("language", "de")
        if query.casefold() in seen_queries:
            problems.append(f"{label}: the same query appears twice")
        seen_queries.add(query.casefold())
        if difficulty not in DIFFICULTIES:
            problems.append(f"{label}: unknown difficulty {difficulty!r}")
        if scope not in SCOPES:
            problems.append(f"{label}: unknown scope {scope!r}")
        if language not in LANGUAGES:
            problems.append(f"{label}: unknown language {language!r}")
        if not item["note"].strip():
            problems.append(f"{label}: empty note")
        if (difficulty == "english") != (language == "en"):
            problems.append(f"{label}: english queries, and only they, have language 'en'")

        for title in item["expected"]:
            found = [e for e in by_title.get(title, []) if e.language == language]
            if not found:
                near = [t for t in by_title if fold(t) == fold(title)]
                hint = f"; did you mean {near[0]!r}?" if near else ""
                problems.append(
                    f"{label}: expected title {title!r} does not exist in the demo content "
                    f"or press_releases/ (language {language}){hint}"
                )
            elif scope == "public" and all(e.scope == "member" for e in found):
                problems.append(
                    f"{label}: {title!r} is member-only content; a public query cannot expect it"
                )
        for title in item.get("must_not_appear", []):
            found = [e for e in by_title.get(title, []) if e.language == language]
            if not found:
                problems.append(f"{label}: must_not_appear title {title!r} does not exist")
            elif scope != "public" or any(e.scope == "public" for e in found):
                problems.append(
                    f"{label}: must_not_appear is for public queries and member-only titles"
                )

        if difficulty == "none":
            if item["expected"]:
                problems.append(f"{label}: a 'none' query expects no results")
            problems += none_problems(label, query, all_text, vocabulary)
        elif not item["expected"]:
            problems.append(f"{label}: expects no result but is not a 'none' query")
        if difficulty == "typo" and not typo_words(query, vocabulary):
            problems.append(
                f"{label}: no word of 6+ letters is one letter away from a word of the content "
                "while missing from it"
            )

    counts = Counter(item.get("difficulty") for item in queries)
    for difficulty in DIFFICULTIES:
        if counts[difficulty] < MIN_PER_DIFFICULTY:
            problems.append(
                f"difficulty {difficulty!r} has {counts[difficulty]} queries, "
                f"at least {MIN_PER_DIFFICULTY} needed"
            )
    if len(queries) < MIN_QUERIES:
        problems.append(f"{len(queries)} queries, at least {MIN_QUERIES} needed")
    return problems


def none_problems(label, query, all_text, vocabulary):
    problems = []
    for word in words(query):
        if word in all_text:
            problems.append(f"{label}: 'none' query word {word!r} occurs in the content")
            continue
        runs = {word[i : i + NONE_SHARED_RUN] for i in range(len(word) - NONE_SHARED_RUN + 1)}
        shared = sorted(run for run in runs if run in all_text)
        if shared:
            problems.append(
                f"{label}: 'none' query word {word!r} shares {shared[0]!r} with the content"
            )
        close = sorted(v for v in vocabulary if len(word) >= 5 and one_edit_apart(word, v))
        if close:
            problems.append(
                f"{label}: 'none' query word {word!r} is one typo away from {close[0]!r}"
            )
    return problems


def typo_words(query, vocabulary):
    """[(typo, meant)] for the query's misspelt words of 6+ letters."""
    found = []
    for word in words(query):
        if len(word) < 6 or word in vocabulary:
            continue
        meant = sorted(v for v in vocabulary if len(v) >= 6 and one_edit_apart(word, v))
        if meant:
            found.append((word, meant[0]))
    return found


def source_of(item, entries):
    sources = {
        "press_releases" if e.source.endswith((".txt", ".docx")) else "demo"
        for title in item["expected"]
        for e in entries
        if e.title == title
    }
    return "+".join(sorted(sources)) or "none"


def say(text, stream=None):
    # A script, not a command: no print() (ruff T20) and no BaseCommand.
    (stream or sys.stdout).write(f"{text}\n")


def report(queries, entries):
    counts = Counter(item["difficulty"] for item in queries)
    scopes = Counter((item["difficulty"], item["scope"]) for item in queries)
    sources = Counter((item["difficulty"], source_of(item, entries)) for item in queries)
    say(f"{'difficulty':<16}{'queries':>8}{'member':>8}{'demo':>6}{'own':>6}{'both':>6}")
    for difficulty in DIFFICULTIES:
        say(
            f"{difficulty:<16}{counts[difficulty]:>8}{scopes[(difficulty, 'member')]:>8}"
            f"{sources[(difficulty, 'demo')]:>6}{sources[(difficulty, 'press_releases')]:>6}"
            f"{sources[(difficulty, 'demo+press_releases')]:>6}"
        )
    total_sources = Counter(source_of(item, entries) for item in queries)
    say(
        f"{'total':<16}{len(queries):>8}{sum(1 for q in queries if q['scope'] == 'member'):>8}"
        f"{total_sources['demo']:>6}{total_sources['press_releases']:>6}"
        f"{total_sources['demo+press_releases']:>6}"
    )
    releases = [e for e in entries if e.source.endswith((".txt", ".docx"))]
    say(f"\n{len(releases)} press releases in {PRESS_RELEASE_DIR.relative_to(ROOT)}/:")
    for entry in releases:
        say(f"  {entry.source}: {entry.date} {entry.title}")


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    path = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else QUERIES_FILE
    queries = json.loads(path.read_text(encoding="utf-8"))
    entries = demo_entries() + press_release_entries()
    problems = check(queries, entries, raw_release_texts())
    report(queries, entries)
    if problems:
        say(f"\n{len(problems)} problem(s) in {path}:", sys.stderr)
        for problem in problems:
            say(f"  - {problem}", sys.stderr)
        return 1
    say(f"\nAll {len(queries)} queries are consistent with the content.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
