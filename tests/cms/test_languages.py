import re

import pytest

from tests import factories


def test_root_serves_german_home_page(client, home_en):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Willkommen im Netzwerk." in html


def test_english_home_page_is_under_en(client, home_en):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Welcome." in html


def test_header_names_the_network_and_switches_language(client, home_en):
    html = client.get("/").content.decode()
    assert 'class="site-name" href="/">#sicherimDienst</a>' in html
    assert re.search(r'<a href="/en/" lang="en" hreflang="en">English</a>', html)
    assert re.search(r'<a href="/" lang="de" hreflang="de" aria-current="true">Deutsch</a>', html)


def test_pages_name_their_translations_with_hreflang(client, home_en):
    html = client.get("/en/").content.decode()
    assert '<link rel="alternate" hreflang="de" href="http://testserver/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html


def test_untranslated_page_has_no_english_alternate(client, home_en, newsroom):
    html = client.get(newsroom.url).content.decode()
    assert 'hreflang="en" href="http://testserver/en/presse/"' not in html
    assert '<link rel="alternate" hreflang="en"' not in html
    # The switcher still offers English: the English home page.
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html


def test_interface_text_is_german_on_german_pages(client, home):
    html = client.get("/").content.decode()
    assert "Zum Inhalt springen" in html
    assert "Anmelden" in html


def test_interface_text_is_english_on_english_pages(client, home_en):
    html = client.get("/en/").content.decode()
    assert "Skip to content" in html
    assert "Log in" in html


def test_search_page_switches_language_with_its_query(client, home_en):
    html = client.get("/search/", {"q": "Schutz"}).content.decode()
    assert 'href="/en/search/?q=Schutz"' in html


@pytest.mark.parametrize("path", ["/admin/login/"])
def test_admin_is_german_by_default(client, db, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Anmelden" in response.content.decode()


def test_admin_follows_the_editors_language_preference(client, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Dashboard" in response.content.decode()


def test_login_page_exists_in_both_languages(client, home_en):
    german = client.get("/accounts/login/").content.decode()
    english = client.get("/en/accounts/login/").content.decode()
    assert '<html lang="de">' in german
    assert '<html lang="en">' in english
    assert "E-Mail" in german


def test_unknown_page_answers_404_in_site_layout(client, home):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "#sicherimDienst" in response.content.decode()


def test_translation_keeps_source_link_for_editors(home_en, home):
    from wagtail_localize.models import Translation

    assert Translation.objects.filter(source__object_id=home.translation_key).exists()
    assert factories.get_locale("en") == home_en.locale
