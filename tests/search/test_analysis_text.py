"""Line-break hyphenation is repaired; elliptic compounds are completed."""

import pytest

from search.analysis.text import expand_ellipses, repair_hyphenation


@pytest.mark.parametrize(
    "broken",
    [
        "Gefähr- dungsbeurteilung",
        "Gefähr-\ndungsbeurteilung",
        "Gefähr-  \r\n   dungsbeurteilung",
        "Gefähr\u00addungsbeurteilung",
    ],
)
def test_word_split_at_a_line_break_is_joined(broken):
    assert repair_hyphenation(broken) == "Gefährdungsbeurteilung"


def test_several_split_words_in_a_paragraph_are_joined():
    text = "Die Beschäf-\ntigten im Bürger-\nbüro melden jeden Über-\ngriff sofort."
    assert repair_hyphenation(text) == (
        "Die Beschäftigten im Bürgerbüro melden jeden Übergriff sofort."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Städte- und Gemeindebund",
        "Brand- und Katastrophenschutz",
        "Ein- bzw. Ausgang",
        "Vor- oder Nachsorge",
        "per E-Mail an die Leitung",
        "Anti-Gewalt-Training in Nordrhein-Westfalen",
    ],
)
def test_real_and_elliptic_hyphens_are_kept(text):
    assert repair_hyphenation(text) == text


def test_ellipsis_at_a_line_break_keeps_its_hyphen():
    assert repair_hyphenation("Brand-\nund Katastrophenschutz") == "Brand- und Katastrophenschutz"


def test_hyphen_before_a_capital_at_a_line_break_is_real():
    assert repair_hyphenation("per E-\nMail aus Nordrhein-\nWestfalen") == (
        "per E-Mail aus Nordrhein-Westfalen"
    )


def test_two_words_with_an_unknown_join_keep_the_hyphen():
    # The tokeniser indexes "Ton-band" as "tonband", "ton" and "band".
    assert repair_hyphenation("Ton-\nband", lexicon={"ton", "band"}) == "Ton-band"


def test_numbers_are_left_alone():
    assert repair_hyphenation("Die Jahre 2024-\n2026") == "Die Jahre 2024-\n2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brand- und Katastrophenschutz", "Brandschutz und Katastrophenschutz"),
        ("Städte- und Gemeindebund", "Städtebund und Gemeindebund"),
        ("Operativ- und Einsatzkräfte", "Operativkräfte und Einsatzkräfte"),
        ("Mandats- und besondere Amtsträger", "Mandatsträger und besondere Amtsträger"),
        (
            "Lehr- und pädagogische Fachkräfte",
            "Lehrkräfte und pädagogische Fachkräfte",
        ),
        (
            "Brand-, Katastrophen- und Zivilschutz",
            "Brandschutz, Katastrophenschutz und Zivilschutz",
        ),
        ("Ein- und Ausgang", "Eingang und Ausgang"),
        ("U- und S-Bahn", "U-Bahn und S-Bahn"),
        ("Schutzkonzepte und -maßnahmen", "Schutzkonzepte und Schutzmaßnahmen"),
        (
            "Gefährdungsbeurteilung und -dokumentation",
            "Gefährdungsbeurteilung und Gefährdungsdokumentation",
        ),
    ],
)
def test_elliptic_compounds_are_completed(text, expected):
    assert expand_ellipses(text) == expected


def test_ellipses_inside_a_sentence():
    text = "Wir schulen Brand- und Katastrophenschutz sowie Lehr- und pädagogische Fachkräfte."
    assert expand_ellipses(text) == (
        "Wir schulen Brandschutz und Katastrophenschutz sowie "
        "Lehrkräfte und pädagogische Fachkräfte."
    )


@pytest.mark.parametrize(
    "text",
    [
        # No compound head to borrow: "Kinderliche" would be nonsense.
        "Kinder- und Jugendliche",
        # The full word is unknown to the lexicon.
        "Brand- und Qwertzbau",
        # Nothing elliptic here.
        "Die Stadt und das Amt arbeiten zusammen.",
    ],
)
def test_no_guessed_words(text):
    assert expand_ellipses(text) == text


def test_lower_case_fragment_takes_the_next_word():
    lexicon = {"ehre", "ehren", "amtlich", "amtliche"}
    assert expand_ellipses("haupt- und ehrenamtliche Helfer", lexicon) == (
        "hauptamtliche und ehrenamtliche Helfer"
    )
