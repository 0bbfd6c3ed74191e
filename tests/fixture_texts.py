"""English texts of the pages the shared fixtures in conftest.py build, for
tests that translate those pages with factories.translate_page()."""

ENGLISH = {
    "Startseite": "Home",
    "start": "home",
    "Willkommen im Netzwerk.": "Welcome.",
    "Presse": "Press",
    "presse": "press",
    "Neuigkeiten": "News",
    "Stadt Beispielstadt tritt dem Netzwerk bei": "Example City joins the network",
    "beispielstadt-tritt-bei": "example-city-joins",
    "Beispielstadt": "Example City",
    "Die Stadtverwaltung schützt ihre Beschäftigten gemeinsam mit dem Netzwerk.": (
        "The city administration protects its staff together with the network."
    ),
    "Ab sofort gilt ein gemeinsamer Notfallplan.": "A joint emergency plan applies from now on.",
    "Mitgliederbereich": "Members' area",
    "intranet": "intranet",
    "Schulungsmaterial": "Training material",
    "schulungsmaterial": "training-material",
    "Vorlagen für Deeskalationstrainings": "Templates for de-escalation training",
    "Vertrauliche Unterlagen für Mitglieder.": "Confidential documents for members.",
}
