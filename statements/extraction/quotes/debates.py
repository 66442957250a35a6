"""The speakers of a parliament's record, as Hansard prints its turns: each opens on its speaker's label, a line
of its own ("Mr. Hain", "Lord Chidgey:"), or as TheyWorkForYou renders it, the label after its photo's
("Photo of Mr Brian White Mr Brian White Labour, North East Milton Keynes") or Parallel Parliament its portrait's
("Peter Grant Portrait Peter Grant (Glenrothes) (SNP)"); the paragraph below is their words.
A minister's label ("The Minister of State, Foreign Office (Mr. Brian Wilson)") or the Congressional Record's ("Mr.
GRASSLEY. Mr. President, …") is the record's own, so that one turn of it is a record of that member's speech."""

import re

from ..organisations.parliaments import PARTY_TURN
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
# A minister's label gives the office first, the member in brackets: "The Minister of State, Foreign and Commonwealth
# Office (Mr. Brian Wilson)", a record's own way of printing it, so that one such turn is a record's.
_TURN = re.compile(
    rf"^[ \t]*(?:(?P<office>(?-i:The|Mr|Madam)[ \t][^\n()]{{2,150}}?)[ \t]*\()?{_LABEL}(?(office)\))[ \t]*:?[ \t]*\n"
    rf"(?:[ \t]*\n)?(?P<words>[^\n]+)",
    re.MULTILINE,
)
# The Congressional Record's label opens the paragraph of the member's words, the surname in capitals and a stop
# after it: "Mr. GRASSLEY. Mr. President, I rise today…", "Ms. SMITH of Texas. Madam Speaker, …". One is a record's.
_RECORD_TURN = re.compile(
    r"^[ \t]*(?P<title>Mr|Mrs|Ms|Miss|Dr)[.\u2024][ \t]+(?P<surname>[A-Z][A-Z’'-]{2,}(?:[ \t]+[A-Z][A-Z’'-]{2,})?)"
    r"(?P<state>[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?[.\u2024][ \t]+(?P<words>[A-Z][^\n]+)",
    re.MULTILINE,
)
# TheyWorkForYou: the photo's label, then the same label, then the member's party or office on the same line.
_PHOTO_TURN = re.compile(
    r"^[ \t]*Photo[ \t]+of[ \t]+(?P<label>[^\n]{3,80}?)[ \t]+(?P=label)\b[^\n]*\n(?:[ \t]*\n)?(?P<words>[^\n]+)",
    re.MULTILINE,
)
# A member's label on a line of its own, their party and seat after the name (openparliament.ca's "Andy Burton
# Canadian Alliance Skeena, BC"), then a paragraph opening on the address to the chair ("Mr. Speaker, I rise…",
# "Honourable senators, …", « Monsieur le Président, … »): the member's speech, one such turn a record by itself.
_PARTIES = (
    r"Liberal|Conservative|Progressive[ \t]+Conservative|Canadian[ \t]+Alliance|Reform|NDP|New[ \t]+Democratic"
    r"|Bloc[ \t]+Québécois|Green|Independent|Labour|Liberal[ \t]+Democrats?|SNP|Democrat|Republican"
)
_ADDRESSED_TURN = re.compile(
    rf"^[ \t]*(?:(?P<title>(?-i:{_MEMBER_TITLES}|Hon))[.\u2024]?[ \t]+)?(?P<names>{_NAME}(?:[ \t]+{_NAME}){{1,3}}?)"
    rf"(?:[ \t]+(?:{_PARTIES})\b[^\n.:;!?]{{0,80}})?[ \t]*\n(?:[ \t]*\n)?"
    r"(?P<words>[ \t]*(?:(?:Mr|Madam|Mister)[.\u2024]?[ \t]+(?:the[ \t]+)?"
    r"(?:Speaker|Chair(?:man|woman|person)?|President)"
    r"|Honourable[ \t]+senators|Monsieur[ \t]+le[ \t]+Président|Madame[ \t]+la[ \t]+Présidente),[ \t]+[^\n]+)",
    re.MULTILINE,
)
# A committee's evidence: the label opens the paragraph of the witness's words, an office after the name and a colon
# before the words ("The Honourable Larry Bagnell, Parliamentary Secretary to the Minister of Natural Resources:
# With me…"). The office makes it the record's own, so that one such turn is a record of that witness's evidence.
_INLINE_TURN = re.compile(
    rf"^[ \t]*(?P<title>(?-i:The[ \t]+Honourable|Hon[.\u2024]|Senator|{_MEMBER_TITLES})[.\u2024]?)[ \t]+"
    rf"(?P<names>{_NAME}(?:[ \t]+{_NAME}){{1,3}}),[ \t]+(?P<office>[^\n:]{{3,150}}?):[ \t]+(?P<words>[A-ZÀ-Ý][^\n]+)",
    re.MULTILINE,
)
# Parallel Parliament: the label, "Portrait", the label again with the member's seat and party in brackets, a line
# of the record's links below it ("Peter Grant Portrait Peter Grant (Glenrothes) (SNP)\n- Hansard - -"). The seat in
# brackets is the record's own label, so that one such turn is a record of that member's speech.
_PORTRAIT_TURN = re.compile(
    r"^[ \t]*(?P<label>[^\n]{3,80}?)[ \t]+Portrait[ \t]+(?P=label)(?P<seat>[ \t]+\([^\n()]{2,60}\))?[^\n]*\n"
    r"(?:[ \t]*-[ \t]*Hansard\b[^\n]*\n)?(?:[ \t]*\n)?(?P<words>[^\n]+)",
    re.MULTILINE,
)
_PORTRAIT_WORD = re.compile(r"(?<=\S)[ \t]Portrait[ \t](?=\S)")
_PHOTO_LABEL = re.compile(rf"(?:{_LABEL}|(?P<bare>{_NAME}(?:[ \t]+{_NAME}){{1,3}}))$")
_MIN_TURNS = 2
_MIN_WORDS = 5


def debate_turns(text: str, known_organisations) -> list[QuoteMatch]:
    """The members speaking in a parliament's record: two turns or more, each a label and a paragraph of words
    below it (a page that is no parliament's record, or a label alone, has none)."""
    party_turns = list(PARTY_TURN.finditer(text))
    if not _A_PARLIAMENT.search(text) and not party_turns:
        return []
    turns = []
    alone = False  # a turn that makes the text a record by itself
    for match in party_turns:
        turns.append((match.start(), match, match.group("words")))
        alone = alone or len(match.group("words").split()) >= _MIN_WORDS
    for match in _TURN.finditer(text):
        turns.append((match.start(), match, match.group("words")))
        alone = alone or (bool(match.group("office")) and len(match.group("words").split()) >= _MIN_WORDS)
    for match in _RECORD_TURN.finditer(text):
        turns.append((match.start(), match, match.group("words")))
        alone = alone or len(match.group("words").split()) >= _MIN_WORDS
    for pattern in (_ADDRESSED_TURN, _INLINE_TURN):
        for match in pattern.finditer(text):
            turns.append((match.start(), match, match.group("words")))
            alone = alone or len(match.group("words").split()) >= _MIN_WORDS
    for match in _PHOTO_TURN.finditer(text):
        if label := _PHOTO_LABEL.match(match.group("label")):
            turns.append((match.start(), label, match.group("words")))
    portraits = False
    for match in _PORTRAIT_TURN.finditer(text):
        portraits = True
        if label := _PHOTO_LABEL.match(match.group("label")):
            turns.append((match.start(), label, match.group("words")))
            alone = alone or (bool(match.group("seat")) and len(match.group("words").split()) >= _MIN_WORDS)
    turns = [turn for turn in sorted(turns, key=lambda turn: turn[0]) if len(turn[2].split()) >= _MIN_WORDS]
    if len(turns) < _MIN_TURNS and not (turns and alone):
        return []
    # "Peter Grant Portrait Peter Grant": the page's word, lowered so as not to read as part of a longer name (the
    # same length, so that positions hold).
    names_text = _PORTRAIT_WORD.sub(" portrait ", text) if portraits else text
    found: dict[str, str] = {}
    members: dict[str, str] = {}  # each label resolved once: a long record gives the same few labels many turns
    for position, label, words in turns:
        if label.group(0) not in members:
            members[label.group(0)] = _member(label, position, names_text, known_organisations)
        if person := members[label.group(0)]:
            found.setdefault(undot(person), undot(words))
    return [QuoteMatch(person=person, text=words) for person, words in found.items()]


def _member(label: re.Match, position: int, text: str, known_organisations) -> str:
    """The member a label names: a peer by the whole label ("Lord Howell of Guildford"), anyone else by the
    full name the text gives ("Mr Brian White": "Brian White"), or the title and surname ("Dr. Tonge")."""
    if surname := label.groupdict().get("surname"):
        # "Mr. GRASSLEY": the surname as a name is written, the title with its stop ("Mr. Grassley").
        title = f"{label.group('title')}."
        names = [name.capitalize() for name in surname.split()]
        return resolve(title, names, position, text, [], known_organisations) or f"{title} {' '.join(names)}"
    if label.groupdict().get("bare"):
        return resolve("", label.group("bare").split(), position, text, [], known_organisations)
    title, names = label.group("title") or "", label.group("names").split()
    if title in ("Hon", "Hon.", "Hon\u2024", "Senator") or title.startswith("The"):
        title = ""  # "The Honourable Larry Bagnell": an honour, not the title a surname alone would take
    if re.fullmatch(_PEERS, title):
        return " ".join([title, *names]) + (label.group("seat") or "")
    if label.groupdict().get("seat"):
        return ""  # "Mr Smith of Glasgow" is no member's label
    return resolve(title, names, position, text, [], known_organisations)
