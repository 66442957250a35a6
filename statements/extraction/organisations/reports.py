"""A report saying whose words it passes on: "according to a statement by X", "X said in a report", "a-t-on appris
auprès de X", "Amara Okonkwo, director of X, said…", "The following speech was delivered by …, Deputy of X".
"""

import re

from ..officials import country_in, state_leading, state_opening
from .naming import ORG_WORDS, first_known, organisation_in, short, trim_org
from .phrases import (
    ACRONYM,
    FRENCH_DESCRIBER,
    FRENCH_HEAD,
    OF,
    ORG_NAME,
    ORG_NAME_FR_OR_EN,
    PERSON_NAME,
    SALUTATION,
    SENTENCE_END,
    named_by,
    org_group,
)

# --- Whose statement it reports

_FRENCH_ORG_NAME_BEFORE = (
    rf"(?P<french>(?:{FRENCH_HEAD}|minist[èe]re|gouvernement)(?:[ \t]+[\w'’-]+){{0,10}}?{ACRONYM})(?=[ \t]+dans\b)"
)
# How a news report says an organisation spoke in a document of its own: "said in a statement", "warned in a new
# report released on Monday", "wrote in an open letter".
_REPORTED = r"said|says|announced|stated|warned|wrote|argued|noted|urged|added|claimed|revealed|found|concluded"
_RELEASED = r"(?i:(?:released|published|issued)(?:\s+(?:today|this\s+week|on\s+\w+day))?)"
_FINDS = (
    r"finds|found|says|said|shows|showed|reveals|revealed|warns|warned|concludes|concluded|documents|documented"
    r"|claims|alleges|argues|calls|accuses|estimates|details|uncovers|uncovered|exposes|exposed|highlights"
    r"|highlighted|identifies|identified"
)
_ON_THE_DAY = r"(?i:today|yesterday|on\s+\w+day|this\s+week|last\s+week)"
# How a French report says who spoke, after its words: "…, a déclaré le ministère…", "…, estime l'ONG X".
_FRENCH_SAYS = (
    r"(?:a|ont)\s+(?:d[ée]clar[ée]|annonc[ée]|indiqu[ée]|affirm[ée]|pr[ée]cis[ée]|d[ée]nonc[ée]|soulign[ée]|estim[ée]"
    r"|rappel[ée]|regrett[ée]|averti|expliqu[ée]|assur[ée]|ajout[ée]|d[ée]plor[ée]|r[ée]agi|insist[ée]|comment[ée]"
    r"|fait\s+savoir)|d[ée]clare|affirme|indique"
    r"|pr[ée]cise|d[ée]nonce|souligne|estime|rappelle|regrette|explique|assure|ajoute|d[ée]plore|avertit"
)
# A French name after its article, its first word in either case ("le ministère des Mines", "l'ONG X").
_FRENCH_HEAD_ANY_CASE = rf"(?:{FRENCH_HEAD}|minist[èe]re|gouvernement|ONG\s+[A-ZÀ-Ý])"
_ITS_WORDS = (
    r"(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|press\s+release|news\s+release|communiqu[ée]"
    r"|(?:open\s+)?letter|submission|briefing)\b"
)
_ITS_WORDS_FR_OR_EN = (
    rf"(?:{_ITS_WORDS}|(?:un|une|son|sa|le|la)\s+(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration|rapport|lettre)\b)"
)
# An acronym after a name, outside it: ``with_acronym`` gives it back.
_BRACKETED = r"(?:[ \t]*\([A-ZÀ-Ý][\w&.-]{1,14}\))?"

# Who speaks for an organisation, named after its words: "le représentant du…", "a spokeswoman for…".
_FRENCH_ROLE = (
    r"porte-parole|repr[ée]sentante?|directeur|directrice|pr[ée]sidente?|coordonnat(?:eur|rice)|responsable"
    r"|secr[ée]taire\s+(?:g[ée]n[ée]ral|ex[ée]cuti)\w*"
)
_ROLE_NOUN = r"spokes(?:man|woman|person)|representative|director|coordinator|campaigner|researcher|official"

# A report the news passes on, in its lead (``statement_by``): "A report published by X reveals…".
_REPORTS = [
    # A report's launch: "A report published by X reveals…", "Un rapport publié par X révèle…".
    re.compile(
        r"\b(?i:a|an|the|un|une|le)\s+(?:new\s+|nouveau\s+)?(?i:report|study|rapport|[ée]tude)\s+"
        r"(?:published|released|issued|publi[ée]e?|rendue?\s+public)\s+(?:today\s+|aujourd['’]hui\s+)?(?:by|par)\s+"
        rf"{ORG_NAME_FR_OR_EN}"
    ),
    # A report the news passes on: "A new report by X finds…", "A recent assessment report by X has revealed…", "…,
    # says a new report from X", "according to a study by X", "A new X report says…"; not "a 2010 report by X" nor
    # "the report by X" the text answers.
    re.compile(
        rf"\b(?:(?i:according\s+to|says|said|warns|finds)\s+)?(?i:a|an)\s+(?i:new\s+|latest\s+|recent\s+)?"
        rf"(?i:(?:assessment|joint|research|field|investigative|monitoring)\s+)?(?i:report|study|briefing|investigation|survey|analysis)\s+(?:{_RELEASED}\s+)?(?:by|from)\s+{ORG_NAME}"
        rf"{_BRACKETED}(?:\s*,\s+{_RELEASED},)?\s*(?:[.;,]|\s+(?:has\s+|have\s+)?(?:{_FINDS})\b)"
    ),
    re.compile(rf"\b(?i:a|an)\s+(?i:new\s+|latest\s+)?{ORG_NAME}\s+(?i:report|study|briefing)\s+(?:{_FINDS})\b"),
    re.compile(
        r"\b(?i:un|une|le|la)\s+(?i:nouveau\s+|nouvelle\s+|r[ée]cent\s+)?(?i:rapport|[ée]tude|enqu[êe]te)\s+"
        rf"(?:de\s+la|de\s+l['’]|du|des|de)\s*{ORG_NAME_FR_OR_EN}(?:\s+(?:publi[ée]e?|rendue?\s+public)\b|\s*,)"
    ),
]

# A state's office in French, as the press writes it, in lower case too: "le ministère des Mines et de la Géologie", "le
# ministère gabonais des Mines", "la présidence de la République". Its name ends where the sentence or its clause goes
# on to say where or how it spoke ("…des Mines sur son compte Facebook", "…des Mines lors d'un point de presse").
_FRENCH_OFFICE_NAME = (
    r"(?P<french>(?:minist[èe]re|gouvernement|pr[ée]sidence|ambassade)(?:\s+[a-zà-ÿ][\w-]*)?"
    rf"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^,.;:()\n«»“”\"]{{2,80}}?{ACRONYM})"
    r"(?=\s*[,.;]|\s*$|\s+(?:dans|sur|lors|devant|à|au|aux|via|par|en|pour|publi[ée]e?|diffus[ée]e?|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|qui)\b)"
)
_FRENCH_DAY = r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?"
# When, and to whom or where, between the verb and who speaks: "…, a indiqué lundi à l'AFP le ministère des Mines."
_FRENCH_WHEN_TO_WHOM = rf"{_FRENCH_DAY}(?:\s+(?:à|au)\s+(?:l['’]\s*|la\s+)?[\w-]+)?{_FRENCH_DAY}"
# The office whose words they are, or who speaks for it: "« … », a déclaré le ministère des Mines", "…, a réagi le
# ministère des Mines sur son compte Facebook", "…, a indiqué le porte-parole du ministère des Mines, Jean Mbala.",
# "…, selon un communiqué du ministère des Mines publié lundi".
_OFFICE_SPEAKS = [
    re.compile(
        rf"(?:,|[”»\"])\s*[”»\"]?\s*(?:{_FRENCH_SAYS}){_FRENCH_WHEN_TO_WHOM}\s+(?:le\s+|la\s+|l['’])\s*"
        rf"(?:(?:{_FRENCH_ROLE})\s+(?:du|de\s+la|de\s+l['’])\s*)?{_FRENCH_OFFICE_NAME}"
    ),
    re.compile(
        r"\b(?i:selon|dans|d['’]apr[èe]s)\s+(?:un|une|le|la)\s+(?:communiqu[ée]|d[ée]claration)(?:\s+de\s+presse)?\s+"
        r"(?:(?:publi[ée]e?|diffus[ée]e?|rendue?\s+public(?:que)?)\s+(?:\w+\s+){0,3}?)?"
        rf"(?:de\s+la|de\s+l['’]|du)\s*{_FRENCH_OFFICE_NAME}"
    ),
]

# "according to a statement issued by the Ministry of Commerce", "X said in a statement", "selon un communiqué de X"
_STATEMENT_BY_PATTERNS = [
    # "…, according to a statement issued by X", "A statement from X said…", "…, said a statement by X".
    re.compile(
        r"\b(?i:a|an|the|its)\s+(?:\w+\s+)?(?i:statement|press\s+release|communiqu[ée])\s+"
        rf"(?:issued\s+|released\s+|published\s+)?(?:on\s+\w+\s+)?(?:by|from)\s+{ORG_NAME}"
    ),
    # "X said in a statement", "…, the X warned in a report released on Monday", "…, said X in a statement".
    re.compile(rf"{ORG_NAME}{_BRACKETED}\s+(?:{_REPORTED})\s+in\s+{_ITS_WORDS}"),
    re.compile(rf",\s+(?:{_REPORTED})\s+{ORG_NAME}{_BRACKETED}\s+in\s+{_ITS_WORDS}"),
    # The lede of a release: "…, Human Rights Watch urged today." / "…, said Global Witness today." / "…,
    # campaigners at Global Witness said today."
    re.compile(
        rf",\s+(?:said\s+|says\s+)?(?:(?i:campaigners|activists|researchers)\s+(?:at|from|of)\s+)?{ORG_NAME}{_BRACKETED}(?:\s+(?:said|says|urged|warned|stated|announced|argued|wrote))?"
        r"\s+(?:today|yesterday|on\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*[.;]"
    ),
    re.compile(
        r"\b(?i:selon|dans|d['’]apr[èe]s)\s+(?:un|une|le|la)\s+(?:communiqu[ée]|d[ée]claration)\s+"
        rf"(?:(?:publi[ée]e?|diffus[ée]e?|rendue?\s+public(?:que)?)\s+(?:\w+\s+){{0,3}}?)?"
        rf"(?:de\s+la|de\s+l['’]|du|des|de)\s*{ORG_NAME_FR_OR_EN}"
    ),
    # "d'après ce qu'a déclaré le World Diamond Council (WDC) dans un communiqué", "…, a indiqué le Réseau pour des
    # diamants équitables dans un communiqué".
    re.compile(
        rf"\b(?:{_FRENCH_SAYS})(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?\s+"
        r"(?:le\s+|la\s+|les\s+|l['’])?"
        rf"(?:{_FRENCH_ORG_NAME_BEFORE}|{ORG_NAME})(?:\s*\([^)]{{2,12}}\))?\s+dans\s+(?:un|une|son|sa)\s+"
        r"(?:[\w-]+\s+)?(?:communiqu[ée]|d[ée]claration|rapport|lettre)"
    ),
    *_REPORTS,
    *_OFFICE_SPEAKS,
    # The news report's closing attribution: "…, the X Network said.", "…, said the X Network.", "…, the X Network,
    # a coalition of 40 groups, warned on Monday."; "…, a déclaré mardi l'Observatoire des mines.", "…, estime le
    # Réseau X."
    re.compile(rf",\s+(?:said|says)\s+{ORG_NAME}{_BRACKETED}(?:\s+{_ON_THE_DAY})?\s*[.;]"),
    re.compile(
        rf",\s+{ORG_NAME}{_BRACKETED}(?:,\s+(?:a|an|the|which|who)\s[^,\n]{{3,120}},)?\s+(?:{_REPORTED}|told\s+"
        rf"(?:reporters|journalists|[A-Z][\w.]+))(?:\s+{_ON_THE_DAY})?\s*[.;]"
    ),
    re.compile(
        rf",\s+(?:{_FRENCH_SAYS}){_FRENCH_WHEN_TO_WHOM}\s+"
        rf"(?:le\s+|la\s+|les\s+|l['’])(?:(?P<french>{_FRENCH_HEAD_ANY_CASE}[^,.;:()\n«»“”\"]{{3,80}}?{ACRONYM})"
        rf"|{ORG_NAME})(?:\s+dans\s+(?:un|une|son|sa)\s+[^,.;\n]{{3,60}})?\s*[.;]"
    ),
    # Words closed by who speaks for the organisation: "«…» a déclaré le représentant du Groupe des amis de la Côte
    # d'Ivoire, qui…", "…, a indiqué la porte-parole de l'Observatoire X.", "…, said a spokesman for the X Network.".
    re.compile(
        rf"(?:,|[”»\"])\s*[”»\"]?\s*(?:{_FRENCH_SAYS})(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        rf"|hier))?\s+(?i:le|la|l['’])\s*(?i:{_FRENCH_ROLE})\s+{OF}\s*{ORG_NAME_FR_OR_EN}"
    ),
    re.compile(
        rf",\s+(?:said|says|added|told\s+\w+)\s+(?i:a|an|the)\s+(?:[a-z-]+\s+)?(?i:{_ROLE_NOUN})"
        rf"\s+(?:for|of|at|from)\s+{ORG_NAME}{_BRACKETED}\s*[.,;]"
    ),
    # A newspaper passing on a statement: "The Herald reports that the X Network has condemned…".
    re.compile(
        rf"\b(?i:reports?|reported)\s+that\s+{ORG_NAME}\s+(?:has\s+|have\s+|had\s+)?(?:said|called|condemned"
        r"|welcomed|urged|warned|announced|critici[sz]ed|demanded|rejected)\b"
    ),
]


# "X welcomes the statement by Y": a statement the text answers, not the one it is.
_ANSWERS = re.compile(
    r"\b(?:welcome[sd]?|reject(?:s|ed)?|note[sd]?|support(?:s|ed)?|endorse[sd]?|echo(?:es|ed)?|respond(?:s|ed)?\s+to"
    r"|react(?:s|ed)?\s+to|dismiss(?:es|ed)?|den(?:y|ies|ied)|disput(?:es|ed|e)|challeng(?:es|ed|e)|critici[sz](?:es|ed|e)"
    r"|attack(?:s|ed)?|question(?:s|ed)?|salue|rejette|soutient|conteste|critique|d[ée]ment|r[ée]pond\s+[àa]"
    # "…contrasted sharply with a statement released by the ministry": the statement set against the text's own.
    r"|contrast(?:s|ed)?(?:\s+\w+ly)?\s+with|in\s+contrast\s+(?:to|with)|unlike|contrairement\s+[àa]"
    r"|[àa]\s+l['’]inverse\s+d[eu]|contredi\w*)\s+$",
    re.IGNORECASE,
)


# A report the news passes on is the text's voice only in its lead: further down, "Selon un récent rapport de l'ONU,
# la production se poursuit…" is a source for one fact of a story about something else, not whose words it is.
_LEAD_WORDS = 12


def _lead_end(text: str) -> int:
    """Where the text's lead ends: its title and first paragraph of prose (a line of _LEAD_WORDS words or more)."""
    end = 0
    for line in text.split("\n"):
        end += len(line) + 1
        if len(line.split()) >= _LEAD_WORDS:
            break
    return end


def statement_by(text: str, known) -> tuple[str, str] | None:
    """ "…, according to a statement issued by the Ministry of Commerce": a report naming whose statement it is."""
    lead_end = _lead_end(text)

    def skip(match: re.Match) -> bool:
        return bool(_ANSWERS.search(text[: match.start()][-40:])) or (match.re in _REPORTS and match.start() > lead_end)

    return (
        _embassy_statement(text)
        or named_by(_STATEMENT_BY_PATTERNS, text, known, "", skip=skip)
        or _statement_of_many(text, known)
    )


# An embassy's statement, the embassy named with where it is, as its name says: "…, lit-on dans un communiqué de presse
# publié par les services d'information de l'ambassade des Etats-Unis à Conakry", "a statement issued by the Embassy of
# South Africa in Brussels", "a statement released by the U.S. Embassy in Harare".
_STATE_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:(?:du|de|of|the)[ \t]+)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
_PLACE = r"(?:[ \t]+(?:à|au|en|in)[ \t]+[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?)?"
_EMBASSY_STATEMENT = re.compile(
    r"\b(?i:un|une|le|la)\s+(?i:communiqu[ée]|d[ée]claration|note)(?:\s+(?i:de\s+presse))?\s+"
    r"(?i:publi[ée]e?|diffus[ée]e?|rendue?\s+public|[ée]mise?|sign[ée]e?)\s+(?:\w+\s+){0,2}?(?i:par)\s+"
    r"(?:(?i:les\s+services\s+(?:de\s+presse|d['’]information|de\s+communication)\s+)(?i:de\s+l['’]|du|de\s+la)\s*"
    r"|(?i:l['’])\s*)"
    rf"(?P<embassy>(?i:ambassade|consulat(?:\s+g[ée]n[ée]ral)?)[ \t]+(?i:des|de\s+la|de\s+l['’]|du|de|d['’])[ \t]*"
    rf"{_STATE_NAME}{_PLACE})"
    r"|\b(?i:a|an|the)\s+(?i:statement|press\s+release|communiqu[ée])\s+(?i:issued|released|published)\s+by\s+the\s+"
    rf"(?P<english>(?:{_STATE_NAME}[ \t]+)?(?:Embassy|Consulate(?:[ \t]+General)?)(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"{_STATE_NAME})?{_PLACE})"
)


def _embassy_statement(text: str) -> tuple[str, str] | None:
    for match in _EMBASSY_STATEMENT.finditer(text):
        if _ANSWERS.search(text[: match.start()][-40:]):
            continue  # "The coalition rejects a statement issued by the U.S. Embassy in Harare": not its own
        name = " ".join((match.group("embassy") or match.group("english")).split())
        return name[:1].upper() + name[1:], f"an embassy's statement: “{short(match.group(0))}”"
    return None


# "…, reads a statement released by 70 non-governmental human rights organizations", "une déclaration signée par 40
# ONG": a joint statement known by how many signed it ("70 NGOs (joint statement)"), if the tracker knows one.
_STATEMENT_OF_MANY = re.compile(
    r"\b(?:a|the|une?|la|le)\s+(?:joint\s+|new\s+)?(?:statement|declaration|letter|petition|d[ée]claration"
    r"|communiqu[ée]|lettre|p[ée]tition)(?:\s+(?:conjointe?|commune))?\s+(?:(?:released|issued|signed|published"
    r"|endorsed|sign[ée]e?|publi[ée]e?)\s+)?(?:by|from|par|de)\s+(?P<count>\d{2,3})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ngos|organi[sz]ations|groups|ong|organisations)\b",
    re.IGNORECASE,
)


def _statement_of_many(text: str, known) -> tuple[str, str] | None:
    for match in _STATEMENT_OF_MANY.finditer(text):
        if _ANSWERS.search(text[: match.start()][-40:]):
            continue
        many = re.compile(rf"{match.group('count')}\s+(?:NGOs|ONG)\b", re.IGNORECASE)
        if named := next((name for name, _ in known if many.match(name)), ""):
            return named, f"a joint statement: “{short(match.group(0))}”"
    return None


# A report's source in its opening lines: "…, according to the Ministry of Mines and Geology", "selon le ministère des
# Mines et de la Géologie", "d'après l'Observatoire des ressources naturelles".
_ACCORDING_TO = [
    re.compile(rf"\b(?i:according\s+to|selon|d['’]apr[èe]s)\s+{ORG_NAME_FR_OR_EN}"),
    re.compile(
        r"\b(?i:selon|d['’]apr[èe]s)\s+le\s+(?P<org>minist[èe]re\s+(?:des?|du|de\s+la|de\s+l['’])\s*[^,.;:()\n]{3,60})"
    ),
]


# "…, selon le ministre des Mines, Jean Ndoba", "according to the mines minister", "…, a déclaré lundi le ministre
# des Mines": a government's words.
_ACCORDING_TO_AN_OFFICIAL = re.compile(
    r"\b(?:according\s+to|selon|d['’]apr[èe]s|(?:said|says|added)(?:\s+on\s+\w+day)?"
    r"|a\s+(?:d[ée]clar[ée]|affirm[ée]|indiqu[ée]|annonc[ée]|pr[ée]cis[ée]|ajout[ée]|soulign[ée]|expliqu[ée])"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?)"
    r"\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[a-zà-ÿ]+\s+){0,2}"
    r"(?P<office>(?:minister|ministre|ministry|minist[èe]re|president|pr[ée]sident)\b[^.;\n]{0,80})",
    re.IGNORECASE,
)


# A sub-heading inside the body: a short line without a sentence's end, below the lead and above more text ("Un
# million de carats par an"). What follows it is the body, past the lead.
_SUBHEADING_WORDS = 8


def _lead(header: list[str]) -> list[str]:
    """The header down to its first sub-heading below a paragraph: a source there is one fact's, not the report's."""
    for index in range(2, len(header) - 1):
        line = header[index]
        if (
            len(line.split()) <= _SUBHEADING_WORDS
            and not SENTENCE_END.search(line)
            and SENTENCE_END.search(header[index - 1])
            and len(header[index + 1].split()) > _SUBHEADING_WORDS
        ):
            return header[:index]
    return header


def according_to(header: list[str], known) -> tuple[str, str] | None:
    header = _lead(header)
    if found := named_by(_ACCORDING_TO, "\n".join(header), known, "its source: "):
        return found
    for line in header:
        if match := _ACCORDING_TO_AN_OFFICIAL.search(line):
            # The official's country: named with the office, else the one country the sentence names.
            named = country_in(match.group("office"))
            countries = {named[0]} if named else _countries_in(line)
            if len(countries) == 1:
                return countries.pop(), f"its source, a government's official: “{short(match.group(0))}”"
    return None


def _countries_in(text: str) -> set[str]:
    found: set[str] = set()
    while named := country_in(text):
        found.add(named[0])
        text = text[named[1] + 1 :]
    return found


# A release the report gives as its source without naming whose it is, or naming only a ministry's portfolio: "Selon
# un communiqué de presse parvenu à l'ANGOP, …", "…, indique un communiqué de presse parvenu au bureau de l'Angop.",
# "According to an Information Ministry release, …", "…, the statement said."; not "a statement by X"
# (``statement_by``).
_PORTFOLIO = r"(?:[A-Z][\w-]*\s+){1,2}(?:Ministry|Department)\s+|(?:government|Government|official|ministry)\s+"
_UNSIGNED_RELEASE = re.compile(
    r"\b(?:(?i:according\s+to|said|says|stated|states)\s+(?i:a|an|the)\s+"
    rf"(?:{_PORTFOLIO})?(?i:press\s+|news\s+)?(?i:release|statement)(?=\s*[,.;]|\s+(?i:sent|received)\s+(?i:by|to)\b)"
    r"|(?i:selon|d['’]apr[èe]s|indique|pr[ée]cise|souligne|annonce|affirme)\s+(?i:un|le|ce)\s+communiqu[ée]"
    r"(?:\s+de\s+presse)?(?:\s+(?:du\s+gouvernement|du\s+minist[èe]re))?"
    r"(?=\s*[,.;]|\s+(?:parvenu|transmis|adress[ée]|envoy[ée]|re[çc]u)\b))"
)
_RELEASE_CHARS = 2500


def unsigned_release(lines: list[str]) -> tuple[str, str] | None:
    """(the state whose release the report passes on, why): the lead's first sentence opens with the state, its
    government or its delegation ("L'Angola assume…", "The government of Liberia has…") and the report's source is a
    release nobody else signs: the state's own, sent to the press."""
    lead = next((line for line in lines if len(line.split()) >= _LEAD_WORDS), "")
    if not (state := state_leading(lead)):
        return None
    if release := _UNSIGNED_RELEASE.search("\n".join(lines)[:_RELEASE_CHARS]):
        return state, f"the release of the state its lead speaks of: “{short(release.group(0))}”"
    return None


# A French wire report's source: "…, a-t-on appris vendredi auprès du gouvernement sud-africain", "a-t-on appris
# auprès de l'ONG Mines Watch".
_LEARNT_FROM = re.compile(
    r"\ba-t-on\s+appris(?:\s+[\w'’-]+){0,4}?\s+aupr[èe]s\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    rf"(?:(?P<described>{FRENCH_DESCRIBER})\s+)?(?P<source>[^,.;:()\n«»“”\"]{{3,80}})",
    re.IGNORECASE,
)


# "La Centrafrique reste suspendue…, a-t-on appris auprès de ses représentants": the state the sentence opens with
# speaks through its own representatives.
_ITS_OWN = re.compile(
    r"^(?:ses|leurs)\s+(?:repr[ée]sentants|autorit[ée]s|d[ée]l[ée]gu[ée]s|responsables|officiels|d[ée]l[ée]gations?)\b",
    re.IGNORECASE,
)


def learnt_from(text: str, known) -> tuple[str, str] | None:
    for match in _LEARNT_FROM.finditer(text):
        if _ITS_OWN.match(match.group("source")):
            line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
            line = re.split(r"[.!?]\s+(?=[A-ZÀ-Ý])", line)[-1]  # the sentence the source is of
            if state := state_opening(line):
                return state, f"its source: “{short(match.group(0))}”"
            continue
        source = trim_org(match.group("source"))
        described = bool(match.group("described"))
        if found := organisation_in(source[:1].upper() + source[1:], known, described=described):
            return found, f"its source: “{short(match.group(0))}”"
    return None


# --- Someone speaking for an organisation

# Someone speaking for an organisation in the opening lines: the organisation's words, whoever reports them.
_SPEAKS_FOR = (
    r"(?:today\s+|has\s+|had\s+|a\s+)?(?:said|says|told|tells|stated|added|explained|noted|warned|urged|called"
    r"|welcomed|announced|argued|insisted|stressed|d[ée]clar[ée]|affirm[ée]|indiqu[ée]|soulign[ée]|expliqu[ée]"
    r"|estim[ée]|d[ée]clare|affirme|indique|souligne|explique|estime|salu[ée]|d[ée]nonc[ée]|regrett[ée]|d[ée]plor[ée]"
    r"|critiqu[ée]|appel[ée]|d[ée]nonce|regrette|d[ée]plore|critique|appelle|criticised|criticized|condemned"
    r"|denounced|slammed|rejected)\b"
)

# "l'Observatoire des | mines, Jean Mbala": a name does not end on a small word before a title.
_NOT_A_SMALL_WORD = r"(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bde)(?<!\bdu)(?<!\bdes)(?<!\bla)(?<!\ble)(?<!\bet)"
_SPEAKER = (
    r"(?:spokes(?:man|woman|person)|director|coordinator|president|chair(?:man|woman|person)?|researcher|campaigner"
    r"|official|representative|chief\s+executive|secretary[\s-]general)"
)
# A person's title between an organisation's name and theirs ("director", "executive director"); "…Centre for Mining
# Accountability" is the name going on.
_ROLE = r"(?:(?!(?:of|for|on|and|the|in|to|at|de|du|des|la|le|les|et|pour)\b)[a-z][\w-]*,?[ \t]+){1,4}"

_SPOKESPERSON_PATTERNS = [
    # "Amara Okonkwo, director of the Diamond Fairness Network, said…"
    re.compile(
        rf"\b{PERSON_NAME},[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|le[ \t]+|la[ \t]+)?(?:[\w-]+[ \t]+){{1,4}}?{OF}[ \t]+"
        rf"{ORG_NAME_FR_OR_EN}\s*,\s+{_SPEAKS_FOR}"
    ),
    # "Mr George Asante, Deputy Managing Director (Operations) of the Precious Minerals Marketing Company (PMMC)
    # disclosed…": the acronym closes the name, no comma before the verb.
    re.compile(
        rf"\b{PERSON_NAME},[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[\w()-]+[ \t]+){{1,5}}?{OF}[ \t]+{ORG_NAME}"
        rf"[ \t]*\((?P<acronym>[A-ZÀ-Ý][\w&.-]{{1,14}})\),?\s+(?:{_SPEAKS_FOR}|disclosed|revealed|explained)"
    ),
    # "The Diamond Fairness Network's director Amara Okonkwo said…", "Diamond Fairness Network director Amara…"
    re.compile(rf"{ORG_NAME}{_NOT_A_SMALL_WORD}(?:['’]s)?[ \t]+{_ROLE}{PERSON_NAME},?\s+{_SPEAKS_FOR}"),
    # "X president Amara Okonkwo sent his congratulations and, in a statement, welcomed…": its statement.
    re.compile(
        rf"{ORG_NAME}(?:['’]s)?[ \t]+{_ROLE}{PERSON_NAME}\b[^.\n“”\"]{{0,160}}?"
        rf"\b(?:in|dans)\s+{_ITS_WORDS_FR_OR_EN}"
    ),
    # "“…,” said Amara Okonkwo, director of the X Network, in a statement", "a déclaré Jean Mbala, directeur du
    # Réseau …, dans un communiqué": a quote's speaker, named with the organisation, in its document.
    re.compile(
        rf"\b(?:{_REPORTED}|a\s+(?:d[ée]clar[ée]|indiqu[ée]|affirm[ée]|soulign[ée]|expliqu[ée]|ajout[ée])|d[ée]clare"
        rf"|explique|souligne|ajoute)\s+{PERSON_NAME},[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+)?(?:[\w-]+[ \t]+){{1,4}}?"
        rf"{OF}[ \t]+{ORG_NAME_FR_OR_EN}\s*,?\s+(?:in|dans)\s+{_ITS_WORDS_FR_OR_EN}"
    ),
    # "A spokesman for the X Network said…", "…, a X Network spokeswoman told Reuters", "The X Network's director
    # said…", "le porte-parole de l'Observatoire X a dénoncé…": someone speaking for it, named or not.
    re.compile(
        rf"\b(?i:a|an|the)\s+(?:[a-z-]+\s+)?{_SPEAKER}\s+(?:for|of|at|from)\s+{ORG_NAME}{_BRACKETED}"
        rf"(?:,\s+{PERSON_NAME},)?\s+{_SPEAKS_FOR}"
    ),
    re.compile(
        rf"(?:^|\n|[,.]\s+|\b(?i:a|an)\s+){ORG_NAME}(?:['’]s)?\s+(?:[a-z-]+\s+)?{_SPEAKER}(?:,\s+{PERSON_NAME},)?"
        rf"\s+{_SPEAKS_FOR}"
    ),
    re.compile(
        rf"\b(?i:le|la|l['’])\s*(?:porte-parole|directeur|directrice|pr[ée]sidente?|coordonnat(?:eur|rice)"
        rf"|secr[ée]taire\s+(?:g[ée]n[ée]ral|ex[ée]cuti)\w*)\s+{OF}\s*{ORG_NAME_FR_OR_EN}\s+{_SPEAKS_FOR}"
    ),
    # "“…,” said Jane Moyo, a spokeswoman for the X Network.": its spokesperson speaks for it.
    re.compile(
        rf"\b(?:said|says|added|told\s+\w+)\s+{PERSON_NAME},\s+(?i:a|an|the)\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)"
        rf"\s+(?:for|of|at)\s+{ORG_NAME}{_BRACKETED}\s*[.,;]"
    ),
    # "Le directeur du Réseau pour des diamants équitables, Jean Mbala, a déclaré…"
    re.compile(
        rf"\b(?i:le|la|l['’])\s*(?:[\w-]+[ \t]+){{1,3}}?{OF}[ \t]+{ORG_NAME_FR_OR_EN},[ \t]+{PERSON_NAME},\s+"
        rf"{_SPEAKS_FOR}"
    ),
]
_SPOKESPERSON_CHARS = 1200


def spokesperson_of(header: list[str], known) -> tuple[str, str] | None:
    """ "Amara Okonkwo, director of the X Network, said…" in the opening lines: the organisation speaks."""
    opening = "\n".join(line for line in header if not SALUTATION.match(line))[:_SPOKESPERSON_CHARS]
    return named_by(_SPOKESPERSON_PATTERNS, opening, known, "its spokesperson: ")


# "The following speech was delivered by Philip T. Reeker, Deputy Spokesman of the United States Department of
# State on…": the speaker's own office names the organisation.
_AFFILIATION = re.compile(
    r"\b(?:speech|address|remarks|statement|intervention)\s+(?:was\s+)?(?:delivered\s+|given\s+|made\s+)?by\s+"
    r"[^,\n]{3,60},\s+(?:[\w-]+\s+){1,5}?(?:of|at|for)\s+(?:the\s+)?(?P<org>[A-Z][^,\n]{3,80})",
)


# "Delivered by Amara Okonkwo on behalf of the X Network", "Déclaration lue au nom du Réseau …".
_ON_BEHALF_OF = re.compile(
    rf"\b(?i:on\s+behalf\s+of|au\s+nom\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*{ORG_NAME_FR_OR_EN}"
)


# "I speak in my capacity as coordinator of the X", "…to address you as the Coordinator of the X".
_IN_MY_CAPACITY = re.compile(
    rf"\b(?:(?i:in\s+my\s+capacity\s+as|en\s+ma\s+qualit[ée]\s+de)|\b(?:I|me)\b[^.\n]{{0,60}}?\bas)\s+"
    rf"(?i:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{1,4}}?{OF}\s+{ORG_NAME_FR_OR_EN}"
)
# "on behalf of the Minister for Foreign Affairs": a person, whose government later evidence names.
_A_PERSONS_TITLE = re.compile(
    r"^(?:minist(?:er|re)|president|pr[ée]sident|secretary|secr[ée]taire|chair|ambassador|ambassadeur|prime)\b",
    re.IGNORECASE,
)


# A speaker introducing themselves: "My name is Harrison Mitchell and I work on the diamond campaign at Global Witness",
# "My name is Jane Moyo and I am director of the X Network", "Je m'appelle Jean Mbala et je travaille pour le Réseau X".
_SELF_INTRODUCED = re.compile(
    rf"\b(?:(?i:my\s+name\s+is)\s+{PERSON_NAME}\s*,?\s+(?i:and\s+)?(?i:I)\s+(?i:work|am|serve)"
    rf"|(?i:je\s+m['’]appelle)\s+{PERSON_NAME}\s*,?\s+(?i:et\s+)?(?i:je)\s+(?i:travaille|suis))"
    rf"(?:[ \t]+[\w'’-]+){{0,6}}?[ \t]+(?i:at|for|with|of|pour|[àa]|au\s+sein\s+d[eu]|d[eu]|de\s+la|de\s+l['’])[ \t]*"
    rf"{ORG_NAME_FR_OR_EN}"
)


def speaker_affiliation(header: list[str], known) -> tuple[str, str] | None:
    opening = "\n".join(header)
    for match in _SELF_INTRODUCED.finditer(opening):
        if org := organisation_in(org_group(match), known, described=True):
            return org, f"its speaker introduces themselves: “{short(match.group(0))}”"
    for match in [*_ON_BEHALF_OF.finditer(opening), *_IN_MY_CAPACITY.finditer(opening)]:
        org = organisation_in(org_group(match), known)
        # "On behalf of the Coalition": a name of one word is the text's short name for one it names in full.
        if org and not _A_PERSONS_TITLE.match(org) and (len(org.split()) >= 2 or first_known(org, known)):
            return org, f"its speaker speaks for it: “{short(match.group(0))}”"
    for line in header:
        if not (match := _AFFILIATION.search(line)):
            continue
        org = trim_org(match.group("org"))
        if named := first_known(org, known):
            return named, f"the speaker's office: “{short(match.group(0))}”"
        if ORG_WORDS.search(org) and len(org.split()) <= 10:
            return org, f"the speaker's office: “{short(match.group(0))}”"
    return None


# --- Who organised the meeting it reports

# A report of a conference, a workshop, a seminar names who organised it, whose event it is: "Cette Conférence était
# organisée par Partenariat Afrique Canada (Ottawa), le NiZA…", "Speaking at a Diamond Mining Conference organized by
# the Centre for Natural Resource Governance held at…", "Le Centre national d'appui au développement (CENADEP ),
# organisateur de cette rencontre régionale, se dit heureux…". Only where nothing else names an issuer: the one who
# organises a seminar is not always who speaks at it.
_MEETING_NOUN = (
    r"(?i:conf[ée]rences?|conferences?|workshops?|seminars?|s[ée]minaires?|ateliers?|rencontres?|forums?|symposium"
    r"|round[\s-]?tables?|tables?[\s-]rondes?)"
)
_ORGANISED_BY = re.compile(
    rf"\b{_MEETING_NOUN}\b[^.;\n]{{0,80}}?\b(?i:organi[sz]ed|organis[ée]e?s?|co-organi[sz]ed|co-organis[ée]e?s?)\s+"
    rf"(?:(?i:jointly|conjointement)\s+)?(?i:by|par)\s+{ORG_NAME_FR_OR_EN}"
)
_ORGANISER_OF = re.compile(
    rf"(?:^|[.!?]\s+)(?:(?i:the|le|la|l['’])\s*)?(?P<name>{FRENCH_HEAD}[^,.;:()«»“”\"\n]{{3,120}}?|[A-ZÀ-Ý][\w'’&-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’&-]*|of|for|on|and|[&-])){0,10})"
    r"\s*(?:\(\s*(?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\s*\))?\s*,\s+(?:(?i:the|l['’])\s*)?"
    rf"(?i:organi[sz]ers?|organisat(?:eur|rice)s?)\s+(?i:of|de|du|des)\s+(?i:the|this|cette|cet|ce|la|le|l['’])?\s*"
    rf"(?:[\w-]+\s+)?{_MEETING_NOUN}",
    re.MULTILINE,
)
_ORGANISED_CHARS = 2500
# A ministry's official presiding over the meeting it reports, whose host the ministry is: "la cérémonie d'ouverture de
# l'atelier… C'était sous la présidence du chef de cabinet du ministère des Mines, Djibroula Togola", "the workshop
# was chaired by the Permanent Secretary of the Ministry of Mines".
_PRESIDED_BY_AN_OFFICIAL_OF = re.compile(
    r"\b(?:sous\s+la\s+pr[ée]sidence|under\s+the\s+chairmanship|presided\s+over\s+by|chaired\s+by)\s+"
    r"(?:du|de\s+la|de\s+l['’]|de|d['’]|of|by)?\s*(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:du|of\s+the)\s+"
    r"(?P<org>(?:minist[èe]re|ministry)\s+(?:des?|du|de\s+la|de\s+l['’]|of)\s*[^,.;:()\n]{3,60})",
    re.IGNORECASE,
)


def organiser(text: str, known) -> tuple[str, str] | None:
    """(the organisation that organised the meeting the report is about, why), or None."""
    opening = text[:_ORGANISED_CHARS]
    # A French name's "et" is its own ("Centre national d'appui au développement et à la participation populaire"):
    # named before its acronym, it is one organisation's.
    if (match := _ORGANISER_OF.search(opening)) and organisation_in(match.group("name"), known):
        name, acronym = match.group("name").strip(), match.group("acronym")
        whole = first_known(name, known) or (f"{name} ({acronym})" if acronym else organisation_in(name, known))
        return whole, f"the organiser of the meeting it reports: “{short(match.group(0).lstrip('.!? '))}”"
    if (match := _ORGANISED_BY.search(opening)) and (name := organisation_in(org_group(match), known)):
        return name, f"the organiser of the meeting it reports: “{short(match.group(0))}”"
    if (match := _PRESIDED_BY_AN_OFFICIAL_OF.search(opening)) and re.search(_MEETING_NOUN, opening[: match.start()]):
        name = match.group("org").strip()
        return name[:1].upper() + name[1:], f"its meeting's host, presiding: “{short(match.group(0))}”"
    return None
