"""Fixtures of the member network tests (tests/intranet/test_network_*.py,
test_dashboard.py): organisations, snippets in two languages, people,
photos in a temporary private storage."""

import io

import pytest
from django.core.files.storage import FileSystemStorage
from PIL import Image

from intranet.models import Profile
from pages.models import TargetGroup, Topic
from tests import factories

# Test modules import these with `from ... import *`: pytest finds fixtures
# by name in the module, and ruff does not see the fixture arguments as
# redefinitions.
__all__ = [
    "coordinator",
    "colleague",
    "give_photo",
    "image_bytes",
    "member_profile",
    "organisations",
    "outsider",
    "private_media",
    "snippets",
    "url",
]


@pytest.fixture(autouse=True)
def private_media(tmp_path, monkeypatch):
    """Photos go to a temporary directory instead of PRIVATE_MEDIA_ROOT.

    Autouse in every module that imports it, so it is in place before any
    profile exists: a profile's photo keeps the storage it was created with.
    """
    storage = FileSystemStorage(location=tmp_path / "private", base_url=None)
    monkeypatch.setattr(Profile._meta.get_field("photo"), "storage", storage)
    return storage


def translated_snippet(model, german, english, slug, **fields):
    item = model.objects.create(
        locale=factories.get_locale("de"), name=german, slug=slug, **fields
    )
    translation = item.copy_for_translation(factories.get_locale("en"))
    translation.name = english
    translation.save()
    return item


@pytest.fixture
def snippets(db):
    """Two target groups and two topics, German with English translations."""
    return {
        "innendienst": translated_snippet(
            TargetGroup, "Innendienst mit Publikumsverkehr", "Office staff", "innendienst"
        ),
        "lehrkraefte": translated_snippet(TargetGroup, "Lehrkräfte", "Teachers", "lehrkraefte"),
        "deeskalation": translated_snippet(Topic, "Deeskalation", "De-escalation", "deeskalation"),
        "nachsorge": translated_snippet(Topic, "Nachsorge", "Aftercare", "nachsorge"),
    }


@pytest.fixture
def organisations(db):
    return {
        "koeln": factories.make_organisation(
            "Stadt Köln",
            kind="city",
            region="koeln",
            street="Willy-Brandt-Platz 2",
            postcode="50679",
            city="Köln",
            website="https://www.stadt-koeln.example",
            listed_publicly=True,
        ),
        "jobcenter": factories.make_organisation(
            "Jobcenter Dortmund", kind="job_centre", region="arnsberg", city="Dortmund"
        ),
        "polizei": factories.make_organisation(
            "Polizeipräsidium Bielefeld", kind="police", region="detmold", city="Bielefeld"
        ),
    }


@pytest.fixture
def colleague(organisations, snippets):
    """A person in the directory, in another organisation than the member."""
    return factories.make_person(
        "petra.schulz@example.org",
        first_name="Petra",
        last_name="Schulz",
        organisation=organisations["jobcenter"],
        role="multiplier",
        job_title="Teamleiterin Eingangszone",
        expertise="Deeskalationstraining für die Beschäftigten am Empfang im Jobcenter.",
        phone="+49 231 555010",
        target_groups=[snippets["innendienst"]],
        topics=[snippets["deeskalation"]],
    )


@pytest.fixture
def member_profile(member, organisations):
    """The `member` fixture's own profile, in Köln."""
    member.first_name, member.last_name = "Mika", "Mitglied"
    member.save()
    return Profile.objects.create(user=member, organisation=organisations["koeln"])


@pytest.fixture
def outsider(db):
    """Logged in, but not a member of the network."""
    return factories.make_user("extern@example.org")


@pytest.fixture
def coordinator(db):
    return factories.make_coordinator()


def image_bytes(image_format="PNG", size=(1200, 900), colour=(0, 75, 135), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def give_photo(profile, storage, content=None, name="foto.png"):
    """Store a photo for `profile` as the profile form does."""
    from django.core.files.base import ContentFile

    profile.photo.save(name, ContentFile(content or image_bytes()), save=True)
    return profile


def url(name, *args, language="de"):
    """reverse() in a fixed language: a request before may have left
    another one active."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse(name, args=args)
