"""The issuer as the subject of the opening: "The watchdog X said on Tuesday…", "La CECIDE salue…", "Le ministère des
Mines de la RDC a annoncé…", "The Embassy of Japan in Harare announced…"; a state's own office for the Process; a
headline's "X: …"; a government speaking through its officials; the UN's General Assembly or Security Council acting.
"""

import re

from ..normalise import fold
from ..officials import countries_in, country_in, country_label, english_name
from .naming import (
    KP_WORDS,
    NEWS_OUTLET,
    ORG_WORDS,
    acronym_like,
    called_an_ngo,
    expansion,
    first_known,
    first_named,
    is_country,
    name_cased,
    organisation_in,
    short,
    spells_initials,
)
from .parliaments import PARTY_TURN
from .phrases import (
    ACRONYM,
    ACTING_VERBS,
    BEFORE_SUBJECT,
    FRENCH_DESCRIBER,
    FRENCH_HEAD,
    HEADER_LINES,
    HEADLINE_LINES,
    MONTHS,
    ORG_NAME_FR_OR_EN,
    PERSON_NAME,
    RUNS_ON,
    SENTENCE_END,
    SUBJECT_VERBS,
    WEEKDAYS,
    WHEN,
    org_group,
)

# --- An organisation as the subject of the first sentences

# Between the name and its verb, what it is: "X, a coalition of 30 groups, today called…", "X, a London-based
# watchdog, said…", "l'ONG X, basée à Londres, a dénoncé…"; or whom it speaks through: "The Ministry of Natural
# Resources, through the Commissioner of Mines, has refuted…", "le ministère, par la voix de son directeur, a…"; in
# what capacity it acts: "The European Commission, as Chair of the Kimberley Process, is hosting…"; or with whom,
# the first-named speaking for all: "X, together with 12 partner organisations, today called…".
_APPOSITION = (
    r"(?:\s*,\s+(?P<apposition>(?:a|an|the|which|who|un|une|qui|in|dans|through|par\s+la\s+voix|as|en\s+tant\s+que"
    r"|together\s+with|along\s+with|jointly\s+with|avec|aux\s+c[ôo]t[ée]s\s+d[eu]|based|bas[ée]e?s?"
    r"|founded|fond[ée]e?s?|created"
    r"|cr[ée]{2}e?s?|set\s+up|headquartered|established|implant[ée]e?s?)\s[^,\n]{3,120}),)?"
)
# What a news report calls an organisation before its name: "the watchdog Global Witness", "London-based campaign
# group X", "NGO X slams…", "l'ONG britannique X". Generic words in lower case ("the coalition X"): in capitals they
# begin a name ("the Coalition for…").
_DESCRIBER = (
    r"(?:[Ww]atchdog|[Cc]ampaign(?:ing)?\s+group|(?:[Hh]uman\s+)?[Rr]ights\s+(?:group|organi[sz]ation|watchdog)"
    r"|[Pp]ressure\s+group|[Aa]dvocacy\s+group|[Ll]obby(?:ing)?\s+group|[Aa]ctivist\s+group|[Cc]harity"
    r"|[Tt]hink[\s-]?tank|[Nn]on-?profit(?:\s+organi[sz]ation)?|[Nn]on-?governmental\s+organi[sz]ation|[Ii]ndustry"
    r"\s+(?:body|group|association)|[Tt]rade\s+body|[Cc]ampaigners|NGO|coalition|organi[sz]ation|association|alliance"
    r"|network|group)"
)

_DESCRIPTOR = (
    r"(?P<descriptor>(?:(?:[A-ZÀ-Ý][\w.]*[ \t])?[A-ZÀ-Ý][\w.]*-based[ \t]+)?(?:(?:(?:[\w’'-]+[ \t]+){0,3}?"
    rf"(?P<describer>{_DESCRIBER})|(?P<french_describer>{FRENCH_DESCRIBER})(?:[ \t]+(?!(?:{SUBJECT_VERBS}|que|qui"
    r"|dont|dit)\b)(?:[a-zà-ÿ][\w’'-]*|d['’][\w-]+|l['’][\w-]+)){0,6}?)[ \t]+(?:the[ \t]+)?)?)"
)
# When it spoke, between its name and its verb: "The X Network (XN) on Monday welcomed…".
_SAID_WHEN = rf"(?:\s*,?\s+{WHEN})?"
# "The X and 30 other groups said…", "X et une dizaine d'autres ONG…": the first-named speaks for all.
_OTHERS = r"(?:\s+(?:and|et)\s+(?:\d+|[a-z]+|une\s+[a-z]+)\s+(?:other|autres|d['’]autres)\s+[\w-]+)?"
# In what capacity it acts, before its name: "As Kimberley Process Chair, the European Commission is hosting…".
_AS = r"(?:(?i:as|en\s+tant\s+que)\s+[^,\n]{3,80},\s+)?"
_SUBJECT = re.compile(
    rf"^{BEFORE_SUBJECT}{_AS}(?:(?i:the|la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}"
    r"(?P<org>[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|(?:of|for|and)\s+the|of|for|on|and|de|du|des|la|le|pour"
    r"|et|d['’][\w-]+"
    rf"|l['’][\w-]+|[&-])){{0,12}}{ACRONYM})"
    rf"{_OTHERS}{_APPOSITION}{_SAID_WHEN}\s*,?\s+(?:{SUBJECT_VERBS})\b"
)

_FRENCH_SUBJECT = re.compile(
    rf"^{BEFORE_SUBJECT}{_AS}(?:(?i:la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}"
    rf"(?P<org>{FRENCH_HEAD}(?:\s+[\w'’-]+){{1,12}}?{ACRONYM})"
    rf"{_OTHERS}{_APPOSITION}{_SAID_WHEN}\s*,?\s+(?:{SUBJECT_VERBS})\b"
)
# French writes a state's office in lower case too: "Le ministère des Mines de la RDC a annoncé…", "le ministère
# centrafricain des Mines et du Pétrole dénonce…", "le gouvernement ivoirien salue…". Its name is its portfolio (in
# capitals) or its country's adjective; "le gouvernement a dit" names nobody.
_FRENCH_LINK = r"(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
# "des Affaires étrangères", "des Finances publiques": a portfolio's adjective, not its verb.
_PORTFOLIO_ADJECTIVE = (
    rf"(?:\s+(?!(?:{SUBJECT_VERBS}|et|de|du|des|d['’]\w+)\b)[a-zà-ÿ][\w-]*(?:[ée]e?s?|aux|ales?|iques?))?"
)
_FRENCH_STATE_SUBJECT = re.compile(
    rf"^{BEFORE_SUBJECT}(?:(?i:le)\s+|(?i:l)['’]\s*)"
    r"(?P<org>(?P<head>minist[èe]re|gouvernement)(?:\s+(?P<adjective>[a-zà-ÿ][\w-]*))??"
    # "des Mines et de la Géologie", or as the press writes it too, "des mines et de la géologie"
    rf"(?P<portfolio>(?:\s+{_FRENCH_LINK}\s*(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*{_PORTFOLIO_ADJECTIVE}"
    rf"|[a-zà-ÿ][\w'’-]*))*){ACRONYM})"
    rf"\s*,?\s+(?:{SUBJECT_VERBS})\b"
)

# A name of any words, read back from the acronym in brackets after it: "The Sierra Leone Network on the Right to
# Food (SiLNoRF) has condemned…", "Le Groupe d'appui à la traçabilité et la transparence dans la gestion des
# ressources naturelles (GATT-RN) dénonce…". The acronym's capitals must spell the words' initials, in order.
_ACRONYM_SUBJECT = re.compile(
    rf"^{BEFORE_SUBJECT}{_AS}(?:(?i:the|la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}"
    # A list of its words may run on commas: "Le Centre d'expertise, d'évaluation et de certification (CEEC)…".
    r"(?P<org>[A-ZÀ-Ý][^\n,.;:()«»“”\"]{2,160}?(?:,\s+(?-i:[a-zà-ÿ])[^\n,.;:()«»“”\"]{1,60}?){0,3}"
    r"\s*\((?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\))"
    rf"{_OTHERS}{_APPOSITION}{_SAID_WHEN}\s*,?\s+(?:{SUBJECT_VERBS})\b"
)


# A state's office abroad as the subject, named with where it is: "The Embassy of Japan in Harare announced…", "The
# US Embassy in Kinshasa said…", "The Delegation of the European Union to Zimbabwe welcomed…", "L'Ambassade des
# États-Unis à Conakry a annoncé…". Its country must be among its words: "the Mission to Angola" is the Process's.
_NAME_WORD = r"[A-ZÀ-Ý][\w.'’-]*"
_OFFICE_ABROAD = re.compile(
    rf"^{BEFORE_SUBJECT}(?:(?i:the|la|le|l['’])\s*)?(?P<org>"
    rf"(?:(?:{_NAME_WORD}\s+){{0,3}}?(?:Embassy|High\s+Commission|Consulate(?:[\s-]+General)?|Delegation"
    r"|Permanent\s+Mission|Mission)(?:\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the)){{0,5}}?)?\s+(?:in|to|at)\s+(?:the\s+)?"
    rf"|(?i:ambassade|d[ée]l[ée]gation|mission\s+permanente|haut-commissariat|consulat(?:\s+g[ée]n[ée]ral)?)"
    rf"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*{_NAME_WORD}(?:\s+[a-zà-ÿ][\w'’-]*){{0,2}}?"
    r"\s+(?:à|au|aux|en|auprès\s+(?:de\s+la|de\s+l['’]|du|des|de))\s*(?:l['’]\s*|la\s+)?)"
    rf"(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}){ACRONYM})"
    rf"{_APPOSITION}{_SAID_WHEN}\s*,?\s+(?:{SUBJECT_VERBS})\b"
)


def _office_abroad(line: str) -> re.Match | None:
    match = _OFFICE_ABROAD.match(line)
    return match if match and country_in(line[match.start("org") : match.start("place")]) else None


def _acronym_subject(line: str) -> re.Match | None:
    match = _ACRONYM_SUBJECT.match(line)
    if not match:
        return None
    name = match.group("org")[: match.start("acronym") - match.start("org")].rstrip(" (")
    return match if spells_initials(match.group("acronym"), name) else None


def _acronym_tail(org: str) -> str:
    """The fewest last words of a name read back from its acronym that spell it, from a capitalised one: "The Antwerp
    diamond industry, represented by the Antwerp World Diamond Centre (AWDC), is…" is the Centre speaking."""
    name, _, acronym = org.rpartition("(")
    words = name.split()
    for start in range(len(words) - 1, 0, -1):
        tail = " ".join(words[start:])
        if tail[:1].isupper() and spells_initials(acronym.rstrip(")"), tail):
            return f"{tail} ({acronym}"
    return org


def _french_state_subject(line: str) -> re.Match | None:
    match = _FRENCH_STATE_SUBJECT.match(line)
    if not match:
        return None
    adjective = match.group("adjective")
    if adjective and not country_in(adjective):
        return None  # "le ministère chargé…": not a country's
    return match if adjective or match.group("portfolio") else None


# An official's title before a name: "Deputy Prime Minister and Minister of Foreign Affairs Didier Reynders"; a title
# of office is a person, not an organisation, with the office it heads ("The Acting Deputy Director of Mineral
# Affairs, a Senior Minerals Officer and… will join", "Le directeur des Mines a indiqué…").
_TITLE_FIRST = re.compile(
    r"(?:(?:deputy|vice|acting|prime|foreign|assistant|executive|permanent|principal|chief|senior)[\s-]+)*"
    r"(?:minister|president|ambassador|secretary|spokes\w+|commissioner|director(?:[\s-]general)?|governor"
    r"|chair(?:man|woman|person)?|coordinator|officer|ministre|pr[ée]sident|ambassad(?:eur|rice)|secr[ée]taire"
    r"|porte-parole|directeur|directrice|gouverneur|coordonnat(?:eur|rice))\b(?!\s+of\s+state\b)",
    re.IGNORECASE,
)


# "The Ministry, through its director of mines, said…": the organisation speaking through its officer; "X, as Chair of
# the KP, …": the organisation in its office, not a person's title.
_THROUGH = re.compile(r"^(?:through|par\s+la\s+voix)\b", re.IGNORECASE)
_CAPACITY = re.compile(r"^(?:as|en\s+tant\s+que)\b", re.IGNORECASE)
# "X, together with 12 partner organisations, …": whom it speaks with, not what it is.
_WITH_OTHERS = re.compile(r"^(?:(?:together|along|jointly)\s+with|avec|aux\s+c[ôo]t[ée]s)\b", re.IGNORECASE)

_CONJUNCTION_FIRST = re.compile(
    r"^(?:when|as|after|before|since|while|although|though|once|until|if|lorsque|quand|comme|apr[èe]s|avant|depuis"
    r"|si|alors|tandis)\s",
    re.IGNORECASE,
)


# "…Ministry of Mines on Friday welcomed…": the day it spoke, not part of its name.
_TRAILING_WHEN = re.compile(rf"\s+on\s+(?:{WEEKDAYS}|{MONTHS}\b.*)$", re.IGNORECASE)
# "We at the X Network are…", "We, the members of the X Coalition, call…", "Nous, membres du Réseau X, …".
_WE_AT = re.compile(
    rf"^{BEFORE_SUBJECT}(?i:we|nous)(?:\s+(?i:at|here\s+at|of|from)|,\s+(?i:the\s+members\s+of|(?:les\s+)?membres\s+"
    rf"(?:du|de\s+la|de\s+l['’]|des)))\s+{ORG_NAME_FR_OR_EN}"
)

# The opinion the lead gives as an organisation's: "For Mines Watch Network, the plenary failed.", "Pour l'ONG X, …".
_FOR_IT = re.compile(rf"^{BEFORE_SUBJECT}(?i:for|pour)\s+{ORG_NAME_FR_OR_EN},\s")


# A name in quotation marks after what it is, as the press often writes it: "L'organisme international de
# développement « Initiative diamant et développement (DDI) » a clôturé…", "The NGO “Mines Watch” said…".
_QUOTED_NAME_SUBJECT = re.compile(
    rf"^{BEFORE_SUBJECT}(?:(?i:the|la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}[«“\"]\s*(?P<org>[^«»“”\"\n]{{2,120}}?)"
    rf"\s*[»”\"]{_APPOSITION}{_SAID_WHEN}\s*,?\s+(?:{SUBJECT_VERBS})\b"
)
_QUOTED_NAME_WORDS = 12


def _quoted_name(line: str, known) -> str:
    """The organisation a sentence's subject names in quotation marks, when the words before them say what it is."""
    match = _QUOTED_NAME_SUBJECT.match(line)
    if not match or not (match.group("describer") or match.group("french_describer")):
        return ""
    name = match.group("org").strip()
    if named := first_known(name, known):
        return named
    return name if name[:1].isupper() and len(name.split()) <= _QUOTED_NAME_WORDS else ""


def _called_an_ngo(match: re.Match, known) -> str:
    name = org_group(match)
    return organisation_in(name, known, described=True) if called_an_ngo(name) else ""


def subject_line(lines: list[str], known) -> tuple[int, str, str] | None:
    """An organisation that is the subject of one of the first sentences of the body: (its line, the
    organisation, why)."""
    for index, line in enumerate(lines[:HEADER_LINES]):
        if PARTY_TURN.match(line):
            return None  # a debate's record: the bodies the member's speech names below are what it is about
        for pattern in (_WE_AT, _FOR_IT):
            if (found := pattern.match(line)) and (
                org := organisation_in(org_group(found), known) or _called_an_ngo(found, known)
            ):
                return index, org, f"first sentence: “{short(line)}”"
        if org := _quoted_name(line, known):
            return index, org, f"first sentence: “{short(line)}”"
        match = (
            _office_abroad(line)
            or _SUBJECT.match(line)
            or _FRENCH_SUBJECT.match(line)
            or _french_state_subject(line)
            or _acronym_subject(line)
        )
        if not match or (index and RUNS_ON.search(lines[index - 1])):
            continue  # a hard-wrapped line ("…the Center for Research and" / "Development (CRD), a…") runs on
        org = _TRAILING_WHEN.sub("", first_named(" ".join(match.group("org").split())))
        if match.re is _ACRONYM_SUBJECT:
            org = _acronym_tail(org)
        org = org[:1].upper() + org[1:]
        if not KP_WORDS.sub(" ", org).strip():
            continue  # "The Kimberley Process has…": what the text is about, not who wrote it
        if _CONJUNCTION_FIRST.match(org):
            continue  # "Lorsque Global Witness a quitté le PK, …": another clause's subject, before the sentence's
        if _TITLE_FIRST.match(org) or NEWS_OUTLET.search(org):
            continue  # "Minister of Foreign Affairs Didier Reynders welcomes…": an official, whose government speaks
        apposition = match.groupdict().get("apposition") or ""
        if _ROLE_OF.match(apposition) and not _THROUGH.match(apposition) and not _CAPACITY.match(apposition):
            continue  # "Jane Moyo, a spokeswoman for the X Network, said…": a person, whose organisation speaks
        if _PASSIVE.match(line, match.end("org")):
            continue  # "HRW criticised by the minister": the organisation is what the text is about
        if _HISTORY.match(line) and _FOUNDED.match(line, match.end("org")):
            continue  # "On January 1, 2003, the KPCS was launched.": a history's background, not a voice
        if _hosts_a_kp_meeting(line, match.end("org")):
            continue  # "L'Union européenne a organisé… la plénière du processus de Kimberley": its host, not its voice
        named = first_known(org, known)
        # "The Republic of Congo (Brazzaville) has halted…": a place in brackets is no acronym; the state is its own.
        acronym = match.group("acronym") or ""
        if acronym and not acronym_like(acronym) and is_country(org[: org.rfind("(")].strip()):
            continue
        named_like = acronym or ORG_WORDS.search(org) or _COMMUNITY.search(org)
        if named or (named_like and len(org.split()) >= 2):
            return index, named or org, f"first sentence: “{short(line)}”"
        if _described_as_organisation(match) and name_cased(org) and not is_country(org) and not _PRONOUN.match(org):
            return index, org, f"first sentence: “{short(line)}”"
    return None


# Organising or hosting a KP meeting, in the sentence's own clause: "L'Union européenne a organisé, du 12 au 16
# novembre, les travaux de la plénière du processus de Kimberley", "Botswana hosted the KP intersessional meeting".
# The meeting's host is who organised it (the ``organiser`` way, trusted last), not who reports on it.
_HOSTED = re.compile(
    r"[^.;]{0,40}?\b(?:a\s+organis[ée]|a\s+accueilli|a\s+abrit[ée]|organi[sz]ed|organi[sz]es|hosted|hosts|accueille"
    r"|abrite)\b(?P<what>[^.;]{0,160})",
    re.IGNORECASE,
)
_MEETING = re.compile(r"\b(?:plenary|intersessional|pl[ée]ni[èe]re|intersession|meeting|r[ée]union)\b", re.I)


def _hosts_a_kp_meeting(line: str, position: int) -> bool:
    hosted = _HOSTED.match(line, position)
    return bool(hosted) and bool(_MEETING.search(hosted.group("what"))) and bool(KP_WORDS.search(hosted.group("what")))


# A states' community: "the European Community", "the Southern African Development Community", "the Economic
# Community of West African States"; not "the diamond community", in lower case.
_COMMUNITY = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,5}Community$|^(?:[A-Z][\w'’-]*\s+){0,3}Community\s+of\s+[A-Z]")


# "X is deeply concerned by…", "X se dit préoccupé par…": how the speaker feels, not what others do to it.
_FEELING = (
    r"(?:concerned|disappointed|alarmed|dismayed|saddened|encouraged|pleased|delighted|troubled|worried|shocked"
    r"|outraged|appalled|heartened|frustrated|pr[ée]occup[ée]e?s?|d[ée][çc]ue?s?|indign[ée]e?s?|satisfaite?s?)"
)
_CHOSEN = (
    r"(?:designated|appointed|elected|named|chosen|selected|nominated|admitted|readmitted|suspended|expelled"
    r"|d[ée]sign[ée]e?s?|nomm[ée]e?s?|[ée]lue?s?|choisie?s?|s[ée]lectionn[ée]e?s?|admise?s?|r[ée]admise?s?"
    r"|suspendue?s?|exclue?s?)"
)
# "HRW criticised by the minister", "Global Witness was accused by…", "l'ONG, critiquée par le ministre": the name
# is the object of what others do, not the speaker.
_PASSIVE = re.compile(
    r"(?:\s*\([^()\n]{1,15}\))?(?:\s*,[^,\n]{3,120},)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been"
    r"|being|been|est|sont|[ée]tait|[ée]taient|sera|seront|(?:a|ont|avait|avaient)\s+[ée]t[ée])\s+)?"
    rf"(?:[a-z]+ly\s+|vivement\s+|publiquement\s+)?(?!{_FEELING}\b)[a-zà-ÿ]+(?:ed|en|wn|[ée]e?s?|ie?s?|ue?s?|ite?s?)\s+"
    r"(?:by|par)\s"
    # Chosen, named or admitted: "The European Union (EU) was designated to chair…", "X a été élue à la
    # vice-présidence": what the Process or others did to the subject, whoever announces it.
    rf"|(?:\s*,[^,\n]{{3,120}},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|(?:a|ont|avait|avaient)\s+[ée]t[ée])"
    rf"\s+(?:[a-z]+ly\s+|officiellement\s+)?{_CHOSEN}\b"
    # A headline's founding: "X officially launched in Luanda", "X lancée à Luanda": the name is what was founded.
    r"|\s+(?:[a-z]+ly\s+|officiellement\s+)?(?:launched|founded|created|established|inaugurated|set\s+up|lanc[ée]e?"
    r"|cr[ée]{2}e?|fond[ée]e?|inaugur[ée]e?)\s+(?:in|at|à|au|en)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# A body's founding told as history, its year first: "On January 1, 2003, the Kimberley Process Certification Scheme
# (KPCS) was launched.", "In 2000, the World Diamond Council was created", « En 2003, le SCPK a été mis en place »: the
# name is what was set up long ago, not who speaks. News of the founding ("The X was officially set up Saturday"), whose
# founding declaration is its voice, names no year before it.
_HISTORY = re.compile(
    rf"^(?:on|in|en|le|au)\s+(?:(?:early|late|mid-?|d[ée]but|fin)\s+)?(?:{MONTHS}\s+)?(?:\d{{1,2}}(?:er)?,?\s+)?"
    rf"(?:{MONTHS}\s+)?\d{{4}},\s",
    re.IGNORECASE,
)
_FOUNDED = re.compile(
    r"(?:\s*\([^()\n]{1,15}\))?(?:\s*,[^,\n]{3,120},)?\s+(?:was|were|has\s+been|had\s+been|(?:a|avait)\s+[ée]t[ée])"
    r"\s+(?:[a-z]+ly\s+|officiellement\s+)?(?:launched|founded|created|established|inaugurated|set\s+up|lanc[ée]e?"
    r"|cr[ée]{2}e?|fond[ée]e?|inaugur[ée]e?|mise?\s+en\s+place)\b",
    re.IGNORECASE,
)
# "a spokeswoman for the X Network", "director of X", "le porte-parole du Réseau X": a title in an organisation.
_ROLE_OF = re.compile(
    r"^(?:(?:a|an|the|le|la|l['’])\s*)?(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|porte-parole|director"
    r"|directeur|directrice|coordinator|coordonnat(?:eur|rice)|president|pr[ée]sidente?|chair(?:man|woman|person)?"
    r"|head|chief|campaigner|researcher|chercheu(?:r|se)|official|representative|repr[ée]sentante?|secretary"
    r"|secr[ée]taire|officer|founder|fondat(?:eur|rice)|member|membre|lawyer|analyst|expert)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|for|at|with|du|de|des|d['’])",
    re.IGNORECASE,
)
# "We, the undersigned organisations, call…": who speaks, not a name.
_PRONOUN = re.compile(
    r"^(?:we|they|it|he|she|this|that|these|those|our|their|nous|ils|elles|il|elle|on|ce|cette|ces|notre|leur)$",
    re.IGNORECASE,
)
# What a news report's apposition calls an organisation: "X, a London-based watchdog, said…".
_ORGANISATION_NOUN = re.compile(
    r"\b(?:watchdog|ngo|ong|non-?profit|charity|coalition|network|association|alliance|group|organi[sz]ation"
    r"|think[\s-]?tank|campaign|body|r[ée]seau|collectif|plate-?forme|fondation|foundation|organisme|institute)s?\b",
    re.IGNORECASE,
)


def _described_as_organisation(match: re.Match) -> bool:
    """The words around a subject's name say it is an organisation: "the watchdog X", "X, a London-based NGO,"."""
    groups = match.groupdict()
    apposition = groups.get("apposition") or ""
    if _CAPACITY.match(apposition) or _WITH_OTHERS.match(apposition):
        apposition = ""  # "Jane Moyo, as head of the organisation, said…": a person's office, not what the name is
    return bool(groups.get("describer") or groups.get("french_describer") or _ORGANISATION_NOUN.search(apposition))


# --- The Process's civil society speaking as one

# Civil society in the Process speaks through its coalition: "The civil society stakeholders of the Kimberley Process,
# who boycotted the plenary, issued a statement…", "a coalition of civil society groups said…", "la coalition de la
# société civile du Processus de Kimberley dénonce…". Not "civil society groups said" alone (anyone's), nor civil
# society as what others do something to.
_IN_THE_KP = (
    r"(?:of|in|at|within|on|du|au\s+sein\s+du|dans\s+le)\s+(?:the\s+)?"
    r"(?:kimberley\s+process|kp|processus\s+de\s+kimberley|pk)"
)
_CIVIL_SOCIETY = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?…]\s)|(?<=,\s))(?i:the\s+|a\s+|la\s+|les\s+)?"
    r"(?:(?i:civil[\s-]society\s+coalition|coalition\s+of\s+civil[\s-]society\s+(?:groups|organi[sz]ations|ngos)"
    r"|coalition\s+de\s+la\s+soci[ée]t[ée]\s+civile)(?:\s+(?i:" + _IN_THE_KP + r"))?"
    r"|(?i:civil[\s-]society\s+(?:stakeholders|representatives|members|groups|organi[sz]ations)|soci[ée]t[ée]\s+civile)"
    r"\s+(?i:" + _IN_THE_KP + r")"
    # The Process's name before it: "The KP Civil Society further wants…", "Kimberley Process civil society said…".
    r"|(?i:(?:kimberley\s+process|kpcs|kp)\s+civil[\s-]society)(?!\s+(?i:coalition|groups?|organi[sz]ations?)\b))"
    r"(?:\s*,\s+(?i:who|which|qui)\s[^.;\n]{3,200}?,)?\s+(?i:today\s+|yesterday\s+|on\s+\w+day\s+)?"
    r"(?i:further\s+|also\s+|now\s+|still\s+|again\s+)?"
    rf"(?i:{ACTING_VERBS}|wants|has\s+(?:said|called|issued|warned|urged|condemned)|a\s+(?:d[ée]clar[ée]|d[ée]nonc[ée]"
    r"|appel[ée]))\b"
)
_SPEAKS_AS_ONE_CHARS = 1200


def civil_society(header: list[str], known) -> tuple[str, str] | None:
    """The known coalition of the Process's civil society, when the opening makes its civil society the speaker."""
    coalition = first_known("Kimberley Process Civil Society Coalition", known)
    if coalition and (match := _CIVIL_SOCIETY.search("\n".join(header)[:_SPEAKS_AS_ONE_CHARS])):
        return coalition, f"its civil society speaks: “{short(match.group(0))}”"
    return None


# --- Several organisations acting together

# "Fatal Transactions, Global Witness, Green Advocates and Partnership Africa Canada called for…": three or more named
# together as one subject, the first-named speaks for all (as a joint statement's first signatory does).
_NAMED = r"(?:the[ \t]+)?[A-ZÀ-Ý][\w'’&.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’&.-]*|of|for|on|de|du|des)){0,6}"
_TOGETHER = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?…]\s)|(?<=,\s))"
    rf"(?P<names>{_NAMED}(?:,[ \t]+{_NAMED}){{1,8}},?[ \t]+(?:and|et)[ \t]+{_NAMED}),?\s+"
    rf"(?:today\s+|jointly\s+|have\s+|had\s+|ont\s+)?(?:{ACTING_VERBS})\b"
)
_TOGETHER_CHARS = 1500


def organisations_together(header: list[str], known) -> tuple[str, str] | None:
    for match in _TOGETHER.finditer("\n".join(header)[:_TOGETHER_CHARS]):
        names = [name.strip() for name in re.split(r",\s+(?:(?:and|et)\s+)?|\s+(?:and|et)\s+", match["names"])]
        names = [re.sub(r"^(?:the|and|et)\s+", "", name) for name in names if name]
        if any(is_country(name) or not KP_WORDS.sub(" ", name).strip() for name in names):
            continue  # "South Africa, Canada and the United States called for…": states, not a joint statement
        named = [organisation_in(name, known) for name in names]
        if sum(bool(name) for name in named) >= 2 and len(names) >= 3:
            return named[0] or names[0], f"the first of those acting together: “{short(match.group(0))}”"
    return None


# --- A state's own office for the Process

# A participant's national office for the Process speaks for it, in the lead's words: "Une délégation du secrétariat
# permanent du Processus de Kimberley de la République centrafricaine (RCA) participe…", "Pour le secrétaire national
# permanent du processus de Kimberley, Jean Kisito Mvogo, le Cameroun…", "L'annonce est du Secrétariat permanent du
# comité local de suivi de cette initiative mondiale". National, local or named with its state: the Process's own
# secretariat ("le secrétariat permanent du PK, à Gaborone") is no state's.
_KP_FR = r"(?:(?:du|le)\s+processus\s+de\s+kimberley|du\s+pk|de\s+cette\s+initiative(?:\s+mondiale)?)"
_NATIONAL_OFFICE = re.compile(
    r"(?P<head>secr[ée]tariat|secr[ée]taire|comit[ée]|commission|bureau|cellule|coordination)"
    r"(?P<qualifiers>(?:\s+(?:nationale?|permanente?|ex[ée]cuti(?:f|ve)|technique)){1,2})"
    r"(?P<local>\s+du\s+comit[ée]\s+(?:local|national)\s+de\s+suivi)?"
    rf"\s+(?P<kp>{_KP_FR})(?:\s*\((?:pk|kp)\))?"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|de|d['’])\s*(?P<state>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}))?",
    re.IGNORECASE,
)
# Where the office stands as the speaker: the sentence's subject, whose opinion or announcement it gives.
_OFFICE_SPEAKS = re.compile(
    rf"(?:^{BEFORE_SUBJECT}(?:(?i:une|la)\s+(?i:d[ée]l[ée]gation)\s+du\s+|(?i:pour|selon|d['’]apr[èe]s)\s+le\s+"
    r"|(?i:le|la|les)\s+|(?i:l)['’]\s*)?"
    r"|\b(?i:annonce\s+(?:est|vient)\s+du|selon\s+le|d['’]apr[èe]s\s+le|a\s+(?:d[ée]clar[ée]|annonc[ée]|indiqu[ée]"
    r"|affirm[ée]|pr[ée]cis[ée])\s+le)\s+)$"
)
_NATIONAL_OFFICE_SENTENCES = 4  # the title, and the lead's first three sentences


def national_kp_office(lines: list[str]) -> tuple[str, str] | None:
    """(a participant's office for the Process, with its state as labels name it, why) when the lead makes it the
    speaker: "Secrétariat permanent du Processus de Kimberley (RCA)"."""
    sentences = [piece for line in lines[:HEADER_LINES] for piece in re.split(r"(?<=[.!?])\s+", line)]
    for sentence in sentences[:_NATIONAL_OFFICE_SENTENCES]:
        for match in _NATIONAL_OFFICE.finditer(sentence):
            if not _OFFICE_SPEAKS.search(sentence[: match.start()]):
                continue
            state = country_in(match.group("state") or "")
            state = state if state and state[1] == 0 else None  # "…du PK de la République centrafricaine"
            national = re.search(r"nationale?", match.group("qualifiers"), re.I) or match.group("local")
            if not (state or national):
                continue
            country = english_name((state or country_in(sentence[match.end() :]) or ("",))[0]) or opening_country(lines)
            if not country:
                continue
            head = "Secrétariat" if fold(match.group("head")).startswith("secretaire") else match.group("head")
            name = f"{head.capitalize()}{match.group('qualifiers').lower()}{(match.group('local') or '').lower()}"
            label = country_label(country, french=True)
            return f"{name} du Processus de Kimberley ({label})", f"its office for the Process: “{short(sentence)}”"
    return None


_OPENING_CHARS = 600


def opening_country(lines: list[str]) -> str:
    """The one state the opening names, its title left out (its English name); "" when it names none or several."""
    body = lines[1:] if len(lines) > 1 and not SENTENCE_END.search(lines[0]) else lines
    named = countries_in(" ".join(body[:HEADER_LINES])[:_OPENING_CHARS])
    return named[0] if len(named) == 1 else ""


# --- A headline's speaker

# A news headline giving an organisation's words after its name: "Global Witness: the KP is failing".
_HEADLINE_COLON = re.compile(r"^(?P<org>[^:\n]{2,60}?)\s*:\s+(?P<words>\S[^\n]{8,})$")


# A headline naming its speaker last: "KP fails again, says Mines Watch Network", "…, selon l'ONG X", "KP fails again,
# Mines Watch Network says".
_HEADLINE_SAYS = re.compile(
    rf",\s+(?i:says|said|warns|according\s+to|selon|d['’]apr[èe]s|estime|affirme|dit)\s+{ORG_NAME_FR_OR_EN}\s*$"
)
_HEADLINE_NAME_SAYS = re.compile(rf",\s+{ORG_NAME_FR_OR_EN}\s+(?i:says|said|warns|claims)\s*$")


def headline_speaker(header: list[str], text: str, known) -> tuple[str, str] | None:
    for line in header[:HEADLINE_LINES]:
        says = _HEADLINE_SAYS.search(line) or _HEADLINE_NAME_SAYS.search(line)
        if says and (org := organisation_in(org_group(says), known)):
            return org, f"headline “{short(line)}”"
        if org := _headline_subject(line, text, known):
            return org, f"headline “{short(line)}”"
        if not (match := _HEADLINE_COLON.match(line)) or not name_cased(match.group("org")):
            continue
        org = organisation_in(match.group("org"), known)
        # A bare acronym is a name only when known or spelt out in the text ("UPDATE:", "GENEVA:" are not).
        if org and (first_known(org, known) or not acronym_like(org) or expansion(org, text)):
            return org, f"headline “{short(line)}”"
    return None


# A headline opening with the body that acts: "IDMA Reaffirms Commitment to KP", "WDC Welcomes Plenary Decision",
# "CNRG dénonce l'échec de la plénière". The name is the shortest run of capitalised words before the verb.
_HEADLINE_SUBJECT = re.compile(
    r"^(?:(?i:the|la|le|les)\s+|(?i:l)['’]\s*)?"
    r"(?P<org>[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|of|for|on|and|de|du|des|pour|et)){0,7}?)"
    rf"\s+(?i:{ACTING_VERBS})\b"
)


def _headline_subject(line: str, text: str, known) -> str:
    """The organisation a headline makes its subject, when the text shows it is one: a known name, an acronym the
    text spells out ("International Diamond Manufacturers Association (IDMA)"), or a name the body gives again. Not a
    state (its government speaks), an official, nor the object of a passive ("ADPA launched in Luanda")."""
    if SENTENCE_END.search(line) or not (match := _HEADLINE_SUBJECT.match(line)):
        return ""
    org = match.group("org")
    if not KP_WORDS.sub(" ", org).strip() or is_country(org) or _TITLE_FIRST.match(org):
        return ""  # "Kimberley Process Suspends…": what the text is about, found by its own ways if anything
    if _PASSIVE.match(line, match.end("org")):
        return ""
    if named := next((name for name, pattern in known if pattern.fullmatch(org)), ""):
        return named
    if not (found := organisation_in(org, known)) or found != org:
        return ""
    body = text[text.find(line) + len(line) :]
    if acronym_like(org) and " " not in org:
        return org if expansion(org, body) else ""
    return org if len(org.split()) >= 2 and org in body else ""


# --- A state speaking through its officials


def government(found: tuple[str, str]) -> tuple[str, str]:
    country, sentence = found
    return _department_named(sentence, country) or country, f"its government speaks: “{short(sentence)}”"


# A state taking part in the meeting the lead reports speaks for itself there, as "The United States participated in
# the annual Kimberley Process Plenary" does: "Luanda — L'Angola participe du 6 au 10 novembre à la Réunion plénière…",
# "Angola is taking part in the plenary…".
_TAKES_PART = re.compile(
    rf"^{BEFORE_SUBJECT}(?:(?i:the|le|la|les)\s+|(?i:l)['’]\s*)?(?P<state>[A-ZÀ-Ý][\w'’ -]{{1,50}}?)\s+"
    r"(?:participe(?:ra)?|a\s+particip[ée]|prend(?:ra)?\s+part|a\s+pris\s+part|takes\s+part|took\s+part"
    r"|(?:is|was)\s+(?:taking\s+part|participating)|will\s+(?:take\s+part|participate)|participates)\s+"
    r"(?:(?:du|from|on|le|ce)\s+[^.;\n]{2,60}?,?\s+)?(?:à|au|aux|in|at)\b"
)


def state_takes_part(lines: list[str]) -> tuple[str, str] | None:
    for line in lines[:HEADLINE_LINES]:
        if (match := _TAKES_PART.match(line)) and is_country(match.group("state")):
            return country_in(match.group("state"))[0], f"the state takes part: “{short(match.group(0))}”"
    return None


# "Minister of Natural Resources Canada": a department whose name ends with its country's ("Global Affairs Canada"),
# not "Minister of Mines of Zimbabwe", a portfolio of the government.
def _department_named(sentence: str, country: str) -> str:
    words = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}"
    match = re.search(rf"\b(?i:minister)\s+(?:of|for)\s+(?P<department>{words}){re.escape(country)}\b", sentence)
    return f"{match.group('department')}{country}" if match else ""


_LEAD_WORDS = 12


def lead_below_menu(lines: list[str]) -> list[str]:
    """The first paragraph of prose and what follows, when a page's menu and links fill the header; else []."""
    for index, line in enumerate(lines):
        if len(line.split()) >= _LEAD_WORDS:
            return lines[index : index + HEADER_LINES] if index >= HEADER_LINES else []
    return []


# --- The United Nations' organs acting

# The General Assembly or the Security Council acting: "The UN General Assembly on Tuesday adopted a resolution",
# "General Assembly Adopts Resolution…", "the United Nations General Assembly today reaffirmed its support".
_UN_ORGAN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=--\s)|(?<=[–—]\s))(?:the\s+)?(?:members\s+of\s+the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?"
    r"(?P<organ>General\s+Assembly|Security\s+Council)\s+(?:today\s+|on\s+\w+\s+|unanimously\s+)?"
    r"(?:adopt(?:s|ed)|reaffirm(?:s|ed)|welcome[sd]?|encourage[sd]|recogni[sz]e[sd]|stresse[sd]|urge[sd]|approve[sd]"
    r"|call(?:s|ed)\s+(?:on|upon|for))\b",
    re.IGNORECASE | re.MULTILINE,
)


# In French: "L'Assemblée générale des Nations unies a adopté…", "Lors d'une réunion de l'Assemblée générale, les 193
# pays membres ont adopté une résolution", "les 15 pays du Conseil de sécurité de l'ONU ont, à l'unanimité, voté…".
_UN = r"(?:\s+(?:des\s+Nations\s+[Uu]nies|de\s+l['’](?:ONU|Onu)))?"
_FRENCH_ORGAN = r"(?P<organ{}>Assembl[ée]e\s+g[ée]n[ée]rale|Conseil\s+de\s+s[ée]curit[ée])"
_UN_ADOPTS = (
    r"(?:\s*,\s*[^,\n]{3,40},\s*|\s+)(?:(?:[àa]\s+l['’]unanimit[ée]|par\s+consensus|aujourd['’]hui|unanimement)\s+)?"
    r"(?:adopt[ée]|vot[ée]|d[ée]cid[ée]|approuv[ée]|salu[ée]|r[ée]affirm[ée]|lev[ée])\b"
)
_UN_ORGAN_FR = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-ZÀ-Ý][^.,\n]{0,100},\s+)?"
    rf"(?:(?:[Ll]['’]\s*|[Ll]e\s+){_FRENCH_ORGAN.format(1)}{_UN}\s+a{_UN_ADOPTS}"
    r"|(?i:lors\s+d['’]une\s+(?:r[ée]union|s[ée]ance)\s+(?:de\s+l['’]\s*|du\s+))"
    rf"{_FRENCH_ORGAN.format(2)}{_UN},\s+les\s+\d+\s+(?:pays|[ÉE]tats)(?:\s+membres)?\s+ont{_UN_ADOPTS}"
    rf"|les\s+\d+\s+(?:pays|[ÉE]tats)(?:\s+membres)?\s+(?:du\s+|de\s+l['’]\s*){_FRENCH_ORGAN.format(3)}{_UN}"
    rf"\s+ont{_UN_ADOPTS})",
    re.MULTILINE,
)
_ORGANS = {"assemblee generale": "General Assembly", "conseil de securite": "Security Council"}


def un_organ(text: str) -> tuple[str, str] | None:
    if match := _UN_ORGAN.search(text):
        organ = " ".join(word.capitalize() for word in match.group("organ").split())
        return f"United Nations {organ}", f"“{short(match.group(0))}”"
    if match := _UN_ORGAN_FR.search(text):
        named = match.group("organ1") or match.group("organ2") or match.group("organ3")
        organ = _ORGANS[fold(" ".join(named.split())).lower()]
        return f"United Nations {organ}", f"“{short(match.group(0))}”"
    return None


# The Secretary-General reporting to the Council, in the lead: "…, UN Secretary-General Ban Ki-moon said in a recent
# progress report on the United Nations Mission in Liberia", "a new report by the UN Secretary-General says…",
# "…, selon un rapport du Secrétaire général de l'ONU". The report is the United Nations'.
_UN_NAME = r"(?:UN|U\.N\.|United\s+Nations)"
_SECRETARY_GENERAL = r"(?i:secretary[\s-]general)"
_SECRETARY_GENERAL_REPORTS = re.compile(
    rf"\b{_UN_NAME}\s+{_SECRETARY_GENERAL}(?:\s+{PERSON_NAME})?(?:\s*,\s[^,\n]{{3,60}},)?\s+"
    r"(?i:said|says|wrote|writes|warned|warns|noted|notes|stated|states|reported|reports|found|finds)\s+in\s+"
    r"(?i:a|an|his|her|the|its)\s+(?:[\w-]+\s+){0,2}?(?i:report)\b"
    rf"|\b(?i:a|an)\s+(?i:new\s+|recent\s+|latest\s+)?(?:[\w-]+\s+)?(?i:report)\s+(?i:by|from|of)\s+(?i:the\s+)?"
    rf"{_UN_NAME}\s+{_SECRETARY_GENERAL}\b"
    rf"|\b(?i:selon|d['’]apr[èe]s)\s+(?i:un|le)\s+(?:[\w-]+\s+)?(?i:rapport)\s+du\s+(?i:secr[ée]taire\s+g[ée]n[ée]ral)"
    r"\s+(?:de\s+l['’](?:ONU|Onu)|des\s+Nations\s+[Uu]nies)\b"
)


def secretary_general_report(header: list[str]) -> tuple[str, str] | None:
    """The United Nations, when the lead gives its findings as the Secretary-General's report."""
    for line in header:
        if match := _SECRETARY_GENERAL_REPORTS.search(line):
            return "United Nations", f"the Secretary-General's report: “{short(match.group(0))}”"
    return None
