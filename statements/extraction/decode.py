"""Bytes to text: BOMs, declared charsets, Windows-1252 versus Latin-1, and charset-normalizer as a last guess."""

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Browsers treat these labels as Windows-1252 (WHATWG Encoding Standard); real-world files agree.
_READ_AS_WINDOWS_1252 = {"iso8859-1", "ascii"}


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def declared_encodings(data: bytes, content_type: str = "") -> list[str]:
    """Charsets named by the HTTP header, an XML declaration or an HTML <meta>, as Python codec names."""
    labels = []
    if match := _HEADER_CHARSET.search(content_type or ""):
        labels.append(match.group(1))
    head = data[:4096]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        if match := pattern.search(head):
            labels.append(match.group(1).decode("ascii"))
    encodings = []
    for label in labels:
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        name = "cp1252" if name in _READ_AS_WINDOWS_1252 else name
        if name not in encodings:
            encodings.append(name)
    return encodings


def decode_bytes(data: bytes, content_type: str = "") -> str:
    if encoding := bom_encoding(data):
        return data.decode(encoding, errors="replace")
    # Valid UTF-8 with non-ASCII bytes is almost never anything else, even when a page declares a legacy charset.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in declared_encodings(data, content_type):
        if encoding.startswith(("utf-16", "utf-32")):  # without a BOM these are nearly always mislabelled
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    western = _decode_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("latin-1")


def _decode_western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1's printable range) when the result reads like Western European text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if ord(char) > 127)
    # Cyrillic or Greek in a legacy code page decodes to almost nothing but accented Latin letters.
    if letters and accented / len(letters) > 0.3:
        return None
    return text
