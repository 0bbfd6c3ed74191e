"""A person's data as one ZIP file: data.json with every registered part,
and the files the parts name (the profile photo)."""

import datetime
import io
import json
import logging
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from intranet.gdpr.registry import parts

logger = logging.getLogger(__name__)

DATA_FILE = "data.json"


class ExportEncoder(DjangoJSONEncoder):
    """ISO 8601, times in the site's time zone (as the person saw them)."""

    def default(self, o):
        if isinstance(o, datetime.datetime) and timezone.is_aware(o):
            o = timezone.localtime(o)
        return super().default(o)


def export_data(user):
    return {
        "exported_at": timezone.now(),
        "parts": {part.key: {"label": part.label, "data": part.export(user)} for part in parts()},
    }


def export_filename():
    return f"sicherimdienst-data-{timezone.localdate().isoformat()}.zip"


def export_zip(user):
    """The ZIP file's bytes; a file missing from storage is left out (and
    logged) rather than failing the whole download."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        data = json.dumps(export_data(user), cls=ExportEncoder, indent=2, ensure_ascii=False)
        archive.writestr(DATA_FILE, data + "\n")
        for part in parts():
            if part.files is None:
                continue
            for name, file in part.files(user):
                try:
                    with file.open("rb") as handle:
                        archive.writestr(name, handle.read())
                except FileNotFoundError:
                    logger.warning("Export of user %s: file %s is missing", user.pk, file.name)
    return buffer.getvalue()
