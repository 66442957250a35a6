"""Publication dates in English and French: parse metadata values and find the date a text was issued."""

import email.utils
import re
from collections.abc import Iterator
from datetime import date, datetime

# The Kimberley Process began in 2000; anything earlier in a statement is a reference, not its date.
EARLIEST = date(1998, 1, 1)

# Month names in full, English and French (plenary.py matches these alone: "Jan" or "Mar" is too often a word).
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
# Only inside a full date ("18 maart 2002"): Dutch, for Antwerp's and Brussels' Flemish sources.
_DUTCH_MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10,
}  # fmt: skip
_MONTHS = {
    **MONTH_NAMES,
    **_DUTCH_MONTHS,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11,
    "dec": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    # 22 November 2019, 22 November, 2019, 1er décembre 2021, 3 déc. 2021
    re.compile(
        rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e)?\.?\s+(?:de\s+)?(?P<month>{_MONTH})\.?,?\s+(?:de\s+)?{_YEAR}\b",
        re.IGNORECASE,
    ),
    # November 22, 2019
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
    # 2019-11-22
    re.compile(rf"\b{_YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    # 22/11/2019 or 22.11.2019: day first, as written in Europe and Africa.
    re.compile(rf"(?<![\d/.])(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.]{_YEAR}\b"),
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# Words allowed next to a date for its line to count as a date line ("Date: Friday, 22 November 2019").
_DATE_LINE_WORDS = re.compile(
    rf"\b(?:{_WEEKDAYS}|date|dated|published|posted|issued|released|on|le|publié|diffusé|updated)\b|[^\w\s]",
    re.IGNORECASE,
)
# "New Delhi, ", "KINSHASA (Reuters) – ", "Luanda, Angola / Ottawa, Canada—", "Published on ", "Kinshasa, le ",
# "(No. 181 - "
_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}"
# A release number may come first, in brackets or not: "(No. 181 - June 24, 2011 – 10:00 p.m. ET)".
_DATELINE_LEAD = re.compile(
    r"\(?(?i:(?:no|n°|nr|ref)\.?\s*\d{1,5}\s*[,:–—-]\s*)?"
    rf"(?:{_PLACE}(?:\s*[,/]\s*{_PLACE}){{0,3}}\s*(?:\([^)]{{1,30}}\))?\s*[,:–—-]\s*)?"
    rf"(?i:(?:{_WEEKDAYS}),?\s+)?"
    r"(?i:(?:published|posted|issued|released|publié|diffusé|date)\s*:?\s*(?:on|le)?\s*|le\s+|on\s+)?"
)
_TOP_LINES = 15
_HEADING_LINES = 2
_DATELINE_CHARS = 4000


def _sane(value: date, today: date) -> bool:
    return EARLIEST <= value <= today


def iter_dates(text: str) -> Iterator[tuple[date, int, int]]:
    """Every calendar-valid date written in the text, in order of position: (date, start, end)."""
    found = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            month = match.group("month")
            month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            try:
                value = date(int(match.group("year")), month_number, int(match.group("day")))
            except ValueError:
                continue
            taken.append((match.start(), match.end()))
            found.append((value, match.start(), match.end()))
    yield from sorted(found, key=lambda item: item[1])


def parse_date_value(value: str) -> date | None:
    """Parse a date from metadata (ISO 8601, RFC 822, or written out); None when it cannot be read."""
    value = " ".join((value or "").split())
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if match := re.match(r"(\d{4})-?(\d{2})-?(\d{2})(?:\b|T)", value):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    for found, _start, _end in iter_dates(value):
        return found
    return _dateparser_fallback(value)


def _dateparser_fallback(value: str) -> date | None:
    import dateparser  # first use loads locale data, so only for values the fast paths could not read

    parsed = dateparser.parse(
        value,
        languages=["en", "fr"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


def sane_date_value(value: str, today: date) -> date | None:
    parsed = parse_date_value(value)
    return parsed if parsed and _sane(parsed, today) else None


def find_text_date(text: str, today: date) -> tuple[date | None, str]:
    """The date a text was issued: a date alone on a line near the top, or a dateline.

    A date written further into the text is what happened on a day (a meeting, an earlier release),
    not when the text came out: it is never taken for the publication date.
    """
    lines = [line for line in text.split("\n") if line.strip()][:_TOP_LINES]
    for line in lines:
        for value, start, end in iter_dates(line):
            rest = _DATE_LINE_WORDS.sub(" ", line[:start] + " " + line[end:])
            if _sane(value, today) and len(rest.split()) <= 3:
                return value, "first lines of text"
    for line in lines[:_HEADING_LINES]:
        # "Speech by … at the seminar …, Brussels, 17 December 2012": the heading ends with where and when.
        for value, start, end in iter_dates(line):
            if _sane(value, today) and not line[end:].strip(" .)") and re.search(r"[,–—-]\s*$", line[:start]):
                return value, "the heading's place and date"
    head = text[:_DATELINE_CHARS]
    for value, start, _end in iter_dates(head):
        if not _sane(value, today):
            continue
        line_start = head.rfind("\n", 0, start) + 1
        lead = head[line_start:start]
        if len(lead) <= 80 and _DATELINE_LEAD.fullmatch(lead):
            return value, "dateline in text"
    return None, ""


# "/2019/11/22/…", "/2019-11-22-…", "…-plenary-2019-11-22.html", or a whole path segment "/20191122/"
# (newspaper archives).
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/_.-]|\b)|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:/|$)"
)
# "/speeches/2017/jb_sp_170501.aspx": a year folder, then a file named by the day as YYMMDD of that year.
_URL_SHORT_DATE = re.compile(r"/(?:19|20)(\d\d)/(?:[^/?#]*[_-])?\1([01]\d)([0-3]\d)(?![\d])")


def url_date(url: str, today: date) -> date | None:
    url = url or ""
    if match := _URL_DATE.search(url):
        year, month, day = (part for part in match.groups() if part is not None)
    elif match := _URL_SHORT_DATE.search(url.split("?")[0]):
        short_year, month, day = match.groups()
        year = url[match.start() + 1 : match.start() + 3] + short_year
    else:
        return None
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if _sane(value, today) else None
