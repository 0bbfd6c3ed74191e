"""Privacy of the public site, checked on every page a visitor can reach:
no cookies for readers, every asset self-hosted, nothing of the intranet."""

import io
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

# The tests read recorded responses; the marker makes pytest-django create
# the test database that the module fixture fills.
pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/", "/accounts/logout/")
RESOURCE_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "track": "src",
    "embed": "src",
    "object": "data",
}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.resources = []
        self.has_post_form = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.has_post_form = True
        if tag in RESOURCE_ATTRIBUTES and attrs.get(RESOURCE_ATTRIBUTES[tag]):
            self.resources.append((tag, attrs[RESOURCE_ATTRIBUTES[tag]]))
        if tag in ("img", "source") and attrs.get("srcset"):
            for candidate in attrs["srcset"].split(","):
                self.resources.append((tag, candidate.strip().split(" ")[0]))
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower()
            if rel in ("stylesheet", "icon", "preload", "modulepreload", "manifest"):
                self.resources.append((f"link rel={rel}", attrs["href"]))
        if tag == "video" and attrs.get("poster"):
            self.resources.append(("video poster", attrs["poster"]))


def crawl(client):
    """Every page reachable by links from / and /en/, with its response."""
    queue = ["/", "/en/"]
    seen = set(queue)
    pages = {}
    while queue:
        path = queue.pop(0)
        response = client.get(path)
        parser = PageParser()
        if response["Content-Type"].startswith("text/html"):
            parser.feed(response.content.decode())
        pages[path] = (response, parser)
        for href in parser.links:
            url = urlsplit(urljoin("http://testserver" + path, href))
            if url.scheme not in ("http", "https") or url.netloc != "testserver":
                continue
            # The login link carries ?next= of every page: one visit is enough.
            query = "" if url.path.endswith("/accounts/login/") else url.query
            target = url.path + (f"?{query}" if query else "")
            if target in seen or url.path.startswith(SKIPPED_PREFIXES):
                continue
            if re.search(r"(\.xml|/feed/|/rss/|/atom/)$", url.path):
                continue
            seen.add(target)
            queue.append(target)
    return pages


@pytest.fixture(scope="module")
def site_pages(django_db_setup, django_db_blocker):
    """Seed the demo site, crawl it once as an anonymous reader, roll back.

    The tests below only inspect the recorded responses, so one crawl serves
    them all.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", force=True, stdout=io.StringIO())
        pages = crawl(Client())
        transaction.set_rollback(True)
    return pages


def test_every_linked_page_answers_without_error(site_pages):
    failures = {
        path: response.status_code
        for path, (response, _parser) in site_pages.items()
        if response.status_code != 200
    }
    assert len(site_pages) >= 30
    assert failures == {}


def test_readers_get_no_cookie_except_csrf_on_form_pages(site_pages):
    unexpected = {}
    for path, (response, parser) in site_pages.items():
        allowed = {"csrftoken"} if parser.has_post_form else set()
        extra = set(response.cookies) - allowed
        if extra:
            unexpected[path] = sorted(extra)
    assert unexpected == {}


def test_every_asset_is_self_hosted(site_pages):
    external = []
    for path, (_response, parser) in site_pages.items():
        for tag, url in parser.resources:
            netloc = urlsplit(urljoin("http://testserver/", url)).netloc
            if netloc != "testserver":
                external.append((path, tag, url))
    assert external == []


def test_no_intranet_page_is_linked_for_anonymous_readers(site_pages):
    intranet_paths = [
        path
        for path in site_pages
        if path.startswith(("/mitgliederbereich/", "/en/members-area/"))
    ]
    assert intranet_paths == []
