"""The speakers of an interview: a transcript's turns ("Boaz Hirsch: …"), and the answers of a Q&A given by
the person its introduction names."""

import re

from ..organisations import looks_like_organisation
from ..records import QuoteMatch
from .names import FULL_NAME, OFFICE_WORDS, TITLES, name_runs, uncapitalised, undot
from .people import person_in, resolve

# An interview: "Boaz Hirsch: These initiatives are…" opening two answers or more.
_TURN = re.compile(
    r"^(?P<who>[A-ZÀ-Ý][\w’'\u2024.-]+(?:[ \t]+[A-ZÀ-Ý][\w’'\u2024.-]+){0,3})[ \t]*:[ \t]+(?P<words>\S.*)$", re.M
)
_MIN_TURNS = 2
# A turn says something: two words of letters at least ("Current Size: 100%" is no turn); a question or an answer
# one at least ("Q: 2." is none).
_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 2


def _has_real_words(words: str, minimum: int = _MIN_WORDS) -> bool:
    return len(_WORD.findall(words, 0, 200)) >= minimum


# The asking side of an interview: "RAPAPORT MAGAZINE:", "The Times:", "Interviewer:".
_INTERVIEWER = re.compile(r"\b(?:magazine|news|times|journal|post|herald|interviewer|question|reporter)\b", re.I)


def interview_turns(text: str, known_organisations) -> list[QuoteMatch]:
    """Speakers of a transcript: "MS. SAARNIO: And I'm Sue Saarnio." (capitals read as a name), with two turns
    or more, one answering a question ("RAPAPORT MAGAZINE: Please explain …?\n\nFarai Maguwu: …") or one
    under a title ("MR. SIMONS:")."""
    turns: dict[str, list[str]] = {}
    labels: dict[str, str] = {}  # each speaker as the transcript writes them ("KP CHAIR")
    answers_a_question: set[str] = set()
    previous = ("", 0)
    for match in _TURN.finditer(text):
        if not _has_real_words(match.group("words")):
            continue  # "Current Size: 100%", "Tel: +32 3 222": a page's label and its value, no one's turn
        who = uncapitalised(match.group("who"))
        labels[who] = match.group("who")
        turns.setdefault(who, []).append(match.group("words"))
        asked = "?" in text[previous[1] : match.start()] or _INTERVIEWER.search(previous[0])
        if previous[0] and previous[0] != who and asked:
            answers_a_question.add(who)
        previous = (who, match.start())
    found = []
    for who, answers in turns.items():
        titled = undot(who.split()[0]).lower().rstrip(".") in TITLES
        if len(answers) < _MIN_TURNS and who not in answers_a_question and not titled:
            continue
        if " " not in who and (len(answers) < _MIN_TURNS or who not in answers_a_question):
            continue  # "Thamage: …", by surname alone: only answering, turn after turn ("Note:" is no speaker)
        if looks_like_organisation(who, known_organisations) or _INTERVIEWER.search(who):
            continue
        person = person_in(who, 0, text, [], known_organisations, "last")
        if not person and who in answers_a_question:
            person = _holder_of(labels[who], text, known_organisations)
        if person:
            found.append(QuoteMatch(person=undot(person), text=undot(answers[0])))
    return found


def _holder_of(office: str, text: str, known_organisations) -> str:
    """ "KP CHAIR: As you are well aware…", answering the interviewer: the person the text names with that office
    ("spoke with the KP Chair, Alexey Moiseev", "Minister Jane Roe"), when its words are only an office's."""
    words = re.sub(r"^(?i:the|le|la|l['’])\s*", "", office).split()
    if not words or any(not _an_office_word(word) for word in words):
        return ""
    spelled = r"[ \t]+".join(map(re.escape, words))
    named = re.compile(rf"\b{spelled}{_OF_WHAT}?,?[ \t]+(?-i:(?P<name>{FULL_NAME.pattern}))", re.IGNORECASE)
    for match in named.finditer(text):
        if person := person_in(match.group("name"), match.start("name"), text, [], known_organisations, "first"):
            return person
    return ""


# What the office is of: "Minister of Mines", "ministre des Mines et de la Géologie".
_CAPITALISED = r"(?-i:[A-ZÀ-Ý])[\w’'-]*"
_OF_WHAT = (
    rf"(?:[ \t]+(?:of|for|de|du|des|d['’])[ \t]*(?:the[ \t]+|la[ \t]+|l['’])?{_CAPITALISED}"
    rf"(?:[ \t]+(?:(?:and|et|de|of|la)[ \t]+)?{_CAPITALISED}){{0,3}})"
)


def _an_office_word(word: str) -> bool:
    lowered = undot(word).lower().rstrip(".")
    return lowered in TITLES or lowered in OFFICE_WORDS or (word.isupper() and len(word) <= 5)  # "KP", "WDC"


# "Q: What did the plenary achieve?\n\nA: Very little." / « Question : … Réponse : … »: the turns of an interview
# whose answers are given by the person its introduction names.
# ("Q." has its dot hidden as an initial's is: "\u2024").
_QUESTION_TURN = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.\u2024][ \t]*(?P<words>\S[^\n]*)", re.MULTILINE)
_ANSWER_TURN = re.compile(r"^[ \t]*(?:A|R|Answer|Réponse)[ \t]*[:.\u2024][ \t]*(?P<words>\S[^\n]*)", re.MULTILINE)
# The interviewer's own line in the introduction: "By Jane Reporter", "Interview by…", "Propos recueillis par…".
_BYLINE = re.compile(r"^\W*(?:[\w’']+[ \t]+){0,2}(?:by|par)[ \t]", re.IGNORECASE | re.MULTILINE)


# The one answering, after the words that introduce them: "Jane Roe spoke to Jacob Thamage", "Interview by Jane Roe
# with the KP chair, Jacob Thamage", « entretien avec Jean Mbala ».
_INTERVIEWEE_CUE = re.compile(
    r"\b(?:to|with|interviewed|asked|questioned|avec|interrogé|interviewé)\s+(?:[\w’'-]+,?\s+){0,4}$", re.I
)


def questions_and_answers(text: str, known_organisations) -> list[QuoteMatch]:
    question = _QUESTION_TURN.search(text)
    while question and not _has_real_words(question.group("words"), 1):
        question = _QUESTION_TURN.search(text, question.end())  # "Q: 3" counts a page's items, asks nothing
    answer = _ANSWER_TURN.search(text, question.end()) if question else None
    while answer and not _has_real_words(answer.group("words"), 1):
        answer = _ANSWER_TURN.search(text, answer.end())
    if not question or not answer:
        return []
    introduction = text[: question.start()]
    named: list[tuple[bool, str]] = []
    for match in FULL_NAME.finditer(introduction):
        before = introduction[introduction.rfind("\n", 0, match.start()) + 1 : match.start()]
        introduced = bool(_INTERVIEWEE_CUE.search(before))
        if _BYLINE.match(before + match.group()) and not introduced:
            continue
        runs = name_runs(undot(match.group()).split())
        if len(runs) != 1 or len(runs[0][1]) < 2:
            continue
        if person := resolve(*runs[0], match.start(), text, [], known_organisations):
            named.append((introduced, person))
    if not named:
        return []
    person = next((person for introduced, person in named if introduced), named[0][1])
    return [QuoteMatch(person=undot(person), text=undot(answer.group("words")))]
