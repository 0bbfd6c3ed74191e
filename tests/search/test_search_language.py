"""German (and English) language quality of the search (issue 6, point 4).

Over the seeded demo site plus small pages built here for each case:
stemming, stop words, umlauts and ß typed as ae/oe/ue/ss and back, compound
parts, query compounds, gendered forms, words hyphenated at a line break,
elliptic compounds, typos, several words, English stemming on /en/, content
published while the site runs, and ranking by relevance rather than date.
The pages are built once for the module and indexed with `update_index`,
as a running site would be. Runs on SQLite and again on PostgreSQL.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils.text import slugify

from pages.models import HomePage, NewsroomPage
from tests import factories

pytestmark = pytest.mark.django_db

GENDER_FORMS = ["Lehrer*innen", "Lehrer:innen", "LehrerInnen", "Lehrerinnen", "Lehrer"]

# title → paragraphs of the German sample pages.
PAGES = {
    "Sprachprobe Beugung": ["Die Kontrolleure prüften sämtliche Beschwerden der Anwohner."],
    "Sprachprobe Umlaute": [
        "Der Außendienst der Gemeinde Wiesenbrück meldet Gefährdungen im Straßenverkehr."
    ],
    "Sprachprobe Agenturmeldung": [
        "Die Buergermeisterin von Haselmuehle wandte sich an die Oeffentlichkeit."
    ],
    "Sprachprobe Zusammensetzungen": [
        "Im Bürgeramt Kastanienhain ging der Notfallalarm los. "
        "Danach sprach die Amtsleitung ein Hausverbot aus."
    ],
    "Sprachprobe Bestandteile": ["An der Schule in Erlenbruch gibt es jetzt einen Notfallplan."],
    "Sprachprobe Zeilenumbruch": [
        "Die Gefähr- dungsbeurteilung der Kläranlage Birkenau liegt vor."
    ],
    "Sprachprobe Seitenumbruch": [
        "Für den Vollzugsdienst in Fichtenau gilt ab März eine neue Dienst-",
        "anweisung, die das Vorgehen bei Bedrohungen regelt.",
    ],
    "Sprachprobe Ganzes Wort": ["Die Gefährdungsbeurteilung der Turnhalle Eschenweg ist fertig."],
    "Sprachprobe Auslassung": [
        "Das Land fördert den Brand- und Katastrophenschutz in Lärchental. "
        "Auch Schulleitungen und -sekretariate werden dort geschult."
    ],
    "Mehrwortprobe beide": ["Der Winterdienst verteilt Streusalz auf den Gehwegen."],
    "Mehrwortprobe Dienst": ["Der Winterdienst beginnt im November."],
    "Mehrwortprobe Salz": ["Das Streusalz lagert in der Halle am Bauhof."],
    "Mehrwortprobe Laub": ["Der Laubbläser ist im Herbst jeden Morgen zu hören."],
    "Mehrwortprobe Garten": ["Die Gießkanne steht neben dem Beet."],
    **{
        f"Genderprobe {number}": [f"Die {form} der Grundschule Am Weiher fühlen sich sicher."]
        for number, form in enumerate(GENDER_FORMS, start=1)
    },
}
ENGLISH_PAGE = ("Language sample", "The inspectors were threatened during their visits.")
OLDER_RELEASE = "Ulmenried erhält den Präventionspreis"
NEWER_RELEASE = "Neuigkeiten aus den Mitgliedsorganisationen"


@pytest.fixture(scope="module")
def language_site(seeded_site, django_db_blocker):
    """The sample pages on the seeded site, indexed with update_index."""
    with django_db_blocker.unblock():
        home = HomePage.objects.get(locale__language_code="de")
        for title, paragraphs in PAGES.items():
            factories.make_standard_page(
                home,
                title,
                slug=slugify(title),
                body=[("paragraph", text) for text in paragraphs],
            )
        home_en = HomePage.objects.get(locale__language_code="en")
        factories.make_standard_page(
            home_en,
            ENGLISH_PAGE[0],
            slug="language-sample",
            body=[("paragraph", ENGLISH_PAGE[1])],
        )
        newsroom = NewsroomPage.objects.get(locale__language_code="de")
        factories.make_press_release(
            newsroom,
            OLDER_RELEASE,
            date=datetime.date(2019, 5, 2),
            slug="ulmenried-praeventionspreis",
            teaser="Die Gemeinde wird für ihr Sicherheitskonzept ausgezeichnet.",
            body=[("paragraph", "Der Preis würdigt die Schulungen am Empfang.")],
        )
        factories.make_press_release(
            newsroom,
            NEWER_RELEASE,
            date=datetime.date(2026, 9, 1),
            slug="neuigkeiten-mitgliedsorganisationen",
            teaser="Was sich in den Städten und Kreisen des Netzwerks getan hat.",
            body=[
                (
                    "paragraph",
                    "Mehrere Kreise haben neue Notfallpläne beschlossen, zwei Städte schulen "
                    "ihre Beschäftigten am Empfang. Auch Ulmenried war beim Treffen vertreten. "
                    "Die nächste Runde findet im Frühjahr statt.",
                )
            ],
        )
        call_command("update_index", stdout=io.StringIO())


def titles(search_api, query, path="/api/search/", role="anonymous"):
    """The titles of every page of the answer, in order."""
    answer = search_api(role, query, path=path)
    found = [result["title"] for result in answer["results"]]
    for page in range(2, answer["pages"] + 1):
        found += [r["title"] for r in search_api(role, query, path=path, page=page)["results"]]
    return found


def assert_finds(search_api, query, title, path="/api/search/"):
    found = titles(search_api, query, path)
    assert title in found, (query, found[:10])


# --- stemming and stop words ------------------------------------------------------------


@pytest.mark.parametrize("query", ["Kontrolleur", "Beschwerde", "Anwohnern"])
def test_stemming_finds_other_forms_of_a_word(language_site, search_api, query):
    assert_finds(search_api, query, "Sprachprobe Beugung")


def test_stop_words_do_not_widen_the_results(language_site, search_api):
    # Were "die" a word of the query, every page would match some of its words.
    with_stop_words = search_api("anonymous", "die Kontrolleure der")
    assert with_stop_words["total"] == search_api("anonymous", "Kontrolleure")["total"]


def test_stop_words_do_not_count_as_words_of_the_query(language_site, search_api):
    found = titles(search_api, "die Beschwerden der Kontrolleure")
    assert found[0] == "Sprachprobe Beugung"


# --- umlauts and ß -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["Aussendienst", "Wiesenbrueck", "Gefaehrdungen", "Strassenverkehr"]
)
def test_ae_oe_ue_ss_find_umlauts_and_sharp_s(language_site, search_api, query):
    assert_finds(search_api, query, "Sprachprobe Umlaute")


@pytest.mark.parametrize("query", ["Bürgermeisterin", "Haselmühle", "Öffentlichkeit"])
def test_umlauts_find_text_typed_without_them(language_site, search_api, query):
    assert_finds(search_api, query, "Sprachprobe Agenturmeldung")


def test_sharp_s_finds_ss(language_site, search_api):
    home = HomePage.objects.get(locale__language_code="de")
    factories.make_standard_page(
        home,
        "Sprachprobe Schweiz",
        slug="sprachprobe-schweiz",
        body=[("paragraph", "Die Strasse nach Ahornfeld wird im Aussendienst kontrolliert.")],
    )
    assert_finds(search_api, "Straße", "Sprachprobe Schweiz")
    assert_finds(search_api, "Außendienst", "Sprachprobe Schweiz")


# --- compounds ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Alarm", "Verbot"])
def test_a_compound_part_finds_the_whole_word(language_site, search_api, query):
    assert_finds(search_api, query, "Sprachprobe Zusammensetzungen")


def test_a_query_compound_finds_its_parts(language_site, search_api):
    assert_finds(search_api, "Schulnotfallplan", "Sprachprobe Bestandteile")


# --- gendered forms --------------------------------------------------------------------------


@pytest.mark.parametrize("query", GENDER_FORMS)
def test_every_gendered_form_finds_all_others(language_site, search_api, query):
    found = titles(search_api, query)
    missing = [
        f"Genderprobe {number} ({form})"
        for number, form in enumerate(GENDER_FORMS, start=1)
        if f"Genderprobe {number}" not in found
    ]
    assert missing == []


# --- hyphenation at line breaks and elliptic compounds ---------------------------------------


def test_a_word_hyphenated_at_a_line_break_is_found_whole(language_site, search_api):
    assert_finds(search_api, "Gefährdungsbeurteilung", "Sprachprobe Zeilenumbruch")


def test_a_query_hyphenated_at_a_line_break_finds_the_whole_word(language_site, search_api):
    found = titles(search_api, "Gefähr- dungsbeurteilung")
    assert "Sprachprobe Ganzes Wort" in found
    assert "Sprachprobe Zeilenumbruch" in found


def test_a_word_broken_across_two_paragraphs_is_found_whole(language_site, search_api):
    assert_finds(search_api, "Dienstanweisung", "Sprachprobe Seitenumbruch")


@pytest.mark.parametrize("query", ["Brandschutz", "Katastrophenschutz", "Schulsekretariat"])
def test_elliptic_compounds_are_expanded(language_site, search_api, query):
    assert_finds(search_api, query, "Sprachprobe Auslassung")


# --- typos ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Gefährdungsbeurteilnug", "Sprachprobe Ganzes Wort"),
        ("Katastrophenshutz", "Sprachprobe Auslassung"),
        ("Kontrolleuer", "Sprachprobe Beugung"),
    ],
)
def test_a_typo_in_a_longer_word_still_finds(language_site, search_api, query, title):
    assert_finds(search_api, query, title)


# --- several words ---------------------------------------------------------------------------


def test_pages_with_all_words_come_before_pages_with_some(language_site, search_api):
    found = titles(search_api, "Winterdienst Streusalz")
    assert found[0] == "Mehrwortprobe beide"
    assert "Mehrwortprobe Dienst" in found
    assert "Mehrwortprobe Salz" in found


def test_words_that_occur_only_separately_still_find(language_site, search_api):
    answer = search_api("anonymous", "Laubbläser Gießkanne")
    assert answer["total"] >= 2
    found = [result["title"] for result in answer["results"]]
    assert "Mehrwortprobe Laub" in found
    assert "Mehrwortprobe Garten" in found


def test_a_query_none_of_whose_words_occur_finds_nothing(language_site, search_api):
    answer = search_api("anonymous", "Quittenmarmelade Vulkanausbruch")
    assert answer["total"] == 0
    assert answer["results"] == []


# --- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["inspector", "threatening", "visit"])
def test_english_pages_are_found_with_english_stemming(language_site, search_api, query):
    assert_finds(search_api, query, ENGLISH_PAGE[0], path="/en/api/search/")


def test_english_pages_are_not_in_the_german_search(language_site, search_api):
    assert ENGLISH_PAGE[0] not in titles(search_api, "inspectors")


# --- content published while the site runs ----------------------------------------------------


def test_a_page_published_while_the_site_runs_is_found_at_once(language_site, search_api):
    home = HomePage.objects.get(locale__language_code="de")
    factories.make_standard_page(
        home,
        "Neu veröffentlicht",
        slug="neu-veroeffentlicht",
        body=[("paragraph", "Die Rauchmelderwartung im Rathaus Pappelhain ist erledigt.")],
    )
    assert_finds(search_api, "Rauchmelderwartung", "Neu veröffentlicht")
    assert_finds(search_api, "Pappelhain", "Neu veröffentlicht")


def test_a_page_published_while_the_site_runs_gets_full_analysis_after_update_index(
    language_site, search_api
):
    home = HomePage.objects.get(locale__language_code="de")
    factories.make_standard_page(
        home,
        "Später indexiert",
        slug="spaeter-indexiert",
        body=[
            (
                "paragraph",
                "Die Feuerlöscher im Kreishaus Buchenhain wurden geprüft. "
                "Die nächste Feuerlöscherprüfung folgt im Mai.",
            )
        ],
    )
    call_command("update_index", stdout=io.StringIO())
    # A compound part (its first part is a word of the new content only),
    # umlauts typed as ae/oe/ue, a typo.
    queries = ["Feuerlöscherprüfung", "Prüfung", "Feuerloescherpruefung", "Buchenhian"]
    missing = {
        query: titles(search_api, query)[:3]
        for query in queries
        if "Später indexiert" not in titles(search_api, query)
    }
    assert missing == {}


# --- ranking -----------------------------------------------------------------------------------


def test_results_are_ranked_by_relevance_not_date(language_site, search_api):
    found = titles(search_api, "Ulmenried")
    assert found.index(OLDER_RELEASE) < found.index(NEWER_RELEASE)
