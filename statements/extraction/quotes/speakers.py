"""The person whose speech a document is: named in its heading ("Address by Tim Martin", a name under
"Opening remarks"), as the one who delivered it, or signing it below its closing thanks."""

import itertools
import re

from ..officials import country_in
from ..organisations import looks_like_organisation
from .names import ABBREVIATION_MARK, OFFICE_WORDS, TITLES, name_runs, uncapitalised, undot
from .people import CLAUSE_END, person_in, person_named, resolve
from .referents import person_named_before

# "Address by Tim Martin", "Opening Speech by Shamiso Mtisi", "The following speech was delivered by Boaz
# Hirsch", "Statement by representative of the Russian Federation Evgeny Varganov", "Discours de M. Reynders".
_SPEECH_BY = re.compile(
    r"\b(?:speech|address|remarks|statement|keynote|intervention|message|allocution|discours|d[ée]claration|mot)"
    # "Allocution d'ouverture de", "Remarks as prepared for delivery by"
    r"(?:\s+d['’](?:ouverture|introduction)|\s+de\s+(?:clôture|bienvenue))?"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?"
    r"(?:\s+(?:was|were))?(?:\s+(?:delivered|given|made|issued|released|read|prononc[ée]e?|faite?|publi[ée]e?))?"
    r"(?:\s+on\s+behalf\s+of\s+[^\n.;:!?“”«»\"]{3,80}?(?=\s+by\s))?"
    # "Remarks to the Press by Secretary Jane Roe", "Statement at the Opening Session by Jacob Thamage".
    r"(?:\s+(?:to|at|before|during|for)\s+[^\n.;:!?“”«»\"]{3,80}?(?=\s+by\s))?"
    # "Message from the KP Chair, Ms. Hilde Hardeman".
    r"\s+(?:by|of|from|de|du|d['’]|par)\s+"
    r"(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE,
)
# "South Africa's Minister of Mineral Resources, Susan Shabangu's address at the…", on one line: a heading's
# last words above it are no name ("…Intersessional Antwerp\n\nWDC President’s closing speech").
_POSSESSIVE_SPEECH = re.compile(
    r"(?P<who>(?:[A-ZÀ-Ý][\w-]*[ \t]+){1,3}[A-ZÀ-Ý][\w-]*)['’]s[ \t]+"
    r"(?:(?:opening|closing|keynote|welcome|inaugural)[ \t]+)?(?:address|speech|remarks|statement|keynote)\b"
)
# A preposition or a verb before a speech named by its speaker's possessive makes it what the text speaks of, not
# what it is: "Asked about Jane Roe’s remarks, the minister said…", "Reacting to Jane Roe’s speech, …".
_OBJECT_BEFORE = re.compile(
    r"\b(?:about|on|to|regarding|after|following|against|by|with|over|despite|in|at|criticised|criticized|praised"
    r"|welcomed|rejected|dismissed|sur|après|contre|à|au|aux)[ \t]+$",
    re.IGNORECASE,
)
# "Opening statement – Jacob Thamage", "Keynote address: Dr Jacob Thamage, KP Chair": the speaker after a dash or
# a colon, opening what follows it.
_SPEECH_THEN_NAME = re.compile(
    r"^\W*(?:(?:opening|closing|keynote|welcome|welcoming)\s+)?(?:statement|remarks|address|speech|keynote"
    r"|intervention|allocution|discours)\s*(?::|\s[–—-])\s*(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE | re.MULTILINE,
)
# "Jacob Thamage: Opening remarks at the plenary", "Dr Jacob Thamage – Keynote address": a heading opening on the
# speaker's name, and nothing but the name, before the speech's word.
_NAME_THEN_SPEECH = re.compile(
    r"^[ \t]*(?P<who>[^\W\d_][^\n,.;:!?“”«»\"–—]{2,60}?)[ \t]*(?::|[ \t][–—-])[ \t]*"
    r"(?:(?:opening|closing|keynote|welcome|welcoming|inaugural)\s+)?(?:statement|remarks|address|speech|keynote"
    r"|intervention|allocution|discours)\b",
    re.IGNORECASE | re.MULTILINE,
)
# "The chair of the Kimberley Process, Ambassador Gillan Milovanovic, delivered a conciliatory speech…". Not "X made
# the remarks at a meeting": a news report's way of pointing back at words it paraphrased, not a speech's text.
_DELIVERED_SPEECH = re.compile(
    r"(?P<who>[^\n.;:!?“”«»\"]{3,120}?)\s+(?!(?:made|makes)\s+(?:the|these|those)\s+(?i:remarks|comments|statement))"
    r"(?:delivered|delivers|gave|gives|made|makes)\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}"
    r"(?i:speech|address|keynote|remarks|statement)\b"
)
# "The following is the full text of Mr. Asscher’s address:", "Below is the text of her speech to the Congress": the
# text announced as a speech's, its speaker by a possessive (a name, or "his" or "her" for the one named above).
_TEXT_OF_SPEECH = re.compile(
    r"(?i:\b(?:following|below|here|this)\s+is\s+|^[ \t]*)(?i:the\s+)?(?i:(?:full|complete|entire)\s+)?"
    r"(?i:text)\s+of\s+(?:the\s+)?"
    r"(?:(?P<pronoun>his|her)|(?P<who>(?:[A-ZÀ-Ý][\w\u2024-]*\s+){0,3}[A-ZÀ-Ý][\w-]*)['’]s?)\s+"
    r"(?:(?:opening|closing|keynote|welcome|inaugural)\s+)?(?:speech|address|remarks|statement|keynote)\b",
    re.MULTILINE,
)
_SPEECH_HEADING = re.compile(
    r"^(?:(?:opening|closing|keynote)\s+)?(?:statement|remarks|address|speech)\s+by\s+\S", re.IGNORECASE
)
_HEADING_LINES = 30
# A heading's "Statement by…" comes within its line's first words; further in, "…issued in an official statement
# by the Minister, Jane Roe" is a report's sentence, about a statement the text is not.
_HEADING_WORDS = 10


def _opens_its_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return len(text[line_start:position].split()) < _HEADING_WORDS


_SPEECH_LINES = 8


# "PRESENTATION FOR THE MINISTER OF MINERALS AND ENERGY,\nMS PHUMZILE MLAMBO-NGCUKA": a speech heading with
# its speaker, by title and name, alone on the next line.
_SPEECH_WORD_LINE = re.compile(
    r"^(?:(?:opening|closing|keynote|welcome|welcoming)\s+)?(?:speech|address|remarks|statement|presentation"
    r"|keynote|intervention|allocution|discours)\b",
    re.IGNORECASE,
)
_TITLED_NAME_LINE = re.compile(
    r"^\s*(?P<title>[^\W\d_][\w.]*)\s+(?P<names>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*,?\s*$"
)


def _speaker_under_heading(lines: list[str], text: str, known_organisations) -> str:
    for heading, following in itertools.pairwise(lines):
        if not _SPEECH_WORD_LINE.match(heading) or not (match := _TITLED_NAME_LINE.match(uncapitalised(following))):
            continue
        if undot(match.group("title")).lower().rstrip(".") not in TITLES | {"h.e", "s.e"}:
            continue
        runs = name_runs(match.group("names").split())
        if len(runs) == 1 and len(runs[0][1]) >= 2:
            names = runs[0][1]
            if person := resolve("", names, 0, text, [], known_organisations):
                return person
    return ""


def find_speaker(text: str, known_organisations=()) -> str:
    """The person whose speech the document is: named in its first lines ("Address by Tim Martin")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if person := _speaker_under_heading(lines[:_HEADING_LINES], text, known_organisations):
        return person
    # A page's menus may push the heading down: "Statement by Barbara M. Barrett, Senior Adviser, for…".
    headings = [line for line in lines[_SPEECH_LINES:_HEADING_LINES] if _SPEECH_HEADING.match(line)]
    head = "\n".join([*lines[:_SPEECH_LINES], *headings])
    # An initial's dot ("Philip T. Reeker", "K.G. Moshashane") does not end the name.
    head = ABBREVIATION_MARK.sub("\\1\u2024", head)
    by = [match for match in _SPEECH_BY.finditer(head) if _opens_its_line(head, match.start())]
    possessives = [
        match for match in _POSSESSIVE_SPEECH.finditer(head) if not _OBJECT_BEFORE.search(head, 0, match.start())
    ]
    for match in [*by, *_DELIVERED_BY.finditer(head), *possessives]:
        # "Address by Tim Martin, Chairman", "Opening remarks by the KP Chair, Mr. Jacob Thamage"
        for who in CLAUSE_END.split(match.group("who"), maxsplit=2)[:2]:
            for title, names in reversed(name_runs(undot(who).split())):
                if names[-1].endswith(("'s", "’s")):
                    continue  # "A statement from Jane Roe’s office": her office's, not her speech
                if person := resolve(title, names, match.start(), text, [], known_organisations):
                    return undot(person)
    for match in _SPEECH_THEN_NAME.finditer(head):
        tokens = uncapitalised(undot(CLAUSE_END.split(match.group("who"), maxsplit=1)[0])).split()
        runs = name_runs(tokens)
        opens_on_a_name = runs and len(runs[0][1]) >= 2 and tokens[0] in (runs[0][0], runs[0][1][0])
        if opens_on_a_name and (person := resolve(*runs[0], match.start(), text, [], known_organisations)):
            return undot(person)
    # (Only above a salutation: "Chitando: Statement on exports" may head a news report.)
    addresses = any(_SALUTATION.match(line.strip()) for line in lines[:_HEADING_LINES])
    for match in _NAME_THEN_SPEECH.finditer(head if addresses else ""):
        tokens = uncapitalised(undot(match.group("who"))).split()
        runs = name_runs(tokens)
        only_a_name = len(runs) == 1 and len(runs[0][1]) >= 2 and len(runs[0][1]) + bool(runs[0][0]) == len(tokens)
        if only_a_name and (person := resolve(*runs[0], match.start(), text, [], known_organisations)):
            return undot(person)
    for match in _DELIVERED_SPEECH.finditer(head):
        # "Wei Chuanzhong, deputy director of the General Administration of Quality Supervision, …, made the
        # remarks": the subject comes first, an office's capitalised words after it.
        if person := person_named(match.group("who"), match.start(), text, [], known_organisations, pick="first"):
            return undot(person)
    for match in _TEXT_OF_SPEECH.finditer(head):
        if match["pronoun"]:
            person = person_named_before(head, match.start(), known_organisations)
        else:
            person = person_in(undot(match["who"]), match.start(), text, [], known_organisations, "last")
        if person:
            return undot(person)
    return (
        _name_line_under_heading(lines[:_HEADING_LINES], text, known_organisations)
        or _name_line_above_salutation(lines[:_HEADING_LINES], text, known_organisations)
        or _signed_after_thanks(lines, text, known_organisations)
        or _introduces_themself(lines[:_HEADING_LINES], text, known_organisations)
    )


# The speaker introducing themself in the text's own words: "My name is Harrison Mitchell and I work on…", « Je
# m'appelle Jean Mbala ».
_MY_NAME_IS = re.compile(
    r"\b(?:my\s+name\s+is|je\s+m['’]appelle|mon\s+nom\s+est)\s+(?P<who>[^\n,.;:!?“”«»\"]{3,80})", re.IGNORECASE
)
_QUOTATION_MARK = re.compile(r"[“”«»\"]")


def _introduces_themself(lines: list[str], text: str, known_organisations) -> str:
    """The one the text's first lines say "my name is" of, in its own voice: not inside a quotation (a news report
    quoting someone's "My name is…" reports them)."""
    for line in lines:
        match = _MY_NAME_IS.search(line)
        if not match or _QUOTATION_MARK.search(line, 0, match.start()):
            continue
        runs = name_runs(uncapitalised(undot(match.group("who"))).split())
        opens = runs and len(runs[0][1]) >= 2 and match.group("who").split()[0] in (runs[0][0], runs[0][1][0])
        if opens and (person := resolve(*runs[0], match.start(), text, [], known_organisations)):
            return undot(person)
    return ""


# A speech's closing words, on a line of their own: "Thank you.", "I thank you for your attention.", « Je vous
# remercie. »
_THANKS = re.compile(
    r"^\W*(?:(?:i\s+)?thank\s+you|thanks|je\s+vous\s+remercie|nous\s+vous\s+remercions|merci)\b[^\n]{0,60}$",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 3  # the name within the lines right after the thanks
_CLOSING_LINES = 8  # and the thanks among the text's last lines


def _signed_after_thanks(lines: list[str], text: str, known_organisations) -> str:
    """ "Thank you.\n\nShamiso Mtisi\nCoordinator, KP Civil Society Coalition": the speaker who signs the speech's
    last lines, by a name alone on its line with the office beside or below it (or a title before it)."""
    if not _opens_like_a_speech(lines[:_HEADING_LINES]):
        return ""
    closing = lines[-_CLOSING_LINES:]
    thanks = [index for index, line in enumerate(closing) if _THANKS.match(line.strip())]
    if not thanks:
        return ""
    after = [*closing[thanks[-1] + 1 :], ""]
    for index, line in enumerate(after[:_SIGNATURE_LINES]):
        name, _, office = ABBREVIATION_MARK.sub("\\1\u2024", line.strip()).partition(",")
        tokens = uncapitalised(undot(name)).split()
        runs = name_runs(tokens)
        if len(runs) != 1 or len(runs[0][1]) < 2 or len(runs[0][1]) + bool(runs[0][0]) != len(tokens):
            continue
        if runs[0][0] or names_an_office(office or after[index + 1], known_organisations):
            return undot(resolve(*runs[0], len(text), text, [], known_organisations))
    return ""


# How a speech addresses its audience: "Chair,", "Excellencies, ladies and gentlemen,", « Monsieur le Président, ».
# The line ends with a comma or a colon, as a salutation does: "President Moyo opens KP plenary" is a headline.
_SALUTATION = re.compile(
    r"^\W*(?:(?:mr\.?|mister|madam|madame|monsieur)\s+(?:the\s+|le\s+|la\s+)?)?(?:chair(?:man|person|woman)?"
    r"|president|pr[ée]sidente?|excellenc(?:y|ies)|your\s+excellenc(?:y|ies)|ladies|distinguished|dear|honou?rable|colleagues"
    r"|mesdames|messieurs|chers|ch[èe]res|honorables?)\b[^\n]*[,:]$",
    re.IGNORECASE,
)


# A paragraph opening on the address: "Mr Chair, distinguished delegates, the coalition is concerned…", "Thank you,
# Madam Chair.", « Mesdames et Messieurs, … ».
_ADDRESS_OPENING = re.compile(
    r"^\W*(?:thank\s+you,?\s+)?(?:(?:mr\.?|madam|madame|monsieur)\s+(?:the\s+|le\s+|la\s+)?(?:kp\s+)?"
    r"(?:chair(?:man|person|woman)?|president|pr[ée]sidente?)|excellencies|distinguished\s+(?:delegates|guests|participants)"
    r"|ladies\s+and\s+gentlemen|mesdames(?:\s+et)?\s+messieurs)\s*[,.!]",
    re.IGNORECASE,
)


def _opens_like_a_speech(lines: list[str]) -> bool:
    """A heading naming a speech ("Opening statement", "Intervention") or a line addressing the audience."""
    return any(
        _SPEECH_WORD_LINE.match(line.strip()) or _SALUTATION.match(line.strip()) or _ADDRESS_OPENING.match(line)
        for line in lines
    )


def names_an_office(line: str, known_organisations) -> bool:
    """ "Coordinator, KP Civil Society Coalition", "Ministre des Mines", "European Commissioner for Trade"."""
    words = [word.strip(",.;:").lower() for word in line.split()[:3]]
    if any(word in OFFICE_WORDS or word in TITLES for word in words):
        return True
    return bool(line.strip()) and (looks_like_organisation(line, known_organisations) or bool(country_in(line)))


# A speech's heading line giving only who delivered it: "Delivered by: His Excellency Amara Okonkwo, Ambassador",
# "As delivered by Ambassador Jane Roe".
_DELIVERED_BY = re.compile(
    r"^\W*(?:as\s+)?(?:delivered|presented|read|prononc[ée]e?)\s+(?:by|par)\s*:?\s*(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE | re.MULTILINE,
)


_LINES_ABOVE_SALUTATION = 3
_DATE_LINE = re.compile(r"^\W*(?:\d{1,2}\s+)?[A-ZÀ-Ý][a-zé]+\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?\W*$")


def _name_line_above_salutation(lines: list[str], text: str, known_organisations) -> str:
    """ "Ahmed bin Sulayem\nMay 20\nYour Excellencies, distinguished guests, colleagues,": a name and nothing else on
    a line just above the salutation opening a speech (not "Dear…", which opens a letter)."""
    for index, line in enumerate(lines):
        if not _SALUTATION.match(line.strip()) or line.strip().lower().startswith("dear"):
            continue
        for above in reversed(lines[max(0, index - _LINES_ABOVE_SALUTATION) : index]):
            if _DATE_LINE.match(above):
                continue  # "May 20", "12 May 2025": the day it was given, between the name and the salutation
            if above.rstrip().endswith((",", ":", ";")):
                return ""  # "Eli Izakhoff,": one of those addressed, on a line of the salutation
            tokens = uncapitalised(undot(ABBREVIATION_MARK.sub("\\1\u2024", above.strip()))).split()
            runs = name_runs(tokens)
            if len(runs) == 1 and 2 <= len(runs[0][1]) <= 4 and len(runs[0][1]) + bool(runs[0][0]) == len(tokens):
                return undot(resolve(*runs[0], 0, text, [], known_organisations))
            return ""  # "Eli Izakhoff," addressed, "Select Page" far above: no name line right above it
        return ""
    return ""


def _name_line_under_heading(lines: list[str], text: str, known_organisations) -> str:
    """ "Opening Remarks by the KP Chair\n\nAMARA OKONKWO": a speech heading naming an office, and on the line
    below it a name and nothing else."""
    for heading, following in itertools.pairwise(lines):
        if not _SPEECH_WORD_LINE.match(heading.strip()):
            continue
        if following.rstrip().endswith((",", ":")):
            continue  # "Madam Chair,": the audience addressed, not a name
        tokens = uncapitalised(following.strip()).split()
        runs = name_runs(tokens)
        if len(runs) == 1 and 2 <= len(runs[0][1]) == len(tokens) <= 4:
            return resolve("", runs[0][1], 0, text, [], known_organisations)
    return ""
