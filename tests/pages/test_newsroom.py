"""The newsroom: filters by year and tag, the archive, the press release page,
and embargoed releases that the scheduler publishes."""

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images.tests.utils import get_test_image_file

from cms.models import CustomImage, Organisation
from pages.models import PressContact
from tests import factories


def release(newsroom, title, date, tags=(), **fields):
    page = factories.make_press_release(
        newsroom, title=title, slug=slugify(title), date=date, **fields
    )
    return factories.tag_page(page, *tags) if tags else page


@pytest.fixture
def releases(newsroom):
    """Five live releases over two years and a draft."""
    return {
        "study": release(newsroom, "Studie veröffentlicht", datetime.date(2024, 5, 1), ["Studie"]),
        "jobcentre": release(
            newsroom, "Übergriff im Jobcenter", datetime.date(2024, 11, 3), ["Gewalt", "Jobcenter"]
        ),
        "member": release(
            newsroom, "Köln wird Mitglied", datetime.date(2025, 2, 10), ["Mitglieder"]
        ),
        "rescue": release(
            newsroom, "Angriffe auf Rettungskräfte", datetime.date(2025, 6, 1), ["Gewalt"]
        ),
        "report": release(newsroom, "Jahresbericht erschienen", datetime.date(2025, 12, 1)),
        "draft": release(newsroom, "Noch geheim", datetime.date(2025, 12, 2), live=False),
    }


def titles_on(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    html = response.content.decode()
    return html


def test_newsroom_lists_live_releases_newest_first(client, newsroom, releases):
    html = titles_on(client, newsroom.url)
    positions = [
        html.index(releases[name].title) for name in ("report", "rescue", "member", "jobcentre")
    ]
    assert positions == sorted(positions)
    assert "Noch geheim" not in html
    assert "5 Pressemitteilungen" in html


def test_year_filter_lists_only_that_year(client, newsroom, releases):
    html = titles_on(client, newsroom.url, {"year": "2024"})
    assert "Studie veröffentlicht" in html
    assert "Übergriff im Jobcenter" in html
    assert "Köln wird Mitglied" not in html
    assert "Jahresbericht erschienen" not in html
    assert "2 Pressemitteilungen" in html
    assert "Jahr: 2024." in html


def test_tag_filter_lists_only_tagged_releases(client, newsroom, releases):
    html = titles_on(client, newsroom.url, {"tag": "gewalt"})
    assert "Übergriff im Jobcenter" in html
    assert "Angriffe auf Rettungskräfte" in html
    assert "Studie veröffentlicht" not in html
    assert "Schlagwort: Gewalt." in html


def test_year_and_tag_filters_combine(client, newsroom, releases):
    html = titles_on(client, newsroom.url, {"year": "2025", "tag": "gewalt"})
    assert "Angriffe auf Rettungskräfte" in html
    assert "Übergriff im Jobcenter" not in html
    assert "1 Pressemitteilung<" in html


def test_filter_form_shows_counts(client, newsroom, releases):
    html = titles_on(client, newsroom.url)
    assert '<label for="filter-year">Jahr</label>' in html
    assert '<label for="filter-tag">Schlagwort</label>' in html
    assert ">2025 (3 Meldungen)</option>" in html
    assert ">2024 (2 Meldungen)</option>" in html
    assert ">Gewalt (2 Meldungen)</option>" in html
    assert ">Jobcenter (1 Meldung)</option>" in html


def test_counts_honour_the_other_filter(client, newsroom, releases):
    html = titles_on(client, newsroom.url, {"tag": "gewalt"})
    assert ">2025 (1 Meldung)</option>" in html
    assert ">2024 (1 Meldung)</option>" in html
    html = titles_on(client, newsroom.url, {"year": "2024"})
    assert "Mitglieder (" not in html
    assert '<option value="2024" selected>' in html


def test_filter_without_matches_says_so(client, newsroom, releases):
    html = titles_on(client, newsroom.url, {"year": "2025", "tag": "studie"})
    assert "Keine Pressemitteilungen passen zu dieser Auswahl." in html
    assert "0 Pressemitteilungen" in html
    assert '<option value="studie" selected>Studie (0 Meldungen)</option>' in html
    assert f'<a href="{newsroom.url}">Alle Pressemitteilungen anzeigen</a>' in html


def test_empty_newsroom_says_no_releases_yet(client, newsroom):
    html = titles_on(client, newsroom.url)
    assert "Noch keine Pressemitteilungen." in html


def test_invalid_filters_are_ignored_or_empty(client, newsroom, releases):
    assert "5 Pressemitteilungen" in titles_on(client, newsroom.url, {"year": "zwei"})
    html = titles_on(client, newsroom.url, {"tag": "gibt-es-nicht"})
    assert "Keine Pressemitteilungen passen zu dieser Auswahl." in html


def test_pagination_keeps_the_filters(client, newsroom):
    for number in range(12):
        release(
            newsroom,
            f"Meldung {number}",
            datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            ["Gewalt"],
        )
    html = titles_on(client, newsroom.url, {"year": "2025", "tag": "gewalt"})
    assert "?year=2025&amp;tag=gewalt&amp;page=2" in html
    second = titles_on(client, newsroom.url, {"year": "2025", "tag": "gewalt", "page": "2"})
    assert "Meldung 0<" in second
    assert "Seite 2 von 2" in second


def test_release_tags_link_to_the_filtered_list(client, newsroom, releases):
    html = titles_on(client, newsroom.url)
    assert f'<a href="{newsroom.url}?tag=gewalt">Gewalt</a>' in html


def test_archive_lists_years_with_counts(client, newsroom, releases):
    response = client.get(f"{newsroom.url}archiv/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Archiv der Pressemitteilungen</h1>" in html
    assert f'<a href="{newsroom.url}archiv/2025/">2025</a> (3 Pressemitteilungen)' in html
    assert f'<a href="{newsroom.url}archiv/2024/">2024</a> (2 Pressemitteilungen)' in html


def test_year_archive_lists_that_years_releases(client, newsroom, releases):
    html = titles_on(client, f"{newsroom.url}archiv/2024/")
    assert "<h1>Pressemitteilungen 2024</h1>" in html
    assert "Studie veröffentlicht" in html
    assert "Übergriff im Jobcenter" in html
    assert "Köln wird Mitglied" not in html


def test_year_archive_filters_by_tag(client, newsroom, releases):
    html = titles_on(client, f"{newsroom.url}archiv/2024/", {"tag": "gewalt"})
    assert "Übergriff im Jobcenter" in html
    assert "Studie veröffentlicht" not in html


@pytest.mark.parametrize("path", ["archiv/2019/", "archive/2024/", "archive/", "archiv/20245/"])
def test_archive_answers_404_for_unknown_years_and_the_other_languages_path(
    client, newsroom, releases, path
):
    assert client.get(f"{newsroom.url}{path}").status_code == 404


def test_english_newsroom_uses_the_english_archive_path(client, home_en, newsroom, releases):
    english = factories.translate_page(
        newsroom, "en", {"Presse": "Press", "presse": "press", "Neuigkeiten": "News"}
    )
    assert client.get(f"{english.url}archive/").status_code == 200
    assert client.get(f"{english.url}archiv/").status_code == 404


def test_archive_pages_have_breadcrumbs(client, newsroom, releases):
    html = titles_on(client, f"{newsroom.url}archiv/2024/")
    assert f'<a href="{newsroom.url}">Presse</a>' in html
    assert f'<a href="{newsroom.url}archiv/">Archiv</a>' in html
    assert f'<a href="{newsroom.url}archiv/2024/" aria-current="page">2024</a>' in html


@pytest.mark.parametrize("params", [{}, {"year": "2025", "tag": "gewalt"}])
def test_newsroom_queries_do_not_grow_with_releases(client, newsroom, params):
    def count(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url, params).status_code == 200
        return len(context.captured_queries)

    for number in range(2):
        release(newsroom, f"Alt {number}", datetime.date(2025, 3, 1 + number), ["Gewalt", "A"])
    count(newsroom.url)
    few = count(newsroom.url)
    for number in range(12):
        release(
            newsroom, f"Neu {number}", datetime.date(2025, 4, 1 + number), [f"T{number}", "Gewalt"]
        )
    assert count(newsroom.url) == few


@pytest.mark.parametrize("path", ["", "archiv/", "archiv/2025/", "rss/", "atom/"])
def test_newsroom_views_stay_under_query_budget(
    client, newsroom, releases, path, django_assert_max_num_queries
):
    client.get(f"{newsroom.url}{path}")
    with django_assert_max_num_queries(30):
        assert client.get(f"{newsroom.url}{path}", {"tag": "gewalt"}).status_code == 200


@pytest.mark.parametrize("path", ["", "?year=2025&tag=gewalt", "archiv/", "archiv/2025/"])
def test_newsroom_sets_no_cookies(client, newsroom, releases, path):
    response = client.get(f"{newsroom.url}{path}")
    assert response.status_code == 200
    assert not response.cookies


def test_newsroom_shows_no_intranet_content(client, newsroom, releases, intranet_page):
    intranet_home = intranet_page.get_parent().specific
    intranet_home.show_in_menus = True
    factories.publish(intranet_home)
    html = titles_on(client, newsroom.url)
    assert "Mitgliederbereich" not in html
    assert "Schulungsmaterial" not in html
    assert intranet_home.url not in html


# --- the press release page -----------------------------------------------


@pytest.fixture
def full_release(newsroom, releases, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = CustomImage.objects.create(
        title="Pressefoto",
        file=get_test_image_file(),
        alt_text="Zwei Beschäftigte am Empfang des Jobcenters",
        credit="Foto: Stadt Beispielstadt",
    )
    contact = PressContact.objects.create(
        name="Petra Presse",
        role="Pressesprecherin",
        organisation="Stadt Beispielstadt",
        email="presse@beispielstadt.example",
        phone="0211 123 456",
        locale=newsroom.locale,
    )
    organisation = Organisation.objects.create(
        name="Jobcenter Beispielstadt",
        kind="job_centre",
        region="duesseldorf",
        city="Beispielstadt",
        website="https://jobcenter.beispielstadt.example",
    )
    page = factories.make_press_release(
        newsroom,
        title="Neues Schutzkonzept im Jobcenter",
        slug="schutzkonzept",
        date=datetime.date(2026, 3, 2),
        place="Beispielstadt",
        teaser="Das Jobcenter schützt seine Beschäftigten.",
        body=[("paragraph", "Ab sofort gilt ein Notfallplan.")],
        image=image,
        press_contact=contact,
        source_url="https://www.beispielstadt.example/presse/schutzkonzept",
        credits="Foto Seite 2: Max Muster",
    )
    page.organisations.add(organisation)
    return factories.tag_page(page, "Gewalt", "Jobcenter")


def test_release_page_shows_dateline_in_german_format(client, full_release):
    html = titles_on(client, full_release.url)
    assert '<time datetime="2026-03-02">2. März 2026</time>' in html
    assert "Beispielstadt, <time" in html


def test_release_page_shows_lead_image_with_alt_text_and_credit(client, full_release):
    html = titles_on(client, full_release.url)
    assert 'alt="Zwei Beschäftigte am Empfang des Jobcenters"' in html
    assert '<figcaption class="image-credit">Foto: Stadt Beispielstadt</figcaption>' in html


def test_release_page_shows_context(client, full_release):
    html = titles_on(client, full_release.url)
    newsroom_url = full_release.get_parent().url
    assert "Das Jobcenter schützt seine Beschäftigten." in html
    assert "Ab sofort gilt ein Notfallplan." in html
    assert '<h2 id="press-contact-heading">Pressekontakt</h2>' in html
    assert '<a href="mailto:presse@beispielstadt.example">' in html
    assert '<a href="tel:0211123456">0211 123 456</a>' in html
    assert f'<a href="{newsroom_url}?tag=gewalt">Gewalt</a>' in html
    assert '<a href="https://jobcenter.beispielstadt.example">Jobcenter Beispielstadt</a>' in html
    assert (
        '<a href="https://www.beispielstadt.example/presse/schutzkonzept">'
        "Originalmeldung auf der Website des Mitglieds</a>"
    ) in html
    assert "Bildnachweise" in html
    assert "Foto Seite 2: Max Muster" in html


def test_release_page_lists_related_releases(client, full_release, releases):
    html = titles_on(client, full_release.url)
    assert "Verwandte Pressemitteilungen" in html
    assert releases["jobcentre"].title in html
    assert releases["rescue"].title in html
    assert releases["study"].title not in html


def test_release_page_in_english_uses_english_date_format(client, home_en, newsroom):
    page = factories.make_press_release(
        newsroom,
        title="Neu",
        slug="neu",
        date=datetime.date(2026, 3, 2),
        place="Köln",
        teaser="Kurz.",
    )
    factories.translate_page(
        newsroom, "en", {"Presse": "Press", "presse": "press", "Neuigkeiten": "News"}
    )
    english = factories.translate_page(
        page, "en", {"Neu": "New", "neu": "new", "Köln": "Cologne", "Kurz.": "Short."}
    )
    html = titles_on(client, english.url)
    assert '<time datetime="2026-03-02">March 2, 2026</time>' in html
    assert "Cologne, <time" in html


# --- embargo ----------------------------------------------------------------


def test_embargoed_release_appears_everywhere_after_the_scheduler_runs(client, newsroom, releases):
    embargoed = factories.make_press_release(
        newsroom,
        title="Sperrfrist bis Montag",
        slug="sperrfrist",
        date=datetime.date(2026, 1, 5),
        live=False,
    )
    factories.schedule(embargoed, timezone.now() + datetime.timedelta(days=3))
    urls = [newsroom.url, f"{newsroom.url}rss/", f"{newsroom.url}atom/", "/sitemap.xml"]

    def visible():
        return {url: "sperrfrist" in client.get(url).content.decode().lower() for url in urls}

    assert visible() == dict.fromkeys(urls, False)
    assert client.get(embargoed.url).status_code == 404

    # Time passes: move the embargo into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = embargoed.get_latest_revision()
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("run_scheduler", "--once")

    assert visible() == dict.fromkeys(urls, True)
    assert client.get(embargoed.url).status_code == 200
    # The site's own response, not untrusted input.
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert f"http://testserver{embargoed.url}" in locations


def test_print_stylesheet_hides_navigation_and_shows_the_original_address():
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    print_rules = css[css.rindex("@media print") :]
    assert ".site-header" in print_rules
    assert ".site-footer" in print_rules
    assert ".source-link a::after" in print_rules
    assert "attr(href)" in print_rules


def test_archive_pages_name_themselves_when_shared(client, newsroom, releases):
    year_html = client.get(f"{newsroom.url}archiv/2025/").content.decode()
    archive_html = client.get(f"{newsroom.url}archiv/").content.decode()

    assert '<meta property="og:title" content="Pressemitteilungen 2025">' in year_html
    assert f'<meta property="og:title" content="Archiv – {newsroom.title}">' in archive_html
