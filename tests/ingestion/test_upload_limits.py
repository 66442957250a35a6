"""Uploads past a limit are refused with a plain message: too large to store, or too costly to read
(decompression bombs, endless PDFs). A stored document is kept, marked failed; no statement is made."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from plenaries.models import Organisation
from statements import services
from statements.extraction import ExtractionError, formats
from statements.extraction.formats import ReadingLimits
from statements.models import AreaMention, DocumentStatus, FetchRun, Quote, RawDocument, Source, Statement
from tests.extraction.pdf import build_pdf

pytestmark = pytest.mark.django_db

MEGABYTE = 1024 * 1024


@pytest.fixture
def uploads():
    return Source.objects.create(name="Uploads", kind="upload")


def upload(client, uploads, *files):
    return client.post(reverse("admin:statements_rawdocument_add"), {"source": uploads.pk, "files": list(files)})


def word_file(extra_parts: dict[str, bytes] | None = None) -> bytes:
    document = Document()
    document.add_paragraph("The Kimberley Process plenary ended without consensus on the definition.")
    out = io.BytesIO()
    document.save(out)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (extra_parts or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def read_upload(client, uploads, django_capture_on_commit_callbacks, name: str, content: bytes) -> RawDocument:
    """Upload one file through the admin and let the worker read it."""
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, uploads, SimpleUploadedFile(name, content, "application/octet-stream"))
    assert response.status_code == 302
    return RawDocument.objects.get()


def assert_kept_failed_and_nothing_else(document: RawDocument, content: bytes, message: str) -> None:
    assert document.status == DocumentStatus.FAILED
    assert message in document.error
    assert bytes(document.content) == content  # kept byte for byte, to read again with other limits
    assert not Statement.objects.exists()
    assert not AreaMention.objects.exists() and not Quote.objects.exists()
    assert not Organisation.objects.exists()


def test_an_upload_over_the_size_limit_is_refused_in_the_form_and_stores_nothing(
    client, editor_client, uploads, settings
):
    settings.KP_UPLOAD_MAX_BYTES = 1_000

    response = upload(
        client,
        uploads,
        SimpleUploadedFile("first.txt", b"a" * 600, "text/plain"),
        SimpleUploadedFile("second.txt", b"b" * 600, "text/plain"),
    )

    assert response.status_code == 200
    assert (
        "These 2 files come to 1,200 bytes, over the 1,000-byte limit for one upload: upload them a few at a time."
        in response.content.decode()
    )
    assert not RawDocument.objects.exists()
    assert not FetchRun.objects.exists()


def test_the_upload_service_refuses_the_same_upload_and_stores_nothing(uploads, settings):
    settings.KP_UPLOAD_MAX_BYTES = 1_000
    files = [SimpleUploadedFile(f"{n}.txt", b"a" * 600, "text/plain") for n in range(2)]

    with pytest.raises(services.DocumentTooLarge, match="over the 1,000-byte limit for one upload"):
        services.documents_upload(source=uploads, files=files, uploaded_by="editor")

    assert not RawDocument.objects.exists()
    assert not FetchRun.objects.exists()


def test_a_word_file_that_is_a_zip_bomb_is_kept_failed_and_never_unpacked(
    client, editor_client, uploads, django_capture_on_commit_callbacks
):
    content = word_file({"word/media/image1.png": bytes(20 * MEGABYTE)})  # 20 MB of zeros pack into 20 kB
    assert len(content) < MEGABYTE

    document = read_upload(client, uploads, django_capture_on_commit_callbacks, "report.docx", content)

    assert_kept_failed_and_nothing_else(document, content, "as only a booby-trapped file (a “zip bomb”) does")
    assert "part word/media/image1.png would unpack from" in document.error


def test_a_word_file_of_too_many_parts_is_kept_failed(
    client, editor_client, uploads, django_capture_on_commit_callbacks
):
    content = word_file({f"word/extra/part{n}.xml": b"<a/>" for n in range(1_000)})

    document = read_upload(client, uploads, django_capture_on_commit_callbacks, "report.docx", content)

    assert_kept_failed_and_nothing_else(document, content, "parts, more than the 1,000 a document may have")


def test_a_word_file_that_unpacks_too_large_in_all_is_refused_before_it_is_opened():
    # Parts that each expand modestly, but too much together.
    content = word_file({f"word/media/image{n}.bin": bytes(range(256)) * 4_096 for n in range(3)})

    with pytest.raises(ExtractionError, match=r"would unpack to .* bytes, more than the 2,000,000 allowed"):
        formats.docx_to_document(content, ReadingLimits(docx_unpacked_bytes=2_000_000))


def test_a_pdf_of_too_many_pages_is_kept_failed(client, editor_client, uploads, django_capture_on_commit_callbacks):
    content = build_pdf([[f"Page {n} of a very long report."] for n in range(1_001)])

    document = read_upload(client, uploads, django_capture_on_commit_callbacks, "report.pdf", content)

    assert_kept_failed_and_nothing_else(
        document, content, "The PDF has 1,001 pages, more than the 1,000 a document may have"
    )


def test_a_pdf_whose_text_takes_too_long_to_read_is_kept_failed(
    client, editor_client, uploads, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(formats, "LIMITS", ReadingLimits(pdf_seconds=0))
    content = build_pdf([[f"Page {n}: the plenary ended without consensus."] for n in range(40)])

    document = read_upload(client, uploads, django_capture_on_commit_callbacks, "report.pdf", content)

    assert_kept_failed_and_nothing_else(
        document, content, "Reading the PDF's text took more than 0 seconds and 39 of its 40 pages were still unread"
    )


def test_a_pdf_within_the_limits_is_read_as_before():
    content = build_pdf([[f"Page {n}: the plenary ended without consensus."] for n in range(40)])

    converted = formats.pdf_to_document(content, ReadingLimits(pdf_pages=40, pdf_seconds=60))

    assert "Page 39: the plenary ended without consensus." in converted.text
