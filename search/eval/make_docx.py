"""Write the Word press releases of search/eval/press_releases/.

    .venv/bin/python search/eval/make_docx.py

The .docx files are committed; this script documents their text and
rebuilds them. They use Word's Title and Heading styles, a table and a
hyperlink, as releases saved from an office suite do.
"""

import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parent / "press_releases"

JOBCENTER = {
    "file": "04_docx_deeskalation_jobcenter.docx",
    "title": "Jobcenter Emscher-Süd macht Deeskalationstraining zur Pflicht",
    "blocks": [
        (
            "p",
            "Emscherstadt, 2. Juni 2026 – Alle 410 Beschäftigten des Jobcenters Emscher-Süd "
            "mit Kundenkontakt nehmen bis Ende 2027 an einem zweitägigen Deeskalations- und "
            "Kommunikationstraining teil. Das hat die Geschäftsführung gemeinsam mit dem "
            "Personalrat beschlossen. Neu eingestellte Arbeitsvermittler/-innen und "
            "Leistungssachbearbeiter/-innen absolvieren das Training künftig in ihren ersten "
            "sechs Monaten.",
        ),
        ("h", "Rollenspiele mit Schauspieler/-innen"),
        (
            "p",
            "Im Mittelpunkt stehen Übungen mit Schauspieler/-innen, die typische Situationen "
            "aus dem Beratungsalltag nachstellen: eine Kundin, deren Leistungen gekürzt "
            "wurden, ein Kunde, der lautstark einen Termin verlangt, eine Gruppe im "
            "Eingangsbereich, die sich gegenseitig aufstachelt. Die Teilnehmenden üben, ruhig "
            "zu bleiben, Grenzen zu setzen und ein Gespräch rechtzeitig abzubrechen. Ein "
            "jährlicher Auffrischungskurs von drei Stunden hält das Gelernte wach.",
        ),
        (
            "p",
            "„Deeskalation ist kein Talent, sondern Handwerk. Wer es geübt hat, reagiert in "
            "der echten Situation sicherer und holt früher Hilfe“, sagt Sandra Kowalczyk, "
            "Sicherheitsbeauftragte des Jobcenters Emscher-Süd.",
        ),
        ("h", "Was sich außerdem ändert"),
        (
            "p",
            "Parallel gestaltet das Jobcenter seine Eingangs- und Wartebereiche um: "
            "Beratungsplätze bekommen einen zweiten Ausgang, der Wartebereich ein "
            "Aufrufsystem mit Anzeige der Wartezeit. Kundinnen und Kunden, die bedrohlich "
            "auftreten, werden künftig nur noch mit Termin und zu zweit beraten.",
        ),
        (
            "p",
            "„Unsere Kolleginnen und Kollegen entscheiden jeden Tag über existenzielle "
            "Fragen. Dass sie dabei geschützt werden, ist keine Kür, sondern Pflicht des "
            "Arbeitgebers“, sagt Personalratsvorsitzender Dirk Hambüchen.",
        ),
        (
            "p",
            "Das Trainingskonzept stellt das Jobcenter im Präventionsnetzwerk "
            "#sicherimDienst anderen Mitgliedern zur Verfügung.",
        ),
    ],
    "table": [
        ("Pressekontakt", "Jobcenter Emscher-Süd, Stabsstelle Kommunikation"),
        ("Telefon", "0209 0000-0"),
    ],
    "link": ("Original: ", "https://www.jobcenter-emscher-sued.example/presse/deeskalation"),
}

ORDNUNGSDIENST = {
    "file": "08_docx_ordnungsdienst_wernhagen.docx",
    "title": "Kommunaler Ordnungsdienst Wernhagen: Doppelstreifen und neue Schutzausstattung",
    "subtitle": "Nach Angriffen auf Streifen am Bahnhof stellt die Stadt den Außendienst neu auf",
    "blocks": [
        (
            "p",
            "Wernhagen, 28. Oktober 2026 – Die Stadt Wernhagen stellt ihren Kommunalen "
            "Ordnungsdienst (KOD) neu auf. Ab dem 1. Dezember sind die Kräfte des KOD "
            "ausschließlich als Doppelstreifen unterwegs; im Nacht- und Wochenenddienst "
            "begleitet zusätzlich eine Hunde\u00adführerin oder ein Hunde\u00adführer die "
            "Streife. "
            "Außerdem erhalten alle Außendienstmitarbeiter*innen Bodycams, schnittfeste "
            "Handschuhe und Funkgeräte mit Notruftaste.",
        ),
        (
            "p",
            "Anlass sind zwei Angriffe im Sommer: Am Bahnhofsvorplatz wurde ein "
            "Mitarbeiter bei der Kontrolle eines Platzverweises mit einer Flasche beworfen, "
            "eine Kollegin wurde bei einer Ruhestörung in der Innenstadt zu Boden gestoßen.",
        ),
        ("h", "Bodycams nur mit klaren Regeln"),
        (
            "p",
            "Die Bodycams werden nur eingeschaltet, wenn eine Situation zu eskalieren droht, "
            "und die Betroffenen werden darauf hingewiesen. Die Aufnahmen werden nach 30 "
            "Tagen gelöscht, wenn sie nicht für ein Strafverfahren gebraucht werden. Eine "
            "Dienstvereinbarung mit dem Personalrat regelt die Einzelheiten.",
        ),
        (
            "p",
            "„Wir verlangen von den Kolleg*innen, dass sie nachts dort hingehen, wo andere "
            "wegschauen. Dann müssen wir ihnen auch die bestmögliche Ausrüstung geben“, sagt "
            "Ordnungsdezernentin Britta Schellenberg.",
        ),
        (
            "p",
            "Die Stadt stockt den KOD dafür um sechs Stellen auf 34 Vollzeitkräfte auf. Die "
            "Kosten für Ausstattung und Schulung liegen bei rund 120.000 Euro.",
        ),
    ],
    "table": [
        ("Start der Doppelstreifen", "1. Dezember 2026"),
        ("Vollzeitkräfte im KOD", "34"),
        ("Pressekontakt", "Stadt Wernhagen, Presseamt"),
    ],
}


def add_hyperlink(paragraph, text, url):
    """A real Word hyperlink (python-docx has no API for writing one)."""
    part = paragraph.part
    rel_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def write(release):
    document = docx.Document()
    document.add_paragraph(release["title"], style="Title")
    if release.get("subtitle"):
        document.add_paragraph(release["subtitle"], style="Subtitle")
    for kind, text in release["blocks"]:
        if kind == "h":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=0, cols=2)
    for label, value in release["table"]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    if release.get("link"):
        label, url = release["link"]
        paragraph = document.add_paragraph(label)
        add_hyperlink(paragraph, url, url)
    document.core_properties.author = "Pressestelle"
    document.save(OUT / release["file"])


if __name__ == "__main__":
    for release in (JOBCENTER, ORDNUNGSDIENST):
        write(release)
        sys.stdout.write(f"{OUT / release['file']}\n")
