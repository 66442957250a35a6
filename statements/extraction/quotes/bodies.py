"""Capitalised words the text itself shows to be a company's or a body's name, not a person's, however much they
look like one ("De Beers", "Rio Tinto"): by the words it writes beside them."""

import re
from collections.abc import Iterator

from ..officials import country_in
from .memo import per_text
from .verbs import VERBS

# "De Beers spokesperson", "Rio Tinto officials", "Alrosa CEO Sergey Ivanov": the name used as an adjective
# before those speaking or working for it (lower case: "Jacob Thamage, Chief Executive," is a person).
_ITS_PEOPLE = (
    r"(?:spokes(?:person|man|woman|people)|officials?|executives?|representatives?|sources?|employees?|insiders?"
    r"|shareholders|management|staff|subsidiary)\b|(?:CEO|chief\s+executive|chairman|boss)\s+[A-ZÀ-Ý]"
)
# "De Beers Group", "Nobu Tanaka Mining", "ALROSA PJSC": a company's word after the name, as part of its name.
_COMPANY_SUFFIX = r"Group|Ltd|Limited|Inc|Corp|Corporation|Company|Co|Holdings|plc|PLC|Mining|SA|AG|NV|PJSC|JSC|LLC"
# A noun only a body is: "Rio Tinto, the Anglo-Australian group," / "mining giant Rio Tinto said" / « le groupe De
# Beers ». (Not "miner", "trader", "producer" or "jeweller": a person may be one.)
_BODY_NOUNS = (
    r"company|firm|group|corporation|conglomerate|multinational|giant|consortium|cartel|parastatal"
    r"|organi[sz]ation|NGO|charity|watchdog|coalition|network|association|body|agency|alliance|ministry|subsidiary"
)
_FR_BODY_NOUNS = r"groupe|société|entreprise|compagnie|firme|géant|multinationale|ONG|réseau|association|organisation"
# …and a trade, when no single person could be the first in it: "De Beers, the world’s largest diamond producer".
_SUPERLATIVE = r"(?:[\w-]*(?:largest|biggest|oldest)|leading|top)"
_TRADES = r"producers?|miners?|retailers?|traders?|jewell?ers?|manufacturers?|buyers?|sellers?"
# Words between the article and the noun, but no preposition: "Jacob Thamage, a member of the group" is a person.
_DESCRIBING_WORDS = r"(?:(?!(?:of|for|at|in|with|from|de|du|des)\s)[\w’'-]+\s+){0,4}"
# What only a body does, after "which": "Rio Tinto, which owns the Argyle mine".
_BODY_VERBS = r"owns|operates|mines|runs|produces|controls|sells|employs|holds"
# "Rio Tinto’s shareholders", "De Beers' sightholders": what only a company has. (Not a spokesman or officials: a
# minister has them.)
_ITS_THINGS = (
    r"shares|share\s+price|sales|profits?|revenues?|operations|subsidiar(?:y|ies)|mines|sightholders|board"
    r"|headquarters|shareholders|CEO|chief\s+executive|workforce|employees"
)
# "“…,” Rio Tinto said. It added that…"
_IT_SAID = r"\s*\.\s+It\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|stated|states)\s+(?:that|it)\b"


# The cues, without the name: they are compiled once, not once per name (the verbs make each pattern long to
# compile, and a long page names hundreds of people). What follows a mention of the name…
_CUES_AFTER = re.compile(
    rf"(?![\w’'-])(?:\s+(?:{_ITS_PEOPLE})"
    rf"|\s+\(?(?:{_COMPANY_SUFFIX})\b"
    rf"|,\s+(?:the|a|an)\s+{_DESCRIBING_WORDS}(?:{_BODY_NOUNS}|{_SUPERLATIVE}\s+(?:[\w-]+\s+)?(?:{_TRADES}))"
    rf"(?=\s*[,.;:)]|\s+(?:that|which|based|whose|by)\b)"
    # « Rio Tinto, le groupe minier anglo-australien, » / « De Beers, le géant du diamant »: adjectives after.
    rf"|,\s+(?:le|la|l['’]|un|une)\s*(?:{_FR_BODY_NOUNS})(?:\s+(?:du|de|des|d['’])?\s*[\w’'-]+){{0,3}}"
    rf"(?=\s*[,.;:)]|\s+(?:qui|dont|basée?)\b)"
    rf"|,?\s+which\s+(?:{_BODY_VERBS})\b"
    rf"|\s+(?:{VERBS})\s+(?:in|on|through|via)\s+its\b"
    rf"|\s+(?:{VERBS}){_IT_SAID})"
    rf"|['’]s?\s+(?:{_ITS_THINGS})\b"
)
# …and a body's noun before it, the noun's end closing the phrase: in "the group Jacob Thamage leads" he is a person.
_BODY_NOUN_BEFORE = re.compile(rf"\b(?:{_BODY_NOUNS}|{_FR_BODY_NOUNS})\s+\Z")
_PHRASE_CLOSES = re.compile(rf"(?![\w’'-])(?=\s*[,.;:)]|\s+(?:{VERBS})\b)")
# …or a verb of saying before it, and "It said" after: "“…,” said Rio Tinto. It added that…".
_VERB_BEFORE = re.compile(rf"\b(?:{VERBS})\s+\Z")
_IT_SAID_AFTER = re.compile(rf"(?![\w’'-]){_IT_SAID}")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD_OR_APOSTROPHE = re.compile(r"[\w’'-]")


def _mentions(text: str, name: str, *, whole: bool = False) -> Iterator[int]:
    """Where the name begins, not inside a word (nor, if ``whole``, running on into one), in reading order and not
    overlapping, as ``re.finditer`` finds them: by a plain substring search, which a pattern opening on a
    look-behind cannot do."""
    position = text.find(name)
    while position >= 0:
        after = position + len(name)
        if not (position and _WORD_OR_HYPHEN.match(text, position - 1)) and not (
            whole and _WORD_OR_APOSTROPHE.match(text, after)
        ):
            yield position
            position = text.find(name, after)
        else:
            position = text.find(name, position + 1)


def _cue_at(text: str, name: str, position: int, start: int, end: int) -> bool:
    """Whether a cue reads around the name's mention at ``position``, within text[start:end] (the words after the
    name tried first: they are tried at one place only)."""
    after = position + len(name)
    return bool(
        _CUES_AFTER.match(text, after, end)
        or (_PHRASE_CLOSES.match(text, after, end) and _BODY_NOUN_BEFORE.search(text, start, position))
        or (_IT_SAID_AFTER.match(text, after, end) and _VERB_BEFORE.search(text, start, position))
    )


# The article, right before a name…
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# …that is the whole phrase, before a stop or a verb: not "the Nelson Mandela Foundation", "the Bush administration".
_PHRASE_ENDS = re.compile(rf"\s*[,.;:)]|\s+(?:{VERBS})\b")


def named_as_a_body(name: str, text: str) -> bool:
    """Whether the text writes the name as a company's or a body's: "Rio Tinto, the mining group", "De Beers
    spokesperson", "the company Rio Tinto", "Rio Tinto said in its report", "Développement Minier (SODEMI)"."""
    if not name or " " not in name:
        return False
    return _written_as_a_body(text, name) or _spelled_by_its_acronym(text, name) or _named_with_the(text, name)


@per_text
def _named_with_the(text: str, name: str) -> bool:
    """ "The Jerusalem Post indicates that…", "…, the Harare Declaration said": a definite article right before
    the whole phrase of names, as a person's name is never written (but "the Zimbabwean Jane Doe": a country's word
    opening the words is their adjective, not the article's)."""
    if (found := country_in(name.split()[0])) and found[1] == 0:
        return False
    return any(
        _THE_BEFORE.search(text, max(0, found - 5), found) and _PHRASE_ENDS.match(text, found + len(name))
        for found in _mentions(text, name, whole=True)
    )


@per_text
def _spelled_by_its_acronym(text: str, name: str) -> bool:
    """The name followed by an acronym made of its initials ("Société de Développement Minier (SODEMI)"), not by a
    person's body's ("Shamiso Mtisi (ZELA)")."""
    if f"{name} (" not in text and f"{name}(" not in text:
        return False  # a plain substring test first: most names are followed by no bracket
    initials = [word[0].upper() for word in name.split() if word[:1].isupper()]
    pattern = rf"(?:(?P<head>[A-ZÀ-Ý][\w'’-]*)\s+(?:(?:de|du|des|of|for)\s+)?)?(?<![\w-]){re.escape(name)}"
    for match in re.finditer(rf"{pattern}\s*\((?P<acronym>[A-Z][A-Z&-]{{1,9}})\)", text):
        # The body's name may open on a word before the name: "Société de Développement Minier (SODEMI)".
        spelled = [match["head"][0].upper(), *initials] if match["head"] else initials
        letters = iter(match["acronym"])
        if match["acronym"][0] == spelled[0] and all(initial in letters for initial in spelled):  # in order
            return True
    return False


# How far before and after each mention of the name its cues may reach ("said in its …", "the world's largest …").
_BEFORE_NAME = 120
_AFTER_NAME = 250


@per_text
def _written_as_a_body(text: str, name: str) -> bool:
    # Only around the name's mentions: the cues that start before the name would otherwise be tried at every
    # character of a long page.
    for mention in _mentions(text, name):
        start, end = max(0, mention - _BEFORE_NAME), min(len(text), mention + len(name) + _AFTER_NAME)
        # Each mention in the window: a cue may read around another than this one.
        if any(_cue_at(text, name, found, start, end) for found in _every_mention(text, name, start, end)):
            return True
    return False


def _every_mention(text: str, name: str, start: int, end: int) -> Iterator[int]:
    """Where the name begins in text[start:end], not inside a word, overlapping mentions too."""
    position = text.find(name, start, end)
    while position >= 0:
        if not (position and _WORD_OR_HYPHEN.match(text, position - 1)):
            yield position
        position = text.find(name, position + 1, end)
