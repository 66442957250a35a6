"""Words quoted as a block, without quotation marks, and signed on the line below it, as pull quotes and
testimonials are: "We must look beyond administrative issues…\n\n- Amara Okonkwo, President, World Diamond Council"."""

import re

from ..records import QuoteMatch
from .names import name_runs, undot
from .people import resolve
from .speakers import names_an_office

# A paragraph of one line: a dash, a name, and after a comma the office or the body it speaks for.
_SIGNATURE = re.compile(
    r"(?:^|(?<=\n\n))[ \t]*[-–—][ \t]*(?P<who>[^\W\d_][^\n,]{2,59}),(?P<office>[^\n]{3,200})(?=\n\n|\n?$)"
)
# The block speaks in the first person, as someone's own words do (a news paragraph above a byline does not).
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|je|nous|notre|nos)\b", re.IGNORECASE)
_MIN_BLOCK_WORDS = 15
_QUOTATION_MARKS = re.compile(r"[“”«»\"]")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-–—•*]|\d+[.)])")


def signed_blocks(text: str, known_organisations) -> list[QuoteMatch]:
    found = []
    for match in _SIGNATURE.finditer(text):
        block = _paragraph_before(text, match.start())
        words = " ".join(block.split())
        if (
            len(words.split()) < _MIN_BLOCK_WORDS
            or not words.endswith((".", "!", "?"))
            or _LIST_ITEM.match(block)
            or _QUOTATION_MARKS.search(block)  # quoted words are attributed as quotations are
            or not _FIRST_PERSON.search(words)
        ):
            continue
        # "President, World Diamond Council": the office before its first comma names it.
        if not names_an_office(match["office"].split(",")[0].strip(), known_organisations):
            continue
        who = match["who"].strip()
        tokens = who.split()
        runs = name_runs(tokens)
        if len(runs) != 1 or len(runs[0][1]) < 2 or len(runs[0][1]) + bool(runs[0][0]) != len(tokens):
            continue  # the signature opens on a name, and only a name
        if person := resolve(*runs[0], match.start(), text, [], known_organisations):
            found.append(QuoteMatch(person=undot(person), text=words))
    return found


def _paragraph_before(text: str, start: int) -> str:
    end = text.rfind("\n\n", 0, start)
    if end < 0:
        return ""
    return text[text.rfind("\n\n", 0, end) + 2 if text.rfind("\n\n", 0, end) >= 0 else 0 : end]
