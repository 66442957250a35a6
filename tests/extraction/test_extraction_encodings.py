"""Encodings: UTF-8 with or without BOM, Windows-1252, Latin-1 and declared charsets all decode to the same text."""

from statements.extraction.decode import decode_bytes

STATEMENT = (
    "Kinshasa, le 3 décembre 2021\n\n"
    "“La coalition regrette l’échec de la réforme”, déclare Joséphine Kabeya – une déception très profonde.\n"
)


def test_windows_1252_file_with_curly_quotes_and_accents_decodes_correctly(extract, read_document):
    document = extract(read_document("windows-1252-statement-fr.txt"), filename="statement.txt")
    assert "“Le Processus de Kimberley a échoué”, déclare Shamiso Mtisi." in document.text
    assert "L’élargissement de la définition des diamants de la guerre – réclamé" in document.text
    assert "\r" not in document.text
    assert document.language == "fr"
    assert document.people == ["Shamiso Mtisi", "Hans Merket"]


def test_latin_1_file_decodes_accents(extract, read_document):
    document = extract(read_document("latin-1-eu-statement.txt"))
    assert "Côte d'Ivoire and Guinée" in document.text
    assert document.people == ["Hugo Sobral"]


def test_same_text_as_utf8_and_windows_1252_has_the_same_hash(extract):
    utf8 = extract(STATEMENT.encode("utf-8"))
    cp1252 = extract(STATEMENT.encode("cp1252"))
    assert utf8.text == cp1252.text
    assert utf8.content_hash == cp1252.content_hash


def test_same_text_with_bom_crlf_and_extra_spaces_has_the_same_hash(extract):
    plain = extract(STATEMENT.encode("utf-8"))
    noisy = "\ufeff" + STATEMENT.replace("\n", "\r\n").replace(" ", "  ").replace("coalition", "Coalition")
    assert extract(noisy.encode("utf-8")).content_hash == plain.content_hash
    assert extract(STATEMENT.encode("utf-16")).content_hash == plain.content_hash


def test_different_text_has_a_different_hash(extract):
    assert extract(STATEMENT.encode()).content_hash != extract(STATEMENT.replace("2021", "2022").encode()).content_hash


def test_html_meta_charset_is_honoured(extract):
    page = (
        '<html><head><meta charset="windows-1252"><title>Réforme</title></head>'
        "<body><p>La réforme du Processus de Kimberley a échoué, selon la coalition.</p></body></html>"
    ).encode("cp1252")
    document = extract(page)
    assert "La réforme du Processus de Kimberley a échoué" in document.text
    assert document.title == "Réforme"


def test_a_latin_1_label_is_read_as_windows_1252_like_browsers_do():
    data = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">“Réforme”'.encode("cp1252")
    assert decode_bytes(data).endswith("“Réforme”")


def test_content_type_charset_is_used_when_bytes_are_not_utf8():
    assert decode_bytes("Москва".encode("koi8_r"), "text/plain; charset=koi8-r") == "Москва"


def test_valid_utf8_wins_over_a_wrong_legacy_declaration():
    data = '<meta charset="iso-8859-1"><p>Secrétariat permanent</p>'.encode()
    assert "Secrétariat permanent" in decode_bytes(data)


def test_undeclared_cyrillic_is_left_to_charset_normalizer():
    text = "Кимберлийский процесс не смог договориться о постоянном секретариате и определении. " * 3
    assert decode_bytes(text.encode("cp1251")) == text
