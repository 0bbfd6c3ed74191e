"""Demo content: target groups, topics, press contacts and guidance pages.

Written for this project; the people are fictional.
"""

import uuid

from pages.models import GuidanceIndexPage, GuidancePage, PressContact, TargetGroup, Topic
from tests import factories

LABEL = "Zielgruppen und Handlungsempfehlungen"

TARGET_GROUPS = [
    {
        "slug": "innendienst",
        "name": {
            "de": "Innendienst mit Publikumsverkehr",
            "en": "Office staff with public contact",
        },
        "description": {
            "de": "Beschäftigte in Bürgerbüros, Sozialämtern, Jobcentern und "
            "Ausländerbehörden, die täglich Menschen beraten und bescheiden.",
            "en": "Staff in citizens' offices, social welfare offices, job centres and "
            "immigration offices who advise people and decide on their cases every day.",
        },
    },
    {
        "slug": "einsatzkraefte",
        "name": {"de": "Operativ- und Einsatzkräfte", "en": "Operational and emergency staff"},
        "description": {
            "de": "Ordnungsdienste, Feuerwehr, Rettungsdienst und Vollzug, die draußen "
            "handeln und oft in aufgeheizte Lagen kommen.",
            "en": "Public order services, fire brigades, ambulance services and enforcement "
            "staff who act on the street and often arrive in heated situations.",
        },
    },
    {
        "slug": "dienstleistende",
        "name": {"de": "Dienstleistende", "en": "Service staff"},
        "description": {
            "de": "Beschäftigte in Bädern, Bibliotheken, Verkehrsbetrieben und "
            "Entsorgung, die öffentliche Leistungen erbringen.",
            "en": "Staff of swimming pools, libraries, public transport and waste "
            "services who deliver public services.",
        },
    },
    {
        "slug": "mandatstraeger",
        "name": {
            "de": "Mandats- und besondere Amtsträger",
            "en": "Elected representatives and office holders",
        },
        "description": {
            "de": "Bürgermeisterinnen und Bürgermeister, Ratsmitglieder und Landrätinnen "
            "und Landräte, die für Entscheidungen öffentlich einstehen.",
            "en": "Mayors, council members and district administrators who answer "
            "publicly for decisions.",
        },
    },
    {
        "slug": "lehrkraefte",
        "name": {
            "de": "Lehr- und pädagogische Fachkräfte",
            "en": "Teachers and educational staff",
        },
        "description": {
            "de": "Lehrkräfte, Erzieherinnen und Erzieher sowie Fachkräfte der "
            "Schulsozialarbeit in Schulen und Kitas.",
            "en": "Teachers, nursery staff and school social workers in schools and "
            "day-care centres.",
        },
    },
]

TOPICS = [
    {"slug": "deeskalation", "name": {"de": "Deeskalation", "en": "De-escalation"}},
    {
        "slug": "gebaeude-und-notruf",
        "name": {"de": "Gebäude und Notruf", "en": "Buildings and alarms"},
    },
    {"slug": "nachsorge", "name": {"de": "Nachsorge", "en": "Aftercare"}},
    {
        "slug": "dokumentation",
        "name": {"de": "Dokumentation und Meldung", "en": "Recording and reporting"},
    },
    {"slug": "aussendienst", "name": {"de": "Außendienst", "en": "Field work"}},
    {
        "slug": "digitale-anfeindungen",
        "name": {"de": "Digitale Anfeindungen", "en": "Online hostility"},
    },
]

PRESS_CONTACTS = [
    {
        "name": "Jana Beispiel",
        "role": {"de": "Pressesprecherin", "en": "Press officer"},
        "organisation": {
            "de": "Koordinierungsstelle #sicherimDienst",
            "en": "#sicherimDienst coordination office",
        },
        "email": "presse@example.org",
        "phone": "+49 211 0000000",
    },
]

GUIDANCE_INDEX = {
    "slug": {"de": "handlungsempfehlungen", "en": "guidance"},
    "title": {"de": "Handlungsempfehlungen", "en": "Guidance"},
    "intro": {
        "de": "Was hilft gegen Beleidigungen, Bedrohungen und Übergriffe? Empfehlungen aus "
        "dem Netzwerk, geordnet nach den fünf Zielgruppen.",
        "en": "What helps against insults, threats and attacks? Recommendations from the "
        "network, arranged by its five target groups.",
    },
}

GUIDANCE_PAGES = [
    {
        "slug": {"de": "sicher-am-empfang", "en": "safe-at-the-front-desk"},
        "title": {"de": "Sicher am Empfang und im Bürgerbüro", "en": "Safe at the front desk"},
        "teaser": {
            "de": "Raumgestaltung, Notrufsysteme und klare Absprachen schützen Beschäftigte "
            "mit Publikumsverkehr.",
            "en": "Room layout, alarm systems and clear agreements protect staff who "
            "serve the public.",
        },
        "groups": ["innendienst", "dienstleistende"],
        "topics": ["deeskalation", "gebaeude-und-notruf"],
        "body": [
            (
                "paragraph",
                {
                    "de": "Die meisten Übergriffe kündigen sich an: Wartezeiten, Ablehnungen "
                    "und Missverständnisse lassen die Stimmung kippen. Wer die Zeichen kennt "
                    "und vorbereitet ist, kann früh gegensteuern.",
                    "en": "Most attacks are foreshadowed: waiting times, refusals and "
                    "misunderstandings make the mood turn. Staff who know the signs and are "
                    "prepared can intervene early.",
                },
            ),
            ("heading", {"de": "Der Arbeitsplatz", "en": "The workplace"}),
            (
                "paragraph",
                {
                    "de": "Ein zweiter Ausgang, ein Schreibtisch ohne Wurfgegenstände und ein "
                    "stiller Alarm, der im Nachbarbüro ankommt, gehören zur Grundausstattung.",
                    "en": "A second exit, a desk without objects that could be thrown and a "
                    "silent alarm that reaches the next office are part of the basic set-up.",
                },
            ),
            (
                "accordion",
                {
                    "heading": {"de": "Häufige Fragen", "en": "Frequently asked questions"},
                    "items": [
                        {
                            "title": {
                                "de": "Wer kommt, wenn ich den Alarm auslöse?",
                                "en": "Who comes when I raise the alarm?",
                            },
                            "body": {
                                "de": "Das legt Ihre Dienststelle im Alarmplan fest: meist "
                                "zwei Kolleginnen oder Kollegen aus den Nachbarbüros, bei "
                                "Gefahr zusätzlich die Polizei.",
                                "en": "Your office decides this in its alarm plan: usually "
                                "two colleagues from the neighbouring offices, and the police "
                                "as well when there is danger.",
                            },
                        },
                        {
                            "title": {
                                "de": "Darf ich ein Gespräch abbrechen?",
                                "en": "May I end a conversation?",
                            },
                            "body": {
                                "de": "Ja. Wer beleidigt oder bedroht wird, darf das Gespräch "
                                "beenden und die Person bitten, zu gehen. Sprechen Sie das "
                                "vorher im Team ab.",
                                "en": "Yes. If you are insulted or threatened, you may end "
                                "the conversation and ask the person to leave. Agree on this "
                                "in your team beforehand.",
                            },
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": {"de": "allein-im-aussendienst", "en": "alone-in-the-field"},
        "title": {"de": "Allein im Außendienst", "en": "Alone in the field"},
        "teaser": {
            "de": "Hausbesuche und Kontrollen vorbereiten, erreichbar bleiben und Vorfälle "
            "festhalten.",
            "en": "Prepare home visits and inspections, stay reachable and record incidents.",
        },
        "groups": ["einsatzkraefte", "dienstleistende"],
        "topics": ["aussendienst", "dokumentation"],
        "body": [
            (
                "paragraph",
                {
                    "de": "Vor jedem Termin hilft ein kurzer Blick in die Akte: Gab es schon "
                    "Drohungen, Hunde oder Hinweise auf Waffen? Dann geht niemand allein.",
                    "en": "A short look at the file before each visit helps: were there "
                    "threats, dogs or signs of weapons? Then nobody goes alone.",
                },
            ),
            ("heading", {"de": "Erreichbar bleiben", "en": "Staying reachable"}),
            (
                "paragraph",
                {
                    "de": "Wer unterwegs ist, meldet Ziel und voraussichtliche Rückkehr. Ein "
                    "vereinbartes Codewort am Telefon holt Hilfe, ohne das Gegenüber zu "
                    "warnen.",
                    "en": "Whoever is out reports where they are going and when they expect "
                    "to return. An agreed code word on the phone calls for help without "
                    "alerting the other person.",
                },
            ),
        ],
    },
    {
        "slug": {"de": "nachsorge-im-team", "en": "aftercare-in-the-team"},
        "title": {"de": "Nach einem Übergriff: Nachsorge im Team", "en": "After an attack"},
        "teaser": {
            "de": "Was Betroffene in den ersten Stunden und Wochen brauchen und wie "
            "Vorgesetzte helfen.",
            "en": "What people affected need in the first hours and weeks, and how "
            "managers can help.",
        },
        "groups": ["innendienst", "einsatzkraefte", "lehrkraefte"],
        "topics": ["nachsorge", "dokumentation"],
        "body": [
            (
                "paragraph",
                {
                    "de": "Nach einem Übergriff zählt zuerst die Sicherheit, dann das "
                    "Gespräch. Niemand sollte nach einem Vorfall allein nach Hause gehen.",
                    "en": "After an attack, safety comes first, then a conversation. Nobody "
                    "should go home alone after an incident.",
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": "Am wichtigsten war, dass meine Leitung noch am selben Tag "
                        "gefragt hat, was ich brauche.",
                        "en": "What mattered most was that my manager asked on the same day "
                        "what I needed.",
                    },
                    "person": "Sabine Muster",
                    "role": {
                        "de": "Sachbearbeiterin in einem Sozialamt",
                        "en": "Caseworker in a social welfare office",
                    },
                },
            ),
        ],
    },
    {
        "slug": {"de": "hass-im-netz", "en": "online-hate"},
        "title": {"de": "Hass im Netz gegen Amtsträger", "en": "Online hate against officials"},
        "teaser": {
            "de": "Anfeindungen in sozialen Medien sichern, melden und anzeigen.",
            "en": "Preserve, report and prosecute hostility on social media.",
        },
        "groups": ["mandatstraeger"],
        "topics": ["digitale-anfeindungen", "dokumentation"],
        "body": [
            (
                "paragraph",
                {
                    "de": "Bedrohungen im Netz sind Straftaten. Sichern Sie Beiträge mit "
                    "Datum, Adresse und Bildschirmfoto, bevor sie gelöscht werden.",
                    "en": "Threats online are criminal offences. Save posts with date, "
                    "address and a screenshot before they are deleted.",
                },
            ),
        ],
    },
    {
        "slug": {"de": "konflikte-in-schule-und-kita", "en": "conflicts-in-schools"},
        "title": {
            "de": "Konflikte in Schule und Kita",
            "en": "Conflicts in schools and nurseries",
        },
        "teaser": {
            "de": "Elterngespräche vorbereiten und Eskalationen gemeinsam auffangen.",
            "en": "Prepare talks with parents and catch escalations together.",
        },
        "groups": ["lehrkraefte"],
        "topics": ["deeskalation", "nachsorge"],
        "body": [
            (
                "paragraph",
                {
                    "de": "Schwierige Elterngespräche führen Lehrkräfte besser zu zweit, in "
                    "einem Raum nahe dem Sekretariat und mit einer klaren Zeitgrenze.",
                    "en": "Teachers should hold difficult talks with parents in pairs, in a "
                    "room near the school office and with a clear time limit.",
                },
            ),
        ],
    },
]

HOME_JOIN = {
    "heading": {"de": "Mitglied werden", "en": "Join the network"},
    "text": {
        "de": "Städte, Kreise, Behörden und Verbände in NRW können kostenfrei beitreten und "
        "erhalten Zugang zu Praxisbeispielen, Schulungsmaterial und Veranstaltungen.",
        "en": "Cities, districts, authorities and associations in NRW can join free of "
        "charge and get access to practice examples, training material and events.",
    },
}


def seed(command):
    german = factories.get_locale("de")
    english = factories.get_locale("en")
    groups = {
        item["slug"]: _snippet(command, TargetGroup, item, german, english, sort_order=n)
        for n, item in enumerate(TARGET_GROUPS, start=1)
    }
    topics = {item["slug"]: _snippet(command, Topic, item, german, english) for item in TOPICS}
    for item in PRESS_CONTACTS:
        if not PressContact.objects.filter(locale=german, email=item["email"]).exists():
            contact = PressContact.objects.create(
                locale=german,
                name=item["name"],
                role=item["role"]["de"],
                organisation=item["organisation"]["de"],
                email=item["email"],
                phone=item["phone"],
            )
            translated = contact.copy_for_translation(english)
            translated.role = item["role"]["en"]
            translated.organisation = item["organisation"]["en"]
            translated.save()
            command.created += 2

    home = command.home
    if not home.join_heading:
        home.join_heading = HOME_JOIN["heading"]["de"]
        home.join_text = HOME_JOIN["text"]["de"]
        factories.publish(home)
        english_home = home.get_translation_or_none(english)
        if english_home is not None and not english_home.specific.join_heading:
            english_home = english_home.specific
            english_home.join_heading = HOME_JOIN["heading"]["en"]
            english_home.join_text = HOME_JOIN["text"]["en"]
            factories.publish(english_home)

    index = command.child(GuidanceIndexPage, home, GUIDANCE_INDEX["slug"]["de"])
    if index is None:
        index = factories.add_page(
            home,
            GuidanceIndexPage(
                title=GUIDANCE_INDEX["title"]["de"],
                slug=GUIDANCE_INDEX["slug"]["de"],
                intro=GUIDANCE_INDEX["intro"]["de"],
                show_in_menus=True,
            ),
        )
        command.created += 1
    command.translate(index)

    for item in GUIDANCE_PAGES:
        page = command.child(GuidancePage, index, item["slug"]["de"])
        if page is None:
            page = GuidancePage(
                title=item["title"]["de"],
                slug=item["slug"]["de"],
                teaser=item["teaser"]["de"],
                body=guidance_body(item["body"]),
            )
            page.target_groups = [groups[slug] for slug in item["groups"]]
            page.topics = [topics[slug] for slug in item["topics"]]
            page = factories.add_page(index, page)
            command.created += 1
        command.translate(page)


def guidance_body(blocks, language="de"):
    """Raw StreamField data; accordions on top of factories.body_blocks."""
    raw = []
    for block_type, value in blocks:
        if block_type == "accordion":
            raw.append(
                {
                    "type": "accordion",
                    "value": {
                        "heading": value["heading"][language],
                        # ListBlock's current raw format: items with type and id.
                        "items": [
                            {
                                "type": "item",
                                "id": str(uuid.uuid4()),
                                "value": {
                                    "title": entry["title"][language],
                                    "body": f"<p>{entry['body'][language]}</p>",
                                },
                            }
                            for entry in value["items"]
                        ],
                    },
                }
            )
        else:
            raw.extend(factories.body_blocks([(block_type, value)], language))
    return raw


def _snippet(command, model, item, german, english, **extra):
    """The German snippet and its English translation, created when missing."""
    snippet = model.objects.filter(locale=german, slug=item["slug"]).first()
    if snippet is None:
        fields = {"name": item["name"]["de"], **extra}
        if "description" in item:
            fields["description"] = item["description"]["de"]
        snippet = model.objects.create(locale=german, slug=item["slug"], **fields)
        command.created += 1
    if not snippet.has_translation(english):
        translated = snippet.copy_for_translation(english)
        translated.name = item["name"]["en"]
        if "description" in item:
            translated.description = item["description"]["en"]
        translated.save()
        command.created += 1
    return snippet
