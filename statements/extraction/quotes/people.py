"""From words to a person: the name a fragment gives (its first, its last, the one before an office's words),
resolved to the full name the text gives elsewhere; none for a place, a body or a country written as a name."""

import re
from collections.abc import Iterator

from ..officials import country_in
from ..organisations import looks_like_organisation
from .bodies import named_as_a_body
from .memo import per_text
from .names import (
    OFFICE_WORDS,
    PARTICLES,
    TITLES,
    TITLES_ALSO_NAMES,
    is_name_token,
    is_place_or_body,
    name_runs,
    names_in_capitals,
    surname_pattern,
    undot,
)

CLAUSE_END = re.compile(r"[,;:!?()\[\]\n—–]|\.\s|\s-\s|\.$")
_STOP_WORDS = re.compile(
    r"\s(?:of|from|at|for|in|on|with|who|whose|during|after|before|when|while|and|du|des|pour|chez|qui|au|aux"
    r"|dans|lors|auprès|avec|à|et)\s",
)
_ABBREVIATION_DOT = re.compile(
    r"\b((?i:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Amb|Gen|Lt|Col|Maj|Brig|Capt)|St|Mme|Mlle|Me|M)\.(?=\s)"
)
_INITIAL_DOT = re.compile(r"\b([A-Z])\.(?=\s|[A-Z])")


# Someone speaking for, or working for, the person named after them: "a spokesman for Amara Okonkwo", "le
# porte-parole de Jean Mbala", "a source at De Beers", "officials from Rio Tinto". Their words are not that
# person's: the name after is cut, to the clause's end.
_SOMEONE_ELSES = re.compile(
    r"\b(?P<agent>spokes(?:man|woman|person|people)|porte-parole|aides?|advis[eo]rs?|conseill[eè]re?s?|lawyers?"
    r"|attorneys?|avocate?s?|entourage|proches?"
    # The office or the team working for them: "the office of Jane Roe", « le cabinet du ministre Jean Mbala ».
    r"|office|cabinet|bureau|ministère|ministry|services|team|équipe|camp"
    # Not "the representative of Botswana, Jacob Thamage": one of a body's people, not the one it sent.
    r"|(?:an?|un|une)\s+(?:[\w-]+\s+)?(?:officials?|representatives?|sources?|executives?|employees?|insiders?"
    r"|responsables?|représentante?s?|cadres?|dirigeante?s?|employée?s?)"
    r"|officials|sources|representatives|executives|employees|insiders)"
    r"\s+(?:of|for|to|at|from|with|within|inside|close\s+to|de|d['’]|du|des|auprès\s+d(?:e|u|es))\b[^,;:()\n]*",
    re.IGNORECASE,
)


def person_named(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    # A title's dot goes; an initial's is hidden so that "R. John Efford" stays one name.
    fragment = _INITIAL_DOT.sub("\\1\u2024", _ABBREVIATION_DOT.sub(r"\1", undot(fragment)))
    fragment = _SOMEONE_ELSES.sub(r"\g<agent>", fragment)
    if pick == "before":
        # "In the opening address, South African Minister … Susan Shabangu said," / "Mr K.G. Moshashane, Chair
        # of the Kimberley Process, said:": the name is in the last clause, or the first when an office follows.
        clauses = CLAUSE_END.split(fragment)
        if clauses[-1].strip().lower() in _RELATIVE_THINGS:
            return ""  # "Tendai Moyo was named in the report, which says": the report speaks, not the person
        if _RELATIVE_COMMON_SUBJECT.search(clauses[-1]):
            return ""  # "The meeting, chaired by Jacob Thamage, adopted what delegates called": delegates speak
        if person := _name_before_its_office(clauses, position, text, speakers, known_organisations):
            return person
        for number, clause in reversed(list(enumerate(clauses))):
            if _RELATIVE_CLAUSE.match(clause):
                continue  # "Amara Okonkwo, who heads the Centre for Natural Resource Governance, said": its object
            clause = _without_objects(clause, last=number == len(clauses) - 1)
            if person := person_in(clause, position, text, speakers, known_organisations, "last"):
                return person
            if (
                number == len(clauses) - 1
                and not _opens_on_office(clause)  # "Jane Roe, Executive Director of IMPACT, said": her office
                and _a_country_or_body(clause, known_organisations)
            ):
                return (
                    ""  # "In its letter to the chair, Jane Roe, Ukraine asked": the country speaks, not its addressee
                )
        return ""
    clauses = CLAUSE_END.split(fragment, maxsplit=2)
    if pick == "first":
        # "said Shamiso Mtisi, of ZELA" / "said Global Witness Director, Charmian Gooch": the name is in the
        # first clause, or in the second, apposed to it, when the first only gives a title.
        for number, clause in enumerate(clauses[:2]):
            if number and not clause.strip()[:1].isupper():
                break  # "said the Minister, adding that Jean Mbala would attend": a new clause, not an apposition
            head = _STOP_WORDS.split(f" {clause} ", maxsplit=1)[0]
            if person := person_in(head, position, text, speakers, known_organisations, pick):
                return person
            if _opens_on_office(clause) and (
                person := person_in(clause, position, text, speakers, known_organisations, "last")
            ):
                return person
        if _opens_on_office(clauses[0]):
            return _name_after_a_long_office(fragment, position, text, speakers, known_organisations)
        return ""
    return person_in(clauses[0], position, text, speakers, known_organisations, pick)


# A name after a preposition or a verb is its object, not the subject speaking: "In a letter to Jacob Thamage, the
# coalition said:", "Civil society, led by Jacob Thamage, said:", "After meeting Jacob Thamage, delegates said:".
# (Not "of" or "de": "the Minister of Mines Jacob Thamage" is the subject; "under" only in lower case: "Under
# Secretary Jane Doe said" names the speaker.)
_OBJECT = re.compile(
    r"\b(?P<marker>(?i:to|by|from|with|after|before|against|about|towards?|than|like|including|meeting|met"
    r"|told|asked|thanked|urged|wrote|invited|replacing|succeeding|joined|accompanied|à|au|aux|avec|après|avant|par"
    r"|contre|chez)|under)\s+(?:(?i:the|a|an|his|her|son|sa|le|la|l['’])\s*)?(?:[A-ZÀ-Ý][\w’'\u2024.-]*(?:\s+|$))++"
    # A particle inside the object's name belongs to it: "chaired by Ahmed bin Sulayem", "led by Jan van der Berg".
    r"(?:(?:de|da|du|van|von|der|den|ter|di|del|bin|ibn|al|el)\s+(?:[A-ZÀ-Ý][\w’'\u2024.-]*(?:\s+|$))++)*"
)


def _without_objects(clause: str, last: bool) -> str:
    # "…, with Grace Mutasa saying": a name right before the verb of saying is its subject, whatever precedes it.
    return _OBJECT.sub(lambda match: match.group() if last and match.end() == len(clause) else match["marker"], clause)


_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|whose|whom|which|where|qui|dont|où)\b", re.IGNORECASE)
# A relative pronoun standing for a thing, as the subject of the verb of saying.
_RELATIVE_THINGS = {"which", "that", "lequel", "laquelle", "lesquels", "lesquelles"}
# A relative pronoun and a common noun, its subject, right before the verb: "…adopted what delegates called",
# "…a text that critics described as", « ce que les ONG appellent ».
_RELATIVE_COMMON_SUBJECT = re.compile(
    r"\b(?:(?:what|that|which|ce\s+que|que)\s+|qu['’]\s*)(?:(?:the|some|many|most|les|des|certains)\s+)?[a-zà-ÿ][\w-]*\s*$"
)


def name_and_affiliation(label: str, position: int, text: str, speakers: list[str], known_organisations) -> str:
    """ "Jane Roe, Global Witness:", « Jean Mbala, CENADEP : »: a label giving a name and only a name, then the body
    the person speaks for (which, as a sentence's subject, would be the one speaking). Not a country: "Cape Town,
    South Africa:" is a dateline."""
    clauses = CLAUSE_END.split(label)
    if len(clauses) != 2 or not looks_like_organisation(_ARTICLE.sub("", clauses[1]).strip(), known_organisations):
        return ""
    return _only_a_name(clauses[0], position, text, speakers, known_organisations)


def _name_after_a_long_office(fragment: str, position: int, text: str, speakers: list[str], known) -> str:
    """ "a déclaré l'ambassadeur du Congo au Gabon, au Cameroun et au Tchad, Jean Mbala.": an office whose own
    words run over commas, closed by a clause that is a name and only a name, before the sentence ends."""
    sentence = re.split(r"[.!?](?:\s|$)", fragment, maxsplit=1)[0]
    for clause in CLAUSE_END.split(sentence)[1:]:
        if person := _only_a_name(clause, position, text, speakers, known):
            return person
    return ""


def _name_before_its_office(clauses: list[str], position: int, text: str, speakers: list[str], known) -> str:
    """ "Farai Maguwu, director of the Centre for Natural Resource Governance, said": a clause that is a name and
    only a name, then its office in the next; the capitalised words after the office are its body's name."""
    if len(clauses) < 2 or not _opens_on_office(clauses[1]):
        return ""
    return _only_a_name(clauses[0], position, text, speakers, known)


def _only_a_name(clause: str, position: int, text: str, speakers: list[str], known) -> str:
    tokens = clause.split()
    runs = name_runs(tokens)
    if len(runs) == 1 and len(runs[0][1]) >= 2 and len(runs[0][1]) + bool(runs[0][0]) == len(tokens):
        return resolve(*runs[0], position, text, speakers, known)
    return ""


def _opens_on_office(clause: str) -> bool:
    """ "the Minister of Mines Tendai Moyo", "lundi le ministre des Mines Jean Mbala": an office opens the clause
    (after its article, or a day's word), so the name closes it, after the office's own "of" or "des"."""
    for index, token in enumerate(clause.split()[:3]):
        word = re.sub(r"^(?:l|d)['’]", "", token.strip(",")).lower()
        if word in TITLES or word in OFFICE_WORDS:
            return True
        # "UAE Minister of State Jane Roe", "EU Commissioner for Trade Jane Roe": a body's or a country's acronym
        # or adjective first; no other capitalised word.
        if not token[:1].islower() and not (index == 0 and (token.isupper() or _ADJECTIVE_OF_A_PLACE.search(token))):
            return False
    return False


_ADJECTIVE_OF_A_PLACE = re.compile(r"(?:an|ese|ish|ian|ean|i|ais|aise|ien|ienne|ain|aine)$")


def person_in(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    runs = name_runs(fragment.split())
    if pick == "last":
        runs.reverse()
    for title, names in runs:
        if names[-1].endswith(("'s", "’s")):
            continue  # "Amara Okonkwo’s spokesman": the one named is not the one speaking
        person = resolve(title, names, position, text, speakers, known_organisations)
        if person:
            return person
    return ""


def resolve(title: str, names: list[str], position: int, text: str, speakers: list[str], known_organisations) -> str:
    """The person the names stand for, by their full name when the text gives it; "" for a place or a body
    written as a name is ("Victoria Falls", "Member States")."""
    candidate = " ".join(names)
    if is_place_or_body(candidate) or named_as_a_body(candidate, text):
        return ""
    person = _resolve_names(title, names, position, text, speakers, known_organisations)
    return "" if is_place_or_body(person) or named_as_a_body(person, text) else person


def _without_a_country_before(names: list[str]) -> list[str]:
    """ "le Canadien Tim Martin", "the Zimbabwean Jane Doe", "Representative of Russia Alexander Pshenichnikov": a
    country's adjective or name, one word or two, opening a run of names is not part of the name after it."""
    if len(names) < 3:
        return names
    for size in (1, 2):
        rest = names[size:]
        if len(rest) < 2:
            break
        opening = " ".join(names[:size])
        if (found := country_in(opening)) and found[1] == 0 and _a_country_exactly(opening):
            return rest if not country_in(" ".join(rest[:1])) else names
    return names


_ARTICLE = re.compile(r"^\s*(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
_SUBJECT_WORDS = 4


def _a_country_or_body(clause: str, known_organisations) -> bool:
    """Whether the clause is only a country's or a body's name, with its article: "l’Ukraine", "the Coalition"."""
    bare = _ARTICLE.sub("", clause).strip()
    if not bare or len(bare.split()) > _SUBJECT_WORDS or not bare[:1].isupper():
        return False
    return bool(((found := country_in(bare)) and found[1] == 0) or looks_like_organisation(bare, known_organisations))


def _a_country_word(token: str) -> bool:
    return bool((found := country_in(token)) and found[1] == 0)


def _a_country_exactly(words: str) -> bool:
    """Whether the words are only the country's name or adjective, nothing after it ("Canadien", "South African";
    not "Canadian Tire", whose second word is no country's)."""
    return len(words.split()) == 1 or country_in(words.split()[0]) is None


def _resolve_names(
    title: str, names: list[str], position: int, text: str, speakers: list[str], known_organisations
) -> str:
    candidate = " ".join(names)
    if looks_like_organisation(candidate, known_organisations):
        # "Jean Dupont de Global Witness": keep the part before the particle.
        for index, name in enumerate(names):
            if name.lower() in PARTICLES and index >= 2:
                return resolve(title, names[:index], position, text, speakers, known_organisations)
        # "the Russian Federation Evgeny Varganov": a name may follow the organisation's.
        tail = names[-2:]
        if len(names) >= 4 and not looks_like_organisation(" ".join(tail), known_organisations):
            return " ".join(tail)
        return ""
    names = _without_a_country_before(names)  # "the Zimbabwean Jane Doe": the country's word is no part of her name
    candidate = " ".join(names)
    if country_in(candidate) and country_in(candidate)[1] == 0:
        return ""  # "South Africa said": a country speaking, not a person
    if len(names) >= 2:
        if len(names) > 5:
            return ""
        # "Bin Sulayem said": the text may give the whole name elsewhere ("Ahmed Bin Sulayem").
        if full_name := _full_name_in(text, candidate):
            return full_name
        # "M. de Montclair": a surname opening on its particle keeps its title when no full name is given.
        if title:
            return _titled(title, candidate, text) if names[0].islower() else candidate
        # "De Beers said", "Van der Linden said", with no given name anywhere: a surname alone, as "Moyo said" is,
        # or a company's name.
        return "" if names[0].lower() in _OPENING_PARTICLES else candidate
    surname = names[0]
    for speaker in reversed(speakers):
        if speaker.split()[-1] == surname:
            return speaker
    full_name = _full_name_in(text, surname, before=position) or _full_name_in(text, surname)
    if full_name := full_name or _full_name_from_given(text, surname):
        return full_name
    return _titled(title, surname, text) if title else ""


# Particles that open a surname written without its given names (not "Le", "Du" or "Do": Vietnamese and Chinese
# names open on them).
_OPENING_PARTICLES = {"de", "da", "van", "von", "ter", "di", "del", "bin", "ibn"}


def _titled(title: str, surname: str, text: str) -> str:
    """ "M. de Montclair", "Dr Chikwanha": a surname with its title, the title's dot as the text writes it."""
    dotted = re.search(rf"\b{re.escape(title)}[.\u2024][ \t]*{re.escape(surname)}\b", text)
    return f"{title}. {surname}" if dotted and not title.endswith(".") else f"{title} {surname}"


def _full_name_from_given(text: str, given: str) -> str:
    """ "Ian announced…" after "Ian Smillie" was named: a given name stands for the whole name."""
    for match in re.finditer(rf"\b{re.escape(given)}[ \t]+([A-ZÀ-Ý][\w’'-]+)", text):
        surname = match.group(1)
        if is_name_token(surname) and not surname.endswith(("'s", "’s")):
            return f"{given} {surname}"
    return ""


_PLACE_WORD = re.compile(r"(?:^|\s)(?:à|au|aux|in|at|en)[ \t]+$", re.IGNORECASE)


def _follows_a_place_word(text: str, start: int, words: str, given: list[str]) -> bool:
    """Whether the first of the given names, at the end of `words` (found at `start`), comes right after "à",
    "in" or "at", as a place or a medium does."""
    return bool(_PLACE_WORD.search(_just_before_given(text, start, words, given)))


_OF_WORD = re.compile(r"(?:^|\s)(?:of|from|du|de|des|d['’])[ \t]*$", re.IGNORECASE)


def _a_country_of_an_office(text: str, start: int, words: str, given: list[str]) -> bool:
    """Whether the first of the given names, at the end of `words` (found at `start`), is a country after "of" or
    "du", closing an office's words rather than opening a name."""
    if (country := country_in(given[0])) is None or country[1] != 0:
        return False
    return bool(_OF_WORD.search(_just_before_given(text, start, words, given)))


# An office and its "of", right before a capitalised word: "Mayor of Shanghai", "Governor of Manicaland".
_OFFICE_OF = re.compile(r"(?:^|\s)(?P<office>[\w-]+)[ \t]+(?:of|du|de|des|d['’])[ \t]*$", re.IGNORECASE)


def _a_place_of_an_office(text: str, start: int, words: str, given: list[str]) -> bool:
    """Whether the first of the given names, at the end of `words` (found at `start`), is the place or the body an
    office is of ("Mayor of Shanghai Yang Xiong"), closing the office's words rather than opening a name."""
    match = _OFFICE_OF.search(_just_before_given(text, start, words, given, chars=30))
    return bool(match) and match["office"].lower() in TITLES | OFFICE_WORDS


def _just_before_given(text: str, start: int, words: str, given: list[str], chars: int = 8) -> str:
    """The characters (eight, or ``chars``) before the first of the given names, at the end of `words` (found at
    `start`)."""
    given_start = start + re.search(rf"(?:\S+[ \t]+){{{len(given)}}}$", words).start()
    return text[max(0, given_start - chars) : given_start]


def _full_name_in(text: str, surname: str, before: int | None = None) -> str:
    """The surname's full name where the text gives it (before ``before``, if given): "Mtisi" for "Shamiso Mtisi",
    "Van der Berg" for "Hans van der Berg", or in a heading's capitals ("SHAMISO MTISI")."""
    for end, name in (*_full_names_as_written(text, surname), *_full_names_in_capitals(text, surname)):
        if before is None or end <= before:
            return name
    return ""


@per_text
def _full_names_as_written(text: str, surname: str) -> tuple[tuple[int, str], ...]:
    """(where a mention ends, its full name) for each mention written with its given names."""
    found = []
    for match in _names_before_mentions(text, surname):
        given: list[str] = []
        for token in reversed(match.group(1).split()):
            if token.endswith(("'s", "’s")) or not (is_name_token(token) or token in PARTICLES):
                break  # "the EU’s Jan de Vries": a possessive is no given name
            if _a_country_word(token):
                break  # "le Canadien Tim Martin": a country's adjective is no given name
            if token.lower() in TITLES_ALSO_NAMES:
                break  # "Judge John Doe": a title before the name, not a given name
            given.insert(0, token)
            if len([name for name in given if name not in PARTICLES]) == 2:
                break
        # "Ahmed bin Sulayem" for "Sulayem": a particle belongs to the name when a given name comes before it.
        while given and given[0] in PARTICLES:
            given.pop(0)
        if given and _follows_a_place_word(text, match.start(1), match.group(1), given):
            given = given[1:]  # "a déclaré à Kinshasa Jean Mbala": the place is not a given name
        elif len(given) >= 2 and _a_country_of_an_office(text, match.start(1), match.group(1), given):
            given = given[1:]  # "le ministre des Affaires étrangères du Canada John Baird": the country is the office's
        elif given and _a_place_of_an_office(text, match.start(1), match.group(1), given):
            given = given[1:]  # "Mayor of Shanghai Yang Xiong": the city is the office's, not "Yang"'s given name
        name = " ".join(_without_a_country_before([*given, *match.group(2).split()]))
        if given and name != match.group(2) and not looks_like_organisation(name):
            found.append((match.end(2), name))
    return tuple(found)


# Room for the four words before a surname that may be its given names and particles.
_GIVEN_NAMES_CHARS = 120


def _names_before_mentions(text: str, surname: str) -> Iterator[re.Match]:
    """Each mention of the surname with the words before it on its line ("…Reform\nFeriel Zerouki": the word ending
    the line above is not a given name)."""
    written = surname_pattern(surname)
    pattern = re.compile(rf"((?:[^\W\d_][\w’'\u2024-]*[ \t]+){{1,4}}?)({written})\b")
    for mention in _after_a_space(text, re.compile(rf"{written}\b")):
        # The line's start, looked for only as far back as the words may reach (a long line without a break would
        # be read back to its start at each mention): a line starting further back is -1, before the reach.
        reach = max(0, mention.start() - _GIVEN_NAMES_CHARS - 1)
        line_start = text.rfind("\n", reach, mention.start()) + 1 or (0 if reach == 0 else -1)
        start = max(line_start, mention.start() - _GIVEN_NAMES_CHARS)
        if start > line_start:  # begin at a word, not inside one
            start = text.find(" ", start, mention.start()) + 1 or mention.start()
        for match in pattern.finditer(text, start, mention.end()):
            if match.start(2) == mention.start():
                yield match


def _after_a_space(text: str, mention: re.Pattern) -> Iterator[re.Match]:
    """The mentions that follow a space or a tab, as ``re.finditer`` with a look-behind finds them, but through a
    pattern opening on the name itself, which the engine looks for quickly (one opening on a look-behind is tried
    at every character: once per name, on a long page naming hundreds of people)."""
    found = mention.search(text)
    while found:
        if found.start() and text[found.start() - 1] in " \t":
            yield found
            found = mention.search(text, found.end())
        else:
            found = mention.search(text, found.start() + 1)


@per_text
def _full_names_in_capitals(text: str, surname: str) -> tuple[tuple[int, str], ...]:
    """ "SHAMISO MTISI" in a heading or a signature, for "Mtisi said": the name written as names usually are."""
    if " " in surname or not surname[:1].isupper():
        return ()
    found = []
    for match in re.finditer(rf"((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[ \t]+){{1,2}}){re.escape(surname.upper())}\b", text):
        tokens = names_in_capitals([*match.group(1).split(), surname.upper()])
        runs = name_runs(tokens)
        if runs and runs[-1][1][-1] == surname and len(runs[-1][1]) >= 2:
            found.append((match.end(), " ".join(runs[-1][1])))
    return tuple(found)
