"""Demo content: member organisations, the member list and the join form.

DEMO DATA. The organisations below carry the names of real towns, districts
and authorities in North Rhine-Westphalia so the map and the list look
plausible; whether they are members of the real network is NOT implied.
Texts written for this project; the contact people are fictional.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from wagtail.models import Page

from cms.models import Organisation
from pages.models import JoinPage, JoinRequest, MemberListPage
from tests import factories

LABEL = "Mitglieder und Beitritt"

COORDINATION_GROUP_NAME = "Koordinierungsstelle"
REVIEW_PERMISSIONS = [("pages", "review_joinrequest"), ("wagtailadmin", "access_admin")]

MEMBER_LIST = {
    "title": {"de": "Mitglieder", "en": "Members"},
    "slug": {"de": "mitglieder", "en": "members"},
    "intro": {
        "de": "Städte, Kreise, Behörden und Verbände aus ganz Nordrhein-Westfalen arbeiten "
        "im Netzwerk zusammen. Hier finden Sie die Mitglieder, die einer Veröffentlichung "
        "zugestimmt haben.",
        "en": "Cities, districts, authorities and associations from all over North "
        "Rhine-Westphalia work together in the network. Here you find the members that "
        "agreed to be listed.",
    },
    "search_description": {
        "de": "Mitglieder des Präventionsnetzwerks #sicherimDienst nach Regierungsbezirk.",
        "en": "Members of the prevention network #sicherimDienst by administrative region.",
    },
}

JOIN = {
    "title": {"de": "Mitglied werden", "en": "Join the network"},
    "slug": {"de": "mitglied-werden", "en": "join"},
    "intro": {
        "de": "Behörden, Kommunen und Verbände aus Nordrhein-Westfalen können dem Netzwerk "
        "kostenlos beitreten. Mit diesem Formular geben Sie die Beitrittserklärung für Ihre "
        "Organisation ab.",
        "en": "Authorities, municipalities and associations from North Rhine-Westphalia can "
        "join the network free of charge. Use this form to apply for membership on behalf "
        "of your organisation.",
    },
    "success_text": {
        "de": "Die Koordinierungsstelle prüft Ihre Beitrittserklärung in der Regel innerhalb "
        "von zwei Wochen und meldet sich per E-Mail bei Ihnen.",
        "en": "The coordination office usually reviews your request within two weeks and "
        "will contact you by e-mail.",
    },
    "privacy_note": {
        "de": "Wir verwenden Ihre Angaben nur, um die Beitrittserklärung zu bearbeiten und "
        "Sie als Ansprechperson Ihrer Organisation zu kontaktieren.",
        "en": "We use your details only to handle the join request and to contact you as "
        "the contact person of your organisation.",
    },
    "search_description": {
        "de": "Beitrittserklärung für Organisationen: so wird Ihre Behörde Mitglied im "
        "Netzwerk #sicherimDienst.",
        "en": "Join request for organisations: how your authority becomes a member of "
        "#sicherimDienst.",
    },
}

# (name, kind, region, town, listed publicly); DEMO DATA, see above.
ORGANISATIONS = [
    ("Stadt Düsseldorf", "city", "duesseldorf", "Düsseldorf", True),
    ("Stadt Wuppertal", "city", "duesseldorf", "Wuppertal", True),
    ("Stadt Krefeld", "city", "duesseldorf", "Krefeld", True),
    ("Kreis Mettmann", "district", "duesseldorf", "Mettmann", True),
    ("Kreis Kleve", "district", "duesseldorf", "Kleve", False),
    ("Jobcenter Duisburg", "job_centre", "duesseldorf", "Duisburg", True),
    ("Polizeipräsidium Essen", "police", "duesseldorf", "Essen", True),
    ("Städte- und Gemeindebund NRW", "association", "duesseldorf", "Düsseldorf", True),
    ("Stadt Köln", "city", "koeln", "Köln", True),
    ("Bundesstadt Bonn", "city", "koeln", "Bonn", True),
    ("Stadt Hürth", "city", "koeln", "Hürth", False),
    ("Städteregion Aachen", "district", "koeln", "Aachen", True),
    ("Rhein-Sieg-Kreis", "district", "koeln", "Siegburg", True),
    ("Jobcenter Leverkusen", "job_centre", "koeln", "Leverkusen", True),
    ("Bezirksregierung Köln", "state_authority", "koeln", "Köln", True),
    ("komba gewerkschaft nrw", "association", "koeln", "Köln", True),
    ("Stadt Münster", "city", "muenster", "Münster", True),
    ("Stadt Gelsenkirchen", "city", "muenster", "Gelsenkirchen", True),
    ("Kreis Borken", "district", "muenster", "Borken", True),
    ("Kreis Steinfurt", "district", "muenster", "Steinfurt", True),
    ("Polizeipräsidium Recklinghausen", "police", "muenster", "Recklinghausen", True),
    ("Jobcenter Kreis Warendorf", "job_centre", "muenster", "Warendorf", False),
    ("Stadt Bielefeld", "city", "detmold", "Bielefeld", True),
    ("Stadt Paderborn", "city", "detmold", "Paderborn", True),
    ("Kreis Gütersloh", "district", "detmold", "Gütersloh", True),
    ("Kreis Lippe", "district", "detmold", "Detmold", True),
    ("Polizeipräsidium Bielefeld", "police", "detmold", "Bielefeld", True),
    ("Studierendenwerk Bielefeld", "other", "detmold", "Bielefeld", True),
    ("Stadt Dortmund", "city", "arnsberg", "Dortmund", True),
    ("Stadt Hagen", "city", "arnsberg", "Hagen", True),
    ("Hochsauerlandkreis", "district", "arnsberg", "Meschede", True),
    ("Märkischer Kreis", "district", "arnsberg", "Lüdenscheid", True),
    ("Jobcenter Dortmund", "job_centre", "arnsberg", "Dortmund", False),
    ("Bezirksregierung Arnsberg", "state_authority", "arnsberg", "Arnsberg", True),
]

# Open requests for the coordination office to try the review; fictional.
JOIN_REQUESTS = [
    {
        "organisation_name": "Stadt Bad Beispielbrunn",
        "kind": "city",
        "region": "detmold",
        "city": "Bad Beispielbrunn",
        "street": "Rathausplatz 1",
        "postal_code": "32000",
        "first_name": "Jana",
        "last_name": "Jansen",
        "role": "Personalrätin",
        "email": "jana.jansen@example.org",
        "listed_publicly": True,
        "language": "de",
        "message": "Wir möchten vor allem an den Deeskalationstrainings teilnehmen.",
    },
    {
        "organisation_name": "Kreis Musterland",
        "kind": "district",
        "region": "arnsberg",
        "city": "Musterstadt",
        "street": "Kreishausstraße 5",
        "postal_code": "59000",
        "first_name": "Tom",
        "last_name": "Thelen",
        "role": "Occupational safety specialist",
        "email": "tom.thelen@example.org",
        "listed_publicly": False,
        "language": "en",
        "message": "",
    },
]


def seed(command):
    coordination = Group.objects.get_or_create(name=COORDINATION_GROUP_NAME)[0]
    for app_label, codename in REVIEW_PERMISSIONS:
        coordination.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )

    first_joined = datetime.date(2023, 1, 16)
    for number, (name, kind, region, city, listed) in enumerate(ORGANISATIONS):
        _organisation, created = Organisation.objects.get_or_create(
            name=name,
            defaults={
                "kind": kind,
                "region": region,
                "city": city,
                "listed_publicly": listed,
                "joined_on": first_joined + datetime.timedelta(days=number * 29),
            },
        )
        command.created += created
    for item in JOIN_REQUESTS:
        _join_request, created = JoinRequest.objects.get_or_create(
            organisation_name=item["organisation_name"],
            defaults={**item, "privacy_consent": True},
        )
        command.created += created

    member_list = command.child(MemberListPage, command.home, MEMBER_LIST["slug"]["de"])
    if member_list is None:
        member_list = factories.add_page(
            command.home,
            MemberListPage(
                title=MEMBER_LIST["title"]["de"],
                slug=MEMBER_LIST["slug"]["de"],
                intro=MEMBER_LIST["intro"]["de"],
                search_description=MEMBER_LIST["search_description"]["de"],
                show_in_menus=True,
            ),
        )
        command.created += 1
    command.translate(member_list)

    join_page = command.child(JoinPage, command.home, JOIN["slug"]["de"])
    if join_page is None:
        join_page = factories.add_page(
            command.home,
            JoinPage(
                title=JOIN["title"]["de"],
                slug=JOIN["slug"]["de"],
                intro=JOIN["intro"]["de"],
                success_text=JOIN["success_text"]["de"],
                privacy_note=JOIN["privacy_note"]["de"],
                search_description=JOIN["search_description"]["de"],
                privacy_page=_privacy_page(command.home),
                show_in_menus=True,
            ),
        )
        command.created += 1
    command.translate(join_page)


def _privacy_page(home):
    """The privacy statement, when another seed step made it already.

    Only a page with an English translation: wagtail-localize needs the
    linked page in the target language to translate the join page.
    """
    page = Page.objects.child_of(home).filter(slug="datenschutz").first()
    if page is None or not page.has_translation(factories.get_locale("en")):
        return None
    return page
