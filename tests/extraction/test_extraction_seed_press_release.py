"""The seed document: the KP Civil Society Coalition's press release after the 2019 New Delhi plenary."""

from datetime import date

import pytest

SEED = "kp-csc-2019-11-22-press-release.txt"


@pytest.fixture
def seed(extract, read_document):
    return extract(read_document(SEED), filename=SEED, content_type="text/plain")


def test_seed_press_release_is_dated_22_november_2019(seed):
    assert seed.published_on == date(2019, 11, 22)
    assert seed.date_source == "first lines of text"


def test_seed_press_release_is_by_the_civil_society_coalition(seed):
    assert seed.organisation == "Kimberley Process Civil Society Coalition"


def test_seed_press_release_organisation_is_found_without_any_known_organisations(extract, read_document):
    document = extract(read_document(SEED), known_organisations=[])
    assert document.organisation == "Kimberley Process Civil Society Coalition"


def test_seed_press_release_is_about_the_2019_new_delhi_plenary(seed):
    assert seed.plenary is not None
    assert (seed.plenary.year, seed.plenary.kind, seed.plenary.city) == (2019, "plenary", "New Delhi")


def test_seed_press_release_reports_failure_on_scope_secretariat_and_fund_but_not_peer_review(seed):
    stances = {area.slug: area.stance for area in seed.areas}
    assert stances == {"scope": "negative", "permanent-secretariat": "negative", "multi-donor-fund": "negative"}


def test_seed_press_release_area_excerpts_are_the_sentences_naming_the_area(seed):
    excerpts = {area.slug: area.excerpt for area in seed.areas}
    assert "the scope and governance of the scheme" in excerpts["scope"]
    assert "Permanent Secretariat and Multi-Donor Fund" in excerpts["permanent-secretariat"]
    assert all(len(excerpt) <= 400 for excerpt in excerpts.values())


def test_seed_press_release_quotes_only_shamiso_mtisi_not_the_contact_hans_merket(seed):
    assert seed.people == ["Shamiso Mtisi"]
    assert len(seed.quotes) >= 4
    assert {quote.person for quote in seed.quotes} == {"Shamiso Mtisi"}


def test_seed_press_release_quote_by_mr_mtisi_across_the_blank_line_is_whole(seed):
    car_quote = next(quote for quote in seed.quotes if "CAR’s" in quote.text)
    assert car_quote.person == "Shamiso Mtisi"
    assert "CAR’s authorities to make this experiment work" in car_quote.text


def test_seed_press_release_headline_in_quotation_marks_is_its_title_not_a_quote(seed):
    assert seed.title == "Conflict diamond certification scheme unable and unwilling to reform"
    assert all("unable and unwilling" not in quote.text for quote in seed.quotes)


def test_seed_press_release_is_in_english(seed):
    assert seed.language == "en"


def test_seed_press_release_text_keeps_paragraphs_and_drops_the_leading_blank_lines(seed):
    assert seed.text.startswith("22 November, 2019\n\nPress Release Kimberley Process Civil Society Coalition")
    assert "\n\n\n" not in seed.text
    assert seed.text.endswith("+ 32 474 34 20 14")


def test_seed_press_release_hash_ignores_case_and_whitespace_changes(extract, read_document, seed):
    reflowed = read_document(SEED).decode("utf-8").upper().replace("\n\n", "\n   \n\n\n")
    assert extract(reflowed.encode("utf-8")).content_hash == seed.content_hash
    assert len(seed.content_hash) == 64
