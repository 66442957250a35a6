"""Interviews: the interviewee speaks for the organisation the text names beside them."""

import functools
import re

from ..officials import country_in
from .naming import NEWS_OUTLET, ORG_WORDS, first_known, organisation_in, short
from .phrases import OF, ORG_NAME_FR_OR_EN, PERSON_NAME, org_group, unwrapped

# What makes a text an interview: "Q: …" / "A: …" or "Question :" / "Réponse :" lines, "X answers our questions",
# « X répond à nos questions », "Interview: X", "Entretien avec X", "In an interview with the Herald, X said", or an
# interviewer's lines beside a person's answers ("LUSAKA WEEKLY: What…?" / "Amara Okonkwo: Very little.").
_QA_LINE = re.compile(r"^(?:q|a|question|r[ée]ponse|answer)\s*[:.–—-]\s+\S", re.IGNORECASE)
_LABELLED_LINE = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:\n]{1,40}?)\s*:\s+\S")
_INTERVIEW_WORDS = re.compile(
    rf"(?P<who>{PERSON_NAME})\b[^\n]{{0,160}}?\b(?:answers|answered|r[ée]pond|a\s+r[ée]pondu)\s+(?:to\s+)?"
    r"(?:our|nos|à\s+nos)\s+questions"
    rf"|\b(?i:interview|entretien|entrevue)\s*(?::|with|avec)\s+(?P<with>{PERSON_NAME})"
    r"|\b(?P<phrase>(?i:in\s+an\s+interview\s+with|dans\s+un\s+entretien\s+(?:avec|accord[ée]\s+[àa])))"
)
_INTERVIEW_CHARS = 2000


def interviewee(lines: list[str], known) -> tuple[str, str] | None:
    """The organisation an interview names beside the person who answers: "Q: … A: …" under "Amara Okonkwo is
    the director of the X Network", « Jean Mbala, coordonnateur du Réseau …, répond à nos questions »."""
    people = _interviewees(lines)
    if people is None:
        return None
    flat = unwrapped(lines)[: _INTERVIEW_CHARS * 4]
    for person in people or [PERSON_NAME]:
        # Unnamed, the interviewee is the person a biography describes: "X is the director of the Y".
        for pattern in _beside_patterns(person) if people else _beside_patterns(person)[:2]:
            for match in pattern.finditer(flat):
                if not people and not _a_person(match.group("person"), known):
                    continue  # "In an interview with BG News, Minister…": the outlet, not a person
                if found := organisation_in(org_group(match), known):
                    return found, f"the interviewee's organisation: “{short(match.group(0))}”"
    return None


def _interviewees(lines: list[str]) -> list[str] | None:
    """The names of those answering (a pattern for each, full name or surname); [] for an interview that names no
    one yet; None for a text that is no interview."""
    top = "\n".join(lines)[:_INTERVIEW_CHARS]
    named = [
        match.group("who") or match.group("with") for match in _INTERVIEW_WORDS.finditer(top) if not match["phrase"]
    ]
    labels = [match.group("label") for line in lines if (match := _LABELLED_LINE.match(line))]
    answering = [label for label in labels if _answers(label)]
    questions = sum(1 for line in lines if _QA_LINE.match(line))
    interview = named or _INTERVIEW_WORDS.search(top) or questions >= 2
    if not interview and not (answering and len(set(labels)) >= 2):
        return None
    people = list(dict.fromkeys([*named, *answering]))
    return [rf"{re.escape(person)}|{re.escape(person.split()[-1])}" for person in people]


def _a_person(name: str, known) -> bool:
    return not (NEWS_OUTLET.search(name) or ORG_WORDS.search(name) or country_in(name) or first_known(name, known))


def _answers(label: str) -> bool:
    """A label naming a person who answers, not the interviewer's outlet or a "Q"."""
    return bool(re.fullmatch(PERSON_NAME, label)) and not label.isupper() and not NEWS_OUTLET.search(label)


_ROLE_WORDS = r"(?:the\s+|a\s+|an\s+|le\s+|la\s+|l['’]|un\s+|une\s+)?(?:[\w'’-]+\s+){0,4}?"


@functools.cache
def _beside_patterns(person: str) -> list[re.Pattern]:
    """An organisation named beside a person: "X, director of the Y", "X is the coordinator of the Y", "X heads the
    Y", "X of the Y", "X (Y)"."""
    who = rf"(?<![\w-])(?P<person>{person})"
    return [
        re.compile(rf"{who},\s+{_ROLE_WORDS}{OF}\s*{ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:is|was|est|[ée]tait)\s+{_ROLE_WORDS}{OF}\s*{ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:heads|leads|runs|dirige|pr[ée]side)\s+{ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:of|from|du|de\s+la|de\s+l['’]|des)\s+{ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s*\((?P<org>[^()]{{2,80}})\)"),
    ]
