"""Admin registrations of the intranet; each part registers its own."""

from intranet.accounts import admin as accounts_admin  # noqa: F401
from intranet.network import admin as network_admin  # noqa: F401
from intranet.security import admin as security_admin  # noqa: F401
