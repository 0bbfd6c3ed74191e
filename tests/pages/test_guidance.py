"""Guidance pages per target group, and the home page's entry points."""

import pytest

from cms.models import Organisation
from pages.models import GuidanceIndexPage, GuidancePage, TargetGroup, Topic
from tests import factories


def make_group(slug, name, english_name, order=0):
    group = TargetGroup.objects.create(
        locale=factories.get_locale("de"), slug=slug, name=name, sort_order=order
    )
    translated = group.copy_for_translation(factories.get_locale("en"))
    translated.name = english_name
    translated.save()
    return group


def make_topic(slug, name, english_name):
    topic = Topic.objects.create(locale=factories.get_locale("de"), slug=slug, name=name)
    translated = topic.copy_for_translation(factories.get_locale("en"))
    translated.name = english_name
    translated.save()
    return topic


@pytest.fixture
def guidance(home):
    office = make_group("innendienst", "Innendienst mit Publikumsverkehr", "Office staff", 1)
    teachers = make_group("lehrkraefte", "Lehrkräfte", "Teachers", 2)
    calm = make_topic("deeskalation", "Deeskalation", "De-escalation")
    aftercare = make_topic("nachsorge", "Nachsorge", "Aftercare")
    index = factories.add_page(
        home, GuidanceIndexPage(title="Handlungsempfehlungen", slug="empfehlungen")
    )

    def add(title, slug, groups, topics):
        page = GuidancePage(
            title=title,
            slug=slug,
            teaser=f"Kurz: {title}",
            body=factories.body_blocks([("paragraph", f"Text zu {title}")]),
        )
        page.target_groups = groups
        page.topics = topics
        return factories.add_page(index, page)

    pages = {
        "desk": add("Sicher am Empfang", "empfang", [office], [calm]),
        "after": add("Nachsorge im Team", "nachsorge", [office, teachers], [aftercare]),
        "school": add("Konflikte in der Schule", "schule", [teachers], [calm]),
    }
    return index, pages


def section_of(html, heading):
    """The HTML of the target-group section with this heading."""
    start = html.index(f">{heading}</h2>")
    end = html.find("<section", start)
    return html[start : end if end != -1 else None]


def test_guidance_overview_lists_pages_under_each_target_group(client, guidance):
    index, _pages = guidance
    html = client.get(index.url).content.decode()
    office = section_of(html, "Innendienst mit Publikumsverkehr")
    teachers = section_of(html, "Lehrkräfte")
    assert "Sicher am Empfang" in office
    assert "Nachsorge im Team" in office
    assert "Konflikte in der Schule" not in office
    assert "Konflikte in der Schule" in teachers
    assert "Nachsorge im Team" in teachers


def test_guidance_overview_filters_by_topic(client, guidance):
    index, _pages = guidance
    html = client.get(index.url, {"thema": "nachsorge"}).content.decode()
    assert "Nachsorge im Team" in html
    assert "Sicher am Empfang" not in html
    assert 'aria-current="page">Nachsorge</a>' in html


def test_unknown_topic_shows_all_guidance(client, guidance):
    index, _pages = guidance
    response = client.get(index.url, {"thema": "gibt-es-nicht"})
    assert response.status_code == 200
    assert "Sicher am Empfang" in response.content.decode()


def test_draft_guidance_is_not_listed(client, guidance):
    index, pages = guidance
    pages["desk"].unpublish()
    assert "Sicher am Empfang" not in client.get(index.url).content.decode()


def test_english_guidance_page_names_target_groups_in_english(client, home_en, guidance):
    _index, pages = guidance
    strings = {
        "Handlungsempfehlungen": "Guidance",
        "empfehlungen": "guidance",
        "Nachsorge im Team": "Aftercare in the team",
        "nachsorge": "aftercare",
        "Kurz: Nachsorge im Team": "In short: aftercare",
        "Text zu Nachsorge im Team": "About aftercare",
    }
    factories.translate_page(_index, "en", strings)
    english = factories.translate_page(pages["after"], "en", strings)
    html = client.get(english.url).content.decode()
    assert "Office staff, Teachers" in html
    assert "Aftercare" in html
    assert "Innendienst" not in html


def test_home_links_each_target_group_to_its_guidance_section(client, home, guidance):
    html = client.get(home.url).content.decode()
    assert 'href="/empfehlungen/#innendienst">Innendienst mit Publikumsverkehr</a>' in html
    assert 'href="/empfehlungen/#lehrkraefte">Lehrkräfte</a>' in html


def test_home_key_figures_follow_the_data(client, home):
    Organisation.objects.create(name="Stadt Beispielstadt", kind="city", region="koeln")
    Organisation.objects.create(name="Kreis Musterkreis", kind="district", region="detmold")
    html = client.get(home.url).content.decode()
    assert '<span class="figures__value">2</span>' in html
    Organisation.objects.create(name="Jobcenter Irgendwo", kind="job_centre", region="koeln")
    html = client.get(home.url).content.decode()
    assert '<span class="figures__value">3</span>' in html
