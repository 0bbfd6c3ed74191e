"""The project's Snowball stemmers stem like the published algorithms."""

import pytest

from search.analysis.stemmers import english_stem, german_stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("häuser", "haus"),
        ("haus", "haus"),
        ("bedrohungen", "bedroh"),
        ("beschäftigten", "beschaftigt"),
        ("gefährlich", "gefahr"),
        ("schulungen", "schulung"),
        ("übergriffe", "ubergriff"),
        ("bedürfnissen", "bedurfnis"),
        ("systemen", "system"),
        ("straße", "strass"),
        ("kollegen", "kolleg"),
        ("aufeinanderfolgenden", "aufeinanderfolg"),
        ("einsatzkräfte", "einsatzkraft"),
    ],
)
def test_german_stem_matches_snowball(word, stem):
    assert german_stem(word) == stem


@pytest.mark.parametrize(
    "forms",
    [
        ("kollege", "kollegen", "kolleg"),
        ("beleidigung", "beleidigungen"),
        ("arzt", "ärzte", "ärzten"),
        ("schutz", "schutzes"),
        ("straße", "strasse", "strassen"),
    ],
)
def test_german_inflected_forms_share_a_stem(forms):
    assert len({german_stem(form) for form in forms}) == 1


def test_german_stem_reads_ae_oe_ue_as_umlauts_and_drops_umlauts():
    assert german_stem("muenster") == german_stem("münster") == german_stem("munster")
    assert german_stem("uebergriff") == german_stem("übergriff")


def test_german_stem_keeps_u_between_vowels():
    # "Frauen" and "Steuer" have no umlaut: the u is a consonant here.
    assert german_stem("frauen") == "frau"
    assert german_stem("steuern") == german_stem("steuer")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("running", "run"),
        ("hopping", "hop"),
        ("hoping", "hope"),
        ("generously", "generous"),
        ("caresses", "caress"),
        ("ponies", "poni"),
        ("threats", "threat"),
        ("protection", "protect"),
        ("relational", "relat"),
        ("employees", "employe"),
        ("dying", "die"),
        ("news", "news"),
    ],
)
def test_english_stem_matches_porter2(word, stem):
    assert english_stem(word) == stem


def test_english_short_words_are_kept():
    assert english_stem("is") == "is"
