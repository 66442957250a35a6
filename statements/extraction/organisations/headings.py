"""A heading naming the issuer: "Press Release X", "Statement by X", "Statement by the Spokesperson of X", "Open
letter from X", "X Press Briefing", a banner repeated at the top of a page, a public office's letterhead.
"""

import re

from ..officials import country_in
from .kimberley_process import KP_OFFICE
from .naming import (
    ARTICLE,
    KP_WORDS,
    NEWS_OUTLET,
    ORG_WORDS,
    acronym_like,
    first_known,
    first_named,
    is_country,
    name_cased,
    organisation_in,
    short,
    trim_org,
)
from .phrases import FRENCH_HEAD, OF, PERSON_NAME, RUNS_ON, SUBJECT_VERBS, VERB_WORDS, named_by

# --- A release's heading

_RELEASE = (
    r"(?:joint\s+)?(?:press\s+release|press\s+statement|media\s+release|news\s+release|media\s+statement"
    r"|public\s+statement"
    r"|communiqu[ée]\s+de\s+presse(?:\s+conjoint)?|communiqu[ée]\s+conjoint|for\s+immediate\s+release)"
)
_STATEMENT_BY = (
    r"(?:(?:joint\s+)?statement\s+(?:by|from|of)|news\s+from|d[ée]claration\s+(?:conjointe\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|communiqu[ée]\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))"
)
# "Remarks by…", "Closing statement of…", "Intervention de…": a person's, a meeting's or a workshop's as often as an
# organisation's, so the issuer only when the name is an organisation's.
_SPOKEN_BY = re.compile(
    r"^(?:(?:opening|closing|keynote|final|written|oral)\s+)?(?:remarks|speech|address|intervention|presentation"
    r"|statement)\s+(?:by|of|from)\s+"
    r"|^(?:intervention|discours|allocution|mot|d[ée]claration\s+(?:finale|liminaire))\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
    re.IGNORECASE,
)
# "Press Release Kimberley Process Civil Society Coalition", "Communiqué de presse : Coalition …", "Statement by X"
_ORG_AFTER = re.compile(
    rf"^(?:{_RELEASE}(?:\s+(?:of|from|by|issued\s+by|de\s+la|de\s+l['’]|du|des|de))?|{_STATEMENT_BY})"
    r"(?:\s*[:|–—-]\s*|\s+)(?P<org>.+)$",
    re.IGNORECASE,
)
# "Kimberley Process Civil Society Coalition – Press Release"
# …and its number: "USUN PRESS RELEASE # 334(07)", "Press release No. 12/2019".
_NUMBER = r"(?:\s*(?:#|no\.?|n[°º])\s*[\w()/.-]+)?"
_ORG_BEFORE = re.compile(rf"^(?P<org>.+?)\s*[:|–—-]?\s+{_RELEASE}{_NUMBER}\s*$", re.IGNORECASE)
_RELEASE_ONLY = re.compile(rf"^{_RELEASE}{_NUMBER}\s*[:.]?$", re.IGNORECASE)


def release_heading(header: list[str], known) -> tuple[str, str] | None:
    """A heading naming the kind of release and its issuer: "Press Release X", "X – Press Release", "Statement by
    X", "Statement by the Spokesperson of X", or "Press release" above a line that names X."""
    for index, line in enumerate(header):
        if spokesperson := _SPOKESPERSON_HEADING.match(line):
            if body := _spokesperson_body(spokesperson, known):
                return body, f"heading “{short(line)}”"
            continue  # "Statement by the Spokesperson on…": the office of a body the text names elsewhere
        candidate = _header_candidate(line)
        # "Statement by Amara Okonkwo, Director of the X Network", "Statement by H.E. Mr…, Permanent Representative…"
        by_a_person = not candidate and re.match(_STATEMENT_BY, line, re.IGNORECASE)
        if (by_a_person or (candidate and not organisation_in(candidate, known))) and (
            office := _speakers_office(line, known)
        ):
            return office, f"heading “{short(line)}”"
        if not candidate and (spoken := _SPOKEN_BY.match(line)):
            named = organisation_in(line[spoken.end() :], known)
            candidate = (named if not _EVENT.match(named) else "") or _speakers_office(line, known)
        if not candidate and _RELEASE_ONLY.match(line) and index:
            candidate = _bare_name(header[index - 1], known)  # "Council of the European Union" / "Press release"
        if not candidate and _RELEASE_ONLY.match(line) and index + 1 < len(header):
            following = header[index + 1]
            # "Press release" above a name, not above a headline ("X welcomes the decision", "X responds to…").
            name = trim_org(following)
            if len(following.split()) <= 10 and (first_known(name, known) or _NAME_WORD_AT_EDGE.search(name)):
                candidate = name
        if candidate and _a_person_described(line, candidate, known):
            continue  # "Statement by Jean Mbala, nominated to serve as Public Delegate, on…": whose office, not said
        if candidate:
            issuer = "Kimberley Process" if KP_OFFICE.fullmatch(candidate) else first_known(candidate, known)
            return issuer or candidate, f"heading “{short(line)}”"
    return None


# A person's name described as a person is: "…by Jean Mbala, nominated to serve…", "…, Deputy Minister of…".
_DESCRIBED_AS_A_PERSON = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[a-z]+ed\b|(?:deputy\s+|vice\s+|acting\s+)?(?:minister|director|coordinator"
    r"|chair\w*|president|secretary|ambassador|delegate|representative|spokes\w+)\b)",
    re.IGNORECASE,
)


def _a_person_described(line: str, candidate: str, known) -> bool:
    at = line.find(candidate)
    return (
        at >= 0
        and not organisation_in(candidate, known)
        and bool(_DESCRIBED_AS_A_PERSON.match(line, at + len(candidate)))
    )


# "Final declaration of the workshop…", "Closing statement of the Plenary": an event, not who speaks.
_EVENT = re.compile(
    r"(?:workshop|conference|meeting|summit|seminar|plenary|session|intersessional|atelier|conf[ée]rence|r[ée]union"
    r"|sommet|s[ée]minaire|pl[ée]ni[èe]re|intersession)\b",
    re.IGNORECASE,
)


# A speaker's office after their name: "…by Amara Okonkwo, Director of the X Network, at the plenary".
_SPEAKERS_OFFICE = re.compile(
    rf"\b(?i:by|of|from|de|du|par)\s+{PERSON_NAME},\s+(?:[\w'’-]+\s+){{1,5}}?{OF}\s*(?P<org>[^,\n]{{3,120}})"
)


# "Permanent Representative of the Republic of Namibia": the speaker's state.
_STATE_PREFIX = re.compile(
    r"^(?:(?:federal\s+|united\s+)?(?:republic|kingdom|state|government)\s+of\s+(?:the\s+)?)?", re.I
)


def _speakers_office(line: str, known) -> str:
    if not (match := _SPEAKERS_OFFICE.search(line)):
        return ""
    office = trim_org(match.group("org"))
    state = _STATE_PREFIX.sub("", office)
    return organisation_in(office, known) or (country_in(state)[0] if is_country(state) else "")


def is_publisher_line(line: str) -> bool:
    """A line naming only the kind of release and its publisher: "Press Release Kimberley Process Civil Society
    Coalition". "Statement by X on the 2019 plenary" says more and can serve as a title."""
    line = line.strip()
    if _RELEASE_ONLY.match(line):
        return True
    org = _header_candidate(line)
    return bool(org) and len(line) - len(org) <= 35


def is_statement_heading(line: str) -> bool:
    """ "Statement by X", "Déclaration de X": a usable title when the document has no headline of its own."""
    return bool(_header_candidate(line)) and re.match(_STATEMENT_BY, line.strip(), re.IGNORECASE) is not None


# What a heading's name cannot open with: "Open Letter To The Chair" names its addressee, "Statement by H.E. Mr…"
# a person, whose office or government later evidence names.
_NOT_A_NAME = re.compile(
    r"^(?:to|on|at|regarding|concerning|about|sur|à|au|aux|concernant|mr|mrs|ms|dr|prof|h\.?\s?e|his|her|hon"
    r"|honou?rable|ambassador|minister|m|mme|madame|monsieur|son\s+excellence|s\.\s?e|(?:permanent\s+)?representative"
    r"|delegate|deputy|spokes(?:man|woman|person)|secretary|president)\b\.?"
    # A participle's clause opening the release's first sentence: "Press Release: Stressing that…", "Noting the…";
    # a name's "-ing" word comes before another of its words ("Mining Watch", "Mining and Trading Company").
    r"|^(?-i:[A-Z][a-z]+ing\s+(?!(?:and|of|for)\b)[a-z])",
    re.IGNORECASE,
)


def _header_candidate(line: str) -> str:
    if _RELEASE_ONLY.match(line):
        return ""
    for pattern in (_ORG_AFTER, _ORG_BEFORE):
        if match := pattern.match(line):
            org = trim_org(match.group("org"))
            if (
                org
                and org[0].isupper()
                and len(org.split()) <= 12
                and not org.endswith(".")
                and not _NOT_A_NAME.match(org)
            ):
                return org
    return ""


# "Statement by the Spokesperson of the Ministry of Foreign Affairs on…", "Statement by the EU Spokesperson on…",
# "Déclaration du porte-parole du ministère des Affaires étrangères": a spokesperson speaks for the body named.
_SPOKESPERSON_HEADING = re.compile(
    rf"^(?i:{_STATEMENT_BY})\s*(?i:the\s+)?(?:(?P<whose>[A-ZÀ-Ý][\w.&’'-]*(?:\s+[A-ZÀ-Ý][\w.&’'-]*){{0,3}})\s+)?"
    r"(?i:(?:deputy\s+|chief\s+|principal\s+)?(?:spokes(?:person|man|woman)|porte-parole))\b"
    r"(?:\s+(?i:of|for|du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?i:the\s+)?(?P<body>.+))?"
)


def _spokesperson_body(match: re.Match, known) -> str:
    """The body a spokesperson speaks for: the one named after the title, or a country or organisation before it;
    "" when the heading names none."""
    if body := match.group("body"):
        body = trim_org(body)
        if found := organisation_in(body[:1].upper() + body[1:], known):
            return found
    if whose := match.group("whose"):
        if (country := country_in(whose)) and country[1] == 0:
            return country[0]
        return organisation_in(whose, known)
    return ""


# --- Letters, submissions and statements headed with their author's name

# "Open letter from X to the Chair", "Lettre ouverte de la Coalition …", "Submission by X".
_LETTER_FROM = re.compile(
    r"^(?:(?:joint\s+|open\s+)*letter|submission|position\s+paper)\s+(?:from|by|of)\s+(?P<org>[^\n]{3,160})$"
    r"|^(?:lettre(?:\s+ouverte)?(?:\s+conjointe)?|contribution|note\s+de\s+position)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"\s*(?P<french>[^\n]{3,160})$",
    re.IGNORECASE | re.MULTILINE,
)


# "CNRG statement on the plenary", "Global Witness's submission to the Chair": a heading naming whose it is.
_OWN_STATEMENT = re.compile(
    r"^(?P<org>[^\n:|–—]{2,80}?)(?:['’]s?)?[ \t]+(?:joint[ \t]+)?(?:statement|press[ \t]+release|press\s+statement"
    r"|submission|position\s+paper|letter|response|reaction|comments)[ \t]+(?:on|at|to|regarding|concerning|about"
    r"|ahead\s+of|following|for)\s",
    re.IGNORECASE | re.MULTILINE,
)
# "MEDIA STATEMENT ON THE PLENARY": the kind of statement, in capitals, is no one's name.
_KIND_OF_STATEMENT = re.compile(r"^(?:media|press|public|joint|news|final|official|written|oral)$", re.IGNORECASE)


_OWN_NAME_WORDS = 3


def letter_from(header: list[str], known) -> tuple[str, str] | None:
    if found := named_by([_LETTER_FROM], "\n".join(header), known, "heading "):
        return found
    # "Civil society statement on…" describes its authors: only a name of their own says who they are.
    for match in _OWN_STATEMENT.finditer("\n".join(header)):
        org = trim_org(match.group("org"))
        if _KIND_OF_STATEMENT.match(org):
            continue
        own_name = (
            first_known(org, known) or acronym_like(org) or (name_cased(org) and len(org.split()) >= _OWN_NAME_WORDS)
        )
        if own_name and (found := organisation_in(org, known)):
            return found, f"heading “{short(match.group(0))}”"
    return None


# --- Briefings, banners and offices

# "State Dept. Press Briefing on Conflict Diamonds", "Ministry of Mines Press Briefing": an office briefing the press.
_BRIEFING_HEADING = re.compile(
    r"^(?P<org>[^\n:|–—]{2,80}?)\s+(?:(?i:daily|special|background|joint)\s+)?(?i:press\s+)?(?i:briefing)\b"
)
# "Foreign Press Center Briefing": a centre briefing the press is an office too.
_STATE_OFFICE = re.compile(
    r"\b(?:ministry|minist[èe]re|department|dept|office|embassy|ambassade|mission|government|gouvernement|agency"
    r"|bureau|secretariat|commission|press\s+cent(?:er|re))\b",
    re.IGNORECASE,
)
# A briefing's transcript heads its office's name below the title, the speakers and their titles.
_BRIEFING_LINES = 6


def briefing_heading(header: list[str]) -> tuple[str, str] | None:
    for line in header[:_BRIEFING_LINES]:
        if not (match := _BRIEFING_HEADING.match(line)):
            continue
        org = re.sub(r"\bDept\b\.?", "Department", trim_org(match.group("org")))
        if name_cased(org) and _STATE_OFFICE.search(org) and not NEWS_OUTLET.search(org):
            return org, f"heading “{short(line)}”"
    return None


# A report's or a briefing's title naming whose it is: "Mines Watch Network Annual Report 2019", "A Global Witness
# briefing", "IPIS Insights - Business & Human Rights" (a series of its papers), "A report by Global Witness, November
# 2019", "Rapport annuel 2019 de X", "Note d'information de X"; or "Annual Report 2019" below the name alone.
_REPORT_KIND = (
    r"(?:annual\s+report|activity\s+report|briefing(?:\s+(?:paper|note))?|policy\s+brief|rapport\s+annuel"
    r"|rapport\s+d['’]activit[ée]s?|note\s+d['’]information|note\s+de\s+synth[èe]se|insights|newsletter|bulletin)"
)
_YEAR = r"(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?"
_NAME_BEFORE_REPORT = re.compile(
    rf"^(?:(?i:a|an|the)\s+)?(?P<org>[^:|–—]+?)\s+(?i:{_REPORT_KIND}){_YEAR}\s*(?:(?:[:|–—]|\s-)\s.*)?$"
)
# "Report of the Working Group…" names a part of the Process: a plain report is whose only "by" or "from".
_REPORT_BEFORE_NAME = re.compile(
    rf"^(?:(?i:a|an|the|le|la|un|une)\s+)?(?:(?i:{_REPORT_KIND}){_YEAR}\s+(?i:of|{OF}|by|from|par)"
    rf"|(?i:report|study|rapport|[ée]tude){_YEAR}\s+(?i:by|from|par))\s+(?P<org>.+)$"
)
_REPORT_ONLY = re.compile(rf"^(?i:{_REPORT_KIND}){_YEAR}\s*$")


# A participant's report to the Process on how it implements the scheme, titled with its state: "Canada's Report on the
# Implementation of the Kimberley Process Certification Scheme (KPCS), 2012", "Namibia's Annual Report on
# Implementation…", "Rapport annuel du Cameroun sur la mise en œuvre du SCPK". The state is its issuer.
_STATE_REPORT = re.compile(
    r"^(?P<state>[A-ZÀ-Ý][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-ZÀ-Ý][\w.'’-]*){0,4}?)['’]s?\s+(?i:annual\s+)?"
    r"(?i:(?:country\s+)?report\s+on\s+(?:the\s+)?implementation)\b"
    r"|^(?i:rapport\s+(?:annuel\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*"
    r"(?P<french>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?i:sur\s+la\s+mise\s+en\s+(?:œ|oe)uvre)\b"
)


def _state_report(header: list[str]) -> tuple[str, str] | None:
    for line in header:
        if (match := _STATE_REPORT.match(line)) and is_country(state := match.group("state") or match.group("french")):
            return country_in(state)[0], f"heading “{short(line)}”"
    return None


def report_heading(header: list[str], known) -> tuple[str, str] | None:
    if found := _state_report(header):
        return found
    for index, line in enumerate(header[:_OFFICE_LINES]):
        if match := _NAME_BEFORE_REPORT.match(line) or _REPORT_BEFORE_NAME.match(line):
            name = trim_org(match.group("org"))
            found = "Kimberley Process" if not KP_WORDS.sub(" ", name).strip() else organisation_in(name, known)
        else:
            found = _bare_name(header[index - 1], known) if index and _REPORT_ONLY.match(line) else ""
        if found:
            return found, f"heading “{short(line)}”"
    return None


# A report's credit on its cover or the page behind it: "Author: Kimberley Process Civil Society Coalition", "Auteurs :
# Réseau X". A person credited so ("Author: Jane Moyo") is nobody's organisation; a newspaper's is a byline.
_AUTHOR_CREDIT = re.compile(r"^(?i:authors?|auteur(?:e|s|es)?)\s*:\s*(?P<org>[^\n]{2,120})$", re.MULTILINE)
_COVER_LINES = 40  # a report's cover and its back: a document-sharing site's transcript puts its own lines above


def author_credit(lines: list[str], known) -> tuple[str, str] | None:
    return named_by([_AUTHOR_CREDIT], "\n".join(lines[:_COVER_LINES]), known, "its credited author: ")


# A headline's case, every small word capitalised ("Zimbabwe Takes Over As Chair Of Diamond Monitor, The World…"): a
# name writes them small ("Permanent Mission of the Russian Federation to the United Nations").
_HEADLINE_CASE = re.compile(r"(?<=\S)\s+(?-i:Of|As|To|For|On|In|At|By|With|From|Over|Into|And|The|A|An)\s")


# A banner repeated at the top of a web page: "Permanent Mission of the Russian Federation to the United Nations"; not
# the page's headline repeated as its title.
def letterhead(header: list[str], known) -> tuple[str, str] | None:
    seen: set[str] = set()
    for line in header:
        key = " ".join(line.split()).casefold()
        banner = key in seen and len(line.split()) <= 12 and name_cased(line) and not VERB_WORDS.search(line)
        banner = banner and not _HEADLINE_CASE.search(line)
        if banner and (named := first_known(line, known) or (ORG_WORDS.search(line) and line.strip(" ."))):
            return named, f"the page's banner: “{short(line)}”"
        seen.add(key)
    return None


# A public office's letterhead above the text: "Ministry of Minerals, Energy and Water Resources (MMEWR)",
# "Delegation of the European Union" / "to the United Nations - New York", "Office of the Spokesperson".
_OFFICE_HEADING = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['’]\s*)?(?-i:[A-Z][\w.]*\s+)?(?:(?:permanent\s+)?mission|ministry|minist[èe]re|department|d[ée]partement"
    r"|embassy|ambassade|high\s+commission|consulate|consulat|delegation|d[ée]l[ée]gation|office|government"
    r"|gouvernement|presidency|pr[ée]sidence|(?:mission|repr[ée]sentation)\s+permanente|haut-commissariat)"
    r"\s+(?:(?:of|for|to|du|de|des)\s|d['’])",
    re.IGNORECASE,
)

_PRESS_OFFICE = re.compile(r"^(?:the\s+)?(?:office\s+of\s+the\s+spokes\w+|press\s+office|media\s+office)\b", re.I)
_CONTINUES = re.compile(r"^(?:to|in|at|of|for|auprès)\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-Ý]")
_OFFICE_LINES = 4
_OFFICE_WORDS = 14


# French capitalises a name's first word only: "Mission permanente de la République du Botswana auprès des Nations
# Unies" is a heading as long as nothing in it is a verb ("Ministère des Mines annonce…" is a headline).
_FRENCH_OFFICE = re.compile(
    r"^(?:le\s+|la\s+|l['’]\s*)?(?:minist[èe]re|ambassade|mission|repr[ée]sentation|d[ée]l[ée]gation|gouvernement"
    r"|pr[ée]sidence|consulat|haut-commissariat|d[ée]partement)\b",
    re.IGNORECASE,
)
_HEADLINE_VERB = re.compile(rf"\b(?:{SUBJECT_VERBS})\b", re.IGNORECASE)


def _office_cased(line: str) -> bool:
    return name_cased(line) or bool(_FRENCH_OFFICE.match(line) and not _HEADLINE_VERB.search(line))


def office_heading(header: list[str]) -> tuple[str, str] | None:
    for index, line in enumerate(header[:_OFFICE_LINES]):
        if not _OFFICE_HEADING.match(line) or line.rstrip().endswith(".") or not _office_cased(line):
            continue
        if _PRESS_OFFICE.match(line):
            continue  # "Office of the Spokesperson": the press office of a body its heading or text names
        if index + 1 < len(header) and _CONTINUES.match(header[index + 1]):
            line = f"{line} {header[index + 1]}"
        name = ARTICLE.sub("", re.split(r"\s+[-–—|]\s+|\s*[|:]\s*", line, maxsplit=1)[0].strip(" .,;"))
        name = first_named(name)  # "Ministry of Finance of X and the Federal Customs Service": the first-named issues
        if len(name.split()) <= _OFFICE_WORDS:
            return name, f"the office's heading: “{short(line)}”"
    return None


# --- A diplomatic cable's header

# A State Department telegram names its sender on its "FM" line, above the "TO" line of its addressees: "FM AMEMBASSY
# ACCRA" / "TO RUEHC/SECSTATE WASHDC 3182". The sender is an embassy (AMEMBASSY), a consulate (AMCONSUL) or a mission
# (USMISSION) by its city, the US mission to the EU (USEU) or the Department itself (SECSTATE).
_CABLE_FROM = re.compile(
    r"^FM\s+(?P<office>AMEMBASSY|AMCONSUL|USMISSION|USEU|SECSTATE)\s+(?P<place>[A-Z][A-Z.' -]{1,40}?)\s*$"
)
_CABLE_TO = re.compile(r"^(?:TO|INFO)\s+[A-Z]{4,}/[A-Z]")
_CABLE_OFFICES = {"AMEMBASSY": "US Embassy", "AMCONSUL": "US Consulate", "USMISSION": "US Mission"}
_CABLE_LINES = 60  # a cable's header sits below the archive's own (identifier, date, classification, tags)


def cable_sender(lines: list[str]) -> tuple[str, str] | None:
    """(the US office that sent a diplomatic cable, its "FM" line), when the line below names its addressees."""
    for index, line in enumerate(lines[:_CABLE_LINES]):
        if not (match := _CABLE_FROM.match(line)) or not any(
            _CABLE_TO.match(below) for below in lines[index + 1 : index + 3]
        ):
            continue
        office, place = match.group("office"), " ".join(match.group("place").split())
        if office == "SECSTATE":
            name = "U.S. Department of State"
        elif office == "USEU":
            name = "US Mission to the European Union"
        elif office == "USMISSION" and place.startswith("USUN"):
            name = "US Mission to the United Nations"
        else:
            name = f"{_CABLE_OFFICES[office]} {place.title()}"
        return name, f"the cable's sender: “{short(line)}”"
    return None


# --- A site's masthead: its name above or below the menu

# A menu's entries: "Home | About us | Publications | Contact", "Accueil", "Skip to main content".
_MENU_ENTRY = re.compile(
    r"(?:home|about(?:\s+us)?|who\s+we\s+are|what\s+we\s+do|our\s+work|news(?:room)?|press(?:\s+releases?)?|media"
    r"|publications?|resources|reports?|research|contact(?:\s+us)?|donate|search|menu|events|campaigns?"
    r"|get\s+involved|blog|skip\s+to\s+(?:main\s+)?content|accueil|qui\s+sommes-nous|actualit[ée]s"
    r"|nous\s+contacter|[àa]\s+propos|faire\s+un\s+don|recherche|english|fran[çc]ais|en|fr)",
    re.IGNORECASE,
)
_MENU_SEPARATOR = re.compile(r"\s*[|•·»/]\s*|\s{2,}")
# "Mines Watch Network – Working for accountable mining": a name and its motto.
_MOTTO = re.compile(r"\s+[|–—-]\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+ing\b|(?i:for|pour|the\s+voice|la\s+voix)\b)")
_NAME_WORD_AT_EDGE = re.compile(
    rf"^{ORG_WORDS.pattern}\s+(?i:of|for|on|pour|de|du|des|d['’])\s|{ORG_WORDS.pattern}$", re.I
)
_MASTHEAD_WORDS = 10
# A letterhead's address: "Tel: +263…", "info@…", "P.O. Box 123", "BP 1234 Kinshasa", "14 Samora Machel Avenue".
_ADDRESS_LINE = re.compile(
    r"^(?:tel|t[ée]l|phone|fax|e-?mail|courriel|web(?:site)?)\b\.?\s*:|\+\d{2,3}[\s\d()-]{6,}|[\w.-]+@[\w-]+\.\w"
    r"|^(?:p\.?\s?o\.?\s+box|b\.?\s?p\.?)\s+\d|^\d{1,5},?\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s+"
    r"(?:street|st|avenue|av|road|rd|boulevard|blvd|drive|lane|rue|chauss[ée]e)\b",
    re.IGNORECASE,
)


def masthead(header: list[str], known) -> tuple[str, str] | None:
    """The site's name beside its menu ("Southern Africa Resource Watch" / "Home | About us | Contact"), a
    letterhead's name above its address, a name in capitals above the title ("MINES WATCH NETWORK"), or with its
    motto: the page's or the paper's owner."""
    for index, line in enumerate(header[: _OFFICE_LINES + 2]):
        beside = header[max(0, index - 1) : index] + header[index + 1 : index + 2]
        by_menu = any(_is_menu(other) for other in beside)
        above_address = any(_ADDRESS_LINE.search(other) for other in header[index + 1 : index + 3])
        name, motto = [*_MOTTO.split(line, maxsplit=1), ""][:2]
        if not (by_menu or above_address or motto or (index == 0 and line.isupper())):
            continue
        if found := _bare_name(name.strip(), known):
            return found, f"the site's masthead: “{short(line)}”"
    return None


def _is_menu(line: str) -> bool:
    entries = [entry for entry in _MENU_SEPARATOR.split(line.strip()) if entry]
    return bool(entries) and all(_MENU_ENTRY.fullmatch(entry) for entry in entries)


def _bare_name(line: str, known) -> str:
    """The line when it is an organisation's name and nothing else: no sentence, no headline."""
    if len(line.split()) > _MASTHEAD_WORDS or line.endswith(".") or VERB_WORDS.search(line) or _is_menu(line):
        return ""
    if _PRESS_OFFICE.match(line):
        return ""  # "Office of the Spokesperson": whose office, the heading above it says
    core = _without_section(line)
    if named := first_known(line, known):
        whole = trim_org(core).casefold() == trim_org(named).casefold() or acronym_like(line)
        return (named if core == line else line) if whole else ""
    cased = name_cased(line) or re.match(rf"(?:(?:le|la|l['’])\s*)?{FRENCH_HEAD}\b", line, re.IGNORECASE)
    if not cased or not _NAME_WORD_AT_EDGE.search(ARTICLE.sub("", core)):
        return ""
    org = organisation_in(core, known)
    return (org if core == line else line) if org and org == trim_org(core) else ""


def _without_section(line: str) -> str:
    """ "Amnesty International UK", "Oxfam Novib Canada": an organisation's national section, its country last; the
    name without it."""
    words = line.split()
    for count in (1, 2):
        rest, country = " ".join(words[:-count]), " ".join(words[-count:])
        if len(words) > count + 1 and is_country(country) and not RUNS_ON.search(rest):
            return rest
    return line
