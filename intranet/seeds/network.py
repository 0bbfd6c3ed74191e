"""Demo people of the member network, and a profile for the demo member.

DEMO DATA. The people are fictional; the organisations are the demo ones of
pages/seeds/membership.py (real place names, no claim of membership). The
texts are what members would write about themselves, so they are in German
only: profiles are not translated, only the target groups and topics they
point to are. The accounts have no usable password; nobody logs in as them.

Idempotent: an account that exists keeps its profile as it is, so a demo
member's own changes survive a second run.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Locale

from cms.models import Organisation
from intranet.models import Profile
from intranet.network.photos import initials_picture
from pages.models import TargetGroup, Topic
from tests import factories

LABEL = "Netzwerk: Personen"

# Lower-case names: these are not texts for seed_demo's translation table.
# Target groups and topics by slug (pages/seeds/guidance.py); "days" since
# the profile was created, so the dashboard has new and older colleagues;
# "photo" is the colour of a generated picture with the initials.
people = [
    {
        "email": "sabine.kroeger@example.org",
        "name": ("Sabine", "Kröger"),
        "organisation": "Jobcenter Duisburg",
        "role": "multiplier",
        "job_title": "Teamleitung Eingangszone",
        "target_groups": ["innendienst"],
        "topics": ["deeskalation", "gebaeude-und-notruf"],
        "expertise": "Wir haben alle 60 Beschäftigten am Empfang und in der Eingangszone "
        "in Deeskalation geschult: zwei Tage Basistraining, danach halbjährliche Auffrischung in "
        "Kleingruppen. Ich gebe gern unser Trainingskonzept und die Erfahrungen mit "
        "externen Trainerinnen und Trainern weiter.",
        "phone": "+49 203 0000-101",
        "days": 200,
        "photo": (0, 75, 135),
    },
    {
        "email": "murat.yilmaz@example.org",
        "name": ("Murat", "Yılmaz"),
        "organisation": "Polizeipräsidium Essen",
        "role": "prevention_officer",
        "job_title": "Kriminalprävention und Opferschutz",
        "target_groups": ["einsatzkraefte", "innendienst"],
        "topics": ["dokumentation", "deeskalation"],
        "expertise": "Ich berate Behörden bei der Gefährdungseinschätzung nach Drohschreiben "
        "und zur Zusammenarbeit mit der Polizei nach Übergriffen. Vorträge zu Anzeige, "
        "Strafantrag und Beweissicherung für Führungskräfte.",
        "phone": "+49 201 0000-102",
        "days": 150,
        "phone_visibility": "organisation",
    },
    {
        "email": "claudia.brenner@example.org",
        "name": ("Claudia", "Brenner"),
        "organisation": "Stadt Düsseldorf",
        "role": "management",
        "job_title": "Leitung Kommunaler Ordnungsdienst",
        "target_groups": ["einsatzkraefte"],
        "topics": ["aussendienst", "nachsorge"],
        "expertise": "Einführung von Zweierstreifen und Bodycams im Ordnungsdienst, "
        "einschließlich der Dienstvereinbarung mit dem Personalrat. Nachbesprechung "
        "jedes Einsatzes mit Gewalt innerhalb von 48 Stunden.",
        "phone": "+49 211 0000-103",
        "days": 40,
        "photo": (138, 43, 26),
    },
    {
        "email": "thomas.lehmann@example.org",
        "name": ("Thomas", "Lehmann"),
        "organisation": "Stadt Köln",
        "role": "multiplier",
        "job_title": "Sachgebietsleitung Kundenzentren",
        "target_groups": ["innendienst"],
        "topics": ["gebaeude-und-notruf"],
        "expertise": "Umbau der Kundenzentren: zweiter Ausgang hinter jedem Schreibtisch, "
        "stiller Alarm am Arbeitsplatz und ein Notfallplan, den wir zweimal im Jahr üben.",
        "phone": "+49 221 0000-104",
        "days": 20,
    },
    {
        "email": "aylin.demir@example.org",
        "name": ("Aylin", "Demir"),
        "organisation": "Jobcenter Leverkusen",
        "role": "contact_person",
        "job_title": "Beauftragte für Sicherheit am Arbeitsplatz",
        "target_groups": ["innendienst"],
        "topics": ["dokumentation", "nachsorge"],
        "expertise": "Aufbau eines einfachen Meldewegs für Übergriffe und Beleidigungen "
        "(Formular im Intranet, Auswertung jedes Quartal) und kollegiale Erstbetreuung "
        "nach Vorfällen.",
        "phone": "+49 214 0000-105",
        "days": 10,
        "photo": (31, 107, 61),
    },
    {
        "email": "jan.hoffmann@example.org",
        "name": ("Jan", "Hoffmann"),
        "organisation": "Bezirksregierung Köln",
        "role": "prevention_officer",
        "job_title": "Referent Arbeitsschutz",
        "target_groups": ["mandatstraeger"],
        "topics": ["digitale-anfeindungen"],
        "expertise": "Leitfaden für Bürgermeisterinnen und Bürgermeister zum Umgang mit "
        "Hassnachrichten in sozialen Netzwerken; Kontakte zu spezialisierten "
        "Beratungsstellen und zur Zentral- und Ansprechstelle Cybercrime.",
        "phone": "+49 221 0000-106",
        "days": 70,
        "email_visibility": "organisation",
    },
    {
        "email": "katharina.vogt@example.org",
        "name": ("Katharina", "Vogt"),
        "organisation": "Stadt Münster",
        "role": "multiplier",
        "job_title": "Betriebliches Gesundheitsmanagement",
        "target_groups": ["dienstleistende", "innendienst"],
        "topics": ["nachsorge"],
        "expertise": "Nachsorgekonzept nach belastenden Ereignissen: Ansprechpersonen in "
        "jedem Amt und psychologische Erstbetreuung durch einen externen Partner "
        "innerhalb von 24 Stunden.",
        "phone": "+49 251 0000-107",
        "days": 300,
        "photo": (92, 45, 145),
    },
    {
        "email": "markus.albers@example.org",
        "name": ("Markus", "Albers"),
        "organisation": "Kreis Borken",
        "role": "contact_person",
        "job_title": "Sicherheitsbeauftragter Kreishaus",
        "target_groups": ["innendienst", "mandatstraeger"],
        "topics": ["gebaeude-und-notruf"],
        "expertise": "Zugangskontrolle und Besucherleitsystem im Kreishaus; Erfahrung mit "
        "der Ausschreibung eines Notrufsystems für 400 Arbeitsplätze.",
        "phone": "+49 2861 0000-108",
        "days": 5,
    },
    {
        "email": "ines.schaefer@example.org",
        "name": ("Ines", "Schäfer"),
        "organisation": "Stadt Bielefeld",
        "role": "multiplier",
        "job_title": "Schulpsychologische Beratungsstelle",
        "target_groups": ["lehrkraefte"],
        "topics": ["deeskalation", "nachsorge"],
        "expertise": "Fortbildungen für Lehrkräfte zu schwierigen Elterngesprächen und "
        "Begleitung der Krisenteams an Schulen nach Bedrohungen.",
        "phone": "+49 521 0000-109",
        "days": 60,
        "photo": (0, 105, 120),
    },
    {
        "email": "peter.wiese@example.org",
        "name": ("Peter", "Wiese"),
        "organisation": "Kreis Lippe",
        "role": "management",
        "job_title": "Fachbereichsleitung Soziales",
        "target_groups": ["innendienst"],
        "topics": ["deeskalation"],
        "expertise": "Deeskalationstraining für die Beschäftigten am Empfang des "
        "Sozialamts und Umgestaltung der Wartebereiche mit Aufrufsystem.",
        "phone": "+49 5231 0000-110",
        "days": 120,
    },
    {
        "email": "nadine.krueger@example.org",
        "name": ("Nadine", "Krüger"),
        "organisation": "Stadt Dortmund",
        "role": "prevention_officer",
        "job_title": "Präventionsbeauftragte, Personal- und Organisationsamt",
        "target_groups": ["dienstleistende", "einsatzkraefte"],
        "topics": ["dokumentation", "digitale-anfeindungen"],
        "expertise": "Stadtweites Lagebild zu Übergriffen auf Beschäftigte: einheitliche "
        "Meldungen, Auswertung und ein jährlicher Bericht an den Verwaltungsvorstand.",
        "phone": "+49 231 0000-111",
        "days": 30,
        "email_visibility": "organisation",
        "photo": (166, 77, 0),
    },
    {
        "email": "frank.osterhoff@example.org",
        "name": ("Frank", "Osterhoff"),
        "organisation": "Märkischer Kreis",
        "role": "multiplier",
        "job_title": "Teamleitung Außendienst Straßenverkehr",
        "target_groups": ["einsatzkraefte"],
        "topics": ["aussendienst"],
        "expertise": "Sicher unterwegs im Außendienst: Einsatzplanung mit "
        "Gefährdungsprüfung, Diensthandys mit Notruffunktion, feste Rückmeldezeiten.",
        "phone": "+49 2351 0000-112",
        "days": 15,
        "photo": (70, 70, 70),
        "photo_visibility": "private",
        "phone_visibility": "private",
    },
]

demo_member = {
    "email": "mitglied@example.org",
    "organisation": "Stadt Köln",
    "role": "contact_person",
    "job_title": "Sachbearbeitung Bürgerbüro",
    "target_groups": ["innendienst"],
    "topics": ["deeskalation"],
    "expertise": "Ansprechperson unserer Stadt im Netzwerk. Erfahrung mit der Einführung "
    "eines Notfallknopfs im Bürgerbüro.",
    "phone": "+49 221 0000-100",
    "days": 365,
}


def seed(command):
    # The demo accounts are made by seed_demo's last step; the demo member
    # needs theirs now to get a profile (creating it is idempotent).
    command.seed_accounts()
    default = Locale.get_default()
    groups = {g.slug: g for g in TargetGroup.objects.filter(locale=default)}
    topics = {t.slug: t for t in Topic.objects.filter(locale=default)}
    users = get_user_model().objects
    for item in people:
        user = users.filter(email__iexact=item["email"]).first()
        if user is None:
            first_name, last_name = item["name"]
            # No usable password: these people exist for the directory only.
            user = factories.make_user(
                item["email"],
                password=None,
                groups=[settings.MEMBERS_GROUP_NAME],
                first_name=first_name,
                last_name=last_name,
            )
        command.created += _profile(user, item, groups, topics)
    member = users.filter(email__iexact=demo_member["email"]).first()
    if member is not None:
        command.created += _profile(member, demo_member, groups, topics)


def _profile(user, item, groups, topics):
    if Profile.objects.filter(user=user).exists():
        return 0
    profile = Profile.objects.create(
        user=user,
        organisation=Organisation.objects.filter(name=item["organisation"]).first(),
        role=item["role"],
        job_title=item["job_title"],
        expertise=item["expertise"],
        phone=item["phone"],
        email_visibility=item.get("email_visibility", "members"),
        phone_visibility=item.get("phone_visibility", "members"),
        photo_visibility=item.get("photo_visibility", "members"),
    )
    profile.target_groups.set([groups[s] for s in item["target_groups"] if s in groups])
    profile.topics.set([topics[s] for s in item["topics"] if s in topics])
    if item.get("photo"):
        profile.photo.name = _photo(user, item["email"], item["photo"])
    created = timezone.now() - datetime.timedelta(days=item["days"])
    profile.save()
    Profile.objects.filter(pk=profile.pk).update(created_at=created)
    return 1


def _photo(user, email, colour):
    """A picture with the person's initials, stored once under a fixed name:
    seeding again (or a test that seeds and rolls back) adds no file."""
    storage = Profile._meta.get_field("photo").storage
    name = "member-photos/demo-{}.png".format(email.split("@")[0].replace(".", "-"))
    if not storage.exists(name):
        initials = f"{user.first_name[0]}{user.last_name[0]}"
        storage.save(name, ContentFile(initials_picture(initials, colour)))
    return name
