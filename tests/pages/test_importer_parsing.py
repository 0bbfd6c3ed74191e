"""The press release parser: text in the shapes editors paste, no database."""

import datetime
from pathlib import Path

import pytest

from pages.importer import dates
from pages.importer.cleanup import dehyphenate, tidy
from pages.importer.errors import NoPressRelease
from pages.importer.parsing import parse_release
from pages.importer.quotes import parse_speaker

SAMPLES = Path(__file__).parent / "importer_samples"
TODAY = datetime.date(2026, 11, 24)


def parse_sample(name):
    return parse_release((SAMPLES / name).read_text(encoding="utf-8"), today=TODAY)


def visible_text(release):
    """Everything of the release that ends up on the page or in the index."""
    parts = [release.title, release.teaser, release.place, *release.credits]
    for kind, value in release.body:
        if kind == "quote":
            parts += [value.text, value.person, value.role]
        elif kind == "list":
            parts += value
        else:
            parts.append(value)
    return "\n".join(parts)


# --- A web page copy: menus, cookie banner, share buttons, teasers -----------


@pytest.fixture
def web_copy():
    return parse_sample("web_copy.txt")


def test_web_copy_title_is_the_headline_not_the_site_name(web_copy):
    assert web_copy.title == "Beispielstadt tritt dem Präventionsnetzwerk bei"


def test_web_copy_subtitle_becomes_the_teaser(web_copy):
    assert web_copy.teaser == (
        "Die Stadtverwaltung will ihre Beschäftigten im Bürgeramt besser vor Übergriffen schützen"
    )


def test_web_copy_dateline_gives_place_and_date(web_copy):
    assert web_copy.place == "Beispielstadt"
    assert web_copy.date == datetime.date(2026, 11, 24)
    first_kind, first_text = web_copy.body[0]
    assert first_kind == "paragraph"
    assert first_text.startswith("Die Stadt Beispielstadt ist dem landesweiten")


def test_web_copy_quote_has_speaker_role_and_both_parts(web_copy):
    [quote] = web_copy.quotes
    assert quote.person == "Dr. Hanna Beispiel"
    assert quote.role == "Bürgermeisterin"
    assert quote.text.startswith("Wer im Bürgeramt arbeitet")
    assert quote.text.endswith("Deshalb üben wir den Ernstfall regelmäßig.")


def test_web_copy_credit_and_caption_are_recognised(web_copy):
    assert web_copy.credits == ["Foto: Stadt Beispielstadt / Jonas Knips"]
    assert web_copy.captions == [
        "Die Bürgermeisterin unterzeichnet die Beitrittserklärung im Ratssaal."
    ]
    assert "Ratssaal" not in visible_text(web_copy)


@pytest.mark.parametrize(
    "noise",
    [
        "Zum Inhalt springen",
        "Cookies",
        "Alle akzeptieren",
        "Startseite",
        "Teilen",
        "Drucken",
        "Facebook",
        "Schlagworte",
        "Personalrat",
        "Das könnte Sie auch interessieren",
        "Winterdienst",
        "Öffnungszeiten",
        "Impressum",
        "©",
        "Stadt Beispielstadt\n",
    ],
)
def test_web_copy_noise_is_nowhere_in_the_release(web_copy, noise):
    assert noise not in visible_text(web_copy) + "\n"


def test_web_copy_noise_is_reported_by_reason(web_copy):
    reasons = {item.reason for item in web_copy.dropped}
    assert {"navigation", "cookie", "share", "tags", "related", "footer", "site_name"} <= reasons
    assert "Winterdienst startet in die Saison" in [item.text for item in web_copy.dropped]


# --- A PDF copy: hard line breaks, hyphenation, page footers -------------------


@pytest.fixture
def pdf_copy():
    return parse_sample("pdf_copy.txt")


def test_pdf_copy_title_skips_letterhead_and_label(pdf_copy):
    assert pdf_copy.title == "Ordnungsdienst trainiert Deeskalation mit dem Gemeindebund"
    assert {"site_name", "label"} <= {item.reason for item in pdf_copy.dropped}


def test_pdf_copy_short_german_date_line(pdf_copy):
    assert pdf_copy.date == datetime.date(2025, 3, 3)
    assert pdf_copy.place == "Musterhausen"


def test_pdf_copy_wrapped_lines_are_joined_and_dehyphenated(pdf_copy):
    text = visible_text(pdf_copy)
    assert "mit dem Gemeindebund ein neues Training" in text
    assert "Städte- und Gemeindebund" in text
    assert "per E-Mail entgegen" in text
    assert "dauern jeweils zwei Tage" in text
    assert "Beschäftigten kostenfrei" in text
    assert "Ge-" not in text and "\n" not in pdf_copy.teaser


def test_pdf_copy_keeps_the_subheading(pdf_copy):
    assert ("heading", "Praxis im Mittelpunkt") in pdf_copy.body


def test_pdf_copy_guillemet_quote_with_role(pdf_copy):
    [quote] = pdf_copy.quotes
    assert quote.person == "Paul Tester"
    assert quote.role == (
        "Beigeordneter, Dezernent für Ordnung und Sicherheit der Stadt Musterhausen"
    )
    assert "Das Training ist dafür ein wichtiger Baustein" in quote.text


def test_pdf_copy_page_footers_are_dropped(pdf_copy):
    text = visible_text(pdf_copy)
    assert "Seite 1" not in text and "Markt 1" not in text
    assert [item.reason for item in pdf_copy.dropped].count("footer") == 4


def test_pdf_copy_credit_line(pdf_copy):
    assert pdf_copy.credits == ["Bildnachweis: Stadt Musterhausen"]


# --- An agency copy: slogan above the headline, agency dateline -----------------


@pytest.fixture
def agency_copy():
    return parse_sample("agency_copy.txt")


def test_slogan_and_kicker_are_not_the_title(agency_copy):
    assert agency_copy.title == "Kreis Nordheim startet Notfallnummer für Beschäftigte"
    dropped = {item.text: item.reason for item in agency_copy.dropped}
    assert dropped["Gemeinsam stark gegen Gewalt im Dienst"] == "slogan"
    assert dropped["Prävention"] == "site_name"


def test_agency_dateline_and_iso_date_line(agency_copy):
    assert agency_copy.place == "Köln"
    assert agency_copy.date == datetime.date(2026, 11, 20)
    assert "(dpa)" not in visible_text(agency_copy)


def test_quote_with_speaker_on_its_own_line(agency_copy):
    [quote] = agency_copy.quotes
    assert quote.text.startswith("Niemand soll mit einer Bedrohung allein bleiben.")
    assert (quote.person, quote.role) == ("Petra Probe", "Landrätin, Kreis Nordheim")
    assert "Petra Probe" not in [v for k, v in agency_copy.body if k == "paragraph"]


def test_source_link_in_angle_brackets(agency_copy):
    assert agency_copy.source_url == (
        "https://www.kreis-nordheim.example/presse/2026/notfallnummer-fuer-beschaeftigte"
    )
    assert not agency_copy.source_url_truncated


# --- Headline heuristics ------------------------------------------------------


def test_longer_subline_repeating_the_headline_keeps_the_headline():
    text = (
        "Sicher arbeiten\nim Rathaus\n\n"
        "Drei Kreise gründen Arbeitskreis Sicherheit\n\n"
        "Mehr Schutz für Beschäftigte – Drei Kreise gründen Arbeitskreis Sicherheit\n\n"
        "Die Kreise Nordheim, Südheim und Westheim treffen sich künftig zweimal im Jahr. "
        "Sie tauschen Erfahrungen aus und stimmen Schulungen ab.\n"
    )
    release = parse_release(text, today=TODAY)
    assert release.title == "Drei Kreise gründen Arbeitskreis Sicherheit"
    assert release.subtitle.startswith("Mehr Schutz für Beschäftigte")
    assert release.teaser.startswith("Die Kreise Nordheim, Südheim und Westheim")
    assert [item.reason for item in release.dropped] == ["slogan"]


def test_lead_paragraph_becomes_the_teaser_and_leaves_the_body():
    text = (
        "Kreis Südheim schult Beschäftigte im Jobcenter\n"
        "Der Kreis Südheim schult alle Beschäftigten im Jobcenter in Deeskalation. "
        "Die Kurse beginnen im Januar.\n"
        "Jeder Kurs dauert einen Tag und findet in kleinen Gruppen statt, damit alle "
        "Teilnehmenden schwierige Gespräche selbst üben können.\n"
    )
    release = parse_release(text, today=TODAY)
    assert release.teaser == (
        "Der Kreis Südheim schult alle Beschäftigten im Jobcenter in Deeskalation. "
        "Die Kurse beginnen im Januar."
    )
    assert release.body == [("paragraph", text.splitlines()[2])]


def test_markdown_headline_marks_the_title():
    release = parse_release("Logo\n\n# Titel der Meldung\n\nErster Absatz mit Text.", today=TODAY)
    assert release.title == "Titel der Meldung"


def test_only_noise_is_no_press_release():
    with pytest.raises(NoPressRelease):
        parse_release("Startseite\nKontakt\nAlle akzeptieren\nTeilen\n", today=TODAY)


# --- Dates, datelines, links ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24.11.2026", datetime.date(2026, 11, 24)),
        ("24. November 2026", datetime.date(2026, 11, 24)),
        ("3.3.25", datetime.date(2025, 3, 3)),
        ("2026-11-24", datetime.date(2026, 11, 24)),
        ("Montag, 24. Nov. 2026", datetime.date(2026, 11, 24)),
        ("3. März 2025", datetime.date(2025, 3, 3)),
        ("31.02.2026", None),
        ("Rathaus", None),
    ],
)
def test_german_date_formats(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("Düsseldorf, 3. März 2025 – Die Stadt", "Düsseldorf", datetime.date(2025, 3, 3)),
        ("Köln (dpa) – Die Stadt", "Köln", None),
        ("Mülheim an der Ruhr, 24.11.2026 - Die Stadt", "Mülheim an der Ruhr", TODAY),
        ("DÜSSELDORF – Die Stadt", "Düsseldorf", None),
    ],
)
def test_datelines(opening, place, date):
    text = f"Titel der Meldung\n\n{opening} hat etwas beschlossen, das allen hilft. Mehr folgt."
    release = parse_release(text, today=TODAY)
    assert release.place == place
    assert release.date == date
    assert release.teaser.startswith("Die Stadt hat etwas beschlossen")


def test_dash_in_a_subline_is_no_dateline():
    text = (
        "Titel der Meldung\n\nFür mehr Schutz im Dienst - Kommunen arbeiten zusammen und "
        "tauschen sich über Maßnahmen aus. Das Netzwerk wächst weiter."
    )
    assert parse_release(text, today=TODAY).place == ""


def test_weekday_without_year_is_dated_to_the_latest_matching_year():
    text = "Titel der Meldung\n\nAm Montag (25.9.) ist die Stadt dem Netzwerk beigetreten."
    release = parse_release(text, today=TODAY)
    assert release.date == datetime.date(2023, 9, 25)
    assert release.date_source == "weekday"


@pytest.mark.parametrize(
    ("line", "url", "truncated"),
    [
        (
            "Pressemitteilung unter: https://www.example.org/presse/detail/dokument/fuer…",
            "https://www.example.org/presse/detail/dokument/fuer",
            True,
        ),
        ("Quelle: www.example.de/presse/123", "https://www.example.de/presse/123", False),
        ("Original: <https://example.org/a/b>", "https://example.org/a/b", False),
        ("Zur Originalmeldung: https://example.org/x...", "https://example.org/x", True),
    ],
)
def test_source_link_notations(line, url, truncated):
    text = f"Titel der Meldung\n\nErster Absatz der Meldung mit Inhalt.\n\n{line}\n"
    release = parse_release(text, today=TODAY)
    assert (release.source_url, release.source_url_truncated) == (url, truncated)
    assert "example" not in visible_text(release)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("der Ge- meindebund", "der Gemeindebund"),
        ("der Ge-\nmeindebund", "der Gemeindebund"),
        ("Städte- und Gemeindebund", "Städte- und Gemeindebund"),
        ("Lehr- oder Fachkräfte", "Lehr- oder Fachkräfte"),
        ("per E-Mail", "per E-Mail"),
        ("Nordrhein- Westfalen", "Nordrhein-Westfalen"),
        ("#si- cherimDienst", "#sicherimDienst"),
        ("Dienst - Kommunen", "Dienst - Kommunen"),
    ],
)
def test_dehyphenation(text, expected):
    assert dehyphenate(text) == expected


def test_space_before_full_stop_is_removed():
    assert tidy("der Austausch .") == "der Austausch."


# --- Speakers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oberbürgermeister Dr. Stephan Muster", ("Dr. Stephan Muster", "Oberbürgermeister")),
        (
            "die Leiterin des Ordnungsamts, Maria Muster",
            ("Maria Muster", "Leiterin des Ordnungsamts"),
        ),
        (
            "Ursula von der Probe, Präsidentin des Verbands",
            ("Ursula von der Probe", "Präsidentin des Verbands"),
        ),
        (
            "Die Geschäftsführer Anna Alt, Kreis Nordheim, und Bernd Berg, Kreis Südheim",
            ("Anna Alt (Kreis Nordheim) und Bernd Berg (Kreis Südheim)", "Geschäftsführer"),
        ),
        ("Muster", ("Muster", "")),
        ("Stadt Köln", None),
    ],
)
def test_speaker_and_role(text, expected):
    assert parse_speaker(text) == expected


def test_quote_introduced_with_colon_and_plural_verb():
    text = (
        "Titel der Meldung\n\nEinleitender Absatz mit genug Text für einen Anfang.\n\n"
        "Die Landrätinnen Anna Alt, Kreis Nordheim, und Berta Berg, Kreis Südheim, "
        "machen deutlich: „Wir stehen zusammen gegen Gewalt im Dienst.“\n"
    )
    [quote] = parse_release(text, today=TODAY).quotes
    assert quote.text == "Wir stehen zusammen gegen Gewalt im Dienst."
    assert quote.person == "Anna Alt (Kreis Nordheim) und Berta Berg (Kreis Südheim)"
    assert quote.role == "Landrätinnen"


def test_quoted_titles_without_speaker_stay_in_the_text():
    text = (
        "Titel der Meldung\n\nEinleitender Absatz mit genug Text für einen Anfang.\n\n"
        "Es gibt die Flyer „Innendienst mit Publikumsverkehr“ und „Außendienst“ zum Download.\n"
    )
    release = parse_release(text, today=TODAY)
    assert release.quotes == []
    assert "„Innendienst mit Publikumsverkehr“" in visible_text(release)


def test_name_list_under_the_text_is_a_caption():
    text = (
        "Titel der Meldung\n\nEinleitender Absatz mit genug Text für einen Anfang.\n\n"
        "Anna Alt, Dr. Bernd Berg und Carla Clausen\n"
    )
    release = parse_release(text, today=TODAY)
    assert release.captions == ["Anna Alt, Dr. Bernd Berg und Carla Clausen"]
    assert "Carla" not in visible_text(release)


@pytest.mark.parametrize(
    "layout",
    [
        "Anna Alt, Leiterin des Bürgeramts:\n„Wir lassen niemanden am Schalter allein.“",
        "„Wir lassen niemanden am Schalter allein.“\nsagt Anna Alt, Leiterin des Bürgeramts.",
        "»Wir lassen niemanden am Schalter allein.«\n\n(Anna Alt, Leiterin des Bürgeramts)",
        "„Wir lassen niemanden am Schalter allein“, sagt Anna Alt, Leiterin des Bürgeramts.",
    ],
    ids=["speaker line before", "sagt line after", "speaker in brackets", "inline"],
)
def test_quote_speaker_on_a_separate_line(layout):
    text = (
        f"Titel der Meldung\n\nEinleitender Absatz mit genug Text für einen Anfang.\n\n{layout}\n"
    )
    release = parse_release(text, today=TODAY)
    [quote] = release.quotes
    assert quote.text == "Wir lassen niemanden am Schalter allein."
    assert (quote.person, quote.role) == ("Anna Alt", "Leiterin des Bürgeramts")
    assert [kind for kind, _value in release.body] == ["quote"]
