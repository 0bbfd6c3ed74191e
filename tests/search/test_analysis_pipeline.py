"""The full analysis: a query finds a text when their terms meet.

`finds` is the matching rule the search backends will apply: every query
word matches by its own term, or (for a compound) by all of its parts.
"""

import pytest

from search.analysis import analyse, analyse_query, language_code, query_words


def finds(query, text, language="de"):
    terms = set(analyse(text, language))
    return all(
        word.term in terms or (word.parts and set(word.parts) <= terms)
        for word in query_words(query, language)
    )


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Alarm", "Im Rathaus löste ein Notfallalarm die Räumung des Bürgerbüros aus."),
        ("Verbot", "Der Besucher erhielt nach dem Vorfall ein Hausverbot."),
        ("Konzept", "Das Sicherheitskonzept der Kreisverwaltung wird jährlich geprüft."),
        ("Training", "Alle Beschäftigten am Empfang besuchen ein Deeskalationstraining."),
        ("Schutz", "Die Feuerwehr übernimmt den Katastrophenschutz im Kreis."),
        ("Amt", "Das Ordnungsamt richtet eine zweite Streife ein."),
    ],
)
def test_a_part_finds_the_compound(query, text):
    assert finds(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Hausverbot", "Das Verbot gilt für das ganze Haus am Markt."),
        ("Notfallalarm", "Für jeden Notfall gibt es einen stillen Alarm am Tresen."),
    ],
)
def test_a_query_compound_finds_its_parts(query, text):
    assert finds(query, text)


def test_query_compound_yields_its_parts():
    assert analyse_query("Notfallalarm") == ["notfallalarm", "notfall", "alarm"]


GENDERED_TEXTS = [
    "Die Lehrer*innen der Gesamtschule üben den Ernstfall.",
    "Die Lehrer:innen der Gesamtschule üben den Ernstfall.",
    "Die LehrerInnen der Gesamtschule üben den Ernstfall.",
    "Die Lehrerinnen der Gesamtschule üben den Ernstfall.",
    "Eine Lehrerin der Gesamtschule übt den Ernstfall.",
    "Die Lehrer der Gesamtschule üben den Ernstfall.",
]


@pytest.mark.parametrize("text", GENDERED_TEXTS)
@pytest.mark.parametrize(
    "query", ["Lehrer*innen", "Lehrer:innen", "LehrerInnen", "Lehrerinnen", "Lehrer"]
)
def test_gendered_forms_find_each_other(query, text):
    assert finds(query, text)


def test_words_ending_in_in_keep_their_meaning():
    assert analyse("Termin") == analyse("Termine")
    assert not finds("Term", "Der Termin beim Ordnungsamt steht fest.")
    assert not finds("Kamin", "Im Beratungsraum hängt ein Magazin mit Medizin-Tipps.")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Muenster", "Die Stadt Münster lädt zum Fachtag ein."),
        ("Münster", "Die Stadt Muenster lädt zum Fachtag ein."),
        ("Munster", "Die Stadt Münster lädt zum Fachtag ein."),
        ("Strasse", "Der Ordnungsdienst ist auf der Straße unterwegs."),
        ("Straße", "Der Ordnungsdienst ist auf der Strasse unterwegs."),
        ("Uebergriffe", "Übergriffe am Empfang werden dokumentiert."),
        ("Schueler", "Die Schülerinnen und Schüler üben die Räumung."),
        ("Massnahmen", "Welche Maßnahmen schützen den Außendienst?"),
    ],
)
def test_umlaut_and_ss_spellings_find_each_other(query, text):
    assert finds(query, text)


def test_u_between_vowels_is_not_folded_away():
    assert analyse("Frauen") == ["frau"]
    assert not finds("Frühen", "Die Frauen im Team")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Gefährdungsbeurteilung", "Die Gefähr-\ndungsbeurteilung liegt dem Personalrat vor."),
        ("Beurteilung", "Die Gefähr- dungsbeurteilung liegt dem Personalrat vor."),
        ("Beschäftigten", "Alle Beschäf-\ntigten erhalten eine Schulung."),
    ],
)
def test_line_break_hyphenation_is_repaired_before_indexing(query, text):
    assert finds(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Brandschutz", "Zuständig für Brand- und Katastrophenschutz ist der Kreis."),
        ("Katastrophenschutz", "Zuständig für Brand- und Katastrophenschutz ist der Kreis."),
        ("Lehrkräfte", "Das Angebot richtet sich an Lehr- und pädagogische Fachkräfte."),
        ("Mandatsträger", "Mandats- und besondere Amtsträger erleben Anfeindungen."),
        ("Städtebund", "Der Städte- und Gemeindebund unterstützt das Netzwerk."),
    ],
)
def test_elliptic_compounds_are_expanded(query, text):
    assert finds(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Bedrohungen", "Jede Bedrohung wird gemeldet."),
        ("Beleidigung", "Beleidigungen am Telefon nehmen zu."),
        ("Schulung", "Die Schulungen beginnen im Mai."),
        ("Ärzte", "Der Arzt im Gesundheitsamt berät."),
    ],
)
def test_inflected_forms_find_each_other(query, text):
    assert finds(query, text)


def test_two_separate_words_are_each_found():
    assert finds("Notfall Schule", "Der Notfallplan der Gesamtschule hängt im Flur.")


def test_hyphenated_words_are_found_joined_and_in_parts():
    text = "Bitte melden Sie Vorfälle per E-Mail an die Koordinierungsstelle."
    assert finds("Email", text)
    assert finds("Mail", text)
    assert finds("E-Mail", text)


def test_stop_words_are_not_terms():
    assert analyse("und die der mit für über") == []
    assert analyse_query("Schutz vor Gewalt") == ["schutz", "gewalt"]


def test_a_query_of_stop_words_only_is_not_empty():
    assert analyse_query("Wer wir sind") != []


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Fahrrad", "Das Ordnungsamt richtet eine zweite Streife ein."),
        ("Bein", "Die Schulung beinhaltet eine Übung."),
        ("Alarm", "Die Alarmierung erfolgt über das Telefon."),
    ],
)
def test_unrelated_words_are_not_found(query, text):
    assert not finds(query, text)


def test_index_terms_follow_the_text():
    assert analyse("Brand- und Katastrophenschutz für Lehrer*innen") == [
        "brandschutz",
        "brand",
        "schutz",
        "katastrophenschutz",
        "katastroph",
        "schutz",
        "lehr",
    ]


def test_english_text_is_analysed_as_english():
    assert analyse("The teachers were threatened at the reception desk.", "en") == [
        "teacher",
        "threaten",
        "recept",
        "desk",
    ]
    assert finds("threat", "Threats against employees", "en")


def test_english_analysis_applies_no_german_rules():
    # No gender folding, no ae/oe/ue folding, no compound splitting.
    assert analyse("Lehrerinnen queue Notfallalarm", "en") == [
        "lehrerinnen",
        "queue",
        "notfallalarm",
    ]


@pytest.mark.parametrize(
    ("language", "code"),
    [("de", "de"), ("de-DE", "de"), ("en", "en"), ("en-gb", "en"), ("en_US", "en"), ("", "de")],
)
def test_language_codes(language, code):
    assert language_code(language) == code
