"""Near terms for typo tolerance and "did you mean"."""

import pytest

from search.analysis.typos import TypoIndex, edit_distance, edit_distance_candidates, max_edits

VOCABULARY = frozenset(
    {
        "gefährdung",
        "gefährdungsbeurteilung",
        "deeskalation",
        "notfallalarm",
        "hausverbot",
        "beleidigung",
        "beleidigt",
        "sicherheitskonzept",
        "amt",
        "alarm",
        "lehrer",
        "lehre",
        "leere",
        "schulung",
    }
)


@pytest.mark.parametrize(
    ("term", "edits"), [("amt", 0), ("lehr", 0), ("alarm", 1), ("hausverbot", 2)]
)
def test_longer_terms_tolerate_more_edits(term, edits):
    assert max_edits(term) == edits


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("hausverbot", "hausverbot", 0),
        ("hausverbot", "hausverbto", 1),
        ("alarm", "alram", 1),
        ("schulung", "schulng", 1),
        ("kitten", "sitting", 3),
        ("", "amt", 3),
    ],
)
def test_edit_distance_counts_swaps_of_neighbours_once(a, b, distance):
    assert edit_distance(a, b) == distance


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("gefärhdung", "gefährdung"),
        ("deeskaltion", "deeskalation"),
        ("notfallalram", "notfallalarm"),
        ("sicherheitskonzpet", "sicherheitskonzept"),
        ("hausverbto", "hausverbot"),
        ("schuulung", "schulung"),
    ],
)
def test_typo_in_a_longer_word_finds_the_word(typo, meant):
    assert edit_distance_candidates(typo, VOCABULARY)[0] == meant


def test_two_edits_only_for_words_of_eight_letters():
    assert edit_distance_candidates("sicherheitskomzpet", VOCABULARY) == ["sicherheitskonzept"]
    assert edit_distance_candidates("alrnm", VOCABULARY) == []


def test_short_terms_must_match_exactly():
    assert edit_distance_candidates("amd", VOCABULARY) == []
    assert edit_distance_candidates("amt", VOCABULARY) == ["amt"]


def test_the_term_itself_comes_first():
    assert edit_distance_candidates("lehrer", VOCABULARY) == ["lehrer", "lehre"]


def test_frequency_orders_candidates_of_equal_distance():
    index = TypoIndex({"leere": 2, "lehre": 9})
    assert index.candidates("lexre") == ["lehre", "leere"]


def test_explicit_distance_overrides_the_length_rule():
    assert edit_distance_candidates("amd", VOCABULARY, max_distance=1) == ["amt"]


def test_index_and_plain_collections_agree():
    index = TypoIndex(VOCABULARY)
    for term in ("beleidigng", "gefahrdung", "lehrr", "xyzxyzxyz"):
        assert index.candidates(term) == edit_distance_candidates(term, set(VOCABULARY))


def test_large_vocabulary_is_searched_through_the_index():
    vocabulary = {
        f"{prefix}schutz{number}"
        for prefix in ("brand", "daten", "opfer")
        for number in range(20_000)
    }
    index = TypoIndex(vocabulary | {"arbeitsschutz"})
    assert index.candidates("arbeitschutz") == ["arbeitsschutz"]
