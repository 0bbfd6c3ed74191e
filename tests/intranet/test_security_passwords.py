"""The password policy: length and context words, no composition rules."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation


def person(**fields):
    fields.setdefault("email", "anna-lena.mueller@kreis-beispiel.de")
    fields.setdefault("first_name", "Anna-Lena")
    fields.setdefault("last_name", "Müller")
    return get_user_model()(**fields)


def messages_for(password, user=None):
    with translation.override("de"):
        try:
            validate_password(password, user)
        except ValidationError as error:
            return error.messages
    return []


@pytest.mark.parametrize(
    "password",
    [
        "SicherImDienst2026!",
        "sicher im dienst und gut",
        "#sicher-im-Dienst#",
        "sIcHeR.iM.dIeNsT.nrw",
    ],
)
def test_network_name_is_refused_in_any_spelling(password):
    assert "Das Passwort darf den Namen des Netzwerks nicht enthalten." in messages_for(password)


@pytest.mark.parametrize(
    "password",
    [
        "grüße-an-frau-müller",  # last name
        "gruesse-an-frau-mueller",  # last name, umlaut spelt out
        "anna-geht-spazieren-heute",  # part of the first name
        "lena-im-sommer-urlaub",  # other part of the first name
        "kreis-beispiel-anna-lena",
    ],
)
def test_own_name_is_refused(password):
    assert "Das Passwort darf weder Ihren Namen noch Ihre E-Mail-Adresse enthalten." in (
        messages_for(password, person())
    )


def test_local_part_of_the_email_address_is_refused():
    user = person(first_name="", last_name="", email="stadtkasse@beispiel.de")
    assert messages_for("Meine Stadtkasse ist sicher", user) != []


def test_names_shorter_than_three_letters_are_ignored():
    user = person(first_name="Jo", last_name="Li", email="jo@beispiel.de")
    assert messages_for("johannisbeeren-lieben-wir", user) == []


def test_passwords_shorter_than_twelve_characters_are_refused():
    assert any("mindestens 12 Zeichen" in message for message in messages_for("kurz-genug"))


def test_common_passwords_are_refused():
    assert messages_for("password1234") != []


@pytest.mark.parametrize(
    "password", ["blaue pferde tanzen leise", "8391027465019283", "korrekt pferd batterie"]
)
def test_long_passwords_need_no_digits_or_special_characters(password):
    assert messages_for(password, person()) == []


def test_help_text_names_the_context_words():
    from django.contrib.auth.password_validation import password_validators_help_texts

    with translation.override("de"):
        texts = " ".join(password_validators_help_texts())
    assert "Namen des Netzwerks" in texts
