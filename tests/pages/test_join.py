"""The join form ("Beitrittserklärung") and the review of join requests."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client

from cms.models import Organisation
from intranet.models import Invitation
from pages import membership
from pages.models import JoinPage, JoinRequest, JoinRequestStatus, StandardPage
from pages.spam import sign_start_time
from tests import factories

GERMAN_PAGE_TEXTS = {
    "Mitglied werden": "Join the network",
    "mitglied-werden": "join",
    "Treten Sie bei.": "Join us.",
    "Wir melden uns bald.": "We will be in touch soon.",
    "Ihre Daten dienen nur dem Beitritt.": "Your details serve the join request only.",
}


@pytest.fixture
def join_page(home):
    return factories.add_page(
        home,
        JoinPage(
            title="Mitglied werden",
            slug="mitglied-werden",
            intro="Treten Sie bei.",
            success_text="Wir melden uns bald.",
            privacy_note="Ihre Daten dienen nur dem Beitritt.",
        ),
    )


@pytest.fixture
def join_page_en(join_page, home_en):
    return factories.translate_page(join_page, "en", GERMAN_PAGE_TEXTS)


def entries(**overrides):
    """A complete, valid join form as a person sends it after 10 seconds."""
    data = {
        "organisation_name": "Stadt Beispielhausen",
        "kind": "city",
        "region": "muenster",
        "city": "Beispielhausen",
        "website": "https://www.beispielhausen.example",
        "street": "Rathausplatz 1",
        "postal_code": "48000",
        "first_name": "Erika",
        "last_name": "Muster",
        "role": "Leiterin Personalamt",
        "email": "erika.muster@example.org",
        "phone": "0251 123456",
        "listed_publicly": "on",
        "privacy_consent": "on",
        "message": "Wir freuen uns auf den Austausch.",
        "form_started": sign_start_time(time.time() - 10),
        "reference": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def html_of(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return html_of(response).get_text(" ", strip=True)


# --- The form ---------------------------------------------------------------


def test_join_page_shows_the_form_with_autocomplete(client, join_page):
    soup = html_of(client.get(join_page.url))
    form = soup.select_one("form.join-form")
    assert form["method"] == "post"
    assert soup.select_one("#id_email")["autocomplete"] == "email"
    assert soup.select_one("#id_organisation_name")["autocomplete"] == "organization"
    assert soup.select_one("#id_postal_code")["autocomplete"] == "postal-code"
    assert soup.select_one("label[for=id_email]").get_text(strip=True) == "E-Mail-Adresse"
    assert soup.select_one("#id_website")["aria-describedby"] == "id_website_helptext"


def test_join_page_hides_the_honeypot_from_people_and_assistive_tech(client, join_page):
    soup = html_of(client.get(join_page.url))
    trap = soup.select_one("#id_reference").parent
    assert trap["aria-hidden"] == "true"
    assert "form-trap" in trap["class"]
    assert soup.select_one("#id_reference")["tabindex"] == "-1"


def test_join_page_sets_no_cookie_but_csrf(client, join_page):
    response = client.get(join_page.url)
    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}


def test_empty_join_form_shows_german_errors(client, join_page):
    response = client.post(join_page.url, {"form_started": sign_start_time(time.time() - 10)})
    assert response.status_code == 200
    soup = html_of(response)
    summary = soup.select_one(".error-summary")
    assert "Dieses Feld muss ausgefüllt werden." in summary.get_text()
    assert summary.select_one("a[href='#id_organisation_name']")
    field = soup.select_one("#id_organisation_name")
    assert field["aria-invalid"] == "true"
    assert "id_organisation_name_error" in field["aria-describedby"].split()
    assert (
        soup.select_one("#id_organisation_name_error")
        .get_text(strip=True)
        .endswith("Dieses Feld muss ausgefüllt werden.")
    )
    assert soup.title.get_text().startswith("Fehler")
    assert not JoinRequest.objects.exists()


def test_join_form_reports_an_invalid_email_in_german(client, join_page):
    response = client.post(join_page.url, entries(email="erika.example.org"))
    assert "Bitte gültige E-Mail-Adresse eingeben." in text_of(response)
    assert not JoinRequest.objects.exists()


def test_join_form_requires_privacy_consent(client, join_page):
    response = client.post(join_page.url, entries(privacy_consent=None))
    assert "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu" in text_of(response)
    assert not JoinRequest.objects.exists()


def test_english_join_form_shows_english_errors(client, join_page_en):
    response = client.post(join_page_en.url, {"form_started": sign_start_time(time.time() - 10)})
    assert response.status_code == 200
    assert "This field is required." in text_of(response)
    assert "Dieses Feld" not in text_of(response)


def test_join_form_with_filled_honeypot_is_rejected(client, join_page):
    response = client.post(join_page.url, entries(reference="http://spam.example"))
    assert response.status_code == 200
    assert "konnten nicht gesendet werden" in text_of(response)
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_join_form_sent_too_fast_is_rejected(client, join_page):
    response = client.post(join_page.url, entries(form_started=sign_start_time()))
    assert "zu schnell" in text_of(response)
    assert not JoinRequest.objects.exists()


def test_join_form_open_for_more_than_a_day_is_rejected(client, join_page):
    response = client.post(
        join_page.url, entries(form_started=sign_start_time(time.time() - 2 * 24 * 3600))
    )
    assert "zu lange" in text_of(response)
    assert not JoinRequest.objects.exists()


def test_join_form_with_forged_start_time_is_rejected(client, join_page):
    response = client.post(join_page.url, entries(form_started="1700000000.0"))
    assert response.status_code == 200
    assert not JoinRequest.objects.exists()


def test_join_form_names_a_listed_member_as_duplicate(client, join_page):
    Organisation.objects.create(
        name="Stadt Beispielhausen", kind="city", region="muenster", listed_publicly=True
    )
    response = client.post(join_page.url, entries(organisation_name="stadt  beispielhausen"))
    assert "ist bereits Mitglied im Netzwerk" in text_of(response)
    assert not JoinRequest.objects.exists()


def test_join_form_accepts_the_name_of_an_unlisted_member(client, join_page):
    # Reporting it would reveal a member that did not want to be listed; the
    # coordination office sees the duplicate instead.
    Organisation.objects.create(
        name="Stadt Beispielhausen", kind="city", region="muenster", listed_publicly=False
    )
    response = client.post(join_page.url, entries())
    assert response.status_code == 302
    join_request = JoinRequest.objects.get()
    assert membership.possible_duplicates(join_request)["organisations"]


# --- A successful request ---------------------------------------------------


def test_join_form_stores_the_request_and_redirects(client, join_page):
    response = client.post(join_page.url, entries())
    assert response.status_code == 302
    assert response["Location"] == "/mitglied-werden/danke/"
    join_request = JoinRequest.objects.get()
    assert join_request.organisation_name == "Stadt Beispielhausen"
    assert join_request.region == "muenster"
    assert join_request.street == "Rathausplatz 1"
    assert join_request.email == "erika.muster@example.org"
    assert join_request.listed_publicly is True
    assert join_request.privacy_consent is True
    assert join_request.language == "de"
    assert join_request.status == JoinRequestStatus.NEW
    success = client.get(response["Location"])
    assert success.status_code == 200
    assert "Wir melden uns bald." in text_of(success)


def test_join_request_mails_a_german_confirmation(client, join_page):
    client.post(join_page.url, entries())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["erika.muster@example.org"]
    assert message.subject == "Ihre Beitrittserklärung bei #sicherimDienst"
    assert message.body.startswith("Hallo Erika Muster,")
    assert "Stadt Beispielhausen" in message.body


def test_english_join_request_is_stored_and_confirmed_in_english(client, join_page_en):
    response = client.post(join_page_en.url, entries())
    assert response["Location"] == "/en/join/thanks/"
    assert JoinRequest.objects.get().language == "en"
    assert mail.outbox[0].subject == "Your request to join #sicherimDienst"
    assert mail.outbox[0].body.startswith("Hello Erika Muster,")
    assert "We will be in touch soon." in text_of(client.get(response["Location"]))


def test_join_request_notifies_the_coordination_office_when_configured(
    client, join_page, settings
):
    settings.JOIN_REQUEST_NOTIFY_EMAILS = ["koordination@example.org"]
    client.post(join_page.url, entries())
    notification = next(m for m in mail.outbox if m.to == ["koordination@example.org"])
    join_request = JoinRequest.objects.get()
    assert notification.subject == "Neue Beitrittserklärung: Stadt Beispielhausen"
    assert f"/admin/join_requests/inspect/{join_request.pk}/" in notification.body
    confirmation = next(m for m in mail.outbox if m.to == ["erika.muster@example.org"])
    assert confirmation.reply_to == ["koordination@example.org"]


def test_join_request_notifies_nobody_by_default(client, join_page, settings):
    settings.JOIN_REQUEST_NOTIFY_EMAILS = []
    client.post(join_page.url, entries())
    assert [m.to for m in mail.outbox] == [["erika.muster@example.org"]]


def test_join_form_links_the_privacy_statement(client, home, join_page):
    privacy = factories.make_standard_page(home, title="Datenschutz", slug="datenschutz")
    join_page.privacy_page = privacy
    factories.publish(join_page)
    soup = html_of(client.get(join_page.url))
    help_text = soup.select_one("#id_privacy_consent_helptext")
    assert help_text.a["href"] == "/datenschutz/"
    assert (
        "id_privacy_consent_helptext" in soup.select_one("#id_privacy_consent")["aria-describedby"]
    )


def test_join_form_is_rate_limited_per_address(client, join_page):
    for _attempt in range(10):
        assert client.post(join_page.url, {"organisation_name": "x"}).status_code == 200
    response = client.post(join_page.url, entries())
    assert response.status_code == 429
    assert "Zu viele Versuche" in text_of(response)
    assert html_of(response).select_one("#id_organisation_name")["value"] == "Stadt Beispielhausen"
    assert not JoinRequest.objects.exists()


# --- Review in the admin ----------------------------------------------------

REVIEW_GROUP_PERMISSIONS = [("wagtailadmin", "access_admin"), ("pages", "review_joinrequest")]


@pytest.fixture
def coordinator(db):
    group = Group.objects.get_or_create(name="Koordinierungsstelle")[0]
    for app_label, codename in REVIEW_GROUP_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return factories.make_user("koordination@example.org", groups=["Koordinierungsstelle"])


@pytest.fixture
def join_request(db):
    return JoinRequest.objects.create(
        organisation_name="Kreis Beispielland",
        kind="district",
        region="arnsberg",
        city="Beispielstadt",
        website="https://www.kreis-beispielland.example",
        street="Kreishausstraße 1",
        postal_code="59000",
        first_name="Tom",
        last_name="Thelen",
        role="Safety officer",
        email="tom.thelen@example.org",
        phone="02931 555",
        listed_publicly=True,
        privacy_consent=True,
        message="Looking forward to it.",
        language="en",
    )


def admin_url(name, join_request=None):
    from django.urls import reverse

    args = [join_request.pk] if join_request else []
    return reverse(f"{membership.ADMIN_URL_NAMESPACE}:{name}", args=args)


def test_coordination_office_sees_the_join_requests(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.get(admin_url("index"))
    assert response.status_code == 200
    assert "Kreis Beispielland" in response.content.decode()


def test_join_request_list_filters_by_status(client, coordinator, join_request):
    JoinRequest.objects.create(
        organisation_name="Stadt Abgelehnt",
        kind="city",
        region="koeln",
        city="Abgelehnt",
        street="Weg 1",
        postal_code="50000",
        first_name="A",
        last_name="B",
        role="C",
        email="a@example.org",
        status=JoinRequestStatus.REJECTED,
    )
    client.force_login(coordinator)
    html = client.get(admin_url("index") + "?status=new").content.decode()
    assert "Kreis Beispielland" in html
    assert "Stadt Abgelehnt" not in html


def test_join_request_detail_shows_all_data(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.get(admin_url("inspect", join_request))
    assert response.status_code == 200
    html = response.content.decode()
    for value in ("tom.thelen@example.org", "Kreishausstraße 1", "02931 555", "Safety officer"):
        assert value in html
    assert admin_url("approve", join_request) in html
    assert admin_url("reject", join_request) in html


def test_approval_asks_for_confirmation_first(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.get(admin_url("approve", join_request))
    assert response.status_code == 200
    assert not Organisation.objects.exists()


def test_approval_creates_the_organisation_once(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.post(admin_url("approve", join_request))
    assert response.status_code == 302
    client.post(admin_url("approve", join_request))
    organisation = Organisation.objects.get()
    assert organisation.name == "Kreis Beispielland"
    assert organisation.kind == "district"
    assert organisation.region == "arnsberg"
    assert organisation.city == "Beispielstadt"
    assert organisation.listed_publicly is True
    assert organisation.joined_on is not None
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.APPROVED
    assert join_request.organisation == organisation
    assert join_request.reviewed_by == coordinator
    assert join_request.reviewed_at is not None


def test_approve_twice_returns_the_same_organisation(coordinator, join_request):
    first = membership.approve(join_request, coordinator)
    second = membership.approve(join_request, coordinator)
    assert first == second
    assert Organisation.objects.count() == 1


def test_approval_invites_the_contact_person(
    client, coordinator, join_request, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url("approve", join_request))
    invitation = Invitation.objects.get()
    assert invitation.email == "tom.thelen@example.org"
    assert invitation.organisation == Organisation.objects.get()
    assert invitation.role == "contact_person"
    assert invitation.join_request == join_request
    assert invitation.created_by == coordinator
    [message] = mail.outbox
    assert message.to == ["tom.thelen@example.org"]
    assert message.body.startswith("Hello Tom Thelen,")
    link = re.search(r"https?://\S+(/en/accounts/invitation/\S+/)", message.body).group(1)
    assert Client().get(link).status_code == 200


def test_approving_twice_sends_one_invitation(
    coordinator, join_request, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership.approve(join_request, coordinator)
        membership.approve(join_request, coordinator)
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_approval_keeps_an_unlisted_request_unlisted(coordinator, join_request):
    join_request.listed_publicly = False
    join_request.save()
    assert membership.approve(join_request, coordinator).listed_publicly is False


def test_approval_refuses_a_name_that_exists(client, coordinator, join_request):
    Organisation.objects.create(name="kreis beispielland", kind="district", region="arnsberg")
    client.force_login(coordinator)
    client.post(admin_url("approve", join_request))
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.NEW
    assert Organisation.objects.count() == 1


def test_rejection_needs_a_reason(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.post(admin_url("reject", join_request), {"reason": "  "})
    assert response.status_code == 200
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.NEW
    assert mail.outbox == []


def test_rejection_mails_the_reason_in_the_requests_language(client, coordinator, join_request):
    client.force_login(coordinator)
    response = client.post(
        admin_url("reject", join_request), {"reason": "Only public bodies in NRW can join."}
    )
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.REJECTED
    assert join_request.rejection_reason == "Only public bodies in NRW can join."
    assert join_request.reviewed_by == coordinator
    assert not Organisation.objects.exists()
    [message] = mail.outbox
    assert message.to == ["tom.thelen@example.org"]
    assert message.subject == "Your request to join #sicherimDienst"
    assert "Only public bodies in NRW can join." in message.body
    assert message.body.startswith("Hello Tom Thelen,")


def test_rejection_in_german_for_a_german_request(coordinator, join_request):
    join_request.language = "de"
    join_request.save()
    membership.reject(join_request, coordinator, "Kein Sitz in NRW.")
    assert mail.outbox[0].body.startswith("Hallo Tom Thelen,")


def test_reviewed_request_cannot_be_rejected_after_approval(client, coordinator, join_request):
    membership.approve(join_request, coordinator)
    client.force_login(coordinator)
    client.post(admin_url("reject", join_request), {"reason": "Zu spät."})
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.APPROVED
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["approve", "reject"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_editor_without_review_permission_gets_403(client, editor, join_request, action, method):
    client.force_login(editor)
    response = getattr(client, method)(admin_url(action, join_request), {"reason": "Nein."})
    assert response.status_code == 403
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.NEW
    assert not Organisation.objects.exists()


def test_editor_without_review_permission_does_not_see_the_list(client, editor, join_request):
    client.force_login(editor)
    response = client.get(admin_url("index"))
    assert response.status_code == 302
    assert "Kreis Beispielland" not in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("name", ["index", "inspect", "approve", "reject"])
def test_anonymous_is_sent_to_the_login(client, join_request, name):
    url = admin_url(name, None if name == "index" else join_request)
    response = client.post(url) if name in ("approve", "reject") else client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Organisation.objects.exists()


def test_privacy_page_is_optional(client, home, join_page):
    assert join_page.privacy_page is None
    assert not StandardPage.objects.exists()
    assert client.get(join_page.url).status_code == 200
