"""The issue's "done when", on the seeded site, through the real views:
the coordination office (with 2FA) invites a person, who sets a password,
logs in, finds colleagues in the directory and downloads their own data."""

import io
import json
import re
import time
import zipfile

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP

from cms.models import Organisation
from intranet.models import IntranetHomePage, Invitation, Profile
from tests import factories

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Wartebereich-mit-zweitem-Ausgang"


def current_code(device):
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def log_in(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


def test_invited_person_joins_finds_colleagues_and_downloads_their_data(
    django_capture_on_commit_callbacks,
):
    call_command("seed_demo", force=True, stdout=io.StringIO())

    # The coordination office logs in; the admin asks for the second factor.
    office = Client()
    log_in(office, "koordination@example.org", "demo-koordination-passwort")
    assert office.get("/admin/")["Location"].startswith(reverse("security_setup"))
    coordinator = Profile._meta.get_field("user").related_model.objects.get(
        email="koordination@example.org"
    )
    device = factories.confirmed_totp_device(coordinator)
    office = Client()
    response = log_in(office, "koordination@example.org", "demo-koordination-passwort")
    assert response["Location"].startswith(reverse("login_verify"))
    office.post(reverse("login_verify"), {"code": current_code(device)})
    assert office.get("/admin/").status_code == 200

    # It invites a contact person of a seeded organisation.
    organisation = Organisation.objects.get(name="Jobcenter Duisburg")
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(
            reverse("invitations:add"),
            {
                "email": "neu.im.netzwerk@example.org",
                "first_name": "Jana",
                "last_name": "Neumann",
                "organisation": organisation.pk,
                "role": "contact_person",
                "language": "de",
            },
        )
    assert response.status_code == 302
    assert Invitation.objects.filter(email="neu.im.netzwerk@example.org").count() == 1
    (invitation_mail,) = [m for m in mail.outbox if "neu.im.netzwerk@example.org" in m.to]
    link = re.search(r"https?://[^/\s]+(/accounts/invitation/[^\s]+/)", invitation_mail.body)[1]

    # The invited person sets a password and lands in the intranet.
    person = Client()
    assert person.get(link).status_code == 200
    response = person.post(
        link,
        {
            "first_name": "Jana",
            "last_name": "Neumann",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    intranet = IntranetHomePage.objects.get(locale__language_code="de")
    assert response["Location"] == intranet.url
    assert "Willkommen, Jana Neumann" in person.get(intranet.url).content.decode()
    # The link works once.
    assert Client().get(link).status_code == 410

    # Later she logs in with her password alone: members need no 2FA.
    person = Client()
    response = log_in(person, "neu.im.netzwerk@example.org", NEW_PASSWORD)
    assert response.status_code == 302
    assert person.get(intranet.url).status_code == 200

    # She finds a colleague by expertise and region.
    response = person.get(
        reverse("network_people"), {"q": "Deeskalation", "region": "duesseldorf"}
    )
    html = response.content.decode()
    assert "Sabine Kröger" in html
    assert "Peter Wiese" not in html  # de-escalation too, but in Detmold

    # And downloads her own data.
    response = person.post(reverse("data_export"))
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("data.json"))
    text = json.dumps(data, ensure_ascii=False)
    assert "neu.im.netzwerk@example.org" in text
    assert "Jobcenter Duisburg" in text
    assert "koordination@example.org" not in text
