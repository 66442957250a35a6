"""Format detection and conversion of web pages, PDF and Word files; refusing what is not a document."""

import io
import os
from datetime import date

import docx
import pytest

from statements.extraction import ExtractionError, detect_format
from statements.extraction.normalise import kp_spelled


def test_detect_format_trusts_content_over_the_file_name(make_pdf, read_document):
    assert detect_format(make_pdf([["Hello world"]]), "statement.txt", "text/plain") == "pdf"
    assert detect_format(read_document("ipis-peer-review-web-page.html"), "page.txt", "") == "html"
    assert detect_format(b"Plain words about <the> process.", "notes.html", "") == "text"
    assert detect_format(b"A statement.\n", "", "") == "text"


def test_empty_and_whitespace_only_documents_are_refused_as_empty(extract, read_document):
    for data in (read_document("empty.txt"), b"", b"  \r\n\t\n", "\ufeff \n".encode("utf-8")):
        with pytest.raises(ExtractionError, match="The document is empty"):
            extract(data, filename="empty.txt")


def test_a_binary_file_named_txt_is_refused_not_decoded_as_garbage(extract):
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(2000)
    for data in (png, bytes(range(256)) * 8, b"\x00\x01\x02binary\x00" * 100):
        with pytest.raises(ExtractionError, match="looks like binary data"):
            extract(data, filename="statement.txt", content_type="text/plain")


def test_binary_refusal_message_names_the_file_and_the_supported_formats(extract):
    with pytest.raises(ExtractionError) as error:
        extract(bytes(range(256)) * 8, filename="statement.txt")
    assert str(error.value).startswith("“statement.txt” looks like binary data, not a text document")
    assert "PDF" in str(error.value)


def test_an_old_word_doc_gets_advice_to_save_as_docx(extract):
    with pytest.raises(ExtractionError, match=r"\.docx or PDF"):
        extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, filename="statement.doc")


def test_a_zip_that_is_not_a_word_document_is_refused(extract):
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ExtractionError, match="looks like binary data \\(a ZIP archive\\)"):
        extract(buffer.getvalue(), filename="statement.docx")


def test_a_feed_given_as_a_document_is_refused_with_advice(extract, read_document):
    with pytest.raises(ExtractionError, match="feed"):
        extract(read_document("kp-news.rss.xml"), filename="news.xml")


def test_web_page_text_has_no_scripts_styles_navigation_or_footer(extract, read_document):
    document = extract(read_document("ipis-peer-review-web-page.html"), url="https://ipisresearch.example/news/kp")
    for boilerplate in (
        "SHOULD_NOT_APPEAR", "gtag", "font-family", "cookies", "About us", "Related news", "Privacy policy",
        "Italiëlei", "<p", "&lt;",
    ):  # fmt: skip
        assert boilerplate not in document.text
    assert "At its plenary meeting in Gaborone, the Kimberley Process adopted" in document.text
    assert "\n\n“This is real progress" in document.text


def test_web_page_title_date_and_speaker_come_from_its_metadata_and_text(extract, read_document):
    document = extract(read_document("ipis-peer-review-web-page.html"))
    assert document.title == "Kimberley Process agrees on stronger peer review visits"
    assert document.published_on == date(2022, 11, 11)
    assert document.date_source == "html meta article:published_time"
    assert document.people == ["Hans Merket"]
    assert document.organisation == "IPIS"
    assert (document.plenary.year, document.plenary.city) == (2022, "Gaborone")
    stances = {area.slug: area.stance for area in document.areas}
    assert stances == {"peer-review": "positive", "permanent-secretariat": "negative"}


def test_a_short_page_full_of_scripts_falls_back_to_its_visible_text(extract, read_document):
    document = extract(read_document("script-heavy-statement.html"), filename="wdc.html")
    assert "SCRIPT_SHOULD_NOT_APPEAR" not in document.text
    assert "__APP_STATE__" not in document.text and "_paq" not in document.text and "display:none" not in document.text
    assert "The World Diamond Council welcomes the progress made on peer review" in document.text
    assert document.title == "WDC statement on the Kimberley Process review"
    assert (document.published_on, document.date_source) == (date(2021, 6, 24), "html json-ld datePublished")
    assert document.organisation == "World Diamond Council"


def test_html_title_without_og_title_drops_the_site_name(extract):
    page = b"<html><head><title>Plenary ends without agreement | KP CSC</title></head><body><p>Short.</p></body></html>"
    assert extract(page).title == "Plenary ends without agreement"


def _statement_pdf(make_pdf):
    return make_pdf(
        [
            [
                "Antwerp, 14 November 2022",
                "Civil society walks out of the Kimberley Process plenary",
                "The coalition left the plenary in Gaborone after participants refused to discuss",
                "the conflict diamond definition once again.",
                "“We cannot lend our credibility to a scheme that keeps looking away, and we call on",
            ],
            [
                "governments to put the definition back on the agenda”, says Ms Anna Peeters.",
                "Contact: press@example.org",
            ],
        ],
        title="Civil society walks out of the KP plenary",
        creation_date="D:20221115093000+01'00'",
    )


def test_pdf_text_title_date_and_page_spanning_quote_are_extracted(extract, make_pdf):
    document = extract(_statement_pdf(make_pdf), filename="walkout.pdf", content_type="application/pdf")
    assert document.title == "Civil society walks out of the KP plenary"
    assert (document.published_on, document.date_source) == (date(2022, 11, 14), "first lines of text")
    assert document.people == ["Anna Peeters"]
    assert "we call on governments to put the definition back on the agenda" in document.quotes[0].text
    assert [(area.slug, area.stance) for area in document.areas] == [("scope", "negative")]


def test_pdf_falls_back_to_its_creation_date_when_the_text_has_none(extract, make_pdf):
    pdf = make_pdf([["Civil society statement", "No date is written in this text."]], creation_date="D:20221115")
    document = extract(pdf)
    assert (document.published_on, document.date_source) == (date(2022, 11, 15), "pdf metadata CreationDate")


def test_a_truncated_pdf_is_refused_with_a_clear_message(extract, make_pdf):
    pdf = _statement_pdf(make_pdf)
    for cut in (len(pdf) // 2, len(pdf) - 30, 200):
        with pytest.raises(ExtractionError, match="PDF file is truncated or damaged"):
            extract(pdf[:cut], filename="walkout.pdf")


def test_a_corrupt_pdf_is_refused_without_a_traceback(extract):
    with pytest.raises(ExtractionError, match="PDF file is damaged"):
        extract(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n", filename="broken.pdf")


def test_a_pdf_without_text_is_refused_as_probably_scanned(extract, make_pdf):
    with pytest.raises(ExtractionError, match=r"no extractable text.*scanned"):
        extract(make_pdf([[], []]), filename="scan.pdf")


def _statement_docx(*, with_title_property: bool) -> bytes:
    document = docx.Document()
    if with_title_property:
        document.core_properties.title = "ZELA statement on the Moscow plenary"
    document.add_paragraph("Communiqué de presse ZELA")
    document.add_paragraph("Harare, le 12 novembre 2021")
    document.add_heading("Le secrétariat permanent toujours bloqué", level=1)
    document.add_paragraph(
        "Réunis à Moscou, les participants n’ont pas trouvé d’accord. « Le secrétariat permanent reste bloqué "
        "par une poignée d’États », déclare Mutuso Dhliwayo, directeur de ZELA."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Réforme", "Résultat"
    table.cell(1, 0).text, table.cell(1, 1).text = "Fonds multi-donateurs", "Reporté"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_tables_heading_and_french_fields_are_extracted(extract):
    document = extract(_statement_docx(with_title_property=False), filename="zela.docx")
    assert document.title == "Le secrétariat permanent toujours bloqué"
    assert (document.published_on, document.date_source) == (date(2021, 11, 12), "first lines of text")
    assert document.organisation == "ZELA"
    assert document.language == "fr"
    assert document.people == ["Mutuso Dhliwayo"]
    assert "Fonds multi-donateurs | Reporté" in document.text
    assert (document.plenary.year, document.plenary.city) == (2021, "Moscow")
    stances = {area.slug: area.stance for area in document.areas}
    assert stances == {"permanent-secretariat": "negative", "multi-donor-fund": "negative"}


def test_docx_title_property_wins_over_its_heading(extract):
    document = extract(_statement_docx(with_title_property=True), filename="zela.docx")
    assert document.title == "ZELA statement on the Moscow plenary"


def test_a_damaged_docx_is_refused_with_a_clear_message(extract):
    data = _statement_docx(with_title_property=False)
    with pytest.raises(ExtractionError, match="damaged"):
        extract(data[: len(data) - 200], filename="zela.docx")


def test_same_text_as_plain_text_and_docx_hashes_the_same(extract, read_document):
    text = read_document("kp-csc-2019-11-22-press-release.txt").decode("utf-8")
    word = docx.Document()
    for paragraph in text.split("\n\n"):
        word.add_paragraph(paragraph)
    buffer = io.BytesIO()
    word.save(buffer)
    assert extract(buffer.getvalue()).content_hash == extract(text.encode("utf-8")).content_hash


def test_stray_control_characters_in_a_web_page_do_not_break_extraction(extract, read_document):
    page = read_document("ipis-peer-review-web-page.html").replace(b"At its plenary", b"At\x0b its\x01 plenary")
    assert "At its plenary meeting in Gaborone" in extract(page).text


def test_the_kps_misspelt_name_is_read_as_its_own_but_the_text_kept():
    assert kp_spelled("The Kimberly Process (KP) and THE KIMBERLY PROCESS") == (
        "The Kimberley Process (KP) and THE KIMBERLEY PROCESS"
    )
    assert kp_spelled("le Processus Kimberley a parlé") == "le Processus de Kimberley a parlé"
    assert kp_spelled("Kimberly Smith said so.") == "Kimberly Smith said so."
