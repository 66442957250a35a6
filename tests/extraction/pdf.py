"""Build small, genuine PDFs for tests and benchmarks (no PDF library needed)."""

import io
import zlib


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
