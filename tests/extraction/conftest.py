"""Fixtures for the extraction library tests: reform-area rules, KP meetings and small document builders.

These tests need neither the database nor Django; they also run with `pytest -p no:django tests/extraction`.
"""

import io
import zlib
from datetime import date
from pathlib import Path

import pytest

from statements.extraction import AreaRule, PlenaryRef

DOCUMENTS = Path(__file__).parent / "documents"
TODAY = date(2024, 6, 1)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def area_rules():
    return [
        AreaRule("scope", ["scope", "definition", "conflict diamond definition", "définition"]),
        AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"]),
        AreaRule("multi-donor-fund", ["multi-donor fund", "fonds multi-donateurs"]),
        AreaRule("peer-review", ["peer review", "review visit", "examen par les pairs"]),
    ]


@pytest.fixture
def plenaries():
    return [
        PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16)),
        PlenaryRef(2019, "intersessional", "Mumbai", date(2019, 6, 20)),
        PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22)),
        PlenaryRef(2021, "intersessional", "", date(2021, 6, 25)),
        PlenaryRef(2021, "plenary", "Moscow", date(2021, 11, 12)),
        PlenaryRef(2022, "plenary", "Gaborone", date(2022, 11, 11)),
        PlenaryRef(2023, "intersessional", "Gaborone", date(2023, 6, 16)),
    ]


@pytest.fixture
def known_organisations():
    return [
        "Kimberley Process Civil Society Coalition (KP CSC)",
        "IPIS",
        "ZELA",
        "World Diamond Council (WDC)",
        "Partnership Africa Canada (PAC)",
    ]


@pytest.fixture
def read_document():
    def read(name: str) -> bytes:
        return (DOCUMENTS / name).read_bytes()

    return read


@pytest.fixture
def extract(area_rules, plenaries, known_organisations):
    """extract_document with this suite's rules, meetings, organisations and a fixed "today"."""
    from statements.extraction import extract_document

    def run(data: bytes, **kwargs):
        kwargs.setdefault("areas", area_rules)
        kwargs.setdefault("plenaries", plenaries)
        kwargs.setdefault("known_organisations", known_organisations)
        kwargs.setdefault("today", TODAY)
        return extract_document(data, **kwargs)

    return run


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(pages: list[list[str]], *, title: str = "", creation_date: str = "") -> bytes:
    """A small but genuine PDF: Helvetica text (WinAnsi), Flate-compressed page streams, an xref table.

    An empty line list gives a page with only a drawn rectangle, like a scanned image without text.
    """
    objects: list[bytes] = [
        b"",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    page_numbers = []
    for lines in pages:
        if lines:
            body = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
            body += [_pdf_string(line) + b" Tj T*" for line in lines]
            body.append(b"ET")
        else:
            body = [b"0.5 g 72 72 450 650 re f"]
        stream = zlib.compress(b"\n".join(body))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % content_number
        )
        page_numbers.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % number for number in page_numbers)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_numbers))
    info = b"<< /Producer (KP tracker tests)"
    if title:
        info += b" /Title " + _pdf_string(title)
    if creation_date:
        info += b" /CreationDate (" + creation_date.encode() + b")"
    objects.append(info + b" >>")
    info_number = len(objects)

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info_number))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


@pytest.fixture
def make_pdf():
    return build_pdf
