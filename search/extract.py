"""The text inside a document file: PDF, DOCX, ODT and plain text.

Pure Python without Django: it runs in the child process that
`search.extract_worker` starts, so that a file which makes a parser hang
or eat memory is killed without harming the worker that asked for it.
The type is read from the content (magic bytes, ZIP members), not from the
file name; the name's extension only decides whether unknown bytes may be
read as plain text.

    result = extract(data, "pdf", max_chars=400_000, max_pages=500)
    result.status  # "done", "empty", "unsupported" or "failed"
"""

import io
import unicodedata
import zipfile
from typing import NamedTuple
from xml.etree import ElementTree

PDF = "pdf"
DOCX = "docx"
ODT = "odt"
TEXT = "text"

DONE = "done"
EMPTY = "empty"
UNSUPPORTED = "unsupported"
FAILED = "failed"

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# A ZIP member's unpacked size is checked before it is read, against
# compression bombs (an XML file packs about 10:1, a bomb 1000:1).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Extensions whose files are read as text when their bytes are no known
# format.
TEXT_EXTENSIONS = {"txt"}


class Result(NamedTuple):
    status: str
    text: str = ""
    error: str = ""


class ExtractionError(Exception):
    """The file is of a known type but cannot be read (damaged, encrypted)."""


class TextCollector:
    """Collects paragraphs up to a number of characters, then says stop."""

    def __init__(self, max_chars):
        self.max_chars = max_chars
        self.parts = []
        self.length = 0

    @property
    def full(self):
        return self.length >= self.max_chars

    def add(self, text):
        if text and not self.full:
            self.parts.append(text)
            self.length += len(text) + 1
        return not self.full

    def text(self):
        return "\n".join(self.parts)[: self.max_chars].strip()


def detect(data, extension=""):
    """The kind of `data`: PDF, DOCX, ODT, TEXT, or None when unsupported.

    Raises ExtractionError for a damaged ZIP file (DOCX and ODT are ZIPs).
    """
    # The PDF header may follow some junk (ISO 32000-1, 7.5.2 tolerates it).
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if "word/document.xml" in names:
                    return DOCX
                # Text documents, templates and master documents.
                mimetype = _zip_member(archive, "mimetype", 100) if "mimetype" in names else b""
                if "content.xml" in names and mimetype.strip().startswith(ODT_MIMETYPE):
                    return ODT
        except zipfile.BadZipFile as error:
            raise ExtractionError(f"The ZIP container is damaged: {error}") from None
        # Other archives: spreadsheets, presentations, plain ZIP files.
        return None
    if extension.lower().lstrip(".") in TEXT_EXTENSIONS and b"\x00" not in data[:8192]:
        return TEXT
    return None


def extract(data, extension="", *, max_chars, max_pages):
    """Read the text of `data`; never raises for a bad file."""
    collector = TextCollector(max_chars)
    try:
        kind = detect(data, extension)
        if kind is None:
            return Result(UNSUPPORTED)
        READERS[kind](data, collector, max_pages=max_pages)
    except ImportError:
        # A broken installation, not a bad file.
        raise
    except Exception as error:  # any parser error of any library: the file is bad
        return Result(FAILED, error=describe(error))
    text = collector.text()
    return Result(DONE if text else EMPTY, text)


def describe(error):
    message = str(error).strip()
    name = type(error).__name__
    if isinstance(error, ExtractionError):
        return message
    return f"{name}: {message}" if message else name


# --- PDF ---------------------------------------------------------------------


def read_pdf(data, collector, *, max_pages):
    # pypdf is imported here, in the child process only.
    from pypdf import PasswordType, PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Many PDFs are encrypted with an empty user password (only to
        # restrict printing or copying); those can be read.
        try:
            readable = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except Exception:  # unsupported algorithm (AES needs `cryptography`)
            readable = False
        if not readable:
            raise ExtractionError("The PDF is encrypted with a password.")
    for number, page in enumerate(reader.pages):
        if number >= max_pages or not collector.add(page.extract_text() or ""):
            break


# --- DOCX --------------------------------------------------------------------


def read_docx(data, collector, *, max_pages):
    import docx
    from docx.table import Table

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        _zip_member(archive, "word/document.xml", MAX_UNPACKED_BYTES, read=False)
    document = docx.Document(io.BytesIO(data))

    def walk(container):
        for item in container.iter_inner_content():
            if isinstance(item, Table):
                # A merged cell is returned once per grid column; the set
                # keeps the lxml elements alive, so their identity holds.
                seen = set()
                for row in item.rows:
                    for cell in row.cells:
                        if cell._tc in seen:
                            continue
                        seen.add(cell._tc)
                        if not walk(cell):
                            return False
            elif not collector.add(item.text):
                return False
        return True

    walk(document)


# --- ODT ---------------------------------------------------------------------
# Read with the standard library: the ODF library odfpy is unmaintained, and
# the text of content.xml is simple to walk (ODF 1.3, part 3, chapter 6).

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
PARAGRAPH = f"{{{TEXT_NS}}}p"
HEADING = f"{{{TEXT_NS}}}h"
SPACES = f"{{{TEXT_NS}}}s"
TAB = f"{{{TEXT_NS}}}tab"
LINE_BREAK = f"{{{TEXT_NS}}}line-break"
SPACE_COUNT = f"{{{TEXT_NS}}}c"
BODY = f"{{{OFFICE_NS}}}body"


def read_odt(data, collector, *, max_pages):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = _zip_member(archive, "content.xml", MAX_UNPACKED_BYTES)
    # The expat parser refuses entity expansion bombs (expat >= 2.4); the
    # child process also runs under a time and memory limit.
    root = ElementTree.fromstring(content)  # noqa: S314
    body = root.find(BODY)
    for paragraph in _odt_paragraphs(body if body is not None else root):
        if not collector.add(paragraph):
            break


def _odt_paragraphs(element):
    for child in element:
        if child.tag in (PARAGRAPH, HEADING):
            yield _odt_inline(child)
        else:
            yield from _odt_paragraphs(child)


def _odt_inline(element):
    """The text of a paragraph: spans, links, runs of spaces, tabs, breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == SPACES:
            try:
                count = int(child.get(SPACE_COUNT, "1"))
            except ValueError:
                count = 1
            parts.append(" " * min(max(count, 1), 100))
        elif child.tag == TAB:
            parts.append("\t")
        elif child.tag == LINE_BREAK:
            parts.append("\n")
        elif child.tag in (PARAGRAPH, HEADING):
            # Paragraphs inside a paragraph: footnotes, frames.
            parts.append("\n" + _odt_inline(child) + "\n")
        else:
            parts.append(_odt_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


# --- plain text --------------------------------------------------------------


BOMS = [
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def read_text(data, collector, *, max_pages):
    collector.add(decode_text(data))


def decode_text(data):
    """UTF-8, else Windows-1252 when it reads as plausible German or English
    text (charset detection guesses wrong on short texts: "B\xfcro" came out
    Chinese), else what charset-normalizer finds."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and looks_like_text(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ExtractionError("The text file has no recognisable character encoding.")
    return str(best)


def looks_like_text(text):
    """Mostly letters, few of them beyond ASCII, no control characters."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return True
    letters = [c for c in visible if c.isalpha()]
    if any(unicodedata.category(c) == "Cc" for c in visible):
        return False
    non_ascii = sum(1 for c in letters if not c.isascii())
    return len(letters) >= len(visible) * 0.5 and non_ascii <= len(letters) * 0.2


def _zip_member(archive, name, limit, read=True):
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ExtractionError(f"{name} unpacks to {info.file_size} bytes.")
    return archive.read(info) if read else b""


READERS = {PDF: read_pdf, DOCX: read_docx, ODT: read_odt, TEXT: read_text}
