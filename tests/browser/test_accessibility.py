"""Every page a visitor reaches by links, and the states forms lead to, pass axe-core."""

from collections import Counter, deque
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from pages.models import PressReleasePage
from tests import factories
from tests.browser.audit import focus_sweep

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be
    # committed; serialized_rollback restores the root page and locale that
    # Wagtail's migrations create, for the tests that run after these.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEMBER = ("browser-test@example.org", "a-long-test-password")
SKIPPED_PATH_PARTS = (
    "/admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/feed/",
    "/rss/",
    "/atom/",
    "logout",
)
FILE_SUFFIXES = (
    ".xml", ".json", ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".csv",
    ".zip", ".ics", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp",
)  # fmt: skip
SUBMIT_BUTTONS = "button[type=submit], button:not([type]), input[type=submit]"
# Absolute link targets; an <a> inside SVG (the member map) has an object as href.
LINK_TARGETS = """links => links.map(a => typeof a.href === "string"
    ? a.href : new URL(a.href.baseVal, document.baseURI).href)"""
# Pages with these get a walk through with Tab: is the focus visible on each stop?
WIDGETS = "main form, main svg a, main details, main [tabindex], main iframe, main video"
# Query variants (filters, pages of a list) audited per path.
QUERY_VARIANTS = 2
# A crawl that loops (calendar months, endless pagination) stops here.
PAGE_LIMIT = 400
# Forms that change nothing when sent empty: they have fields to fill in.
FILLABLE_FIELDS = (
    "input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select"
)


def crawlable(url, origin):
    """The path and query of `url` when the crawl should open it, else None."""
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}" != origin:
        return None  # mailto:, tel:, other sites
    path = parts.path.lower()
    if any(part in path for part in SKIPPED_PATH_PARTS) or path.endswith(FILE_SUFFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def page_key(path):
    """Pages that differ only in the login link's ?next= are the same page."""
    parts = urlsplit(path)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "next"]
    return parts.path + (f"?{urlencode(query)}" if query else "")


class Crawl:
    """Breadth-first through same-origin links; axe-core on each page not yet audited."""

    def __init__(self, page, origin, axe):
        self.page = page
        self.origin = origin
        self.axe = axe
        self.audited = set()
        self.broken = []
        self.form_pages = []
        self.widget_pages = []

    def run(self, *start_paths, state="", only_new=False):
        """Crawl from `start_paths`; with `only_new`, pass through no page audited before."""
        seen = {page_key(path) for path in start_paths}
        variants = Counter()
        queue = deque((path, "(start)") for path in start_paths)
        visited = 0
        while queue and visited < PAGE_LIMIT:
            path, referrer = queue.popleft()
            visited += 1
            try:
                response = self.page.goto(self.origin + path)
            except PlaywrightError as error:  # e.g. a download without a known suffix
                self.broken.append(f"{path} (linked from {referrer}): {error.message}")
                continue
            if response is None:
                continue
            if response.status >= 400:
                self.broken.append(f"{path} (linked from {referrer}): HTTP {response.status}")
            if not response.headers.get("content-type", "").startswith("text/html"):
                continue
            final = crawlable(self.page.url, self.origin) or path
            if page_key(final) not in self.audited:
                self.audited.add(page_key(final))
                self.axe.check(self.page, state)
                if self.page.locator("main form[method=post i]").count():
                    self.form_pages.append(final)
                if self.page.locator(WIDGETS).count():
                    self.widget_pages.append(final)
            for href in self.page.eval_on_selector_all("a[href]", LINK_TARGETS):
                target = crawlable(href, self.origin)
                if not target:
                    continue
                key = page_key(target)
                if key in seen or (only_new and key in self.audited):
                    continue
                seen.add(key)
                if "?" in key:
                    # Filters and pagination show the same template with
                    # other rows: a few variants per page are enough.
                    variants[urlsplit(key).path] += 1
                    if variants[urlsplit(key).path] > QUERY_VARIANTS:
                        continue
                queue.append((target, path))
        return visited


def submit_empty(page, origin, path, axe, state):
    """Send each fillable form on `path` empty, past the browser's own checks."""
    forms = page.goto(origin + path) and page.locator("main form[method=post i]")
    for index in range(forms.count()):
        if index:
            page.goto(origin + path)
        form = forms.nth(index)
        if not form.locator(FILLABLE_FIELDS).count():
            continue
        # The server's error messages are what is checked, so the browser's
        # validation (required, type=email) must not stop the form first.
        form.evaluate("form => { form.noValidate = true; }")
        with page.expect_navigation():
            form.locator(SUBMIT_BUTTONS).first.click()
        assert page.locator("main").count(), f"no page after sending {path} empty"
        axe.check(page, state)


def test_every_linked_page_and_form_state_passes_axe(page, demo_site, axe):
    crawl = Crawl(page, demo_site, axe)

    # 1. A visitor: both languages' home pages and everything linked from them.
    crawl.run("/", "/en/")
    public_pages = len(crawl.audited)
    for path in crawl.form_pages:
        submit_empty(page, demo_site, path, axe, "sent empty")
    focus_problems = []
    for path in crawl.widget_pages:
        page.goto(demo_site + path)
        focus_problems += focus_sweep(page)[1]

    # 2. The header search, with and without results.
    release = PressReleasePage.objects.live().filter(locale__language_code="de").first()
    term = max((word.strip(":,.!?–#") for word in release.title.split()), key=len)
    for query, expected in [(term, release.title), ("Xylophonquartett", "0 Treffer")]:
        page.goto(demo_site + "/")
        # The header field is a combobox once the autocomplete script runs.
        field = page.get_by_role("combobox", name="Suche")
        field.fill(query)
        field.press("Enter")
        page.wait_for_url("**/search/?q=*")
        assert expected in page.locator("main").inner_text()
        axe.check(page, f"search for {query}")

    # 3. The page for an address that does not exist.
    for path in ["/diese-seite-gibt-es-nicht/", "/en/no-such-page/"]:
        assert page.goto(demo_site + path).status == 404
        axe.check(page, "not found")

    # 4. The login page with wrong credentials, then as a member.
    factories.make_member(MEMBER[0], password=MEMBER[1])
    page.goto(demo_site + "/accounts/login/")
    page.get_by_label("E-Mail").fill(MEMBER[0])
    page.get_by_label("Passwort").fill("falsches-passwort")
    page.get_by_role("button", name="Anmelden").click()
    assert page.get_by_role("alert").is_visible()
    axe.check(page, "wrong password")
    page.get_by_label("E-Mail").fill(MEMBER[0])
    page.get_by_label("Passwort").fill(MEMBER[1])
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_load_state()

    # 5. A member: from the home page (with its logged-in header) through the
    # pages not audited yet, i.e. the members' area.
    crawl.audited.discard("/")
    crawl.form_pages = []
    crawl.run("/", "/en/", state="member", only_new=True)
    for path in crawl.form_pages:
        submit_empty(page, demo_site, path, axe, "member, sent empty")

    assert not crawl.broken, "Broken links:\n" + "\n".join(crawl.broken)
    assert not focus_problems, "Focus not visible:\n" + "\n".join(focus_problems)
    assert public_pages >= 15, f"the crawl reached only {public_pages} public pages"
    assert len(crawl.audited) > public_pages, "the member crawl reached no intranet page"
    axe.assert_clean()
