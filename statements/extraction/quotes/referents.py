"""Who "he", "she" or "the minister" stands for: the speaker of the last quotation, someone named since as the
subject of a verb, or the person the text named earlier with that office."""

import re

from .names import FULL_NAME, OFFICE_WORDS, TITLES, is_name_token, name_runs, undot
from .people import CLAUSE_END, person_in, person_named, resolve
from .spans import Context, unwrap
from .verbs import PRONOUN, VERBS

# "the minister said", "the Mines and Mineral Resources Minister cautioned", "la présidente a souligné": an
# office standing for the person named with it earlier.
_DEFINITE_OFFICE = re.compile(
    r"\b(?:the|le|la|l['’])\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?P<office>minister|ministre|chair(?:man|woman|person)?|president|pr[ée]sident(?:e)?"
    r"|ambassador|ambassadeur|ambassadrice|director|directeur|directrice|coordinator|coordonnat(?:eur|rice)"
    r"|spokes(?:man|woman|person)|porte-parole)\b",
    re.IGNORECASE,
)
_OFFICE_NAME_CHARS = 100
# A chair or president of one of the body's groups: "the Chair of the Working-Group on Monitoring".
_OF_A_SUB_BODY = re.compile(
    r"\s+(?:of\s+the|du|de\s+la|des)\s+(?:[\w-]+\s+){0,2}?(?:working[- ]group|committee|sub-?group|task\s+force"
    r"|groupe\s+de\s+travail|comit[ée]|sous-groupe)",
    re.IGNORECASE,
)
_OFFICE_MENTIONS = 20
# The office as a subject, its verb right after it.
_A_VERB_AFTER = re.compile(
    rf"[ \t]+(?:(?:has|had|was|a)[ \t]+)?(?:{VERBS}|met|meets|thanked|thanks|received|receives|welcomed|welcomes"
    rf"|reçu|reçoit|rencontré|rencontre|remercié|remercie)\b",
    re.IGNORECASE,
)


def titled_person(context: Context, who: str, position: int) -> str:
    if not (office := _DEFINITE_OFFICE.search(who)):
        return ""
    word = re.escape(office.group("office"))
    mentions = list(re.finditer(rf"\b{word}\b", context.text[:position], re.IGNORECASE))
    # The latest mention naming its holder: only the last few are asked, or a page of quotes by "the chair"
    # would read every earlier mention again for each.
    for mention in reversed(mentions[-_OFFICE_MENTIONS:]):
        following = context.text[mention.end() : mention.end() + _OFFICE_NAME_CHARS]
        if _A_VERB_AFTER.match(following):
            continue  # "The minister responded to Jane Roe": the one named after the office's verb is its object
        if _OF_A_SUB_BODY.match(following) and not _OF_A_SUB_BODY.match(who, office.end()):
            continue  # "the Chair" said it, not "the Chair of the Working Group on Monitoring, Mr. X"
        person = person_named(
            following, mention.start(), context.text, context.speakers, context.known_organisations, "first"
        )
        if found := person or _titled_surname(context, mention) or _apposed_to_office(context, mention.start()):
            return found
    return ""


def _titled_surname(context: Context, mention: re.Match) -> str:
    """ "President Moyo opened the session": the office as a title before a surname the text gives alone."""
    if not mention.group()[:1].isupper():
        return ""
    words = context.text[mention.start() : mention.end() + _OFFICE_NAME_CHARS]
    if not (match := re.match(r"\S+[ \t]+(?P<surname>[A-ZÀ-Ý][\w’'-]+)\b", words)):
        return ""
    surname = match.group("surname")
    if not is_name_token(surname) or surname.endswith(("'s", "’s")):
        return ""
    return resolve(mention.group(), [surname], mention.start(), context.text, [], context.known_organisations)


# A name the office is apposed to: "Amara Okonkwo, the mines minister,", "Jean Mbala, ministre des Mines,".
_NAME_BEFORE_OFFICE = re.compile(
    r"(?P<who>(?:[A-ZÀ-Ý][\w’'\u2024.-]*[ \t]+){0,3}[A-ZÀ-Ý][\w’'\u2024-]*),[ \t]+(?:[\w’'-]+[ \t]+){0,4}$"
)


# A preposition or a verb before the name makes it an object, not the office's holder: "Responding to Jane Roe, the
# minister said", « Reçu par Jean Mbala, le ministre a dit ».
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|by|with|from|after|before|about|against|than|like|met|meeting|thanked|told|asked|urged|invited|replacing"
    r"|succeeding|à|au|aux|par|avec|après|avant|contre|chez)[ \t]+$",
    re.IGNORECASE,
)


def _apposed_to_office(context: Context, office_start: int) -> str:
    before = context.text[max(0, office_start - _OFFICE_NAME_CHARS) : office_start]
    if not (match := _NAME_BEFORE_OFFICE.search(before)) or _OBJECT_BEFORE.search(before, 0, match.start()):
        return ""
    text, speakers, known = context.text, context.speakers, context.known_organisations
    return person_in(undot(match.group("who")), office_start, text, speakers, known, "last")


def office_after_the_verb(context: Context, who: str, position: int) -> str:
    """ "“…,” said the minister." / "« … », a soutenu le ministre.": the office, opening the words after the
    verb, stands for the person named with it earlier."""
    clause = CLAUSE_END.split(who.strip(), maxsplit=1)[0]
    return titled_person(context, clause, position) if _DEFINITE_OFFICE.match(clause) else ""


# Someone named as the subject of what they say or do: "Hirsch said that…", "Benjamin Ben-Eliezer welcomed…".
# (A dot followed by a space ends a sentence: a title's or an initial's dot is hidden as "\u2024".)
_SUBJECT_PERSON = re.compile(
    rf"(?P<who>(?:[A-ZÀ-Ý](?:[\w’'\u2024-]|\.(?!\s))*[ \t]+){{0,6}}[A-ZÀ-Ý][\w’'\u2024-]*),?[ \t]+"
    rf"(?:(?:a|has|had)[ \t]+)?"
    rf"(?:{VERBS}|welcomed|welcomes|announced|announces|described|expressed|wrote|writes|a\s+(?:ouvert|salué))\b"
)
# …or with an office between: "Alan Martin, research director for Partnership Africa Canada, …, tells JCK".
_APPOSED_PERSON = re.compile(
    rf"(?P<who>[A-ZÀ-Ý](?:[\w’'\u2024-]|\.(?!\s))*(?:[ \t]+[A-ZÀ-Ý][\w’'\u2024-]*){{1,3}}),"
    rf"[ \t]+[a-zà-ÿ][^.;:!?“”«»\"\n]{{2,160}}?,[ \t]+(?:(?:a|has|had)[ \t]+)?"
    rf"(?:{VERBS}|welcomed|welcomes|announced|announces)\b"
)
# …or as the one whose words are reported: "The next step, according to the minister Jean Mbala, is…", « selon le
# ministre Jean Mbala ».
_ACCORDING_PERSON = re.compile(
    # « Pour le député Jean Mbala, c'est la pauvreté… »: opening a sentence, "pour" gives whose view it is.
    r"(?:\b(?:according\s+to|selon|d['’]après)|(?:^|(?<=[.!?][ \t])|(?<=\n))(?-i:Pour|For))"
    r"\s+(?P<who>[^,.;:!?()“”«»\"\n]{3,80}?)(?=\s*[,.;:!?()]|\s+(?:is|was|will|sera|est))",
    re.IGNORECASE,
)
_REFERENT_CHARS = 600
# "…the Minister of Health and Child Care said": capitalised words after "of" or "and" name an office.
_OFFICE_BEFORE = re.compile(r"\b(?:of|and|for|the|de|du|des|et)[ \t]+$")


def referent(context: Context, position: int) -> str:
    """Who "he" or "she" is: the speaker of the last quote, or someone named since as the subject of a verb."""
    last = context.attributed[-1] if context.attributed else None
    window_start = max(last.end if last else 0, position - _REFERENT_CHARS)
    window = unwrap(context.text[window_start:position])
    subjects = sorted(
        [*_SUBJECT_PERSON.finditer(window), *_APPOSED_PERSON.finditer(window), *_ACCORDING_PERSON.finditer(window)],
        key=lambda m: m.end(),
    )
    for match in reversed(subjects):
        who = match.group("who")
        if re.fullmatch(rf"{PRONOUN}", who, re.IGNORECASE):
            continue
        if _OFFICE_BEFORE.search(window[: match.start()]) and who.split()[0].lower() not in OFFICE_WORDS:
            continue
        person = person_in(
            undot(who), window_start + match.start(), context.text, context.speakers,
            context.known_organisations, "last",
        )  # fmt: skip
        if not person and match.re is _ACCORDING_PERSON:
            # « Pour le directeur de cabinet, il s'agira… »: the office stands for the one named with it earlier.
            person = titled_person(context, who, window_start + match.start())
        if person:
            return person
    if last:
        return _new_subject(context, last.end, position) or last.person
    return _last_named(context, window_start, position)


def _new_subject(context: Context, start: int, position: int) -> str:
    """ "“…,” said Jean Mbala.\n\nAmara Okonkwo, who heads the network, was blunt. “…,” she said": someone
    named as a sentence's subject since the last quote's own sentence is who "he" or "she" is."""
    window = unwrap(context.text[start:position])
    if not (own_sentence := re.search(r"[.!?]\s", window)):
        return ""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", window[own_sentence.start() + 1 :].strip())):
        if person := _subject_of(sentence, start, context):
            return person
    return ""


# What may come before a sentence's subject: a conjunction, an article, an office's or a country's words ("But
# Zimbabwe's mines minister, Winston Chitando, disagreed").
_BEFORE_SUBJECT = {"but", "and", "however", "meanwhile", "yet", "mais", "cependant", "the", "le", "la", "l'", "l’"}


# The subject after the verb, a participle opening the sentence: "Addressing the opening session was Jane Roe, …".
_PARTICIPLE_FIRST = re.compile(r"^[ \t]*[A-Z][a-z]+ing\b[^,.;:!?“”«»\"\n]{0,100}?[ \t](?:was|were)[ \t]+(?=[A-ZÀ-Ý])")


def _subject_of(sentence: str, position: int, context: Context) -> str:
    if inverted := _PARTICIPLE_FIRST.match(sentence):
        sentence = CLAUSE_END.split(sentence[inverted.end() :], maxsplit=1)[0]
    tokens = re.findall(r"[^\s,;:]+", undot(sentence))
    lead = 0 if inverted else _after_a_possessor(tokens)
    while lead < len(tokens) and _before_a_subject(tokens[lead]):
        lead += 1
    runs = name_runs(tokens[lead:])
    if not runs or len(runs[0][1]) < 2 or runs[0][1][0] != tokens[lead + bool(runs[0][0])]:
        return ""  # "The Minister of Mines", "Talks went on"
    after = tokens[lead + bool(runs[0][0]) + len(runs[0][1]) :]
    if after and after[0].lower() in {"and", "et", "&"}:
        return ""  # "Global Witness and Amara Okonkwo": who "he" is, the text does not say
    return resolve(*runs[0], position, context.text, [], context.known_organisations)


def _after_a_possessor(tokens: list[str]) -> int:
    """ "Sierra Leone's mines minister, Jean Kamara, …": where the words after a capitalised possessor opening the
    sentence start, or 0."""
    for index, token in enumerate(tokens[:4]):
        if not token[:1].isupper():
            return 0
        if token.endswith(("'s", "’s")):
            return index + 1
    return 0


def _before_a_subject(token: str) -> bool:
    word = token.lower()
    return (
        word in _BEFORE_SUBJECT
        or word in OFFICE_WORDS
        or word.endswith(("'s", "’s"))
        or (word in TITLES and token[:1].islower())
    )


def person_named_before(text: str, position: int, known_organisations) -> str:
    """Who "his" or "her" is with nobody quoted: the one person the last sentence naming anyone names in full."""
    context = Context(text, [], [], known_organisations)
    return _last_named(context, max(0, position - _REFERENT_CHARS), position)


def _last_named(context: Context, window_start: int, position: int) -> str:
    """ "… les déclarations de Joanne Lebert, directrice générale de PAC. Elle déclare : « … »": with nobody
    quoted yet, "she" is the person named in full in the last sentence naming anyone, if it names only one
    ("Amara Okonkwo met Jean Mbala. “…,” he said": who "he" is, the text does not say)."""
    window_start = _sentence_start(context.text, window_start)
    # A blank line ends a sentence, as a heading with no stop ends before the paragraph below it.
    window = "\n".join(map(unwrap, _end_heading_lines(context.text[window_start:position]).split("\n\n")))
    for sentence in reversed(list(_SENTENCE_SPAN.finditer(window))):
        if people := _people_named_in(sentence.group(), window_start, context):
            return people[0] if len(people) == 1 else ""
    return ""


_SENTENCE_SPAN = re.compile(r"[^.!?\n]+")
_SENTENCE_CHARS = 400


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence that ``position`` falls in starts (within a sentence's length before it): a window's
    first sentence is read whole, its subject with it ("Mr Mahimbali made the remarks … to an end.")."""
    if position == 0 or text[position - 1] in ".!?\n" or text[position : position + 1] == "\n":
        return position
    ends = list(re.finditer(r"[.!?\n]", text[max(0, position - _SENTENCE_CHARS) : position]))
    return max(0, position - _SENTENCE_CHARS) + ends[-1].end() if ends else position


_LOWER_CASE_WORD = re.compile(r"(?:^|[\s(/])[a-zà-ÿ]")


def _end_heading_lines(window: str) -> str:
    """ "AA/ Bangui/ Amara Okonkwo\nLe commerce…": a line with no word in lower case is a heading or a byline,
    a sentence of its own, not the start of the next line's."""
    lines = window.split("\n")
    return "\n".join(
        f"{line}." if index < len(lines) - 1 and line.strip() and not _LOWER_CASE_WORD.search(line) else line
        for index, line in enumerate(lines)
    )


_AND_BETWEEN = re.compile(r"[ \t]+(?:and|et)[ \t]+")


def _people_named_in(sentence: str, position: int, context: Context) -> list[str]:
    """The persons a sentence names in full. A name after "of", "in" or "and" is an office's or a place's words
    ("the Minister of Health and Child Care", "in Victoria Falls"), unless "and" joins it to a person's name."""
    people: list[str] = []
    joinable = -1  # where a person's name ended, that "and" may join another to
    for match in FULL_NAME.finditer(sentence):
        joined = joinable >= 0 and _AND_BETWEEN.fullmatch(sentence, joinable, match.start())
        joinable = -1
        before = sentence[max(0, match.start() - _WORD_BEFORE_CHARS) : match.start()]  # only its last word is asked
        if _OFFICE_OR_PLACE_BEFORE.search(before) and not joined and not _introduced_after_and(before, sentence, match):
            continue
        runs = name_runs(undot(match.group()).split())
        # A name in full, or a surname after its title whose full name the text gives ("Mr Mahimbali made the
        # remarks", after "Mr Kheri Mahimbali"; not "Dr Chiwenga" alone, a surname in prose).
        if len(runs) != 1 or len(runs[0][1]) + bool(runs[0][0]) < 2:
            continue
        person = resolve(*runs[0], position, context.text, [], context.known_organisations)
        if person and len(runs[0][1]) == 1 and person.split()[0].rstrip(".").lower() == runs[0][0].rstrip(".").lower():
            continue
        if person:
            people.append(person)
            joinable = match.end()
    return list(dict.fromkeys(people))


def _introduced_after_and(before: str, sentence: str, match: re.Match) -> bool:
    """ "Annie Dunnebacke of Global Witness and Alan Martin of PAC": after "and", a name given its own body or
    office is a second person, not an office's words ("the Minister of Health and Child Care")."""
    return bool(_AND_BEFORE.search(before) and _AFFILIATION_AFTER.match(sentence, match.end()))


_AND_BEFORE = re.compile(r"\b(?:and|et)[ \t]+$")
_WORD_BEFORE_CHARS = 20
_AFFILIATION_AFTER = re.compile(
    r"[ \t]+(?:of|from|at|de|du|des)[ \t]+(?:the[ \t]+|la[ \t]+|l['’])?[A-ZÀ-Ý]|,[ \t]+[a-zà-ÿ]"
)


# Not "de": « les déclarations de Joanne Lebert » names a person as often as an office's "de" does not.
_OFFICE_OR_PLACE_BEFORE = re.compile(r"\b(?:of|and|for|the|et|in|at|to|from|en|à|au|aux|near)[ \t]+$", re.I)


# A quotation standing as a sentence of its own, right after one that reports someone speaking: "Amara Okonkwo, a
# campaigner at the network, told Reuters the scheme had failed. “It is a fig leaf.”" goes on with that speaker.
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?P<sentence>[^.!?\n“”«»\"]{10,400}[.!?])\s*$")
_SENTENCE_WINDOW = 600


_OFFICE_LINKS = {"and", "of", "for", "the", "&", "et", "de", "du", "des", "la", "le"}


def _an_office(words: str) -> bool:
    """Whether the words are an office's and only that: "Deputy Prime Minister and Minister of"."""
    tokens = [token.lower() for token in words.split()]
    return (
        bool(tokens)
        and tokens[0] not in _OFFICE_LINKS
        and all(token in TITLES or token in OFFICE_WORDS or token in _OFFICE_LINKS for token in tokens)
    )


# …or as its subject after the verb, closing it: "…, said Jane Roe, the coalition's coordinator.", « …, a indiqué
# Jean Mbala dans un communiqué. »
_INVERTED_PERSON = re.compile(
    rf",[ \t]+(?:(?:a|ont)[ \t]+)?(?:{VERBS})[ \t]+(?P<who>(?:(?:le|la|l['’]|the)[ \t]+[^,.;:!?“”«»\"\n]{{0,60}}?)?"
    rf"(?-i:[A-ZÀ-Ý])[^,.;:!?“”«»\"\n]{{2,120}}(?:,[^.;:!?“”«»\"\n]{{0,120}})?)[.!?]$",
    re.IGNORECASE,
)

_PRONOUN_SAID_LAST = re.compile(
    r",[ \t]+(?:(?:he|she)[ \t]+(?:said|says|added|adds|noted|explained|stated|told[ \t]+[\w ]{1,30}?)"
    r"|(?:a|ont)-t-(?:il|elle)[ \t]+(?:dit|déclaré|ajouté|expliqué|souligné|indiqué|précisé))[.!?]$"
)


def reporting_speaker(context: Context, position: int, paragraph_start: int) -> str:
    """The person the sentence just before ``position`` (in its paragraph) has speaking, as its subject, or ""."""
    # A sentence is at most 400 characters: a long paragraph is not read from its start for each quotation.
    window_start = max(paragraph_start, position - _SENTENCE_WINDOW)
    window = unwrap(context.text[window_start:position])
    if not (before := _SENTENCE_BEFORE.search(window)):
        return ""
    sentence = before.group("sentence")
    start = window_start + before.start("sentence")
    if (inverted := _INVERTED_PERSON.search(sentence)) and (
        person := person_named(
            inverted["who"], start, context.text, context.speakers, context.known_organisations, "first"
        )
    ):
        return person
    if _PRONOUN_SAID_LAST.search(sentence):
        # "The fact that the council meets is a credit to the industry, he said. “…”": whoever "he" is.
        return referent(context, start)
    for match in [*_SUBJECT_PERSON.finditer(sentence), *_APPOSED_PERSON.finditer(sentence)]:
        # "The KP failed, X told Reuters.", "Deputy Prime Minister and Minister of Foreign Affairs X calls for…"
        opens = match.start() == 0 or sentence[: match.start()].endswith(", ") or _an_office(sentence[: match.start()])
        if not opens or re.fullmatch(PRONOUN, match.group("who"), re.IGNORECASE):
            continue
        text, speakers, known = context.text, context.speakers, context.known_organisations
        if person := person_in(undot(match.group("who")), start, text, speakers, known, "last"):
            return person
    return ""
