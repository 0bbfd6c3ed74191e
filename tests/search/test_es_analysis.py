"""The Elasticsearch index settings and mapping, checked as data (no server).

The live behaviour of the same analysis is in test_elasticsearch.py. The Java
patterns are run here through Python's `re` after replacing the Unicode
classes Python lacks, and compared with the Python analysis they mirror.
"""

import re

import pytest

from pages.models import PressReleasePage
from search.analysis import fold_gender, remove_gender_marks
from search.backends import Elasticsearch9Backend
from search.es_analysis import (
    GENDER_MARK_PATTERN,
    GERMAN_ANALYZER,
    TERMS_ANALYZER,
    feminine_ending_pattern,
    normalise,
)
from search.models import DocumentText

# A closed port: building a backend never connects.
BACKEND_PARAMS = {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "test_", "TIMEOUT": 1}


def python_pattern(java_pattern):
    return (
        java_pattern.replace(r"(?![\p{L}\p{Nd}_])", r"(?!\w)")
        .replace(r"\p{Ll}", "[a-zäöüß]")
        .replace(r"\p{L}", r"[^\W\d_]")
    )


@pytest.fixture
def backend():
    return Elasticsearch9Backend(dict(BACKEND_PARAMS))


@pytest.fixture
def analysis(backend):
    return backend.settings["settings"]["analysis"]


def _mapping(backend, model):
    return backend.mapping_class(model).get_mapping()["properties"]


@pytest.mark.parametrize("model", [PressReleasePage, DocumentText])
def test_analysed_fields_map_to_the_whitespace_analyzer(backend, model):
    properties = _mapping(backend, model)
    for field in ("search_title_terms", "search_body_terms"):
        assert properties[field]["type"] == "text"
        assert properties[field]["analyzer"] == TERMS_ANALYZER


def test_terms_analyzer_only_splits_at_whitespace_and_lowercases(analysis):
    assert analysis["analyzer"][TERMS_ANALYZER] == {
        "type": "custom",
        "tokenizer": "whitespace",
        "filter": ["lowercase"],
    }


def test_ordinary_text_fields_use_the_german_default_analyzer(backend, analysis):
    properties = _mapping(backend, PressReleasePage)
    assert "analyzer" not in properties["title"]
    assert "analyzer" not in properties["_all_text"]
    assert analysis["analyzer"]["default"] == analysis["analyzer"][GERMAN_ANALYZER]


def test_german_analyzer_chain(analysis):
    german = analysis["analyzer"][GERMAN_ANALYZER]
    assert german["char_filter"] == ["gender_marks"]
    assert german["tokenizer"] == "standard"
    assert german["filter"] == [
        "lowercase",
        "project_german_stop",
        "german_normalization",
        "feminine_endings",
        "project_compounds",
        "light_german_stemmer",
    ]
    assert analysis["filter"]["light_german_stemmer"] == {
        "type": "stemmer",
        "language": "light_german",
    }


def test_stop_words_come_from_the_project_list(analysis):
    stop = analysis["filter"]["project_german_stop"]
    assert stop["type"] == "stop"
    assert {"und", "der", "für"} <= set(stop["stopwords"])
    assert "ware" not in stop["stopwords"]


def test_compound_words_come_from_the_project_lexicon(analysis):
    compounds = analysis["filter"]["project_compounds"]
    assert compounds["type"] == "dictionary_decompounder"
    assert compounds["min_subword_size"] == 4
    words = set(compounds["word_list"])
    assert {"alarm", "verbot", "schutz"} <= words
    assert all(len(word) >= 4 and word == normalise(word) for word in words)


def test_index_settings_keep_modelsearchs_autocomplete_analyzers(analysis):
    assert "ngram_analyzer" in analysis["analyzer"]
    assert "german_normalization" in analysis["analyzer"]["edgengram_analyzer"]["filter"]


def test_extra_index_settings_are_merged(backend):
    params = dict(BACKEND_PARAMS, INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 1}}})
    settings = Elasticsearch9Backend(params).settings["settings"]
    assert settings["index"]["number_of_shards"] == 1
    assert TERMS_ANALYZER in settings["analysis"]["analyzer"]


def test_backend_keeps_the_settings_dict_intact():
    params = dict(BACKEND_PARAMS, OPTIONS={"max_retries": 0})
    Elasticsearch9Backend(params)
    assert params["OPTIONS"] == {"max_retries": 0}
    assert params["URLS"] == ["http://127.0.0.1:9"]


@pytest.mark.parametrize(
    ("word", "normalised"),
    [
        ("münster", "munster"),
        ("muenster", "munster"),
        ("straße", "strasse"),
        ("frauen", "frauen"),
        ("queue", "queue"),
        ("häuser", "hauser"),
        ("poet", "pot"),
    ],
)
def test_normalise_mirrors_german_normalization(word, normalised):
    assert normalise(word) == normalised


@pytest.mark.parametrize(
    "text",
    [
        "Lehrer*innen",
        "Lehrer:innen",
        "Lehrer_innen",
        "Lehrer·innen",
        "Lehrer/-innen",
        "Lehrer/innen",
        "Lehrer(innen)",
        "LehrerInnen",
        "Kolleg:in",
        "Bürger*innenbeteiligung",
        "LEHRER*INNEN",
        "Die Innenstadt und die Termine",
        "Beginnen, gewinnen",
    ],
)
def test_gender_mark_char_filter_matches_the_python_analysis(text):
    pattern = re.compile(python_pattern(GENDER_MARK_PATTERN))
    assert pattern.sub("", text) == remove_gender_marks(text)


@pytest.mark.parametrize(
    "word",
    [
        "lehrerinnen",
        "lehrerin",
        "polizistin",
        "studentinnen",
        "kollegin",
        "termin",
        "medizin",
        "berlin",
        "beginnen",
        "innen",
        "lehrer",
    ],
)
def test_feminine_ending_filter_matches_the_python_analysis(word):
    pattern = re.compile(python_pattern(feminine_ending_pattern()))
    assert pattern.sub(r"\1", normalise(word)) == normalise(fold_gender(word))
