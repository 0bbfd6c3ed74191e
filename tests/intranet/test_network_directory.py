"""The directory of people: who is listed, search, filters, pages, cost."""

import pytest
from django.utils import timezone

from intranet.models import Profile
from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *


@pytest.fixture
def people(colleague, member_profile, organisations, snippets):
    """Three more people besides the colleague and the member."""
    return {
        "jonas": factories.make_person(
            "jonas.weber@example.org",
            first_name="Jonas",
            last_name="Weber",
            organisation=organisations["polizei"],
            role="prevention_officer",
            job_title="Präventionsbeauftragter",
            expertise="Nachsorge nach Übergriffen auf Lehrkräfte; kollegiale Beratung.",
            target_groups=[snippets["lehrkraefte"]],
            topics=[snippets["nachsorge"]],
        ),
        "anna": factories.make_person(
            "anna.berg@example.org",
            first_name="Anna",
            last_name="Berg",
            organisation=organisations["koeln"],
            role="management",
            job_title="Leitung Bürgeramt",
            expertise="Alarmknöpfe und Fluchtwege im Bürgeramt.",
            target_groups=[snippets["innendienst"]],
        ),
        "ohne": factories.make_person(
            "ohne.organisation@example.org", first_name="Olaf", last_name="Ohne"
        ),
    }


def names(response):
    return [profile.user.last_name for profile in response.context["page_obj"].object_list]


def search(client, **params):
    return client.get(url("network_people"), params)


def test_directory_lists_people_by_last_name(client_as, people):
    response = search(client_as("member"))
    assert names(response) == ["Berg", "Mitglied", "Ohne", "Schulz", "Weber"]
    html = response.content.decode()
    assert "5 Personen gefunden." in html
    assert f'href="{url("network_person", people["anna"].pk)}"' in html


def test_directory_leaves_out_deleted_and_inactive_accounts(client_as, people):
    people["jonas"].user.deleted_at = timezone.now()
    people["jonas"].user.save()
    people["anna"].user.is_active = False
    people["anna"].user.save()
    factories.make_member("ohne.profil@example.org", first_name="Paul", last_name="Profillos")
    response = search(client_as("member"))
    assert names(response) == ["Mitglied", "Ohne", "Schulz"]
    assert "Weber" not in response.content.decode()


@pytest.mark.parametrize("who", ["deleted", "inactive"])
def test_person_page_of_a_deleted_or_inactive_account_is_not_found(client_as, people, who):
    user = people["jonas"].user
    if who == "deleted":
        user.deleted_at = timezone.now()
    else:
        user.is_active = False
    user.save()
    response = client_as("member").get(url("network_person", people["jonas"].pk))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("petra", ["Schulz"]),  # first name, any case
        ("WEBER", ["Weber"]),  # last name
        ("jobcenter", ["Schulz"]),  # organisation
        ("Dortmund", ["Schulz"]),  # organisation's town
        ("eingangszone", ["Schulz"]),  # position
        ("Fluchtwege", ["Berg"]),  # expertise
        ("Lehrkräfte", ["Weber"]),  # target group name (and expertise)
        ("Nachsorge", ["Weber"]),  # topic name
        ("Deeskalation", ["Schulz"]),  # topic and expertise
        ("Multiplikator", ["Schulz"]),  # role
        ("Innendienst", ["Berg", "Schulz"]),  # target group of two
        ("Deeskalation Jobcenter", ["Schulz"]),  # every word matches somewhere
        ("Deeskalation Polizei", []),  # one word matches nobody
        ("  ", ["Berg", "Mitglied", "Ohne", "Schulz", "Weber"]),
    ],
)
def test_search_finds_every_word_in_name_organisation_and_expertise(
    client_as, people, query, expected
):
    assert names(search(client_as("member"), q=query)) == expected


def test_search_finds_english_names_of_target_groups(client_as, people):
    assert names(search(client_as("member"), q="teachers")) == ["Weber"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"region": "koeln"}, ["Berg", "Mitglied"]),
        ({"region": "detmold"}, ["Weber"]),
        ({"kind": "job_centre"}, ["Schulz"]),
        ({"kind": "city"}, ["Berg", "Mitglied"]),
        ({"role": "prevention_officer"}, ["Weber"]),
        ({"role": "contact_person"}, ["Mitglied", "Ohne"]),
        ({"region": "koeln", "role": "management"}, ["Berg"]),
        ({"region": "nirgendwo"}, ["Berg", "Mitglied", "Ohne", "Schulz", "Weber"]),
    ],
)
def test_filters_by_region_type_and_role(client_as, people, filters, expected):
    assert names(search(client_as("member"), **filters)) == expected


def test_filters_by_target_group_and_topic(client_as, people, snippets):
    client = client_as("member")
    group = str(snippets["innendienst"].translation_key)
    topic = str(snippets["nachsorge"].translation_key)
    assert names(search(client, target_group=group)) == ["Berg", "Schulz"]
    assert names(search(client, topic=topic)) == ["Weber"]
    assert names(search(client, target_group=group, topic=topic)) == []


def test_filter_by_target_group_finds_profiles_saved_in_english(client_as, people, snippets):
    english = snippets["lehrkraefte"].get_translation(factories.get_locale("en"))
    people["anna"].target_groups.set([english])
    key = str(snippets["lehrkraefte"].translation_key)
    assert names(search(client_as("member"), target_group=key)) == ["Berg", "Weber"]


def test_filter_options_show_counts_and_the_choice(client_as, people, snippets):
    response = search(client_as("member"), region="koeln")
    html = response.content.decode()
    assert '<option value="koeln" selected>Köln (2)</option>' in html
    # The region's own counts ignore the chosen region.
    assert '<option value="detmold">Detmold (1)</option>' in html
    # Other filters count within the chosen region.
    assert '<option value="management">Leitung (1)</option>' in html
    assert '<option value="prevention_officer">Präventionsbeauftragte*r (0)</option>' in html
    key = snippets["innendienst"].translation_key
    assert f'<option value="{key}">Innendienst mit Publikumsverkehr (1)</option>' in html


def test_filter_form_is_labelled_and_works_without_javascript(client_as, people):
    html = search(client_as("member")).content.decode()
    assert '<form class="member-filter network-filter" method="get"' in html
    for name in ("q", "region", "kind", "role", "target_group", "topic"):
        assert f'<label for="filter-{name}">' in html
    assert '<button type="submit">Ergebnisse anzeigen</button>' in html


def test_filter_labels_and_options_in_english(client_as, people, snippets):
    html = client_as("member").get(url("network_people", language="en")).content.decode()
    assert "Office staff (2)" in html
    assert "De-escalation (1)" in html
    assert "Prevention officer (1)" in html
    assert "5 people found." in html


def test_directory_shows_target_groups_and_topics_in_the_current_language(client_as, people):
    client = client_as("member")
    german = client.get(url("network_people")).content.decode()
    english = client.get(url("network_people", language="en")).content.decode()
    assert "Deeskalation</span>" in german
    assert "De-escalation</span>" in english
    assert "Deeskalation</span>" not in english


def test_empty_result_says_so(client_as, people):
    html = search(client_as("member"), q="Zauberei").content.decode()
    assert "0 Personen gefunden." in html
    assert "Niemand passt zu Ihrer Suche." in html
    assert "Filter zurücksetzen" in html


def test_result_count_is_announced(client_as, people):
    html = search(client_as("member"), q="Innendienst").content.decode()
    assert '<p class="network-results__count" role="status">2 Personen gefunden.</p>' in html
    assert "<title>Netzwerk: 2 Personen gefunden – #sicherimDienst</title>" in html


def add_people(count, organisation, start=0):
    for number in range(start, start + count):
        factories.make_person(
            f"person{number}@example.org",
            first_name="Person",
            last_name=f"Nummer {number:03d}",
            organisation=organisation,
        )


def test_directory_paginates_and_keeps_the_filters(client_as, organisations):
    add_people(45, organisations["koeln"])
    client = client_as("member")
    first = client.get(url("network_people"), {"region": "koeln", "q": "Person"})
    assert len(first.context["page_obj"].object_list) == 20
    html = first.content.decode()
    assert "45 Personen gefunden." in html
    assert "Seite 1 von 3" in html
    assert 'href="?q=Person&amp;region=koeln&amp;page=2"' in html
    third = client.get(url("network_people"), {"region": "koeln", "q": "Person", "page": 3})
    assert names(third) == [f"Nummer {n:03d}" for n in range(40, 45)]
    beyond = client.get(url("network_people"), {"page": 99})
    assert beyond.status_code == 200
    assert beyond.context["page_obj"].number == 3


def count_queries(client, path, django_assert_max_num_queries):
    client.get(path)  # warm caches (site root, content types, permissions)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


# Queries per directory page: session and user, the intranet home for the
# breadcrumbs, page count and page, two prefetches, two localisations, the
# filter choices and five facet counts, plus the page's header and footer.
DIRECTORY_BUDGET = 35


def test_directory_queries_do_not_grow_with_people(
    client_as, organisations, snippets, django_assert_max_num_queries
):
    client = client_as("member")
    add_people(2, organisations["koeln"])
    for profile in Profile.objects.all():
        profile.target_groups.set([snippets["innendienst"]])
        profile.topics.set([snippets["deeskalation"]])
    path = url("network_people")
    few = count_queries(client, path, django_assert_max_num_queries)
    add_people(18, organisations["jobcenter"], start=2)
    for profile in Profile.objects.all():
        profile.target_groups.set([snippets["innendienst"], snippets["lehrkraefte"]])
    many = count_queries(client, path, django_assert_max_num_queries)
    assert many == few
    with django_assert_max_num_queries(DIRECTORY_BUDGET):
        client.get(path)


def test_organisation_page_queries_do_not_grow_with_people(
    client_as, organisations, django_assert_max_num_queries
):
    client = client_as("member")
    add_people(2, organisations["koeln"])
    path = url("network_organisation", organisations["koeln"].pk)
    few = count_queries(client, path, django_assert_max_num_queries)
    add_people(18, organisations["koeln"], start=2)
    assert count_queries(client, path, django_assert_max_num_queries) == few
