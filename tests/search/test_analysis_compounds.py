"""Compound splitting: parts from the lexicon, no fragments."""

import pytest

from search.analysis.compounds import compound_parts, segment_compound, split_compound
from search.analysis.stemmers import german_stem


def part_stems(word):
    # Stems, so that the tests hold when a rebuilt lexicon prefers another
    # inflected form of the same part ("katastrophen" for "katastrophe").
    return [german_stem(part) for part in split_compound(word)]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Notfallalarm", ["notfall", "alarm"]),
        ("Hausverbot", ["haus", "verbot"]),
        ("Sicherheitskonzept", ["sich", "konzept"]),
        ("Deeskalationstraining", ["deeskalation", "training"]),
        ("Katastrophenschutz", ["katastroph", "schutz"]),
        ("Einsatzkräfte", ["einsatz", "kraft"]),
        ("Gewaltprävention", ["gewalt", "pravention"]),
        ("Messerangriff", ["mess", "angriff"]),
        ("Ordnungsamt", ["ordnung", "amt"]),
        ("Gemeinderat", ["gemeind", "rat"]),
        ("Bürgerbüro", ["burg", "buro"]),
        ("Schutzmaßnahmen", ["schutz", "massnahm"]),
    ],
)
def test_shipped_lexicon_splits_common_compounds(word, parts):
    assert part_stems(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "Beinhaltung",
        "Verein",
        "Termin",
        "Gemeinde",
        "Bedrohung",
        "Beratung",
        "Angebot",
        "Verwaltung",
        "Beleidigung",
        "Mitglied",
        "Urlaub",
        "teilnehmenden",
        "kommenden",
    ],
)
def test_shipped_lexicon_does_not_split_simple_words(word):
    assert split_compound(word) == []


@pytest.mark.parametrize("word", ["Übergriff", "Nachsorge", "Unterricht", "Überfall"])
def test_prepositions_are_not_split_off(word):
    # Stop words are not in the lexicon, so they never become parts.
    assert split_compound(word) == []


LEXICON = frozenset(
    {
        "arbeit",
        "schutz",
        "konzept",
        "hilfe",
        "angebot",
        "schule",
        "hof",
        "lehren",
        "kraft",
        "not",
        "fall",
        "notfall",
        "alarm",
        "ver",
        "ein",
        "gefährdung",
        "beurteilung",
        "gefährdungsbeurteilung",
        "bogen",
    }
)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Arbeitsschutz", ["arbeit", "schutz"]),
        ("Hilfsangebot", ["hilfe", "angebot"]),
        ("Schulhof", ["schule", "hof"]),
        ("Lehrkraft", ["lehren", "kraft"]),
        ("Lehrkräfte", ["lehren", "kräfte"]),
        ("Arbeitsschutzkonzept", ["arbeit", "schutz", "konzept"]),
        ("Notfallalarme", ["notfall", "alarme"]),
    ],
)
def test_linking_elements_elided_e_and_inflected_heads(word, parts):
    assert split_compound(word, LEXICON) == parts


def test_fewest_parts_win():
    assert split_compound("Notfallalarm", LEXICON) == ["notfall", "alarm"]


def test_parts_shorter_than_four_letters_are_not_used():
    # "ver" and "ein" are in the lexicon, but three letters is too short.
    assert split_compound("Verein", LEXICON) == []


def test_the_lexicon_decides_about_doubtful_words():
    assert split_compound("Beinhaltung", {"bein", "haltung"}) == ["bein", "haltung"]
    assert split_compound("Beinhaltung", {"inhalt", "haltung"}) == []


def test_segments_keep_the_linking_element_for_ellipses():
    assert segment_compound("Sicherheitskonzept", {"sicherheit", "konzept"}) == [
        ("sicherheits", "sicherheit"),
        ("konzept", "konzept"),
    ]


def test_long_parts_are_split_again_for_extra_terms():
    word = "Gefährdungsbeurteilungsbogen"
    assert split_compound(word, LEXICON) == ["gefährdungsbeurteilung", "bogen"]
    assert compound_parts(word, LEXICON) == [
        "gefährdungsbeurteilung",
        "bogen",
        "gefährdung",
        "beurteilung",
    ]


def test_umlaut_and_ss_spellings_split_alike():
    assert split_compound("Schutzmassnahmen") == split_compound("Schutzmaßnahmen")
    assert split_compound("Gefaehrdungsbeurteilung") == split_compound("Gefährdungsbeurteilung")
