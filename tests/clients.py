"""The test client the fixtures hand out."""

from django.test import Client as DjangoClient
from django_otp import DEVICE_ID_SESSION_KEY

from tests import factories


class Client(DjangoClient):
    """`force_login` for a user with admin access also counts the second
    factor as entered, as `force_login` skips the password. The tests of the
    2FA enforcement itself use django.test.Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if user.has_perm("wagtailadmin.access_admin"):
            device = factories.confirmed_totp_device(user)
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
