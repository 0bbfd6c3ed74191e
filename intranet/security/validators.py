"""Password validators beyond Django's: the words an attacker tries first."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

NETWORK_NAMES = ("sicherimdienst",)
# Names and address parts shorter than this are too common inside words.
MIN_WORD_LENGTH = 3
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spellings(text):
    """Lower case without spaces or punctuation, with umlauts as they are
    and spelt out ("Müller": "müller", "mueller")."""
    folded = "".join(char for char in text.casefold() if char.isalnum())
    return {folded, folded.translate(_UMLAUTS)}


def _user_words(user):
    """First name, last name and the local part of the e-mail address, each
    whole and split at spaces, hyphens and dots ("Anna-Lena", "anna", "lena")."""
    email = getattr(user, "email", "") or ""
    texts = [
        getattr(user, "first_name", "") or "",
        getattr(user, "last_name", "") or "",
        email.split("@", 1)[0],
    ]
    words = set()
    for text in texts:
        for part in [text, *re.split(r"[\s._+-]+", text)]:
            words |= {word for word in _spellings(part) if len(word) >= MIN_WORD_LENGTH}
    return words


class ContextWordsValidator:
    """Refuses passwords that contain the network's name ("Sicher im Dienst"
    in any spelling) or the user's own name or e-mail address."""

    def validate(self, password, user=None):
        candidates = _spellings(password)
        for name in NETWORK_NAMES:
            if any(name in candidate for candidate in candidates):
                raise ValidationError(
                    _("The password must not contain the name of the network."),
                    code="password_contains_network_name",
                )
        if user is None:
            return
        for word in sorted(_user_words(user), key=len, reverse=True):
            if any(word in candidate for candidate in candidates):
                raise ValidationError(
                    _("The password must not contain your name or your e-mail address."),
                    code="password_contains_user_name",
                )

    def get_help_text(self):
        return _(
            "Your password must not contain the name of the network, your name or your "
            "e-mail address."
        )
