"""Quoted speech and the people it is attributed to, in English and French."""

import bisect
import re
from dataclasses import dataclass

from .organisations import looks_like_organisation
from .records import QuoteMatch
from .sentences import join_broken_paragraphs

_QUOTE = re.compile(
    r"“(?P<curly>[^“”]{2,3000}?)”|«(?P<guillemets>[^«»]{2,3000}?)»|„(?P<low>[^„“”\n]{2,3000}?)[“”]"
    r"|\"(?P<straight>[^\"\n]{2,3000}?)\""
)
_EN_VERBS = (
    r"says|said|say|explains|explained|stresses|stressed|concludes|concluded|adds|added|notes|noted|states|stated"
    r"|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|insists|insisted|argues|argued|warns|warned|comments"
    r"|commented|remarks|remarked|continues|continued|observes|observed|declares|declared|told|tells|urges|urged"
    r"|highlights|highlighted|recalls|recalled|points\s+out|pointed\s+out|asks|asked|went\s+on|goes\s+on|believes"
    r"|laments|lamented|deplores|deplored|regrets|regretted|saying"
)
_FR_VERBS = (
    r"déclare|déclaré|explique|expliqué|souligne|souligné|ajoute|ajouté|conclut|conclu|affirme|affirmé|estime"
    r"|estimé|insiste|insisté|rappelle|rappelé|précise|précisé|indique|indiqué|poursuit|poursuivi|dit|regrette"
    r"|regretté|déplore|déploré|dénonce|dénoncé|observe|observé|martèle|martelé|commente|commenté|s['’]insurge"
    r"|avertit|averti|prévient|alerte|alerté|lance|lancé|note|noté|constate|constaté|renchérit|résume|résumé"
)
_VERBS = f"(?:{_EN_VERBS}|{_FR_VERBS})"
_PRONOUN = r"(?:he|she|il|elle)"
# “…”, says Shamiso Mtisi / », a déclaré Jean Dupont / », explique-t-il / », a-t-elle ajouté
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*[,;:–—-]?\s*(?:(?:a|ont|has|had)\s+|a-t-(?P<pronoun_before>il|elle)\s+)?(?P<verb>{_VERBS})"
    rf"(?:-t-(?P<pronoun_t>il|elle)|-(?P<pronoun>il|elle))?\b(?P<who>[^\n]{{0,160}})",
    re.IGNORECASE,
)
# “…”, Shamiso Mtisi said / », Jean Dupont a déclaré / ”, he added / ”, Jaff Bamenjo, the Coalition's man, told
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*[,;:–—-]?\s*(?P<who>[^\n,.;:!?“”«»\"]{{1,80}}?)(?:,\s*[^\n,.;:!?“”«»\"]{{1,90}}?,?)?"
    rf"\s+(?:(?:a|has|had)\s+)?{_VERBS}\b",
    re.IGNORECASE,
)
# Shamiso Mtisi said: “…” / Jean Dupont déclare : « … » / Mtisi told reporters: “…”
_BEFORE_VERB = re.compile(
    rf"(?P<who>[^\n.!?“”«»\"]{{1,100}}?)\s+(?:(?:a|has|had)\s+)?{_VERBS}"
    rf"(?:\s*[:,]?|(?:\s+(?:that|que|qu['’]))|(?:\s+[\w’'-]+){{1,4}}\s*:)\s*$",
    re.IGNORECASE,
)
_BEFORE_ACCORDING = re.compile(r"(?:according\s+to|selon|pour)\s+(?P<who>[^\n,.;:!?“”«»\"]{1,80}),\s*$", re.I)

_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "m", "mme", "madame", "monsieur", "mlle",
    "mademoiselle", "me", "hon", "honourable", "ambassador", "ambassadeur", "ambassadrice", "minister", "ministre",
    "president", "président", "présidente", "chair", "chairperson", "chairman", "director", "directeur", "directrice",
}  # fmt: skip
_PARTICLES = {"de", "da", "das", "do", "dos", "du", "des", "van", "von", "der", "den", "ter", "di", "del", "bin", "ibn"}
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "our", "we", "it", "in", "as", "but", "and", "according", "while",
    "le", "la", "les", "nous", "notre", "il", "elle", "ce", "cette", "selon", "mais", "et", "en", "he", "she",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "par",
}  # fmt: skip
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n—–]|\.\s|\s-\s|\.$")
_STOP_WORDS = re.compile(
    r"\s(?:of|from|at|for|in|on|with|who|whose|during|after|before|when|while|and|du|des|pour|chez|qui|au|aux"
    r"|dans|lors|auprès|avec|à|et)\s",
)
_ABBREVIATION_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|Mme|Mlle|Me|Hon|M|[A-Z])\.(?=\s)")
_MIN_QUOTE_WORDS = 4


@dataclass
class _Quote:
    start: int
    end: int
    paragraph: int
    text: str
    person: str = ""


# "Address by Tim Martin", "Opening Speech by Shamiso Mtisi", "The following speech was delivered by Boaz
# Hirsch", "Statement by representative of the Russian Federation Evgeny Varganov", "Discours de M. Reynders".
_SPEECH_BY = re.compile(
    r"\b(?:speech|address|remarks|statement|keynote|intervention|message|allocution|discours|d[ée]claration)"
    r"(?:\s+(?:was|were))?(?:\s+(?:delivered|given|made|prononc[ée]e?|faite?))?\s+(?:by|de|du|d['’])\s+"
    r"(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE,
)
# "South Africa's Minister of Mineral Resources, Susan Shabangu's address at the…"
_POSSESSIVE_SPEECH = re.compile(
    r"(?P<who>(?:[A-ZÀ-Ý][\w-]*\s+){1,3}[A-ZÀ-Ý][\w-]*)['’]s\s+(?:address|speech|remarks|statement|keynote)\b"
)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?|[A-Z]")
_SPEECH_LINES = 8


def find_speaker(text: str, known_organisations=()) -> str:
    """The person whose speech the document is: named in its first lines ("Address by Tim Martin")."""
    head = "\n".join(text.split("\n")[:_SPEECH_LINES])
    # An initial's dot ("Philip T. Reeker", "K.G. Moshashane") does not end the name.
    head = re.sub(r"\b([A-Z])\.(?=\s*[A-Z])", "\\1\u2024", head)
    for match in [*_SPEECH_BY.finditer(head), *_POSSESSIVE_SPEECH.finditer(head)]:
        who = _CLAUSE_END.split(match.group("who"), maxsplit=1)[0].replace("\u2024", ".")
        for title, names in reversed(_name_runs(who.split())):
            if person := _resolve(title, names, match.start(), text, [], known_organisations):
                return person
    return ""


def find_quotes(text: str, known_organisations=()) -> list[QuoteMatch]:
    text = join_broken_paragraphs(text)
    paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n\n", text)]
    speakers: list[str] = []
    quotes: list[_Quote] = []
    for start, end, raw in _quoted_spans(text):
        inner = " ".join(raw.split()).strip(" ,;")
        if len(inner.split()) < _MIN_QUOTE_WORDS:
            continue
        paragraph = _paragraph_of(start, paragraph_starts)
        quote = _Quote(start, end, paragraph, inner)
        quote.person = _attribute(text, quote, paragraph_starts[paragraph], speakers, known_organisations)
        if not quote.person:
            quote.person = _continued_speaker(text, quote, quotes, paragraph_starts)
        if quote.person:
            speakers.append(quote.person)
        quotes.append(quote)
    return [QuoteMatch(person=quote.person, text=quote.text) for quote in quotes if quote.person]


_OPEN_QUOTE = re.compile(r"[“\"«](?=\S)")


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """Every quotation as (start, end, words). A quotation running over several paragraphs opens each one
    and closes only at its end, so a paragraph left open is quoted to its end."""
    spans = [
        (match.start(), match.end(), next(g for g in match.groups() if g is not None))
        for match in _QUOTE.finditer(text)
    ]
    offset = 0
    for paragraph in text.split("\n\n"):
        inside = [(start, end) for start, end, _ in spans if offset <= start < offset + len(paragraph)]
        last_end = max((end for _, end in inside), default=offset)
        if opening := _OPEN_QUOTE.search(paragraph, last_end - offset):
            start = offset + opening.start()
            spans.append((start, offset + len(paragraph), text[start + 1 : offset + len(paragraph)]))
        offset += len(paragraph) + 2
    return sorted(spans)


def _paragraph_of(position: int, paragraph_starts: list[int]) -> int:
    return bisect.bisect_right(paragraph_starts, position) - 1


def _attribute(text: str, quote: _Quote, paragraph_start: int, speakers: list[str], known_organisations) -> str:
    after = text[quote.end : quote.end + 200]
    if match := _AFTER_VERB_FIRST.match(after):
        if match.group("pronoun_before") or match.group("pronoun_t") or match.group("pronoun"):
            return speakers[-1] if speakers else ""
        who = match.group("who")
        if re.match(rf"\s*{_PRONOUN}\b", who, re.IGNORECASE):
            return speakers[-1] if speakers else ""
        if person := _person(who, quote.start, text, speakers, known_organisations, pick="first"):
            return person
    if match := _AFTER_NAME_FIRST.match(after):
        who = match.group("who").strip()
        if re.fullmatch(_PRONOUN, who, re.IGNORECASE):
            return speakers[-1] if speakers else ""
        if person := _person(who, quote.start, text, speakers, known_organisations, pick="last"):
            return person
    before = text[max(paragraph_start, quote.start - 200) : quote.start]
    before = re.split(r"[.!?]\s", before)[-1]
    for pattern in (_BEFORE_VERB, _BEFORE_ACCORDING):
        if match := pattern.search(before):
            who = match.group("who").strip()
            if re.fullmatch(_PRONOUN, who, re.IGNORECASE):
                return speakers[-1] if speakers else ""
            if person := _person(who, quote.start, text, speakers, known_organisations, pick="last"):
                return person
    return ""


def _continued_speaker(text: str, quote: _Quote, previous: list[_Quote], paragraph_starts: list[int]) -> str:
    """A second quote right after an attributed one continues it: “…”, says X. “More words.”"""
    if not previous or not previous[-1].person:
        return ""
    last = previous[-1]
    if last.paragraph == quote.paragraph:
        return last.person
    starts_paragraph = paragraph_starts[quote.paragraph] == quote.start
    if last.paragraph == quote.paragraph - 1 and starts_paragraph:
        paragraph_end = paragraph_starts[quote.paragraph] - 2
        if paragraph_end - last.end < 200:
            return last.person
    return ""


def _person(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    fragment = _ABBREVIATION_DOT.sub(r"\1", fragment)
    clauses = _CLAUSE_END.split(fragment, maxsplit=2)
    if pick == "first":
        # "said Shamiso Mtisi, of ZELA" / "said Global Witness Director, Charmian Gooch": the name is in the
        # first clause, or in the second when the first only gives a title.
        for clause in clauses[:2]:
            clause = _STOP_WORDS.split(f" {clause} ", maxsplit=1)[0]
            if person := _person_in(clause, position, text, speakers, known_organisations, pick):
                return person
        return ""
    return _person_in(clauses[0], position, text, speakers, known_organisations, pick)


def _person_in(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    runs = _name_runs(fragment.split())
    if pick == "last":
        runs.reverse()
    for title, names in runs:
        person = _resolve(title, names, position, text, speakers, known_organisations)
        if person:
            return person
    return ""


def _is_name_token(token: str) -> bool:
    if _INITIALS.fullmatch(token):
        return True  # "K.G. Moshashane", "Philip T. Reeker"
    if not token[:1].isupper() or token.lower() in _NOT_NAMES or token.lower() in _TITLES:
        return False
    if len(token) > 1 and token.isupper():  # acronyms such as KP, CSC, ZELA
        return False
    return all(part[:1].isupper() for part in re.split(r"-", token) if part)


def _name_runs(tokens: list[str]) -> list[tuple[str, list[str]]]:
    runs: list[tuple[str, list[str]]] = []
    title, names = "", []
    tokens = [token.strip("\"'“”«»()") for token in tokens]
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not names and token[:1].isupper() and token.lower() in _TITLES:
            title = token
        elif _is_name_token(token) or (names and token.lower() in _PARTICLES and _is_name_token(following)):
            names.append(token)
        else:
            if names:
                runs.append((title, names))
            title, names = "", []
    if names:
        runs.append((title, names))
    return runs


def _resolve(title: str, names: list[str], position: int, text: str, speakers: list[str], known_organisations) -> str:
    candidate = " ".join(names)
    if looks_like_organisation(candidate, known_organisations):
        # "Jean Dupont de Global Witness": keep the part before the particle.
        for index, name in enumerate(names):
            if name.lower() in _PARTICLES and index >= 2:
                return _resolve(title, names[:index], position, text, speakers, known_organisations)
        # "the Russian Federation Evgeny Varganov": a name may follow the organisation's.
        tail = names[-2:]
        if len(names) >= 4 and not looks_like_organisation(" ".join(tail), known_organisations):
            return " ".join(tail)
        return ""
    if len(names) >= 2:
        if len(names) > 5:
            return ""
        # "Bin Sulayem said": the text may give the whole name elsewhere ("Ahmed Bin Sulayem").
        return _full_name_in(text, candidate) or candidate
    surname = names[0]
    for speaker in reversed(speakers):
        if speaker.split()[-1] == surname:
            return speaker
    full_name = _full_name_in(text[:position], surname) or _full_name_in(text, surname)
    if full_name:
        return full_name
    return f"{title} {surname}" if title else ""


def _full_name_in(text: str, surname: str) -> str:
    # Within a line: the word ending the line above ("…Reform\nFeriel Zerouki") is not a given name.
    for match in re.finditer(rf"((?:[^\W\d_][\w’'-]*[ \t]+){{1,2}}){re.escape(surname)}\b", text):
        given: list[str] = []
        for token in reversed(match.group(1).split()):
            if not _is_name_token(token):
                break
            given.insert(0, token)
        if given:
            return " ".join([*given, surname])
    return ""
