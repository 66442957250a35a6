"""A parliament's questions and answers: a minister answering a member's question speaks for the government; so does a
minister speaking in a debate, or moving a committee's motion on the government's draft regulations.

Westminster's record of questions ("HC Deb 18 May 2000", "Oral Answers to Questions", "House of Lords written question
– answered on…", "To ask Her Majesty's Government what…") is the government's answer, whichever minister gives it and
whoever asks; the European Parliament's written questions ("Answer given by … on behalf of the Commission", "Question
reference: E-6492/2010") are answered by the Commission. A debate's record names its speakers by office: "The Minister
of State, Foreign and Commonwealth Office (Mr. Brian Wilson)" heading a speech is the government's; a General
Committee's "I beg to move, That the Committee has considered the draft … Regulations 2019" is a minister's, whose
government lays the draft.
"""

import re

from .naming import short

_MEMBER_NAME = r"[A-ZÀ-Ý][\w’'\u2024-]+"
# The Belgian chambers' record: the member's title, name and party in brackets, a stop and a dash, then the words on
# the same line ("M. François Roelants du Vivier (MR). - La lutte contre les diamants du sang…"). The party in
# brackets and the dash are the record's own label: one such turn is a record of that member's words, with or
# without the parliament's name on the page.
PARTY_TURN = re.compile(
    rf"^[ \t]*(?P<title>(?-i:M|Mme|Mr|Mrs|Ms|Dr))[.\u2024]?[ \t]+"
    rf"(?P<names>{_MEMBER_NAME}(?:[ \t]+(?:(?:de|du|des|van|von|der|den|d['’])[ \t]+)*{_MEMBER_NAME}){{0,3}})"
    r"[ \t]*\([^()\n]{1,30}\)[ \t]*\.?[ \t]*[-–—][ \t]+(?P<words>[A-ZÀ-Ý][^\n]+)",
    re.MULTILINE,
)

# The chamber, and the state whose government answers in it. The Commons alone could be Canada's too: there the text
# names Canada.
_CHAMBERS = (
    (
        re.compile(r"\b(?:House\s+of\s+Lords|H[CL]\s+Deb\b|Her\s+Majesty['’]s\s+Government|HM\s+Government)"),
        "United Kingdom",
    ),
    # Westminster's other rooms for debate: its General (delegated legislation) Committees, Westminster Hall.
    (
        re.compile(r"\b(?:General\s+Committees?|Delegated\s+Legislation\s+Committee|Westminster\s+Hall)(?![a-z])"),
        "United Kingdom",
    ),
    (re.compile(r"\b(?:Lok\s+Sabha|Rajya\s+Sabha)\b"), "India"),
    (re.compile(r"\bHouse\s+of\s+Commons\b"), ""),
)
_CANADA = re.compile(r"\b(?:Canada|Canadian|Ottawa)\b")
# What makes the page a question and its answer, not a debate's speech or a news report naming the House.
_QUESTION_TIME = re.compile(
    r"^(?:To\s+ask\s+(?:the|Her|His|HM)\b|(?:Written|Oral)\s+Answers?\b)"
    r"|\b(?:written|oral)\s+(?:question|answer)s?\b[^\n]{0,40}\banswered\b|\bAnswers?\s+to\s+Questions\b",
    re.IGNORECASE | re.MULTILINE,
)
# The European Parliament's questions, answered by the Commission: "Answer given by High Representative/Vice-President
# Ashton on behalf of the Commission", a title "Answer – … – E-005778/2017" over "The Commission has…".
_ON_BEHALF_OF_COMMISSION = re.compile(
    r"^Answer\s+given\s+by\s+[^\n]{3,80}?\s+on\s+behalf\s+of\s+the\s+(?:European\s+)?Commission\b", re.MULTILINE
)
# A minister's speech in a debate's record, headed by the office and the member holding it: "The Minister of State,
# Foreign and Commonwealth Office (Mr. Brian Wilson)", "The Parliamentary Under-Secretary of State for … (Sir Alan
# Duncan)"; not a member's own name ("Mr. Tony Colman (Putney)").
_MINISTER_SPEAKS = re.compile(
    r"^(?:The\s+)?(?:Minister|Parliamentary\s+(?:Under-Secretary|Secretary)|(?:Under-)?Secretary\s+of\s+State"
    r"|Solicitor\s+General|Attorney\s+General|Leader\s+of\s+the\s+House)\b[^\n()]{0,120}"
    r"\((?:The\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Hon)\.?\s[^()\n]{2,60}\)\s*$",
    re.MULTILINE,
)
# The motion a minister moves on the government's draft regulations or order: "I beg to move, That the Committee has
# considered the draft Kimberley Process Certification Scheme (Amendment) (EU Exit) Regulations 2019."
_DRAFT_MOTION = re.compile(
    # A page's menu may run into it: "General CommitteesI beg to move".
    r"(?:\b|(?<=[a-z]))I\s+beg\s+to\s+move,?\s+That\s+the\s+(?:Committee|House)\s+(?:has\s+)?considered\s+the\s+draft\b"
    r"[^\n]{0,200}?\b(?:Regulations|Order|Rules)\b",
    re.IGNORECASE,
)
_EP_REFERENCE = re.compile(r"\b[EOP]-?\d{4,6}/\d{4}\b")
_ANSWER_TITLE = re.compile(r"^Answer\b", re.MULTILINE)
_THE_COMMISSION = re.compile(r"\bThe\s+Commission\s+(?:has|have|is|was|will|would|does|did|can|notes|considers)\b")
_QUESTION_CHARS = 2000


def parliamentary_answer(text: str) -> tuple[str, str] | None:
    """(the government answering a parliament's questions, or the European Commission, why), or None."""
    opening = text[:_QUESTION_CHARS]
    if match := _ON_BEHALF_OF_COMMISSION.search(opening):
        return "European Commission", f"its answer to a parliament's question: “{short(match.group(0))}”"
    if (title := _ANSWER_TITLE.search(opening)) and _EP_REFERENCE.search(opening) and _THE_COMMISSION.search(opening):
        line = opening[title.start() :].split("\n", 1)[0]
        return "European Commission", f"its answer to a parliament's question: “{short(line)}”"
    for pattern, why in (
        (_QUESTION_TIME, "its government answers a parliament's question"),
        (_MINISTER_SPEAKS, "its minister speaks in a parliament's debate"),
        (_DRAFT_MOTION, "its minister moves the government's draft in a parliament's committee"),
    ):
        if (found := pattern.search(opening)) and (country := _chamber_country(opening)):
            line = opening[opening.rfind("\n", 0, found.start()) + 1 :].split("\n", 1)[0]
            return country, f"{why}: “{short(line)}”"
    return None


def _chamber_country(opening: str) -> str:
    """The state whose parliament the record is of, or ""."""
    for chamber, country in _CHAMBERS:
        if chamber.search(opening):
            return country or ("Canada" if _CANADA.search(opening) else "United Kingdom")
    return ""
