"""Who signs, writes or publishes a document: its signatories, a letter's signature, a byline or an author's
biography; and a page's foot: "Issued by X", a sign-off, "© X", "X is an NGO that…", "About X", a press contact.
"""

import re

from ..normalise import fold
from .naming import (
    ARTICLE,
    ORG_WORDS,
    expansion,
    first_known,
    name_cased,
    organisation_in,
    short,
    spelt_in_text,
    trim_org,
)
from .phrases import FRENCH_HEAD, HEADER_LINES, HEADLINE_LINES, MONTHS, PERSON_NAME, VERB_WORDS, WEEKDAYS, named_by

# --- Joint statements, letters and op-eds: who signs, who writes

# A list of who signs a joint statement, or its heading: "Signed: X; Y; Z", "Signatories:" / "1. X" / "2. Y".
_SIGNATORIES = re.compile(
    r"^(?:signed(?:\s+by)?|signatories|co-?signed\s+by|endorsed\s+by|(?:list\s+of\s+)?signatories|the\s+undersigned"
    r"|(?:liste\s+des\s+)?signataires|sign[ée]\s+par|ont\s+sign[ée])\s*(?:\([^()\n]{0,40}\))?\s*[:.]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^(?:\d{1,3}[.)]|[-–—•·*])\s*")
_SEPARATORS = re.compile(r"\s*[;,]\s*")


# The signatories named in the opening words: "We, the undersigned organisations – X, Y and Z – call on…".
_UNDERSIGNED = re.compile(
    r"\b(?i:we|nous),\s+(?i:the\s+undersigned|les\s+soussign[ée]e?s|les\s+organisations\s+signataires)(?:\s+[a-z-]+){0,3}"
    r"\s*(?:[:–—]|,|\s-\s)\s*(?P<rest>[^–—\n]{3,400})"
)


def signatories(lines: list[str], known) -> tuple[str, str] | None:
    """The first organisation of a list of signatories: a joint statement's first-named issuer."""
    for line in lines[:HEADER_LINES]:
        if match := _UNDERSIGNED.search(line):
            first = _SEPARATORS.split(match.group("rest"), maxsplit=1)[0]
            if found := organisation_in(first, known):
                return found, f"the first of its signatories: “{short(match.group(0))}”"
    for index, line in enumerate(lines):
        if not (match := _SIGNATORIES.match(line)) or len(line.split()) > 40:
            continue
        first = match.group("rest") or (lines[index + 1] if index + 1 < len(lines) else "")
        for piece in _SEPARATORS.split(_LIST_MARK.sub("", first)):
            if found := organisation_in(piece, known):
                return found, f"the first of its signatories: “{short(line)}”"
    return None


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


def letter_signature(lines: list[str], known) -> tuple[str, str] | None:
    """The organisation in a letter's signature: below its closing words, or "on behalf of" it."""
    foot = _foot(lines)
    closings = [index for index, line in enumerate(foot) if _CLOSING.match(line)]
    block = foot[closings[-1] + 1 : closings[-1] + 1 + _SIGNATURE_BLOCK] if closings else []
    for line in foot:
        if VERB_WORDS.search(line) or len(line.split()) > _SIGNATURE_WORDS:
            continue
        if (match := _ON_BEHALF.match(line)) and (found := organisation_in(match.group("org"), known)):
            return found, f"signed on its behalf: “{short(line)}”"
    for line in block:
        if VERB_WORDS.search(line) or len(line.split()) > _SIGNATURE_WORDS:
            continue
        for piece in _SEPARATORS.split(line):
            if found := organisation_in(piece, known):
                return found, f"the letter's signature: “{short(line)}”"
    return None


# A byline naming the author's organisation: "By Amara Okonkwo, director of the X Network", "By Amara Okonkwo of the X
# Network", "By Amara Okonkwo, Executive Director, X", "Par Jean Mbala, coordonnateur du Réseau …"; or naming the
# author only, whose biography at the top or the foot names it: "Amara Okonkwo is the director of the X Network."
# The author writes for the organisation.
_BYLINE = re.compile(
    rf"^(?i:by|par|written\s+by|[ée]crit\s+par)\s+(?P<person>{PERSON_NAME})\s*"
    r"(?:(?:,|\(|[–—|-])\s*(?P<rest>.+)|\s+(?P<of>(?i:of|from|at|du|de\s+la|de\s+l['’]|des|de)\s+.+))?$"
)
_AUTHOR_BIO = re.compile(
    rf"^(?P<person>{PERSON_NAME})\s+(?:is|est)\s+(?:the\s+|a\s+|an\s+|le\s+|la\s+|l['’]|un\s+|une\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:of|at|with|for|du|de\s+la|de\s+l['’]|des|de|d['’]|au\s+sein\s+(?:de\s+la|du|des|de))\s*"
    r"(?P<org>[^\n]{3,120})$"
)
# "…of the Centre for Mining Accountability in Harare.": where it is, not its name.
_PLACE_AFTER = re.compile(r"\s+(?:(?:based\s+)?in|à|au)\s+[A-ZÀ-Ý][\w'’-]*(?:,?\s+[A-ZÀ-Ý][\w'’-]*)*\W*$")
_ROLE_OF = re.compile(
    r"^(?:the\s+|le\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,4}?(?:of|at|for|with|from|du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    r"(?P<org>.+)$",
    re.IGNORECASE,
)


def byline(lines: list[str], known) -> tuple[str, str] | None:
    for line in lines[:HEADER_LINES]:
        if not (match := _BYLINE.match(line)):
            continue
        for piece in re.split(r"\s*[,()|]\s*", match.group("rest") or match.group("of") or ""):
            role = _ROLE_OF.match(piece)
            if found := organisation_in(role.group("org") if role else piece, known):
                return found, f"its author's organisation: “{short(line)}”"
        if found := author_bio(lines, known, match.group("person")):
            return found
    return None


# A lead credited in brackets before a dash, as a wire credits its dispatch: "(World Diamond Council) – The WDC today…",
# "(Global Witness) — …". A city ("(Johannesburg) –") or a news agency ("(Reuters) -") is the dateline's, no issuer.
_BRACKETED_CREDIT = re.compile(r"^\((?P<org>[^()\n]{2,80})\)\s*[–—-]{1,2}\s+\S")


def bracketed_credit(header: list[str], known, text: str) -> tuple[str, str] | None:
    for line in header:
        if not (match := _BRACKETED_CREDIT.match(line)) or not (org := organisation_in(match.group("org"), known)):
            continue
        # A bare acronym only when the text spells it out: a wire's own initials ("(MENAFN) –") are not.
        if first_known(org, known) or (ORG_WORDS.search(org) and len(org.split()) >= 2) or expansion(org, text):
            return org, f"the lead's credit: “{short(line)}”"
    return None


# Under a title, an organisation's name alone beside the date ("Amnesty International" / "November 4, 2002"): the
# byline of the organisation that wrote it.
_DATE_ONLY = re.compile(
    rf"^(?i:(?:(?:{WEEKDAYS}),?\s+)?(?:\d{{1,2}}(?:er)?\s+{MONTHS},?\s+\d{{4}}|{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}))$"
)
_BYLINE_NAME_WORDS = 8
_BESIDE = re.compile(r"\s+[|–—·•]\s+|\s+-\s+")
_FRENCH_NAME_START = re.compile(rf"(?:(?:Le|La|Les|L['’])\s*)?{FRENCH_HEAD}\b")


def name_by_date(header: list[str], known) -> tuple[str, str] | None:
    for index in range(1, min(len(header), HEADLINE_LINES + 1)):
        line = header[index].strip(" .")
        beside = header[index - 1 : index] + header[index + 1 : index + 2]
        # "12 May 2019 | Mines Watch Network": the date beside it on its line.
        parts = _BESIDE.split(line)
        if len(parts) == 2 and any(_DATE_ONLY.match(part) for part in parts):
            line, beside = next(part for part in parts if not _DATE_ONLY.match(part)), parts
        if not any(_DATE_ONLY.match(other.strip()) for other in beside) or len(line.split()) > _BYLINE_NAME_WORDS:
            continue
        if VERB_WORDS.search(line) or not (name_cased(line) or _FRENCH_NAME_START.match(line)):
            continue
        if (org := organisation_in(line, known)) and (first_known(line, known) or org == ARTICLE.sub("", line)):
            return org, f"its byline: “{short(line)}”"
    return None


def author_bio(lines: list[str], known, person: str = "") -> tuple[str, str] | None:
    """The organisation of the author (``person``, else whoever) a biography below the title or at the foot names."""
    for line in lines[1 : HEADLINE_LINES + 1] + _foot(lines):
        match = _AUTHOR_BIO.match(_LIST_MARK.sub("", line))  # "* Amara Okonkwo is…"
        if not match or (person and match.group("person") != person):
            continue
        if found := organisation_in(_PLACE_AFTER.sub("", match.group("org")), known):
            return found, f"its author's organisation: “{short(line)}”"
    return None


# --- A page's foot: its publisher, its sign-off, its owner, its boilerplate, its press contact

# The page saying who publishes it, at its head or its foot: "Issued by X", "Published by X", "Source : X".
_PUBLISHED_BY = re.compile(
    # "This statement was issued by X.", "Ce communiqué est publié par X.", "The following statement was issued today
    # by X:", "Le communiqué suivant a été publié par X :"
    r"^(?:(?:(?:this|ce|cette|the\s+following)\s+[\w\s]{3,30}?|(?:le|la)\s+[\w\s]{3,30}?\s+suivante?)"
    r"\s+(?:was|is|has\s+been|est|a\s+[ée]t[ée])\s+)?"
    # "Posted on 12 May 2019 by X", "publié aujourd'hui par X"
    r"(?:(?:issued|published|released|posted|distributed|produced)(?:\s+on\s+[^\n]{3,30}?|\s+today|\s+yesterday)?\s+by"
    r"|source|publisher|(?:publi[ée]|diffus[ée]|[ée]mis|r[ée]dig[ée])e?(?:\s+le\s+[^\n]{3,30}?|\s+aujourd['’]hui"
    r"|\s+hier)?\s+par)\s*[:,]?\s+(?P<org>[^\n]{2,120})$",
    re.IGNORECASE | re.MULTILINE,
)
_FOOT_LINES = 8


def _foot(lines: list[str]) -> list[str]:
    """The last lines, where a page says who publishes it, signs it or owns it; none of the header's."""
    return lines[HEADER_LINES:][-_FOOT_LINES:]


# "Published by MAC on 2016-06-09" / "Source: Statements, Gulf News": a site crediting its sources relays others'
# texts; its own name on the post is the relay's, not the issuer's.
_SOURCES_BELOW = re.compile(r"[^\n]*\n(?:[^\n]*\n)?(?i:sources?)\s*:")


def published_by(lines: list[str], known) -> tuple[str, str] | None:
    edges = "\n".join(lines[:HEADER_LINES] + _foot(lines))

    def relayed(match: re.Match) -> bool:
        return not match.group(0).lower().startswith("source") and bool(_SOURCES_BELOW.match(edges, match.start()))

    return named_by([_PUBLISHED_BY], edges, known, "its publisher: ", skip=relayed)


_SIGN_OFF = re.compile(r"^(?:[-–—]+\s*|signed[:,]?\s+|issued by[:,]?\s+|sign[ée]+\s*:?\s*|fait\s+par\s+)", re.I)
_SIGNATURE_LINES = 6
# The mark closing a release's text: "ENDS", "-ENDS-", "###", "- 30 -", "FIN".
_END_MARK = re.compile(r"^[\s#*–—-]*(?:(?i:ends?|fin)|30)?[\s#*–—-]*$")
_BULLET = re.compile(r"^[-–—•·*]\s+\w")
# A line of prose: a sign-off comes below the text, never above a paragraph of it.
_PROSE_WORDS = 12


def signature(lines: list[str], known) -> tuple[str, str] | None:
    """A sign-off at the end: "— ZELA", "Issued by the Centre for…", a last line naming an organisation."""
    # Contacts name partners and press officers, not the author: the signature comes before them.
    contacts = [index for index, line in enumerate(lines) if CONTACT_SECTION.match(line)]
    body = lines[: contacts[-1]] if contacts else lines
    tail = body[-_SIGNATURE_LINES:]
    start = len(body) - len(tail)
    prose_below = False
    for position in range(len(tail) - 1, -1, -1):
        line = tail[position]
        if _END_MARK.match(line):
            continue
        above_prose, prose_below = prose_below, prose_below or len(line.split()) >= _PROSE_WORDS
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
        if too_long or (not signed and (line.rstrip().endswith(".") or VERB_WORDS.search(stripped))):
            continue
        if above_prose and not signed:
            continue  # "Protecting the Public Trust" above a paragraph, a title above its lead: a heading, no sign-off
        if above_prose and start + position < HEADER_LINES:
            continue  # "- Dikarabo Ramadubu" under a short text's title, above its paragraphs: a byline, no sign-off
        named = first_known(stripped, known)
        if named or (stripped[:1].isupper() and (signed or ORG_WORDS.search(stripped))):
            return named or trim_org(stripped), f"signature at the end: “{short(line)}”"
    return None


# "© 2019 X. All rights reserved.", "Copyright © X 2019", "(c) 2019 X | Privacy".
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<org>[^.|\n]{2,100}?)"
    r"(?:\s+\d{4})?\s*(?:[.|]|$)",
    re.IGNORECASE,
)


def copyright(lines: list[str], known) -> tuple[str, str] | None:
    for line in reversed(_foot(lines)):
        if (match := _COPYRIGHT.match(line)) and (found := organisation_in(match.group("org"), known)):
            return found, f"the page's copyright: “{short(line)}”"
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


def describes_itself(lines: list[str], known) -> tuple[str, str] | None:
    for line in _foot(lines):
        match = _DESCRIBES_ITSELF.match(_LIST_MARK.sub("", line))  # "1. X is a coalition…" in notes to editors
        if match and (found := organisation_in(match.group("org"), known, described=True)):
            return found, f"its description of itself: “{short(line)}”"
    return None


# "About X", "About X: X is a coalition of…", "À propos de X".
_ABOUT = re.compile(
    r"^(?:about|à\s+propos\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s+(?P<org>[^:\n]+?)\s*(?::.*)?$", re.I
)


def about_section(lines: list[str], known) -> tuple[str, str] | None:
    """An "About X" ("À propos de X") section: the boilerplate that describes the issuer."""
    for line in lines:
        if (match := _ABOUT.match(line)) and len(match.group("org").split()) <= 12:
            org = trim_org(match.group("org"))
            return first_known(org, known) or org, f"“{short(line)}” section"
    return None


CONTACT_SECTION = re.compile(
    r"^(?:more information|for (?:more|further) (?:information|details)|further information|media contacts?"
    r"|press contacts?|contacts?|(?:media |press )?enquiries|notes? (?:to|for) editors|pour plus d['’]informations?"
    r"|pour (?:tout|plus de) renseignements?|contacts? presse|contacts? m[ée]dias?)\b",
    re.IGNORECASE | re.MULTILINE,
)


def press_contact(lines: list[str], known) -> tuple[str, str] | None:
    """The one organisation a release's press contacts work for; several name partners, not the issuer."""
    contacts = [index for index, line in enumerate(lines) if CONTACT_SECTION.match(line)]
    if not contacts:
        return None
    section = lines[contacts[-1] : contacts[-1] + 1 + _SIGNATURE_BLOCK]
    found: dict[str, str] = {}
    for line in section:
        body = CONTACT_SECTION.sub("", line).lstrip(" :")
        for piece in re.split(r"\s*[,;|()]\s*|\s+[–—-]\s+|\s+at\s+", body):
            if name := organisation_in(piece, known):
                found.setdefault(fold(name), name)
    if not found:
        # "jane@mineswatchnetwork.org": the address of the organisation the text names.
        for address in _EMAIL_DOMAIN.findall("\n".join(section)):
            if name := spelt_in_text(address.lower(), "\n".join(lines)):
                found.setdefault(fold(name), name)
    if len(found) == 1:
        return next(iter(found.values())), f"its press contact: “{short(section[0])}”"
    return None


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?:www\.)?([\w-]+)\.")
