"""The shapes of a person's name, against those of places and bodies written the same way (capitalised words)."""

import re

# The last word of a place's or a body's name, never of a person's: "Victoria Falls", "Member States", "Sierra
# Leone Times". (Not words that are also surnames: "Hall", "Court", "Hills", "Bay".)
_PLACE_OR_BODY_LAST_WORDS = {
    "states", "nations", "unies", "unis", "falls", "city", "ville", "island", "islands", "republic", "république",
    "kingdom", "royaume", "emirates", "émirats", "coast", "province", "region", "région", "district", "county",
    "airport", "university", "université", "college", "parliament", "parlement", "congress", "senate", "sénat",
    "tribunal", "company", "corporation", "limited", "ltd", "inc", "plc", "bank", "banque", "fund", "fonds", "times",
    "news", "herald", "tribune", "gazette", "magazine", "journal", "radio", "television", "télévision", "diamonds",
    "diamants", "jewellers", "jewelers", "exchange", "bourse", "industries", "holdings", "ventures", "resources",
    "minerals", "capital", "partners", "participants", "observers", "delegates", "délégués", "members", "membres",
    "municipality", "municipalité", "township",
}  # fmt: skip
# The first word of a collective: "Member States said", "Participant countries", "Observer groups".
_COLLECTIVE_FIRST_WORDS = {"member", "members", "participant", "participants", "observer", "observers", "états"}
# Common nouns by their endings, not surnames: "Fatal Transactions", "Diamond Communities". (Not "-ments" or
# "-ances": "Clements", "Frances".)
_COMMON_NOUN_ENDING = re.compile(r"(?:tions|sions|ities|nesses|ships)$", re.IGNORECASE)


def is_place_or_body(name: str) -> bool:
    """Whether capitalised words that look like a name ("Victoria Falls", "Member States") are a place's or a
    body's instead: by their last word, a collective's first word, or a common noun's ending."""
    words = [word.strip(".,;:'’") for word in name.split()]
    if len(words) < 2:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if last in _PLACE_OR_BODY_LAST_WORDS or first in _COLLECTIVE_FIRST_WORDS:
        return True
    return bool(_COMMON_NOUN_ENDING.search(last))


# A surname's own particle may be capitalised or not, as it opens a sentence or follows a title: "Van der Berg
# said" for "Hans van der Berg", "Bin Sulayem" for "Ahmed bin Sulayem".
_PARTICLES = {
    "de", "da", "das", "do", "dos", "du", "des", "van", "von", "der", "den", "ter", "di", "del", "della", "bin",
    "ibn", "al", "el", "le", "la", "abu", "ben",
}  # fmt: skip


def surname_pattern(surname: str) -> str:
    """A regular expression for the surname as the text may write it: a leading particle in either case."""
    first, _, rest = surname.partition(" ")
    if first.lower() not in _PARTICLES or not rest:
        return re.escape(surname)
    return rf"(?i:{re.escape(first)})\ {re.escape(rest)}"
