"""A title for documents that carry none in their metadata: the headline near the top of the text."""

import re

from .dates import DATE_LINE_CHARS, iter_dates
from .organisations import is_publisher_line, is_statement_heading

_LABEL = re.compile(
    r"^(?:for immediate release|immediate release|embargo(?:ed)?\b.*|press release|press statement|media release"
    r"|news release|communiqu[ée](?: de presse)?|pour (?:diffusion|publication) imm[ée]diate|contacts?|statement"
    r"|d[ée]claration|update|news|actualit[ée]s?|page \d+.*)\W*$",
    re.IGNORECASE,
)
_QUOTES = "“”\"«»„‘’' "
_TOP_LINES = 12
_MAX_TITLE = 200
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"»’]?\s+[“\"«]?[A-ZÀ-Ý]")


def title_from_text(text: str, organisation: str = "") -> str:
    """The first short line that is not a date, a label or the publisher's name; else a shortened first sentence."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_TOP_LINES]
    statement_heading = ""
    for line in lines:
        if _is_date_line(line) or _LABEL.match(line):
            continue
        if is_publisher_line(line) or (organisation and line.casefold() == organisation.casefold()):
            if not statement_heading and is_statement_heading(line):
                statement_heading = line
            continue
        candidate = line.strip(_QUOTES).rstrip(".").strip()
        if not candidate:
            continue
        if len(candidate) <= _MAX_TITLE and not _SENTENCE_BREAK.search(candidate):
            return candidate
        return statement_heading or _shorten(candidate)
    return statement_heading


def _is_date_line(line: str) -> bool:
    if len(line) > DATE_LINE_CHARS:
        return False  # a paragraph: and reading it again for each of its dates is slow
    for _value, start, end in iter_dates(line):
        rest = re.sub(r"[^\w\s]", " ", line[:start] + line[end:])
        if len(rest.split()) <= 4:
            return True
    return False


def _shorten(paragraph: str, limit: int = 150) -> str:
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    return sentence[:limit].rsplit(" ", 1)[0] + "…"
