"""The speakers of a parliament's record, as Hansard prints its turns: each opens on its speaker's label, a line
of its own ("Mr. Hain", "Lord Chidgey:"), or as TheyWorkForYou renders it, the label after its photo's
("Photo of Mr Brian White Mr Brian White Labour, North East Milton Keynes"); the paragraph below is their words."""

import re

from ..records import QuoteMatch
from .names import undot
from .people import resolve

# What only a parliament's record says of itself: "HC Deb 18 May 2000", "House of Lords written question",
# "Oral Answers to Questions", the written question's "To ask the Secretary of State…".
_A_PARLIAMENT = re.compile(
    r"\b(?:Hansard|H[CL][ \t]+Deb|House[ \t]+of[ \t]+(?:Commons|Lords|Representatives|Assembly)|National[ \t]+Assembly"
    r"|Parliament|Senate|Assemblée[ \t]+nationale|Sénat|written[ \t]+(?:questions?|answers?|statements?)"
    r"|oral[ \t]+answers?|To[ \t]+ask[ \t]+(?:the|Her|His)\b)",
    re.IGNORECASE,
)
# The titles a member is given in the record; a peer's ("Lord Howell of Guildford") is part of the name.
_PEERS = r"Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Marquess|Duke|Bishop"
_MEMBER_TITLES = rf"Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|{_PEERS}"
_NAME = r"[A-ZÀ-Ý][\w’'\u2024-]+"
# A label: a title, one to four names, and a peer's seat ("of Guildford").
_LABEL = (
    rf"(?P<title>(?-i:{_MEMBER_TITLES}))[.\u2024]?[ \t]+(?P<names>{_NAME}(?:[ \t]+{_NAME}){{0,3}})"
    rf"(?P<seat>[ \t]+of[ \t]+{_NAME}(?:[ \t]+{_NAME}){{0,2}})?"
)
# A turn's label on a line of its own, then a blank line or not, then the words: "Mr. Hain\n\nWe are not aware…".
_TURN = re.compile(rf"^[ \t]*{_LABEL}[ \t]*:?[ \t]*\n(?:[ \t]*\n)?(?P<words>[^\n]+)", re.MULTILINE)
# TheyWorkForYou: the photo's label, then the same label, then the member's party or office on the same line.
_PHOTO_TURN = re.compile(
    r"^[ \t]*Photo[ \t]+of[ \t]+(?P<label>[^\n]{3,80}?)[ \t]+(?P=label)\b[^\n]*\n(?:[ \t]*\n)?(?P<words>[^\n]+)",
    re.MULTILINE,
)
_PHOTO_LABEL = re.compile(rf"(?:{_LABEL}|(?P<bare>{_NAME}(?:[ \t]+{_NAME}){{1,3}}))$")
_MIN_TURNS = 2
_MIN_WORDS = 5


def debate_turns(text: str, known_organisations) -> list[QuoteMatch]:
    """The members speaking in a parliament's record: two turns or more, each a label and a paragraph of words
    below it (a page that is no parliament's record, or a label alone, has none)."""
    if not _A_PARLIAMENT.search(text):
        return []
    turns = []
    for match in _TURN.finditer(text):
        turns.append((match.start(), match, match.group("words")))
    for match in _PHOTO_TURN.finditer(text):
        if label := _PHOTO_LABEL.match(match.group("label")):
            turns.append((match.start(), label, match.group("words")))
    turns = [turn for turn in sorted(turns, key=lambda turn: turn[0]) if len(turn[2].split()) >= _MIN_WORDS]
    if len(turns) < _MIN_TURNS:
        return []
    found: dict[str, str] = {}
    for position, label, words in turns:
        if person := _member(label, position, text, known_organisations):
            found.setdefault(undot(person), undot(words))
    return [QuoteMatch(person=person, text=words) for person, words in found.items()]


def _member(label: re.Match, position: int, text: str, known_organisations) -> str:
    """The member a label names: a peer by the whole label ("Lord Howell of Guildford"), anyone else by the
    full name the text gives ("Mr Brian White": "Brian White"), or the title and surname ("Dr. Tonge")."""
    if label.groupdict().get("bare"):
        return resolve("", label.group("bare").split(), position, text, [], known_organisations)
    title, names = label.group("title"), label.group("names").split()
    if re.fullmatch(_PEERS, title):
        return " ".join([title, *names]) + (label.group("seat") or "")
    if label.group("seat"):
        return ""  # "Mr Smith of Glasgow" is no member's label
    return resolve(title, names, position, text, [], known_organisations)
