"""Bytes to text: plain text in any common encoding, and Word (.docx) files.

Communication staff save releases from websites, PDFs and e-mails, so a
file may be UTF-8, UTF-16 with a byte order mark (Windows Notepad), or
Windows-1252 (older Windows editors). Anything else is refused with a
message the editor can act on, rather than imported as garbled text.
"""

import io
import unicodedata
import zipfile
from pathlib import Path

import charset_normalizer
from django.utils.translation import gettext_lazy as _

from pages.importer.errors import UnreadableFile

SUPPORTED_EXTENSIONS = (".txt", ".docx")
# Larger files are not press releases; the limit also protects the admin.
MAX_FILE_SIZE = 5 * 1024 * 1024

# Leading bytes of formats that editors mistake for text.
BINARY_SIGNATURES = [
    (b"\x89PNG", _("a PNG image")),
    (b"\xff\xd8\xff", _("a JPEG image")),
    (b"GIF8", _("a GIF image")),
    (b"%PDF", _("a PDF document; copy its text into a .txt file")),
    (b"PK\x03\x04", _("a ZIP archive or an office document")),
    (b"\xd0\xcf\x11\xe0", _("an old Word or Excel document; save it as .docx")),
    (b"{\\rtf", _("an RTF document; save it as .docx or .txt")),
    (b"\x1f\x8b", _("a compressed archive")),
    (b"\x7fELF", _("a program")),
]

BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# Single-byte encodings charset-normalizer may guess for German text;
# Windows-1252 is a superset of Latin-1 in the printable range and is what
# Windows editors write, so it wins when it decodes the bytes.
WESTERN_ENCODINGS = {
    "cp1252",
    "cp1250",
    "latin_1",
    "iso8859_15",
    "iso8859_2",
    "cp850",
    "mac_roman",
    "cp437",
}

ENCODING_ERROR = _("The text encoding could not be recognised; save the file as UTF-8.")


def read_release_file(path):
    """The text of the .txt or .docx file at `path`; raises UnreadableFile."""
    path = Path(path)
    check_extension(path.name)
    if not path.is_file():
        raise UnreadableFile(_("The file does not exist."))
    if path.stat().st_size > MAX_FILE_SIZE:
        raise UnreadableFile(_("The file is too large for a press release."))
    return read_release_bytes(path.read_bytes(), path.name)


def read_release_bytes(data, filename):
    """The text of an uploaded or read file, chosen by its extension."""
    extension = check_extension(filename)
    if len(data) > MAX_FILE_SIZE:
        raise UnreadableFile(_("The file is too large for a press release."))
    if not data:
        raise UnreadableFile(_("The file is empty."))
    text = docx_text(data) if extension == ".docx" else decode_text(data)
    if not text.strip():
        raise UnreadableFile(_("The file contains no text."))
    return text


def check_extension(filename):
    extension = Path(filename).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        if not extension:
            raise UnreadableFile(
                _("Files without an extension cannot be imported; use .txt or .docx.")
            )
        raise UnreadableFile(
            _("%(extension)s files cannot be imported; use .txt or .docx.")
            % {"extension": extension}
        )
    return extension


def decode_text(data):
    """Decode a plain-text file; refuse binary data and unknown encodings."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableFile(ENCODING_ERROR) from None
    refuse_binary(data)
    if b"\x00" in data:
        return decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableFile(ENCODING_ERROR)
    encoding = best.encoding
    if encoding in WESTERN_ENCODINGS:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = str(best)
    else:
        text = str(best)
    if not looks_like_text(text):
        raise UnreadableFile(ENCODING_ERROR)
    return text


def refuse_binary(data):
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnreadableFile(_("This is not a text file but %(kind)s.") % {"kind": kind})


def decode_utf16_without_bom(data):
    """UTF-16 saved without a byte order mark: every other byte is zero."""
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) / 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        encoding = "utf-16-le"
    elif even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        encoding = "utf-16-be"
    else:
        raise UnreadableFile(_("This is not a text file."))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableFile(ENCODING_ERROR) from None
    if not looks_like_text(text):
        raise UnreadableFile(_("This is not a text file."))
    return text


def looks_like_text(text):
    """A guessed decoding is plausible for a German or English text.

    A wrong single-byte guess yields control characters or a soup of
    accented letters; German text has mostly ASCII letters.
    """
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return True
    controls = sum(1 for c in visible if unicodedata.category(c)[0] == "C")
    letters = [c for c in visible if c.isalpha()]
    if controls > len(visible) * 0.005 or len(letters) < len(visible) * 0.5:
        return False
    non_ascii = sum(1 for c in letters if not c.isascii())
    return non_ascii <= len(letters) * 0.2


def docx_text(data):
    """The paragraphs of a Word file, one per line, in document order.

    Heading styles become Markdown-like "#" marks, which the parser reads as
    the headline and subheadings; links keep their address in angle
    brackets, so "Original: <https://...>" survives.
    """
    if not data.startswith(b"PK\x03\x04"):
        refuse_binary(data)
        raise UnreadableFile(_("This is not a Word (.docx) file."))
    # python-docx is imported here: only .docx imports need it.
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError):
        raise UnreadableFile(_("The Word file could not be read; it may be damaged.")) from None
    lines = []
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            lines.extend(table_lines(item))
        else:
            lines.append(paragraph_line(item))
    return "\n".join(lines)


def paragraph_line(paragraph):
    text = "".join(inline_text(part) for part in paragraph.iter_inner_content())
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    if text.strip() and style == "title":
        return "# " + text.strip()
    if text.strip() and style.startswith("heading"):
        level = style.removeprefix("heading").strip()
        return ("# " if level == "1" else "## ") + text.strip()
    # Paragraphs are separated by blank lines, as in a text file.
    return text + "\n"


def inline_text(part):
    url = getattr(part, "url", "")
    text = part.text
    if url and url.rstrip("/") not in text:
        return f"{text} <{url}>"
    return text


def table_lines(table):
    lines = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text and text not in cells:
                cells.append(text)
        if cells:
            lines.append(" – ".join(cells))
    lines.append("")
    return lines
