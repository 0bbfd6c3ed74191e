"""The shipped German word list and the functions that rebuild it."""

from search.analysis.german import GERMAN_STOP_WORDS, fold
from search.analysis.lexicon import (
    BASE_WORDS_PATH,
    LEXICON_PATH,
    build_lexicon,
    german_strings,
    load_lexicon,
    read_word_list,
    write_lexicon,
)
from search.analysis.tokens import tokenise, word_forms


def test_build_lexicon_keeps_folded_content_words():
    words = build_lexicon(["Die Lehrerinnen üben den Notfallalarm im Rathaus an der Straße."])
    assert words == {"lehrer", "üben", "notfallalarm", "rathaus", "strasse"}


def test_build_lexicon_skips_numbers_short_words_and_joins_no_hyphen_groups():
    words = build_lexicon(["Ab 2026 gilt: E-Mail-Adresse und Tel. 0211 angeben, ok?"])
    assert words == {"gilt", "mail", "adresse", "tel", "angeben"}


def test_build_lexicon_merges_texts():
    assert build_lexicon(["Gewalt im Amt", "Schutz vor Gewalt"]) == {"gewalt", "amt", "schutz"}


def test_german_strings_read_german_values_and_prose_only():
    source = '''
"""Demo texts (an English docstring)."""
LABEL = "Zielgruppen und Handlungsempfehlungen"
PAGE = {
    "slug": "beispiel-seite",
    "title": {"de": "Übergriffe melden", "en": "Reporting attacks"},
    "email": "kontakt@example.org",
    "role": "prevention_officer",
}
HELP = _("Send the form")
'''
    assert german_strings(source) == ["Zielgruppen und Handlungsempfehlungen", "Übergriffe melden"]


def test_write_lexicon_adds_base_words_and_names_source_and_licence(tmp_path):
    path = tmp_path / "lexicon_de.txt"
    count = write_lexicon(path, texts=["Das Deeskalationstraining im Jobcenter Gütersloh."])
    text = path.read_text(encoding="utf-8")
    assert "EUPL-1.2" in text
    assert "base_words_de.txt" in text
    assert f"# {count} words" in text
    words = load_lexicon(path)
    assert len(words) == count
    assert {"deeskalationstraining", "jobcenter", "gütersloh", "alarm", "verbot"} <= words


def test_shipped_lexicon_names_its_sources_and_licence():
    header = LEXICON_PATH.read_text(encoding="utf-8").splitlines()[:10]
    assert any("Licence: EUPL-1.2" in line for line in header)
    assert any("demo content" in line for line in header)
    assert any("write_lexicon" in line for line in header)


def test_shipped_lexicon_holds_every_base_word_and_no_stop_word():
    lexicon = load_lexicon()
    assert {fold(word) for word in read_word_list(BASE_WORDS_PATH)} <= lexicon
    assert not lexicon & GERMAN_STOP_WORDS
    assert len(lexicon) > 1500


def test_hyphen_group_yields_joined_word_and_parts():
    assert tokenise("Die E-Mail kam aus Nordrhein-Westfalen.") == [
        "Die",
        "E-Mail",
        "kam",
        "aus",
        "Nordrhein-Westfalen",
    ]
    assert word_forms("E-Mail") == ["EMail", "E", "Mail"]
    assert word_forms("geht's") == ["geht"]
