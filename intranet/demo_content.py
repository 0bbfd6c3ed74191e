"""Demo content for the #sicherimDienst members' area (intranet home and member-only pages).

Written for this project as demo data and used by ``manage.py seed_demo``. All people quoted,
dates and events are fictional. Every translatable string is a ``{"de": ..., "en": ...}``
pair, and bodies are lists of ``(block_type, value)`` tuples (paragraph, heading, quote).
"""

# Landing page of the members' area.
INTRANET_HOME = {
    "title": {"de": "Mitgliederbereich", "en": "Members' area"},
    "slug": {"de": "mitgliederbereich", "en": "members-area"},
    "intro": {
        "de": (
            "Willkommen im Mitgliederbereich von #sicherimDienst. Hier finden Multiplikator*innen "
            "und Ansprechpersonen der Mitgliedsorganisationen Praxisbeispiele, Schulungsmaterial, "
            "Vorlagen und Termine. Bitte geben Sie die Inhalte nur innerhalb Ihrer Organisation "
            "weiter."
        ),
        "en": (
            "Welcome to the #sicherimDienst members' area. Here multipliers and contact persons "
            "from member organisations will find practice examples, training material, templates "
            "and dates. Please share the content only within your organisation."
        ),
    },
}

# Member-only pages below the intranet home.
INTRANET_PAGES = [
    {
        "title": {"de": "Praxisbeispiele", "en": "Practice examples"},
        "slug": {"de": "praxisbeispiele", "en": "practice-examples"},
        "teaser": {
            "de": (
                "Erprobte Lösungen aus Mitgliedsorganisationen und eine Anleitung, wie Sie Ihr "
                "eigenes Praxisbeispiel mit dem Netzwerk teilen."
            ),
            "en": (
                "Proven solutions from member organisations and a guide to sharing your own "
                "practice example with the network."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Praxisbeispiele sind das Herzstück des Netzwerks. Sie zeigen, wie andere "
                        "Organisationen ein Problem gelöst haben, welcher Aufwand entstanden ist "
                        "und was sie heute anders machen würden. So muss niemand den Schutz "
                        "allein neu erfinden."
                    ),
                    "en": (
                        "Practice examples are the heart of the network. They show how other "
                        "organisations have solved a problem, what effort it took and what they "
                        "would do differently today. That way nobody has to reinvent protection "
                        "alone."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "So teilen Sie ein Praxisbeispiel",
                    "en": "How to share a practice example",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Nutzen Sie die Vorlage „Praxisbeispiel“ aus dem Bereich "
                        "Schulungsmaterial und beschreiben Sie Ausgangslage, Maßnahme, Kosten und "
                        "Ergebnis auf höchstens zwei Seiten. Ordnen Sie Ihr Beispiel einer der "
                        "fünf Zielgruppen zu und nennen Sie eine Ansprechperson für Rückfragen. "
                        "Die Geschäftsstelle prüft den Beitrag und veröffentlicht ihn in der "
                        "Regel innerhalb von zwei Wochen."
                    ),
                    "en": (
                        "Use the “Practice example” template from the training material section "
                        "and describe the initial situation, the measure, the costs and the "
                        "result on no more than two pages. Assign your example to one of the five "
                        "target groups and name a contact person for queries. The network office "
                        "reviews the contribution and usually publishes it within two weeks."
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Bitte achten Sie darauf, dass keine personenbezogenen Daten von "
                        "Beschäftigten oder Bürger*innen enthalten sind. Fotos von Räumen und "
                        "technischen Einrichtungen sind willkommen, sofern sie keine "
                        "sicherheitsrelevanten Details wie Zugangscodes zeigen."
                    ),
                    "en": (
                        "Please make sure that no personal data of employees or members of the "
                        "public is included. Photos of rooms and technical equipment are welcome, "
                        "provided they do not show security-relevant details such as access codes."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Unser Beispiel zum Notfallalarm hat uns nur einen Nachmittag Arbeit "
                            "gekostet. Inzwischen haben sieben andere Jobcenter bei uns "
                            "angerufen, und wir haben dabei selbst noch einiges dazugelernt."
                        ),
                        "en": (
                            "Writing up our emergency alarm example only took us one afternoon. "
                            "Since then, seven other job centres have called us, and we have "
                            "learned quite a bit more ourselves in the process."
                        ),
                    },
                    "person": "Birgit Lammers",
                    "role": {
                        "de": "Multiplikatorin in einem Jobcenter im Ruhrgebiet",
                        "en": "Multiplier at a job centre in the Ruhr area",
                    },
                },
            ),
        ],
    },
    {
        "title": {"de": "Schulungsmaterial", "en": "Training material"},
        "slug": {"de": "schulungsmaterial", "en": "training-material"},
        "teaser": {
            "de": (
                "Präsentationen, Übungsanleitungen und Vorlagen für Schulungen in Ihrer "
                "Organisation – mit Hinweisen zur Nutzung und Anpassung der Downloads."
            ),
            "en": (
                "Presentations, exercise instructions and templates for training in your "
                "organisation – with advice on using and adapting the downloads."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "In diesem Bereich stellt das Netzwerk Materialien bereit, mit denen "
                        "Multiplikator*innen eigene Schulungen durchführen können. Dazu gehören "
                        "das Modul „Deeskalation am Empfangstresen“, Übungen für sichere "
                        "Hausbesuche und Unterlagen zur Nachsorge nach Übergriffen."
                    ),
                    "en": (
                        "In this section, the network provides materials that multipliers can use "
                        "to run their own training sessions. These include the module "
                        "“De-escalation at the front desk”, exercises for safe home visits and "
                        "materials on aftercare following assaults."
                    ),
                },
            ),
            ("heading", {"de": "Hinweise zu den Downloads", "en": "Notes on the downloads"}),
            (
                "paragraph",
                {
                    "de": (
                        "Alle Dateien stehen als PDF und in einer bearbeitbaren Fassung zur "
                        "Verfügung. Sie dürfen die Materialien innerhalb Ihrer Organisation frei "
                        "verwenden, kürzen und um eigene Beispiele ergänzen. Bitte behalten Sie "
                        "den Quellenhinweis auf #sicherimDienst bei und geben Sie die Dateien "
                        "nicht an Dritte außerhalb des Netzwerks weiter."
                    ),
                    "en": (
                        "All files are available as PDFs and in an editable version. Within your "
                        "organisation you may freely use and shorten the materials and add your "
                        "own examples. Please keep the credit to #sicherimDienst and do not pass "
                        "the files on to third parties outside the network."
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Jedes Modul enthält einen Ablaufplan mit Zeitangaben, Hinweise für "
                        "Trainer*innen und einen kurzen Feedbackbogen. Wenn Sie ein Modul "
                        "weiterentwickelt haben, freut sich die Geschäftsstelle über Ihre "
                        "überarbeitete Fassung, damit alle Mitglieder davon profitieren."
                    ),
                    "en": (
                        "Each module contains a schedule with timings, notes for trainers and a "
                        "short feedback form. If you have developed a module further, the network "
                        "office would be glad to receive your revised version so that all members "
                        "can benefit from it."
                    ),
                },
            ),
        ],
    },
    {
        "title": {"de": "Veranstaltungen", "en": "Events"},
        "slug": {"de": "veranstaltungen", "en": "events"},
        "teaser": {
            "de": (
                "Die nächsten Termine für Mitglieder: Online-Sprechstunden, Schulungen für "
                "Multiplikator*innen und das Netzwerktreffen 2027."
            ),
            "en": (
                "The next dates for members: online consultation hours, training for multipliers "
                "and the 2027 network meeting."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Die Teilnahme an allen Veranstaltungen ist für Mitglieder kostenfrei. "
                        "Die Anmeldung erfolgt über das Formular im Mitgliederbereich. Die "
                        "Zugangsdaten für Online-Termine erhalten Sie einige Tage vorher per "
                        "E-Mail."
                    ),
                    "en": (
                        "Participation in all events is free of charge for members. Registration "
                        "is via the form in the members' area. You will receive the access "
                        "details for online events by email a few days beforehand."
                    ),
                },
            ),
            (
                "heading",
                {"de": "Termine im ersten Halbjahr 2027", "en": "Dates in the first half of 2027"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Am 26. Januar 2027 findet die Online-Sprechstunde zur "
                        "Gefährdungsbeurteilung statt. Die Einführungsschulung für neue "
                        "Multiplikator*innen wird am 9. März 2027 in Dortmund und am 20. April "
                        "2027 in Köln angeboten. Am 18. Mai 2027 folgt in Münster ein Fachtag zum "
                        "Schutz von Lehr- und pädagogischen Fachkräften."
                    ),
                    "en": (
                        "The online consultation hour on risk assessment will take place on 26 "
                        "January 2027. The introductory training for new multipliers will be "
                        "offered on 9 March 2027 in Dortmund and on 20 April 2027 in Cologne. It "
                        "will be followed on 18 May 2027 by a specialist day in Münster on "
                        "protecting teaching and educational professionals."
                    ),
                },
            ),
            ("heading", {"de": "Netzwerktreffen 2027", "en": "Network meeting 2027"}),
            (
                "paragraph",
                {
                    "de": (
                        "Das nächste Netzwerktreffen ist für den 14. September 2027 in Düsseldorf "
                        "geplant. Themenvorschläge für Workshops können Sie bis Ende Februar 2027 "
                        "bei der Geschäftsstelle einreichen."
                    ),
                    "en": (
                        "The next network meeting is planned for 14 September 2027 in Düsseldorf. "
                        "You can submit topic suggestions for workshops to the network office "
                        "until the end of February 2027."
                    ),
                },
            ),
        ],
    },
    {
        "title": {"de": "Leitfaden für Multiplikator*innen", "en": "Handbook for multipliers"},
        "slug": {"de": "leitfaden-fuer-multiplikatorinnen", "en": "handbook-for-multipliers"},
        "teaser": {
            "de": (
                "Ihre Rolle als Ansprechperson im Netzwerk: Aufgaben, erste Schritte in der "
                "eigenen Organisation und Tipps, wie Sie Kolleg*innen und Führungskräfte gewinnen."
            ),
            "en": (
                "Your role as a contact person in the network: tasks, first steps in your own "
                "organisation and tips on how to win over colleagues and managers."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Als Multiplikator*in sind Sie die Verbindung zwischen dem Netzwerk und "
                        "Ihrer Organisation. Sie müssen keine Sicherheitsexpert*in sein: "
                        "Entscheidend ist, dass Sie Informationen weitergeben, Fragen sammeln und "
                        "Ihre Organisation im Austausch vertreten."
                    ),
                    "en": (
                        "As a multiplier, you are the link between the network and your "
                        "organisation. You do not need to be a security expert: what matters is "
                        "that you pass on information, collect questions and represent your "
                        "organisation in the exchange."
                    ),
                },
            ),
            ("heading", {"de": "Die ersten hundert Tage", "en": "The first hundred days"}),
            (
                "paragraph",
                {
                    "de": (
                        "Verschaffen Sie sich zunächst einen Überblick über vorhandene "
                        "Regelungen, Meldewege und Ansprechpersonen in Ihrem Haus. Suchen Sie das "
                        "Gespräch mit dem Personalrat, der Fachkraft für Arbeitssicherheit und "
                        "dem betriebsärztlichen Dienst. Stellen Sie das Netzwerk anschließend in "
                        "einer Dienstbesprechung oder im Intranet Ihrer Organisation vor."
                    ),
                    "en": (
                        "First, get an overview of the existing rules, reporting channels and "
                        "contact persons in your organisation. Talk to the staff council, the "
                        "occupational safety specialist and the occupational health service. Then "
                        "present the network at a staff meeting or on your organisation's "
                        "intranet."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Am Anfang dachte ich, ich müsste alles allein stemmen. Dann habe ich "
                            "gemerkt, dass die Kolleg*innen aus dem Netzwerk für fast jede Frage "
                            "schon eine Antwort hatten."
                        ),
                        "en": (
                            "At first I thought I had to handle everything on my own. Then I "
                            "realised that my colleagues in the network already had an answer to "
                            "almost every question."
                        ),
                    },
                    "person": "Lena Kaminski",
                    "role": {
                        "de": "Multiplikatorin bei der Stadt Hamm",
                        "en": "Multiplier at the City of Hamm",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Planen Sie für Ihre Aufgabe realistisch zwei bis vier Stunden im Monat "
                        "ein und sprechen Sie dies mit Ihrer Führungskraft ab. Auf Wunsch stellt "
                        "Ihnen die Geschäftsstelle ein Schreiben zur Verfügung, das Ihre Rolle "
                        "gegenüber der Behördenleitung erläutert."
                    ),
                    "en": (
                        "Allow a realistic two to four hours a month for your role and agree this "
                        "with your line manager. On request, the network office can provide you "
                        "with a letter explaining your role to the head of your authority."
                    ),
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Notfallpläne und Gefährdungsbeurteilung",
            "en": "Emergency plans and risk assessment",
        },
        "slug": {
            "de": "notfallplaene-und-gefaehrdungsbeurteilung",
            "en": "emergency-plans-and-risk-assessment",
        },
        "teaser": {
            "de": (
                "Hinweise zu den Vorlagen für Notfallpläne und zur Gefährdungsbeurteilung an "
                "Arbeitsplätzen mit Publikumsverkehr, im Außendienst und bei Alleinarbeit."
            ),
            "en": (
                "Guidance on the templates for emergency plans and on risk assessment for "
                "workplaces with public contact, in field work and for lone working."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Die Gefährdungsbeurteilung ist gesetzlich vorgeschrieben und bildet die "
                        "Grundlage aller Schutzmaßnahmen. Sie sollte ausdrücklich auch die Gefahr "
                        "von Beleidigungen, Bedrohungen und körperlichen Übergriffen "
                        "berücksichtigen. Unsere Vorlage führt Sie Schritt für Schritt durch die "
                        "Bewertung typischer Situationen."
                    ),
                    "en": (
                        "The risk assessment is required by law and forms the basis of all "
                        "protective measures. It should also explicitly take into account the "
                        "risk of insults, threats and physical assaults. Our template guides you "
                        "step by step through the assessment of typical situations."
                    ),
                },
            ),
            ("heading", {"de": "Aufbau der Vorlagen", "en": "Structure of the templates"}),
            (
                "paragraph",
                {
                    "de": (
                        "Die Vorlage zur Gefährdungsbeurteilung gliedert sich in bauliche, "
                        "technische, organisatorische und personenbezogene Maßnahmen. Die Vorlage "
                        "für den Notfallplan enthält Felder für Alarmierungswege, Sammelpunkte, "
                        "Zuständigkeiten und die Nachsorge. Beide Vorlagen sollten Sie gemeinsam "
                        "mit den Beschäftigten der betroffenen Bereiche ausfüllen."
                    ),
                    "en": (
                        "The risk assessment template is divided into structural, technical, "
                        "organisational and person-related measures. The emergency plan template "
                        "contains fields for alert channels, assembly points, responsibilities "
                        "and aftercare. You should complete both templates together with the "
                        "employees of the areas concerned."
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Überprüfen Sie Notfallpläne mindestens einmal im Jahr und nach jedem "
                        "ernsthaften Vorfall. Technische Lösungen wie ein Notfallalarm wirken "
                        "nur, wenn alle Beteiligten die Abläufe kennen und regelmäßig üben."
                    ),
                    "en": (
                        "Review emergency plans at least once a year and after every serious "
                        "incident. Technical solutions such as an emergency alarm only work if "
                        "everyone involved knows the procedures and practises them regularly."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Die beste Gefährdungsbeurteilung entsteht nicht am Schreibtisch, "
                            "sondern im Gespräch mit denen, die täglich am Tresen stehen."
                        ),
                        "en": (
                            "The best risk assessment is not written at a desk but in "
                            "conversation with the people who stand at the counter every day."
                        ),
                    },
                    "person": "Frank Overbeck",
                    "role": {
                        "de": "Fachkraft für Arbeitssicherheit beim Kreis Lippe",
                        "en": "Occupational safety specialist at Lippe district",
                    },
                },
            ),
        ],
    },
    {
        "title": {"de": "Austausch und Diskussion", "en": "Exchange and discussion"},
        "slug": {"de": "austausch-und-diskussion", "en": "exchange-and-discussion"},
        "teaser": {
            "de": (
                "Regeln für einen respektvollen und vertraulichen Austausch im Diskussionsforum "
                "der Mitglieder."
            ),
            "en": (
                "Rules for respectful and confidential exchange in the members' discussion forum."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Im Diskussionsforum können Sie Fragen stellen, Erfahrungen teilen und "
                        "Kolleg*innen aus anderen Organisationen direkt ansprechen. Damit der "
                        "Austausch für alle hilfreich bleibt, bitten wir Sie, einige Regeln zu "
                        "beachten."
                    ),
                    "en": (
                        "In the discussion forum you can ask questions, share experiences and "
                        "contact colleagues from other organisations directly. To keep the "
                        "exchange helpful for everyone, we ask you to observe a few rules."
                    ),
                },
            ),
            ("heading", {"de": "Unsere Netiquette", "en": "Our netiquette"}),
            (
                "paragraph",
                {
                    "de": (
                        "Bleiben Sie sachlich und respektvoll, auch bei unterschiedlichen "
                        "Meinungen. Schildern Sie Vorfälle so, dass keine beteiligten Personen "
                        "erkennbar sind, und veröffentlichen Sie keine internen Dokumente ohne "
                        "Zustimmung Ihrer Organisation. Beiträge, die gegen diese Regeln "
                        "verstoßen, werden von der Moderation entfernt."
                    ),
                    "en": (
                        "Stay objective and respectful, even when opinions differ. Describe "
                        "incidents in such a way that no one involved can be identified, and do "
                        "not publish internal documents without your organisation's consent. "
                        "Posts that break these rules will be removed by the moderators."
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Was im Forum besprochen wird, bleibt im Netzwerk. Zitieren Sie Beiträge "
                        "anderer Mitglieder nur mit deren Einverständnis und geben Sie keine "
                        "Inhalte an Medien oder soziale Netzwerke weiter."
                    ),
                    "en": (
                        "What is discussed in the forum stays in the network. Only quote other "
                        "members' posts with their consent and do not pass on any content to the "
                        "media or social networks."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Im Forum traut man sich, auch die unangenehmen Fragen zu stellen. "
                            "Das funktioniert nur, weil sich alle an die Vertraulichkeit halten."
                        ),
                        "en": (
                            "In the forum, people dare to ask the awkward questions too. That "
                            "only works because everyone respects confidentiality."
                        ),
                    },
                    "person": "Sven Adamczyk",
                    "role": {
                        "de": "Multiplikator in einem Polizeipräsidium im Rheinland",
                        "en": "Multiplier at a police headquarters in the Rhineland",
                    },
                },
            ),
        ],
    },
]
