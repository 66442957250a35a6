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
    r"(?:\b(?:to|with|interviewed|asked|questioned|avec|interrogé|interviewé)|\b(?:interview|entretien)[ \t]*[:–—-])"
    r"\s+(?:[\w’'&.-]+,?\s+){0,4}$",
    re.I,
)


# An interview's own word in its introduction: "Interview with…", "Q&A", "X spoke to Rapaport", « Entretien avec ».
_AN_INTERVIEW = re.compile(
    r"\b(?:interview(?:s|ed)?|Q\s*&\s*A|spoke\s+(?:to|with)|talks?\s+(?:to|with)|sat\s+down\s+with|entretien"
    r"|interviewée?|propos\s+recueillis)\b",
    re.IGNORECASE,
)
# A paragraph ending on a question, as an interview prints its questions when their bold type is lost: "What went
# wrong at the plenary?" (not a long one, nor one opening on a quotation mark: someone else's question).
_QUESTION_PARAGRAPH = re.compile(r"(?:^|(?<=\n\n))[ \t]*(?P<words>[A-ZÀ-Ý][^\n]{5,300}\?)[ \t]*(?=\n\n)")
# An answer says more than a word or two: "As Chair, my focus will be very clear…" (not "See the annex.").
_MIN_ANSWER_WORDS = 5
_MIN_QUESTIONS = 2  # marked, their answers not


def _first_answer(text: str) -> tuple[int, str, bool]:
    """Where an interview's introduction ends, its first answer, and whether the page marks its answers ("A: …"):
    questions marked "Q:" with answers marked or not (two questions at least, then), or questions each a paragraph
    of its own, the answer below (their introduction must say it is an interview, and whom it is with)."""
    question = _QUESTION_TURN.search(text)
    while question and not _has_real_words(question.group("words"), 1):
        question = _QUESTION_TURN.search(text, question.end())  # "Q: 3" counts a page's items, asks nothing
    if question:
        answer = _ANSWER_TURN.search(text, question.end())
        while answer and not _has_real_words(answer.group("words"), 1):
            answer = _ANSWER_TURN.search(text, answer.end())
        if answer:
            return question.start(), answer.group("words"), True
        if len(_QUESTION_TURN.findall(text)) >= _MIN_QUESTIONS:
            return question.start(), _answer_below(text, question.end()), False
        return 0, "", False
    question = next((match for match in _QUESTION_PARAGRAPH.finditer(text) if _answer_below(text, match.end())), None)
    if not question:
        return 0, "", False
    return question.start(), _answer_below(text, question.end()), False


def _answer_below(text: str, end: int) -> str:
    """The answer under a question: the next line of words, if it is no question of its own."""
    following = re.match(r"\s*\n[ \t]*(?P<words>[^\n]+)", text[end : end + 2000])
    if not following:
        return ""
    words = following.group("words").strip()
    if _QUESTION_TURN.match(words) or words.endswith("?") or len(words.split()) < _MIN_ANSWER_WORDS:
        return ""
    return words


def questions_and_answers(text: str, known_organisations) -> list[QuoteMatch]:
    start, answer, marked = _first_answer(text)
    if not answer:
        return []
    introduction = text[:start]
    if not marked and not _AN_INTERVIEW.search(introduction):
        return []  # "Q: What is the scope?\n\nThe scope is…" on a page of questions nobody is asked
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
    if not named or not (marked or any(introduced for introduced, _ in named)):
        return []  # answers unmarked: only those of the one the introduction says it is with
    person = next((person for introduced, person in named if introduced), named[0][1])
    return [QuoteMatch(person=undot(person), text=undot(answer))]
