"""Turn raw document bytes (text, HTML, PDF, DOCX) into structured fields: pure Python, no database, no network.

    doc = extract_document(data, filename="statement.pdf", areas=rules, plenaries=meetings)

Permanent problems with a document raise ExtractionError, whose message is meant for editors.
"""

from collections.abc import Iterable
from datetime import date
from pathlib import PurePosixPath

from .areas import match_areas
from .dates import find_text_date, sane_date_value, url_date
from .errors import ExtractionError
from .feeds import parse_feed
from .formats import convert, detect_format
from .language import detect_language, warm_up
from .normalise import content_hash
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
) -> ExtractedDocument:
    """``last_modified`` is the server's Last-Modified header, the date of last resort."""
    # The server's calendar day: close enough for "not in the future", and what callers expect of a date default.
    today = today or date.today()  # noqa: DTZ011
    known_organisations = tuple(known_organisations)
    converted = convert(data, detect_format(data, filename, content_type), content_type=content_type, url=url)
    text = converted.text
    if not text:
        raise ExtractionError("The document is empty.")
    published_on, date_source = _publication_date(converted, url, today)
    meeting = resolve_meeting(text, plenaries, published_on, url=url)
    if published_on is None:
        published_on, date_source = _date_from_meeting(meeting, today)
    if published_on is None and (found := sane_date_value(last_modified, today)):
        published_on, date_source = found, "the server's Last-Modified header"
        meeting = resolve_meeting(text, plenaries, published_on, url=url)
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


def _date_from_meeting(meeting: MeetingGuess, today: date) -> tuple[date | None, str]:
    """An opening or closing speech at a known meeting was given on its first or last day."""
    ref = meeting.plenary
    if ref is None or meeting.opening == meeting.closing:
        return None, ""
    day = ref.start_date if meeting.opening else ref.end_date
    if day is None or day > today:
        return None, ""
    which = "first" if meeting.opening else "last"
    return (
        day,
        f"inferred: {'opening' if meeting.opening else 'closing'} words at the {ref.year} {ref.kind}, its {which} day",
    )


def _publication_date(converted: ConvertedDocument, url: str, today: date) -> tuple[date | None, str]:
    for value, source in converted.dates_before_text:
        if found := sane_date_value(value, today):
            return found, source
    found, source = find_text_date(converted.text, today)
    if found:
        return found, source
    if found := url_date(url, today):
        return found, "url"
    for value, source in converted.dates_after_text:
        if found := sane_date_value(value, today):
            return found, source
    return None, ""


def _title_from_filename(filename: str) -> str:
    stem = PurePosixPath(filename.replace("\\", "/")).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())
