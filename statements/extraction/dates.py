"""Publication dates in English and French: parse metadata values and find the date a text was issued."""

import bisect
import contextlib
import email.utils
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import NamedTuple
from urllib.parse import unquote

from .language import detect_language
from .normalise import fold, place_pattern

# The Kimberley Process began in 2000; anything earlier in a statement is a reference, not its date (the record
# refuses it too: statements.rules.EARLIEST_STATEMENT is this).
EARLIEST = date(2000, 1, 1)

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
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11,
    "dec": 12, "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7, "juill": 7, "déc": 12,
}  # fmt: skip
# … and Portuguese and Spanish ("25 de janeiro de 2016", "3 de noviembre de 2022"): Lusophone and Latin American
# participants' sources.
_IBERIAN_MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_MONTHS = {**MONTH_NAMES, **_DUTCH_MONTHS, **_IBERIAN_MONTHS, **MONTH_ABBREVIATIONS}


def _trie(words: list[str]) -> str:
    """An alternation of the words as a tree of their letters: "ja(?:n(?:uary|vier)?)", which the regex engine tries
    in a step or two where a flat list of sixty names costs sixty tries at every word. Longest first, as greedy."""
    if words == [""]:
        return ""
    ends = "" in words
    heads = sorted({word[0] for word in words if word})
    branches = [re.escape(head) + _trie([word[1:] for word in words if word[:1] == head]) for head in heads]
    alternation = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{alternation})?" if ends else alternation


_MONTH = _trie(list(_MONTHS))
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "22nd", "1er", "1re" and "1ère" (the feminine, often written for "1er"), "1ᵉʳ" (French superscript), "2e", "2ème"
_ORDINAL = r"(?:st|nd|rd|th|er|re|ère|ème|eme|ᵉʳ|ʳᵉ|e|ᵉ)"
# A page's text run together from its elements: "NewsNovember 22, 2019", "22 November 2019Press release". A month
# name may follow a lower-case letter and a year may precede a capital (the case kept whatever the pattern's flags).
_GLUED_BEFORE = r"(?:\b|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])))"
_YEAR_END = r"(?:\b|(?-i:(?=[A-ZÀ-Ý][a-zà-ÿ])))"
# Each shape with the order it reads: "mdy" month first, "dmy" day first, "ymd" year first; "numeric" is
# worked out from its digits (see _numeric_reading).
_DATE_PATTERNS = (
    # "2/20/12 11:57 AM", "11/05/2019, 10:32 PM": a clock with AM or PM is American, and so is the month first.
    (
        re.compile(
            r"(?<![\d/.])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d),?\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
            r"\s*[AP]\.?M\b",
            re.IGNORECASE,
        ),
        "mdy",
    ),
    # 22 November 2019, 22 November, 2019, 1er décembre 2021, 3 déc. 2021, 22nd of November 2019, 22-Nov-2019,
    # "this 22nd day of November 2019"
    (
        re.compile(
            rf"(?<!\d)(?P<day>[0-3]?\d){_ORDINAL}?\.?(?:\s+(?:de\s+|(?:day\s+)?of\s+)?|-)(?P<month>{_MONTH})\.?,?"
            rf"(?:\s+(?:de\s+)?|-){_YEAR}{_YEAR_END}",
            re.IGNORECASE,
        ),
        "dmy",
    ),
    # November 22, 2019; "November 22 , 2019"
    (
        re.compile(
            rf"{_GLUED_BEFORE}(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d){_ORDINAL}?(?:\s?,\s*|\s+){_YEAR}{_YEAR_END}",
            re.IGNORECASE,
        ),
        "mdy",
    ),
    # 22-Nov-19: a day, a month's name and a two-digit year, joined by hyphens (as databases print them).
    (
        re.compile(rf"(?<![\d-])(?P<day>[0-3]?\d)-(?P<month>{_MONTH})-(?P<year>\d\d)(?![\d-])", re.IGNORECASE),
        "dmy",
    ),
    # 2019-11-22, 2019/11/22, 2019.11.22, 2019-11-22T10:30:00Z: the year first, then always the month.
    (
        re.compile(
            rf"(?<![\d/.])\b{_YEAR}(?P<separator>[-/.])(?P<month>[01]?\d)(?P=separator)(?P<day>[0-3]?\d)"
            r"(?:\b|(?=T\d))(?![/.]\d)"
        ),
        "ymd",
    ),
    # 22/11/2019, 22.11.2019, 22-11-2019, 11/22/2019: which number is the day depends on the digits and the text.
    (
        re.compile(
            rf"(?<![\d/.])(?P<first>[0-3]?\d)(?P<separator>[-/.])(?P<second>[0-3]?\d)(?P=separator){_YEAR}\b"
            r"(?![-/.]\d)"
        ),
        "numeric",
    ),
    # 22/11/19, 22.11.19: a two-digit year, with two digits each for the day and the month.
    (
        re.compile(
            r"(?<![\d/.])(?P<first>[0-3]\d)(?P<separator>[/.])(?P<second>[01]\d)(?P=separator)(?P<year>\d\d)\b"
            r"(?![/.]\d)"
        ),
        "numeric",
    ),
)


class _Written(NamedTuple):
    """A date as written: its reading, where it stands, and the order its shape shows ("dmy", "mdy", "ymd"; ""
    when its digits could be read either way). ``month_first`` is the other reading of such a date."""

    value: date
    start: int
    end: int
    order: str
    month_first: date | None = None


_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim"
)
# Words allowed next to a date for its line to count as a date line ("Date: Friday, 22 November 2019").
_DATE_LINE_WORDS = re.compile(
    rf"\b(?:{_WEEKDAYS}|date|dated|published|posted|issued|released|on|le|publié|diffusé|updated|last|modified"
    r"|mis\s+à\s+jour|modifié)\b|[^\w\s]",
    re.IGNORECASE,
)
# A clock beside the date ("at 10:32 am", "15.00 GMT", "à 10h30") leaves its line a date line.
_CLOCK = re.compile(
    r"\b(?:at\s+|à\s+)?[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s+(?:gmt|utc|cet|cest|bst|est|edt|et|wat|cat|eat|sast|ist)\b)?",
    re.IGNORECASE,
)
# So does a byline before it: "By Jane Smith | 22 Nov 2019", "Posted by admin on 22 November 2019 in News",
# "By JANE SMITH Staff Writer Nov 22, 2019", "By Jane Smith and John Doe | 22 Nov 2019" (read on the words before the
# date: the byline runs up to it).
_BYLINE = re.compile(
    r"^\s*(?:(?:posted|written|published|publié|écrit)\s+)?(?:by|par)\s+(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+"
    r"(?=\s*[|·•,–—-]|\s+(?:on|le)\s|\s*$)",
    re.IGNORECASE,
)
# "· 4 min read", "5 minute read", "Lecture 3 min": how long the page takes to read; "Page 1 of 3", a PDF's header.
_PAGE_FURNITURE = re.compile(
    r"\b\d{1,2}\s*(?:min(?:ute)?s?\.?\s+read|minutes?\s+de\s+lecture)\b|\blecture\s*:?\s*\d{1,2}\s*min(?:utes?)?\b"
    r"|\bpage\s+\d{1,3}(?:\s*(?:of|/|sur)\s*\d{1,3})?\b",
    re.IGNORECASE,
)
# "Posted in News, Local on 22 November 2019", "Publié dans Actualités le 22 novembre 2019": the post's own date.
_POSTED_ON = re.compile(
    r"^\W*(?:posted|published|publié|mis\s+en\s+ligne)\b[^.!?\n]{0,80}?\s(?:on|le)\s*$", re.IGNORECASE
)
# "Written by Admin Category: News Published: 22 November 2019 Hits: 2345": a page's field that names its own date,
# whatever other fields share its line.
_PUBLISHED_FIELD = re.compile(
    r"\b(?:published|posted|publié|mis\s+en\s+ligne|date\s+de\s+publication|publication\s+date)(?:\s+(?:on|le))?"
    r"\s*:\s*$",
    re.IGNORECASE,
)
# A parliament's record names its own day: "House of Lords written question – answered on 10th January 2012", "– in
# the House of Commons at 12:00 am on 1 May 2001", on a short line of its own.
_RECORD_DAY = re.compile(
    r"(?:\b(?:question|answer)s?\s*[–—-]\s*(?:answered|asked|tabled)\s+on"
    r"|^\W*in\s+the\s+(?:House\s+of\s+(?:Commons|Lords|Representatives)|Senate)\b[^.!?\n]{0,30}?\s+on)\s*$",
    re.IGNORECASE,
)
_RECORD_LINE_CHARS = 100
# "Last updated: 22 November 2019", "Mis à jour le 22 novembre 2019": a later edit, not the day it came out.
_UPDATED_BEFORE = re.compile(
    r"(?:updated|modified|revised|reviewed|mis\s+à\s+jour|modifié|actualisé|révisé)"
    rf"\s*(?:on|le)?\s*[:,]?\s*(?:(?:{_WEEKDAYS}),?\s*)?$",
    re.IGNORECASE,
)
# "New Delhi, ", "KINSHASA (Reuters) – ", "Luanda, Angola / Ottawa, Canada—", "Published on ", "Kinshasa, le ",
# "(No. 181 - ", "Paris, le vendredi ", "New Delhi [India], ", "(IDEX Online) - ", "NEW YORK--(BUSINESS WIRE)--"
# A place's name may hold a small word: "Saint-Denis de La Réunion", "Ville de Kinshasa".
# A place's name, capitalised; a French state's in its own words too: "République centrafricaine", "République
# démocratique du Congo", "Émirats arabes unis".
_PLACE = (
    r"(?:(?:R[ée]publique|Royaume|[ÉE]mirats)(?:\s+[a-zà-ÿ]+){1,2}(?:\s+(?:du|de\s+la|des)\s+[A-ZÀ-Ý][\w'’-]*)?"
    r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|of|la|el|al)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3})"
)
_SOURCE = r"(?:\([^)]{1,30}\)|\[[^\]]{1,30}\])"
# Between the place and its date: a comma or a dash; the bracket of "WASHINGTON (November 22, 2019)"; the dots of
# "(Rapaport… November 17, 2005)"; the full stop of "Harare, Zimbabwe. 22 November 2019". (Not "Kinshasa le 22 juin":
# "Depuis le 22 juin" reads the same.)
_AFTER_PLACE = r"(?:\s*(?:[,:–—(]|-{1,2}|\.\.\.|…)|(?<=\.))\s*"
# A release number may come first, in brackets or not: "(No. 181 - June 24, 2011 – 10:00 p.m. ET)".
_DATELINE_LEAD = re.compile(
    r"\(?(?i:(?:no|n°|nr|ref)\.?\s*\d{1,5}\s*[,:–—-]\s*)?"
    rf"(?:{_SOURCE}\s*[,:–—-]\s*)?"
    rf"(?:{_PLACE}(?:\s*[,/]\s*{_PLACE}){{0,3}}\s*(?:(?:-{{1,2}}|[–—])?\s*{_SOURCE}\s*)?{_AFTER_PLACE})?"
    rf"(?i:(?:le|ce)\s+)?(?i:(?:{_WEEKDAYS}),?\s+)?"
    r"(?i:(?:published|posted|issued|released|publié|diffusé|date)\s*:?\s*(?:on|le)?\s*|le\s+|on\s+)?"
)
_TOP_LINES = 15
_HEADING_LINES = 2
_DATELINE_CHARS = 4000


def _sane(value: date, today: date) -> bool:
    return EARLIEST <= value <= today


def iter_dates(text: str) -> Iterator[tuple[date, int, int]]:
    """Every calendar-valid date written in the text, in order of position: (date, start, end). A numeric date
    whose digits could be read either way ("05/11/2019") is read day first."""
    for written in _scan(text):
        yield written.value, written.start, written.end


@functools.lru_cache(maxsize=8)
def _scan(text: str) -> tuple[_Written, ...]:
    """Every date written in the text (read once per text: several rules ask)."""
    found: list[_Written] = []
    taken: list[tuple[int, int]] = []  # the spans read so far, sorted: an earlier shape's reading stands
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            # The span starting last before this match ends is the only one that need be looked at.
            before = bisect.bisect_left(taken, (match.end(),)) - 1
            if before >= 0 and taken[before][1] > match.start():
                continue
            with contextlib.suppress(ValueError):
                if order == "numeric":
                    found.append(_numeric_reading(match))
                else:
                    found.append(_Written(_calendar_date(match), match.start(), match.end(), order))
                bisect.insort(taken, match.span())
    return tuple(sorted(found, key=lambda written: written.start))


def _calendar_date(match: re.Match) -> date:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
    year = int(match.group("year"))
    return date(year + 2000 if year < 100 else year, month_number, int(match.group("day")))


def _numeric_reading(match: re.Match) -> _Written:
    """22.11.2019 (dots are European), 22/11/2019 (no 22nd month) and 11/22/2019 (no 22nd month) settle their order;
    05/11/2019 does not: read day first, with the month-first reading beside it."""
    first, second, year = (int(match.group(name)) for name in ("first", "second", "year"))
    year += 2000 if year < 100 else 0
    span = match.start(), match.end()
    if match.group("separator") == "." or first > 12:
        return _Written(date(year, second, first), *span, "dmy")
    if second > 12:
        return _Written(date(year, first, second), *span, "mdy")
    if first == second:
        return _Written(date(year, first, first), *span, "")
    return _Written(date(year, second, first), *span, "", month_first=date(year, first, second))


def _text_order(text: str, written: list[_Written]) -> str:
    """How the text writes its numeric dates, "dmy" or "mdy", as its other dates show (22/11/2019, 22 November 2019,
    November 22, 2019), or as French does; "" when nothing settles it or its dates disagree."""
    if not any(found.month_first for found in written):
        return ""
    orders = {found.order for found in written} & {"dmy", "mdy"}
    if len(orders) == 1:
        return orders.pop()
    if not orders and detect_language(text) == "fr":
        return "dmy"
    return ""


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


# "New Delhi, 18 November 2019 (as delivered)"
_AFTER_NOTE = re.compile(r"\([^)]{1,30}\)")
_NOTE_CHARS = 80


def find_text_date(text: str, today: date) -> tuple[date | None, str]:
    """The date a text was issued: a date alone on a line near the top, a dateline, or a date line closing it.

    A date written further into the text is what happened on a day (a meeting, an earlier release),
    not when the text came out: it is never taken for the publication date. A "last updated" date
    counts only when the text gives no other, and no later than the years the text writes.
    """
    text = _without_captions(text)
    lines = [line for line in text.split("\n") if line.strip()]
    own_lines = _own_lines(lines)
    order = _text_order(text, _scan(text))
    updated = updated_line = None
    text_begun = False
    page_clock = None
    for number, line in enumerate(own_lines[:_TOP_LINES]):
        for value, start in _date_line_dates(line, today, order):
            if not _UPDATED_BEFORE.search(line[max(0, start - 40) : start]):
                if text_begun and number == len(own_lines) - 1 and _CLOCK.search(line):
                    return value, STAMP_UNDER_THE_TEXT  # a short text's last line: the page's stamp, not its head
                if page_clock is None and not text_begun and _page_clock(line, value, text):
                    page_clock = value
                    continue
                if page_clock is not None and value >= page_clock:
                    continue
                return value, "first lines of text"
            if not text_begun:  # under the text, a page's footer: "Cookie policy last updated 1 January 2024"
                updated, updated_line = updated or value, updated_line or line
        text_begun = text_begun or _is_text(line)
    for line in lines[:_HEADING_LINES]:
        if _dates_something_else(line):
            continue
        # "Speech by … at the seminar …, Brussels, 17 December 2012": the heading ends with where and when.
        for value, start, end in _publication_dates(line, today, order):
            if len(line) - end > _NOTE_CHARS:
                continue  # not the heading's end (and a long line's every date need not be read again)
            if not _AFTER_NOTE.sub("", line[end:]).strip(" .)") and re.search(r"[,–—-]\s*$", line[:start]):
                return value, "the heading's place and date"
            if line[:start].rstrip().endswith("(") and line[end:].strip() == ")":
                return value, "the heading's date"  # "KP plenary: civil society walks out (21/11/2019)"
    if found := _dateline(text[:_DATELINE_CHARS], today, order):
        return found, "dateline in text"
    if found := _todays_date(text[:_TODAYS_CHARS], today):
        return found, "the day the text calls today's"
    if len(lines) > _TOP_LINES and (found := _closing_date_line(lines[-_END_LINES:], today, order)):
        stamp = _CLOCK.search(lines[-1]) and found in {
            value for value, _start in _date_line_dates(lines[-1], today, order)
        }
        return found, STAMP_UNDER_THE_TEXT if stamp else "date line at the end of the text"
    if updated and not _later_than_its_years(updated, text.replace(updated_line, "")):
        return updated, "'last updated' line in text"
    if page_clock is not None:
        return page_clock, "first lines of text"
    return None, ""


def _page_clock(line: str, value: date, text: str) -> bool:
    """ "April 29, 2024 09:11 (IST)" over a page whose text writes no year after 2019: the site's clock, the day it
    was read, over the menu; a date line below it, the article's own, is then its date."""
    return bool(_CLOCK.search(line)) and _later_than_its_years(value, text.replace(line, ""))


# "Les travaux … ont pris fin ce samedi 31 janvier 2026": the day the lead says is this one, year and all.
_THIS_DAY = re.compile(
    rf"\b(?:en\s+ce|ce|this|today,?|aujourd['’]hui,?)\s+(?:(?:{_WEEKDAYS}),?\s+)?(?:le\s+|the\s+)?(?=\d)", re.IGNORECASE
)
# "…a déclaré le ministre lors d'une conférence de presse donnée mercredi 1er juillet 2015": the lead gives the day the
# words were said.
_PRESS_CONFERENCE_DAY = re.compile(
    rf"\b(?:(?:press|news)\s+conference|press\s+briefing|conf[ée]rence\s+de\s+presse|point\s+de\s+presse)"
    rf"(?:\s+(?:held|given|tenue?s?|donn[ée]e?s?))?\s*,?\s+(?:on\s+|le\s+|du\s+)?(?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+|le\s+)?"
    rf"(?=\d)",
    re.IGNORECASE,
)
_TODAYS_CHARS = 600


def _todays_date(head: str, today: date) -> date | None:
    for this in (*_THIS_DAY.finditer(head), *_PRESS_CONFERENCE_DAY.finditer(head)):
        for value, start, _end in iter_dates(head[this.end() : this.end() + 40]):
            if start == 0 and _sane(value, today):
                return value
    return None


# "…the end of the text.\n17/10/24 à 09h35 GMT": a day and a time closing the page under its text, a stamp the page
# printed (when it was built, cached or read), which gives way to a date in the address.
STAMP_UNDER_THE_TEXT = "time stamp under the text"


def _later_than_its_years(value: date, text: str) -> bool:
    """ "Last updated: 3 March 2023" over a text that writes no year after 2019: an edit long after it came out."""
    years = [int(year) for year in _YEAR_IN_TEXT.findall(text)]
    return bool(years) and value.year > max(years)


def _publication_dates(text: str, today: date, order: str) -> list[tuple[date, int, int]]:
    """The dates of the text that could be the day it came out: possible days, not the bounds of a span of days
    ("18 to 22 November 2019"), and a numeric date that could be read either way only when ``order`` settles it."""
    scanned = _scan(text)
    spans = _span_bounds(text, scanned)
    found = []
    for written in scanned:
        value = _reading(written, order)
        in_span = written.start in spans or _bounds_a_span(text, written.start, written.end)
        if value and _sane(value, today) and not in_span:
            found.append((value, written.start, written.end))
    return found


def _reading(written: _Written, order: str) -> date | None:
    if not written.month_first:
        return written.value
    return {"dmy": written.value, "mdy": written.month_first}.get(order)


def _date_line_dates(line: str, today: date, order: str) -> Iterator[tuple[date, int]]:
    """The dates of a line that is a date line: the date, with at most three words of place or label beside it."""
    found = _publication_dates(line, today, order)
    if not found and (short := _SHORT_YEAR_AT_START.match(line)):
        # "November 05, 02World Diamond Council": a page's own date, with its year cut to two digits.
        with contextlib.suppress(ValueError):
            value = date(
                2000 + int(short.group("year")), _MONTHS[short.group("month").lower()], int(short.group("day"))
            )
            if _sane(value, today):
                yield value, 0
        return
    if _dates_something_else(line):
        return
    for value, start, end in found:
        if (
            _PUBLISHED_FIELD.search(line, max(0, start - _FIELD_LABEL_CHARS), start)
            or _POSTED_ON.match(line, 0, start)
            or (len(line) <= _RECORD_LINE_CHARS and _RECORD_DAY.search(line, 0, start))
        ):
            yield value, start
            continue
        if _GLUED_WEEKDAY.search(line, max(0, start - _FIELD_LABEL_CHARS), start) and _CLOCK_AFTER.match(line, end):
            yield value, start  # "…le processus de KimberleyMercredi 26 Mars 2014 - 19:00 La République…": a stamp
            continue
        if len(line) > DATE_LINE_CHARS:
            continue  # a paragraph, not a date line: and reading one again for each of its dates is slow
        # "Home | News | 21 November 2019 | Civil society walks out", "By Jane Smith / November 07, 2022 / site":
        # fields between bars or slashes, the date one of its own.
        cell_start = max(
            (found + len(bar) for bar in _FIELD_BARS if (found := line.rfind(bar, 0, start)) >= 0), default=0
        )
        cell_ends = [position for bar in _FIELD_BARS if (position := line.find(bar, end)) >= 0]
        cell_end = min(cell_ends, default=len(line))
        rest = _BYLINE.sub(" ", line[cell_start:start]) + " " + line[end:cell_end]
        rest = _DATE_LINE_WORDS.sub(" ", _CLOCK.sub(" ", _PAGE_FURNITURE.sub(" ", _without_update_dates(rest))))
        if len(rest.split()) <= 3:
            yield value, start


_FIELD_LABEL_CHARS = 40  # "Date de publication :"
_FIELD_BARS = (" | ", " • ", " · ", " / ")
# A page's elements run together, its stamp between its title and its text: a weekday glued to the title's last word,
# the date, and a clock.
_GLUED_WEEKDAY = re.compile(rf"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])(?i:{_WEEKDAYS}),?\s+$")
_CLOCK_AFTER = re.compile(rf"\s*(?:-|–|,)?\s*{_CLOCK.pattern}", re.IGNORECASE)
DATE_LINE_CHARS = 300  # longer, a line is a paragraph, not a date with a few words beside it


def _without_update_dates(text: str) -> str:
    """The text less its "updated" dates: "Published 22/11/2019 | Updated 25/11/2019" is still a date line."""
    for written in reversed(_scan(text)):
        if _UPDATED_BEFORE.search(text[max(0, written.start - 40) : written.start]):
            text = text[: written.start] + " " + text[written.end :]
    return text


# "18 to 22 November 2019", "du 18 au 22 novembre", "17th-21st June", "November 18 - November 22, 2019": a
# meeting's days, "Monday 18 – Friday 22 November 2019" too. The first day of a span is one too: "18 November 2019 –
# 22 November", "18/11/2019 au 22/11/2019".
_SPAN_WORD = r"(?:-|–|—|to|till|until|through|and|au|à|et|jusqu(?:'|’)au)"
_DAY_BEFORE_SPAN_WORD = re.compile(
    rf"(?:\b(?:{_MONTH})\.?\s+)?(?<![\w:./])[0-3]?\d{_ORDINAL}?(?:\s+(?:{_MONTH})\b\.?)?,?"
    rf"\s*{_SPAN_WORD}\s*(?:le\s+|the\s+)?(?:(?:{_WEEKDAYS})\.?,?\s+)?$",
    re.IGNORECASE,
)
_DAY_AFTER_SPAN_WORD = re.compile(
    rf"^\s*{_SPAN_WORD}\s*(?:[0-3]?\d{_ORDINAL}?\s*(?:{_MONTH})\b|(?:{_MONTH})\.?\s+[0-3]?\d\b)",
    re.IGNORECASE,
)
_BETWEEN_SPAN_BOUNDS = re.compile(rf"\s*{_SPAN_WORD}\s*", re.IGNORECASE)


def _span_bounds(text: str, scanned: list[_Written]) -> set[int]:
    """Where the two dates of "18/11/2019 – 22/11/2019" or "2019-11-18 to 2019-11-22" start."""
    bounds = set()
    for first, second in itertools.pairwise(scanned):
        if _BETWEEN_SPAN_BOUNDS.fullmatch(text, first.end, second.start):
            bounds.update((first.start, second.start))
    return bounds


# "(No. 7 - 22 November 2019)": a release's number, not a first day.
_NUMBER_SIGN = re.compile(r"(?:\b(?:no|n°|nr|ref|issue)\.?|#)\s*$", re.IGNORECASE)


def _bounds_a_span(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if (day := _DAY_BEFORE_SPAN_WORD.search(before)) and not _NUMBER_SIGN.search(before[: day.start()]):
        return True
    return bool(_DAY_AFTER_SPAN_WORD.match(text[end : end + 40]))


# "Local time: Monday, 17 February 2020 02:24": the reader's clock, printed by the page when it was read (or a
# copy's: "Generated on", "Archived on").
_READERS_CLOCK = re.compile(
    r"^\W*(?:(?:local|current)\s+time|today\s+is|accessed|retrieved|printed|(?:page\s+)?(?:visited|viewed)|generated"
    r"|downloaded|archived|heure\s+locale|consulté|imprimé|téléchargé|généré|archivé)\b",
    re.IGNORECASE,
)
# "Deadline: 22 November 2019", "Next meeting: 5 June 2020": a line that labels the day of something else.
# A word or two may come first: "Registration deadline:", "Upcoming event:", "Applications close 22 November 2019".
_ANOTHER_DAYS_LABEL = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:deadline|closing\s+date|due\s+date"
    r"|(?:applications?|registrations?|nominations?|submissions?|entries|voting|bids|call)\s+(?:close|open)s?"
    r"|event(?:\s+date)?|upcoming|forthcoming|save\s+the\s+date|date\s+of\s+(?:the\s+)?(?:event|meeting|birth)"
    r"|meeting\s+date|next\s+meeting|when|expires|expiry|expiration|valid\s+until|date\s+de\s+naissance"
    r"|date\s+limite|échéance|prochaine\s+réunion|à\s+venir)\b",
    re.IGNORECASE,
)


def _dates_something_else(line: str) -> bool:
    return bool(_READERS_CLOCK.match(line) or _ANOTHER_DAYS_LABEL.match(line))


# Only at the start of one of the first lines: "5 November, 20 delegates" in a sentence is no date.
_SHORT_YEAR_AT_START = re.compile(
    rf"^\s*(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d),\s*(?P<year>[0-2]\d)(?!\d)", re.IGNORECASE
)


# A line broken after a word no sentence or heading ends on: the next line goes on with the same sentence.
_WRAPPED_AFTER = re.compile(
    r"\b(?:on|of|in|since|from|until|till|by|before|after|to|the|dated|le|du|au|en|depuis|dès|jusqu'au|avant|après)"
    r"[ \t]*\n$"
)


def _dateline(head: str, today: date, order: str) -> date | None:
    head = "\n".join(_own_lines(head.split("\n")))
    for value, start, end in _publication_dates(head, today, order):
        line_start = head.rfind("\n", 0, start) + 1
        lead = head[line_start:start]
        if len(lead) > _LEAD_CHARS or not _DATELINE_LEAD.fullmatch(lead) or _UPDATED_BEFORE.search(lead):
            continue
        if _dates_something_else(head[line_start:]):
            continue
        line_end = head.find("\n", end)
        if _NO_PLACE_LEAD.fullmatch(lead) and _sentence_goes_on(head[end : line_end if line_end >= 0 else None]):
            continue
        if _NO_PLACE_LEAD.fullmatch(lead) and _WRAPPED_AFTER.search(head, max(0, line_start - 40), line_start):
            continue  # "The Act came into force on\nJanuary 1, 2003.": a sentence wrapped onto the date's line
        return value
    return None


def _without_captions(text: str) -> str:
    """The text less its photos' captions, which date the photo: "Ville de Bangui, le 13 décembre 2020. Photo CNC /
    Gisèle Moloma", "Kinshasa, 13 December 2020 (PHOTO AFP)"."""
    if not _PHOTO_CREDIT.search(text):
        return text
    lines = text.split("\n")
    return "\n".join("" if len(line) <= _CAPTION_CHARS and _PHOTO_CREDIT.search(line) else line for line in lines)


_CAPTION_CHARS = 200  # a caption is a short line; a paragraph crediting a photo in passing keeps its dateline


_PHOTO_CREDIT = re.compile(
    r"(?<!\w)(?:Photos?|PHOTOS?|Pic|PIC|Crédits?|Credits?|Image)\b\s*(?::|©|/|\w+\s*/|[A-Z]{2,}\b)"
)


# "On 22 November 2019", "Le 22 novembre 2019", "Monday, 22 November 2019" or the date alone, with no place, no
# "published" before it: a dateline only if no sentence goes on after it ("On 22 November 2019, civil society walked
# out of the plenary", "22 November 2019 marked the end of…" tell what happened that day).
_NO_PLACE_LEAD = re.compile(rf"\s*(?:(?:on|le|ce)\s+)?(?:(?:{_WEEKDAYS}),?\s+)?(?:(?:on|le|the)\s+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[–—:(|;]|\s-\s|\.(?:\s|$)")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ][\w'’-]*")
_ASIDE = re.compile(r"\([^()\n]{1,30}\)(?=[ \t]*[\w,])")


def _sentence_goes_on(after: str) -> bool:
    """Three words or more in lower case after the date, before any dash, colon, bracket or full stop."""
    # A short bracket inside the sentence is an aside ("the Coalition (KP CSC) will discuss"), not its end.
    after = _ASIDE.sub(" ", _CLOCK.sub(" ", after[:200]))
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return len(_LOWER_WORD.findall(clause)) >= 3


_END_LINES = 6
# "Done at Kimberley, South Africa, on 22 November 2019", "Fait à Kinshasa, le 3 décembre 2021", "Issued on …".
_CLOSING_LABEL = re.compile(
    r"^\W*(?:done|signed|issued|delivered|dated|released|published|fait|signé|publié|diffusé)\b", re.IGNORECASE
)
# The dates below "Related news", "Read more", "À lire aussi" are other articles'.
_OTHER_ARTICLES = re.compile(
    r"^\W*(?:related|read\s+more|see\s+also|more\s+(?:news|stories|articles|from)|you\s+(?:may|might)\s+also\s+like"
    r"|(?:à\s+)?lire\s+aussi|voir\s+aussi|articles?\s+similaires|sur\s+le\s+même\s+sujet"
    r"|dans\s+la\s+même\s+rubrique|du\s+même\s+auteur)\b",
    re.IGNORECASE,
)
# So are those below "Latest news", "Recent posts", "Next post", and the comments' below "2 Comments": but only
# once the text has begun, since the same words may name a page's menus above its own date.
_LATER_LISTS = re.compile(
    r"^\W*(?:(?:recent|latest|popular|other|top)\s+(?:news|posts|articles|stories)|most\s+(?:read|popular)|trending"
    r"|autres\s+(?:articles|actualités|nouvelles)|les\s+plus\s+lus"
    # a comment's head: "Jane Smith says:", "Jean Dupont dit :"
    r"|(?:[\w.'’-]+\s+){1,3}(?:says|dit)(?=\s*:)"
    r"|(?:previous|next)\s+(?:post|article)|(?:\d+|no)\s+comments?|comments?(?=\W*$)"
    r"|leave\s+a\s+(?:reply|comment)|dernières\s+(?:actualités|nouvelles|publications)|articles\s+récents"
    # "2 Comments", "Comments:"; not "Comment réformer le Processus", a French heading.
    r"|\d+\s+commentaires?|commentaires?(?=\W*$)"
    r"|laisser\s+un\s+commentaire)\b",
    re.IGNORECASE,
)
# A sentence of a dozen words or more is the text itself, not a title or a menu.
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')]*\s*$")


def _is_text(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def _other_articles_heading(line: str, text_begun: bool = False) -> bool:
    if len(line.split()) > 5:
        return False
    return bool(_OTHER_ARTICLES.search(line) or (text_begun and _LATER_LISTS.search(line)))


def _own_lines(lines: list[str], *, text_begun: bool = False) -> list[str]:
    """The text's own lines: those above a heading over other articles or comments."""
    for number, line in enumerate(lines):
        if _other_articles_heading(line, text_begun):
            return lines[:number]
        text_begun = text_begun or _is_text(line)
    return lines


def _closing_date_line(lines: list[str], today: date, order: str) -> date | None:
    """A release or a signature may end with its date: "Jane Smith\nCoordinator\n22 November 2019", "London,
    22 November 2019". Only one such line: several are a list of other pages, each with its day."""
    if len(_own_lines(lines, text_begun=True)) < len(lines):
        return None
    dated = []
    for line in lines:
        values = {value for value, _start in _date_line_dates(line, today, order)}
        if not values and _CLOSING_LABEL.match(line):
            values = {
                value for value, _start, end in _publication_dates(line, today, order) if not line[end:].strip(" .")
            }
        if values:
            dated.append(values)
    if len(dated) == 1 and len(dated[0]) == 1:
        return next(iter(dated[0]))
    return None


# A date in the address, year first. "/2019/11/" or "/2019-11/" is a month, not a day; so is "/2019/11/5-things":
# after a month folder the day is a path segment of its own.
_URL_YEAR_FIRST = (
    # "/2019/11/22/…", "/2020-03/04/", "/2019/11/22.html"
    re.compile(r"[/_=-](?P<year>(?:19|20)\d\d)[/_-](?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?=[/?#]|\.[a-z]{2,5}\b|$)"),
    # "/kp-plenary-2019-11-22-report", "…_2019_11_22.pdf", "?date=2019-11-22", "/2019-11-22T10-30-statement"
    re.compile(r"[/_=-](?P<year>(?:19|20)\d\d)[/_-](?P<month>[01]?\d)[_-](?P<day>[0-3]?\d)(?:[/_.-]|\b|(?=T\d))"),
    # "/files/2019.11.22-statement.pdf": with dots, two digits each for the month and the day.
    re.compile(r"[/_=-](?P<year>(?:19|20)\d\d)\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)(?=[/_-]|\.[a-z]{2,5}\b|$)"),
    # a whole path segment "/20191122/" (newspaper archives)
    re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:/|$)"),
    # "/201911/22/": a month's folder, then the day's
    re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)/(?P<day>[0-3]\d)(?=[/?#]|$)"),
    # "?date=20191122", "&pubdate=20191122"
    re.compile(
        r"[?&][\w-]*?(?:date|day|published)=(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[&#]|$)",
        re.IGNORECASE,
    ),
)
# "…/statement-22-11-2019.html": the day first, as in the text; "05-11-2019" could be either way round, so no date.
_URL_DAY_FIRST = re.compile(
    r"[/_=-](?P<day>[0-3]?\d)(?P<separator>[-_.])(?P<month>[01]?\d)(?P=separator)(?P<year>(?:19|20)\d\d)(?:[/_.-]|\b)"
)
# "/news/20191122103000", "?ts=22112019103000", "photo_20191122103000.html": a 14-digit stamp of a day and a time
# (YYYYMMDDhhmmss, or DDMMYYYYhhmmss when no month could be the day), a whole part of the address.
_URL_STAMP = re.compile(r"(?<![A-Za-z0-9])(\d{14})(?![A-Za-z0-9])")
# "/speeches/2017/jb_sp_170501.aspx": a year folder, then a file named by the day as YYMMDD of that year.
_URL_SHORT_DATE = re.compile(r"/(?:19|20)(\d\d)/(?:[^/?#]*[_-])?\1([01]\d)([0-3]\d)(?![\d])")


# "/2019/nov/22/": the month by its name.
_URL_MONTH_NAMED = re.compile(
    rf"/(?P<year>(?:19|20)\d\d)/(?P<month>{_MONTH})/(?P<day>[0-3]?\d)(?=[/?#]|$)", re.IGNORECASE
)
# "/news/diamonds03032021", "/20191122-kp-statement", "statement-20191122.html": eight digits that open or close a
# part of the address, read as YYYYMMDD, or as DDMMYYYY when that is the only reading.
_URL_EIGHT_DIGITS = re.compile(r"(?<=[A-Za-z_-])\d{8}(?=[/?#._-]|$)|(?<=/)\d{8}(?=[._-])")
# "statement-22-november-2019", "22nov2019", "november-22-2019"; not the last day of "18-22-november-2019" or
# "du-18-au-22-novembre-2019".
_URL_WRITTEN_DATE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?[-_]?(?P<month>{_MONTH})[-_]?"
    rf"|(?P<month2>{_MONTH})[-_](?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[-_])(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_URL_SPAN_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th|er)?|\b(?:au|to|and|et|a|till|until|through))[-_]$", re.IGNORECASE)
_URL_SPACES = re.compile(r"(?:\s|\+)+")
# "https://web.archive.org/web/20200101000000/http://example.org/…": the stamp is the day a copy was made.
_ARCHIVE_PREFIX = re.compile(r"^[^?#]*?/\d{14}(?:[a-z]{2}_)?/(?=https?:/)")


def url_date(url: str, today: date) -> date | None:
    # "Statement%2022%20November%202019.pdf", "Statement+22+November+2019.pdf": a file named with spaces.
    url = _URL_SPACES.sub("-", _original_address(url))
    found_in_url = itertools.chain(
        _url_year_first(url),
        _url_day_first(url),
        _url_stamps(url),
        _url_short_date(url),
        _url_month_named(url),
        _url_eight_digits(url),
        _url_written_dates(url),
    )
    for found in found_in_url:
        if _sane(found, today):
            return found
    return None


def url_posting_day(url: str) -> date | None:
    """ "/2019/11/22/slug": a site's archive folders, which file a post under the day it went up."""
    if match := _URL_YEAR_FIRST[0].search(_original_address(url)):
        with contextlib.suppress(ValueError):
            return date(*(int(match.group(name)) for name in ("year", "month", "day")))
    return None


def _original_address(url: str) -> str:
    return _ARCHIVE_PREFIX.sub("", unquote(url or ""))


def _url_month_named(url: str) -> Iterator[date]:
    for match in _URL_MONTH_NAMED.finditer(url):
        with contextlib.suppress(ValueError):
            yield _calendar_date(match)


def _url_eight_digits(url: str) -> Iterator[date]:
    for match in _URL_EIGHT_DIGITS.finditer(url):
        digits = match.group(0)
        if digits[:2] in ("19", "20"):
            with contextlib.suppress(ValueError):
                yield date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                continue
        if digits[4:6] in ("19", "20") and not _either_way_round(digits[:2], digits[2:4]):
            with contextlib.suppress(ValueError):
                yield date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))


def _url_written_dates(url: str) -> Iterator[date]:
    for match in _URL_WRITTEN_DATE.finditer(url):
        if _URL_SPAN_BEFORE.search(url[: match.start()]):
            continue
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        with contextlib.suppress(ValueError):
            yield date(int(match.group("year")), _MONTHS[month.lower()], int(day))


def _url_year_first(url: str) -> Iterator[date]:
    for pattern in _URL_YEAR_FIRST:
        for match in pattern.finditer(url):
            with contextlib.suppress(ValueError):
                yield date(*(int(match.group(name)) for name in ("year", "month", "day")))


def _url_day_first(url: str) -> Iterator[date]:
    for match in _URL_DAY_FIRST.finditer(url):
        if not _either_way_round(match.group("day"), match.group("month")):
            with contextlib.suppress(ValueError):
                yield date(*(int(match.group(name)) for name in ("year", "month", "day")))


def _url_stamps(url: str) -> Iterator[date]:
    for match in _URL_STAMP.finditer(url):
        digits = match.group(1)
        if not _clock_digits(digits[8:]):
            continue
        readings = []
        if digits[:2] in ("19", "20"):
            readings.append((digits[:4], digits[4:6], digits[6:8]))
        if not _either_way_round(digits[:2], digits[2:4]):
            readings.append((digits[4:8], digits[2:4], digits[:2]))
        for year, month, day in readings:
            with contextlib.suppress(ValueError):
                yield date(int(year), int(month), int(day))
                break


def _clock_digits(hhmmss: str) -> bool:
    return int(hhmmss[:2]) < 24 and int(hhmmss[2:4]) < 60 and int(hhmmss[4:]) < 60


def _url_short_date(url: str) -> Iterator[date]:
    path = url.split("?")[0]
    for match in _URL_SHORT_DATE.finditer(path):
        short_year, month, day = match.groups()
        with contextlib.suppress(ValueError):
            yield date(int(path[match.start() + 1 : match.start() + 3] + short_year), int(month), int(day))


def _either_way_round(day: str, month: str) -> bool:
    return int(day) <= 12 and int(day) != int(month)


# --- A day and month without a year, and the year the rest of the input gives it


class YearlessDate(NamedTuple):
    """A dateline or heading date written without its year ("NEW YORK, April 25 –", "Lundi 12 novembre –")."""

    month: int
    day: int
    weekday: int | None  # 0 for Monday, when the dateline names the day of the week
    written: str


# The days of the week in English and French, as ``date.weekday()`` numbers them; a dateline also abbreviates them.
WEEKDAY_NAMES = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
_WEEKDAY_NUMBERS = {
    **WEEKDAY_NAMES,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
}  # fmt: skip
# Only full month names and the usual abbreviations with a dot: "may 5" in a sentence is no dateline anyway,
# since the date must open its line (after a place) and be followed by a dash, a colon or the end of the line.
_YEARLESS_DAY = re.compile(
    rf"(?:(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d){_ORDINAL}?"
    rf"|(?P<day2>[0-3]?\d){_ORDINAL}?\.?\s+(?:of\s+|de\s+)?(?P<month2>{_MONTH})\.?)"
    r"(?=\s*(?:\([^)\n]{1,30}\)\s*)?(?:[–—:-]|$))",
    re.IGNORECASE | re.MULTILINE,
)
_WEEKDAY_AT_END = re.compile(rf"\b(?P<weekday>{_WEEKDAYS})\b,?\s*(?:(?:le|the)\s+)?$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s*[0-3]?\d\b")


def find_yearless_date(text: str) -> YearlessDate | None:
    """A dateline or a heading's date that has no year: at the start of one of the first lines (after a place, a
    day of the week, "published on") and followed by a dash, a colon or the end of its line; or closing one of the
    heading lines after a comma ("Speech by … at the seminar, Brussels, 17 December")."""
    lines = [line for line in text.split("\n") if line.strip()]
    own_lines = _own_lines(lines)
    for number, line in enumerate(own_lines[:_TOP_LINES]):
        for match in _yearless_candidates(line, heading=number < _HEADING_LINES):
            lead, rest = line[: match.start()], line[match.end() :]
            at_start = len(lead) <= _LEAD_CHARS and _DATELINE_LEAD.fullmatch(lead)
            heading_end = number < _HEADING_LINES and not rest.strip(" .)") and re.search(r"[,–—-]\s*$", lead)
            if not (at_start or heading_end) or _SPAN_AFTER.match(rest) or _bounds_a_span(line, *match.span()):
                continue
            if _UPDATED_BEFORE.search(lead) or _dates_something_else(line):
                continue
            return _yearless(match, lead)
    return None


_LEAD_CHARS = 80  # a dateline's place, source and label before its date


def _yearless_candidates(line: str, *, heading: bool) -> Iterator[re.Match]:
    """The days without a year that could open the line (after at most 80 characters of lead) or, in a heading line,
    close it: in a paragraph, only its first and last characters are read."""
    if len(line) <= DATE_LINE_CHARS:
        yield from _YEARLESS_DAY.finditer(line)
        return
    for found in _YEARLESS_DAY.finditer(line[: _LEAD_CHARS + 60]):
        if match := _YEARLESS_DAY.match(line, found.start()):  # read again in the whole line: where it ends
            yield match
    if heading:
        yield from _YEARLESS_DAY.finditer(line, len(line) - 40)


def _yearless(match: re.Match, lead: str) -> YearlessDate:
    weekday = _WEEKDAY_AT_END.search(lead)
    return YearlessDate(
        _MONTHS[(match.group("month") or match.group("month2")).lower()],
        int(match.group("day") or match.group("day2")),
        _WEEKDAY_NUMBERS[weekday.group("weekday").lower()] if weekday else None,
        match.group(0).strip(),
    )


_YEAR_IN_TEXT = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
# "/2019/", "/2019/11/": the folders a site files its pages in by year (and month).
_URL_YEAR_FOLDER = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?:(?P<month>[01]\d)/)?")


def url_year_folders(url: str) -> set[tuple[int, int | None]]:
    """The (year, month or None) of each year folder in the address."""
    path = _original_address(url).split("?")[0].split("#")[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    return {
        (int(match.group("year")), int(match.group("month")) if match.group("month") else None)
        for match in _URL_YEAR_FOLDER.finditer(f"/{path}")
    }


def heading_years(text: str, title: str = "") -> set[int]:
    """The years written in the title and the first lines: "2019 Plenary – Statement of the coalition"."""
    return {int(year) for year in _YEAR_IN_TEXT.findall(_heading(text, title))}


# The kinds of KP meeting a heading may name beside its year: "2019 Plenary", « Plénière 2018 », "2021 Intersessional".
_HEADING_MEETING_KINDS = {
    "plenary": re.compile(r"\b(?:plenary|plenaries|pleniere|plenieres)\b"),
    "intersessional": re.compile(r"\b(?:intersessional|inter-sessional|intersession\w*)\b"),
    "special": re.compile(
        r"\b(?:special|extraordinary)\s+(?:session|meeting)\b|\bsession\s+(?:speciale|extraordinaire)\b"
    ),
}


def heading_meeting_kinds(text: str, title: str = "") -> set[str]:
    """The kinds of meeting ("plenary", "intersessional", "special") the title and the first lines name."""
    heading = fold(_heading(text, title))
    return {kind for kind, pattern in _HEADING_MEETING_KINDS.items() if pattern.search(heading)}


def _heading(text: str, title: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()][:_HEADING_LINES]
    return "\n".join([title, *lines])


def complete_year(
    written: YearlessDate,
    years: set[int],
    today: date,
    *,
    month: int | None = None,
    window: tuple[date, date] | None = None,
) -> date | None:
    """The one reading of a day without a year that every piece of evidence allows: one of ``years``, the
    weekday written beside it, the month folder of the address (``month``), the stretch of days around the
    meeting the text is about (``window``), no later than ``today``. None when no reading or several fit."""
    if month is not None and month != written.month:
        return None
    readings = set()
    for year in years:
        with contextlib.suppress(ValueError):
            value = date(year, written.month, written.day)
            if not _sane(value, today) or (written.weekday is not None and value.weekday() != written.weekday):
                continue
            if window is None or window[0] <= value <= window[1]:
                readings.add(value)
    return readings.pop() if len(readings) == 1 else None


# --- When a text was written, as against the day of what it reports

_MEETING_WORD = (
    r"(?:meeting|plenary|plenaries|intersessional|inter-sessional|intersession\w*|session|conference|summit"
    r"|reunion|pleniere|seance)"
)
_MEETING_WORDS = re.compile(rf"\b{_MEETING_WORD}\b")
# "Last week, the intersessional meeting…", "this week saw the end of the plenary", "following the close of the
# plenary", "suite à la réunion": the text looks back on a meeting that is over. (In the sentence that names it.)
_LOOKING_BACK = re.compile(
    r"\b(?:last\s+week|last\s+month|earlier\s+this\s+(?:week|month)|(?:a\s+few|two|three|several)\s+days\s+ago"
    r"|la\s+semaine\s+derniere|il\s+y\s+a\s+(?:quelques|deux|trois)\s+jours"
    r"|(?:saw|marked|a\s+vu|a\s+marque)\s+(?:the|la)\s+(?:end|close|conclusion|fin|cloture)"
    r"|(?:following|after|in\s+the\s+wake\s+of|since)\s+the\s+(?:end|close|closing|conclusion)\s+of"
    r"|a\s+la\s+suite\s+(?:de|du|des)|suite\s+a\s+(?:la|le|l')|au\s+lendemain\s+(?:de|du|des)"
    r"|apres\s+la\s+(?:fin|cloture)\s+(?:de|du|des))\b"
)
# "the recent plenary", "the recently concluded meeting", "la récente réunion", "la réunion récente": said of the
# meeting itself (a recent visit or report is something else).
_RECENT_MEETING = re.compile(
    rf"\b(?:recent|recently\s+(?:held|concluded|ended|closed)|recente?s?)\s+(?:[\w()-]+\s+){{0,3}}?{_MEETING_WORD}\b"
    rf"|\b{_MEETING_WORD}\s+(?:[\w()-]+\s+){{0,3}}?(?:recente?s?|recemment\s+(?:tenue?s?|conclue?s?|achevee?s?))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def looks_back_on_a_meeting(folded: str) -> bool:
    """The text (folded: lower case, no accents) says that it is written after a meeting it names: what it reports
    of the meeting's opening or closing words does not date the text itself."""
    head = folded[:_DATELINE_CHARS]
    if _RECENT_MEETING.search(head):
        return True
    return any(
        _LOOKING_BACK.search(sentence) and _MEETING_WORDS.search(sentence) for sentence in _SENTENCE.findall(head)
    )


# "The meeting, which ended in Gaborone on Thursday last week", "la réunion tenue la semaine dernière à Kinshasa":
# the text is written days after a meeting it places (in the sentence that names both).
# ("This week, at the conference in New York": not said of a meeting that is over; a conference or a summit may be
# another body's.)
_DAYS_AFTER = re.compile(
    r"\b(?:last\s+week|earlier\s+this\s+week|yesterday|(?:a\s+few|two|three|several)\s+days\s+ago"
    r"|la\s+semaine\s+derniere|hier|il\s+y\s+a\s+(?:quelques|deux|trois)\s+jours)\b"
)
_KP_MEETING_WORDS = re.compile(
    r"\b(?:meeting|plenary|intersessional|inter-sessional|intersession\w*|reunion|pleniere|intersessionnelle)\b"
)


def places_of_a_meeting_just_held(text: str, places: Iterable[str]) -> set[str]:
    """The places (folded, as given) of a meeting the text says was held days before it was written: "the plenary,
    which ended in Gaborone last week". A date that no meeting there had just ended by is not the text's."""
    sentences = [
        sentence
        for sentence in _SENTENCE.findall(fold(text[:_DATELINE_CHARS]))
        if _DAYS_AFTER.search(sentence) and _KP_MEETING_WORDS.search(sentence)
    ]
    if not sentences:
        return set()
    named = "\n".join(sentences)
    return {place for place in places if place and place in named and place_pattern([place]).search(named)}


# "ce 15 novembre à Dubaï", "this 15 November", "today, 15 November", "aujourd'hui vendredi 15 novembre": the day the
# text says is today, without its year (which the meeting it is about gives).
_TODAYS_DAY = re.compile(
    rf"\b(?:en\s+ce|ce|this|today,?|aujourd['’]hui,?)\s+(?:(?P<weekday>{_WEEKDAYS}),?\s+)?(?:le\s+|the\s+)?"
    rf"(?:(?P<day>[0-3]?\d)(?:{_ORDINAL})?\s+(?:of\s+)?(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?)\b(?![,.]?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


def find_todays_day(text: str) -> YearlessDate | None:
    """The day without a year that the head of the text calls today's ("a levé, ce 15 novembre à Dubaï, l'embargo")."""
    if match := _TODAYS_DAY.search(text, 0, _DATELINE_CHARS):
        weekday = match.group("weekday")
        return YearlessDate(
            _MONTHS[(match.group("month") or match.group("month2")).lower()],
            int(match.group("day") or match.group("day2")),
            _WEEKDAY_NUMBERS[weekday.lower()] if weekday else None,
            match.group(0).strip(),
        )
    return None


# "In a speech in Gaborone on Friday", "a statement released … on Monday", "dans une déclaration le mardi":
# the weekday a statement was given.
_GIVEN = re.compile(
    r"\b(?:speech|speeches|remarks|address|statement|declaration|discours|allocution|intervention|declare|said|told"
    r"|spoke|presented|delivered|released|issued)\b"
)
_WEEKDAY_GIVEN = re.compile(
    rf"\b(?:on|le)\s+(?P<weekday>{'|'.join(name for name in _WEEKDAY_NUMBERS if len(name) > 4)})\b"
)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|to be|going to|sera|seront|va|vont|doit|doivent)\b")


# "the four-day meeting that began on Monday": the weekday of the meeting's own opening or closing, not of a statement.
_EVENT_BEFORE = re.compile(
    r"\b(?:began|begins|opened|opens|started|starts|ended|ends|closed|closes|concluded|concludes|kicked\s+off"
    r"|got\s+underway|s'est\s+ouverte?|s'ouvre|a\s+debute|debute|s'est\s+(?:terminee|achevee|conclue|close))\s*$"
)


# "In an acceptance speech in Gaborone on Friday", "in remarks delivered on Tuesday": the speech itself, named.
_SPEECH_NAMED = re.compile(r"\b(?:speech|speeches|remarks|address|discours|allocution)\b")


def weekday_given(folded: str, *, of_a_speech: bool = False) -> int | None:
    """The day of the week the text says its statement was given, when its sentences agree on one; ``of_a_speech``:
    only where the sentence names the speech, which a report is about ("in a speech in Gaborone on Friday")."""
    found = set()
    for sentence in _SENTENCE.findall(folded[:_DATELINE_CHARS]):
        if not _GIVEN.search(sentence) or _FUTURE.search(sentence):
            continue
        if of_a_speech and not _SPEECH_NAMED.search(sentence):
            continue
        found.update(
            _WEEKDAY_NUMBERS[match.group("weekday")]
            for match in _WEEKDAY_GIVEN.finditer(sentence)
            if not _EVENT_BEFORE.search(sentence[max(0, match.start() - 30) : match.start()])
        )
    return found.pop() if len(found) == 1 else None


# "The 2023 Intersessional Meeting … concluded yesterday in Victoria Falls": written the day after the meeting ended
# (on folded text). Only in the lead, where the text says when it is written.
_ENDED_WHEN = re.compile(
    r"\b(?:meeting|plenary|intersessional|session|reunion|pleniere|intersession)\b[^.\n]{0,120}?\b(?:concluded|ended"
    r"|closed|wrapped up|came to a close|s'est (?:achevee|terminee|cloturee|close)|a pris fin|ont pris fin)"
    r"(?:\s+(?:here|ici|on))?\s+(?P<when>yesterday|today|hier|aujourd'hui)\b"
)
_ENDED_CHARS = 600


def meeting_ended_days_ago(folded: str) -> tuple[str, int] | None:
    """(the words, how many days before the text was written) when its lead says the meeting ended yesterday or
    today, on folded text."""
    if ended := _ENDED_WHEN.search(folded, 0, _ENDED_CHARS):
        return ended.group(0), 1 if ended.group("when") in ("yesterday", "hier") else 0
    return None
