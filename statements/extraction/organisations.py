"""Which organisation issued a document, judged from its own header lines and the organisations we know."""

import functools
import re

_RELEASE = (
    r"(?:joint\s+)?(?:press\s+release|press\s+statement|media\s+release|news\s+release|media\s+statement"
    r"|communiqu[ée]\s+de\s+presse(?:\s+conjoint)?|communiqu[ée]\s+conjoint)"
)
_STATEMENT_BY = (
    r"(?:(?:joint\s+)?statement\s+(?:by|from|of)|d[ée]claration\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|communiqu[ée]\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))"
)
# "Press Release Kimberley Process Civil Society Coalition", "Communiqué de presse : Coalition …", "Statement by X"
_ORG_AFTER = re.compile(rf"^(?:{_RELEASE}|{_STATEMENT_BY})(?:\s*[:|–—-]\s*|\s+)(?P<org>.+)$", re.IGNORECASE)
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
    r"|union|foundation|fondation|cent(?:re|er)|society|soci[ée]t[ée]|partnership|programme|program|initiative"
    r"|agency|agence|office|chamber|chambre|board|forum|group|groupe|trust|watch|witness|process|processus"
    r"|observatoire|plateforme|platform|ong|ngo)\b",
    re.IGNORECASE,
)
_CONTACT_SECTION = re.compile(
    r"^(?:more information|for more information|further information|media contacts?|press contacts?|contacts?"
    r"|notes? (?:to|for) editors|pour plus d['’]informations?|contacts? presse|contacts? m[ée]dias?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 10
_HEADER_CHARS = 600


@functools.cache
def _known(entries: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    """Each entry as (canonical name, pattern); "Full Name (ACRONYM)" entries match either form."""
    compiled = []
    for entry in entries:
        entry = " ".join(entry.split())
        if not entry:
            continue
        names = [entry]
        if match := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", entry):
            names = [match.group(1), match.group(2)]
        alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
        compiled.append((names[0], re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    return compiled


def find_organisation(text: str, known_organisations=(), site_name: str = "") -> str:
    known = _known(tuple(known_organisations))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    header = lines[:_HEADER_LINES]

    for index, line in enumerate(header):
        candidate = _header_candidate(line)
        if not candidate and _RELEASE_ONLY.match(line) and index + 1 < len(header):
            following = header[index + 1]
            if _first_known(following, known) or (_ORG_WORDS.search(following) and len(following.split()) <= 10):
                candidate = _trim_org(following)
        if candidate:
            return _first_known(candidate, known) or candidate

    header_zone = "\n".join(header)[:_HEADER_CHARS]
    if found := _first_known(header_zone, known):
        return found
    for line in lines:
        if (match := _ABOUT.match(line)) and len(line.split()) <= 12:
            org = _trim_org(match.group("org"))
            return _first_known(org, known) or org
    if site_name and (found := _first_known(site_name, known)):
        return found
    return _most_mentioned(text, known)


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


def _header_candidate(line: str) -> str:
    if _RELEASE_ONLY.match(line):
        return ""
    for pattern in (_ORG_AFTER, _ORG_BEFORE):
        if match := pattern.match(line):
            org = _trim_org(match.group("org"))
            if org and org[0].isupper() and len(org.split()) <= 12 and not org.endswith("."):
                return org
    return ""


def _trim_org(value: str) -> str:
    value = _ORG_END.split(value.strip(), maxsplit=1)[0]
    value = re.sub(r"^(?:the|la|le|les|l['’])\s*", "", value.strip(" \"“”«»'"), flags=re.IGNORECASE)
    return value.strip(" .,;:")


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
