#!/usr/bin/env python
"""Merge German translations into locale/de/LC_MESSAGES/django.po.

Usage: .venv/bin/python scripts/po_merge.py FILE.po [FILE.po ...]

Each FILE is a plain PO file with msgid/msgstr pairs (msgids in English,
msgstr in German). Entries are added or their msgstr updated; the catalogue
is then compiled, so tests see the German text at once. `make messages`
later adds source references.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "de" / "LC_MESSAGES" / "django.po"


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    catalogue = polib.pofile(str(CATALOGUE))
    added = updated = 0
    for path in paths:
        for entry in polib.pofile(path):
            if not entry.msgstr and not entry.msgstr_plural:
                continue
            existing = catalogue.find(entry.msgid, msgctxt=entry.msgctxt)
            if existing is None:
                catalogue.append(entry)
                added += 1
            else:
                existing.msgstr = entry.msgstr
                existing.msgstr_plural = entry.msgstr_plural
                existing.flags = [f for f in existing.flags if f != "fuzzy"]
                updated += 1
    catalogue.save(str(CATALOGUE))
    catalogue.save_as_mofile(str(CATALOGUE.with_suffix(".mo")))
    print(f"{CATALOGUE.relative_to(ROOT)}: {added} added, {updated} updated, compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
