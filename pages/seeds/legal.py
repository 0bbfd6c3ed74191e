"""Demo content: imprint, privacy statement, accessibility statement, easy
language, sign language and contact, below each home page.

Written for this project. Wherever the network's real data is needed, the
text holds a placeholder in square brackets ("[Anschrift der
Koordinierungsstelle]"); the pages must not go live before an editor has
filled them in. Bodies are lists of (block_type, value) tuples: "paragraph",
"list" (a bulleted list), "heading", "link" (a call to action to an external
address) and "video" (a self-hosted video without a file yet).
"""

import datetime
import itertools
import re

from pages.models import AccessibilityStatementPage, ContactPage, StandardPage
from tests import factories

LABEL = "Rechtliches und Barrierefreiheit"

# Demo address of the coordination office; the real one goes into the
# contact page's "to address" in the admin.
CONTACT_EMAIL = "kontakt@example.org"

IMPRINT = {
    "slug": {"de": "impressum", "en": "imprint"},
    "title": {"de": "Impressum", "en": "Imprint"},
    "search_description": {
        "de": "Anbieterkennzeichnung von #sicherimDienst: Herausgeber, Kontakt und "
        "Verantwortlichkeit für den Inhalt.",
        "en": "Legal notice of #sicherimDienst: publisher, contact and responsibility "
        "for the content.",
    },
    "body": [
        (
            "paragraph",
            {
                "de": "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 "
                "Medienstaatsvertrag (MStV).",
                "en": "Information according to section 5 of the German Digital Services "
                "Act (DDG) and section 18 of the Interstate Media Treaty (MStV).",
            },
        ),
        ("heading", {"de": "Herausgeber", "en": "Publisher"}),
        (
            "paragraph",
            {
                "de": "#sicherimDienst – Präventionsnetzwerk für die Sicherheit der "
                "Beschäftigten im öffentlichen Dienst in Nordrhein-Westfalen",
                "en": "#sicherimDienst – prevention network for the safety of public-service "
                "employees in North Rhine-Westphalia",
            },
        ),
        (
            "paragraph",
            {
                "de": "Das Netzwerk wird koordiniert von: [Name der koordinierenden Behörde], "
                "Koordinierungsstelle #sicherimDienst, [Straße und Hausnummer], "
                "[Postleitzahl und Ort]",
                "en": "The network is coordinated by: [name of the coordinating authority], "
                "#sicherimDienst coordination office, [street and number], "
                "[postcode and town]",
            },
        ),
        (
            "paragraph",
            {
                "de": "Die [Name der koordinierenden Behörde] ist eine Behörde des Landes "
                "Nordrhein-Westfalen. Sie wird vertreten durch [Amtsbezeichnung und Name "
                "der Behördenleitung].",
                "en": "The [name of the coordinating authority] is an authority of the State "
                "of North Rhine-Westphalia. It is represented by [title and name of the head "
                "of the authority].",
            },
        ),
        ("heading", {"de": "Kontakt", "en": "Contact"}),
        (
            "list",
            [
                {
                    "de": "Telefon: [Telefonnummer der Koordinierungsstelle]",
                    "en": "Telephone: [telephone number of the coordination office]",
                },
                {
                    "de": "E-Mail: [E-Mail-Adresse der Koordinierungsstelle]",
                    "en": "E-mail: [e-mail address of the coordination office]",
                },
                {
                    "de": "Kontaktformular: im Menü unter „Kontakt“",
                    "en": "Contact form: in the menu under “Contact”",
                },
            ],
        ),
        ("heading", {"de": "Aufsichtsbehörde", "en": "Supervisory authority"}),
        (
            "paragraph",
            {
                "de": "[Zuständige Aufsichtsbehörde, zum Beispiel das fachlich zuständige "
                "Ministerium des Landes Nordrhein-Westfalen]",
                "en": "[Competent supervisory authority, for example the responsible ministry "
                "of the State of North Rhine-Westphalia]",
            },
        ),
        (
            "heading",
            {"de": "Umsatzsteuer-Identifikationsnummer", "en": "VAT identification number"},
        ),
        (
            "paragraph",
            {
                "de": "[Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz, "
                "falls vorhanden; sonst diesen Abschnitt löschen]",
                "en": "[VAT identification number according to section 27a of the German VAT "
                "Act, if there is one; otherwise delete this section]",
            },
        ),
        ("heading", {"de": "Verantwortlich für den Inhalt", "en": "Responsible for the content"}),
        (
            "paragraph",
            {
                "de": "Verantwortlich im Sinne von § 18 Absatz 2 Medienstaatsvertrag: [Name und "
                "Funktion der verantwortlichen Person], Anschrift wie oben.",
                "en": "Responsible according to section 18 (2) of the Interstate Media Treaty: "
                "[name and position of the responsible person], address as above.",
            },
        ),
        ("heading", {"de": "Haftung für Links", "en": "Liability for links"}),
        (
            "paragraph",
            {
                "de": "Diese Website enthält Links zu Websites anderer Anbieter. Für deren "
                "Inhalte sind allein diese Anbieter verantwortlich. Wir haben die verlinkten "
                "Seiten geprüft, als wir den Link gesetzt haben. Erfahren wir von einem "
                "Rechtsverstoß, entfernen wir den Link umgehend.",
                "en": "This website contains links to websites of other providers. Only those "
                "providers are responsible for their content. We checked the linked pages "
                "when we set the link. If we learn of an infringement, we remove the link "
                "immediately.",
            },
        ),
        ("heading", {"de": "Urheberrecht", "en": "Copyright"}),
        (
            "paragraph",
            {
                "de": "Texte, Fotos und Grafiken dieser Website sind urheberrechtlich "
                "geschützt. Die Bildnachweise stehen bei den Bildern. Pressemitteilungen "
                "dürfen für die Berichterstattung frei verwendet werden.",
                "en": "Texts, photos and graphics on this website are protected by copyright. "
                "Image credits are given with the images. Press releases may be used freely "
                "for reporting.",
            },
        ),
        ("heading", {"de": "Technische Umsetzung", "en": "Technical implementation"}),
        (
            "paragraph",
            {
                "de": "Die Website läuft auf dem freien Content-Management-System Wagtail. "
                "Betrieben wird sie von [Name des IT-Dienstleisters oder Rechenzentrums].",
                "en": "The website runs on the free content management system Wagtail. It is "
                "operated by [name of the IT service provider or data centre].",
            },
        ),
    ],
}

PRIVACY = {
    "slug": {"de": "datenschutz", "en": "privacy"},
    "title": {"de": "Datenschutzerklärung", "en": "Privacy statement"},
    "search_description": {
        "de": "Welche Daten #sicherimDienst beim Besuch der Website und bei der Nutzung der "
        "Formulare verarbeitet, wie lange wir sie speichern und welche Rechte Sie haben.",
        "en": "Which data #sicherimDienst processes when you visit the website and use its "
        "forms, how long we keep them and what rights you have.",
    },
    "body": [
        (
            "paragraph",
            {
                "de": "Wir verarbeiten nur die Daten, die für den Betrieb dieser Website und "
                "für Ihre Anliegen nötig sind. Die Website verwendet keine Analyse- oder "
                "Tracking-Werkzeuge, zeigt keine Werbung und lädt keine Inhalte, Schriften "
                "oder Skripte von anderen Anbietern.",
                "en": "We only process the data needed to run this website and to deal with "
                "your requests. The website uses no analytics or tracking tools, shows no "
                "advertising and loads no content, fonts or scripts from other providers.",
            },
        ),
        ("heading", {"de": "Verantwortliche Stelle", "en": "Controller"}),
        (
            "paragraph",
            {
                "de": "[Name der koordinierenden Behörde], Koordinierungsstelle "
                "#sicherimDienst, [Straße und Hausnummer], [Postleitzahl und Ort], "
                "E-Mail: [E-Mail-Adresse der Koordinierungsstelle]",
                "en": "[Name of the coordinating authority], #sicherimDienst coordination "
                "office, [street and number], [postcode and town], "
                "e-mail: [e-mail address of the coordination office]",
            },
        ),
        (
            "paragraph",
            {
                "de": "Behördliche Datenschutzbeauftragte oder behördlicher "
                "Datenschutzbeauftragter: [Kontaktdaten der oder des "
                "Datenschutzbeauftragten]",
                "en": "Data protection officer of the authority: [contact details of the data "
                "protection officer]",
            },
        ),
        ("heading", {"de": "Cookies", "en": "Cookies"}),
        (
            "paragraph",
            {
                "de": "Wenn Sie unsere Seiten nur lesen, speichert die Website keine Cookies "
                "auf Ihrem Gerät. Es gibt zwei technisch notwendige Ausnahmen:",
                "en": "If you only read our pages, the website stores no cookies on your "
                "device. There are two technically necessary exceptions:",
            },
        ),
        (
            "list",
            [
                {
                    "de": "Seiten mit einem Formular (Kontakt, Barriere melden, "
                    "Beitrittserklärung, Anmeldung) setzen das Cookie „csrftoken“. Es "
                    "schützt die Formulare davor, dass fremde Websites in Ihrem Namen Daten "
                    "absenden. Es enthält eine Zufallszahl und keine Angaben über Sie und "
                    "wird nach einem Jahr gelöscht.",
                    "en": "Pages with a form (contact, reporting a barrier, joining, logging "
                    "in) set the cookie “csrftoken”. It protects the forms against other "
                    "websites sending data in your name. It holds a random number and no "
                    "information about you, and it is deleted after one year.",
                },
                {
                    "de": "Wenn sich Mitglieder anmelden, setzt die Website das "
                    "Sitzungs-Cookie „sessionid“. Es hält die Anmeldung aufrecht und wird "
                    "beim Abmelden, spätestens nach zwei Wochen, ungültig.",
                    "en": "When members log in, the website sets the session cookie "
                    "“sessionid”. It keeps them logged in and becomes invalid when they log "
                    "out, after two weeks at the latest.",
                },
            ],
        ),
        (
            "paragraph",
            {
                "de": "Beide Cookies sind für die von Ihnen gewünschte Funktion unbedingt "
                "erforderlich (§ 25 Absatz 2 Nummer 2 "
                "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz). Eine Einwilligung "
                "ist dafür nicht nötig; deshalb zeigen wir auch keinen Cookie-Hinweis.",
                "en": "Both cookies are strictly necessary for the function you asked for "
                "(section 25 (2) no. 2 of the German Telecommunications Digital Services "
                "Data Protection Act). They need no consent, which is why we show no cookie "
                "banner.",
            },
        ),
        ("heading", {"de": "Server-Protokolle", "en": "Server logs"}),
        (
            "paragraph",
            {
                "de": "Bei jedem Aufruf einer Seite speichert der Server: IP-Adresse, Datum "
                "und Uhrzeit, aufgerufene Adresse, Statuscode, übertragene Datenmenge, die "
                "zuvor besuchte Seite und die Kennung des Browsers. Wir brauchen diese Daten, "
                "um die Website sicher zu betreiben und Angriffe abzuwehren. Die Protokolle "
                "werden nach sieben Tagen gelöscht. [Frist mit dem Betrieb abstimmen.]",
                "en": "Each time a page is requested, the server records: IP address, date "
                "and time, requested address, status code, amount of data transferred, the "
                "page visited before and the browser's identifier. We need these data to "
                "run the website securely and to fend off attacks. The logs are deleted "
                "after seven days. [Agree the period with the operations team.]",
            },
        ),
        (
            "paragraph",
            {
                "de": "Um Formulare vor massenhaftem Missbrauch zu schützen, zählt die "
                "Website für jede IP-Adresse eine Stunde lang, wie oft ein Formular "
                "abgeschickt wurde. Dieser Zähler liegt nur im Arbeitsspeicher und "
                "verfällt nach einer Stunde.",
                "en": "To protect the forms against mass abuse, the website counts for one "
                "hour how often a form was sent from each IP address. This counter is only "
                "held in memory and expires after one hour.",
            },
        ),
        ("heading", {"de": "Kontaktformular", "en": "Contact form"}),
        (
            "paragraph",
            {
                "de": "Wenn Sie uns über das Kontaktformular schreiben, speichern wir Ihren "
                "Namen, Ihre E-Mail-Adresse, Ihre Organisation (falls angegeben), den "
                "Betreff, Ihre Nachricht und den Zeitpunkt. Die Nachricht geht zugleich per "
                "E-Mail an die Koordinierungsstelle. Wir nutzen die Angaben nur, um Ihre "
                "Anfrage zu beantworten. Grundlage ist Ihre Einwilligung (Artikel 6 Absatz 1 "
                "Buchstabe a DSGVO), die Sie jederzeit für die Zukunft widerrufen können.",
                "en": "If you write to us with the contact form, we store your name, your "
                "e-mail address, your organisation (if given), the subject, your message "
                "and the time. The message is also sent by e-mail to the coordination "
                "office. We use the details only to answer your request. The legal basis "
                "is your consent (Article 6 (1) (a) GDPR), which you can withdraw at any "
                "time for the future.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Die Website löscht gespeicherte Nachrichten automatisch sechs Monate "
                "nach dem Eingang. Die E-Mail an die Koordinierungsstelle wird gelöscht, "
                "sobald Ihr Anliegen erledigt ist, es sei denn, sie muss nach den Regeln der "
                "Aktenführung aufbewahrt werden.",
                "en": "The website deletes stored messages automatically six months after "
                "they arrive. The e-mail to the coordination office is deleted as soon as "
                "your request has been dealt with, unless the rules on record keeping "
                "require it to be kept.",
            },
        ),
        ("heading", {"de": "Barriere melden", "en": "Reporting a barrier"}),
        (
            "paragraph",
            {
                "de": "Mit dem Formular in der Erklärung zur Barrierefreiheit speichern wir "
                "die Seite und die Beschreibung der Barriere. Ihre E-Mail-Adresse brauchen "
                "wir nur, wenn Sie eine Antwort wünschen; dann speichern wir sie mit Ihrer "
                "Einwilligung. Meldungen werden nach zwölf Monaten automatisch gelöscht, "
                "damit wir bei der jährlichen Überprüfung der Erklärung sehen, welche "
                "Barrieren behoben sind.",
                "en": "With the form in the accessibility statement we store the page and the "
                "description of the barrier. We only need your e-mail address if you would "
                "like an answer; then we store it with your consent. Reports are deleted "
                "automatically after twelve months, so that the yearly review of the "
                "statement can show which barriers have been removed.",
            },
        ),
        ("heading", {"de": "Mitgliedschaft und Mitgliederbereich", "en": "Membership"}),
        (
            "paragraph",
            {
                "de": "Für eine Beitrittserklärung und den Mitgliederbereich verarbeiten wir "
                "die Angaben der Organisation und ihrer Ansprechperson, solange die "
                "Mitgliedschaft besteht. [Löschfrist für abgelehnte oder zurückgezogene "
                "Beitrittserklärungen mit der Koordinierungsstelle festlegen und hier "
                "eintragen.]",
                "en": "For a membership application and the members' area we process the "
                "details of the organisation and its contact person for as long as the "
                "membership lasts. [Set the deletion period for rejected or withdrawn "
                "applications with the coordination office and enter it here.]",
            },
        ),
        ("heading", {"de": "Videos", "en": "Videos"}),
        (
            "paragraph",
            {
                "de": "Unsere eigenen Videos liefert dieser Server selbst aus; dabei fließen "
                "keine Daten an Dritte. Videos auf externen Plattformen wie YouTube binden "
                "wir nicht direkt ein: Erst wenn Sie auf den Link zum Video klicken, "
                "verbindet sich Ihr Browser mit der Plattform. Ab dann gelten deren "
                "Datenschutzbestimmungen.",
                "en": "Our own videos are delivered by this server itself; no data goes to "
                "third parties. We do not embed videos on external platforms such as "
                "YouTube directly: only when you click the link to the video does your "
                "browser connect to the platform. From then on, its privacy policy applies.",
            },
        ),
        ("heading", {"de": "Empfänger", "en": "Recipients"}),
        (
            "paragraph",
            {
                "de": "Wir geben Ihre Daten nicht an Dritte weiter. Die Website wird von "
                "[Name des IT-Dienstleisters oder Rechenzentrums] in unserem Auftrag "
                "betrieben (Auftragsverarbeitung nach Artikel 28 DSGVO).",
                "en": "We do not pass your data on to third parties. The website is operated "
                "on our behalf by [name of the IT service provider or data centre] "
                "(processing on behalf according to Article 28 GDPR).",
            },
        ),
        ("heading", {"de": "Ihre Rechte", "en": "Your rights"}),
        (
            "paragraph",
            {
                "de": "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
                "Einschränkung der Verarbeitung Ihrer Daten sowie das Recht, der "
                "Verarbeitung zu widersprechen (Artikel 15 bis 18 und 21 DSGVO). Eine "
                "Einwilligung können Sie jederzeit widerrufen. Schreiben Sie dazu an die "
                "verantwortliche Stelle oder an die Datenschutzbeauftragte oder den "
                "Datenschutzbeauftragten.",
                "en": "You have the right of access, rectification, erasure and restriction "
                "of processing of your data, and the right to object to the processing "
                "(Articles 15 to 18 and 21 GDPR). You can withdraw a consent at any time. "
                "Please write to the controller or to the data protection officer.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Sie können sich außerdem bei der Aufsichtsbehörde beschweren: der "
                "Landesbeauftragten für Datenschutz und Informationsfreiheit "
                "Nordrhein-Westfalen in Düsseldorf.",
                "en": "You can also complain to the supervisory authority: the State "
                "Commissioner for Data Protection and Freedom of Information of North "
                "Rhine-Westphalia in Düsseldorf.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Stand: [Datum der Datenschutzerklärung; vor der Veröffentlichung von der "
                "oder dem Datenschutzbeauftragten prüfen lassen]",
                "en": "Last updated: [date of the privacy statement; have it checked by the "
                "data protection officer before publication]",
            },
        ),
    ],
}

ACCESSIBILITY = {
    "slug": {"de": "barrierefreiheit", "en": "accessibility"},
    "title": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "search_description": {
        "de": "Wie barrierefrei die Website von #sicherimDienst ist, welche Barrieren wir "
        "kennen und wie Sie uns eine Barriere melden.",
        "en": "How accessible the #sicherimDienst website is, which barriers we know of and "
        "how to report a barrier to us.",
    },
    "body": [
        (
            "paragraph",
            {
                "de": "Als öffentliche Stelle des Landes Nordrhein-Westfalen ist die "
                "Koordinierungsstelle verpflichtet, diese Website barrierefrei zu gestalten "
                "(§§ 10 bis 10c Behindertengleichstellungsgesetz Nordrhein-Westfalen, BGG "
                "NRW, und Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen, "
                "BITV NRW). Technischer Maßstab ist die europäische Norm EN 301 549, die die "
                "Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA enthält. "
                "Diese Erklärung gilt für die Website [Adresse der Website] einschließlich "
                "des Mitgliederbereichs.",
                "en": "As a public body of the State of North Rhine-Westphalia, the "
                "coordination office is obliged to make this website accessible (sections "
                "10 to 10c of the Disability Equality Act of North Rhine-Westphalia, BGG "
                "NRW, and the state's Accessible Information Technology Ordinance, BITV "
                "NRW). The technical standard is the European standard EN 301 549, which "
                "contains the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. "
                "This statement applies to the website [address of the website] including "
                "the members' area.",
            },
        ),
        ("heading", {"de": "Nicht barrierefreie Inhalte", "en": "Non-accessible content"}),
        (
            "paragraph",
            {
                "de": "Die folgenden Inhalte sind noch nicht oder nicht vollständig barrierefrei:",
                "en": "The following content is not yet accessible, or not fully:",
            },
        ),
        (
            "list",
            [
                {
                    "de": "Ältere PDF-Dokumente zum Herunterladen haben zum Teil keine "
                    "Überschriftenstruktur und keine Alternativtexte für Abbildungen. Wir "
                    "erstellen sie bei der nächsten Überarbeitung barrierefrei neu. Auf "
                    "Wunsch schicken wir Ihnen den Inhalt sofort in einer zugänglichen Form.",
                    "en": "Some older PDF documents for download have no heading structure and "
                    "no text alternatives for figures. We will recreate them accessibly when "
                    "they are next revised. On request, we send you the content in an "
                    "accessible form straight away.",
                },
                {
                    "de": "Das Video in Deutscher Gebärdensprache wird zurzeit produziert. "
                    "Bis es fertig ist, steht sein vollständiger Inhalt als Text auf der "
                    "Seite „Gebärdensprache“.",
                    "en": "The video in German Sign Language is being produced. Until it is "
                    "ready, its complete content is available as text on the page “Sign "
                    "language”.",
                },
                {
                    "de": "Fotos, die Mitglieder des Netzwerks für Pressemitteilungen "
                    "bereitstellen, haben teilweise noch keine aussagekräftigen "
                    "Alternativtexte. Wir ergänzen sie laufend.",
                    "en": "Some photos that network members provide for press releases do not "
                    "yet have meaningful text alternatives. We are adding them continuously.",
                },
                {
                    "de": "Videos auf externen Plattformen haben nicht immer Untertitel. Wo "
                    "möglich, steht eine Abschrift des Videos auf unserer Seite.",
                    "en": "Videos on external platforms do not always have captions. Where "
                    "possible, a transcript of the video is on our page.",
                },
            ],
        ),
        (
            "heading",
            {"de": "Wie wir die Barrierefreiheit prüfen", "en": "How we check accessibility"},
        ),
        (
            "paragraph",
            {
                "de": "Die Erklärung beruht auf einer Selbstbewertung. Jede Änderung an der "
                "Website wird automatisch mit dem Prüfwerkzeug axe geprüft; zusätzlich "
                "prüfen wir die Seiten von Hand mit der Tastatur, mit Vergrößerung und mit "
                "einem Screenreader. [Falls ein Test durch eine externe Prüfstelle erfolgt "
                "ist: Prüfstelle und Datum ergänzen.]",
                "en": "This statement is based on a self-assessment. Every change to the "
                "website is checked automatically with the testing tool axe; in addition we "
                "check the pages by hand with the keyboard, with magnification and with a "
                "screen reader. [If an external testing body has tested the site: add the "
                "body and the date.]",
            },
        ),
    ],
    "intro": [
        {
            "de": "Sie sind auf eine Barriere gestoßen, oder Sie brauchen einen Inhalt dieser "
            "Website in einer barrierefreien Form? Dann schreiben Sie uns über das folgende "
            "Formular. Wenn Sie uns eine E-Mail-Adresse nennen, antworten wir in der Regel "
            "innerhalb von zwei Wochen.",
            "en": "Have you come across a barrier, or do you need content of this website in "
            "an accessible form? Then write to us with the form below. If you give us an "
            "e-mail address, we usually answer within two weeks.",
        },
        {
            "de": "Zuständige Stelle: [Name der koordinierenden Behörde], Koordinierungsstelle "
            "#sicherimDienst, [Anschrift der Koordinierungsstelle], Telefon [Telefonnummer "
            "der Koordinierungsstelle], E-Mail [E-Mail-Adresse für Barriere-Meldungen]",
            "en": "Responsible body: [name of the coordinating authority], #sicherimDienst "
            "coordination office, [address of the coordination office], telephone "
            "[telephone number of the coordination office], e-mail [e-mail address for "
            "barrier reports]",
        },
    ],
    "thank_you": [
        {
            "de": "Wir prüfen die Barriere und beheben sie so schnell wie möglich. Wenn Sie "
            "uns eine E-Mail-Adresse genannt haben, antworten wir Ihnen in der Regel "
            "innerhalb von zwei Wochen.",
            "en": "We will check the barrier and remove it as quickly as possible. If you "
            "gave us an e-mail address, we usually answer you within two weeks.",
        },
    ],
    "enforcement": [
        {
            "de": "Haben Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort "
            "erhalten, können Sie ein Ombudsverfahren beantragen (§ 10d BGG NRW und §§ 9 "
            "ff. BITV NRW). Es entspricht dem Schlichtungsverfahren im Bundesrecht. "
            "Zuständig ist die Ombudsstelle für barrierefreie Informationstechnik des Landes "
            "Nordrhein-Westfalen bei der Landesbeauftragten für Menschen mit Behinderung. "
            "Sie vermittelt zwischen Ihnen und uns und prüft, ob die Website gegen die "
            "Anforderungen an die Barrierefreiheit verstößt.",
            "en": "If you have received no answer to your report, or no satisfactory one, "
            "you can apply for an ombuds procedure (section 10d BGG NRW and sections 9 ff. "
            "BITV NRW). It corresponds to the conciliation procedure under federal law. "
            "The competent body is the Ombuds Office for Accessible Information Technology "
            "of the State of North Rhine-Westphalia, attached to the State Commissioner for "
            "People with Disabilities. It mediates between you and us and examines whether "
            "the website violates the accessibility requirements.",
        },
        {
            "de": "Den Antrag können Sie schriftlich oder online stellen. Das Antragsformular "
            'finden Sie auf der <a href="https://www.lbbp.nrw.de/ombudsstelle">Website der '
            "Ombudsstelle</a>.",
            "en": "You can apply in writing or online. The application form is on the "
            '<a href="https://www.lbbp.nrw.de/ombudsstelle">website of the ombuds '
            "office</a>.",
        },
        {
            "de": "[Postanschrift, Telefonnummer und E-Mail-Adresse der Ombudsstelle hier "
            "eintragen und vor der Veröffentlichung auf deren Website prüfen.]",
            "en": "[Enter the postal address, telephone number and e-mail address of the "
            "ombuds office here and check them on its website before publication.]",
        },
    ],
}

EASY_LANGUAGE = {
    "slug": {"de": "leichte-sprache", "en": "easy-language"},
    "title": {"de": "Leichte Sprache", "en": "Easy language"},
    "search_description": {
        "de": "#sicherimDienst in Leichter Sprache: Wer wir sind und was wir machen.",
        "en": "#sicherimDienst in easy language: who we are and what we do.",
    },
    "body": [
        (
            "paragraph",
            {
                "de": "Hier erklären wir unsere Internet-Seite in Leichter Sprache.",
                "en": "Here we explain our website in easy language.",
            },
        ),
        ("heading", {"de": "Wer sind wir?", "en": "Who are we?"}),
        (
            "paragraph",
            {
                "de": "Viele Menschen arbeiten für den Staat. Zum Beispiel:",
                "en": "Many people work for the state. For example:",
            },
        ),
        (
            "list",
            [
                {"de": "in der Stadt-Verwaltung", "en": "in the town hall"},
                {"de": "im Job-Center", "en": "at the job centre"},
                {"de": "in der Schule", "en": "at school"},
                {"de": "bei der Polizei", "en": "with the police"},
                {"de": "bei der Feuer-Wehr", "en": "with the fire brigade"},
            ],
        ),
        (
            "paragraph",
            {
                "de": "Diese Menschen helfen anderen Menschen. Manchmal werden sie dabei "
                "beschimpft. Manchmal werden sie bedroht. Manchmal werden sie sogar "
                "angegriffen. Das ist schlimm. Und es ist verboten.",
                "en": "These people help other people. Sometimes they are insulted while "
                "they work. Sometimes they are threatened. Sometimes they are even "
                "attacked. That is bad. And it is against the law.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Wir heißen #sicherimDienst. Wir sind ein Netzwerk. Ein Netzwerk ist "
                "eine Gruppe. In unserer Gruppe arbeiten viele Ämter zusammen. Ein Amt ist "
                "ein Teil vom Staat. Zum Beispiel das Bürger-Amt in Ihrer Stadt.",
                "en": "Our name is #sicherimDienst. We are a network. A network is a group. "
                "In our group, many public offices work together. A public office is a part "
                "of the state. For example the citizens' office in your town.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Wir wollen: Alle Menschen im Dienst können sicher arbeiten. "
                "Im Dienst heißt: bei der Arbeit für den Staat.",
                "en": "We want all people on duty to work safely. On duty means: at work "
                "for the state.",
            },
        ),
        ("heading", {"de": "Was machen wir?", "en": "What do we do?"}),
        (
            "list",
            [
                {
                    "de": "Wir sammeln gute Ideen für mehr Sicherheit bei der Arbeit.",
                    "en": "We collect good ideas for more safety at work.",
                },
                {
                    "de": "Die Ämter lernen voneinander.",
                    "en": "The public offices learn from each other.",
                },
                {
                    "de": "Wir bieten Schulungen an. Eine Schulung ist ein Kurs. Dort lernen "
                    "die Menschen etwas Neues. Zum Beispiel: Wie bleibe ich ruhig, wenn "
                    "jemand schreit?",
                    "en": "We offer training. Training is a course. People learn something "
                    "new there. For example: How do I stay calm when somebody shouts?",
                },
            ],
        ),
        (
            "heading",
            {"de": "Was steht auf dieser Internet-Seite?", "en": "What is on this website?"},
        ),
        (
            "list",
            [
                {
                    "de": "Nachrichten über das Netzwerk.",
                    "en": "News about the network.",
                },
                {
                    "de": "Tipps für mehr Sicherheit bei der Arbeit.",
                    "en": "Tips for more safety at work.",
                },
                {
                    "de": "Einen Bereich nur für Mitglieder. Ein Mitglied ist ein Amt aus "
                    "unserer Gruppe. Für diesen Bereich braucht man ein Passwort.",
                    "en": "An area only for members. A member is a public office from our "
                    "group. You need a password for this area.",
                },
            ],
        ),
        ("heading", {"de": "Sie sind in Gefahr?", "en": "Are you in danger?"}),
        (
            "paragraph",
            {
                "de": "Dann rufen Sie sofort die Polizei an. Die Telefon-Nummer ist: 110.",
                "en": "Then call the police at once. The phone number is: 110.",
            },
        ),
        ("heading", {"de": "So schreiben Sie uns", "en": "How to write to us"}),
        (
            "paragraph",
            {
                "de": "Sie haben eine Frage? Dann schreiben Sie uns. Oben im Menü steht das "
                "Wort: Kontakt. Dort gibt es ein Formular. In das Formular schreiben Sie "
                "Ihre Frage. Dann schicken Sie das Formular ab. Wir antworten Ihnen.",
                "en": "Do you have a question? Then write to us. At the top, in the menu, "
                "there is the word: Contact. There you find a form. You write your question "
                "into the form. Then you send the form. We will answer you.",
            },
        ),
        (
            "paragraph",
            {
                "de": "Auf unserer Internet-Seite klappt etwas nicht? Zum Beispiel: Eine "
                "Schrift ist zu klein. Oder Sie können einen Knopf nicht drücken. Das nennt "
                "man: Barriere. Bitte sagen Sie uns Bescheid. Ganz unten auf jeder Seite "
                "steht: Erklärung zur Barriere-Freiheit. Dort gibt es auch ein Formular.",
                "en": "Does something not work on our website? For example: some writing is "
                "too small. Or you cannot press a button. This is called: a barrier. Please "
                "tell us. At the very bottom of each page it says: Accessibility statement. "
                "There is a form there too.",
            },
        ),
    ],
}

SIGN_LANGUAGE = {
    "slug": {"de": "gebaerdensprache", "en": "sign-language"},
    "title": {"de": "Gebärdensprache", "en": "Sign language"},
    "search_description": {
        "de": "#sicherimDienst stellt sich in Deutscher Gebärdensprache vor.",
        "en": "#sicherimDienst introduces itself in German Sign Language.",
    },
    "body": [
        (
            "paragraph",
            {
                "de": "Auf dieser Seite stellen wir das Netzwerk #sicherimDienst in Deutscher "
                "Gebärdensprache (DGS) vor. Das Video zeigt, wer wir sind, was wir tun und "
                "wie Sie uns erreichen. Unter dem Video steht sein Inhalt als Text.",
                "en": "On this page we introduce the #sicherimDienst network in German Sign "
                "Language (DGS). The video shows who we are, what we do and how to reach us. "
                "Below the video, its content is written out as text.",
            },
        ),
        (
            "video",
            {
                "title": {
                    "de": "#sicherimDienst in Deutscher Gebärdensprache",
                    "en": "#sicherimDienst in German Sign Language",
                },
                "transcript": [
                    {
                        "de": "Hallo und willkommen bei #sicherimDienst.",
                        "en": "Hello and welcome to #sicherimDienst.",
                    },
                    {
                        "de": "#sicherimDienst ist das Präventionsnetzwerk für die Sicherheit "
                        "der Beschäftigten im öffentlichen Dienst in Nordrhein-Westfalen.",
                        "en": "#sicherimDienst is the prevention network for the safety of "
                        "public-service employees in North Rhine-Westphalia.",
                    },
                    {
                        "de": "Beschäftigte in Verwaltungen, Jobcentern und Schulen, bei der "
                        "Polizei und im Rettungsdienst werden immer wieder beleidigt, bedroht "
                        "oder angegriffen.",
                        "en": "Employees in administrations, job centres and schools, in the "
                        "police and in the ambulance service are repeatedly insulted, "
                        "threatened or attacked.",
                    },
                    {
                        "de": "Im Netzwerk arbeiten Städte, Kreise, Landesbehörden und "
                        "Verbände zusammen. Sie teilen ihr Wissen und gute Beispiele, wie "
                        "man Beschäftigte schützt.",
                        "en": "In the network, cities, districts, state authorities and "
                        "associations work together. They share their knowledge and good "
                        "examples of how to protect employees.",
                    },
                    {
                        "de": "Auf dieser Website finden Sie Nachrichten, "
                        "Handlungsempfehlungen für verschiedene Berufsgruppen und "
                        "Informationen zur Mitgliedschaft.",
                        "en": "On this website you find news, guidance for different "
                        "professional groups and information about membership.",
                    },
                    {
                        "de": "Sie haben eine Frage? Schreiben Sie uns über das "
                        "Kontaktformular oder per E-Mail. Die Adresse steht im Impressum.",
                        "en": "Do you have a question? Write to us with the contact form or "
                        "by e-mail. The address is in the imprint.",
                    },
                    {
                        "de": "Sie haben auf unserer Website eine Barriere gefunden? Dann "
                        "melden Sie sie bitte über das Formular in der Erklärung zur "
                        "Barrierefreiheit.",
                        "en": "Have you found a barrier on our website? Then please report "
                        "it with the form in the accessibility statement.",
                    },
                    {
                        "de": "Vielen Dank und bis bald.",
                        "en": "Thank you and see you soon.",
                    },
                ],
            },
        ),
        (
            "paragraph",
            {
                "de": "Gehörlose und schwerhörige Menschen erreichen uns schriftlich über das "
                "Kontaktformular oder per E-Mail.",
                "en": "Deaf and hard-of-hearing people can reach us in writing with the "
                "contact form or by e-mail.",
            },
        ),
    ],
}

CONTACT = {
    "slug": {"de": "kontakt", "en": "contact"},
    "title": {"de": "Kontakt", "en": "Contact"},
    "search_description": {
        "de": "Schreiben Sie der Koordinierungsstelle von #sicherimDienst.",
        "en": "Write to the #sicherimDienst coordination office.",
    },
    "intro": [
        {
            "de": "Sie haben eine Frage zum Netzwerk, zur Mitgliedschaft oder zu einer "
            "Veranstaltung? Schreiben Sie uns. Die Koordinierungsstelle antwortet in der "
            "Regel innerhalb von fünf Arbeitstagen.",
            "en": "Do you have a question about the network, membership or an event? Write "
            "to us. The coordination office usually answers within five working days.",
        },
        {
            "de": "Bitte melden Sie über dieses Formular keine akute Bedrohung. Im Notfall "
            "rufen Sie die Polizei unter 110.",
            "en": "Please do not report an acute threat with this form. In an emergency, "
            "call the police on 110.",
        },
        {
            "de": "Postanschrift: [Name der koordinierenden Behörde], Koordinierungsstelle "
            "#sicherimDienst, [Anschrift der Koordinierungsstelle]",
            "en": "Postal address: [name of the coordinating authority], #sicherimDienst "
            "coordination office, [address of the coordination office]",
        },
    ],
    "thank_you": [
        {
            "de": "Die Koordinierungsstelle antwortet Ihnen in der Regel innerhalb von fünf "
            "Arbeitstagen.",
            "en": "The coordination office usually answers you within five working days.",
        },
    ],
}

STANDARD_PAGES = [IMPRINT, PRIVACY, EASY_LANGUAGE, SIGN_LANGUAGE]


# --- building the content ---------------------------------------------------


def pairs(value):
    """Every {"de": ..., "en": ...} pair inside `value`."""
    if isinstance(value, dict) and set(value) == {"de", "en"}:
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from pairs(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from pairs(item)


def as_segment(html):
    """The text as wagtail-localize stores a rich-text segment: a link's
    address is kept apart and the tag becomes <a id="a1">."""
    numbers = itertools.count(1)
    return re.sub(r'<a href="[^"]*">', lambda _match: f'<a id="a{next(numbers)}">', html)


# Texts with links, in the form the translation table needs them.
LINK_SEGMENTS = [
    {"de": as_segment(pair["de"]), "en": as_segment(pair["en"])}
    for pair in pairs([IMPRINT, PRIVACY, ACCESSIBILITY, EASY_LANGUAGE, SIGN_LANGUAGE, CONTACT])
    if "<a " in pair["de"]
]


def rich_text(paragraphs):
    return "".join(f"<p>{paragraph['de']}</p>" for paragraph in paragraphs)


def raw_body(blocks):
    """StreamField raw data (German) from the (block_type, value) tuples above."""
    raw = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            raw.append({"type": "paragraph", "value": f"<p>{value['de']}</p>"})
        elif block_type == "list":
            items = "".join(f"<li>{item['de']}</li>" for item in value)
            raw.append({"type": "paragraph", "value": f"<ul>{items}</ul>"})
        elif block_type == "heading":
            raw.append({"type": "heading", "value": value["de"]})
        elif block_type == "video":
            raw.append(
                {
                    "type": "video",
                    "value": {
                        "title": value["title"]["de"],
                        "video": None,
                        "captions": None,
                        "poster": None,
                        "transcript": rich_text(value["transcript"]),
                    },
                }
            )
        else:
            raise ValueError(f"Unknown block type {block_type!r}")
    return raw


def page_fields(content):
    return {
        "title": content["title"]["de"],
        "slug": content["slug"]["de"],
        "search_description": content["search_description"]["de"],
    }


# --- the seed step ------------------------------------------------------------


def seed(command):
    pages = {}
    for content in STANDARD_PAGES:
        page = command.child(StandardPage, command.home, content["slug"]["de"])
        if page is None:
            page = factories.add_page(
                command.home, StandardPage(body=raw_body(content["body"]), **page_fields(content))
            )
            command.created += 1
        command.translate(page)
        pages[content["slug"]["de"]] = page
    privacy = pages[PRIVACY["slug"]["de"]]

    statement = command.child(
        AccessibilityStatementPage, command.home, ACCESSIBILITY["slug"]["de"]
    )
    if statement is None:
        statement = factories.make_accessibility_statement(
            command.home,
            **page_fields(ACCESSIBILITY),
            body=raw_body(ACCESSIBILITY["body"]),
            intro=rich_text(ACCESSIBILITY["intro"]),
            thank_you_text=rich_text(ACCESSIBILITY["thank_you"]),
            enforcement=rich_text(ACCESSIBILITY["enforcement"]),
            statement_date=datetime.date.today(),
            privacy_page=privacy,
            to_address=CONTACT_EMAIL,
        )
        command.created += 1
    command.translate(statement)

    contact = command.child(ContactPage, command.home, CONTACT["slug"]["de"])
    if contact is None:
        contact = factories.make_contact_page(
            command.home,
            **page_fields(CONTACT),
            intro=rich_text(CONTACT["intro"]),
            thank_you_text=rich_text(CONTACT["thank_you"]),
            privacy_page=privacy,
            to_address=CONTACT_EMAIL,
            show_in_menus=True,
        )
        command.created += 1
    command.translate(contact)
