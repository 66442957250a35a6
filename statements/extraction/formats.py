"""Recognise a document's format from its bytes and turn PDF, Word, HTML or plain text into clean text."""

import io
import logging
import re
import time
import zipfile
from dataclasses import dataclass
from datetime import date

from common.transient import INTERRUPTIONS

from .decode import bom_encoding, decode_bytes
from .errors import ExtractionError
from .normalise import normalise_text
from .records import ConvertedDocument
from .webpage import html_to_document

SUPPORTED = "Supported formats are PDF, Word (.docx), web pages (HTML) and plain text."

_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Word .doc or Excel .xls file; save it as .docx or PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
    (b"ID3", "an audio file"),
    (b"RIFF", "an audio or video file"),
)
# Every byte except the control characters that never occur in text.
_NOT_CONTROL = bytes([*range(32, 256), 8, 9, 10, 11, 12, 13, 27])
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    rb"<(?:p|div|br|span|a|h[1-6]|ul|ol|li|table|tr|td|title|meta|script|style|article|section|body|head|html)\b[^>]*>",
    re.I,
)
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S
)

log = logging.getLogger(__name__)
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ReadingLimits:
    """What reading one document may cost. Past a limit it is refused with a message, never half read."""

    pdf_pages: int = 1_000
    # Checked between pages; the worker's hard time limit stops a single page that never ends.
    pdf_seconds: float = 30.0
    docx_parts: int = 1_000  # a real Word file has a few dozen, a few hundred with many images
    docx_unpacked_bytes: int = 100 * MEGABYTE  # all parts together: python-docx holds them all in memory
    # How many times a part larger than a megabyte may expand: Word's XML packs about 10 to 1,
    # a decompression bomb thousands to 1.
    docx_part_ratio: int = 100


LIMITS = ReadingLimits()


def _describe(filename: str) -> str:
    return f"“{filename}”" if filename else "The file"


def detect_format(data: bytes, filename: str, content_type: str) -> str:
    """Return "text", "html", "pdf" or "docx", judging by content first; raise ExtractionError for anything else."""
    sniff = data
    encoding = bom_encoding(data)
    if encoding and encoding != "utf-8-sig":
        sniff = data[: 1 << 16].decode(encoding, errors="ignore").encode("utf-8")
    elif encoding:
        sniff = data[3:]
    if not sniff.strip():
        raise ExtractionError("The document is empty.")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, filename)
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise ExtractionError(
                f"{_describe(filename)} looks like binary data ({kind}), not a text document. {SUPPORTED}"
            )
    if not encoding:
        sample = data[:8192]
        if b"\x00" in sample or len(sample.translate(None, _NOT_CONTROL)) > len(sample) * 0.02:
            raise ExtractionError(f"{_describe(filename)} looks like binary data, not a text document. {SUPPORTED}")
    head = sniff[:65536]
    if _FEED_START.match(head[:4096]):
        raise ExtractionError(
            f"{_describe(filename)} is an RSS or Atom news feed, not a single document. "
            "Add it as a feed source instead."
        )
    if _HTML_START.match(head[:4096]):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    hinted = "html" in content_type.lower() or filename.lower().endswith((".htm", ".html", ".xhtml"))
    if tags >= 3 or (hinted and tags >= 1):
        return "html"
    return "text"


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096].removeprefix(b"\xef\xbb\xbf")))


def _zip_format(data: bytes, filename: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExtractionError(
            f"{_describe(filename)} looks like binary data (a damaged or truncated ZIP or Word file), "
            f"not a text document. {SUPPORTED}"
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    kind = "a spreadsheet or presentation" if {"xl/workbook.xml", "ppt/presentation.xml"} & names else "a ZIP archive"
    raise ExtractionError(f"{_describe(filename)} looks like binary data ({kind}), not a text document. {SUPPORTED}")


def convert(
    data: bytes, fmt: str, *, content_type: str = "", url: str = "", limits: ReadingLimits | None = None
) -> ConvertedDocument:
    if fmt == "pdf":
        return pdf_to_document(data, limits)
    if fmt == "docx":
        return docx_to_document(data, limits)
    if fmt == "html":
        return html_to_document(data, content_type=content_type, url=url)
    return ConvertedDocument(text=normalise_text(decode_bytes(data, content_type)))


def pdf_to_document(data: bytes, limits: ReadingLimits | None = None) -> ConvertedDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    limits = limits or LIMITS
    started = time.monotonic()

    # pypdf recovers what it can from a cut-off file; we would rather refuse than silently lose the end.
    if b"%%EOF" not in data[-2048:]:
        raise ExtractionError(
            "The PDF file is truncated or damaged (its end is missing), so it cannot be read. "
            "Please upload the complete file."
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError("The PDF is password-protected, so its text cannot be read.")
        pages = _pdf_pages_text(reader, limits, started)
        info = reader.metadata
        title = str(info.title or "") if info else ""
        created = info.creation_date if info else None
    except ExtractionError:
        raise
    except (DependencyError, FileNotDecryptedError) as exc:
        raise ExtractionError("The PDF is encrypted, so its text cannot be read.") from exc
    except INTERRUPTIONS:
        raise
    except Exception as exc:  # pypdf raises many exception types (PdfReadError, KeyError, ...) for broken files
        log.info("unreadable PDF: %r", exc)
        raise ExtractionError("The PDF file is damaged and could not be read.") from exc
    text = normalise_text("\n\n".join(_dehyphenate(page) for page in pages))
    if not text:
        raise ExtractionError(
            "The PDF contains no extractable text. It is probably a scanned image and needs OCR (text recognition) "
            "before it can be used."
        )
    after = [(created.date().isoformat(), "pdf metadata CreationDate")] if isinstance(created, date) else []
    return ConvertedDocument(text=text, title=_useful_pdf_title(title), dates_after_text=after)


def _pdf_pages_text(reader, limits: ReadingLimits, started: float) -> list[str]:
    count = len(reader.pages)
    if count > limits.pdf_pages:
        raise ExtractionError(
            f"The PDF has {count:,} pages, more than the {limits.pdf_pages:,} a document may have, so it was not "
            "read. Upload only the pages that hold the statement."
        )
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        pages.append(page.extract_text() or "")
        if number < count and time.monotonic() - started > limits.pdf_seconds:
            raise ExtractionError(
                f"Reading the PDF's text took more than {limits.pdf_seconds:g} seconds and {count - number:,} of "
                f"its {count:,} pages were still unread, so it was not read. Save it as a text file, or upload only "
                "the pages that hold the statement."
            )
    return pages


def _dehyphenate(page_text: str) -> str:
    return re.sub(r"(\w)-\n(\w)", lambda m: m.group(1) + m.group(2) if m.group(2).islower() else m.group(0), page_text)


def _useful_pdf_title(title: str) -> str:
    title = " ".join(title.split())
    if not title or re.match(r"(?i)^(?:microsoft word\s*-|untitled|document\d*$)|\.(?:docx?|pdf|indd)$", title):
        return ""
    return title


def _refuse_zip_bomb(data: bytes, limits: ReadingLimits) -> None:
    """Judge a Word file by the sizes its ZIP directory declares, before anything is unpacked.

    Those sizes can be trusted as bounds: zipfile stops inflating a part at its declared size
    (a part that lies about it then fails its checksum and reads as damaged).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExtractionError("The Word document is damaged and could not be read.") from exc
    refusal = "so it was not opened. Save it again from Word, or as a PDF, and upload that."
    if len(parts) > limits.docx_parts:
        raise ExtractionError(
            f"The Word document is made of {len(parts):,} parts, more than the {limits.docx_parts:,} a document "
            f"may have, {refusal}"
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.docx_unpacked_bytes:
        raise ExtractionError(
            f"The Word document would unpack to {unpacked:,} bytes, more than the {limits.docx_unpacked_bytes:,} "
            f"allowed, {refusal}"
        )
    for part in parts:
        if part.file_size > MEGABYTE and part.file_size > limits.docx_part_ratio * max(part.compress_size, 1):
            raise ExtractionError(
                f"The Word document's part {part.filename} would unpack from {part.compress_size:,} to "
                f"{part.file_size:,} bytes, as only a booby-trapped file (a “zip bomb”) does, {refusal}"
            )


def docx_to_document(data: bytes, limits: ReadingLimits | None = None) -> ConvertedDocument:
    from docx import Document
    from docx.table import Table

    _refuse_zip_bomb(data, limits or LIMITS)
    try:
        document = Document(io.BytesIO(data))
        blocks: list[str] = []
        heading = ""
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    blocks.append(" | ".join(dict.fromkeys(cell for cell in cells if cell)))
                continue
            blocks.append(block.text)
            style = (block.style.name if block.style is not None else "") or ""
            if not heading and block.text.strip() and style.startswith(("Title", "Heading 1")):
                heading = block.text.strip()
        title = (document.core_properties.title or "").strip() or heading
    except INTERRUPTIONS:
        raise
    except Exception as exc:  # python-docx surfaces zip, XML and key errors for broken files
        log.info("unreadable DOCX: %r", exc)
        raise ExtractionError("The Word document is damaged and could not be read.") from exc
    text = normalise_text("\n\n".join(blocks))
    if not text:
        raise ExtractionError("The Word document is empty.")
    return ConvertedDocument(text=text, title=" ".join(title.split()))
