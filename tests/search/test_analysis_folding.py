"""Case, umlaut and ß folding, gendered forms and stop words."""

import pytest

from search.analysis.german import (
    ENGLISH_STOP_WORDS,
    GERMAN_STOP_WORDS,
    fold,
    fold_english,
    fold_gender,
    remove_gender_marks,
)


@pytest.mark.parametrize("spelling", ["Münster", "Muenster", "MÜNSTER", "MUENSTER", "münster"])
def test_umlaut_spellings_fold_alike(spelling):
    assert fold(spelling) == "münster"


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Straße", "strasse"),
        ("Strasse", "strasse"),
        ("Uebergriff", "übergriff"),
        ("Schoeneberg", "schöneberg"),
        ("Maerkischer Kreis", "märkischer kreis"),
        ("Café", "cafe"),
    ],
)
def test_fold_lowers_case_and_unifies_spelling(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize("word", ["Frauen", "Steuer", "Queue", "Feuer", "bauen", "Treue"])
def test_u_between_vowels_is_not_an_umlaut(word):
    assert fold(word) == word.lower()


def test_english_folding_drops_every_diacritic():
    assert fold_english("Münster Café") == "munster cafe"
    assert fold_english("queue") == "queue"


@pytest.mark.parametrize(
    "form",
    [
        "Lehrer*innen",
        "Lehrer:innen",
        "Lehrer_innen",
        "Lehrer·innen",
        "Lehrer/-innen",
        "Lehrer/innen",
        "Lehrer(innen)",
        "LehrerInnen",
        "LehrerIn",
        "Lehrer*in",
        "Lehrerinnen",
        "Lehrerin",
        "Lehrer",
    ],
)
def test_gendered_forms_fold_to_the_base(form):
    assert fold_gender(form) == "Lehrer"


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("Kolleg*innen", "Kolleg"),
        ("Kolleginnen", "Kolleg"),
        ("Ärztinnen", "Ärzt"),
        ("Beamtin", "Beamt"),
        ("Polizeibeamtinnen", "Polizeibeamt"),
        ("Polizistin", "Polizist"),
        ("Studentinnen", "Student"),
        ("Rechtsanwältin", "Rechtsanwält"),
        ("Landrätinnen", "Landrät"),
        ("Pädagogin", "Pädagog"),
        ("Sachbearbeiterinnen", "Sachbearbeiter"),
        ("Kundin", "Kund"),
        ("Bürger:in", "Bürger"),
    ],
)
def test_feminine_person_nouns_fold_to_their_base(form, base):
    assert fold_gender(form) == base


@pytest.mark.parametrize(
    "word",
    [
        "Termin",
        "Medizin",
        "Benzin",
        "Kamin",
        "Kaminen",
        "Innen",
        "innen",
        "Magazin",
        "Disziplin",
        "Berlin",
        "Beginn",
        "Vitamin",
        "Protein",
        "Verein",
        "Login",
        "Rosmarin",
        "Platin",
        "Martin",
        "Valentin",
        "Spinnen",
        "gewinnen",
        "beginnen",
        "Terminen",
    ],
)
def test_words_that_merely_end_in_in_are_not_gender_folded(word):
    assert fold_gender(word) == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liebe Kolleg:innen, bitte meldet euch.", "Liebe Kolleg, bitte meldet euch."),
        ("Die Bürger*innenbeteiligung beginnt.", "Die Bürgerbeteiligung beginnt."),
        ("Im LehrerInnenzimmer hängt der Plan.", "Im Lehrerzimmer hängt der Plan."),
        ("Ansprechpartner/in ist die Leitung.", "Ansprechpartner ist die Leitung."),
        ("Alle Mitarbeiter(innen) sind eingeladen.", "Alle Mitarbeiter sind eingeladen."),
        ("AN ALLE LEHRER*INNEN", "AN ALLE LEHRER"),
    ],
)
def test_gender_marks_are_removed_in_running_text(text, expected):
    assert remove_gender_marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hinweis: innerhalb von zwei Tagen melden.",
        "Die StadtInfo und das KulturInstitut öffnen.",
        "Der Termin im Magazin beginnt innen.",
    ],
)
def test_text_without_gender_marks_is_unchanged(text):
    assert remove_gender_marks(text) == text


def test_stop_words_are_function_words_only():
    assert {"und", "der", "für", "über", "nicht"} <= GERMAN_STOP_WORDS
    assert not {"schutz", "amt", "innen", "alarm", "gewalt"} & GERMAN_STOP_WORDS
    assert {"the", "and", "of"} <= ENGLISH_STOP_WORDS
