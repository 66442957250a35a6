"""Where the quotations are: every quoted span of a text, in any of the marks writers use (one running over
several paragraphs too), which of them are titles rather than speech, and the record kept of each one found."""

import bisect
import re
from dataclasses import dataclass

# French nests guillemets: « … les « diamants du sang » … » is one quotation.
_QUOTE = re.compile(
    # A closing mark between two letters is an apostrophe some sites print for ’: "they”re", "Witness”s".
    r"“(?P<curly>(?:[^“”]|(?<=\w)”(?=\w)){2,3000}?)(?:(?<!\w)”|”(?!\w))"
    # A quotation running over lines, each opened and only the last closed: "“Namibia is…\n“Across the country…”".
    r"|“(?P<continued>[^“”\n]{2,3000})\n(?=[ \t]*“)"
    # Typed inconsistently, closed by a single mark after its own stop or comma: "“…against this,’ Shabangu said."
    r"|“(?P<closed_single>(?:[^“”’\n]|’(?=\w)){2,3000}?[,.!?])’(?!\w)"
    r"|«(?P<guillemets>(?:[^«»]|«[^«»]{0,300}»){2,3000}?)»|„(?P<low>[^„“”\n]{2,3000}?)[“”]"
    # An opening guillemet typed for the closing one, against the word before it and before a comma or a stop:
    # « …est très limitée« , explique X.
    r"|«(?P<guillemets_reversed>[^«»\n]{2,3000}?(?<=[\w.!?]))«(?=[ \t\u00a0\u202f]*[,.;:])"
    # Two single marks typed for a double one, as some French-language papers do: ‘’ On parle… ‘’, ''…''. (Not
    # "country''s": between two letters the pair is an apostrophe.)
    r"|(?<!\w)(?:‘’|’’|‘‘|'')(?P<doubled>(?:[^‘’'\n]|[‘’'](?![‘’'])|(?<=\w)''(?=\w)){2,3000}?)(?:‘’|’’|'')"
    r"|\"(?P<straight>(?:[^\"\n]|\n(?!\n)){2,3000}?)\""
    # Single marks, as British papers quote: 'We will not give up,' said X. An apostrophe inside a word
    # ("don't") is no mark; the closing one follows the quotation's own punctuation.
    # A space may slip in before it: 'We will not give up, ' said X.
    r"|(?<![\w'‘’])'(?P<single>(?:[^'\n]|(?<=\w)'(?=\w)){2,1000}?[,.!?])[ \t]?'(?![\w'])"
    r"|‘(?P<single_curly>(?:[^‘’\n]|(?<=\w)’(?=\w)){2,1000}?[,.!?])[ \t]?’(?!\w)"
    # …or before it, the comma outside the marks: 'We will not give up', said X.
    r"|(?<![\w'‘’])'(?P<single_comma_after>(?:[^'\n]|(?<=\w)'(?=\w)){2,1000}?[^\s,.!?'])'(?=,[ \t])"
    r"|‘(?P<single_curly_comma_after>(?:[^‘’\n]|(?<=\w)’(?=\w)){2,1000}?[^\s,.!?‘])’(?=,[ \t])"
    # A headline's words, with no closing stop, signed after a dash or introduced by a colon: "‘…’ – Amara Okonkwo",
    # "Amara Okonkwo: ‘…’".
    r"|(?<![\w'‘’])['‘](?P<headline>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,300}?)['’](?=[ \t]*[–—-][ \t]*[A-ZÀ-Ý])"
    r"|(?<=:[ \t])['‘](?P<headline_after_colon>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,300}?)['’](?=[ \t]*$)"
    # Typed inconsistently: "Contrary to the Chair’s Notice, …,” said Minister Baird.
    r"|\"(?P<mixed>[^\"“”\n]{2,3000}?)”"
    # Closing marks at both ends, as some sites print them: ”We will not give up,” said X.
    r"|”(?P<closing_twice>[^“”\n]{2,3000}?)”",
    re.MULTILINE,
)


@dataclass
class Quote:
    """A quotation found: where it stands, its words, and who said it."""

    start: int
    end: int
    paragraph: int
    text: str
    person: str = ""
    also: str = ""  # the second of two speakers: "said Tendai Moyo and Rudo Chikwanha"


_CLOSING_MARKS = "”»\"'’“"


def cut_by_the_text_end(text: str, end: int) -> bool:
    """ "…a déclaré que le processus « est confront": a quotation still open where an excerpt of the text stops
    was cut, not short; its attribution says whether it is speech."""
    return not text[end:].strip() and text[:end].rstrip()[-1:] not in _CLOSING_MARKS


# What a title, a slogan or a theme is given by: "a report titled “…”", "under the slogan “…”", "intitulé « … »". On the
# same line (\Z, not $): a headline ending "…Leaked Report" above the story names no title.
_TITLE_BEFORE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|themed|labell?ed|slogan|motto|banner|headline|theme|title"
    r"|intitul[ée]e?s?|baptis[ée]e?s?|nomm[ée]e?s?|th[èe]me|devise|titre|mot\s+d['’]ordre"
    # A document named by its title: "resolution A/RES/70/12 “…”", "the report “…”", « le rapport « … » ».
    r"|(?:resolution|report|book|film|documentary|study|paper|campaign|programme|résolution|rapport|livre"
    r"|documentaire|étude|campagne)(?:[ \t]+[A-Z0-9][\w/.-]*\d[\w/.-]*)?)[ \t]*[:,]?[ \t]*\Z",
    re.IGNORECASE,
)


# "…what he called “…”": someone's own words for a thing, not a thing's title.
_WHAT_SOMEONE_CALLED = re.compile(
    r"\b(?:what|he|she|they)\s+(?:[\w’'-]+\s+){0,3}(?:called|calls|dubbed|dubs)\s*$", re.I
)


def names_a_title(text: str, start: int) -> bool:
    """ "Amara Okonkwo wrote a book titled “…”": words a title or a slogan is given, not words anyone said."""
    window = text[max(0, start - 40) : start]
    return bool(_TITLE_BEFORE.search(window)) and not _WHAT_SOMEONE_CALLED.search(window)


@dataclass
class Context:
    """What attributing a quotation draws on: the text, the speakers and quotes found before it, the known bodies."""

    text: str
    speakers: list[str]
    attributed: list[Quote]  # the quotes attributed so far, in order
    known_organisations: tuple | list


# A paragraph's first closing curly mark with no opening mark before it, after a clause of its own.
_LOST_OPENING = re.compile(r"[ \t]*(?P<words>[A-ZÀ-Ý][^“”«»\"\n]{20,}?[,.!?])[ \t]*[”»]")
_OPEN_QUOTE = re.compile(r"[“\"](?=\S)|«(?=[ \t\u00a0\u202f]*\S)")


# A paragraph's first line as a headline is printed above the story with no blank line: a short line, no quotation
# mark in it, no stop at its end ("Chikane OKs Exports According to Leaked Report").
_HEADLINE_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý][^“”«»\"\n]{5,150}(?<![.!?:;,\s])[ \t]*\n")


def _lost_opening_under_a_headline(paragraph: str) -> re.Match | None:
    """The lost opening mark of a story's first sentence, under its headline on the line above."""
    headline = _HEADLINE_LINE.match(paragraph)
    return _LOST_OPENING.match(paragraph, headline.end()) if headline else None


def quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """Every quotation as (start, end, words). A quotation running over several paragraphs opens each one
    and closes only at its end, so a paragraph left open is quoted to its end."""
    spans = [
        (match.start(), match.end(), next(g for g in match.groups() if g is not None))
        for match in _QUOTE.finditer(text)
    ]
    spans.sort()
    starts = [start for start, _, _ in spans]
    offset = 0
    for paragraph in text.split("\n\n"):
        # The quotations opening in this paragraph: a slice of the sorted spans, not a scan of them all.
        inside = spans[bisect.bisect_left(starts, offset) : bisect.bisect_left(starts, offset + len(paragraph))]
        last_end = max((end for _, end, _ in inside), default=offset)
        if opening := _OPEN_QUOTE.search(paragraph, last_end - offset):
            start = offset + opening.start()
            spans.append((start, offset + len(paragraph), text[start + 1 : offset + len(paragraph)]))
        elif closing := _LOST_OPENING.match(paragraph) or _lost_opening_under_a_headline(paragraph):
            # "If the Process is to remain credible, it cannot refuse…,” wrote Jane Roe": the page lost the opening
            # mark; the quotation runs from the paragraph's start (or its headline's end) to its closing mark.
            spans.append((offset + closing.start("words"), offset + closing.end(), closing.group("words")))
        offset += len(paragraph) + 2
    return sorted(spans)


def paragraph_of(position: int, paragraph_starts: list[int]) -> int:
    return bisect.bisect_right(paragraph_starts, position) - 1


# A line broken inside a sentence ("…," Mboli\nFatrane said.): the attribution reads across it.
_BROKEN_LINE = re.compile(r"(?<=[^\s.!?:;”\"»])[ \t]*\n+[ \t]*(?=\S)")


def unwrap(window: str) -> str:
    return _BROKEN_LINE.sub(" ", window)
