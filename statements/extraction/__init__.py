"""Turn raw document bytes (text, HTML, PDF, DOCX) into structured fields: pure Python, no database, no network.

    doc = extract_document(data, filename="statement.pdf", areas=rules, plenaries=meetings)

Permanent problems with a document raise ExtractionError, whose message is meant for editors.
"""

import time
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import PurePosixPath

from celery.exceptions import SoftTimeLimitExceeded

from .areas import match_areas
from .dates import (
    EARLIEST,
    STAMP_UNDER_THE_TEXT,
    complete_year,
    find_text_date,
    find_todays_day,
    find_yearless_date,
    heading_meeting_kinds,
    heading_years,
    looks_back_on_a_meeting,
    meeting_ended_days_ago,
    places_of_a_meeting_just_held,
    sane_date_value,
    url_date,
    url_posting_day,
    url_year_folders,
    weekday_given,
)
from .errors import ExtractionError
from .feeds import parse_feed
from .formats import convert, detect_format
from .language import detect_language, warm_up
from .normalise import content_hash, fold
from .organisations import identify_organisation
from .plenary import MeetingGuess, resolve_meeting
from .quotes import find_quotes, find_speaker
from .records import AreaMatch, AreaRule, ConvertedDocument, ExtractedDocument, FeedItem, PlenaryRef, QuoteMatch
from .titles import title_from_text

__all__ = [
    "AreaMatch",
    "AreaRule",
    "ExtractedDocument",
    "ExtractionError",
    "FeedItem",
    "PlenaryRef",
    "QuoteMatch",
    "detect_format",
    "extract_document",
    "parse_feed",
    "warm_up",
]


def extract_document(
    data: bytes,
    *,
    filename: str = "",
    content_type: str = "",
    url: str = "",
    areas: list[AreaRule],
    plenaries: list[PlenaryRef],
    today: date | None = None,
    known_organisations: Iterable[str] = (),
    last_modified: str = "",
    deadline: float | None = None,
) -> ExtractedDocument:
    """``last_modified`` is the server's Last-Modified header, the date of last resort. ``deadline`` (a
    ``time.monotonic()`` moment) past once the text is converted raises SoftTimeLimitExceeded: a converter
    that catches every exception (trafilatura's fallbacks) can swallow the worker's own signal, and the
    fields of a very long text would otherwise still be read until the hard limit kills the worker."""
    # The server's calendar day: close enough for "not in the future", and what callers expect of a date default.
    today = today or date.today()  # noqa: DTZ011
    known_organisations = tuple(known_organisations)
    converted = convert(data, detect_format(data, filename, content_type), content_type=content_type, url=url)
    if deadline is not None and time.monotonic() > deadline:
        raise SoftTimeLimitExceeded()
    text = converted.text
    if not text:
        raise ExtractionError("The document is empty.")
    published_on, date_source = _publication_date(converted, url, today, plenaries)
    meeting = resolve_meeting(text, plenaries, published_on, url=url)
    if published_on is None and (found := _year_from_the_input(converted, url, plenaries, today)):
        published_on, date_source = found
        meeting = resolve_meeting(text, plenaries, published_on, url=url)
    if published_on is None:
        published_on, date_source = _year_from_the_meeting(converted, meeting.plenary, today)
    if published_on is None:
        published_on, date_source = _date_from_meeting(text, meeting, today)
    if published_on is None and (found := sane_date_value(last_modified, today)):
        published_on, date_source = found, "the server's Last-Modified header"
        # A page is often modified long after it came out: that date may find a meeting, never lose one the text names.
        meeting = resolve_meeting(text, plenaries, published_on, url=url) if meeting.plenary is None else meeting
    if published_on is not None and not EARLIEST <= published_on <= today:
        published_on, date_source = None, ""  # never after the day it is read, nor before the KP began
    quotes = find_quotes(text, known_organisations)
    speaker = find_speaker(text, known_organisations)
    organisation, organisation_source = identify_organisation(
        text,
        known_organisations,
        converted.site_name,
        url=url,
        host_country=meeting.plenary.host_country if meeting.plenary else "",
    )
    return ExtractedDocument(
        title=converted.title or title_from_text(text, organisation) or _title_from_filename(filename),
        text=text,
        published_on=published_on,
        date_source=date_source,
        language=detect_language(text),
        organisation=organisation,
        organisation_source=organisation_source,
        people=list(dict.fromkeys([*([speaker] if speaker else []), *(quote.person for quote in quotes)])),
        quotes=quotes,
        plenary=meeting.plenary,
        meeting_source=meeting.evidence,
        meeting_candidates=meeting.candidates,
        areas=match_areas(text, areas),
        content_hash=content_hash(text),
    )


# --- Dates the text states in full: page metadata, the text's own date lines, the address


def _publication_date(
    converted: ConvertedDocument, url: str, today: date, plenaries: Iterable[PlenaryRef] = ()
) -> tuple[date | None, str]:
    """The first source that dates the document, in the order the labelling rules trust them: page metadata shown
    above the text, a date line or dateline in the text, a date in the address; last, metadata found after the text
    (a PDF's creation date). When the page, the text and the address disagree, the evidence says which one lost.
    A text that says a meeting in a place ended days ago was written days after one there: a date that is not (a
    site's header printing the reader's day above an old article) is no source."""
    stated = [(value, source) for value, source in _stated_dates(converted, url, today) if value]
    if stated and (meetings := _meetings_just_held(converted.text, plenaries)):
        stated = [(value, source) for value, source in stated if _days_after_one(value, meetings)]
        if not stated:
            return None, ""
    if not stated:
        for value, source in converted.dates_after_text:
            if found := sane_date_value(value, today):
                return found, source
        return None, ""
    value, source = stated[0]
    other = next(((day, where) for day, where in stated[1:] if day != value), None)
    return value, source if other is None else f"{source} (the {other[1]} says {other[0].isoformat()})"


def _stated_dates(converted: ConvertedDocument, url: str, today: date) -> Iterable[tuple[date | None, str]]:
    for value, source in converted.dates_before_text:
        yield sane_date_value(value, today), source
    in_text = find_text_date(converted.text, today)
    from_url = url_date(url, today), "url"
    posted = url_posting_day(url)
    # The page's stamp under the text; or a date at its head later than the day the site filed the post under, which
    # is the page's (a header printing the reader's day, an edit): a text is not posted before it is written.
    if in_text[1] == STAMP_UNDER_THE_TEXT or (posted and in_text[0] and in_text[0] > posted):
        yield from_url
    yield in_text
    yield from_url


# "Ended in Gaborone on Thursday last week": written within days of the meeting's end (or during it).
_DAYS_AFTER_A_MEETING = timedelta(days=16)
_DAYS_BEFORE_ITS_END = timedelta(days=7)


def _meetings_just_held(text: str, plenaries: Iterable[PlenaryRef]) -> list[PlenaryRef]:
    """The meetings in the place the text says a meeting was held days ago; none when a meeting there has no dates
    on record (the text may be about that one)."""
    by_place: dict[str, list[PlenaryRef]] = {}
    for ref in plenaries:
        by_place.setdefault(fold(ref.city), []).append(ref)
    found = [ref for place in places_of_a_meeting_just_held(text, by_place) for ref in by_place[place]]
    return [] if any(ref.end_date is None for ref in found) else found


def _days_after_one(value: date, meetings: list[PlenaryRef]) -> bool:
    return any(
        (ref.start_date or ref.end_date) - _DAYS_BEFORE_ITS_END <= value <= ref.end_date + _DAYS_AFTER_A_MEETING
        for ref in meetings
        if ref.end_date
    )


# --- A dateline without its year, and the year the rest of the input gives it


def _year_from_the_input(
    converted: ConvertedDocument, url: str, plenaries: list[PlenaryRef], today: date
) -> tuple[date, str] | None:
    """ "NEW YORK, April 25 –" filed under "/2003/", or under a title naming a meeting of its year ("Plénière
    2018"): the one reading that fits. A title's year is the year the text is about, not the year it was written
    in ("KP Annual Report 2019"): only a day within weeks of the meeting the title names takes it."""
    written = find_yearless_date(converted.text)
    if written is None:
        return None
    folders = url_year_folders(url)
    if folders:
        months = {month for _year, month in folders}
        month = months.pop() if len(months) == 1 else None
        if value := complete_year(written, {year for year, _month in folders}, today, month=month):
            return value, f"dateline '{written.written}' in text, the year from the address"
        return None
    years = heading_years(converted.text, converted.title)
    kinds = heading_meeting_kinds(converted.text, converted.title)
    readings = {
        complete_year(written, {ref.year}, today, window=window)
        for ref in plenaries
        if ref.year in years and ref.kind in kinds and (window := _around(ref))
    } - {None}
    if len(readings) == 1:
        return readings.pop(), f"dateline '{written.written}' in text, the year from the title"
    return None


# A text about a meeting is written within weeks of it: a day without a year is read in the year that puts it there.
_AROUND_A_MEETING = timedelta(days=45)


def _year_from_the_meeting(
    converted: ConvertedDocument, ref: PlenaryRef | None, today: date
) -> tuple[date | None, str]:
    if ref is None or ref.start_date is None or ref.end_date is None:
        return None, ""
    window = _around(ref)
    years = {ref.start_date.year - 1, ref.start_date.year, ref.end_date.year, ref.end_date.year + 1}
    written = find_yearless_date(converted.text)
    if written is not None:
        if value := complete_year(written, years, today, window=window):
            return value, f"dateline '{written.written}' in text, the year of the {ref.year} {ref.kind} it is about"
        return None, ""
    # "a levé, ce 15 novembre à Dubaï, l'embargo": the day the text calls today's, in the year of its meeting.
    written = find_todays_day(converted.text)
    if written is not None and (value := complete_year(written, years, today, window=window)):
        return value, f"'{written.written}' in text, the year of the {ref.year} {ref.kind} it is about"
    return None, ""


def _around(ref: PlenaryRef) -> tuple[date, date] | None:
    """The days a text about the meeting is written in, when the record holds both of its dates."""
    if ref.start_date is None or ref.end_date is None:
        return None
    return ref.start_date - _AROUND_A_MEETING, ref.end_date + _AROUND_A_MEETING


# --- A day inferred from the meeting: its opening or closing words, the weekday a statement was given


def _date_from_meeting(text: str, meeting: MeetingGuess, today: date) -> tuple[date | None, str]:
    """Opening words were given on the meeting's first day, closing words on its last, a statement "on Friday" on
    the meeting's one Friday. A text that is the remarks has that day; so has one that reports opening or closing
    words, unless it says it was written after the meeting ("last week", "the recent plenary"). A report of what was
    said "on Monday" was written some day after it: the weekday does not date it, unless it names the speech it
    reports, the statement it is about ("in an acceptance speech in Gaborone on Friday")."""
    ref = meeting.plenary
    if ref is None:
        return None, ""
    folded = fold(text)
    if ref.end_date and (ended := meeting_ended_days_ago(folded)):
        words, days_ago = ended
        if (day := ref.end_date + timedelta(days=days_ago)) <= today:
            return day, f"inferred: '{words}', of the {ref.year} {ref.kind}, which ended {ref.end_date}"
    if not meeting.speech and looks_back_on_a_meeting(folded):
        return None, ""
    by_words = _day_of_the_words(meeting)
    by_weekday = _day_of_the_weekday(ref, weekday_given(folded))
    if by_words and by_weekday and by_words != by_weekday:
        return None, ""  # the weekday written is not the day those words were given: no day is certain
    # The weekday a statement was given dates the statement itself, not a report of it written some day after;
    # unless the report is about a speech, whose day it names ("in his acceptance speech in Gaborone on Friday").
    if not meeting.speech:
        by_weekday = _day_of_the_weekday(ref, weekday_given(folded, of_a_speech=True))
    day = by_words or by_weekday
    if day is None or day > today:
        return None, ""
    if by_words:
        words = "opening" if meeting.opening else "closing"
        which = "first" if meeting.opening else "last"
        given = "words" if meeting.speech else "words reported"
        return day, f"inferred: {words} {given} at the {ref.year} {ref.kind}, its {which} day"
    given = "given" if meeting.speech else "the speech reported given"
    return day, f"inferred: {given} on the {day.strftime('%A')} of the {ref.year} {ref.kind}"


def _day_of_the_words(meeting: MeetingGuess) -> date | None:
    if meeting.opening == meeting.closing or meeting.plenary is None:
        return None
    return meeting.plenary.start_date if meeting.opening else meeting.plenary.end_date


def _day_of_the_weekday(ref: PlenaryRef, weekday: int | None) -> date | None:
    if weekday is None or ref.start_date is None or ref.end_date is None:
        return None
    days = [
        ref.start_date + timedelta(days=offset)
        for offset in range((ref.end_date - ref.start_date).days + 1)
        if (ref.start_date + timedelta(days=offset)).weekday() == weekday
    ]
    return days[0] if len(days) == 1 else None


def _title_from_filename(filename: str) -> str:
    stem = PurePosixPath(filename.replace("\\", "/")).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())
