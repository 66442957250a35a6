"""Which organisation issued a document, judged from its own header lines and the organisations we know."""

import functools
import re

from .normalise import fold
from .officials import country_in, country_spelt, government_voice, kp_chair_voice, site_country, state_in_address

_RELEASE = (
    r"(?:joint\s+)?(?:press\s+release|press\s+statement|media\s+release|news\s+release|media\s+statement"
    r"|communiqu[ée]\s+de\s+presse(?:\s+conjoint)?|communiqu[ée]\s+conjoint|for\s+immediate\s+release)"
)
_STATEMENT_BY = (
    r"(?:(?:joint\s+)?statement\s+(?:by|from|of)|d[ée]claration\s+(?:conjointe\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|communiqu[ée]\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))"
)
# "Press Release Kimberley Process Civil Society Coalition", "Communiqué de presse : Coalition …", "Statement by X"
_ORG_AFTER = re.compile(
    rf"^(?:{_RELEASE}(?:\s+(?:of|from|by|issued\s+by|de\s+la|de\s+l['’]|du|des|de))?|{_STATEMENT_BY})"
    r"(?:\s*[:|–—-]\s*|\s+)(?P<org>.+)$",
    re.IGNORECASE,
)
# "Kimberley Process Civil Society Coalition – Press Release"
_ORG_BEFORE = re.compile(rf"^(?P<org>.+?)\s*[:|–—-]?\s+{_RELEASE}\s*$", re.IGNORECASE)
_RELEASE_ONLY = re.compile(rf"^{_RELEASE}\s*[:.]?$", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:about|à\s+propos\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s+(?P<org>.+?)\s*:?$", re.I)
# Where an organisation name stops: "Statement by X on the 2019 plenary", "X – 22 November 2019".
_ORG_END = re.compile(
    r"\s+(?:on|at|to|regarding|concerning|about|ahead|following|after|sur|à|au|concernant|suite|lors|avant|après)\s"
    r"|\s*[|–—:(]|\s+-\s|\s*\d{1,2}\s+\w+\s+\d{4}|,",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
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
_CONTACT_SECTION = re.compile(
    r"^(?:more information|for more information|further information|media contacts?|press contacts?|contacts?"
    r"|notes? (?:to|for) editors|pour plus d['’]informations?|contacts? presse|contacts? m[ée]dias?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 10
_HEADER_CHARS = 600


# Every document is about the Kimberley Process: in an organisation's name those words tell nothing apart, so
# "the Civil Society Coalition on the Kimberley Process" and "the civil society coalition" name the KP CSC.
_KP_WORDS = re.compile(
    r"\s*\b(?:(?:of|on|for|in|to|du|de|des|sur)\s+)?(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?"
    r"|processus\s+de\s+kimberley|certification\s+scheme|kpcs|kp|pk)\b\s*(?:\(\s*(?:kpcs|kp|pk)\s*\))?\s*",
    re.IGNORECASE,
)
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "les", "et", "pour", "&"}


_FORMERLY = re.compile(r"^(?:formerly|ex-|anciennement)\s+", re.IGNORECASE)


def _acronym_like(name: str) -> bool:
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
    if _acronym_like(inner) or (_acronym_like(base) and len(inner.split()) > 1 and "," not in inner):
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
        names += [core for name in names if (core := " ".join(_KP_WORDS.sub(" ", name).split())) != name]
        names = [name for name in names if name]
        # "IMPACT", "IPIS": a name written in capitals is that name only in capitals ("development impact" is not).
        for group, flags in (
            ([n for n in names if not _capitals(n)], re.IGNORECASE),
            ([n for n in names if _capitals(n)], 0),
        ):
            if group:
                alternatives = "|".join(r"[\s-]+".join(map(re.escape, name.split())) for name in dict.fromkeys(group))
                compiled.append((names[0], re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)))
        words = [word for word in re.split(r"[\s-]+", names[0]) if word.lower() not in _SMALL_WORDS]
        if len(words) >= 3 and all(word[:1].isalpha() for word in words):
            initials = "".join(word[0] for word in words).upper()
            compiled.append((names[0], re.compile(rf"(?<![\w-]){initials}(?![\w-])")))
    return compiled


def find_organisation(text: str, known_organisations=(), site_name: str = "") -> str:
    return identify_organisation(text, known_organisations, site_name)[0]


def identify_organisation(
    text: str, known_organisations=(), site_name: str = "", url: str = "", host_country: str = ""
) -> tuple[str, str]:
    """(the organisation that issued the document, what in it says so), or ("", "") when nothing does.

    Its own wording first (a "Press release" heading, a banner repeated at the top of the page, a KP
    communiqué or its chair speaking, a headline's "X: …", the first sentence's subject as a news report describes
    it ("the watchdog X said on Tuesday"), "according to a statement by…", "X said in a report", the speaker's office,
    its name beside the date), then an organisation (or a country) the site's address names, a government speaking
    through its officials (``host_country``: the host of the meeting the text is about, for an official who
    opens it), a known organisation named near the top (not in a speech's salutations), an "About …"
    section, a signature at the end, the web site's name, the known organisation the text names most, and
    last the KP's own site. A name the text also gives with its acronym comes with it (``_with_acronym``).
    """
    known = _known(tuple(known_organisations))
    organisation, why = _identify(text, known, site_name, url, host_country)
    return _with_acronym(organisation, text, known), why


def _identify(text: str, known, site_name: str, url: str, host_country: str) -> tuple[str, str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    header = lines[:_HEADER_LINES]

    for index, line in enumerate(header):
        if spokesperson := _SPOKESPERSON_HEADING.match(line):
            if body := _spokesperson_body(spokesperson, known):
                return body, f"heading “{_short(line)}”"
            continue  # "Statement by the Spokesperson on…": the office of a body the text names elsewhere
        candidate = _header_candidate(line)
        if not candidate and _RELEASE_ONLY.match(line) and index + 1 < len(header):
            following = header[index + 1]
            if _first_known(following, known) or (_ORG_WORDS.search(following) and len(following.split()) <= 10):
                candidate = _trim_org(following)
        if candidate:
            issuer = "Kimberley Process" if _KP_OFFICE.fullmatch(candidate) else _first_known(candidate, known)
            return issuer or candidate, f"heading “{_short(line)}”"

    if found := _published_by(lines, known) or _letter_from(header, known) or _briefing_heading(header):
        return found
    if found := _letterhead(header, known):
        return found
    if found := _office_heading(header):
        return found
    if found := _kimberley_process_itself(header, text):
        return found
    if found := _un_organ(text[:_STATEMENT_CHARS]):
        return found
    if found := _headline_speaker(header, text, known):
        return found
    # A state speaking in the lead, above an organisation the body makes its subject further down: "Le Zimbabwe a
    # démenti…" before "HRW demande…".
    if subject := _subject_line(lines, known):
        if found := government_voice(header[: subject[0]], strict=True):
            return _government(found)
        return subject[1:]
    if found := _statement_by(text[:_STATEMENT_CHARS], known) or _learnt_from(text[:_STATEMENT_CHARS], known):
        return found
    if found := _signatories(lines, known):
        return found
    if found := _spokesperson_of(header, known):
        return found
    if found := _kimberley_process_acts(header):
        return found
    if found := _byline(header, known) or _name_by_date(header, known) or _speaker_affiliation(header, known):
        return found
    if found := _letter_signature(lines, known) or _interviewee(lines, known):
        return found
    if found := _site_owner(text, url, known):
        return found
    government_site = site_country(url)
    if found := government_voice(header, host_country, government_site) or government_voice(
        _lead_below_menu(lines), host_country, government_site
    ):
        return _government(found)
    if country := state_in_address(url):
        return country, f"its address's headline makes the state the speaker ({_short(url, 60)})"
    if government_site:
        return government_site, f"a government's site ({_host(url)})"
    header_zone = "\n".join(line for line in header if not _SALUTATION.match(line))[:_HEADER_CHARS]
    if found := _first_known(header_zone, known):
        return found, "a known organisation named at the top"
    for line in lines:
        if (match := _ABOUT.match(line)) and len(line.split()) <= 12:
            org = _trim_org(match.group("org"))
            return _first_known(org, known) or org, f"“{_short(line)}” section"
    if found := _describes_itself(lines, known) or _signature(lines, known) or _author_bio(lines, known):
        return found
    if found := _copyright(lines, known):
        return found
    # A site's name is its own whatever the case it is written in ("ipis"): upper case matches names in capitals too.
    if site_name and (found := _first_known(site_name, known) or _first_known(site_name.upper(), known)):
        return found, f"the web site's name ({site_name})"
    if found := _press_contact(lines, known):
        return found
    if found := _most_mentioned(text, known):
        return found, "the known organisation the text names most"
    # The KP's site also carries others' statements: only when nothing names another author.
    if _host(url) == "kimberleyprocess.com" and _KP_TITLE.search(text):
        return "Kimberley Process", f"the site's address ({_host(url)})"
    return "", ""


def _government(found: tuple[str, str]) -> tuple[str, str]:
    country, sentence = found
    return _department_named(sentence, country) or country, f"its government speaks: “{_short(sentence)}”"


_LEAD_WORDS = 12


def _lead_below_menu(lines: list[str]) -> list[str]:
    """The first paragraph of prose and what follows, when a page's menu and links fill the header; else []."""
    for index, line in enumerate(lines):
        if len(line.split()) >= _LEAD_WORDS:
            return lines[index : index + _HEADER_LINES] if index >= _HEADER_LINES else []
    return []


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
    r"|honou?rable|ambassador|minister|m|mme|madame|monsieur|son\s+excellence|s\.\s?e)\b\.?",
    re.IGNORECASE,
)


def _header_candidate(line: str) -> str:
    if _RELEASE_ONLY.match(line):
        return ""
    for pattern in (_ORG_AFTER, _ORG_BEFORE):
        if match := pattern.match(line):
            org = _trim_org(match.group("org"))
            if (
                org
                and org[0].isupper()
                and len(org.split()) <= 12
                and not org.endswith(".")
                and not _NOT_A_NAME.match(org)
            ):
                return org
    return ""


def _trim_org(value: str) -> str:
    value = _ORG_END.split(value.strip(), maxsplit=1)[0]
    value = re.sub(r"^(?:the|la|le|les|l['’])\s*", "", value.strip(" \"“”«»'"), flags=re.IGNORECASE)
    return _first_named(value.strip(" .,;:"))


# Co-issuers in one name: "Global Witness and the Diamond Fairness Network", "X; Y; Z".
_AND = re.compile(
    r"\s*;\s*|\s+(?:and|et|&)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*)?"
)
_NOT_ON_ITS_OWN = re.compile(r"^(?:affairs|international)$", re.IGNORECASE)


def _first_named(name: str) -> str:
    """The first of several organisations named together, as a joint statement's issuer is: "Amnesty International
    and Global Witness" is Amnesty International's, but "Ministry of Mines and Energy" one ministry."""
    parts = _AND.split(name, maxsplit=1)
    if len(parts) == 2 and all(_names_one(part) for part in parts):
        return parts[0]
    return name


def _names_one(name: str) -> bool:
    """A whole organisation's name: capitalised, and an organisation's word ("Network") or an acronym ("IMPACT")."""
    if not name[:1].isupper():
        return False
    words = [match.group(0) for match in _ORG_WORDS.finditer(name) if not _NOT_ON_ITS_OWN.match(match.group(0))]
    return (bool(words) and len(name.split()) >= 2) or _acronym_like(name)


def _first_known(text: str, known: list[tuple[str, re.Pattern]]) -> str:
    best = None
    for name, pattern in known:
        if (match := pattern.search(text)) and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best[1] if best else ""


def _most_mentioned(text: str, known: list[tuple[str, re.Pattern]]) -> str:
    # Contacts at the end name partner organisations, not the publisher.
    if contact := _CONTACT_SECTION.search(text):
        text = text[: contact.start()]
    counts = [(len(pattern.findall(text)), name) for name, pattern in known]
    counts = [(count, name) for count, name in counts if count >= 2]
    return max(counts, key=lambda item: item[0])[1] if counts else ""


def looks_like_organisation(name: str, known_organisations=()) -> bool:
    return bool(_ORG_WORDS.search(name) or _first_known(name, _known(tuple(known_organisations))))


# "The Zimbabwe Environmental Law Association (ZELA) today called on…", "La CECIDE salue…": an organisation as
# the subject of an opening sentence, before what it does.
_SUBJECT_VERBS = (
    r"today|yesterday|has|have|had|is|are|was|were|welcomes?|welcomed|calls?|called|urges?|urged|condemns?|condemned"
    r"|says?|said|notes?|noted|regrets?|regretted|deplores?|deplored|applauds?|applauded|expresse[sd]|issued"
    r"|released|announced?|announced|reiterates?|reiterated|warns?|warned|demands?|demanded|joins?|joined"
    r"|concludes|concluded|launche[sd]|launch|publishe[sd]|publish|presents?|presented|hosts?|hosted|adopts?|adopted"
    r"|critici[sz]e[sd]|praise[sd]|commends?|commended|appeals?|appealed|insists?|insisted|believes|accuse[sd]"
    r"|salue|appelle|regrette|d[ée]plore|d[ée]nonce|exhorte|demande|invite|rappelle|constate|se f[ée]licite"
    r"|plaide|exige|r[ée]clame|interpelle|alerte|recommande|condamne|accueille|f[ée]licite|annonce|publie|lance"
    r"|s['’]inqui[èe]te|s['’]insurge|estime|juge|a|ont|est|sont"
    # A news report's words for speaking out: "Mines Watch told Reuters…", "NGO X slams…", "X accuse le PK".
    r"|told|tells|slams?|slammed|blasts?|blasted|hails?|hailed|decries|decried|rejects?|rejected|backs|backed"
    r"|lauds?|lauded|accuses|hits\s+out|hit\s+out|lashe[sd]\s+out|wrote|writes|accuse|critique|fustige|[ée]pingle"
    r"|rejette|conteste|met\s+en\s+garde|s['’]alarme"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier"
    r"|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# When a news report's lead sentence says its subject spoke: "On Tuesday, …", "Lundi dernier, …", "Le 12 mai, …".
_WHEN = (
    rf"(?i:(?:on\s+|this\s+|last\s+|earlier\s+this\s+|ce\s+)?(?:{_WEEKDAYS})(?:\s+(?:dernier|pass[ée]|soir|matin"
    r"|apr[èe]s-midi|morning|afternoon|evening|night))?|today|yesterday|hier|aujourd['’]hui|(?:last|this)\s+week"
    r"|earlier\s+this\s+week|la\s+semaine\s+derni[èe]re|cette\s+semaine"
    rf"|(?:on\s+|le\s+)?\d{{1,2}}(?:er)?\s+{_MONTHS}(?:\s+\d{{4}})?|on\s+{_MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
)
# What may open a release's first sentence before its subject: a dateline ("GENEVA, 12 May 2019 –", "GABORONE
# (Reuters) -", "Antwerp:", "12 May 2019 –"), a bracketed source and date ("(Rapaport…September 10, 2001)"), and
# where the words come from ("In a statement issued on Friday,", "Dans un communiqué publié lundi,").
_BEFORE_SUBJECT = (
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}(?:\s*\([^()\n]{2,30}\))?(?:,\s*[^\n,:–—]{3,30}){0,2}"
    r"\s*(?::|\s[–—-]{1,2})\s+|\([^()\n]{3,60}\d\)\s*|\d{1,2}\s+\w+,?\s+\d{4}\s*[–—-]{1,2}\s+)?"
    rf"(?:{_WHEN}\s*,?\s+)?"
    r"(?:(?i:in|dans)\s+(?i:a|an|its|un|une|son|sa)\s+(?:[\w-]+\s+)?(?i:statement|press\s+release|release"
    r"|communiqu[ée]|d[ée]claration)(?:\s+[^,\n]{3,60})?,\s+)?"
)
_ACRONYM = r"(?:\s*\((?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\))?"
# Between the name and its verb, what it is: "X, a coalition of 30 groups, today called…", "X, a London-based
# watchdog, said…", "l'ONG X, basée à Londres, a dénoncé…".
_APPOSITION = (
    r"(?:\s*,\s+(?P<apposition>(?:a|an|the|which|who|un|une|qui|based|bas[ée]e?s?|founded|fond[ée]e?s?|created"
    r"|cr[ée]{2}e?s?|set\s+up|headquartered|established|implant[ée]e?s?)\s[^,\n]{3,120}),)?"
)
# What a news report calls an organisation before its name: "the watchdog Global Witness", "London-based campaign
# group X", "NGO X slams…", "l'ONG britannique X". Generic words in lower case ("the coalition X"): in capitals they
# begin a name ("the Coalition for…").
_DESCRIBER = (
    r"(?:[Ww]atchdog|[Cc]ampaign(?:ing)?\s+group|(?:[Hh]uman\s+)?[Rr]ights\s+(?:group|organi[sz]ation|watchdog)"
    r"|[Pp]ressure\s+group|[Aa]dvocacy\s+group|[Ll]obby(?:ing)?\s+group|[Aa]ctivist\s+group|[Cc]harity"
    r"|[Tt]hink[\s-]?tank|[Nn]on-?profit(?:\s+organi[sz]ation)?|[Nn]on-?governmental\s+organi[sz]ation|[Ii]ndustry"
    r"\s+(?:body|group|association)|[Tt]rade\s+body|NGO|coalition|organi[sz]ation|association|alliance|network|group)"
)
_FRENCH_DESCRIBER = (
    r"(?:ONG|organisation(?:\s+non[\s-]gouvernementale)?|association|collectif|coalition|plate-?forme|fondation"
    r"|r[ée]seau|groupe\s+de\s+pression|organisme)"
)
_DESCRIPTOR = (
    r"(?P<descriptor>(?:(?:[A-ZÀ-Ý][\w.]*[ \t])?[A-ZÀ-Ý][\w.]*-based[ \t]+)?(?:(?:(?:[\w’'-]+[ \t]+){0,3}?"
    rf"(?P<describer>{_DESCRIBER})|(?P<french_describer>{_FRENCH_DESCRIBER})(?:[ \t]+(?!(?:{_SUBJECT_VERBS}|que|qui"
    r"|dont|dit)\b)(?:[a-zà-ÿ][\w’'-]*|d['’][\w-]+|l['’][\w-]+)){0,6}?)[ \t]+)?)"
)
_SUBJECT = re.compile(
    rf"^{_BEFORE_SUBJECT}(?:(?i:the|la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}"
    r"(?P<org>[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|(?:of|for|and)\s+the|of|for|on|and|de|du|des|la|le|pour"
    r"|et|d['’][\w-]+"
    rf"|l['’][\w-]+|[&-])){{0,12}}{_ACRONYM})"
    rf"{_APPOSITION}\s*,?\s+(?:{_SUBJECT_VERBS})\b"
)
# A French name capitalises its first word only: "Le Centre national d’appui au développement (Cenadep) plaide…",
# "La Coalition pour des diamants équitables a salué…". Its first word says it is an organisation's.
_FRENCH_HEAD = (
    r"(?:Coalition|R[ée]seau|Centre|Association|Minist[èe]re|Observatoire|Plate-?forme|Fondation|Conseil|Comit[ée]"
    r"|Organisation|Institut|F[ée]d[ée]ration|Union|Agence|Groupe|Bureau|Cellule|Commission|Chambre|Syndicat"
    r"|Collectif|Ligue|Mouvement|Forum|Synergie|Alliance|Programme|Initiative|Soci[ée]t[ée]|Action"
    # A state's offices: "Le Gouvernement de la République centrafricaine salue…", "L'Ambassade de France…".
    r"|Gouvernement|Ambassade|Mission|D[ée]l[ée]gation|Direction|D[ée]partement|Secr[ée]tariat|Pr[ée]sidence"
    r"|Haut-Commissariat|Consulat|Autorit[ée]|Consortium|Regroupement|Conf[ée]d[ée]ration|Coordination)"
)
_FRENCH_SUBJECT = re.compile(
    rf"^{_BEFORE_SUBJECT}(?:(?i:la|le|les)\s+|(?i:l)['’]\s*)?{_DESCRIPTOR}"
    rf"(?P<org>{_FRENCH_HEAD}(?:\s+[\w'’-]+){{1,12}}?{_ACRONYM})"
    rf"{_APPOSITION}\s*,?\s+(?:{_SUBJECT_VERBS})\b"
)
# French writes a state's office in lower case too: "Le ministère des Mines de la RDC a annoncé…", "le ministère
# centrafricain des Mines et du Pétrole dénonce…", "le gouvernement ivoirien salue…". Its name is its portfolio (in
# capitals) or its country's adjective; "le gouvernement a dit" names nobody.
_FRENCH_LINK = r"(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
_FRENCH_STATE_SUBJECT = re.compile(
    rf"^{_BEFORE_SUBJECT}(?:(?i:le)\s+|(?i:l)['’]\s*)"
    r"(?P<org>(?P<head>minist[èe]re|gouvernement)(?:\s+(?P<adjective>[a-zà-ÿ][\w-]*))??"
    rf"(?P<portfolio>(?:\s+{_FRENCH_LINK}\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)*){_ACRONYM})"
    rf"\s*,?\s+(?:{_SUBJECT_VERBS})\b"
)


def _french_state_subject(line: str) -> re.Match | None:
    match = _FRENCH_STATE_SUBJECT.match(line)
    if not match:
        return None
    adjective = match.group("adjective")
    if adjective and not country_in(adjective):
        return None  # "le ministère chargé…": not a country's
    return match if adjective or match.group("portfolio") else None


_SIGN_OFF = re.compile(r"^(?:[-–—]+\s*|signed[:,]?\s+|issued by[:,]?\s+|sign[ée]+\s*:?\s*|fait\s+par\s+)", re.I)
_SIGNATURE_LINES = 6
_BULLET = re.compile(r"^[-–—•·*]\s+\w")
_VERB_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|will|would|est|sont|a|ont)\b", re.IGNORECASE)


# An official's title before a name: "Deputy Prime Minister and Minister of Foreign Affairs Didier Reynders".
_TITLE_FIRST = re.compile(
    r"(?:(?:deputy|vice|acting|prime|foreign|assistant)[\s-]+)*(?:minister|president|ambassador|secretary|spokes\w+"
    r"|commissioner|ministre|pr[ée]sident|ambassad(?:eur|rice)|secr[ée]taire|porte-parole)\b(?!\s+of\s+state\b)",
    re.IGNORECASE,
)


# A line ending mid-sentence on a small word ("…the Center for Research and"); a heading may end on any other.
_RUNS_ON = re.compile(r"\b(?:and|or|of|the|for|to|in|on|a|an|et|de|du|des|la|le|les|un|une)\s*$")


def _sentence_subject(lines: list[str], known) -> tuple[str, str] | None:
    """An organisation that is the subject of one of the first sentences of the body."""
    found = _subject_line(lines, known)
    return found[1:] if found else None


def _subject_line(lines: list[str], known) -> tuple[int, str, str] | None:
    """(its line, the organisation, why) for ``_sentence_subject``."""
    for index, line in enumerate(lines[:_HEADER_LINES]):
        match = _SUBJECT.match(line) or _FRENCH_SUBJECT.match(line) or _french_state_subject(line)
        if not match or (index and _RUNS_ON.search(lines[index - 1])):
            continue  # a hard-wrapped line ("…the Center for Research and" / "Development (CRD), a…") runs on
        org = _first_named(" ".join(match.group("org").split()))
        org = org[:1].upper() + org[1:]
        if not _KP_WORDS.sub(" ", org).strip():
            continue  # "The Kimberley Process has…": what the text is about, not who wrote it
        if _TITLE_FIRST.match(org) or _NEWS_OUTLET.search(org):
            continue  # "Minister of Foreign Affairs Didier Reynders welcomes…": an official, whose government speaks
        if _PASSIVE.match(line, match.end("org")):
            continue  # "HRW criticised by the minister": the organisation is what the text is about
        named = _first_known(org, known)
        if named or ((match.group("acronym") or _ORG_WORDS.search(org)) and len(org.split()) >= 2):
            return index, named or org, f"first sentence: “{_short(line)}”"
        if _described_as_organisation(match) and _name_cased(org) and not _is_country(org) and not _PRONOUN.match(org):
            return index, org, f"first sentence: “{_short(line)}”"
    return None


# "HRW criticised by the minister", "Global Witness was accused by…", "l'ONG, critiquée par le ministre": the name
# is the object of what others do, not the speaker.
_PASSIVE = re.compile(
    r"(?:\s*\([^()\n]{1,15}\))?(?:\s*,[^,\n]{3,120},)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been"
    r"|being|been|est|sont|[ée]tait|[ée]taient|sera|seront|(?:a|ont|avait|avaient)\s+[ée]t[ée])\s+)?"
    r"(?:[a-z]+ly\s+|vivement\s+|publiquement\s+)?[a-zà-ÿ]+(?:ed|en|wn|[ée]e?s?|ie?s?|ue?s?|ite?s?)\s+(?:by|par)\s",
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
    return bool(groups.get("describer") or groups.get("french_describer") or _ORGANISATION_NOUN.search(apposition))


# A news headline giving an organisation's words after its name: "Global Witness: the KP is failing".
_HEADLINE_COLON = re.compile(r"^(?P<org>[^:\n]{2,60}?)\s*:\s+(?P<words>\S[^\n]{8,})$")
_HEADLINE_LINES = 3


def _headline_speaker(header: list[str], text: str, known) -> tuple[str, str] | None:
    for line in header[:_HEADLINE_LINES]:
        if not (match := _HEADLINE_COLON.match(line)) or not _name_cased(match.group("org")):
            continue
        org = _organisation_in(match.group("org"), known)
        # A bare acronym is a name only when known or spelt out in the text ("UPDATE:", "GENEVA:" are not).
        if org and (_first_known(org, known) or not _acronym_like(org) or _expansion(org, text)):
            return org, f"headline “{_short(line)}”"
    return None


def _signature(lines: list[str], known) -> tuple[str, str] | None:
    """A sign-off at the end: "— ZELA", "Issued by the Centre for…", a last line naming an organisation."""
    # Contacts name partners and press officers, not the author: the signature comes before them.
    contacts = [index for index, line in enumerate(lines) if _CONTACT_SECTION.match(line)]
    body = lines[: contacts[-1]] if contacts else lines
    tail = body[-_SIGNATURE_LINES:]
    for position in range(len(tail) - 1, -1, -1):
        line = tail[position]
        if _BULLET.match(line) and any(
            _BULLET.match(other) for other in tail[max(0, position - 1) : position + 2] if other is not line
        ):
            continue  # "- Administrative Decision on …;" beside another: an item of a list, not a sign-off
        if line.rstrip().endswith((";", ":")):
            continue  # "-A competent coordination mechanism;": a list's item, or what introduces one
        stripped = _SIGN_OFF.sub("", line).strip(" .")
        signed = stripped != line.strip(" .")
        # A signature is a name: short, not a sentence, not a list ("Honorable Ministers, Ambassadors, …");
        # without "Signed", "Issued by" or a dash, not even a comma.
        too_long = len(stripped.split()) > (12 if signed else 8) or stripped.count(",") > (1 if signed else 0)
        if too_long or (not signed and (line.rstrip().endswith(".") or _VERB_WORDS.search(stripped))):
            continue
        named = _first_known(stripped, known)
        if named or (stripped[:1].isupper() and (signed or _ORG_WORDS.search(stripped))):
            return named or _trim_org(stripped), f"signature at the end: “{_short(line)}”"
    return None


def _short(line: str, limit: int = 90) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"


_ORG_NAME = (
    r"(?:the\s+)?(?P<org>[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’&-]*|of|for|on|and|de|du|des|la|le|et|[&-])){0,10})"
)
# A French name after its article, to the end of its clause or its verb: "selon un communiqué de la Coalition
# pour des diamants équitables, …", "un rapport publié par le Réseau … révèle".
_FRENCH_ORG_NAME = (
    rf"(?P<french>{_FRENCH_HEAD}(?:[ \t]+[\w'’-]+){{0,10}}?{_ACRONYM})"
    r"(?=[ \t]*[,.;:]|[ \t]*$|[ \t]+(?:r[ée]v[èe]le|montre|d[ée]nonce|salue|appelle|demande|plaide|indique|estime"
    r"|affirme|souligne|constate|exige|a|ont|est|publi[ée]e?|dat[ée]e?)\b)"
)
_FRENCH_ORG_NAME_BEFORE = rf"(?P<french>{_FRENCH_HEAD}(?:[ \t]+[\w'’-]+){{0,10}}?{_ACRONYM})(?=[ \t]+dans\b)"
# How a news report says an organisation spoke in a document of its own: "said in a statement", "warned in a new
# report released on Monday", "wrote in an open letter".
_REPORTED = r"said|says|announced|stated|warned|wrote|argued|noted|urged|added|claimed|revealed|found|concluded"
_ITS_WORDS = (
    r"(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|press\s+release|news\s+release|communiqu[ée]"
    r"|(?:open\s+)?letter|submission|briefing)\b"
)
_ITS_WORDS_FR_OR_EN = (
    rf"(?:{_ITS_WORDS}|(?:un|une|son|sa|le|la)\s+(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration|rapport|lettre)\b)"
)
# An acronym after a name, outside it: ``_with_acronym`` gives it back.
_BRACKETED = r"(?:[ \t]*\([A-ZÀ-Ý][\w&.-]{1,14}\))?"
_ORG_NAME_FR_OR_EN = rf"(?:(?:la|le|les)\s+|l['’]\s*)?(?:{_FRENCH_ORG_NAME}|{_ORG_NAME})"
# "according to a statement issued by the Ministry of Commerce", "X said in a statement", "selon un communiqué de X"
_STATEMENT_BY_PATTERNS = [
    # "…, according to a statement issued by X", "A statement from X said…", "…, said a statement by X".
    re.compile(
        r"\b(?i:a|an|the|its)\s+(?:\w+\s+)?(?i:statement|press\s+release|communiqu[ée])\s+"
        rf"(?:issued\s+|released\s+|published\s+)?(?:on\s+\w+\s+)?(?:by|from)\s+{_ORG_NAME}"
    ),
    # "X said in a statement", "…, the X warned in a report released on Monday", "…, said X in a statement".
    re.compile(rf"{_ORG_NAME}{_BRACKETED}\s+(?:{_REPORTED})\s+in\s+{_ITS_WORDS}"),
    re.compile(rf",\s+(?:{_REPORTED})\s+{_ORG_NAME}{_BRACKETED}\s+in\s+{_ITS_WORDS}"),
    # The lede of a release: "…, Human Rights Watch urged today." / "…, said Global Witness today."
    re.compile(
        rf",\s+(?:said\s+|says\s+)?{_ORG_NAME}{_BRACKETED}(?:\s+(?:said|says|urged|warned|stated|announced|argued|wrote))?"
        r"\s+(?:today|yesterday|on\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*[.;]"
    ),
    re.compile(
        r"\b(?i:selon|dans|d['’]apr[èe]s)\s+(?:un|une|le|la)\s+(?:communiqu[ée]|d[ée]claration)\s+"
        rf"(?:(?:publi[ée]e?|diffus[ée]e?|rendue?\s+public(?:que)?)\s+(?:\w+\s+){{0,3}}?)?"
        rf"(?:de\s+la|de\s+l['’]|du|des|de)\s*{_ORG_NAME_FR_OR_EN}"
    ),
    # "d'après ce qu'a déclaré le World Diamond Council (WDC) dans un communiqué", "…, a indiqué le Réseau pour des
    # diamants équitables dans un communiqué".
    re.compile(
        r"\b(?:a|ont)\s+(?:d[ée]clar[ée]|annonc[ée]|indiqu[ée]|affirm[ée]|pr[ée]cis[ée]|d[ée]nonc[ée]|soulign[ée]"
        r"|estim[ée]|rappel[ée]|regrett[ée]|averti)\s+(?:le\s+|la\s+|les\s+|l['’])?"
        rf"(?:{_FRENCH_ORG_NAME_BEFORE}|{_ORG_NAME})(?:\s*\([^)]{{2,12}}\))?\s+dans\s+(?:un|une|son|sa)\s+"
        r"(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration|rapport|lettre)"
    ),
    # A report's launch: "A report published by X reveals…", "Un rapport publié par X révèle…".
    re.compile(
        r"\b(?i:a|an|the|un|une|le)\s+(?:new\s+|nouveau\s+)?(?i:report|study|rapport|[ée]tude)\s+"
        r"(?:published|released|issued|publi[ée]e?|rendue?\s+public)\s+(?:today\s+|aujourd['’]hui\s+)?(?:by|par)\s+"
        rf"{_ORG_NAME_FR_OR_EN}"
    ),
    # A newspaper passing on a statement: "The Herald reports that the X Network has condemned…".
    re.compile(
        rf"\b(?i:reports?|reported)\s+that\s+{_ORG_NAME}\s+(?:has\s+|have\s+|had\s+)?(?:said|called|condemned"
        r"|welcomed|urged|warned|announced|critici[sz]ed|demanded|rejected)\b"
    ),
]
_STATEMENT_CHARS = 3000
# A newspaper or a news agency reports others' statements: its own name never issues one.
_OUTLET_WORDS = (
    r"herald|times|news|post|tribune|gazette|journal|magazine|radio|television|daily|chronicle|guardian|mail"
    r"|standard|observer|reuters|afp|xinhua|bloomberg|press\s+agency|agence\s+france|associated\s+press|newsday"
    r"|presse|quotidien|hebdomadaire"
)
_NEWS_OUTLET = re.compile(rf"\b(?:{_OUTLET_WORDS})\b", re.IGNORECASE)
# The same words run together in a site's address: "thezimbabwedaily", "globalwitnessnews".
_OUTLET_WORD = re.compile(_OUTLET_WORDS.replace(r"\s+", ""), re.IGNORECASE)
# The KP speaks for itself in its communiqués and decisions (said by the title), and through its chair.
_KP_TITLE = re.compile(r"\b(?:kimberley\s+process|kp|processus\s+de\s+kimberley|pk)\b", re.IGNORECASE)
_KP_TITLE_WORDS = re.compile(
    r"\b(?:communiqu[ée]|closing\s+statement|resolution|r[ée]solution|administrative\s+decision"
    r"|d[ée]cision\s+administrative)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 25
_FINAL_COMMUNIQUE = re.compile(r"\b(?:final\s+communiqu[ée]|communiqu[ée]\s+final)\b", re.IGNORECASE)
_COMMUNIQUE_HEADING = re.compile(
    r"^(?:final\s+)?communiqu[ée](?:\s+final)?(?:\s+(?:from|of|du|de)\b.*)?\s*$"
    r"|^(?:the\s+)?(?:kimberley\s+process|kp|processus\s+de\s+kimberley)\s+(?:final\s+)?communiqu[ée]\b",
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^(?:distinguished|honou?rable|excellenc|your\s+excellenc|his\s+excellenc|her\s+excellenc|ladies\s+and"
    r"|mr\.?\s+(?:chair|president)|madam|dear\s|representatives?\s+of|members\s+of|mesdames|messieurs|chers?\s)",
    re.IGNORECASE,
)


# The page saying who publishes it, at its head or its foot: "Issued by X", "Published by X", "Source : X".
_PUBLISHED_BY = re.compile(
    r"^(?:(?:issued|published|released|posted|distributed|produced)\s+by|source|publisher"
    r"|(?:publi[ée]|diffus[ée]|[ée]mis|r[ée]dig[ée])e?\s+par)\s*[:,]?\s+(?P<org>[^\n]{2,120})$",
    re.IGNORECASE | re.MULTILINE,
)
_FOOT_LINES = 8


def _foot(lines: list[str]) -> list[str]:
    """The last lines, where a page says who publishes it, signs it or owns it; none of the header's."""
    return lines[_HEADER_LINES:][-_FOOT_LINES:]


def _published_by(lines: list[str], known) -> tuple[str, str] | None:
    edges = "\n".join(lines[:_HEADER_LINES] + _foot(lines))
    return _named_by([_PUBLISHED_BY], edges, known, "its publisher: ")


def _statement_by(text: str, known) -> tuple[str, str] | None:
    """ "…, according to a statement issued by the Ministry of Commerce": a report naming whose statement it is."""
    return _named_by(_STATEMENT_BY_PATTERNS, text, known, "")


# A French wire report's source: "…, a-t-on appris vendredi auprès du gouvernement sud-africain", "a-t-on appris
# auprès de l'ONG Mines Watch".
_LEARNT_FROM = re.compile(
    r"\ba-t-on\s+appris(?:\s+[\w'’-]+){0,4}?\s+aupr[èe]s\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    rf"(?:(?P<described>{_FRENCH_DESCRIBER})\s+)?(?P<source>[^,.;:()\n«»“”\"]{{3,80}})",
    re.IGNORECASE,
)


def _learnt_from(text: str, known) -> tuple[str, str] | None:
    for match in _LEARNT_FROM.finditer(text):
        source = _trim_org(match.group("source"))
        described = bool(match.group("described"))
        if found := _organisation_in(source[:1].upper() + source[1:], known, described=described):
            return found, f"its source: “{_short(match.group(0))}”"
    return None


def _named_by(patterns: list[re.Pattern], text: str, known, why: str) -> tuple[str, str] | None:
    """The first organisation one of the patterns names: known, or with the words or acronym of one; not the KP
    (what every text is about) nor a newspaper."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            org = _trim_org(_org_group(match))
            if not org or not _KP_WORDS.sub(" ", org).strip() or _NEWS_OUTLET.search(org):
                continue
            named = _first_known(org, known)
            if named or _ORG_WORDS.search(org) or _acronym_like(org):
                return named or org, f"{why}“{_short(match.group(0))}”"
    return None


# Someone speaking for an organisation in the opening lines: the organisation's words, whoever reports them.
_PERSON_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]+|de|van|der|von|bin|al-[\w-]+)){1,4}"
_SPEAKS_FOR = (
    r"(?:today\s+|has\s+|had\s+|a\s+)?(?:said|says|told|tells|stated|added|explained|noted|warned|urged|called"
    r"|welcomed|announced|argued|insisted|stressed|d[ée]clar[ée]|affirm[ée]|indiqu[ée]|soulign[ée]|expliqu[ée]"
    r"|estim[ée]|d[ée]clare|affirme|indique|souligne|explique|estime|salu[ée])\b"
)
_OF = r"(?:of|at|for|with|du|de\s+la|de\s+l['’]|des|de|d['’])"
_SPOKESPERSON_PATTERNS = [
    # "Amara Okonkwo, director of the Diamond Fairness Network, said…"
    re.compile(
        rf"\b{_PERSON_NAME},[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|le[ \t]+|la[ \t]+)?(?:[\w-]+[ \t]+){{1,4}}?{_OF}[ \t]+"
        rf"{_ORG_NAME_FR_OR_EN}\s*,\s+{_SPEAKS_FOR}"
    ),
    # "The Diamond Fairness Network's director Amara Okonkwo said…", "Diamond Fairness Network director Amara…"
    re.compile(rf"{_ORG_NAME}(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){{1,4}}{_PERSON_NAME},?\s+{_SPEAKS_FOR}"),
    # "X president Amara Okonkwo sent his congratulations and, in a statement, welcomed…": its statement.
    re.compile(
        rf"{_ORG_NAME}(?:['’]s)?[ \t]+(?:[a-z][\w-]*[ \t]+){{1,4}}{_PERSON_NAME}\b[^.\n“”\"]{{0,160}}?"
        rf"\b(?:in|dans)\s+{_ITS_WORDS_FR_OR_EN}"
    ),
    # "“…,” said Amara Okonkwo, director of the X Network, in a statement", "a déclaré Jean Mbala, directeur du
    # Réseau …, dans un communiqué": a quote's speaker, named with the organisation, in its document.
    re.compile(
        rf"\b(?:{_REPORTED}|a\s+(?:d[ée]clar[ée]|indiqu[ée]|affirm[ée]|soulign[ée]|expliqu[ée]|ajout[ée])|d[ée]clare"
        rf"|explique|souligne|ajoute)\s+{_PERSON_NAME},[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+)?(?:[\w-]+[ \t]+){{1,4}}?"
        rf"{_OF}[ \t]+{_ORG_NAME_FR_OR_EN}\s*,?\s+(?:in|dans)\s+{_ITS_WORDS_FR_OR_EN}"
    ),
    # "Le directeur du Réseau pour des diamants équitables, Jean Mbala, a déclaré…"
    re.compile(
        rf"\b(?i:le|la|l['’])\s*(?:[\w-]+[ \t]+){{1,3}}?{_OF}[ \t]+{_ORG_NAME_FR_OR_EN},[ \t]+{_PERSON_NAME},\s+"
        rf"{_SPEAKS_FOR}"
    ),
]
_SPOKESPERSON_CHARS = 1200


def _spokesperson_of(header: list[str], known) -> tuple[str, str] | None:
    """ "Amara Okonkwo, director of the X Network, said…" in the opening lines: the organisation speaks."""
    opening = "\n".join(line for line in header if not _SALUTATION.match(line))[:_SPOKESPERSON_CHARS]
    return _named_by(_SPOKESPERSON_PATTERNS, opening, known, "its spokesperson: ")


def _org_group(match: re.Match) -> str:
    # "The X Network's director…": the name without its possessive.
    return re.sub(r"['’]s$", "", (match.groupdict().get("french") or match.group("org") or "").strip())


def _kimberley_process_itself(header: list[str], text: str) -> tuple[str, str] | None:
    # A title may run over two lines: "FINAL COMMUNIQUE" / "KIMBERLEY PROCESS PLENARY MEETING…".
    title = " ".join(header[:2]) if header and len(header[0].split()) <= 3 else header[0] if header else ""
    # An opening paragraph that mentions "un communiqué" or "a resolution" is not a title: it must speak of the
    # KP's final communiqué ("C'est la substance du communiqué final de la réunion…").
    words = _KP_TITLE_WORDS if len(title.split()) <= _TITLE_WORDS else _FINAL_COMMUNIQUE
    if _KP_TITLE.search(title) and words.search(title):
        return "Kimberley Process", f"the title: “{_short(title)}”"
    # Below a site's banner: "Final Communiqué" / "from the Kimberley Process Plenary Meeting".
    for index, line in enumerate(header):
        if _COMMUNIQUE_HEADING.match(line):
            heading = " ".join(header[index : index + 2])
            if _KP_TITLE.search(heading):
                return "Kimberley Process", f"the title: “{_short(heading)}”"
    if voice := kp_chair_voice(header, text):
        return "Kimberley Process", f"its chair speaks: “{_short(voice)}”"
    return None


# --- Spokespersons, briefings, departments and the KP acting

# The KP's own offices issue the KP's statements: "Communiqué de la Présidence du Processus de Kimberley",
# "Statement by the Chair of the Kimberley Process", "Press release – KP Chairmanship".
_KP_NAME = r"(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?|processus\s+de\s+kimberley|kpcs|kp|pk)"
_KP_OFFICE = re.compile(
    rf"(?:pr[ée]sidence|presidency|chair(?:man|person)?(?:ship)?|secretariat|secr[ée]tariat)\s+(?:of|du|de\s+la)\s+"
    rf"{_KP_NAME}(?:\s*\((?:kpcs|kp|pk)\))?|{_KP_NAME}(?:\s*\((?:kpcs|kp|pk)\))?\s+(?:chair(?:man|person)?(?:ship)?"
    r"|presidency|secretariat)",
    re.IGNORECASE,
)

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
        body = _trim_org(body)
        if found := _organisation_in(body[:1].upper() + body[1:], known):
            return found
    if whose := match.group("whose"):
        if (country := country_in(whose)) and country[1] == 0:
            return country[0]
        return _organisation_in(whose, known)
    return ""


# "State Dept. Press Briefing on Conflict Diamonds", "Ministry of Mines Press Briefing": an office briefing the press.
_BRIEFING_HEADING = re.compile(
    r"^(?P<org>[^\n:|–—]{2,80}?)\s+(?:(?i:daily|special|background|joint)\s+)?(?i:press\s+)?(?i:briefing)\b"
)
_STATE_OFFICE = re.compile(
    r"\b(?:ministry|minist[èe]re|department|dept|office|embassy|ambassade|mission|government|gouvernement|agency"
    r"|bureau|secretariat|commission)\b",
    re.IGNORECASE,
)


def _briefing_heading(header: list[str]) -> tuple[str, str] | None:
    for line in header[:_OFFICE_LINES]:
        if not (match := _BRIEFING_HEADING.match(line)):
            continue
        org = re.sub(r"\bDept\b\.?", "Department", _trim_org(match.group("org")))
        if _name_cased(org) and _STATE_OFFICE.search(org) and not _NEWS_OUTLET.search(org):
            return org, f"heading “{_short(line)}”"
    return None


# "Minister of Natural Resources Canada": a department whose name ends with its country's ("Global Affairs Canada"),
# not "Minister of Mines of Zimbabwe", a portfolio of the government.
def _department_named(sentence: str, country: str) -> str:
    words = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5}"
    match = re.search(rf"\b(?i:minister)\s+(?:of|for)\s+(?P<department>{words}){re.escape(country)}\b", sentence)
    return f"{match.group('department')}{country}" if match else ""


# The Process itself acting as the subject of the opening: "The Kimberley Process (KP), which is chaired by…, has
# opened its secretariat", "Le Processus de Kimberley a annoncé…". "The Kimberley Process has a rotating chair",
# "…is a scheme" describe what the text is about.
_KP_ACTS = re.compile(
    rf"^{_BEFORE_SUBJECT}(?i:the\s+|le\s+)?(?i:kimberley\s+process(?:\s+certification\s+scheme)?|processus\s+de"
    r"\s+kimberley)(?:\s*\((?:KPCS|KP|PK)\))?(?:\s*,\s+(?i:which|who|qui)\s[^\n]{3,200}?,)?\s+"
    r"(?i:today\s+|yesterday\s+|aujourd['’]hui\s+|on\s+\w+day\s+)?"
    r"(?i:(?:has\s+|have\s+)?(?:announced|opened|adopted|launched|issued|published|released|decided|welcomed"
    r"|suspended|appointed|agreed)|announces|opens|adopts|launches|issues|publishes|releases|decides|welcomes"
    r"|suspends|appoints|a\s+(?:annonc[ée]|ouvert|adopt[ée]|lanc[ée]|publi[ée]|d[ée]cid[ée]|salu[ée]|suspendu"
    r"|nomm[ée])|annonce|adopte|lance|publie|d[ée]cide|salue|suspend)\b"
)
_KP_ACTS_LINES = 4  # the title, a dateline or byline, and the first sentence


# A report of what the Process said in its own statement: "In its closing statement, the KP said…", "the
# Kimberley Process said in its final communiqué", "le Processus de Kimberley a indiqué dans son communiqué final".
_KP_SUBJECT = (
    r"(?:the\s+|le\s+)?(?:kimberley\s+process|processus\s+de\s+kimberley|kp|pk)(?:\s+plenary|\s+pl[ée]ni[èe]re)?"
)
_KP_SAYS = (
    r"(?:said|says|stated|declared|noted|added|a\s+(?:d[ée]clar[ée]|indiqu[ée]|affirm[ée]|soulign[ée])|d[ée]clare)"
)
_KP_DOCUMENT = (
    r"(?:its|a|the|son|sa|un|une|le|la)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|declaration|d[ée]claration)"
    r"(?:\s+final)?"
)
_KP_STATEMENT = re.compile(
    rf"(?:\b(?:in|dans)\s+{_KP_DOCUMENT}(?:\s+[^,\n]{{3,60}})?,\s+{_KP_SUBJECT}\s+{_KP_SAYS}"
    rf"|\b{_KP_SUBJECT}\s+{_KP_SAYS}\s+(?:in|dans)\s+{_KP_DOCUMENT})\b",
    re.IGNORECASE,
)


def _kimberley_process_acts(header: list[str]) -> tuple[str, str] | None:
    for line in header[:_KP_ACTS_LINES]:
        if match := _KP_ACTS.match(line):
            return "Kimberley Process", f"first sentence: “{_short(match.group(0))}”"
    for line in header:
        if match := _KP_STATEMENT.search(line):
            return "Kimberley Process", f"its own statement: “{_short(match.group(0))}”"
    return None


# A banner repeated at the top of a web page: "Permanent Mission of the Russian Federation to the United Nations".
def _letterhead(header: list[str], known) -> tuple[str, str] | None:
    seen: set[str] = set()
    for line in header:
        key = " ".join(line.split()).casefold()
        banner = key in seen and len(line.split()) <= 12 and _name_cased(line) and not _VERB_WORDS.search(line)
        if banner and (named := _first_known(line, known) or (_ORG_WORDS.search(line) and line.strip(" ."))):
            return named, f"the page's banner: “{_short(line)}”"
        seen.add(key)
    return None


def _name_cased(line: str) -> bool:
    """ "Permanent Mission of the Russian Federation": every word of four letters or more is capitalised, as in a
    name, not a headline's "Global Witness’s exit from The Kimberley Process"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return bool(words) and all(word[0].isupper() for word in words if len(word) >= 4 or word[0].isupper())


# A public office's letterhead above the text: "Ministry of Minerals, Energy and Water Resources (MMEWR)",
# "Delegation of the European Union" / "to the United Nations - New York", "Office of the Spokesperson".
_OFFICE_HEADING = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:(?:permanent\s+)?mission|ministry|minist[èe]re|department|d[ée]partement"
    r"|embassy|ambassade|high\s+commission|consulate|consulat|delegation|d[ée]l[ée]gation|office|government"
    r"|gouvernement|presidency|pr[ée]sidence|(?:mission|repr[ée]sentation)\s+permanente|haut-commissariat)"
    r"\s+(?:(?:of|for|to|du|de|des)\s|d['’])",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|le|la|l['’])\s*(?=[A-ZÀ-Ý])", re.IGNORECASE)
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
_HEADLINE_VERB = re.compile(rf"\b(?:{_SUBJECT_VERBS})\b", re.IGNORECASE)


def _office_cased(line: str) -> bool:
    return _name_cased(line) or bool(_FRENCH_OFFICE.match(line) and not _HEADLINE_VERB.search(line))


def _office_heading(header: list[str]) -> tuple[str, str] | None:
    for index, line in enumerate(header[:_OFFICE_LINES]):
        if not _OFFICE_HEADING.match(line) or line.rstrip().endswith(".") or not _office_cased(line):
            continue
        if index + 1 < len(header) and _CONTINUES.match(header[index + 1]):
            line = f"{line} {header[index + 1]}"
        name = _ARTICLE.sub("", re.split(r"\s+[-–—|]\s+|\s*[|:]\s*", line, maxsplit=1)[0].strip(" .,;"))
        if len(name.split()) <= _OFFICE_WORDS:
            return name, f"the office's heading: “{_short(line)}”"
    return None


# The General Assembly or the Security Council acting: "The UN General Assembly on Tuesday adopted a resolution",
# "General Assembly Adopts Resolution…", "the United Nations General Assembly today reaffirmed its support".
_UN_ORGAN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=--\s)|(?<=[–—]\s))(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?"
    r"(?P<organ>General\s+Assembly|Security\s+Council)\s+(?:today\s+|on\s+\w+\s+|unanimously\s+)?"
    r"(?:adopt(?:s|ed)|reaffirm(?:s|ed)|welcome[sd]?|encourage[sd]|recogni[sz]e[sd]|stresse[sd]|urge[sd]|approve[sd]"
    r"|call(?:s|ed)\s+(?:on|upon|for))\b",
    re.IGNORECASE | re.MULTILINE,
)


def _un_organ(text: str) -> tuple[str, str] | None:
    if match := _UN_ORGAN.search(text):
        organ = " ".join(word.capitalize() for word in match.group("organ").split())
        return f"United Nations {organ}", f"“{_short(match.group(0))}”"
    return None


# "The following speech was delivered by Philip T. Reeker, Deputy Spokesman of the United States Department of
# State on…": the speaker's own office names the organisation.
_AFFILIATION = re.compile(
    r"\b(?:speech|address|remarks|statement|intervention)\s+(?:was\s+)?(?:delivered\s+|given\s+|made\s+)?by\s+"
    r"[^,\n]{3,60},\s+(?:[\w-]+\s+){1,5}?(?:of|at|for)\s+(?:the\s+)?(?P<org>[A-Z][^,\n]{3,80})",
)


def _speaker_affiliation(header: list[str], known) -> tuple[str, str] | None:
    for line in header:
        if not (match := _AFFILIATION.search(line)):
            continue
        org = _trim_org(match.group("org"))
        if named := _first_known(org, known):
            return named, f"the speaker's office: “{_short(match.group(0))}”"
        if _ORG_WORDS.search(org) and len(org.split()) <= 10:
            return org, f"the speaker's office: “{_short(match.group(0))}”"
    return None


def _host(url: str) -> str:
    return re.sub(r"^(?:www|eng|en|fr|www2)\.", "", (url.split("://", 1)[-1].split("/", 1)[0]).lower())


def _site_owner(text: str, url: str, known) -> tuple[str, str] | None:
    """An organisation's own site: "eng.alrosa.ru" publishing "ALROSA CEO meets…" is ALROSA's release, a page of
    "kpcivilsociety.org" the KP Civil Society Coalition's; never a news outlet's ("globalwitnessdaily.com")."""
    host = _host(url)
    label = host.split(".")[0] if "." in host else ""
    if len(label) < 3 or _OUTLET_WORD.search(label):
        return None
    if named := _owner_by_address(label, known):
        return named, f"the site's address ({host})"
    # A government's site named after its country ("southafrica.be").
    if (country := country_spelt(label)) and country_in(text):
        return country, f"the site's address ({host})"
    # An acronym in capitals, as organisations write their own name ("ALROSA"); a news site's name is not.
    match = re.search(rf"(?<![\w-])({re.escape(label)})(?![\w-])", text, re.IGNORECASE)
    if match and match.group(1).isupper() and not _NEWS_OUTLET.search(match.group(1)):
        return match.group(1), f"the site's address ({host}) names it in the text"
    return None


# What an address adds to a short acronym: "ddiglobal.org", "hrwonline.org"; a longer name or acronym may take any word
# ("ipisresearch.be", "impacttransform.org").
_ADDRESS_WORDS = {"global", "online", "web", "info", "intl", "international", "org", "hq", "official", "world"}
_ADDRESS_ACRONYM = 4


def _owner_by_address(label: str, known) -> str:
    """The known organisation whose name, name without its last word ("kpcivilsociety" for the KP Civil Society
    Coalition) or acronym the address's first label spells, alone or before a word of the site's own."""
    label = label.removeprefix("the").replace("-", "")
    for named, _pattern in known:
        full = re.sub(r"[^a-z0-9]", "", fold(named))
        for key in _address_keys(named):
            rest = label.removeprefix(key)
            if rest == label:
                continue
            # "IPIS", "IMPACT", "kpcivilsociety": a name in capitals or a shortened one; not a whole name's words.
            short = _acronym_like(named) or key != full
            if not rest or rest in _ADDRESS_WORDS or (short and len(key) >= _ADDRESS_ACRONYM and len(rest) >= 3):
                return named
    return ""


def _address_keys(name: str) -> set[str]:
    def spelt(words: list[str]) -> str:
        return re.sub(r"[^a-z0-9]", "", fold(" ".join(words)))

    words = name.split()
    core = _KP_WORDS.sub(" ", name).split()
    keys = {spelt(words), spelt(core)}
    if len(words) >= 3 and _ORG_WORDS.fullmatch(words[-1]):
        keys.add(spelt(words[:-1]))  # "kpcivilsociety": the name without "Coalition"
    if len(words) >= 3:
        keys.add(_initials(name).lower())  # "ddi"
    return {key for key in keys if len(key) >= 3}


# --- Joint statements, letters and op-eds: who signs, who writes

# "Open letter from X to the Chair", "Lettre ouverte de la Coalition …", "Submission by X".
_LETTER_FROM = re.compile(
    r"^(?:(?:joint\s+|open\s+)*letter|submission|position\s+paper)\s+(?:from|by|of)\s+(?P<org>[^\n]{3,160})$"
    r"|^(?:lettre(?:\s+ouverte)?(?:\s+conjointe)?|contribution|note\s+de\s+position)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"\s*(?P<french>[^\n]{3,160})$",
    re.IGNORECASE | re.MULTILINE,
)


# "CNRG statement on the plenary", "Global Witness's submission to the Chair": a heading naming whose it is.
_OWN_STATEMENT = re.compile(
    r"^(?P<org>[^\n:|–—]{2,80}?)(?:['’]s?)?\s+(?:joint\s+)?(?:statement|press\s+release|press\s+statement|submission"
    r"|position\s+paper|letter)\s+(?:on|at|to|regarding|concerning|about|ahead\s+of|following|for)\s",
    re.IGNORECASE | re.MULTILINE,
)


_OWN_NAME_WORDS = 3


def _letter_from(header: list[str], known) -> tuple[str, str] | None:
    if found := _named_by([_LETTER_FROM], "\n".join(header), known, "heading "):
        return found
    # "Civil society statement on…" describes its authors: only a name of their own says who they are.
    for match in _OWN_STATEMENT.finditer("\n".join(header)):
        org = _trim_org(match.group("org"))
        own_name = (
            _first_known(org, known) or _acronym_like(org) or (_name_cased(org) and len(org.split()) >= _OWN_NAME_WORDS)
        )
        if own_name and (found := _organisation_in(org, known)):
            return found, f"heading “{_short(match.group(0))}”"
    return None


# A list of who signs a joint statement, or its heading: "Signed: X; Y; Z", "Signatories:" / "1. X" / "2. Y".
_SIGNATORIES = re.compile(
    r"^(?:signed(?:\s+by)?|signatories|co-?signed\s+by|endorsed\s+by|(?:list\s+of\s+)?signatories|the\s+undersigned"
    r"|(?:liste\s+des\s+)?signataires|sign[ée]\s+par|ont\s+sign[ée])\s*(?:\([^()\n]{0,40}\))?\s*[:.]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]|[-–—•·*])\s*")
_SEPARATORS = re.compile(r"\s*[;,]\s*")


def _signatories(lines: list[str], known) -> tuple[str, str] | None:
    """The first organisation of a list of signatories: a joint statement's first-named issuer."""
    for index, line in enumerate(lines):
        if not (match := _SIGNATORIES.match(line)) or len(line.split()) > 40:
            continue
        first = match.group("rest") or (lines[index + 1] if index + 1 < len(lines) else "")
        for piece in _SEPARATORS.split(_LIST_MARK.sub("", first)):
            if found := _organisation_in(piece, known):
                return found, f"the first of its signatories: “{_short(line)}”"
    return None


def _organisation_in(piece: str, known, described: bool = False) -> str:
    """An organisation's name, whole: known, or capitalised with an organisation's word or as an acronym (any name,
    ``described`` as an organisation by the words around it); not the KP, not a newspaper."""
    org = _trim_org(piece)
    if not org or not _KP_WORDS.sub(" ", org).strip() or _NEWS_OUTLET.search(org) or len(org.split()) > 12:
        return ""
    if named := _first_known(org, known):
        return named
    named_like = _ORG_WORDS.search(org) or _acronym_like(org) or (described and _name_cased(org))
    return org if org[:1].isupper() and named_like else ""


# A letter's close and the signature below it: "Yours sincerely," / "Name" / "Executive Director, X";
# "Veuillez agréer, Madame, …" / "Pour la Coalition …" / "Name, Coordonnateur".
_CLOSING = re.compile(
    r"^(?:(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm)\s+regards|regards"
    r"|respectfully(?:\s+yours)?|cordialement|bien\s+(?:cordialement|[àa]\s+vous)|respectueusement"
    r"|(?:veuillez|nous\s+vous\s+prions|je\s+vous\s+prie)\b[^\n]{0,200})[,.]?$",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"^(?:(?:for\s+and\s+)?on\s+behalf\s+of|pour|au\s+nom\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s+(?P<org>[^\n]+?)"
    r"[,:]?$",
    re.IGNORECASE,
)
_SIGNATURE_BLOCK = 5
_SIGNATURE_WORDS = 14


def _letter_signature(lines: list[str], known) -> tuple[str, str] | None:
    """The organisation in a letter's signature: below its closing words, or "on behalf of" it."""
    foot = _foot(lines)
    closings = [index for index, line in enumerate(foot) if _CLOSING.match(line)]
    block = foot[closings[-1] + 1 : closings[-1] + 1 + _SIGNATURE_BLOCK] if closings else []
    for line in foot:
        if _VERB_WORDS.search(line) or len(line.split()) > _SIGNATURE_WORDS:
            continue
        if (match := _ON_BEHALF.match(line)) and (found := _organisation_in(match.group("org"), known)):
            return found, f"signed on its behalf: “{_short(line)}”"
    for line in block:
        if _VERB_WORDS.search(line) or len(line.split()) > _SIGNATURE_WORDS:
            continue
        for piece in _SEPARATORS.split(line):
            if found := _organisation_in(piece, known):
                return found, f"the letter's signature: “{_short(line)}”"
    return None


# A byline naming the author's organisation: "By Amara Okonkwo, director of the X Network", "By Amara Okonkwo,
# Executive Director, X", "Par Jean Mbala, coordonnateur du Réseau …"; at the foot, "Amara Okonkwo is the director
# of the X Network." The author writes for the organisation.
_BYLINE = re.compile(rf"^(?i:by|par|written\s+by|[ée]crit\s+par)\s+{_PERSON_NAME}\s*(?:,|\(|[–—-])\s*(?P<rest>.+)$")
_AUTHOR_BIO = re.compile(
    rf"^{_PERSON_NAME}\s+(?:is|est)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+|l['’]|un\s+|une\s+)?(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:of|at|with|for|du|de\s+la|de\s+l['’]|des|de|d['’]|au\s+sein\s+(?:de\s+la|du|des|de))\s*"
    r"(?P<org>[^\n]{3,120})$"
)
_ROLE_OF = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,4}?(?:of|at|for|with|du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    r"(?P<org>.+)$",
    re.IGNORECASE,
)


def _byline(header: list[str], known) -> tuple[str, str] | None:
    for line in header:
        if not (match := _BYLINE.match(line)):
            continue
        for piece in re.split(r"\s*[,()]\s*", match.group("rest")):
            role = _ROLE_OF.match(piece)
            if found := _organisation_in(role.group("org") if role else piece, known):
                return found, f"its author's organisation: “{_short(line)}”"
    return None


# Under a title, an organisation's name alone beside the date ("Amnesty International" / "November 4, 2002"): the
# byline of the organisation that wrote it.
_DATE_ONLY = re.compile(
    rf"^(?i:(?:(?:{_WEEKDAYS}),?\s+)?(?:\d{{1,2}}(?:er)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}))$"
)
_BYLINE_NAME_WORDS = 8
_FRENCH_NAME_START = re.compile(rf"(?:(?:Le|La|Les|L['’])\s*)?{_FRENCH_HEAD}\b")


def _name_by_date(header: list[str], known) -> tuple[str, str] | None:
    for index in range(1, min(len(header), _HEADLINE_LINES + 1)):
        line = header[index].strip(" .")
        beside = header[index - 1 : index] + header[index + 1 : index + 2]
        if not any(_DATE_ONLY.match(other.strip()) for other in beside) or len(line.split()) > _BYLINE_NAME_WORDS:
            continue
        if _VERB_WORDS.search(line) or not (_name_cased(line) or _FRENCH_NAME_START.match(line)):
            continue
        if (org := _organisation_in(line, known)) and (_first_known(line, known) or org == _ARTICLE.sub("", line)):
            return org, f"its byline: “{_short(line)}”"
    return None


def _author_bio(lines: list[str], known) -> tuple[str, str] | None:
    for line in _foot(lines):
        if (match := _AUTHOR_BIO.match(line)) and (found := _organisation_in(match.group("org"), known)):
            return found, f"its author's organisation: “{_short(line)}”"
    return None


# --- Interviews: the interviewee speaks for the organisation the text names beside them

# What makes a text an interview: "Q: …" / "A: …" or "Question :" / "Réponse :" lines, "X answers our questions",
# « X répond à nos questions », "Interview: X", "Entretien avec X", "In an interview with the Herald, X said", or an
# interviewer's lines beside a person's answers ("LUSAKA WEEKLY: What…?" / "Amara Okonkwo: Very little.").
_QA_LINE = re.compile(r"^(?:q|a|question|r[ée]ponse|answer)\s*[:.–—-]\s+\S", re.IGNORECASE)
_LABELLED_LINE = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:\n]{1,40}?)\s*:\s+\S")
_INTERVIEW_WORDS = re.compile(
    rf"(?P<who>{_PERSON_NAME})\b[^\n]{{0,160}}?\b(?:answers|answered|r[ée]pond|a\s+r[ée]pondu)\s+(?:to\s+)?"
    r"(?:our|nos|à\s+nos)\s+questions"
    rf"|\b(?i:interview|entretien|entrevue)\s*(?::|with|avec)\s+(?P<with>{_PERSON_NAME})"
    r"|\b(?P<phrase>(?i:in\s+an\s+interview\s+with|dans\s+un\s+entretien\s+(?:avec|accord[ée]\s+[àa])))"
)
_INTERVIEW_CHARS = 2000


def _interviewee(lines: list[str], known) -> tuple[str, str] | None:
    """The organisation an interview names beside the person who answers: "Q: … A: …" under "Amara Okonkwo is
    the director of the X Network", « Jean Mbala, coordonnateur du Réseau …, répond à nos questions »."""
    people = _interviewees(lines)
    if people is None:
        return None
    flat = _unwrapped(lines)[: _INTERVIEW_CHARS * 4]
    for person in people or [_PERSON_NAME]:
        # Unnamed, the interviewee is the person a biography describes: "X is the director of the Y".
        for pattern in _beside_patterns(person) if people else _beside_patterns(person)[:2]:
            for match in pattern.finditer(flat):
                if not people and not _a_person(match.group("person"), known):
                    continue  # "In an interview with BG News, Minister…": the outlet, not a person
                if found := _organisation_in(_org_group(match), known):
                    return found, f"the interviewee's organisation: “{_short(match.group(0))}”"
    return None


def _unwrapped(lines: list[str]) -> str:
    """The lines with a hard-wrapped sentence made whole again ("…the Center for Research and" / "Development")."""
    text = ""
    for line in lines:
        runs_on = text and (_RUNS_ON.search(text) or line[:1].islower())
        text = f"{text} {line}" if runs_on else f"{text}\n{line}" if text else line
    return text


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
    return not (_NEWS_OUTLET.search(name) or _ORG_WORDS.search(name) or country_in(name) or _first_known(name, known))


def _answers(label: str) -> bool:
    """A label naming a person who answers, not the interviewer's outlet or a "Q"."""
    return bool(re.fullmatch(_PERSON_NAME, label)) and not label.isupper() and not _NEWS_OUTLET.search(label)


_ROLE_WORDS = r"(?:the\s+|a\s+|an\s+|le\s+|la\s+|l['’]|un\s+|une\s+)?(?:[\w'’-]+\s+){0,4}?"


@functools.cache
def _beside_patterns(person: str) -> list[re.Pattern]:
    """An organisation named beside a person: "X, director of the Y", "X is the coordinator of the Y", "X heads the
    Y", "X of the Y", "X (Y)"."""
    who = rf"(?<![\w-])(?P<person>{person})"
    return [
        re.compile(rf"{who},\s+{_ROLE_WORDS}{_OF}\s*{_ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:is|was|est|[ée]tait)\s+{_ROLE_WORDS}{_OF}\s*{_ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:heads|leads|runs|dirige|pr[ée]side)\s+{_ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s+(?:of|from|du|de\s+la|de\s+l['’]|des)\s+{_ORG_NAME_FR_OR_EN}"),
        re.compile(rf"{who}\s*\((?P<org>[^()]{{2,80}})\)"),
    ]


# --- A page's foot: its owner, its boilerplate, its press contact

# "© 2019 X. All rights reserved.", "Copyright © X 2019", "(c) 2019 X | Privacy".
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<org>[^.|\n]{2,100}?)"
    r"(?:\s+\d{4})?\s*(?:[.|]|$)",
    re.IGNORECASE,
)


def _copyright(lines: list[str], known) -> tuple[str, str] | None:
    for line in reversed(_foot(lines)):
        if (match := _COPYRIGHT.match(line)) and (found := _organisation_in(match.group("org"), known)):
            return found, f"the page's copyright: “{_short(line)}”"
    return None


# "X is an international NGO that…", "Le Réseau X est une coalition de…": the boilerplate describing the issuer.
_DESCRIBES_ITSELF = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['’]\s*)?(?P<org>[A-ZÀ-Ý][^\n,]{2,120}?)(?:\s*,[^,\n]{3,80},)?\s+(?:is|est)\s+"
    # What it is, not whose: "the director of the X Network" describes a person.
    r"(?:a|an|the|one\s+of\s+the|un|une|l['’]une\s+des|l['’]un\s+des)\s+"
    r"(?:(?!(?:of|at|for|with|in|de|du|des|au|à)\s)[\w'’-]+\s+){0,8}?"
    r"(?:organi[sz]ations?|ngos?|non-?profit|charity|coalition|network|association|alliance|institute|think[\s-]tank"
    r"|platform|ong|r[ée]seau|plate-?forme|collectif|regroupement|consortium|federation|f[ée]d[ée]ration|foundation"
    r"|fondation|movement|mouvement|campaign|campagne)\b",
    re.IGNORECASE,
)


def _describes_itself(lines: list[str], known) -> tuple[str, str] | None:
    for line in _foot(lines):
        match = _DESCRIBES_ITSELF.match(line)
        if match and (found := _organisation_in(match.group("org"), known, described=True)):
            return found, f"its description of itself: “{_short(line)}”"
    return None


def _press_contact(lines: list[str], known) -> tuple[str, str] | None:
    """The one organisation a release's press contacts work for; several name partners, not the issuer."""
    contacts = [index for index, line in enumerate(lines) if _CONTACT_SECTION.match(line)]
    if not contacts:
        return None
    section = lines[contacts[-1] : contacts[-1] + 1 + _SIGNATURE_BLOCK]
    found: dict[str, str] = {}
    for line in section:
        body = _CONTACT_SECTION.sub("", line).lstrip(" :")
        for piece in re.split(r"\s*[,;|()]\s*|\s+[–—-]\s+|\s+at\s+", body):
            if name := _organisation_in(piece, known):
                found.setdefault(fold(name), name)
    if len(found) == 1:
        return next(iter(found.values())), f"its press contact: “{_short(section[0])}”"
    return None


# --- A name and its acronym

_ACRONYM_AFTER = r"\s*\(\s*(?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\s*\)"


def _with_acronym(name: str, text: str, known) -> str:
    """The name as the text gives it in full: "Centre for Natural Resource Governance (CNRG)" for a heading's
    "CNRG" or for the name the text once follows with "(CNRG)". Known organisations, the KP and countries keep the
    name they were found by."""
    if not name or "(" in name or _first_known(name, known) or _is_country(name) or not _KP_WORDS.sub("", name):
        return name
    if _acronym_like(name) and " " not in name:
        whole = _expansion(name, text)
    else:
        pattern = r"[\s-]+".join(map(re.escape, name.split()))
        match = re.search(rf"(?<!\w){pattern}{_ACRONYM_AFTER}", text)
        whole = f"{name} ({match.group('acronym')})" if match and _acronym_like(match.group("acronym")) else ""
    return whole if whole and not _first_known(whole, known) else name


def _expansion(acronym: str, text: str) -> str:
    """ "Centre for Natural Resource Governance" before "(CNRG)": the words whose initials spell the acronym."""
    for match in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, match.start() - 200) : match.start()].split("\n")[-1].split()
        for count in range(2, min(len(words), 14) + 1):
            name = " ".join(words[-count:]).strip(" ,;:“”\"'")
            if name[:1].isupper() and _initials(name) == acronym.upper():
                return f"{_ARTICLE.sub('', name)} ({acronym})"
    return ""


def _initials(name: str) -> str:
    words = [re.sub(r"^[dl]['’]", "", word) for word in re.split(r"[\s-]+", name)]
    return "".join(word[0] for word in words if word and word.lower() not in _SMALL_WORDS).upper()


def _is_country(name: str) -> bool:
    found = country_in(name)
    return bool(found) and found[1] == 0 and len(found[0]) >= len(name) - 4
