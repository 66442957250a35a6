"""An organisation's names: the known ones and what they go by, what a name looks like, where it stops, its acronym.

The bottom of the package: every other module of it may import from this one, which imports none of them.
"""

import functools
import re

from ..normalise import fold
from ..officials import country_in

# --- The organisations we know, by every name they go by

# Every document is about the Kimberley Process: in an organisation's name those words tell nothing apart, so
# "the Civil Society Coalition on the Kimberley Process" and "the civil society coalition" name the KP CSC.
KP_WORDS = re.compile(
    r"\s*\b(?:(?:of|on|for|in|to|du|de|des|sur)\s+)?(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?"
    r"|processus\s+de\s+kimberley|certification\s+scheme|kpcs|kp|pk)\b\s*(?:\(\s*(?:kpcs|kp|pk)\s*\))?\s*",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "les", "et", "pour", "&"}


_FORMERLY = re.compile(r"^(?:formerly|ex-|anciennement)\s+", re.IGNORECASE)


def acronym_like(name: str) -> bool:
    """ "ZELA", "KP CSC", "WDC": short, and every word written mostly in capitals."""
    words = name.split()
    return len(name) <= 15 and all(sum(char.isupper() for char in word) >= max(2, len(word) // 2) for word in words)


def _capitals(name: str) -> bool:
    return len(name) >= 4 and name.isupper() and " " not in name


def name_variants(name: str) -> list[str]:
    """The names one organisation's name stands for, the usual one first.

    "Zimbabwe Environmental Law Association (ZELA)" is also "Zimbabwe Environmental Law Association" and
    "ZELA"; "IMPACT (formerly Partnership Africa Canada)" also "IMPACT" and "Partnership Africa Canada";
    "RELUFA (Réseau de Lutte contre la Faim)" also both halves. A bracket that describes rather than names
    ("70 NGOs (joint statement)") is part of the name only.
    """
    name = " ".join(name.split())
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    if not match:
        return [name] if name else []
    base, inner = match.groups()
    if _FORMERLY.match(inner):
        return [base, _FORMERLY.sub("", inner), name]
    if acronym_like(inner) or (acronym_like(base) and len(inner.split()) > 1 and "," not in inner):
        return [base, inner, name]
    return [name]


@functools.cache
def _known(entries: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    """Each entry as (canonical name, pattern), by every name it stands for (``name_variants``); a name also
    matches without the words "Kimberley Process", and one of three words or more by its initials ("DDI")."""
    compiled = []
    for entry in entries:
        names = name_variants(entry)
        if not names:
            continue
        names += [core for name in names if (core := " ".join(KP_WORDS.sub(" ", name).split())) != name]
        names = [name for name in names if name]
        # "IMPACT", "IPIS": a name written in capitals is that name only in capitals ("development impact" is not).
        for group, flags in (
            ([n for n in names if not _capitals(n)], re.IGNORECASE),
            ([n for n in names if _capitals(n)], 0),
        ):
            if group:
                alternatives = "|".join(r"[\s-]+".join(map(re.escape, name.split())) for name in dict.fromkeys(group))
                compiled.append((names[0], re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)))
        # By the initials of any of its names: "PAC" for "IMPACT (formerly Partnership Africa Canada)".
        for name in names:
            words = [word for word in re.split(r"[\s-]+", name) if word.lower() not in _SMALL_WORDS]
            if len(words) >= 3 and all(word[:1].isalpha() for word in words):
                letters = "".join(word[0] for word in words).upper()
                compiled.append((names[0], re.compile(rf"(?<![\w-]){letters}(?![\w-])")))
    return compiled


def known_patterns(known_organisations=()) -> list[tuple[str, re.Pattern]]:
    """The known organisations as (canonical name, pattern), as ``_known`` compiles them once for each list."""
    return _known(tuple(known_organisations))


def first_known(text: str, known: list[tuple[str, re.Pattern]]) -> str:
    best = None
    for name, pattern in known:
        if (match := pattern.search(text)) and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else ""


def looks_like_organisation(name: str, known_organisations=()) -> bool:
    return bool(ORG_WORDS.search(name) or first_known(name, _known(tuple(known_organisations))))


# --- What a name looks like, and where it stops

ORG_WORDS = re.compile(
    r"\b(?:coalition|council|network|association|institute|institut|ministry|minist[èe]re|government|gouvernement"
    r"|organi[sz]ation|alliance|committee|comit[ée]|secretariat|secr[ée]tariat|commission|federation|f[ée]d[ée]ration"
    r"|union|foundation|fondation|cent(?:re|er)|society|soci[ée]t[ée]|partnership|partenariat|r[ée]seau|programme"
    r"|program|initiative"
    r"|agency|agence|office|chamber|chambre|board|forum|group|groupe|trust|watch|witness|process|processus"
    r"|observatoire|plateforme|platform|ong|ngo|mission|department|d[ée]partement|embassy|ambassade|affairs"
    r"|d[ée]l[ée]gation|delegation"
    # "Amnesty International", "Medico International": a name ending in the word.
    r"|international(?![ \t]+\w))\b",
    re.IGNORECASE,
)

# A newspaper or a news agency reports others' statements: its own name never issues one.
OUTLET_WORDS = (
    r"herald|times|news|post|tribune|gazette|journal|magazine|radio|television|daily|chronicle|guardian|mail"
    r"|standard|observer|reuters|afp|xinhua|bloomberg|press\s+agency|agence\s+france|associated\s+press|newsday"
    r"|presse|quotidien|hebdomadaire"
)
# National news agencies, by the acronyms their dispatches are signed with ("Source: GNA"); in capitals only.
_AGENCIES = r"GNA|APA|ACP|ANP|PANA|APS|AIP|NAN|KUNA|WAM|TASS|IANS|PTI|ANI|SAPA|ANGOP|ZIANA|BOPA|NAMPA|IRIN"
NEWS_OUTLET = re.compile(rf"\b(?:{OUTLET_WORDS}|(?-i:{_AGENCIES}))\b", re.IGNORECASE)

ARTICLE = re.compile(r"^(?:the|le|la|l['’])\s*(?=[A-ZÀ-Ý])", re.IGNORECASE)


def name_cased(line: str) -> bool:
    """ "Permanent Mission of the Russian Federation": every word of four letters or more is capitalised, as in a
    name, not a headline's "Global Witness’s exit from The Kimberley Process"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return bool(words) and all(word[0].isupper() for word in words if len(word) >= 4 or word[0].isupper())


# Where an organisation name stops: "Statement by X on the 2019 plenary", "X – 22 November 2019".
_ORG_END = re.compile(
    r"\s+(?:on|at|to|regarding|concerning|about|ahead|following|after|sur|à|au|concernant|suite|lors|avant|après)\s"
    r"|\s*[|–—:(]|\s+-\s|\s*\d{1,2}\s+\w+\s+\d{4}|,",
    re.IGNORECASE,
)


# "l'ONG Justice Minière", "the NGO Mines Watch": what the article's noun calls the organisation, not its name.
_ARTICLE_AND_NGO = re.compile(r"^(?:(?:the|la|le|les)\s+|l['’]\s*)?(?P<ngo>(?-i:(?:ONG|NGO)\s+(?=[A-ZÀ-Ý])))?", re.I)


# "Mines Watch Network and" its members: the small words a name cannot end with.
_DANGLING_WORDS = re.compile(r"(?:\s+(?:and|of|for|on|the|et|de|du|des|pour|&))+$", re.IGNORECASE)


# What a way sometimes takes for a name and no organisation is called: a headline ("Kimberley Process Must Expel
# Venezuela"), a phrase ("A report", "Coalition members", "Review Mission Report and"), a person ("Laura G. Ross").
_HEADLINE_VERB = re.compile(
    r"\b(?:must|should|shall|will|would|cannot|can't|is|are|was|were|has|have|calls|comes|says|said|urges|wants"
    r"|warns|resists|rejects|doit|doivent|sont|appelle|demande)\b",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"^(?:a|an|un|une|des|some|several|plusieurs)\s", re.IGNORECASE)
# What a report calls those who speak, not their name: "say the NGOs", "selon les ONG".
# A kind of body alone names none: "NGOs", "Communiqué du Gouvernement", "the Ministry" (whose, the text says).
_KIND_OF_BODY = re.compile(
    r"^(?:(?:the|le|la|l['’])\s*)?(?:ngos?|ongs?|les\s+ong|groups?|organi[sz]ations?|government|gouvernement|ministry"
    r"|minist[èe]re|embassy|ambassade|delegation|d[ée]l[ée]gation|department|d[ée]partement|presidency|pr[ée]sidence)$",
    re.IGNORECASE,
)
_PEOPLE_ENDING = re.compile(
    r"\s(?:members|campaigners|participants|delegates|officials|activists|observers|experts|sources|membres)$",
    re.IGNORECASE,
)
_PERSON_WITH_INITIAL = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-Z]\.)+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+$")
# "Zimbabwe Local Government and Public Works Minister": an official's title, not the "Office of the President".
_TITLE_ENDING = re.compile(
    r"(?<!\bthe)(?<!\bof)\s(?:minister|president|secretary|director|ambassador|chair(?:man|woman|person)?|spokes\w+"
    r"|ministre|pr[ée]sident|secr[ée]taire|directeur|directrice|ambassadeur)$",
    re.IGNORECASE,
)


_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ-]+(?:['’][A-ZÀ-Ý][a-zà-ÿ-]+)?"  # "Gardner", "O’Brien"; not "Council’s"
# An official's title before a person's name: "Foreign Affairs Minister Julie Bishop", "le ministre Didier Reynders".
# The person, not their office: whose official they are, the text says if anything.
_TITLE_AND_PERSON = re.compile(
    r"\b(?i:minister|president|secretary|director|ambassador|chair(?:man|woman|person)?|spokes\w+|ministre"
    r"|pr[ée]sident|secr[ée]taire|directeur|directrice|ambassadeur)\s+"
    rf"(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$"
)
# A sentence's connective opening it, no name's first word: "Mais tous les signataires du processus ne s…", "But the".
_CONNECTIVE = re.compile(r"^(?:but|yet|however|mais|cependant|pourtant|toutefois|donc)\s", re.IGNORECASE)


def _title_and_person(name: str) -> bool:
    match = _TITLE_AND_PERSON.search(name.strip())
    return bool(match) and not ORG_WORDS.search(match.group("person"))


# A headline's negation: "No Resolution of Kimberley Process Intersessional Meeting", "Pas d'accord à Kinshasa"; not a
# campaign's name ("No Dirty Gold").
_NEGATION = re.compile(
    r"^(?:no|not)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:of|for|on|at|in|over|yet)\b|^(?:pas\s+d['’e]|aucune?\s|sans\s)",
    re.IGNORECASE,
)
# A headline's verb after its plural subject: "Human Rights Groups Criticize…", "NGOs Slam…", "Ministers Meet…".
_PLURAL_SUBJECT_VERB = re.compile(
    r"\b(?:Groups|NGOs|Activists|Campaigners|Countries|States|Nations|Members|Ministers|Officials|Leaders|Experts"
    r"|Producers|Jewel(?:l)?ers|Dealers|Miners|Governments|Organi[sz]ations|Delegates|Participants|Observers)\s+"
    r"(?:Critici[sz]e|Review|Urge|Call|Slam|Blast|Reject|Welcome|Say|Demand|Warn|Condemn|Question|Back|Hail|Accuse"
    r"|Seek|Push|Want|Meet|Agree|Fail|Praise|Quit|Leave|Boycott|Walk|Denounce|Applaud|Oppose|Ask)\b"
)
# What names a body besides the organisation words: "U.S. Kimberley Process Authority", "KP Focal Point".
_BODY_WORDS = re.compile(r"\b(?:authority|authorities|autorit[ée]|focal\s+point|point\s+focal|chair\w*)\b", re.I)


def beside_the_kp(name: str) -> bool:
    """The Process's name with words that name no body of it or of anyone: "Kimberley Process Plenary November 6-9,
    2006", "Human Rights Groups Criticize Kimberley Process", "Members of the Kimberley Process": a headline, a
    meeting or its members, whose only organisation's word ("Process") is the Process's own."""
    rest = " ".join(KP_WORDS.sub(" ", name).split())
    if not rest or rest == " ".join(name.split()):
        return False
    return not (ORG_WORDS.search(rest) or _BODY_WORDS.search(rest) or acronym_like(rest))


# The letters after a person's name that say what they are qualified as, not whom they work for: "by Robert Weldon,
# G.G." (a graduate gemologist), "Jane Moyo, PhD", "FGA", "MBA", "Esq.".
_CREDENTIAL = re.compile(
    r"^(?:G\.?\s?G|F\.?\s?G\.?\s?A|D\.?\s?G\.?\s?A|A\.?\s?J\.?\s?P|Ph\.?\s?D|D\.?\s?Phil|M\.?\s?B\.?\s?A|M\.?\s?Sc"
    r"|M\.\s?A|B\.?\s?Sc|B\.\s?A|LL\.?\s?[BM]|C\.?\s?F\.?\s?A|C\.?\s?P\.?\s?A|[OMC]\.?\s?B\.?\s?E|Esq|Jr|Sr)\.?$"
)
# A person named with their organisation's possessive: "The World Diamond Council's Cecilia Gardner" is a person, not
# a body of the Council's as "the Council's Sanctions Committee" is.
_POSSESSIVE_PERSON = re.compile(rf"['’]s\s+(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$")


def is_credential(name: str) -> bool:
    return bool(_CREDENTIAL.match(name.strip()))


def _a_persons_name(name: str) -> bool:
    match = _POSSESSIVE_PERSON.search(name.strip())
    return bool(match) and not ORG_WORDS.search(match.group("person"))


def could_be_a_name(name: str) -> bool:
    return bool(name.strip()) and not (
        is_credential(name)
        or _a_persons_name(name)
        or _DANGLING_WORDS.search(name)
        or _INDEFINITE.match(name)
        or _KIND_OF_BODY.match(name.strip())
        or _HEADLINE_VERB.search(name)
        or _NEGATION.match(name)
        or _PLURAL_SUBJECT_VERB.search(name)
        or beside_the_kp(name)
        or _PEOPLE_ENDING.search(name)
        or _PERSON_WITH_INITIAL.match(name)
        or _TITLE_ENDING.search(name)
        or _title_and_person(name)
        or _CONNECTIVE.match(name.strip())
    )


def trim_org(value: str) -> str:
    value = _ORG_END.split(value.strip(), maxsplit=1)[0]
    value = _ARTICLE_AND_NGO.sub("", value.strip(" \"“”«»'"), count=1)
    return first_named(_DANGLING_WORDS.sub("", value.strip(" .,;:")))


def called_an_ngo(value: str) -> bool:
    """ "l'ONG Justice Minière": the name that follows is an organisation's, whatever its words."""
    return bool(_ARTICLE_AND_NGO.match(value.strip(" \"“”«»'")).group("ngo"))


# Co-issuers in one name: "Global Witness and the Diamond Fairness Network", "X; Y; Z".
_AND = re.compile(
    r"\s*;\s*|\s+(?:and|et|&)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*)?"
)
_NOT_ON_ITS_OWN = re.compile(r"^affairs$", re.IGNORECASE)


def first_named(name: str) -> str:
    """The first of several organisations named together, as a joint statement's issuer is: "Amnesty International
    and Global Witness" is Amnesty International's, but "Ministry of Mines and Energy" one ministry."""
    parts = _AND.split(name, maxsplit=1)
    if len(parts) == 2 and all(_names_one(part) for part in parts):
        return parts[0]
    return name


# A state's services are named as bodies too: "the Federal Customs Service", "the Gold Board and the Mining Authority".
_PUBLIC_BODY = re.compile(r"\b(?:service|authority|administration|directorate|bureau|inspectorate)\b", re.IGNORECASE)


def _names_one(name: str) -> bool:
    """A whole organisation's name: capitalised, and an organisation's word ("Network") or an acronym ("IMPACT")."""
    if not name[:1].isupper():
        return False
    words = [match.group(0) for match in ORG_WORDS.finditer(name) if not _NOT_ON_ITS_OWN.match(match.group(0))]
    words += _PUBLIC_BODY.findall(name)
    return (bool(words) and len(name.split()) >= 2) or acronym_like(name)


def organisation_in(piece: str, known, described: bool = False) -> str:
    """An organisation's name, whole: known, or capitalised with an organisation's word or as an acronym (any name,
    ``described`` as an organisation by the words around it); not the KP, not a newspaper."""
    org = trim_org(piece)
    if not org or not KP_WORDS.sub(" ", org).strip() or NEWS_OUTLET.search(org) or len(org.split()) > 12:
        return ""
    if is_credential(org):
        return ""
    if named := first_known(org, known):
        return named
    named_like = ORG_WORDS.search(org) or acronym_like(org) or (described and name_cased(org))
    return org if org[:1].isupper() and named_like else ""


# --- A name and its acronym

_ACRONYM_AFTER = r"\s*\(\s*(?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\s*\)"


def with_acronym(name: str, text: str, known) -> str:
    """The name as the text gives it in full: "Centre for Natural Resource Governance (CNRG)" for a heading's
    "CNRG" or for the name the text once follows with "(CNRG)". Known organisations, the KP and countries keep the
    name they were found by."""
    if not name or "(" in name or first_known(name, known) or is_country(name) or not KP_WORDS.sub("", name):
        return name
    if acronym_like(name) and " " not in name:
        whole = expansion(name, text)
    else:
        pattern = r"[\s-]+".join(map(re.escape, name.split()))
        match = re.search(rf"(?<!\w){pattern}{_ACRONYM_AFTER}", text)
        whole = f"{name} ({match.group('acronym')})" if match and acronym_like(match.group("acronym")) else ""
    return whole if whole and not first_known(whole, known) else name


def expansion(acronym: str, text: str) -> str:
    """ "Centre for Natural Resource Governance" before "(CNRG)": the words whose initials spell the acronym."""
    for match in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, match.start() - 200) : match.start()].split("\n")[-1].split()
        for count in range(2, min(len(words), 14) + 1):
            name = " ".join(words[-count:]).strip(" ,;:“”\"'")
            if name[:1].isupper() and initials(name) == acronym.upper():
                return f"{ARTICLE.sub('', name)} ({acronym})"
    return ""


def as_written(name: str, text: str) -> str:
    """A name a heading writes in capitals ("ABOUT MINES WATCH NETWORK") as the text writes it elsewhere."""
    if not name.isupper() or acronym_like(name):
        return name
    pattern = r"[\s-]+".join(map(re.escape, name.split()))
    for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
        if not match.group(0).isupper():
            return " ".join(match.group(0).split())
    return name


# A name's words as a text writes them: "Mines Watch Network", "Centre for Mining Accountability".
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&-]*|of|for|on|the|and|de|du|des|pour|et)){1,7}")


def spelt_in_text(spelling: str, text: str) -> str:
    """The organisation's name the text gives whose words run together spell ``spelling`` (an address's
    "mineswatchnetwork" for "Mines Watch Network"), with an organisation's word that may follow ("minewatch" for
    "Mine Watch Network"); not a newspaper's ("miningweekly" for "Mining Weekly")."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        for end in range(2, len(words) + 1):
            letters = re.sub(r"[^a-z0-9]", "", fold(" ".join(words[:end])))
            if not spelling.startswith(letters):
                break
            if letters == spelling and words[end - 1][:1].isupper():
                following = words[end] if end < len(words) else ""
                name = " ".join(words[: end + 1] if ORG_WORDS.fullmatch(following) else words[:end])
                if ORG_WORDS.search(name) and not NEWS_OUTLET.search(name):
                    return name
    return ""


# A body named by its parent's possessive, the parent by its kind alone: "the Council's Sanctions Committee", "the
# Commission's spokesman" after "The European Commission…": the organisation the text named in full before.
_POSSESSOR_BY_KIND = re.compile(r"^(?:the\s+)?(?P<kind>[A-Z][a-z]+)['’]s\s+\S")


def parent_named(name: str, text: str) -> str | None:
    """For a name opening with its parent's kind in the possessive, the parent as the text names it in full ("United
    Nations Security Council" for "Council's Sanctions Committee"), or "" when it names none; None for any other
    name."""
    if not (match := _POSSESSOR_BY_KIND.match(name)) or not ORG_WORDS.fullmatch(kind := match.group("kind")):
        return None
    for line in text.split("\n"):
        for run in _CAPITALISED_RUN.finditer(line):
            words = ARTICLE.sub("", run.group(0)).split()
            if kind in words[1:] and not words[0].endswith(("'s", "’s")):
                return " ".join(words[: words.index(kind, 1) + 1])
    return ""


def initials(name: str) -> str:
    words = [re.sub(r"^[dl]['’]", "", word) for word in re.split(r"[\s-]+", name)]
    return "".join(word[0] for word in words if word and word.lower() not in _SMALL_WORDS).upper()


def spells_initials(acronym: str, name: str) -> bool:
    """The acronym's capitals are initials of the name's words, in order, the first its first word's: "SiLNoRF" for
    "Sierra Leone Network on the Right to Food", "GATT-RN" for "Groupe d'appui à la traçabilité et la transparence…"."""
    words = [re.sub(r"^[dl]['’]", "", word) for word in re.split(r"[\s-]+", fold(name)) if word]
    letters = [letter for letter in fold(acronym) if letter.isalpha()]
    capitals = [fold(letter) for letter in acronym if letter.isupper()]
    if not words or not capitals or not letters or words[0][:1] != letters[0]:
        return False
    remaining = iter(word[:1] for word in words)
    return all(any(initial == capital for initial in remaining) for capital in capitals)


def is_country(name: str) -> bool:
    found = country_in(name)
    return bool(found) and found[1] == 0 and len(found[0]) >= len(name) - 4


# --- Evidence: the line that says so, cut at a word


def short(line: str, limit: int = 90) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"
