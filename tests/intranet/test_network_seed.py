"""The demo people of the member network (intranet/seeds/network.py)."""

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command

from intranet.models import Profile
from intranet.network.directory import listed_people

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *


@pytest.fixture(scope="module")
def photo_storage(tmp_path_factory):
    """A temporary private storage for the photos of the module's one seed."""
    storage = FileSystemStorage(location=tmp_path_factory.mktemp("private"), base_url=None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Profile._meta.get_field("photo"), "storage", storage)
        yield storage


@pytest.fixture(autouse=True)
def private_media(photo_storage):
    """Replaces the per-test storage of network_fixtures: the seeded photos
    are in the module's storage."""
    return photo_storage


@pytest.fixture(scope="module")
def seeded_demo(photo_storage, seeded_demo):
    """The module's one seed (tests/conftest.py), with its photos in
    photo_storage."""
    return seeded_demo


@pytest.fixture
def seeded(seeded_demo, db):
    """What a test changes is rolled back after it."""


def test_seed_creates_demo_people_in_every_region_with_photos(seeded, private_media):
    people = listed_people().exclude(user__email="mitglied@example.org")
    assert people.count() >= 12
    regions = set(people.values_list("organisation__region", flat=True))
    assert regions == {"duesseldorf", "koeln", "muenster", "detmold", "arnsberg"}
    assert all(p.user.email.endswith("@example.org") for p in people)
    assert not any(p.user.has_usable_password() for p in people)
    assert all(p.target_groups.exists() and p.topics.exists() for p in people)
    assert all(p.user.groups.filter(name="Mitglieder").exists() for p in people)
    # Seeding is the slow part: the demo member and the photos are checked
    # on the same seed.
    member = Profile.objects.get(user__email="mitglied@example.org")
    assert member.organisation.name == "Stadt Köln"
    assert member.user.check_password("demo-mitglied-passwort")
    with_photo = [p for p in Profile.objects.all() if p.photo]
    assert len(with_photo) >= 5
    for profile in with_photo:
        assert private_media.exists(profile.photo.name)


def test_demo_member_finds_a_colleague_by_expertise(client, seeded):
    client.post(
        "/accounts/login/",
        {"username": "mitglied@example.org", "password": "demo-mitglied-passwort"},
    )
    response = client.get(url("network_people"), {"q": "Deeskalation Empfang"})
    html = response.content.decode()
    assert "Sabine Kröger" in html
    assert "Peter Wiese" in html
    dashboard = client.get("/mitgliederbereich/").content.decode()
    assert "Willkommen, Mika Mitglied" in dashboard
    assert "Aylin Demir" in dashboard  # new in the region Köln


def test_seed_twice_keeps_the_people_and_their_changes(seeded):
    profile = Profile.objects.get(user__email="sabine.kroeger@example.org")
    profile.job_title = "Selbst geändert"
    profile.save()
    count = Profile.objects.count()
    call_command("seed_demo", "--force", verbosity=0)
    assert Profile.objects.count() == count
    profile.refresh_from_db()
    assert profile.job_title == "Selbst geändert"
