"""Publication dates in English and French: the text's first lines, datelines and headings, metadata values,
addresses and the dates of last resort; sanity limits, and where each date came from."""

from datetime import date

import pytest

from statements.extraction import PlenaryRef, extract_document
from statements.extraction.dates import (
    EARLIEST,
    YearlessDate,
    find_text_date,
    find_yearless_date,
    parse_date_value,
    url_date,
)
from statements.rules import EARLIEST_STATEMENT

TODAY = date(2026, 1, 1)


# --- First lines, metadata values and sanity limits


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("22 November, 2019", date(2019, 11, 22)),
        ("22 November 2019", date(2019, 11, 22)),
        ("November 22, 2019", date(2019, 11, 22)),
        ("Nov. 22nd, 2019", date(2019, 11, 22)),
        ("22 novembre 2019", date(2019, 11, 22)),
        ("le 3 décembre 2021", date(2021, 12, 3)),
        ("1er décembre 2021", date(2021, 12, 1)),
        ("Friday, 22 November 2019", date(2019, 11, 22)),
        ("vendredi 22 novembre 2019", date(2019, 11, 22)),
        ("2019-11-22", date(2019, 11, 22)),
        ("22/11/2019", date(2019, 11, 22)),
        ("3 août 2020", date(2020, 8, 3)),
        ("Amsterdam, 18 maart 2002", date(2002, 3, 18)),
        ("Antwerpen, 21 juni 2018", date(2018, 6, 21)),
        ("April 02,2003", date(2003, 4, 2)),
        ("November 22 , 2019", date(2019, 11, 22)),
        ("By Jane Smith / November 07, 2022 / www.example.net / Article Link", date(2022, 11, 7)),
        ("segunda-feira, 25 de janeiro de 2016", date(2016, 1, 25)),
        ("Luanda, 7 de março de 2019", date(2019, 3, 7)),
        ("Caracas, 3 de noviembre de 2022", date(2022, 11, 3)),
        ("1ᵉʳ décembre 2019", date(2019, 12, 1)),
        ("mercredi 1re juillet 2015", date(2015, 7, 1)),
        ("1ère juillet 2015", date(2015, 7, 1)),
        ("2ème jour, 3 mars 2016", date(2016, 3, 3)),
        ("le 2ème mars 2016", date(2016, 3, 2)),
        ("5 fév. 2019", date(2019, 2, 5)),
        ("5 juill. 2019", date(2019, 7, 5)),
    ],
)
def test_a_date_alone_on_the_first_line_is_the_publication_date(written, expected):
    assert find_text_date(f"{written}\n\nSome statement text.", TODAY) == (expected, "first lines of text")


def test_a_date_in_the_future_is_ignored_and_the_dateline_is_used(extract, read_document):
    document = extract(read_document("future-dated-statement.txt"), today=date(2024, 1, 1))
    assert document.published_on == date(2023, 6, 14)
    assert document.date_source == "dateline in text"
    assert document.title == "Statement by Partnership Africa Canada on the Kimberley Process intersessional"


def test_future_dated_statement_is_about_the_gaborone_intersessional(extract, read_document):
    document = extract(read_document("future-dated-statement.txt"), today=date(2024, 1, 1))
    assert (document.plenary.year, document.plenary.kind) == (2023, "intersessional")
    assert document.organisation == "Partnership Africa Canada"
    assert document.people == ["Joanne Lebert"]
    assert len(document.quotes) == 2


def test_dates_before_the_kimberley_process_are_ignored():
    text = "12 March 1994\n\nKinshasa, 5 May 2004 – Participants met today to discuss the review."
    assert find_text_date(text, TODAY) == (date(2004, 5, 5), "dateline in text")


def test_impossible_calendar_dates_are_ignored():
    assert find_text_date("31 February 2020\n\nText without another date.", TODAY) == (None, "")


def test_a_date_written_in_the_body_is_what_happened_that_day_not_the_publication_date():
    text = "Civil society statement\n\nAt the meeting held on 16 June 2023 participants discussed the review."
    assert find_text_date(text, TODAY) == (None, "")


def test_a_dateline_may_name_several_places():
    text = "Civil Society Boycotts the Scheme\n\nLuanda, Angola / Ottawa, Canada—November 17, 2015\n\nCivil society…"
    assert find_text_date(text, TODAY)[0] == date(2015, 11, 17)


def test_a_document_without_any_date_has_none(extract):
    document = extract(b"A statement without a date.\n\nIt says nothing about when it was written.")
    assert (document.published_on, document.date_source) == (None, "")
    assert document.plenary is None


def test_a_future_html_meta_date_falls_through_to_the_text(extract):
    page = (
        b'<html><head><meta property="article:published_time" content="2099-01-01"></head>'
        b"<body><p>Brussels, 16 November 2018</p><p>The plenary in Brussels closed today.</p></body></html>"
    )
    document = extract(page)
    assert (document.published_on, document.date_source) == (date(2018, 11, 16), "first lines of text")


def test_a_date_in_the_url_is_used_when_the_text_has_none(extract):
    document = extract(b"Statement text without a date.", url="https://example.org/news/2019/11/22/statement")
    assert (document.published_on, document.date_source) == (date(2019, 11, 22), "url")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-22T17:00:00+05:30", date(2019, 11, 22)),
        ("2019-11-22T10:00:00Z", date(2019, 11, 22)),
        ("Fri, 22 Nov 2019 10:00:00 GMT", date(2019, 11, 22)),
        ("22 novembre 2019", date(2019, 11, 22)),
        ("20191122", date(2019, 11, 22)),
        ("not a date", None),
    ],
)
def test_metadata_date_values_are_parsed(value, expected):
    assert parse_date_value(value) == expected


def test_a_dutch_month_counts_only_inside_a_full_date():
    text = "Mei is a word in a name here, as in Mei Ling.\n\nThe meeting ended in June."
    assert find_text_date(text, TODAY) == (None, "")


# --- Datelines, release lines and headings


def test_a_body_date_is_an_event_and_a_dateline_may_name_several_places():
    assert find_text_date("Title\n\nAt the meeting held on 16 June 2023 they met.", TODAY) == (None, "")
    dated = find_text_date("Title\n\nLuanda, Angola / Ottawa, Canada—November 17, 2015\n\nText.", TODAY)
    assert dated[0] == date(2015, 11, 17)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("KINSHASA, 22 novembre 2019 (AFP) – Les délégués ont quitté la salle.", date(2019, 11, 22)),
        ("NEW DELHI, Nov. 22, 2019 (Wire) - Delegates left the room.", date(2019, 11, 22)),
        ("Kinshasa, le 1er novembre 2019 – Les délégués ont quitté la salle.", date(2019, 11, 1)),
        ("LONDON, 3rd December 2019 - Delegates left the room.", date(2019, 12, 3)),
        ("WASHINGTON, D.C. (November 22, 2019) — Delegates left the room.", date(2019, 11, 22)),
        ("WASHINGTON (November 22, 2019) — Delegates left the room.", date(2019, 11, 22)),
        ("(Rapaport... November 22, 2019) Delegates left the room.", date(2019, 11, 22)),
        ("(IDEX Online) - November 22, 2019 - Delegates left the room.", date(2019, 11, 22)),
        ("New Delhi [India], Nov 22, 2019 (ANI): Delegates left the room.", date(2019, 11, 22)),
        ("Harare, Zimbabwe. 22 November 2019. Delegates left the room.", date(2019, 11, 22)),
        ("Paris, le vendredi 22 novembre 2019. Les délégués ont quitté la salle.", date(2019, 11, 22)),
        ("Bangui, ce vendredi 22 novembre 2019 – Les délégués ont quitté la salle.", date(2019, 11, 22)),
        ("Saint-Denis de La Réunion, le 22 novembre 2019 – Les délégués sont partis.", date(2019, 11, 22)),
        (
            "Bangui, République centrafricaine, samedi, 22 novembre 2019, 5:22:56 (CNC). Ils sont partis.",
            date(2019, 11, 22),
        ),
        ("Kinshasa, République démocratique du Congo, 22 novembre 2019 – Ils sont partis.", date(2019, 11, 22)),
    ],
)
def test_a_wire_dateline_dates_the_text(opening, expected):
    assert find_text_date(f"Walk-out at the plenary\n\n{opening} They said so.", TODAY)[0] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("House of Lords written question – answered on 10th January 2012.", date(2012, 1, 10)),
        ("– in the House of Commons at 12:00 am on 1 May 2001.", date(2001, 5, 1)),
        # The same words in a sentence of the text: a day something happened.
        (
            "The Minister told the House of Lords in a written answer that it was answered on 10 January 2012.",
            None,
        ),
    ],
)
def test_a_parliaments_record_names_its_own_day(line, expected):
    assert find_text_date(f"Kimberley Process\n\n{line}\n\nAlert me about debates like this", TODAY)[0] == expected


def test_a_long_lead_crediting_a_photo_in_passing_keeps_its_dateline():
    lead = "HARARE, 22 November 2019 – Zimbabwe said the plenary had gone well (Photo: Reuters). " + "It went on. " * 20
    assert find_text_date(f"Walk-out at the plenary\n\n{lead}", TODAY)[0] == date(2019, 11, 22)


@pytest.mark.parametrize(
    "caption",
    [
        "Ville de Bangui, le 13 décembre 2020. Photo CNC / Gisèle Moloma",
        "Kinshasa, 13 December 2020. Photo: Jane Doe",
        "Kinshasa, 13 December 2020 (PHOTO AFP)",
    ],
)
def test_a_photos_caption_is_no_dateline(caption):
    assert find_text_date(f"Walk-out at the plenary\n\n{caption}\n\nThey said so.", TODAY) == (None, "")


@pytest.mark.parametrize(
    "opening",
    [
        "Depuis le 22 juin 2011, la RDC préside le processus.",
        "Dès le 1er janvier 2020, la Russie présidera le processus.",
        "Since 1 January 2020, Russia has chaired the process.",
    ],
)
def test_a_sentence_opening_with_since_a_day_is_no_dateline(opening):
    assert find_text_date(f"Walk-out at the plenary\n\n{opening} They said so.", TODAY) == (None, "")


def test_a_dateline_without_a_year_is_no_date():
    assert find_text_date("Walk-out\n\nLONDON, Nov 22 (Wire) - Delegates left the room.", TODAY) == (None, "")


def test_a_release_number_may_come_before_the_dateline():
    text = "Canada Rejects Statement\n\n(No. 181 - June 24, 2011 – 10:00 p.m. ET) John Baird today announced…"

    assert find_text_date(text, TODAY) == (date(2011, 6, 24), "dateline in text")


def test_a_heading_ending_with_place_and_date_dates_the_text():
    text = "Speech by the Ambassador at the seminar on the Kimberley Process, Brussels, 17 December 2012\n\nModerator,"
    assert find_text_date(text, TODAY) == (date(2012, 12, 17), "the heading's place and date")
    delivered = "Remarks by the coordinator at the plenary, New Delhi, 18 November 2019 (as delivered)\n\nChair,"
    assert find_text_date(delivered, TODAY) == (date(2019, 11, 18), "the heading's place and date")


def test_a_date_inside_a_heading_sentence_does_not_date_it():
    text = "Report on what happened on 17 December 2012 in Brussels and after\n\nText."
    assert find_text_date(text, TODAY) == (None, "")


# --- Dates in addresses


def test_a_whole_path_segment_written_yyyymmdd_dates_the_page():
    assert url_date("https://www.pressreader.com/botswana/botswana-guardian/20220318/281560884277482", TODAY) == date(
        2022, 3, 18
    )
    assert url_date("https://news.example/20240608/minister-says-1066939739.html", TODAY) == date(2024, 6, 8)


def test_eight_digits_inside_a_longer_number_are_no_date():
    assert url_date("https://news.example/article/2022031845/", TODAY) is None
    assert url_date("https://news.example/20221399/", TODAY) is None  # no 99th day


def test_a_date_in_an_addresss_slug_or_a_file_named_by_its_day():
    assert url_date("https://example.org/news/kp-plenary-2019-11-22-report", TODAY) == date(2019, 11, 22)
    assert url_date("https://minister.example/speeches/Pages/2017/jb_sp_170501.aspx?w=1", TODAY) == date(2017, 5, 1)
    # Six digits whose year is not the folder's are a number, not a day.
    assert url_date("https://example.org/2017/item_190501.html", TODAY) is None


# --- Dates of last resort: a meeting's first day, the server's Last-Modified header


MEETINGS = [PlenaryRef(2022, "intersessional", "Kasane", date(2022, 6, 24), date(2022, 6, 20), "Botswana", "Botswana")]


def test_an_opening_speech_at_a_known_meeting_is_dated_its_first_day_and_says_so():
    text = b"Opening remarks at the intersessional meeting in Kasane\n\nDistinguished delegates, thank you."
    document = extract_document(text, areas=[], plenaries=MEETINGS, today=TODAY)
    assert document.published_on == date(2022, 6, 20)
    assert document.date_source == "inferred: opening words at the 2022 intersessional, its first day"


def test_the_servers_last_modified_header_is_the_date_of_last_resort():
    text = b"A statement with no date.\n\nIt says nothing about when it was written."
    document = extract_document(
        text, areas=[], plenaries=[], today=TODAY, last_modified="Tue, 03 Dec 2019 10:00:00 GMT"
    )
    assert (document.published_on, document.date_source) == (date(2019, 12, 3), "the server's Last-Modified header")


# --- The ways a page states its own date (invented excerpts)

BODY = "\n\nThe coalition met delegates at the plenary and discussed the review of the scheme at length."


@pytest.mark.parametrize(
    "line",
    [
        "2019/11/22",
        "2019.11.22",
        "22-Nov-2019",
        "22nd of November 2019",
        "Friday November 22nd, 2019",
        "Nov 22 2019",
        "By Jane Smith | November 22, 2019 | 10:32 am",
        "Posted by admin on 22 November 2019 in News",
        "November 22, 2019 at 10:32 am",
        "Thursday 22 November 2019 15.00 GMT",
        "Publié le 22 novembre 2019 à 10h30",
        "Delivered on 22 November 2019",
        "(as delivered) 22 November 2019",
        "11/22/2019, 10:32 AM",
        "11/22/19 10:32 PM",
        "Published: 22 Nov 2019",
        "Published 22 Nov. 2019",
        "Posted on November 22nd, 2019",
        "Mis en ligne le 22/11/2019",
        "Publié le vendredi 22 novembre 2019 à 10h",
        "Date de publication : 22/11/2019",
        "ven. 22 nov. 2019",
        "22.11.2019",
        "2019-11-22T10:30:00Z",
        "2019-11-22T10:30:00+01:00",
        "22.11.19",
        "Publié le 22/11/19",
        "Written by Administrator Category: News Published: 22 November 2019 Hits: 2345",
        "Publié le ven, 22/11/2019 - 10:32 | Modifié le ven, 22/11/2019 - 10:35",
        "Par Jean Dupont | Publié le 22/11/2019 à 10h30 | Mis à jour le 23/11/2019 à 08h00",
    ],
)
def test_a_date_line_in_any_common_shape_dates_the_text(line):
    assert find_text_date(f"Statement on the review{BODY}\n\n{line}{BODY}", TODAY)[0] == date(2019, 11, 22)


def test_a_clock_with_am_or_pm_reads_the_month_first():
    assert find_text_date("05/11/2019 10:32 AM\n\nText.", TODAY)[0] == date(2019, 5, 11)


# --- Day first or month first: only when the digits, the text's other dates or its language settle it


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on 22/11/2019", date(2019, 11, 22)),  # no 22nd month
        ("Posted on 11/22/2019", date(2019, 11, 22)),
        ("Thu, 11/21/2019 - 10:32", date(2019, 11, 21)),
        ("Publié le 22-11-2019", date(2019, 11, 22)),
        ("05.11.2019", date(2019, 11, 5)),  # dots are European: the day first
        ("07/07/2019", date(2019, 7, 7)),  # the same either way
    ],
)
def test_a_numeric_date_whose_digits_settle_the_order_is_read(line, expected):
    assert find_text_date(f"Statement on the review{BODY}\n\n{line}{BODY}", TODAY)[0] == expected


def test_a_numeric_date_that_could_be_read_either_way_is_no_date_on_its_own():
    assert find_text_date("05/11/2019\n\nThe coalition regrets the decision.", TODAY) == (None, "")
    assert find_text_date("Published: 05-11-2019\n\nThe coalition regrets the decision.", TODAY) == (None, "")


def test_the_texts_other_dates_settle_the_order_of_an_ambiguous_one():
    day_first = "05/11/2019\n\nThe plenary opened on 18 November 2019 in the capital."
    month_first = "05/11/2019\n\nThe plenary opened on November 18, 2019 in the capital."
    numeric = "05/11/2019\n\nThe plenary opened on 11/18/2019 in the capital."
    assert find_text_date(day_first, TODAY)[0] == date(2019, 11, 5)
    assert find_text_date(month_first, TODAY)[0] == date(2019, 5, 11)
    assert find_text_date(numeric, TODAY)[0] == date(2019, 5, 11)


def test_dates_that_disagree_leave_an_ambiguous_date_unread():
    text = "05/11/2019\n\nThe plenary opened on 18 November 2019 and closed on November 22, 2019."
    assert find_text_date(text, TODAY) == (None, "")


def test_a_french_text_writes_the_day_first():
    text = (
        "Mis en ligne le 05/11/2019\n\nLa coalition de la société civile regrette que les participants n'aient pas "
        "pu s'entendre sur la définition des diamants de la guerre lors de la réunion."
    )
    assert find_text_date(text, TODAY) == (date(2019, 11, 5), "first lines of text")


def test_an_ambiguous_date_in_the_text_gives_way_to_the_address():
    document = extract_document(
        b"Statement on the review\n\n05/11/2019 09:35\n\nThe coalition regrets the decision of the plenary.",
        url="https://news.example/2019-11-05/statement-on-the-review",
        areas=[],
        plenaries=[],
        today=TODAY,
    )
    assert (document.published_on, document.date_source) == (date(2019, 11, 5), "url")


# --- A span of days is a meeting's, not the day a text came out


@pytest.mark.parametrize(
    "line",
    [
        "Kimberley Process Plenary, New Delhi, 18-22 November 2019",
        "18 to 22 November 2019",
        "Plenary meeting, 18 – 22 November 2019",
        "Réunion plénière, du 18 au 22 novembre 2019",
        "Intersessional, Mumbai, 17th-21st June 2019",
        "18 November - 22 November 2019",
        "18 November 2019 – 22 November 2019",
        "18/11/2019 - 22/11/2019",
        "2019-11-18 to 2019-11-22",
        "les 18 et 22 novembre 2019",
        "Monday 18 – Friday 22 November 2019",
        "du lundi 18 au vendredi 22 novembre 2019",
    ],
)
def test_the_bounds_of_a_span_of_days_are_no_publication_date(line):
    assert find_text_date(f"{line}{BODY}", TODAY) == (None, "")
    assert find_text_date(f"Statement on the review{BODY}\n\n{line}{BODY}", TODAY) == (None, "")


def test_a_span_of_days_does_not_hide_the_texts_own_date():
    text = f"Plenary meeting, 18-22 November 2019\n\nPublished: 25 November 2019{BODY}"
    assert find_text_date(text, TODAY) == (date(2019, 11, 25), "first lines of text")


@pytest.mark.parametrize(
    "line",
    [
        "22 November 2019 - 10.15 GMT",
        "Published at 10:30 - 22 November 2019",
        "Publié le 22/11/2019 à 10h30",
        "(No. 7 - 22 November 2019)",
    ],
)
def test_a_clock_or_a_number_beside_a_date_is_no_span(line):
    assert find_text_date(f"Statement on the review{BODY}\n\n{line}{BODY}", TODAY)[0] == date(2019, 11, 22)


def test_a_meetings_days_and_a_quoted_history_in_the_body_do_not_date_the_text():
    text = (
        "Civil society statement\n\nThe plenary from 18 to 22 November 2019 recalled that the scheme began in 2003, "
        "and that on 5 November 2002 ministers adopted it."
    )
    assert find_text_date(text, TODAY) == (None, "")


def test_a_publication_stamp_wins_over_a_last_updated_stamp_written_after_it():
    text = "Statement on the review\nPublished 22 November 2019 | Last updated 25 November 2019\n\nText."
    assert find_text_date(text, TODAY)[0] == date(2019, 11, 22)
    french = "Déclaration\nModifié le 25/11/2019 - Publié le 22/11/2019\n\nLa coalition regrette."
    assert find_text_date(french, TODAY)[0] == date(2019, 11, 22)


def test_a_month_and_day_with_a_two_digit_year_at_the_head():
    assert find_text_date("Headline\nNovember 05, 02World Diamond Council\nText.", TODAY)[0] == date(2002, 11, 5)
    # Inside a sentence the same digits count people.
    assert find_text_date("Headline\n\nOn November 5, 20 delegates walked out of the meeting.", TODAY) == (None, "")


def test_the_readers_clock_printed_by_the_page_is_no_publication_date():
    text = "Local time: Monday, 17 February 2020 02:24:24hrs\n\nMinistry of Mines\n\nThe ministry regrets the exit."
    assert find_text_date(text, TODAY) == (None, "")


@pytest.mark.parametrize(
    "line",
    [
        "Deadline: 22 November 2019",
        "Event date: 22 November 2019",
        "Date of the meeting: 22 November 2019",
        "Next meeting: 22 November 2019",
        "When: 22 November 2019",
        "Page visited on 22 November 2019",
        "Generated on 22 November 2019 at 10:30",
        "Archived on 22 November 2019",
        "Today is Friday, 22 November 2019",
    ],
)
def test_a_line_that_dates_something_else_or_the_readers_visit_is_no_publication_date(line):
    assert find_text_date(f"Statement on the review\n{line}{BODY}", TODAY) == (None, "")


def test_a_last_updated_date_later_than_every_year_the_text_writes_is_no_publication_date():
    about_2019 = "\n\nThe coalition regrets what the 2019 plenary decided on the definition of conflict diamonds."
    assert find_text_date(f"Statement\nLast updated: 3 March 2023{about_2019}", TODAY) == (None, "")
    assert find_text_date(f"Statement\nPage last reviewed: 3 March 2023{about_2019}", TODAY) == (None, "")
    assert find_text_date(f"Statement\nUpdated 25 November 2019{about_2019}", TODAY)[0] == date(2019, 11, 25)
    dateline = "Statement\nLast Updated: 3 March 2023\n\nNew Delhi, 22 November 2019 – The coalition walked out."
    assert find_text_date(dateline, TODAY) == (date(2019, 11, 22), "dateline in text")


def test_a_last_updated_line_under_the_text_is_the_pages_footer():
    text = f"Statement{BODY}\n\nCookie policy. Last updated 1 January 2024."
    assert find_text_date(text, TODAY) == (None, "")


def test_a_last_updated_date_gives_way_to_the_publication_date():
    assert find_text_date("Last updated: 25 November 2019\nPublished: 22 November 2019\n\nText.", TODAY) == (
        date(2019, 11, 22),
        "first lines of text",
    )
    assert find_text_date("Updated 25 November 2019, published 22 November 2019\n\nText.", TODAY)[0] == date(
        2019, 11, 22
    )
    assert find_text_date("Mis à jour le 25 novembre 2019\n\nLa coalition regrette.", TODAY) == (
        date(2019, 11, 25),
        "'last updated' line in text",
    )


# Longer than the head where a dateline is looked for.
CLOSING_BODY = "\n".join(
    f"Paragraph {n} of the release says what the coalition thinks of the scheme." for n in range(60)
)


@pytest.mark.parametrize(
    "ending",
    [
        "Jane Smith\nCoordinator, Diamond Fairness Network\n22 November 2019",
        "London, 22 November 2019",
        "Done at Kimberley, South Africa, on 22 November 2019.",
        "Fait à Kinshasa, le 22 novembre 2019",
        "ENDS\nIssued 22 November 2019",
        "Done at New Delhi, India, this 22nd day of November, 2019.",
    ],
)
def test_a_date_line_closing_a_release_or_under_its_signature_dates_it(ending):
    text = f"Statement on the review\n\n{CLOSING_BODY}\n\n{ending}\n"
    assert find_text_date(text, TODAY) == (date(2019, 11, 22), "date line at the end of the text")


@pytest.mark.parametrize(
    "heading", ["Recent Posts", "Latest News", "Dernières actualités", "Previous post", "2 Comments", "Leave a Reply"]
)
def test_dates_under_a_list_of_recent_posts_or_comments_after_the_text_are_others(heading):
    assert find_text_date(f"Statement{BODY}\n\n{heading}\nPlenary opens\nNovember 18, 2019", TODAY) == (None, "")


def test_a_french_heading_opening_on_comment_is_the_text_not_its_comments():
    body = "La société civile demande depuis des années une réforme profonde du Processus de Kimberley."
    text = (
        f"Déclaration\n{body}\nComment réformer le Processus\nLes propositions sont connues.\nKinshasa, le 22 juin 2021"
    )
    assert find_text_date(text, TODAY) == (date(2021, 6, 22), "first lines of text")


def test_a_latest_news_menu_above_the_text_does_not_hide_its_date():
    text = f"Home\nLatest news\nStatement on the review\n22 November 2019{BODY}"
    assert find_text_date(text, TODAY) == (date(2019, 11, 22), "first lines of text")


def test_dates_listed_at_the_foot_of_a_page_belong_to_other_articles():
    assert find_text_date("Statement\n\nThe coalition regrets it.\n\nRead more\n18 November 2019", TODAY) == (None, "")
    related = f"Statement\n\n{CLOSING_BODY}\n\nRelated news\nPlenary opens\n18 November 2019"
    listed = f"Statement\n\n{CLOSING_BODY}\n\nPlenary opens\n18 November 2019\nPlenary closes\n22 November 2019"
    assert find_text_date(related, TODAY) == (None, "")
    assert find_text_date(listed, TODAY) == (None, "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/news/statement-22-11-2019.html", date(2019, 11, 22)),
        ("https://example.org/view?id=4&date=2019-11-22", date(2019, 11, 22)),
        ("https://example.org/files/statement_2019_11_22.pdf", date(2019, 11, 22)),
        ("https://news.example/english/2020-03/04/c_138840533.htm", date(2020, 3, 4)),
        ("https://example.org/2019-11/statement", None),  # a month only
        ("https://example.org/2019/11/statement", None),
        ("https://example.org/news/statement-05-11-2019.html", None),  # 5 November or 11 May
    ],
)
def test_dates_in_an_addresss_slug_query_or_file_name(url, expected):
    assert url_date(url, TODAY) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/international/201911/22/01-123456-diamonds.php", date(2019, 11, 22)),
        ("https://news.example/archive/200906/29/", date(2009, 6, 29)),
        ("https://example.org/news/2019/11/22.html", date(2019, 11, 22)),
        ("https://example.org/view?lang=fr&date=20191122", date(2019, 11, 22)),
        ("https://example.org/view?pubdate=20191122&id=4", date(2019, 11, 22)),
        # A number after a month's folder is the start of a slug, and a number in a query an identifier.
        ("https://example.org/2019/11/5-things-the-plenary-decided", None),
        ("https://example.org/201911/statement", None),
        ("https://example.org/view?id=20191122", None),
        ("https://example.org/201911/45/statement", None),
    ],
)
def test_a_month_folder_then_a_day_or_a_compact_date_named_in_the_query(url, expected):
    assert url_date(url, TODAY) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.news.example/world/2019/nov/22/kimberley-process", date(2019, 11, 22)),
        ("https://example.org/news/20191122-kp-statement", date(2019, 11, 22)),
        ("https://example.org/news/kp-statement-20191122.html", date(2019, 11, 22)),
        ("https://example.org/news/20191122.html", date(2019, 11, 22)),
        ("https://news.example/news/diamonds20220318", date(2022, 3, 18)),
        ("https://example.org/news/diamonds22112019", date(2019, 11, 22)),
        ("https://example.org/news/statement05112019", None),  # 5 November or 11 May
        ("https://example.org/news/item-20191399", None),
        ("https://example.org/news/statement-22-november-2019", date(2019, 11, 22)),
        ("https://example.org/news/statement-22nov2019", date(2019, 11, 22)),
        ("https://example.org/news/statement-november-22-2019/", date(2019, 11, 22)),
        ("https://example.org/actu/declaration-22-d%C3%A9cembre-2019", date(2019, 12, 22)),
        # The last day of a meeting's span.
        ("https://example.org/news/plenary-18-22-november-2019", None),
        ("https://example.org/fr/du-18-au-22-novembre-2019-la-reunion", None),
        ("https://example.org/news/10th-12th-december-2019-meeting", None),
    ],
)
def test_a_day_in_an_address_by_its_months_name_or_as_eight_digits(url, expected):
    assert url_date(url, TODAY) == expected


def test_an_archived_copys_stamp_is_not_the_day_the_page_came_out():
    assert url_date("https://web.archive.org/web/20200101000000/http://example.org/statement", TODAY) is None
    archived = "https://web.archive.org/web/20191125103000id_/http://example.org/2019/11/22/statement"
    assert url_date(archived, TODAY) == date(2019, 11, 22)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a/20191122103000.html", date(2019, 11, 22)),
        ("https://news.example/a/20191122103000/kp-statement", date(2019, 11, 22)),
        ("https://news.example/view?ts=20191122103000", date(2019, 11, 22)),
        ("https://news.example/photo_22112019103000.html", date(2019, 11, 22)),
        ("https://news.example/a/20112019235959", date(2019, 11, 20)),  # no 20th month: the day first
    ],
)
def test_a_fourteen_digit_stamp_of_a_day_and_a_time_dates_the_page(url, expected):
    assert url_date(url, TODAY) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/a/20191122253000.html",  # no 25th hour
        "https://news.example/a/20191122106100.html",  # no 61st minute
        "https://news.example/a/05112019103000.html",  # 5 November or 11 May
        "https://news.example/a/20991122103000.html",  # in the future
        "https://news.example/a/item20191122103000.html",  # part of a word
        "https://news.example/a/201911221030001.html",  # part of a longer number
        "https://news.example/a/12345678901234",  # no calendar date
    ],
)
def test_fourteen_digits_that_are_no_plausible_stamp_are_no_date(url):
    assert url_date(url, TODAY) is None


# --- Page metadata


def _page(head: str, body: str = "<p>Brussels statement on the review of the scheme.</p>") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_a_time_element_marked_as_an_update_gives_way_to_the_publication_time(extract):
    body = (
        '<p>Updated <time class="updated" datetime="2019-11-25">25 Nov</time></p>'
        '<p>Posted <time class="entry-date published" datetime="2019-11-22">22 Nov</time></p>'
        "<p>The coalition regrets the decision of the plenary.</p>"
    )
    document = extract(_page("", body))
    assert (document.published_on, document.date_source) == (date(2019, 11, 22), "html <time datetime>")


def test_a_time_element_that_is_only_an_update_is_not_the_publication_date(extract):
    body = (
        '<p><time itemprop="dateModified" datetime="2019-11-25">25 Nov</time></p>'
        "<p>The coalition regrets the decision of the plenary.</p>"
    )
    document = extract(_page("", body), url="https://example.org/2019/11/22/statement")
    assert (document.published_on, document.date_source) == (date(2019, 11, 22), "url")


def test_an_element_with_itemprop_date_published_dates_the_page(extract):
    body = (
        '<p><span itemprop="datePublished" content="2019-11-22">Friday</span></p>'
        "<p>The coalition regrets the decision of the plenary.</p>"
    )
    document = extract(_page("", body))
    assert (document.published_on, document.date_source) == (date(2019, 11, 22), "html itemprop datePublished")


# --- Evidence combined: a dateline without its year, the day of a meeting's opening or closing, which source wins

KASANE = PlenaryRef(2022, "intersessional", "Kasane", date(2022, 6, 24), date(2022, 6, 20), "Botswana", "Botswana")
ANTWERP = PlenaryRef(2018, "intersessional", "Antwerp", date(2018, 6, 22), date(2018, 6, 18), "Belgium", "EU")
# A meeting whose first day the record does not hold.
FALLS = PlenaryRef(2023, "intersessional", "Victoria Falls", date(2023, 5, 25), None, "Zimbabwe", "Zimbabwe")
COMBINED = [KASANE, ANTWERP, FALLS]
BRUSSELS = PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16), date(2018, 11, 12), "EU", "Belgium")
NEW_DELHI = PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22), date(2019, 11, 18), "India", "India")
GABORONE = PlenaryRef(2006, "plenary", "Gaborone", date(2006, 11, 9), date(2006, 11, 6), "Botswana", "Botswana")


def dated(
    text: str, *, url: str = "", today: date = TODAY, last_modified: str = "", plenaries: list[PlenaryRef] = COMBINED
) -> tuple[date | None, str]:
    document = extract_document(
        text.encode(), url=url, areas=[], plenaries=plenaries, today=today, last_modified=last_modified
    )
    return document.published_on, document.date_source


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("NEW YORK, April 25 – The industry welcomed the law.", YearlessDate(4, 25, None, "April 25")),
        ("Lundi 12 novembre – La coalition interpelle les participants.", YearlessDate(11, 12, 0, "12 novembre")),
        ("Speech by the coordinator at the seminar, Brussels, 17 December", YearlessDate(12, 17, None, "17 December")),
        ("KINSHASA (Wire) - June 3 - Delegates arrived.", YearlessDate(6, 3, None, "June 3")),
        ("Friday, November 22:", YearlessDate(11, 22, 4, "November 22")),
    ],
)
def test_a_dateline_or_heading_date_without_its_year(head, expected):
    assert find_yearless_date(f"{head}\n\nMore text about the review of the scheme.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A statement\n\nThe coalition met on April 25 to discuss the review of the scheme.",
        "Brussels plenary\n\nNovember 12 – 16: the participants meet in Brussels.",
        "Last updated: April 25\n\nThe coalition regrets the decision.",
    ],
)
def test_a_day_in_a_sentence_a_span_or_an_update_is_no_yearless_dateline(text):
    assert find_yearless_date(text) is None


def test_a_yearless_dateline_takes_the_year_of_the_addresss_year_folder():
    text = "Industry welcomes the law\n\nNEW YORK, April 25 – The industry welcomed the signing of the law."
    assert dated(text, url="https://example.org/press/2003/industry-welcomes.htm") == (
        date(2003, 4, 25),
        "dateline 'April 25' in text, the year from the address",
    )


def test_a_yearless_dateline_takes_the_year_of_the_meeting_the_title_names():
    text = "Plénière 2018 : la coalition interpelle les participants\n\nLundi 12 novembre – La coalition demande…"
    assert dated(text, plenaries=[*COMBINED, BRUSSELS]) == (
        date(2018, 11, 12),
        "dateline '12 novembre' in text, the year from the title",
    )


@pytest.mark.parametrize(
    ("text", "plenaries"),
    [
        # A title's year is the year the text is about, not the year it was written in.
        ("KP Annual Report 2019\n\nGABORONE, March 3 – The report sets out the year's work.", COMBINED),
        # The title names a meeting of that year, but the day is months away from it.
        ("2018 Plenary: the coalition's asks\n\nLONDON, March 3 – The coalition sets out its asks.", [BRUSSELS]),
    ],
)
def test_a_title_year_dates_a_yearless_dateline_only_around_the_meeting_it_names(text, plenaries):
    assert dated(text, plenaries=plenaries) == (None, "")


def test_a_yearless_dateline_takes_the_year_of_the_meeting_the_text_is_about():
    text = (
        "Civil society sets out its asks\n\n"
        "GENEVA, June 15 – Participants gathering for the intersessional meeting in Antwerp must widen the definition."
    )
    assert dated(text) == (
        date(2018, 6, 15),
        "dateline 'June 15' in text, the year of the 2018 intersessional it is about",
    )


@pytest.mark.parametrize(
    ("text", "written", "day"),
    [
        (
            "NEW DELHI, Nov 22 (Reuters) - Civil society walked out of the Kimberley Process plenary on Friday.",
            "Nov 22",
            22,
        ),
        ("NEW DELHI, Nov. 20 (AP) — The Kimberley Process plenary failed to agree on a new definition.", "Nov. 20", 20),
        (
            "NEW DELHI, 21 nov. (AFP) — La plénière du Processus de Kimberley n'a pas réussi à s'entendre.",
            "21 nov.",
            21,
        ),
    ],
)
def test_an_abbreviated_yearless_dateline_in_a_city_of_several_meetings_names_the_one_that_sat_that_day(
    text, written, day
):
    old_delhi = PlenaryRef(2008, "plenary", "New Delhi", date(2008, 11, 6), date(2008, 11, 3), "India", "India")
    value, source = dated(text, plenaries=[old_delhi, NEW_DELHI])
    assert value == date(2019, 11, day)
    assert source == f"dateline '{written}' in text, the year of the 2019 plenary it is about"


def test_the_weekday_of_a_yearless_dateline_chooses_between_the_years_the_title_names():
    text = (
        "From the 2018 plenary to the 2019 plenary: the coalition looks ahead\n\n"
        "Monday, 12 November – The coalition published its review."
    )
    # A Monday in 2018, a Tuesday in 2019: both within weeks of that year's plenary.
    assert dated(text, plenaries=[BRUSSELS, NEW_DELHI])[0] == date(2018, 11, 12)


@pytest.mark.parametrize(
    ("text", "url", "today"),
    [
        # The weekday written is not the day of the week in the one year given.
        ("Plénière 2018 : la coalition\n\nMardi 12 novembre – La coalition demande…", "", TODAY),
        # Two years and nothing to choose between them.
        (
            "From 2018 to 2019: the coalition looks ahead\n\n12 November – The coalition published its review.",
            "",
            TODAY,
        ),
        # The address's month folder is another month.
        (
            "A statement\n\nNEW DELHI, November 22 – The coalition regrets…",
            "https://example.org/2019/06/statement",
            TODAY,
        ),
        # The one reading is later than the day the document is read.
        ("A statement\n\nLONDON, December 30 – The coalition regrets…", "https://example.org/2025/s", date(2025, 6, 1)),
        # No year anywhere in the input.
        ("A statement\n\nNEW YORK, April 25 – The industry welcomed the law.", "", TODAY),
        # Months away from the one meeting the text is about: not written for it.
        (
            "A statement\n\nGENEVA, February 10 – Ahead of the intersessional meeting in Antwerp, the coalition…",
            "",
            TODAY,
        ),
    ],
)
def test_a_yearless_dateline_is_left_undated_unless_exactly_one_reading_fits(text, url, today):
    assert dated(text, url=url, today=today) == (None, "")


def test_a_report_of_opening_remarks_at_a_known_meeting_is_dated_its_first_day():
    # The labelling rules: "in his opening remarks at the Dubai plenary" → the plenary's first day.
    text = (
        "Coalition presses the chair\n\n"
        "In his opening remarks at the intersessional meeting in Kasane, the coordinator called for reform."
    )
    assert dated(text) == (
        date(2022, 6, 20),
        "inferred: opening words reported at the 2022 intersessional, its first day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Walk-out in Kasane\n\nLast week, the intersessional meeting in Kasane ended in chaos. In his opening speech, "
        "the coordinator named the participants blocking reform.",
        "Impasse au Botswana\n\nLors de la récente réunion intersessionnelle à Kasane, la coordinatrice a regretté, "
        "dans son discours de clôture, l'absence de consensus.",
        "Press releases\n\nThis week saw the end of the intersessional meeting in Kasane. In her closing remarks the "
        "coordinator thanked the chair.",
        "Coalition statement\n\nFollowing the close of the intersessional meeting in Kasane, the coalition repeats "
        "what its coordinator said in his closing statement.",
    ],
)
def test_a_text_written_after_the_meeting_is_not_dated_by_the_remarks_it_reports(text):
    assert dated(text) == (None, "")


def test_a_speech_recalling_a_recent_meeting_is_still_dated_by_its_closing_words():
    text = (
        "Distinguished delegates,\n\n"
        "As we close this intersessional meeting in Kasane, let me recall the recent plenary, whose decisions wait."
    )
    assert dated(text) == (date(2022, 6, 24), "inferred: closing words at the 2022 intersessional, its last day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At today's closing session of the intersessional meeting in Kasane, civil society asked for more.", (6, 24)),
        ("The intersessional meeting got underway today in Kasane with a ceremony.", (6, 20)),
        ("Alors que nous ouvrons aujourd'hui la réunion intersessionnelle à Kasane, la coalition rappelle…", (6, 20)),
        ("A statement released to coincide with the opening of the intersessional meeting in Kasane.", (6, 20)),
        ("The intersessional meeting in Kasane was inaugurated by the minister.", (6, 20)),
        ("The minister opens today the intersessional meeting in Kasane, with all participants.", (6, 20)),
        (
            "Addressing the opening session of the intersessional meeting in Kasane, the chair said reform matters.",
            (6, 20),
        ),
        ("Speaking at the closing ceremony of the intersessional meeting in Kasane, the chair thanked all.", (6, 24)),
    ],
)
def test_a_meetings_opening_or_closing_said_to_be_that_day_dates_the_text(text, expected):
    assert dated(f"Civil society\n\n{text}")[0] == date(2022, *expected)


@pytest.mark.parametrize(
    "text",
    [
        # An event at the closing session, in a release that does not say when it was written.
        "Civil society walked out at the closing session of the intersessional meeting in Kasane.",
        "The opening session of the intersessional meeting in Kasane heard the chair.",
        # "opening" and "closing" that are not a meeting's.
        "At the intersessional meeting in Kasane, the coalition asked for the opening up of the diamond trade.",
        "At the intersessional meeting in Kasane, the coalition asked for closing the loopholes.",
    ],
)
def test_an_event_at_the_opening_or_closing_session_is_not_the_texts_own_day(text):
    assert dated(f"Civil society\n\n{text}") == (None, "")


def test_a_statement_given_on_a_weekday_of_the_meeting_is_dated_that_day():
    text = (
        "Statement delivered on Wednesday at the intersessional meeting in Kasane\n\n"
        "Distinguished delegates, the scheme must change."
    )
    assert dated(text) == (date(2022, 6, 22), "inferred: given on the Wednesday of the 2022 intersessional")


def test_a_report_of_what_was_said_on_a_weekday_of_the_meeting_is_not_dated_that_day():
    # A report is written after what it reports, on a day it does not say: the weekday dates the words, not it.
    text = (
        "Botswana looks to the plenary\n\n"
        "Botswana's minister said on Monday that the plenary in Gaborone would take up the review of the scheme."
    )
    assert dated(text, plenaries=[GABORONE]) == (None, "")


@pytest.mark.parametrize(
    "text",
    [
        # The weekday the meeting began, not the day the statement was given.
        "The minister told reporters at the intersessional meeting in Kasane that began on Monday that all was well.",
        # A statement still to come.
        "The coalition will deliver a statement at the intersessional meeting in Kasane on Wednesday.",
        # No Sunday in the meeting's days.
        "In a statement at the intersessional meeting in Kasane on Sunday, the minister said so.",
        # Opening words on a day that is not the meeting's first: which one is wrong cannot be told.
        "In his opening remarks at the intersessional meeting in Kasane on Thursday, the minister said so.",
    ],
)
def test_a_weekday_that_does_not_pin_one_day_of_the_meeting_dates_nothing(text):
    assert dated(f"Minister speaks\n\n{text}") == (None, "")


def test_closing_words_at_a_meeting_whose_first_day_is_unknown_are_dated_its_last_day():
    closing = "Closing remarks at the intersessional meeting in Victoria Falls\n\nThank you, Chair."
    opening = "Opening remarks at the intersessional meeting in Victoria Falls\n\nThank you, Chair."
    assert dated(closing)[0] == date(2023, 5, 25)
    assert dated(opening) == (None, "")


def test_a_meetings_day_later_than_the_day_the_text_is_read_is_no_date():
    text = "Opening remarks at the intersessional meeting in Kasane\n\nDistinguished delegates, thank you."
    assert dated(text, today=date(2022, 6, 1)) == (None, "")


# --- Which source wins when they disagree


def test_the_texts_dateline_wins_over_the_address_and_the_evidence_says_so():
    text = "Civil society statement\n\nBrussels, 16 November 2018 – The coalition regrets the decision."
    assert dated(text, url="https://example.org/news/2018/11/20/statement") == (
        date(2018, 11, 16),
        "dateline in text (the url says 2018-11-20)",
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Filed under an earlier day: the header above the title prints the day the page was read, or an edit's.
        (
            "https://example.org/2015/09/30/kp-indicted/",
            (date(2015, 9, 30), "url (the first lines of text says 2016-10-24)"),
        ),
        # Filed under a later day (or under a day written into its name): the text's own date stands.
        (
            "https://example.org/2016/10/28/kp-indicted/",
            (date(2016, 10, 24), "first lines of text (the url says 2016-10-28)"),
        ),
        (
            "https://example.org/news/2015-09-30-kp-indicted",
            (date(2016, 10, 24), "first lines of text (the url says 2015-09-30)"),
        ),
    ],
)
def test_a_date_at_the_head_later_than_the_day_the_site_filed_the_post_under_is_the_pages(url, expected):
    text = (
        "Monday 24th October 2016\n\nMining news\n\nKP indicted\n\nThe report says the scheme camouflages the problem."
    )
    assert dated(text, url=url) == expected


def test_a_date_in_the_address_wins_over_a_day_inferred_from_the_meeting():
    text = "Opening remarks at the intersessional meeting in Kasane\n\nDistinguished delegates, thank you."
    assert dated(text, url="https://example.org/2022/06/21/opening-remarks") == (date(2022, 6, 21), "url")


def test_a_yearless_dateline_wins_over_the_day_the_meeting_opened():
    text = "Coalition statement\n\nKASANE, June 22 – In his opening remarks at the intersessional meeting in Kasane…"
    assert dated(text)[0] == date(2022, 6, 22)


def test_the_servers_last_modified_header_never_loses_the_meeting_the_text_names():
    text = "Civil society on the 2019 plenary in New Delhi\n\nWe regret that the definition was not broadened."
    document = extract_document(
        text.encode(), areas=[], plenaries=[NEW_DELHI], today=TODAY, last_modified="Tue, 03 Dec 2024 10:00:00 GMT"
    )
    assert document.published_on == date(2024, 12, 3)
    assert document.plenary == NEW_DELHI


_PROSE = " La République devrait associer la société civile à sa feuille de route." * 5


def test_a_stamp_glued_between_the_title_and_the_text_of_a_long_line_is_its_date():
    text = f"Le PK et la Centrafrique : une concertationMercredi 26 Mars 2014 - 19:00{_PROSE}"
    assert find_text_date(text, TODAY) == (date(2014, 3, 26), "first lines of text")


@pytest.mark.parametrize(
    "line",
    [
        f"Le PK s'est réuni le Mercredi 26 Mars 2014 - 19:00 à Bangui.{_PROSE}",  # nothing glued: a day in prose
        f"Le PK et la Centrafrique : une concertationMercredi 26 Mars 2014 à Bangui.{_PROSE}",  # no clock
    ],
)
def test_a_day_in_a_long_line_without_a_glued_stamp_is_not_its_date(line):
    assert find_text_date(line, TODAY) == (None, "")


def test_a_day_inferred_from_the_meeting_wins_over_the_servers_last_modified_header():
    text = "Opening remarks at the intersessional meeting in Kasane\n\nDistinguished delegates, thank you."
    assert dated(text, last_modified="Tue, 03 Dec 2024 10:00:00 GMT")[0] == date(2022, 6, 20)


@pytest.mark.parametrize(
    ("text", "url", "last_modified"),
    [
        ("12 March 1999\n\nThe campaign against conflict diamonds begins.", "", ""),
        ("A statement on conflict diamonds.", "https://example.org/1999/05/12/statement", ""),
        ("A statement on conflict diamonds.", "", "Wed, 12 May 1999 10:00:00 GMT"),
    ],
)
def test_no_date_before_the_kimberley_process_began(text, url, last_modified):
    assert dated(text, url=url, last_modified=last_modified) == (None, "")


def test_the_earliest_date_is_the_records_own():
    assert EARLIEST == EARLIEST_STATEMENT


# --- A battery of invented excerpts: how web pages, wire stories, PDFs and French texts carry their day (or not),
# read through the whole extraction, as a page would be.

DAY = date(2018, 11, 14)
PROSE = "\n\nThe coalition met delegates at the plenary and discussed the review of the scheme at length."
PROSE_FR = "\n\nLa coalition de la société civile regrette que la réforme du Processus de Kimberley soit bloquée."
# A site's menu above the headline: the date line comes after the first fifteen lines.
MENU = "\n".join(
    [
        "Home", "About us", "Our work", "Publications", "News", "Events", "Resources", "Contact", "Donate",
        "Search", "English", "Français", "Menu", "Careers", "Press", "Blog",
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Published: 14 Nov 2018 | Updated: 16 Nov 2018",
        "Posted on November 14, 2018 by admin",
        "Nov. 14, 2018",
        "14.11.2018",
        "2018-11-14T09:00",
        "Wednesday, 14 November 2018",
        "14th of November, 2018",
        "By Jane Smith, 14 November 2018",
        "PUBLISHED: 09:00 GMT, 14 November 2018",
        "Wed 14 Nov 2018 08.00 GMT",
        "November 14, 2018 09:00 AM Eastern Standard Time",
        "Home / News / 14 November 2018",
        # Run together from the page's elements.
        "14 November 2018Press release",
        "NewsNovember 14, 2018",
        # A byline of several words or names, then the date.
        "By JANE SMITH Staff Writer Nov 14, 2018",
        "By Jane Smith and John Doe | Nov 14, 2018",
        "Jane Smith · 14 November 2018 · 4 min read",
        # A database's day, a PDF's page header, a blog's categories.
        "14-Nov-18",
        "14/11/2018 Page 1 of 3",
        "Posted in Business, Local News on November 14, 2018",
        # Fields between bars: a breadcrumb, the date and the title on one line.
        "Home | News | 14 November 2018 | Civil society walks out of the plenary",
        "News | By Jane Marie Roe, 14 November 2018 | Civil society walks out of the plenary",
    ],
)
def test_a_pages_own_date_line_in_the_shapes_pages_write_it(line):
    assert dated(f"KP reform stalls\n{line}{PROSE}") == (DAY, "first lines of text")


def test_a_date_in_brackets_closing_the_heading_dates_the_text():
    heading = "KP plenary: civil society walks out of the talks on the definition (14/11/2018)"
    assert dated(f"{heading}{PROSE}") == (DAY, "the heading's date")


@pytest.mark.parametrize(
    "line",
    [
        "14 nov. 2018",
        "Publié le 14 novembre 2018",
        "Publié le mercredi 14 novembre 2018 à 09h00",
        "Par Jean Dupont - 14 novembre 2018",
        "Publié le 14 novembre 2018 à 09h00, mis à jour le 15 novembre 2018 à 10h00",
        "Publié dans Actualités, Communiqués le 14 novembre 2018",
        "Lecture 3 min | 14 novembre 2018",
    ],
)
def test_a_french_pages_own_date_line(line):
    assert dated(f"La réforme piétine\n{line}{PROSE_FR}") == (DAY, "first lines of text")


def test_the_first_of_the_month_in_french():
    assert dated(f"La réforme piétine\nLe 1er décembre 2018{PROSE_FR}")[0] == date(2018, 12, 1)


@pytest.mark.parametrize(
    "written",
    ["3 Sept. 2018", "3 sep 2018", "SEPTEMBER 3, 2018", "Sept 3rd, 2018", "3 septembre 2018", "3 SEPT 2018"],
)
def test_every_spelling_of_a_month_is_read(written):
    assert dated(f"KP reform stalls\n{written}{PROSE}")[0] == date(2018, 9, 3)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Smith | 14 Nov 2018",
        "Published: 14 Nov 2018 | Updated: 16 Nov 2018",
        "Posted on November 14, 2018 by admin",
        "Wednesday 14 November 2018 08.00 GMT",
        "Jane Smith · 14 November 2018 · 4 min read",
        "Par Jean Dupont - 14 novembre 2018",
    ],
)
def test_a_date_line_under_a_long_menu_still_dates_the_page(line):
    assert dated(f"{MENU}\nKP reform stalls\n{line}{PROSE}")[0] == DAY


@pytest.mark.parametrize(
    "opening",
    [
        "GABORONE, Nov. 14, 2018 (Reuters) - Botswana urged reform.",
        "GABORONE, Botswana, Nov 14, 2018 /PRNewswire/ -- Botswana urged reform.",
        "NEW YORK--(BUSINESS WIRE)--Nov. 14, 2018-- The council urged reform.",
        "ANTWERP, Belgium--(BUSINESS WIRE)--November 14, 2018--The council urged reform.",
        "Antwerp (Belgium), 14 November 2018 – The council urged reform.",
        "KINSHASA, 14 nov 2018 (AFP) - La RDC a demandé la réforme.",
        # After a place, a sentence may go on: still the day the text was filed.
        "Kinshasa, le 14 novembre 2018, la coalition de la société civile a dénoncé le blocage.",
    ],
)
def test_wire_datelines(opening):
    assert dated(f"Botswana urges reform\n{opening}") == (DAY, "dateline in text")


def test_a_wire_dateline_without_its_year_takes_it_from_the_address_or_stays_undated():
    text = "Botswana urges reform\nGABORONE, Nov 14 (Reuters) - Botswana urged reform of the scheme."
    assert dated(text, url="https://news.example/2018/11/botswana-urges-reform")[0] == DAY
    assert dated(text, url="https://news.example/world/botswana-urges-reform") == (None, "")


@pytest.mark.parametrize(
    "text",
    [
        # What happened on a day, told in a sentence.
        "KP reform stalls\n\nOn 14 November 2018, civil society walked out of the plenary in Brussels.",
        "KP reform stalls\n\nOn 14 November 2018 the plenary will decide on the review of the scheme.",
        "KP reform stalls\n\n14 November 2018 marked the end of the plenary in Brussels.",
        # A short bracket inside the sentence is an aside, not the end of the dateline.
        "Webinar\n\nOn 14 November 2018, the Diamond Fairness Network (DFN) will discuss the review of the scheme.",
        "KP reform stalls\n\nLe 14 novembre 2018, la société civile a quitté la salle de la plénière.",
        "KP reform stalls\n\nSince 14 November 2018, the coalition has asked for reform.",
        "KP reform stalls\n\nAs of 14 November 2018, 82 countries take part in the scheme.",
        "KP reform stalls\n\nÀ partir du 14 novembre 2018, la présidence passe à l'Inde.",
        "KP reform stalls\n\nSince 2003 the scheme has certified rough diamonds.",
        # A month alone, a copyright year, a day to come.
        f"KP reform stalls\nNovember 2018 | Press release{PROSE}",
        f"La réforme piétine\nnovembre 2018{PROSE_FR}",
        f"KP reform stalls{PROSE}\n\n© 2018 Diamond Fairness Network. All rights reserved.",
        f"KP reform stalls\n14 November 2099{PROSE}",
    ],
)
def test_an_event_a_month_a_copyright_year_or_a_future_day_does_not_date_the_text(text):
    assert dated(text) == (None, "")


@pytest.mark.parametrize(
    "heading",
    [
        "You might also like",
        "More from this section",
        "Other news",
        "Trending",
        "Most popular",
        "Dans la même rubrique",
        "Autres articles",
        "Jane Smith says:",
    ],
)
def test_dates_under_related_articles_or_a_comment_are_not_the_pages(heading):
    assert dated(f"KP reform stalls{PROSE}\n\n{heading}\nReview stalls\nNovember 16, 2018") == (None, "")


@pytest.mark.parametrize(
    "line",
    [
        "Applications close 14 November 2018",
        "Upcoming event: 14 November 2018",
        "Registration deadline: 14 November 2018",
        "Expiry date: 14 November 2018",
        "Date of birth: 14 November 2000",
        "Save the date: 14 November 2018",
        "Date limite : 14 novembre 2018",
    ],
)
def test_a_line_that_labels_the_day_of_something_else_does_not_date_the_text(line):
    assert dated(f"KP reform stalls\n{line}{PROSE}") == (None, "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/files/Statement%2014%20November%202018.pdf", DAY),
        ("https://example.org/files/Statement+14+November+2018.pdf", DAY),
        ("https://example.org/files/CSC%20Statement%2014.11.2018.pdf", DAY),
        ("https://example.org/files/2018.11.14-statement.pdf", DAY),
        ("https://example.org/files/2018.11.14_statement.pdf", DAY),
        ("https://example.org/news/2018-11-14T09-00-statement", DAY),
        ("https://example.org/Documents/2018/KP_CSC_Statement_Nov_14_2018.pdf", DAY),
        ("https://example.org/files/statement_14112018.pdf", DAY),
        ("https://example.org/files/2018.11-statement.pdf", None),  # a month
        ("https://example.org/files/v2018.1.2/statement.pdf", None),  # a version
        ("https://example.org/news/2099/11/14/statement", None),  # to come
        ("https://example.org/sites/default/files/2018-11/statement.pdf", None),  # an upload's month
    ],
)
def test_a_day_in_a_file_name_with_spaces_dots_or_a_time(url, expected):
    assert url_date(url, TODAY) == expected


def test_a_yearless_dateline_opening_or_closing_a_long_paragraph_is_still_read():
    words = "the coalition asked participants to widen the definition of conflict diamonds " * 40
    assert find_yearless_date(f"Walk-out\nNEW YORK, April 25 – {words}.")[:2] == (4, 25)
    assert find_yearless_date(f"Speech by the coordinator on {words}, Brussels, 17 December")[:2] == (12, 17)
    # Below the heading, a paragraph's last words are no heading's place and day.
    assert find_yearless_date(f"Walk-out\nCivil society\nThe coalition said {words}, Brussels, 17 December") is None


# --- A site's date that cannot be the text's, a page's stamp under the text, today's day, a reported speech's day

PAST_NEWS = "Diamond body closes its meeting"
JUST_HELD = "The annual meeting of the scheme, which ended in Gaborone on Thursday last week, agreed to send missions."


def test_a_site_header_printing_the_readers_day_is_not_the_date_of_a_text_written_days_after_a_meeting():
    # The text was written days after a Gaborone meeting; the header's day is years after any meeting there.
    text = f"Friday, April 16, 2021\n\n{PAST_NEWS}\n\n{JUST_HELD}"
    assert dated(text, plenaries=[GABORONE]) == (None, "")
    assert dated(text, plenaries=[])[0] == date(2021, 4, 16)
    # The next source that fits the meeting still dates it.
    assert dated(text, plenaries=[GABORONE], url="https://example.org/2006/11/17/diamonds") == (
        date(2006, 11, 17),
        "url",
    )


@pytest.mark.parametrize(
    ("text", "plenaries"),
    [
        # A header date days after the meeting is the text's own.
        (f"Friday, November 17, 2006\n\n{PAST_NEWS}\n\n{JUST_HELD}", [GABORONE]),
        # A conference last week may be another body's; "this week" is no meeting that is over.
        (
            f"Friday, April 16, 2021\n\n{PAST_NEWS}\n\nA conference in Gaborone last week heard the ministers.",
            [GABORONE],
        ),
        (
            f"Friday, April 16, 2021\n\n{PAST_NEWS}\n\nThis week the meeting in Gaborone opens a new chapter.",
            [GABORONE],
        ),
        # No meeting on record there, or one whose days are not on record: nothing to hold the date against.
        (f"Friday, April 16, 2021\n\n{PAST_NEWS}\n\n{JUST_HELD}", [KASANE]),
        (
            f"Friday, April 16, 2021\n\n{PAST_NEWS}\n\n{JUST_HELD}",
            [GABORONE, PlenaryRef(2021, "intersessional", "Gaborone", None)],
        ),
    ],
)
def test_a_header_date_stands_unless_a_meeting_the_text_says_just_ended_rules_it_out(text, plenaries):
    header = text.split("\n", 1)[0]
    expected = date(2006, 11, 17) if header.endswith("2006") else date(2021, 4, 16)
    assert dated(text, plenaries=plenaries) == (expected, "first lines of text")


def test_the_kimberley_process_named_beside_a_meeting_just_held_is_not_the_city_of_kimberley():
    kimberley = PlenaryRef(2013, "intersessional", "Kimberley", date(2013, 6, 7), start_date=date(2013, 6, 4))
    for sentence in (
        "La réunion du Processus de Kimberley s'est ouverte hier en Namibie.",
        "The Kimberley Process meeting opened yesterday in Namibia.",
    ):
        text = f"{sentence}\nPublié le mercredi 4 novembre 2009 | Nord-Sud"
        assert dated(text, plenaries=[kimberley])[0] == date(2009, 11, 4)
    # The city itself, where the meeting was just held, still rules a date out that no meeting there fits.
    text = "Friday, April 16, 2021\n\nThe meeting, which ended in Kimberley last week, agreed to send missions."
    assert dated(text, plenaries=[kimberley]) == (None, "")


SHORT_ARTICLE = (
    "Le pays a annoncé son adhésion au processus lors d'une conférence de presse donnée par le ministre des Mines.\n"
    "Cette adhésion doit aider le pays à vendre sa production sur le marché international des diamants bruts.\n"
)


def test_a_time_stamp_closing_a_short_text_gives_way_to_the_addresss_date():
    text = f"{SHORT_ARTICLE}17/10/24 à 09h35 GMT"
    url = "https://example.org/commerce/actu,20120827152046,6.html"
    assert dated(text, url=url, plenaries=[]) == (
        date(2012, 8, 27),
        "url (the time stamp under the text says 2024-10-17)",
    )
    # With no date in the address, the stamp is all there is.
    assert dated(text, plenaries=[]) == (date(2024, 10, 17), "time stamp under the text")


@pytest.mark.parametrize(
    "text",
    [
        # A date line closing the text without a clock: the statement's own (a signature's place and day).
        f"{SHORT_ARTICLE}Yaoundé, 17 octobre 2012",
        # A date line with a clock above the text's last paragraph is its head, not a stamp under it.
        f"Le pays adhère au processus\n17/10/2012 à 09h35 GMT\n{SHORT_ARTICLE}",
    ],
)
def test_a_date_line_in_the_text_that_is_no_closing_stamp_still_wins_over_the_address(text):
    url = "https://example.org/commerce/actu,20120827152046,6.html"
    assert dated(text, url=url, plenaries=[])[0] == date(2012, 10, 17)


LIMA = PlenaryRef(2030, "plenary", "Lima", date(2030, 11, 15), date(2030, 11, 12), "Peru", "Peru")


@pytest.mark.parametrize(
    "opening",
    [
        "Le Processus de Kimberley a levé, ce 15 novembre à Lima, l'embargo sur les diamants du pays.",
        "At the plenary meeting in Lima the participants this 15 November lifted the embargo on the country.",
        "Aujourd'hui vendredi 15 novembre, la réunion plénière de Lima a levé l'embargo sur les diamants du pays.",
    ],
)
def test_the_day_a_text_calls_today_takes_the_year_of_the_meeting_it_is_about(opening):
    text = f"Fin de l'embargo\n\n{opening} La plénière de Lima en a décidé ainsi."
    found = dated(text, plenaries=[LIMA], today=date(2031, 1, 1))
    assert found[0] == date(2030, 11, 15)
    assert found[1].endswith("in text, the year of the 2030 plenary it is about")


@pytest.mark.parametrize(
    "opening",
    [
        # A day something happened on, not today's.
        "Le ministre l'a annoncé le 15 novembre à Lima, lors de la réunion plénière.",
        # Today's day, but far from the meeting's days: not the year of the meeting.
        "Ce 3 mars, la coalition rappelle ce que la réunion plénière de Lima a décidé.",
        # The weekday written does not fit the meeting's year.
        "Ce lundi 15 novembre, la réunion plénière de Lima a levé l'embargo.",
    ],
)
def test_a_day_that_is_not_todays_or_fits_no_reading_takes_no_year(opening):
    assert dated(f"Fin de l'embargo\n\n{opening}", plenaries=[LIMA], today=date(2031, 1, 1)) == (None, "")


@pytest.mark.parametrize(("weekday", "day"), [("Wednesday", 22), ("Friday", 24)])
def test_a_report_naming_the_speech_given_on_a_weekday_of_the_meeting_is_dated_that_day(weekday, day):
    opening = f"In his acceptance speech at the intersessional meeting in Kasane on {weekday}, the minister"
    found = dated(f"Minister accepts the chair\n\n{opening} thanked the participants, a reporter writes.")
    assert found == (
        date(2022, 6, day),
        f"inferred: the speech reported given on the {weekday} of the 2022 intersessional",
    )


@pytest.mark.parametrize(
    "text",
    [
        # Words said, no speech named: a report written some day after them.
        "The minister said on Wednesday at the intersessional meeting in Kasane that the review had begun.",
        # A speech at a meeting the text says is over.
        "Last week the intersessional meeting in Kasane closed. In his speech on Wednesday the minister thanked all.",
    ],
)
def test_a_report_of_words_said_or_of_a_past_meeting_is_not_dated_by_the_weekday(text):
    assert dated(f"Minister speaks\n\n{text}") == (None, "")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KP news\n\nThe 2022 intersessional meeting of the Kimberley Process concluded yesterday in Kasane.",
         date(2022, 6, 25)),
        ("KP news\n\nThe intersessional meeting in Kasane ended today without agreement on the review.",
         date(2022, 6, 24)),
        ("Nouvelles\n\nLa réunion intersessionnelle de Kasane s'est achevée hier sans accord.", date(2022, 6, 25)),
    ],
)  # fmt: skip
def test_a_meeting_that_ended_yesterday_or_today_dates_the_report(text, day):
    assert dated(text)[0] == day


def test_a_meeting_ended_yesterday_far_down_the_text_does_not_date_it():
    text = "KP news\n\nThe intersessional meeting in Kasane was held in June." + " Delegates met." * 120
    assert dated(text + " The meeting concluded yesterday.")[0] is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nouvelles\n\nLes travaux ont pris fin ce samedi 12 janvier 2019 à Freetown.", date(2019, 1, 12)),
        ("News\n\nThe coalition met this Saturday, 12 January 2019, in Freetown.", date(2019, 1, 12)),
        # A date that is not today's does not.
        ("News\n\nThe coalition recalled the meeting of 12 January 2019 in Freetown.", None),
        # The day of the press conference the lead reports.
        (
            "Nouvelles\n\nBangui – Le ministre a déclaré que le pays réintègre le processus, lors d’une conférence "
            "de presse donnée mercredi 1re juillet 2015, à Bangui.",
            date(2015, 7, 1),
        ),
        ("News\n\nThe minister told a press conference on Tuesday, 3 March 2015, that work resumes.", date(2015, 3, 3)),
        ("News\n\nAt a news conference held 3 March 2015 in Accra, the minister said work resumes.", date(2015, 3, 3)),
        # Not a press conference's day: what it spoke of.
        ("News\n\nAt a press conference the minister recalled the embargo of 3 March 2005.", None),
    ],
)
def test_the_full_date_the_lead_calls_todays_dates_the_text(text, day):
    assert dated(text, plenaries=[])[0] == day


def test_a_site_clock_over_the_menu_gives_way_to_the_articles_own_date_line():
    text = (
        "April 29, 2024 09:11 (IST)\nFollow us:\nShare\n\nCountry elected KP vice chair for 2018\n\n"
        "News Service | | 19 Nov 2016, 11:32 pm\n"
        "New Delhi, Nov 19: The country was elected vice chair for 2018 and chair for 2019 at the plenary."
    )
    assert find_text_date(text, TODAY) == (date(2016, 11, 19), "first lines of text")


@pytest.mark.parametrize(
    "second_line",
    [
        "Statement on the 2024 plenary\n\nThe coalition regrets the plenary's outcome.",  # the text writes 2024
        "Statement on the review\n\nThe coalition regrets the outcome of the 2019 review.",  # no other date line
    ],
)
def test_a_timed_date_line_stays_the_date_when_nothing_says_it_is_a_clock(second_line):
    text = f"April 29, 2024 09:11 (IST)\n{second_line}"
    assert find_text_date(text, TODAY)[0] == date(2024, 4, 29)


@pytest.mark.parametrize("before", ["came into force on", "has been in force since", "est entrée en vigueur le"])
def test_a_date_opening_a_line_a_wrapped_sentence_runs_onto_is_no_dateline(before):
    text = (
        f"Report on the Implementation of the Scheme\n\nThe Export and Import of Rough Diamonds Act {before}\n"
        "January 1, 2003. This Act provides for controls on the export of rough diamonds."
    )
    assert find_text_date(text, TODAY) == (None, "")


def test_a_heading_over_a_dateline_is_no_wrapped_sentence():
    text = "Civil society walks out of the plenary\nNovember 22, 2019. The coalition left the room in protest."
    assert find_text_date(text, TODAY)[0] == date(2019, 11, 22)
