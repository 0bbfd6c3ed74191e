"""Members edit their own profile: names, expertise, contact details, photo
and who sees what. Nobody reaches another person's profile from here."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from intranet.models import Profile
from tests import factories

# Fixtures and helpers of the network tests.
from tests.intranet.network_fixtures import *


def valid_data(**changes):
    data = {
        "first_name": "Mika",
        "last_name": "Mitglied",
        "role": "multiplier",
        "job_title": "Sachgebietsleitung Ordnungsamt",
        "expertise": "Schulungen zu Deeskalation im Außendienst.",
        "phone": "+49 221 2210",
        "email_visibility": "members",
        "phone_visibility": "organisation",
        "photo_visibility": "private",
    }
    data.update(changes)
    return data


def post(client, data, language="de"):
    return client.post(url("network_profile_edit", language=language), data)


def upload(content, name="foto.png", content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_picture(profile):
    profile.refresh_from_db()
    with profile.photo.open("rb") as file:
        data = file.read()
    return data, Image.open(io.BytesIO(data))


def test_member_without_profile_gets_an_empty_form(client_as, member):
    response = client_as("member").get(url("network_profile_edit"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Mein Profil</h1>" in html
    assert "noch nicht zugeordnet" in html
    assert not Profile.objects.filter(user=member).exists()


def test_saving_creates_the_profile_and_changes_the_name(client_as, member, snippets):
    data = valid_data(
        first_name="Mika-Luisa",
        target_groups=[snippets["innendienst"].pk],
        topics=[snippets["deeskalation"].pk, snippets["nachsorge"].pk],
    )
    response = post(client_as("member"), data)
    assert response.status_code == 302
    assert response["Location"] == url("network_profile_edit")
    profile = Profile.objects.get(user=member)
    member.refresh_from_db()
    assert member.get_full_name() == "Mika-Luisa Mitglied"
    assert profile.role == "multiplier"
    assert profile.job_title == "Sachgebietsleitung Ordnungsamt"
    assert profile.phone_visibility == "organisation"
    assert profile.photo_visibility == "private"
    assert list(profile.target_groups.all()) == [snippets["innendienst"]]
    assert set(profile.topics.all()) == {snippets["deeskalation"], snippets["nachsorge"]}


def test_saving_says_so(client_as, member):
    response = client_as("member").post(url("network_profile_edit"), valid_data(), follow=True)
    assert "Ihr Profil wurde gespeichert." in response.content.decode()


def test_form_shows_the_saved_choices(client_as, member_profile, snippets):
    member_profile.topics.set([snippets["nachsorge"]])
    html = client_as("member").get(url("network_profile_edit")).content.decode()
    pk = snippets["nachsorge"].pk
    assert f'name="topics" value="{pk}" id="id_topics_1" checked>' in html


def test_english_form_offers_english_names_and_stores_the_german_snippets(
    client_as, member_profile, snippets
):
    client = client_as("member")
    html = client.get(url("network_profile_edit", language="en")).content.decode()
    assert "Office staff" in html
    assert "Innendienst mit Publikumsverkehr" not in html
    english = snippets["innendienst"].get_translation(factories.get_locale("en"))
    response = post(client, valid_data(target_groups=[english.pk]), language="en")
    assert response.status_code == 302
    assert list(member_profile.target_groups.all()) == [snippets["innendienst"]]


def test_members_cannot_change_their_organisation(client_as, member_profile, organisations):
    data = valid_data(organisation=organisations["polizei"].pk)
    assert post(client_as("member"), data).status_code == 302
    member_profile.refresh_from_db()
    assert member_profile.organisation == organisations["koeln"]


def test_nobody_edits_another_profile_by_sending_its_id(client_as, member_profile, colleague):
    data = valid_data(user=colleague.user.pk, id=colleague.pk, pk=colleague.pk)
    assert post(client_as("member"), data).status_code == 302
    colleague.refresh_from_db()
    colleague.user.refresh_from_db()
    assert colleague.job_title == "Teamleiterin Eingangszone"
    assert colleague.user.first_name == "Petra"
    member_profile.refresh_from_db()
    assert member_profile.job_title == "Sachgebietsleitung Ordnungsamt"


def test_members_cannot_take_the_coordination_role(client_as, member_profile):
    client = client_as("member")
    assert 'value="coordination"' not in client.get(url("network_profile_edit")).content.decode()
    response = post(client, valid_data(role="coordination"))
    assert response.status_code == 200
    member_profile.refresh_from_db()
    assert member_profile.role == "contact_person"


def test_coordinators_keep_their_role(client, coordinator):
    client.force_login(coordinator)
    html = client.get(url("network_profile_edit")).content.decode()
    assert 'value="coordination"' in html
    assert post(client, valid_data(role="coordination")).status_code == 302
    assert Profile.objects.get(user=coordinator).role == "coordination"


def test_invalid_form_explains_the_errors_in_german(client_as, member):
    data = valid_data(first_name="", email_visibility="everyone", phone="1" * 41)
    response = post(client_as("member"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Fehler: Mein Profil – #sicherimDienst</title>" in html
    assert "Bitte prüfen Sie Ihre Angaben" in html
    assert '<a href="#id_first_name">Vorname: Dieses Feld muss ausgefüllt werden.</a>' in html
    assert 'href="#id_email_visibility_0">Wer sieht meine E-Mail-Adresse: ' in html
    assert "Bitte eine gültige Auswahl treffen." in html
    assert "höchstens 40 Zeichen" in html
    assert 'aria-invalid="true"' in html
    assert not Profile.objects.filter(user=member).exists()


def test_visibility_choices_are_grouped_with_a_legend(client_as, member):
    html = client_as("member").get(url("network_profile_edit")).content.decode()
    assert "<legend>Wer sieht meine Telefonnummer</legend>" in html
    assert "Nur ich und die Koordinierungsstelle" in html


# --- Photo ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image_format", "name", "mime"),
    [
        ("PNG", "foto.png", "image/png"),
        ("JPEG", "foto.jpg", "image/jpeg"),
        ("WEBP", "f.webp", "image/webp"),
    ],
)
def test_photo_upload_is_stored_reduced_to_800_pixels(
    client_as, member_profile, image_format, name, mime
):
    content = image_bytes(image_format, size=(2000, 1000))
    data = valid_data(photo=upload(content, name, mime))
    assert post(client_as("member"), data).status_code == 302
    _data, picture = stored_picture(member_profile)
    assert picture.format == image_format
    assert picture.size == (800, 400)
    assert member_profile.photo.name.startswith("member-photos/")


def test_photo_upload_removes_exif_metadata(client_as, member_profile):
    exif = Image.Exif()
    exif[0x010F] = "Testkamera GmbH"  # Make
    exif[0x0132] = "2026:01:02 03:04:05"  # DateTime
    content = image_bytes("JPEG", size=(600, 400), exif=exif.tobytes())
    assert b"Testkamera" in content
    data = valid_data(photo=upload(content, "foto.jpg", "image/jpeg"))
    assert post(client_as("member"), data).status_code == 302
    stored, picture = stored_picture(member_profile)
    assert b"Testkamera" not in stored
    assert dict(picture.getexif()) == {}


def test_photo_upload_keeps_the_orientation_the_camera_meant(client_as, member_profile):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    content = image_bytes("JPEG", size=(600, 400), exif=exif.tobytes())
    assert post(client_as("member"), valid_data(photo=upload(content, "f.jpg"))).status_code == 302
    _stored, picture = stored_picture(member_profile)
    assert picture.size == (400, 600)


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"Das ist kein Bild, nur Text.", "foto.jpg"),
        (b"<script>alert(1)</script>", "foto.png"),
        (b"\x89PNG\r\n\x1a\n" + b"kaputt" * 50, "foto.png"),
        (image_bytes("GIF", size=(50, 50)), "foto.gif"),
        (image_bytes("BMP", size=(50, 50)), "foto.bmp"),
    ],
    ids=["text", "html", "broken png", "gif", "bmp"],
)
def test_photo_that_is_not_a_jpeg_png_or_webp_is_refused(client_as, member_profile, content, name):
    response = post(client_as("member"), valid_data(photo=upload(content, name)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die Datei ist kein Foto im Format JPEG, PNG oder WebP." in html
    member_profile.refresh_from_db()
    assert not member_profile.photo


def test_photo_larger_than_5_mb_is_refused(client_as, member_profile):
    content = image_bytes("PNG", size=(10, 10)) + b"\0" * (5 * 1024 * 1024)
    response = post(client_as("member"), valid_data(photo=upload(content)))
    assert response.status_code == 200
    assert "Das Foto ist größer als 5 MB." in response.content.decode()
    member_profile.refresh_from_db()
    assert not member_profile.photo


def test_remove_photo_deletes_the_file(client_as, member_profile, private_media):
    give_photo(member_profile, private_media)
    name = member_profile.photo.name
    client = client_as("member")
    assert "Mein Foto entfernen" in client.get(url("network_profile_edit")).content.decode()
    assert post(client, valid_data(remove_photo="on")).status_code == 302
    member_profile.refresh_from_db()
    assert not member_profile.photo
    assert not private_media.exists(name)


def test_new_photo_replaces_the_old_file(client_as, member_profile, private_media):
    give_photo(member_profile, private_media)
    old = member_profile.photo.name
    data = valid_data(photo=upload(image_bytes("PNG", colour=(200, 0, 0))))
    assert post(client_as("member"), data).status_code == 302
    member_profile.refresh_from_db()
    assert member_profile.photo.name != old
    assert not private_media.exists(old)
    assert private_media.exists(member_profile.photo.name)


def test_form_shows_the_current_photo_through_the_checked_view(
    client_as, member_profile, private_media
):
    give_photo(member_profile, private_media)
    html = client_as("member").get(url("network_profile_edit")).content.decode()
    assert f'src="{url("network_person_photo", member_profile.pk)}?v=' in html
    assert 'accept="image/jpeg,image/png,image/webp"' in html
