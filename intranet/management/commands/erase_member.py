"""Delete a member's account and personal data for the coordination office,
e.g. when someone asks by letter; the same as the self-service page."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from intranet.gdpr.erasure import ErasureRefused, erase_member


class Command(BaseCommand):
    help = (
        "Delete the account and personal data of the member with this e-mail "
        "address: profile, photo, 2FA devices; uploads and posts stay without "
        "a name. Sends a confirmation to the address."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the confirmation e-mail (default: the member's).",
        )

    def handle(self, email, yes=False, language=None, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the e-mail address {email}.")
        if user.is_superuser:
            raise CommandError(
                f"{email} is a superuser: remove the superuser status in the admin first."
            )
        label = f"{user.get_full_name() or user.email} <{user.email}>"
        if not yes and not self.confirm(f"Delete the account and personal data of {label}?"):
            raise CommandError("Nothing deleted.")
        try:
            erase_member(user, language=language, by_office=True)
        except ErasureRefused as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Deleted the account of {label} (id {user.pk})."))

    def confirm(self, question):
        try:
            answer = input(f"{question} Type 'yes' to confirm: ")
        except EOFError:
            return False
        return answer.strip().lower() == "yes"
