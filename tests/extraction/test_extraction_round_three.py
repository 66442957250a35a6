"""Short excerpts for the third round of rules: compact dates in addresses, offices standing for a person."""

from datetime import date

from statements.extraction.dates import url_date
from statements.extraction.organisations import identify_organisation
from statements.extraction.quotes import find_quotes

TODAY = date(2026, 1, 1)


# --- Dates


def test_a_whole_path_segment_written_yyyymmdd_dates_the_page():
    assert url_date("https://www.pressreader.com/botswana/botswana-guardian/20220318/281560884277482", TODAY) == date(
        2022, 3, 18
    )
    assert url_date("https://news.example/20240608/minister-says-1066939739.html", TODAY) == date(2024, 6, 8)


def test_eight_digits_inside_a_longer_number_or_word_are_no_date():
    assert url_date("https://news.example/article/2022031845/", TODAY) is None
    assert url_date("https://news.example/news/diamonds20220318", TODAY) is None
    assert url_date("https://news.example/20221399/", TODAY) is None  # no 99th day


# --- People


def test_an_office_with_its_qualifiers_stands_for_the_person_named_with_it_earlier():
    text = (
        "Minister of Mines and Mineral Resources, Julius Daniel Mattai, has called for the scheme to stay free.\n\n"
        "“The Kimberley Process must not be used as a platform for settling scores,” "
        "the Mines and Mineral Resources Minister cautioned."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Julius Daniel Mattai"]


def test_a_lower_case_word_before_the_office_is_no_qualifier():
    text = (
        "Minister of Mines Julius Daniel Mattai opened the meeting.\n\n"
        "“The Kimberley Process must not be used as a platform for settling scores,” the former minister warned."
    )

    assert find_quotes(text) == []


# --- Organisations


def test_an_organisation_concluding_or_hosting_in_the_first_sentence_issued_the_text():
    text = (
        "IDMA Calls for Action\n"
        "The International Diamond Manufacturers Association (IDMA) concluded its deliberations in Moscow.\n"
    )

    assert identify_organisation(text)[0] == "International Diamond Manufacturers Association (IDMA)"


def test_a_datelines_place_before_the_first_sentences_subject_is_passed_over():
    text = (
        "Antwerp Hosts WDC and KP Chair\n"
        "Antwerp: The Antwerp World Diamond Centre (AWDC) welcomed the KP Chair and the President of the "
        "World Diamond Council (WDC).\n"
    )

    assert identify_organisation(text, ["World Diamond Council", "WDC"])[0] == "Antwerp World Diamond Centre (AWDC)"
