"""Key figures for the home page, declared by each app.

Usage: in an app's ``AppConfig.ready()``::

    figures.register("organisations", _("member organisations"), count_organisations, order=10)

The home page shows every registered figure, in ``order``, so a new app's
figures appear there as soon as the app is installed. A figure function takes
no argument and returns an int; it must not depend on the request, because
the numbers are public.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int


_registry = {}


def register(key, label, function, order=100):
    """Declare a public key figure; re-registering a key replaces it."""
    _registry[key] = (order, label, function)


def unregister(key):
    _registry.pop(key, None)


def current():
    """The registered figures with their current values, in display order."""
    entries = sorted(_registry.items(), key=lambda item: (item[1][0], item[0]))
    return [Figure(key, label, function()) for key, (order, label, function) in entries]
