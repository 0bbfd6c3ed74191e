"""Demo content for the public #sicherimDienst site: home, about, newsroom and press releases.

Written for this project as demo data and used by ``manage.py seed_demo``. All people quoted
and all events described are fictional; real NRW cities, districts and job centres only serve
as plausible examples. Every translatable string is a ``{"de": ..., "en": ...}`` pair, and
bodies are lists of ``(block_type, value)`` tuples (paragraph, heading, quote).
"""

# Home page title and lead (two sentences).
HOME = {
    "title": {"de": "#sicherimDienst", "en": "#sicherimDienst"},
    "intro": {
        "de": (
            "#sicherimDienst ist das Präventionsnetzwerk für die Sicherheit der Beschäftigten im "
            "öffentlichen Dienst in Nordrhein-Westfalen. Städte, Kreise, Jobcenter, Polizei und "
            "Verbände teilen hier ihr Wissen zum Schutz vor Beleidigungen, Bedrohungen und "
            "Übergriffen – denn niemand soll den Schutz allein neu erfinden müssen."
        ),
        "en": (
            "#sicherimDienst is the prevention network for the safety of public-service employees "
            "in North Rhine-Westphalia. Cities, districts, job centres, police and associations "
            "share their knowledge here on protection against insults, threats and attacks – "
            "because nobody should have to reinvent protection alone."
        ),
    },
}

# About the network: mission, membership, contact persons, target groups, trainings.
ABOUT = {
    "title": {"de": "Über das Netzwerk", "en": "About the network"},
    "slug": {"de": "ueber-das-netzwerk", "en": "about-the-network"},
    "search_description": {
        "de": (
            "Auftrag, Mitgliedschaft und Arbeitsweise des Präventionsnetzwerks #sicherimDienst: "
            "wie Behörden und Einrichtungen in NRW ihre Beschäftigten gemeinsam besser schützen."
        ),
        "en": (
            "Mission, membership and working methods of the #sicherimDienst prevention network: "
            "how public authorities and institutions in NRW work together to better protect their "
            "employees."
        ),
    },
    "body": [
        ("heading", {"de": "Unser Auftrag", "en": "Our mission"}),
        (
            "paragraph",
            {
                "de": (
                    "Beschäftigte im öffentlichen Dienst werden immer wieder beleidigt, bedroht "
                    "oder sogar angegriffen – am Empfangstresen ebenso wie im Außendienst, im "
                    "Klassenzimmer oder im Ratssaal. #sicherimDienst setzt sich dafür ein, dass "
                    "Prävention, Schutz und Nachsorge in allen Behörden und Einrichtungen "
                    "selbstverständlich werden. Unser Leitgedanke: Niemand soll den Schutz allein "
                    "neu erfinden müssen."
                ),
                "en": (
                    "Public-service employees are repeatedly insulted, threatened or even "
                    "attacked – at the reception desk as well as in field work, in the classroom "
                    "or in the council chamber. #sicherimDienst works to make prevention, "
                    "protection and aftercare a matter of course in all public authorities and "
                    "institutions. Our guiding principle: nobody should have to reinvent "
                    "protection alone."
                ),
            },
        ),
        ("heading", {"de": "Wer mitmachen kann", "en": "Who can join"}),
        (
            "paragraph",
            {
                "de": (
                    "Mitglied werden können alle Organisationen, die in Nordrhein-Westfalen "
                    "öffentliche Aufgaben wahrnehmen: Städte, Gemeinden und Kreise, "
                    "Landesbehörden, Jobcenter, Polizei, Hochschulen und Schulen ebenso wie "
                    "Verbände und Gewerkschaften. Inzwischen beteiligen sich mehrere hundert "
                    "Mitgliedsorganisationen. Wer beitritt, bringt eigene Erfahrungen ein und "
                    "profitiert von denen der anderen."
                ),
                "en": (
                    "Any organisation that performs public tasks in North Rhine-Westphalia can "
                    "become a member: cities, municipalities and districts, state authorities, "
                    "job centres, police, universities and schools as well as associations and "
                    "trade unions. Several hundred member organisations now take part. Those who "
                    "join contribute their own experience and benefit from that of others."
                ),
            },
        ),
        ("heading", {"de": "So arbeitet das Netzwerk", "en": "How the network works"}),
        (
            "paragraph",
            {
                "de": (
                    "Jede Mitgliedsorganisation benennt Ansprechpersonen, die "
                    "Multiplikator*innen. Sie tragen die Arbeit des Netzwerks in ihre "
                    "Organisation, stoßen Maßnahmen an und bringen Fragen und Erfahrungen aus dem "
                    "eigenen Haus in den Austausch ein. Im geschützten Mitgliederbereich finden "
                    "sie Praxisbeispiele, Vorlagen und Diskussionsforen."
                ),
                "en": (
                    "Each member organisation appoints contact persons, known as multipliers. "
                    "They carry the network's work into their organisation, initiate measures and "
                    "bring questions and experience from their own organisation into the "
                    "exchange. In the protected members' area they find practice examples, "
                    "templates and discussion forums."
                ),
            },
        ),
        (
            "paragraph",
            {
                "de": (
                    "Die Empfehlungen des Netzwerks richten sich an fünf Zielgruppen: Innendienst "
                    "mit Publikumsverkehr, Operativ- und Einsatzkräfte, Dienstleistende, Mandats- "
                    "und besondere Amtsträger sowie Lehr- und pädagogische Fachkräfte. Für jede "
                    "Zielgruppe sammeln wir passende Praxisbeispiele, Schulungsmaterial und "
                    "Handlungsempfehlungen."
                ),
                "en": (
                    "The network's recommendations are aimed at five target groups: office staff "
                    "with public contact, operational and emergency personnel, service providers, "
                    "elected representatives and special office holders, and teaching and "
                    "educational professionals. For each target group we collect suitable "
                    "practice examples, training material and recommendations for action."
                ),
            },
        ),
        (
            "paragraph",
            {
                "de": (
                    "Regelmäßige Schulungen, Workshops und das jährliche Netzwerktreffen bieten "
                    "Gelegenheit, voneinander zu lernen. Die Angebote reichen vom "
                    "Deeskalationstraining für den Empfang bis zur Unterstützung bei der "
                    "Gefährdungsbeurteilung und beim Aufbau von Notfallplänen."
                ),
                "en": (
                    "Regular trainings, workshops and the annual network meeting offer "
                    "opportunities to learn from one another. The offers range from de-escalation "
                    "training for the reception desk to support with risk assessments and with "
                    "setting up emergency plans."
                ),
            },
        ),
    ],
}

# Newsroom index page that lists the press releases.
NEWSROOM = {
    "title": {"de": "Presse und Aktuelles", "en": "Press and news"},
    "slug": {"de": "presse", "en": "press"},
    "intro": {
        "de": (
            "Hier finden Sie Pressemitteilungen und Neuigkeiten aus dem Netzwerk #sicherimDienst. "
            "Medienvertreter*innen erhalten zusätzliche Informationen und Bildmaterial über die "
            "Geschäftsstelle."
        ),
        "en": (
            "Here you will find press releases and news from the #sicherimDienst network. Media "
            "representatives can obtain additional information and images from the network office."
        ),
    },
}

# Press releases, oldest first. Dates range from 2025-02-04 to 2026-11-05.
PRESS_RELEASES = [
    {
        "title": {
            "de": "Stadt Bielefeld tritt dem Netzwerk #sicherimDienst bei",
            "en": "City of Bielefeld joins the #sicherimDienst network",
        },
        "slug": {
            "de": "stadt-bielefeld-tritt-dem-netzwerk-bei",
            "en": "city-of-bielefeld-joins-the-network",
        },
        "date": "2025-02-04",
        "place": "Bielefeld",
        "teaser": {
            "de": (
                "Die Stadt Bielefeld ist neues Mitglied im Präventionsnetzwerk #sicherimDienst. "
                "Die Mitarbeiter*innen der Stadtverwaltung sollen von gemeinsamen Standards für "
                "Sicherheit am Arbeitsplatz profitieren."
            ),
            "en": (
                "The City of Bielefeld is the newest member of the #sicherimDienst prevention "
                "network. The employees of the city administration are to benefit from shared "
                "standards for safety at work."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Mit der Unterzeichnung der Beitrittserklärung hat sich die Stadt "
                        "Bielefeld dem Präventionsnetzwerk #sicherimDienst angeschlossen. Die "
                        "Verwaltung will ihre bestehenden Schutzkonzepte mit den Erfahrungen "
                        "anderer Kommunen abgleichen und gezielt weiterentwickeln. Besonders im "
                        "Bürgeramt, in der Ausländerbehörde und im Ordnungsdienst hatten "
                        "Beschäftigte zuletzt von zunehmend aggressiven Situationen berichtet."
                    ),
                    "en": (
                        "By signing the declaration of membership, the City of Bielefeld has "
                        "joined the #sicherimDienst prevention network. The administration wants "
                        "to compare its existing protection concepts with the experience of other "
                        "municipalities and develop them further in a targeted way. Employees in "
                        "the citizens' office, the immigration authority and the municipal "
                        "enforcement service in particular had recently reported increasingly "
                        "aggressive situations."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Wer für unsere Stadt arbeitet, verdient Respekt und Schutz. Mit dem "
                            "Beitritt zu #sicherimDienst zeigen wir unseren Mitarbeiter*innen, "
                            "dass wir Beleidigungen und Bedrohungen nicht hinnehmen."
                        ),
                        "en": (
                            "Anyone who works for our city deserves respect and protection. By "
                            "joining #sicherimDienst, we are showing our employees that we will "
                            "not tolerate insults and threats."
                        ),
                    },
                    "person": "Jens Oberkamp",
                    "role": {
                        "de": "Oberbürgermeister der Stadt Bielefeld",
                        "en": "Lord Mayor of the City of Bielefeld",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Als erste Schritte benennt die Stadt vier Multiplikator*innen aus "
                        "verschiedenen Fachbereichen und überprüft die Gefährdungsbeurteilungen "
                        "für alle Arbeitsplätze mit Publikumsverkehr. Außerdem sollen die "
                        "Beschäftigten des Bürgeramts im Laufe des Jahres an einem "
                        "Deeskalationstraining teilnehmen."
                    ),
                    "en": (
                        "As first steps, the city is appointing four multipliers from different "
                        "departments and reviewing the risk assessments for all workplaces with "
                        "public contact. In addition, staff at the citizens' office are to take "
                        "part in de-escalation training during the course of the year."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Der Personalrat hat sich lange für diesen Schritt eingesetzt. "
                            "Wichtig ist uns, dass jeder Vorfall gemeldet werden kann, ohne dass "
                            "sich Kolleg*innen dafür rechtfertigen müssen."
                        ),
                        "en": (
                            "The staff council has long campaigned for this step. What matters to "
                            "us is that every incident can be reported without colleagues having "
                            "to justify themselves."
                        ),
                    },
                    "person": "Sabine Köhler-Drees",
                    "role": {
                        "de": "Vorsitzende des Personalrats der Stadt Bielefeld",
                        "en": "Chair of the Staff Council of the City of Bielefeld",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Neues Schulungsmodul: Deeskalation am Empfangstresen",
            "en": "New training module: de-escalation at the front desk",
        },
        "slug": {
            "de": "neues-schulungsmodul-deeskalation-am-empfangstresen",
            "en": "new-training-module-de-escalation-at-the-front-desk",
        },
        "date": "2025-03-18",
        "place": "Düsseldorf",
        "teaser": {
            "de": (
                "Ein neues Schulungsmodul des Netzwerks bereitet Beschäftigte im Innendienst mit "
                "Publikumsverkehr auf schwierige Gesprächssituationen vor. Mitglieder können das "
                "Material kostenfrei nutzen und an ihre eigenen Abläufe anpassen."
            ),
            "en": (
                "A new training module from the network prepares office staff with public contact "
                "for difficult conversations. Members can use the material free of charge and "
                "adapt it to their own procedures."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Laute Stimmen, Drohgebärden, ein Bescheid, der auf den Tresen geknallt "
                        "wird: Solche Situationen erleben Beschäftigte mit Publikumsverkehr "
                        "häufig. Das neue Schulungsmodul „Deeskalation am Empfangstresen“ "
                        "vermittelt in vier Stunden, wie sich Konflikte frühzeitig erkennen und "
                        "entschärfen lassen. Es wurde von Multiplikator*innen aus Städten, "
                        "Kreisen und Jobcentern gemeinsam entwickelt."
                    ),
                    "en": (
                        "Raised voices, threatening gestures, an official notice slammed down on "
                        "the counter: employees with public contact often experience situations "
                        "like these. In four hours, the new training module “De-escalation at the "
                        "front desk” teaches how conflicts can be recognised and defused at an "
                        "early stage. It was developed jointly by multipliers from cities, "
                        "districts and job centres."
                    ),
                },
            ),
            ("heading", {"de": "Praxisnah und übertragbar", "en": "Practical and transferable"}),
            (
                "paragraph",
                {
                    "de": (
                        "Im Mittelpunkt stehen Übungen zu Körpersprache, Sprechweise und "
                        "Raumgestaltung sowie die Frage, wann ein Gespräch abgebrochen und Hilfe "
                        "geholt werden sollte. Ergänzend enthält das Modul Hinweise für "
                        "Führungskräfte zur Nachbereitung von Vorfällen. Alle Unterlagen stehen "
                        "im Mitgliederbereich zum Download bereit."
                    ),
                    "en": (
                        "The focus is on exercises on body language, manner of speaking and room "
                        "layout, as well as the question of when a conversation should be ended "
                        "and help called. The module also includes guidance for managers on "
                        "following up on incidents. All materials are available for download in "
                        "the members' area."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Ein gutes Deeskalationstraining ersetzt keine bauliche Sicherheit, "
                            "aber es gibt den Kolleg*innen Handlungssicherheit. Genau das haben "
                            "sich viele Mitglieder gewünscht."
                        ),
                        "en": (
                            "Good de-escalation training is no substitute for structural "
                            "security, but it gives colleagues confidence in how to act. That is "
                            "exactly what many members had asked for."
                        ),
                    },
                    "person": "Markus Terhorst",
                    "role": {
                        "de": "Trainer für Gewaltprävention und Mitautor des Moduls",
                        "en": "Violence-prevention trainer and co-author of the module",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Kreis Coesfeld wird Mitglied im Präventionsnetzwerk",
            "en": "Coesfeld district becomes a member of the prevention network",
        },
        "slug": {"de": "kreis-coesfeld-wird-mitglied", "en": "coesfeld-district-becomes-a-member"},
        "date": "2025-05-13",
        "place": "Coesfeld",
        "teaser": {
            "de": (
                "Der Kreis Coesfeld schließt sich #sicherimDienst an. Im Fokus stehen zunächst "
                "die Beschäftigten im Außendienst sowie im Brand- und Katastrophenschutz, die "
                "zunehmend mit Anfeindungen konfrontiert sind."
            ),
            "en": (
                "Coesfeld district is joining #sicherimDienst. The initial focus is on field "
                "staff and employees in fire and disaster protection, who are increasingly "
                "confronted with hostility."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Der Kreis Coesfeld ist dem Präventionsnetzwerk #sicherimDienst "
                        "beigetreten. Die Kreisverwaltung reagiert damit auf Rückmeldungen aus "
                        "dem Veterinäramt, der Lebensmittelüberwachung und dem Rettungsdienst, wo "
                        "Beschäftigte bei Kontrollen und Einsätzen immer wieder bedrängt oder "
                        "beschimpft werden."
                    ),
                    "en": (
                        "Coesfeld district has joined the #sicherimDienst prevention network. The "
                        "district administration is thus responding to feedback from the "
                        "veterinary office, food inspection and the rescue service, where "
                        "employees are repeatedly harassed or verbally abused during inspections "
                        "and operations."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Unsere Mitarbeiter*innen sind oft allein bei Bürger*innen vor Ort, "
                            "auf Höfen oder in Betrieben. Gerade für sie brauchen wir "
                            "verlässliche Absprachen, und die Erfahrungen anderer Kreise helfen "
                            "uns dabei enorm."
                        ),
                        "en": (
                            "Our employees are often alone with members of the public on site, on "
                            "farms or in businesses. It is precisely for them that we need "
                            "reliable arrangements, and the experience of other districts helps "
                            "us enormously with this."
                        ),
                    },
                    "person": "Dr. Andrea Wienholt",
                    "role": {
                        "de": "Landrätin des Kreises Coesfeld",
                        "en": "District Administrator of Coesfeld district",
                    },
                },
            ),
            (
                "heading",
                {"de": "Erste Maßnahmen im Außendienst", "en": "First measures in field work"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Geplant sind unter anderem ein einheitliches Verfahren zur Meldung von "
                        "Vorfällen, Notrufgeräte für Alleinarbeitsplätze und gemeinsame "
                        "Schulungen mit der Kreispolizeibehörde. Für den Brand- und "
                        "Katastrophenschutz prüft der Kreis zudem, wie Einsatzkräfte nach "
                        "belastenden Situationen besser begleitet werden können."
                    ),
                    "en": (
                        "Plans include a uniform procedure for reporting incidents, emergency "
                        "call devices for lone workers and joint training with the district "
                        "police authority. For fire and disaster protection, the district is also "
                        "examining how emergency personnel can be better supported after "
                        "stressful situations."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Viele Kolleg*innen haben Übergriffe bisher als Teil des Jobs "
                            "abgetan. Wir wollen, dass sie jeden Vorfall melden und wissen, dass "
                            "der Dienstherr hinter ihnen steht."
                        ),
                        "en": (
                            "Many colleagues have so far dismissed assaults as part of the job. "
                            "We want them to report every incident and to know that their "
                            "employer stands behind them."
                        ),
                    },
                    "person": "Thomas Brüggemann",
                    "role": {
                        "de": "Vorsitzender des Personalrats der Kreisverwaltung Coesfeld",
                        "en": "Chair of the Staff Council of the Coesfeld district administration",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Jobcenter Dortmund zeigt, wie Notfallalarm und Hausverbot zusammenwirken",
            "en": (
                "Jobcenter Dortmund shows how emergency alarms and bans from the premises work "
                "together"
            ),
        },
        "slug": {
            "de": "jobcenter-dortmund-notfallalarm-und-hausverbot",
            "en": "jobcenter-dortmund-emergency-alarm-and-ban-from-premises",
        },
        "date": "2025-06-24",
        "place": "Dortmund",
        "teaser": {
            "de": (
                "Als Praxisbeispiel stellt das Jobcenter Dortmund sein Sicherheitskonzept vor: "
                "Ein stiller Notfallalarm am Arbeitsplatz, klare Abläufe im Ernstfall und ein "
                "konsequent umgesetztes Hausverbot sorgen für mehr Sicherheit in der Beratung."
            ),
            "en": (
                "As a practice example, Jobcenter Dortmund presents its security concept: a "
                "silent emergency alarm at the workstation, clear procedures in an emergency and "
                "consistently enforced bans from the premises make counselling sessions safer."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Im Jobcenter Dortmund kann jede Beratungskraft per Tastenkombination am "
                        "Computer einen stillen Notfallalarm auslösen. Die Meldung erscheint bei "
                        "den Kolleg*innen in den Nachbarbüros und beim Sicherheitsdienst, die "
                        "innerhalb kurzer Zeit unterstützen. Das Konzept ist jetzt als "
                        "Praxisbeispiel für die Zielgruppe Innendienst mit Publikumsverkehr im "
                        "Netzwerk verfügbar."
                    ),
                    "en": (
                        "At Jobcenter Dortmund, every counsellor can trigger a silent emergency "
                        "alarm on their computer using a key combination. The alert appears for "
                        "colleagues in neighbouring offices and for the security service, who "
                        "come to help within a short time. The concept is now available in the "
                        "network as a practice example for the target group of office staff with "
                        "public contact."
                    ),
                },
            ),
            (
                "heading",
                {"de": "Klare Regeln nach einem Vorfall", "en": "Clear rules after an incident"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Nach einem Übergriff prüft die Leitung zeitnah, ob ein Hausverbot "
                        "ausgesprochen wird. Betroffene Kund*innen werden danach nur noch nach "
                        "Terminvereinbarung und in einem besonders gesicherten Beratungsraum "
                        "empfangen. Die Beschäftigten erhalten zudem ein Nachsorgegespräch und "
                        "können auf Wunsch psychologische Unterstützung in Anspruch nehmen."
                    ),
                    "en": (
                        "After an assault, management promptly examines whether to issue a ban "
                        "from the premises. The customers concerned are then only received by "
                        "appointment and in a specially secured counselling room. Employees are "
                        "also offered a follow-up conversation and can receive psychological "
                        "support if they wish."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Der Notfallalarm allein macht niemanden sicher. Entscheidend ist, "
                            "dass alle wissen, was nach dem Auslösen passiert, und dass wir das "
                            "regelmäßig üben."
                        ),
                        "en": (
                            "The emergency alarm alone does not make anyone safe. What matters is "
                            "that everyone knows what happens once it has been triggered, and "
                            "that we practise this regularly."
                        ),
                    },
                    "person": "Claudia Reinartz",
                    "role": {
                        "de": "Sicherheitsbeauftragte im Jobcenter Dortmund",
                        "en": "Safety officer at Jobcenter Dortmund",
                    },
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Seit wir die Abläufe gemeinsam trainieren, fühlen sich viele im Team "
                            "deutlich sicherer. Das merken auch die Kund*innen, denn die "
                            "Gespräche verlaufen ruhiger."
                        ),
                        "en": (
                            "Since we started training the procedures together, many in the team "
                            "feel much safer. The customers notice it too, because the "
                            "conversations are calmer."
                        ),
                    },
                    "person": "Yusuf Demir",
                    "role": {
                        "de": "Arbeitsvermittler und Multiplikator im Jobcenter Dortmund",
                        "en": "Job placement officer and multiplier at Jobcenter Dortmund",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Netzwerktreffen 2025: Anmeldung ab sofort möglich",
            "en": "Network meeting 2025: registration now open",
        },
        "slug": {
            "de": "netzwerktreffen-2025-anmeldung",
            "en": "network-meeting-2025-registration",
        },
        "date": "2025-09-09",
        "place": "Gelsenkirchen",
        "teaser": {
            "de": (
                "Am 21. Oktober 2025 lädt #sicherimDienst seine Mitglieder zum Netzwerktreffen "
                "nach Gelsenkirchen ein. Auf dem Programm stehen Fachvorträge, Workshops zu allen "
                "fünf Zielgruppen und viel Zeit für den kollegialen Austausch."
            ),
            "en": (
                "On 21 October 2025, #sicherimDienst invites its members to the network meeting "
                "in Gelsenkirchen. The programme includes expert talks, workshops on all five "
                "target groups and plenty of time for exchange among colleagues."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Das diesjährige Netzwerktreffen findet am 21. Oktober 2025 in "
                        "Gelsenkirchen statt. Eingeladen sind Multiplikator*innen, "
                        "Führungskräfte, Personal- und Betriebsräte sowie Fachkräfte für "
                        "Arbeitssicherheit aus allen Mitgliedsorganisationen. Die Teilnahme ist "
                        "für Mitglieder kostenfrei."
                    ),
                    "en": (
                        "This year's network meeting will take place on 21 October 2025 in "
                        "Gelsenkirchen. Multipliers, managers, staff and works councils and "
                        "occupational safety specialists from all member organisations are "
                        "invited. Participation is free of charge for members."
                    ),
                },
            ),
            (
                "heading",
                {"de": "Workshops für alle Zielgruppen", "en": "Workshops for all target groups"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "In parallelen Workshops geht es unter anderem um sichere Hausbesuche, "
                        "den Umgang mit Hassnachrichten gegen Mandatsträger*innen und "
                        "Gewaltprävention an Schulen. Ein eigener Programmpunkt widmet sich der "
                        "Frage, wie sich die Gefährdungsbeurteilung um psychische Belastungen "
                        "durch Anfeindungen erweitern lässt."
                    ),
                    "en": (
                        "Parallel workshops will cover topics including safe home visits, dealing "
                        "with hate messages against elected representatives and violence "
                        "prevention at schools. A separate item on the programme is devoted to "
                        "the question of how the risk assessment can be extended to include "
                        "psychological stress caused by hostility."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Das Netzwerktreffen ist der Ort, an dem aus einzelnen guten Ideen "
                            "gemeinsame Standards werden. Wir freuen uns auf viele neue Gesichter."
                        ),
                        "en": (
                            "The network meeting is the place where individual good ideas become "
                            "shared standards. We look forward to seeing many new faces."
                        ),
                    },
                    "person": "Katrin Albers",
                    "role": {
                        "de": "Leiterin der Geschäftsstelle von #sicherimDienst",
                        "en": "Head of the #sicherimDienst network office",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Die Anmeldung ist bis zum 30. September 2025 über den Mitgliederbereich "
                        "möglich. Die Zahl der Plätze in den Workshops ist begrenzt."
                    ),
                    "en": (
                        "Registration is open via the members' area until 30 September 2025. The "
                        "number of places in the workshops is limited."
                    ),
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Netzwerktreffen in Gelsenkirchen: Austausch auf Augenhöhe",
            "en": "Network meeting in Gelsenkirchen: exchange on equal terms",
        },
        "slug": {
            "de": "netzwerktreffen-in-gelsenkirchen-austausch-auf-augenhoehe",
            "en": "network-meeting-in-gelsenkirchen-exchange-on-equal-terms",
        },
        "date": "2025-10-22",
        "place": "Gelsenkirchen",
        "teaser": {
            "de": (
                "Rund 250 Teilnehmende aus Kommunen, Landesbehörden, Jobcentern und Polizei haben "
                "beim Netzwerktreffen 2025 Erfahrungen ausgetauscht. Ein Schwerpunkt lag auf dem "
                "Schutz von Operativ- und Einsatzkräften."
            ),
            "en": (
                "Around 250 participants from municipalities, state authorities, job centres and "
                "the police exchanged experiences at the 2025 network meeting. One focus was on "
                "protecting operational and emergency personnel."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Vom Ordnungsamt bis zur Berufsfeuerwehr, vom Finanzamt bis zur "
                        "Förderschule: Beim Netzwerktreffen 2025 in Gelsenkirchen kamen "
                        "Beschäftigte aus ganz unterschiedlichen Bereichen zusammen. Gemeinsam "
                        "war ihnen die Erfahrung, dass Respektlosigkeit und Gewalt im Dienst "
                        "zugenommen haben, und der Wunsch, dem etwas entgegenzusetzen."
                    ),
                    "en": (
                        "From the public order office to the professional fire brigade, from the "
                        "tax office to the special-needs school: the 2025 network meeting in "
                        "Gelsenkirchen brought together employees from very different fields. "
                        "What they had in common was the experience that disrespect and violence "
                        "at work have increased, and the wish to do something about it."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Ich nehme vor allem mit, dass andere Kreise ähnliche Probleme schon "
                            "gelöst haben. Statt bei null anzufangen, kann ich jetzt bei den "
                            "Kolleg*innen in Borken anrufen."
                        ),
                        "en": (
                            "Above all, I am taking away the fact that other districts have "
                            "already solved similar problems. Instead of starting from scratch, I "
                            "can now call my colleagues in Borken."
                        ),
                    },
                    "person": "Stefan Lohmann",
                    "role": {
                        "de": "Multiplikator beim Kreis Wesel",
                        "en": "Multiplier at Wesel district",
                    },
                },
            ),
            (
                "heading",
                {"de": "Ergebnisse aus den Workshops", "en": "Results from the workshops"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Der Workshop zu Operativ- und Einsatzkräften sprach sich für gemeinsame "
                        "Einsatznachbesprechungen von Feuerwehr, Rettungsdienst und "
                        "Ordnungsbehörden aus. Im Workshop für Dienstleistende ging es um "
                        "Alleinarbeit, etwa bei Zählerablesungen oder Hausbesuchen. Die "
                        "Ergebnisse fließen in neue Handlungsempfehlungen ein, die im kommenden "
                        "Jahr erscheinen sollen."
                    ),
                    "en": (
                        "The workshop on operational and emergency personnel called for joint "
                        "debriefings by fire brigades, rescue services and public order "
                        "authorities. The workshop for service providers dealt with lone working, "
                        "for example when reading meters or making home visits. The results will "
                        "feed into new recommendations for action, which are due to be published "
                        "next year."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Wer nachts im Rettungswagen beschimpft oder angegriffen wird, "
                            "braucht am nächsten Morgen jemanden, der zuhört. Diese Nachsorge "
                            "müssen wir genauso ernst nehmen wie die Prävention."
                        ),
                        "en": (
                            "Anyone who is verbally abused or attacked in an ambulance at night "
                            "needs someone to listen the next morning. We have to take this "
                            "aftercare just as seriously as prevention."
                        ),
                    },
                    "person": "Julia Hesse",
                    "role": {
                        "de": (
                            "Notfallsanitäterin und Personalrätin bei der Feuerwehr Gelsenkirchen"
                        ),
                        "en": (
                            "Paramedic and staff council member at the Gelsenkirchen fire brigade"
                        ),
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Befragung unter Mitgliedern: Beleidigungen gehören für viele zum Arbeitsalltag",
            "en": "Member survey: insults are part of everyday working life for many",
        },
        "slug": {"de": "befragung-unter-mitgliedern-2025", "en": "member-survey-2025"},
        "date": "2026-01-20",
        "place": "Münster",
        "teaser": {
            "de": (
                "46 Prozent der befragten Beschäftigten wurden in den vergangenen zwölf Monaten "
                "im Dienst beleidigt, 19 Prozent bedroht. Das zeigt eine Befragung unter "
                "Mitgliedern des Netzwerks. Viele Vorfälle werden nach wie vor nicht gemeldet."
            ),
            "en": (
                "46 per cent of the employees surveyed were insulted at work in the past twelve "
                "months and 19 per cent were threatened. This is shown by a survey among members "
                "of the network. Many incidents still go unreported."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Für die Befragung unter Mitgliedern hat das Netzwerk im Herbst 2025 "
                        "insgesamt 1.240 Beschäftigte aus 86 Mitgliedsorganisationen online "
                        "befragt. Die Teilnahme war freiwillig und anonym. Die Ergebnisse sind "
                        "daher nicht repräsentativ, geben aber ein deutliches Stimmungsbild."
                    ),
                    "en": (
                        "For the member survey, the network questioned a total of 1,240 employees "
                        "from 86 member organisations online in autumn 2025. Participation was "
                        "voluntary and anonymous. The results are therefore not representative, "
                        "but they give a clear picture of the situation."
                    ),
                },
            ),
            ("heading", {"de": "Die wichtigsten Ergebnisse", "en": "The key results"}),
            (
                "paragraph",
                {
                    "de": (
                        "46 Prozent der Befragten gaben an, in den letzten zwölf Monaten "
                        "mindestens einmal beleidigt worden zu sein, 19 Prozent wurden bedroht "
                        "und 4 Prozent körperlich angegriffen. Am stärksten betroffen sind "
                        "Beschäftigte im Innendienst mit Publikumsverkehr sowie Operativ- und "
                        "Einsatzkräfte. Nur knapp ein Drittel der Vorfälle wurde nach eigenen "
                        "Angaben offiziell gemeldet."
                    ),
                    "en": (
                        "46 per cent of respondents said they had been insulted at least once in "
                        "the past twelve months, 19 per cent had been threatened and 4 per cent "
                        "physically attacked. Office staff with public contact and operational "
                        "and emergency personnel are the most affected. According to respondents, "
                        "only just under a third of incidents were officially reported."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Die Zahlen sind kein Grund zur Panik, aber ein klarer Auftrag. Wenn "
                            "zwei von drei Vorfällen im Verborgenen bleiben, fehlen uns wichtige "
                            "Informationen für die Gefährdungsbeurteilung."
                        ),
                        "en": (
                            "The figures are no reason to panic, but they are a clear mandate. If "
                            "two out of three incidents remain hidden, we lack important "
                            "information for the risk assessment."
                        ),
                    },
                    "person": "Prof. Dr. Martina Stoltenberg",
                    "role": {
                        "de": "Leiterin der wissenschaftlichen Auswertung",
                        "en": "Head of the scientific evaluation",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Als häufigsten Grund, auf eine Meldung zu verzichten, nannten die "
                        "Befragten, dass sich ohnehin nichts ändere. Das Netzwerk empfiehlt "
                        "seinen Mitgliedern deshalb einfache Meldewege und eine verlässliche "
                        "Rückmeldung an die Betroffenen."
                    ),
                    "en": (
                        "The most common reason respondents gave for not reporting was that "
                        "nothing would change anyway. The network therefore recommends that its "
                        "members set up simple reporting channels and give reliable feedback to "
                        "those affected."
                    ),
                },
            ),
        ],
    },
    {
        "title": {
            "de": "Neues Handbuch für Lehr- und pädagogische Fachkräfte",
            "en": "New handbook for teaching and educational professionals",
        },
        "slug": {
            "de": "neues-handbuch-fuer-lehr-und-paedagogische-fachkraefte",
            "en": "new-handbook-for-teaching-and-educational-professionals",
        },
        "date": "2026-03-10",
        "place": "Köln",
        "teaser": {
            "de": (
                "Was tun, wenn Eltern drohen oder Schüler*innen übergriffig werden? Ein neues "
                "Handbuch des Netzwerks gibt Lehrer*innen, Erzieher*innen und "
                "Schulsozialarbeiter*innen praktische Orientierung für Prävention und Nachsorge."
            ),
            "en": (
                "What should you do if parents make threats or pupils become abusive? A new "
                "handbook from the network gives teachers, early-years educators and school "
                "social workers practical guidance on prevention and aftercare."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Mit dem Handbuch „Sicher im Schulalltag“ stellt #sicherimDienst erstmals "
                        "ein umfassendes Material für die Zielgruppe Lehr- und pädagogische "
                        "Fachkräfte bereit. Es entstand in Zusammenarbeit mit Schulleitungen, "
                        "Kitas und Schulsozialarbeit aus zwölf Mitgliedskommunen."
                    ),
                    "en": (
                        "With the handbook “Safe in everyday school life”, #sicherimDienst is "
                        "providing comprehensive material for the target group of teaching and "
                        "educational professionals for the first time. It was created in "
                        "cooperation with school leadership teams, day-care centres and school "
                        "social work from twelve member municipalities."
                    ),
                },
            ),
            (
                "heading",
                {
                    "de": "Vom Elterngespräch bis zur Nachsorge",
                    "en": "From parent meetings to aftercare",
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Das Handbuch enthält Checklisten für konfliktträchtige Elterngespräche, "
                        "Hinweise zum Umgang mit Drohungen in sozialen Netzwerken und ein Muster "
                        "für einen schulischen Notfallplan. Ein eigenes Kapitel beschreibt, wie "
                        "Lehrer*innen und Erzieher*innen nach einem Vorfall unterstützt werden "
                        "können."
                    ),
                    "en": (
                        "The handbook contains checklists for potentially contentious parent "
                        "meetings, advice on dealing with threats on social media and a template "
                        "for a school emergency plan. A separate chapter describes how teachers "
                        "and early-years educators can be supported after an incident."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Viele Kolleg*innen fühlen sich nach einer Bedrohung allein gelassen "
                            "und zweifeln an sich selbst. Das Handbuch macht deutlich: Das ist "
                            "kein persönliches Versagen, sondern eine Frage des Arbeitsschutzes."
                        ),
                        "en": (
                            "Many colleagues feel left alone after a threat and start to doubt "
                            "themselves. The handbook makes it clear that this is not a personal "
                            "failure but a question of occupational safety."
                        ),
                    },
                    "person": "Anja Wessel-Brandt",
                    "role": {
                        "de": (
                            "Schulleiterin einer Gesamtschule in Köln und Mitautorin des Handbuchs"
                        ),
                        "en": (
                            "Head teacher of a comprehensive school in Cologne and co-author of "
                            "the handbook"
                        ),
                    },
                },
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Das Handbuch steht Mitgliedern im Mitgliederbereich als PDF zur "
                        "Verfügung. Gedruckte Exemplare können Schulträger über die "
                        "Geschäftsstelle bestellen."
                    ),
                    "en": (
                        "The handbook is available to members as a PDF in the members' area. "
                        "School authorities can order printed copies from the network office."
                    ),
                },
            ),
        ],
    },
    {
        "title": {
            "de": (
                "Sicherheitspartnerschaft: Städteregion Aachen und Polizei arbeiten enger zusammen"
            ),
            "en": "Security partnership: Aachen city region and police work more closely together",
        },
        "slug": {
            "de": "sicherheitspartnerschaft-staedteregion-aachen-und-polizei",
            "en": "security-partnership-aachen-city-region-and-police",
        },
        "date": "2026-05-19",
        "place": "Aachen",
        "teaser": {
            "de": (
                "Die Städteregion Aachen und das Polizeipräsidium Aachen haben eine "
                "Kooperationsvereinbarung zum Schutz kommunaler Beschäftigter unterzeichnet. "
                "Kurze Wege, gemeinsame Schulungen und feste Ansprechpersonen sollen im Ernstfall "
                "schnelle Hilfe sichern."
            ),
            "en": (
                "The Aachen city region and Aachen police headquarters have signed a cooperation "
                "agreement to protect municipal employees. Short lines of communication, joint "
                "training and designated contact persons are intended to ensure rapid help in an "
                "emergency."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Beschäftigte der Städteregion Aachen sollen im Notfall noch schneller "
                        "Unterstützung durch die Polizei erhalten. Die neue Vereinbarung legt "
                        "feste Ansprechpersonen auf beiden Seiten fest und regelt, wie Hinweise "
                        "auf bekannte Gefährdungslagen, etwa nach einem Hausverbot, im Rahmen des "
                        "Datenschutzes weitergegeben werden. Die Kooperation wurde im Rahmen von "
                        "#sicherimDienst vorbereitet und steht anderen Mitgliedern als Vorlage "
                        "zur Verfügung."
                    ),
                    "en": (
                        "Employees of the Aachen city region are to receive even faster support "
                        "from the police in an emergency. The new agreement designates contact "
                        "persons on both sides and sets out how information on known threat "
                        "situations, for example after a ban from the premises, is passed on "
                        "within the limits of data protection law. The cooperation was prepared "
                        "within the framework of #sicherimDienst and is available to other "
                        "members as a template."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Die Polizei kann nicht überall gleichzeitig sein. Aber wenn wir die "
                            "Lage vorher kennen und die Kolleg*innen in der Verwaltung wissen, "
                            "wen sie anrufen können, gewinnen wir im Ernstfall wertvolle Minuten."
                        ),
                        "en": (
                            "The police cannot be everywhere at once. But if we know the "
                            "situation in advance and colleagues in the administration know whom "
                            "they can call, we gain valuable minutes in an emergency."
                        ),
                    },
                    "person": "Ralf Dohmen",
                    "role": {
                        "de": "Leitender Polizeidirektor im Polizeipräsidium Aachen",
                        "en": "Senior police director at Aachen police headquarters",
                    },
                },
            ),
            ("heading", {"de": "Gemeinsam trainieren", "en": "Training together"}),
            (
                "paragraph",
                {
                    "de": (
                        "Teil der Vereinbarung sind jährliche gemeinsame Übungen für Beschäftigte "
                        "mit Publikumsverkehr, bei denen Polizeikräfte Verhaltenstipps für "
                        "Bedrohungslagen geben. Außerdem unterstützt die Polizei bei der Begehung "
                        "von Dienstgebäuden und der Bewertung von Fluchtwegen und Notausgängen."
                    ),
                    "en": (
                        "The agreement includes annual joint exercises for employees with public "
                        "contact, in which police officers give advice on how to behave in "
                        "threatening situations. The police also support inspections of official "
                        "buildings and the assessment of escape routes and emergency exits."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Unsere Beschäftigten in der Ausländerbehörde und im Sozialamt haben "
                            "sich diese Zusammenarbeit lange gewünscht. Sie gibt ihnen ein Stück "
                            "Sicherheit zurück."
                        ),
                        "en": (
                            "Our employees in the immigration authority and the social welfare "
                            "office have long wanted this cooperation. It gives them back a "
                            "measure of security."
                        ),
                    },
                    "person": "Monika Schreinemacher",
                    "role": {
                        "de": "Personaldezernentin der Städteregion Aachen",
                        "en": "Head of Human Resources at the Aachen city region",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": (
                "Neue Empfehlungen für Operativ- und Einsatzkräfte im Brand- und "
                "Katastrophenschutz"
            ),
            "en": (
                "New recommendations for operational and emergency personnel in fire and disaster "
                "protection"
            ),
        },
        "slug": {
            "de": "neue-empfehlungen-fuer-operativ-und-einsatzkraefte",
            "en": "new-recommendations-for-operational-and-emergency-personnel",
        },
        "date": "2026-08-25",
        "place": "Wuppertal",
        "teaser": {
            "de": (
                "Feuerwehrleute, Rettungskräfte und Helfer*innen im Katastrophenschutz werden bei "
                "Einsätzen zunehmend behindert oder angegriffen. Neue Handlungsempfehlungen des "
                "Netzwerks bündeln Erfahrungen aus Haupt- und Ehrenamt."
            ),
            "en": (
                "Firefighters, paramedics and volunteers in disaster protection are increasingly "
                "being obstructed or attacked during operations. New recommendations for action "
                "from the network bring together experience from full-time and volunteer services."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Schaulustige, die Rettungswege blockieren, Beschimpfungen an "
                        "Absperrungen, Flaschenwürfe in der Silvesternacht: Operativ- und "
                        "Einsatzkräfte berichten von einer wachsenden Zahl solcher Situationen. "
                        "Die neuen Empfehlungen wurden in einer Arbeitsgruppe mit Feuerwehren, "
                        "Hilfsorganisationen und Ordnungsämtern aus ganz Nordrhein-Westfalen "
                        "erarbeitet."
                    ),
                    "en": (
                        "Onlookers blocking rescue routes, verbal abuse at cordons, bottles "
                        "thrown on New Year's Eve: operational and emergency personnel report a "
                        "growing number of such situations. The new recommendations were drawn up "
                        "in a working group with fire brigades, aid organisations and public "
                        "order offices from all over North Rhine-Westphalia."
                    ),
                },
            ),
            (
                "heading",
                {"de": "Schwerpunkte der Empfehlungen", "en": "Key points of the recommendations"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Die Empfehlungen reichen von der Einsatztaktik über Körperkameras und "
                        "die Dokumentation von Übergriffen bis zur Strafanzeige durch den "
                        "Dienstherrn. Besonders betont wird die Nachsorge: Nach belastenden "
                        "Einsätzen sollen Teams zeitnah Zugang zu kollegialer Unterstützung und "
                        "psychosozialer Notfallversorgung erhalten."
                    ),
                    "en": (
                        "The recommendations range from operational tactics, body cameras and the "
                        "documentation of assaults to criminal complaints filed by the employer. "
                        "Particular emphasis is placed on aftercare: after stressful operations, "
                        "teams should have prompt access to peer support and psychosocial "
                        "emergency care."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Ehrenamtliche im Brand- und Katastrophenschutz dürfen nicht das "
                            "Gefühl haben, sie müssten Angriffe einfach wegstecken. Die "
                            "Empfehlungen geben Wehrleitungen konkrete Werkzeuge an die Hand."
                        ),
                        "en": (
                            "Volunteers in fire and disaster protection must not feel that they "
                            "simply have to put up with attacks. The recommendations give fire "
                            "brigade commanders concrete tools."
                        ),
                    },
                    "person": "Daniel Krüger-Sandmann",
                    "role": {
                        "de": "Abteilungsleiter bei der Feuerwehr Wuppertal",
                        "en": "Head of division at the Wuppertal fire brigade",
                    },
                },
            ),
        ],
    },
    {
        "title": {
            "de": (
                "Netzwerktreffen 2026 in Bielefeld: Schutz für Mandats- und besondere Amtsträger "
                "im Fokus"
            ),
            "en": (
                "Network meeting 2026 in Bielefeld: focus on protecting elected representatives "
                "and special office holders"
            ),
        },
        "slug": {
            "de": "netzwerktreffen-2026-in-bielefeld",
            "en": "network-meeting-2026-in-bielefeld",
        },
        "date": "2026-11-05",
        "place": "Bielefeld",
        "teaser": {
            "de": (
                "Beim Netzwerktreffen 2026 stand der Schutz von Bürgermeister*innen, "
                "Ratsmitgliedern und anderen Mandatsträger*innen im Mittelpunkt. Rund 300 "
                "Teilnehmende diskutierten über Hass im Netz, Sicherheit bei Bürgerversammlungen "
                "und Unterstützung nach Angriffen."
            ),
            "en": (
                "The 2026 network meeting focused on protecting mayors, council members and other "
                "elected representatives. Around 300 participants discussed online hate, safety "
                "at public meetings and support after attacks."
            ),
        },
        "body": [
            (
                "paragraph",
                {
                    "de": (
                        "Nach den Kommunalwahlen 2025 haben viele neu gewählte Ratsmitglieder "
                        "erstmals Anfeindungen erlebt. Das Netzwerktreffen 2026 in Bielefeld "
                        "widmete sich deshalb der Zielgruppe Mandats- und besondere Amtsträger, "
                        "zu der auch ehrenamtliche Ortsvorsteher*innen und Schiedspersonen zählen."
                    ),
                    "en": (
                        "After the 2025 local elections, many newly elected council members "
                        "experienced hostility for the first time. The 2026 network meeting in "
                        "Bielefeld was therefore devoted to the target group of elected "
                        "representatives and special office holders, which also includes honorary "
                        "local district heads and lay arbitrators."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Wer sich für seine Gemeinde engagiert, darf nicht zur Zielscheibe "
                            "werden. Ich habe heute gelernt, wie andere Kommunen ihre "
                            "Ratsmitglieder nach Drohungen konkret unterstützen."
                        ),
                        "en": (
                            "Anyone who works for their community must not become a target. Today "
                            "I learned how other municipalities give their council members "
                            "practical support after threats."
                        ),
                    },
                    "person": "Petra Holtkamp",
                    "role": {
                        "de": "Bürgermeisterin einer Gemeinde im Kreis Paderborn",
                        "en": "Mayor of a municipality in Paderborn district",
                    },
                },
            ),
            (
                "heading",
                {"de": "Gemeinsame Erklärung verabschiedet", "en": "Joint declaration adopted"},
            ),
            (
                "paragraph",
                {
                    "de": (
                        "Zum Abschluss verabschiedeten die Teilnehmenden eine gemeinsame "
                        "Erklärung. Darin verpflichten sich die Mitglieder, Angriffe auf "
                        "Mandatsträger*innen konsequent zur Anzeige zu bringen, Adressdaten "
                        "besser zu schützen und Betroffenen feste Ansprechpersonen zu benennen."
                    ),
                    "en": (
                        "At the close, the participants adopted a joint declaration. In it, the "
                        "members commit to consistently reporting attacks on elected "
                        "representatives to the police, better protecting address data and naming "
                        "designated contact persons for those affected."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": {
                        "de": (
                            "Ein Jahr nach Gelsenkirchen sehen wir, wie viel sich bewegt hat: Aus "
                            "Einzelkämpfer*innen ist ein Netzwerk geworden, das sich gegenseitig "
                            "trägt."
                        ),
                        "en": (
                            "One year after Gelsenkirchen, we can see how much has changed: lone "
                            "fighters have become a network whose members support one another."
                        ),
                    },
                    "person": "Hendrik Vossberg",
                    "role": {
                        "de": "Sprecher des Lenkungskreises von #sicherimDienst",
                        "en": "Spokesperson for the #sicherimDienst steering committee",
                    },
                },
            ),
        ],
    },
]
