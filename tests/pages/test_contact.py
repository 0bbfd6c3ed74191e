"""The contact form and the barrier report form of the accessibility statement."""

import datetime
import io
import smtplib
import time

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from pages.spam import sign_start_time
from tests import factories


class FailingEmailBackend(BaseEmailBackend):
    """An SMTP server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


@pytest.fixture
def privacy_page(home):
    return factories.make_standard_page(home, title="Datenschutzerklärung", slug="datenschutz")


@pytest.fixture
def contact_page(home, privacy_page):
    return factories.make_contact_page(
        home,
        to_address="kontakt@example.org",
        privacy_page=privacy_page,
        thank_you_text="<p>Wir melden uns bald.</p>",
    )


@pytest.fixture
def contact_page_en(home_en, contact_page):
    return factories.translate_page(
        contact_page,
        "en",
        {
            "Kontakt": "Contact",
            "kontakt": "contact",
            "Wir melden uns bald.": "We will reply soon.",
        },
    )


@pytest.fixture
def statement(home, privacy_page):
    return factories.make_accessibility_statement(
        home, to_address="barrieren@example.org", privacy_page=privacy_page
    )


def contact_data(**changes):
    """A complete contact form as a person sends it, ten seconds after opening it."""
    data = {
        "name": "Erika Beispiel",
        "email": "erika@example.org",
        "organisation": "Stadt Beispielstadt",
        "subject": "Schulung für unser Bürgerbüro",
        "message": "Bieten Sie auch Deeskalationstrainings vor Ort an?",
        "privacy_consent": "on",
        "reference": "",
        "form_started": sign_start_time(time.time() - 10),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def report_data(**changes):
    data = {
        "page_url": "https://sicherimdienst.example/presse/",
        "description": "Die Tabelle hat keine Spaltenüberschriften.",
        "email": "",
        "reference": "",
        "form_started": sign_start_time(time.time() - 10),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


# --- contact form -------------------------------------------------------------


def test_contact_form_shows_german_errors_with_a_linked_summary(client, contact_page):
    response = client.post(contact_page.url, contact_data(name="", email="keine-adresse"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fehler:" in html
    assert "Es gibt ein Problem" in html
    assert '<a href="#id_name">Bitte geben Sie Ihren Namen ein.</a>' in html
    assert "Bitte geben Sie eine E-Mail-Adresse im Format name@example.org ein." in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_name_error"' in html
    assert 'id="id_name_error"' in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_contact_form_shows_english_errors_on_the_english_page(client, contact_page_en):
    response = client.post(contact_page_en.url, contact_data(message="", privacy_consent=None))

    html = response.content.decode()
    assert contact_page_en.url.startswith("/en/")
    assert "There is a problem" in html
    assert '<a href="#id_message">Enter your message.</a>' in html
    assert "Agree to the processing of your details, or we cannot answer you." in html


def test_contact_form_keeps_the_entries_after_an_error(client, contact_page):
    response = client.post(contact_page.url, contact_data(subject=""))

    assert 'value="Erika Beispiel"' in response.content.decode()


@pytest.mark.parametrize(
    "spam",
    [
        lambda: {"reference": "https://spam.example"},
        lambda: {"form_started": sign_start_time()},
        lambda: {"form_started": "forged"},
    ],
    ids=["honeypot", "too-fast", "forged-start-time"],
)
def test_contact_form_rejects_spam(client, contact_page, spam):
    # The changes are made at run time: "too fast" means sent just now.
    response = client.post(contact_page.url, contact_data(**spam()))

    assert response.status_code == 200
    assert "Es gibt ein Problem" in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_contact_form_stores_and_mails_the_message_then_thanks(client, contact_page):
    response = client.post(contact_page.url, contact_data())

    assert response.status_code == 302
    assert response["Location"] == f"{contact_page.url}?sent=1"
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data == {
        "name": "Erika Beispiel",
        "email": "erika@example.org",
        "organisation": "Stadt Beispielstadt",
        "subject": "Schulung für unser Bürgerbüro",
        "message": "Bieten Sie auch Deeskalationstrainings vor Ort an?",
        "privacy_consent": True,
    }
    [message] = mail.outbox
    assert message.to == ["kontakt@example.org"]
    assert message.reply_to == ["erika@example.org"]
    assert message.subject == "Kontaktformular: Schulung für unser Bürgerbüro"
    assert "Bieten Sie auch Deeskalationstrainings vor Ort an?" in message.body
    assert "Stadt Beispielstadt" in message.body
    thanks = client.get(response["Location"])
    assert "Vielen Dank für Ihre Nachricht" in thanks.content.decode()
    assert "Wir melden uns bald." in thanks.content.decode()


def test_contact_form_stores_nothing_when_the_mail_cannot_be_sent(client, contact_page, settings):
    settings.EMAIL_BACKEND = "tests.pages.test_contact.FailingEmailBackend"

    response = client.post(contact_page.url, contact_data())

    assert response.status_code == 200
    assert "technischen Problems" in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_contact_form_is_rate_limited_with_a_friendly_page(client, contact_page):
    for _attempt in range(20):
        client.post(contact_page.url, contact_data(message=""))

    response = client.post(contact_page.url, contact_data())

    html = response.content.decode()
    assert response.status_code == 429
    assert "mehrmals kurz hintereinander gesendet" in html
    assert 'value="Erika Beispiel"' in html
    assert FormSubmission.objects.count() == 0


def test_contact_form_marks_autocomplete_and_links_the_privacy_statement(client, contact_page):
    html = client.get(contact_page.url).content.decode()

    assert 'autocomplete="name"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="organization"' in html
    assert '<a href="/datenschutz/">Datenschutzerklärung</a>' in html


def test_old_contact_messages_are_deleted(contact_page):
    old = FormSubmission.objects.create(page=contact_page, form_data={"name": "Alt"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=181)
    )
    recent = FormSubmission.objects.create(page=contact_page, form_data={"name": "Neu"})

    call_command("delete_old_form_submissions", stdout=io.StringIO())

    assert list(FormSubmission.objects.all()) == [recent]


def test_the_scheduler_deletes_old_contact_messages_daily(contact_page):
    old = FormSubmission.objects.create(page=contact_page, form_data={"name": "Alt"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=181)
    )

    call_command("run_scheduler", "--once")

    assert not FormSubmission.objects.exists()


# --- barrier report form ------------------------------------------------------


def test_barrier_report_is_stored_and_mailed(client, statement):
    response = client.post(statement.url, report_data())

    assert response.status_code == 302
    submission = FormSubmission.objects.get(page=statement)
    assert submission.form_data["page_url"] == "https://sicherimdienst.example/presse/"
    [message] = mail.outbox
    assert message.to == ["barrieren@example.org"]
    assert message.reply_to == []
    assert "Die Tabelle hat keine Spaltenüberschriften." in message.body
    thanks = client.get(response["Location"])
    assert "Vielen Dank für Ihre Meldung" in thanks.content.decode()


def test_barrier_report_needs_consent_when_an_email_is_given(client, statement):
    response = client.post(statement.url, report_data(email="erika@example.org"))

    html = response.content.decode()
    assert '<a href="#id_privacy_consent">Bitte stimmen Sie der Speicherung' in html
    assert FormSubmission.objects.count() == 0


def test_barrier_report_rejects_the_honeypot(client, statement):
    client.post(statement.url, report_data(reference="https://spam.example"))

    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_barrier_report_is_rate_limited(client, statement):
    for _attempt in range(20):
        client.post(statement.url, report_data(description=""))

    assert client.post(statement.url, report_data()).status_code == 429


def test_barrier_report_takes_the_page_address_from_the_link(client, statement):
    html = client.get(f"{statement.url}?url=/presse/").content.decode()

    assert 'value="/presse/"' in html


def test_admin_lists_the_contact_messages(client, contact_page, client_as):
    client.post(contact_page.url, contact_data())

    response = client_as("admin").get(f"/admin/forms/submissions/{contact_page.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Erika Beispiel" in html
    assert "Schulung für unser Bürgerbüro" in html


@pytest.mark.parametrize("model", ["contactpage", "accessibilitystatementpage"])
def test_admin_can_create_the_form_pages(client_as, home, model):
    response = client_as("admin").get(f"/admin/pages/add/pages/{model}/{home.pk}/")

    assert response.status_code == 200
