"""Which personal data the site keeps about a person, part by part.

Usage: every feature that stores data about a member declares it once, in a
module named `personal_data.py` in its app or in a package of the app (e.g.
`intranet/practice/personal_data.py`); the registry imports these modules
before its first use:

    from intranet.gdpr.registry import register

    register(
        "practice_examples",
        _("Practice examples"),
        export=lambda user: [...],  # JSON-serialisable data of this user
        erase=anonymise_practice_examples,  # fn(user) -> None
        description=_("Examples you wrote; deletion keeps them without your name."),
    )

`export` returns the person's data of that kind (dates may stay datetimes:
the export encodes them as ISO 8601). `erase` removes or anonymises it; it
runs inside the deletion's transaction, before the account itself is
anonymised, so `user.email` and `user.pk` are still the person's. Content
other members rely on (posts, comments) is kept: the account row stays as
an anonymised, inactive user, so author foreign keys keep pointing at it;
an `erase` only has to clear personal fields and re-index content whose
search fields include the author's name. `files` optionally yields
`(name in the ZIP file, opened file)` pairs for files of the person that
belong in the download (the profile photo).
"""

import functools
import importlib
import importlib.util
import pkgutil
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings

DISCOVERED_MODULE = "personal_data"


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    export: object
    erase: object = None
    description: str = ""
    files: object = None


_parts = {}


def register(key, label, export, erase=None, description="", files=None):
    """Declare one part of a person's data; `key` names it in the export."""
    _parts[key] = Part(key, label, export, erase, description, files)


def unregister(key):
    _parts.pop(key, None)


def parts():
    """Every registered part, in the order of registration."""
    discover()
    return list(_parts.values())


@functools.cache
def discover():
    """Import `personal_data` modules of the project's own apps and of their
    packages, once. Third-party apps are left alone: importing their
    packages could have side effects."""
    base = Path(settings.BASE_DIR).resolve()
    for app_config in apps.get_app_configs():
        app_path = Path(app_config.path).resolve()
        if base not in app_path.parents or "site-packages" in app_path.parts:
            continue
        candidates = [app_config.name]
        candidates += [
            f"{app_config.name}.{info.name}"
            for info in pkgutil.iter_modules([str(app_path)])
            if info.ispkg and info.name not in ("migrations", "management", "templatetags")
        ]
        for package in candidates:
            name = f"{package}.{DISCOVERED_MODULE}"
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
