"""Who is quoted in a text, and whose speech a text is, in English and French.

    quotes = find_quotes(text, known_organisations)  # each quotation and its speaker, in reading order
    speaker = find_speaker(text, known_organisations)  # the person whose speech the document is, or ""

The modules import one way, from the top: ``attribution`` (a quotation's speaker from the words around it) uses
``referents`` (who "he", "she" or "the minister" is, which ``speakers`` asks too); ``speakers`` (a speech's speaker,
from its heading or its signature), ``interviews`` (the turns of an interview), ``debates`` (the turns of a
parliament's record) and ``signatures`` (a block of words signed below it) stand beside them; all build on
``spans`` (where the quotations are), ``verbs`` (the verbs of saying), ``people`` (from a fragment's names to a
person) and, at the bottom, ``names`` (the shapes of a person's name).
"""

import re

from ..records import QuoteMatch
from ..sentences import join_broken_paragraphs
from .attribution import attribute, continued_speaker, incise, joint_speakers, short_but_attributed, signed_below
from .debates import debate_turns
from .interviews import interview_turns, questions_and_answers
from .names import ABBREVIATION_MARK, undot
from .referents import reporting_speaker
from .signatures import signed_blocks
from .spans import Context, Quote, cut_by_the_text_end, names_a_title, paragraph_of, quoted_spans
from .speakers import find_speaker

__all__ = ["find_quotes", "find_speaker"]

_MIN_QUOTE_WORDS = 4


# « … ». / “…”.: the stop after the closing mark ends the quoted sentence as well as one inside it.
_STOP_AFTER = re.compile(r"[ \t\u00a0\u202f]*[.!?](?:\s|$)")


def _a_sentence_of_its_own(quote: Quote, text: str) -> bool:
    ends = quote.text.rstrip()[-1:] in ".!?" or _STOP_AFTER.match(text, quote.end)
    # (…or it runs on where an excerpt of the text stops: "he said. “The scourge of conflict diamonds can m")
    return quote.text[:1].isupper() and bool(ends or cut_by_the_text_end(text, quote.end))


def find_quotes(text: str, known_organisations=()) -> list[QuoteMatch]:
    # A title's or an initial's dot ("Mr. K.G. Moshashane") ends no sentence: hide it from the patterns.
    text = ABBREVIATION_MARK.sub("\\1\u2024", join_broken_paragraphs(text))
    paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n\n", text)]
    speakers: list[str] = []
    quotes: list[Quote] = []
    attributed: list[Quote] = []  # the quotes given a speaker so far (kept as they come: not sought again each time)
    for start, end, raw in quoted_spans(text):
        inner = " ".join(raw.split()).strip(" ,;")
        if len(inner.split()) < _MIN_QUOTE_WORDS and not (
            short_but_attributed(text, start, end, raw) or cut_by_the_text_end(text, end)
        ):
            continue
        paragraph = paragraph_of(start, paragraph_starts)
        quote = Quote(start, end, paragraph, inner)
        if names_a_title(text, start):
            quotes.append(quote)  # a title, said by nobody: no speaker, and none it could continue
            continue
        context = Context(text, speakers, attributed, known_organisations)
        quote.person = attribute(context, quote, paragraph_starts[paragraph]) or signed_below(context, quote)
        if quote.person and (pair := joint_speakers(context, quote)):
            quote.person, quote.also = pair
        if not quote.person:
            quote.person = continued_speaker(text, quote, quotes, paragraph_starts)
        if not quote.person:
            quote.person = incise(context, quote)
        if not quote.person and _a_sentence_of_its_own(quote, text):
            quote.person = reporting_speaker(context, quote.start, paragraph_starts[paragraph])
        speakers.extend(person for person in (quote.person, quote.also) if person)
        quotes.append(quote)
        if quote.person:
            attributed.append(quote)
    found = [
        QuoteMatch(person=undot(person), text=undot(quote.text))
        for quote in quotes
        for person in (quote.person, quote.also)
        if person
    ]
    return [
        *found,
        *interview_turns(text, known_organisations),
        *questions_and_answers(text, known_organisations),
        *debate_turns(text, known_organisations),
        *signed_blocks(text, known_organisations),
    ]
