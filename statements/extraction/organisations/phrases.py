"""Pieces of wording the ways of naming an issuer share: the header and its salutations, a lead sentence's verbs and
dates, a person's or an organisation's name in running text, and ``named_by``, the organisation a pattern's match names.
"""

import re

from .naming import (
    KP_WORDS,
    NEWS_OUTLET,
    ORG_WORDS,
    acronym_like,
    called_an_ngo,
    first_known,
    short,
    spells_initials,
    trim_org,
)

# --- The header

HEADER_LINES = 10

HEADLINE_LINES = 3

SALUTATION = re.compile(
    r"^(?:distinguished|honou?rable|excellenc|your\s+excellenc|his\s+excellenc|her\s+excellenc|ladies\s+and"
    r"|mr\.?\s+(?:chair|president)|madam|dear\s|representatives?\s+of|members\s+of|mesdames|messieurs|chers?\s)",
    re.IGNORECASE,
)

VERB_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|will|would|est|sont|a|ont)\b", re.IGNORECASE)

# A line that ends as a sentence does ("Le Zimbabwe a démenti les accusations."), not as a title.
SENTENCE_END = re.compile(r"\.[\"'”’»)\]]*$")

# A line ending mid-sentence on a small word ("…the Center for Research and"); a heading may end on any other, and
# on the French year too ("Un million de carats par an", "l'an").
RUNS_ON = re.compile(r"\b(?:and|or|of|the|for|to|in|on|a|(?<!par )(?<!l['’])an|et|de|du|des|la|le|les|un|une)\s*$")


def unwrapped(lines: list[str]) -> str:
    """The lines with a hard-wrapped sentence made whole again ("…the Center for Research and" / "Development", "Le
    président du Processus, Jean Mbala, a" / "indiqué…")."""
    text = ""
    for line in lines:
        runs_on = text and (RUNS_ON.search(text) or line[:1].islower())
        text = f"{text} {line}" if runs_on else f"{text}\n{line}" if text else line
    return text


def unwrapped_text(text: str) -> str:
    """``unwrapped`` for each paragraph of a text, its blank lines kept."""
    return "\n\n".join(unwrapped(paragraph.split("\n")) for paragraph in text.split("\n\n"))


# --- A lead sentence: what it opens with, when, what its subject does

# "The Zimbabwe Environmental Law Association (ZELA) today called on…", "La CECIDE salue…": what an organisation
# does when it speaks or acts.
ACTING_VERBS = (
    r"welcomes?|welcomed|calls?|called|urges?|urged|condemns?|condemned"
    r"|says?|said|notes?|noted|regrets?|regretted|deplores?|deplored|applauds?|applauded|expresse[sd]|issued"
    r"|released|announced?|announced|reiterates?|reiterated|warns?|warned|demands?|demanded|joins?|joined"
    r"|concludes|concluded|launche[sd]|launch|publishe[sd]|publish|presents?|presented|hosts?|hosted|adopts?|adopted"
    r"|cites|cited"
    r"|critici[sz]e[sd]|praise[sd]|commends?|commended|appeals?|appealed|insists?|insisted|believes|accuse[sd]"
    r"|salue|appelle|regrette|d[ée]plore|d[ée]nonce|exhorte|demande|invite|rappelle|constate|se f[ée]licite"
    r"|plaide|exige|r[ée]clame|interpelle|alerte|recommande|condamne|accueille|f[ée]licite|annonce|publie|lance"
    r"|s['’]inqui[èe]te|s['’]insurge|estime|juge|exprime|se\s+dit|se\s+d[ée]clare|se\s+r[ée]jouit"
    r"|prend\s+acte|soutient|encourage|propose|souhaite|organise|r[ée]it[èe]re|r[ée]affirme|remercie|souligne"
    r"|indique|d[ée]clare|affirme|attire"
    # A public office's notice: "Le ministère des Mines informe les opérateurs…", "porte à la connaissance du public".
    r"|informe|informs|porte\s+[àa]\s+la\s+connaissance|tient\s+[àa]\s+informer|wishes\s+to\s+inform"
    r"|stresse[sd]|supports|supported|encourages|encouraged|proposes|proposed|reaffirms|reaffirmed|thanks|thanked"
    r"|recommends|recommended|highlights|highlighted|asks|asked|organi[sz]e[sd]|submits|submitted|denounce[sd]"
    r"|dismisse[sd]|defends|defended|pledge[sd]|vows|vowed|threatens|threatened|refuse[sd]|challenge[sd]"
    r"|questions|questioned|responds|responded|reacts|reacted|r[ée]pond|r[ée]agit"
    # A news report's words for speaking out: "Mines Watch told Reuters…", "NGO X slams…", "X accuse le PK".
    r"|told|tells|slams?|slammed|blasts?|blasted|hails?|hailed|decries|decried|rejects?|rejected|backs|backed"
    r"|lauds?|lauded|accuses|hits\s+out|hit\s+out|lashe[sd]\s+out|wrote|writes|accuse|critique|fustige|[ée]pingle"
    r"|rejette|conteste|met\s+en\s+garde|s['’]alarme"
    # What it concedes, or whom it lets in: "X admitted that…", "the Chair admitted Liberia as a participant".
    r"|admits|admitted"
    # Several speaking together, in French: "Le Réseau X et le Centre Y dénoncent…", "… appellent le PK à…".
    r"|saluent|appellent|regrettent|d[ée]plorent|d[ée]noncent|exhortent|demandent|exigent|r[ée]clament|condamnent"
    r"|plaident|expriment|soulignent|alertent|interpellent|annoncent|publient|lancent|accusent|rejettent|contestent"
    r"|fustigent|critiquent|recommandent"
)
# …and what the subject of an opening sentence may be or have done: "X has…", "X est…", "X today…".
SUBJECT_VERBS = (
    rf"today|yesterday|has|have|had|is|are|was|were|will|a|ont|est|sont|{ACTING_VERBS}"
    # An adverb before its verb: "X recently published a report", "X officially launched its campaign".
    r"|recently|officially|formally|jointly|publicly|r[ée]cemment|officiellement|conjointement"
    # What a news report says an organisation holds or finds: "X argues that…", "X wants the KP to…", "X documents…".
    r"|argues|claims|claimed|maintains|maintained|alleges|alleged|fears|feared|wants|wanted|hopes|hoped"
    r"|documents|documented|reveals|revealed|points\s+out|pointed\s+out"
)
MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier"
    r"|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
)
WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# When a news report's lead sentence says its subject spoke: "On Tuesday, …", "Lundi dernier, …", "Le 12 mai, …";
# or after the subject, before its verb: "X (ACR) on Monday welcomed…", "X a lundi annoncé…".
WHEN = (
    rf"(?i:(?:on\s+|this\s+|last\s+|earlier\s+this\s+|ce\s+)?(?:{WEEKDAYS})(?:\s+(?:dernier|pass[ée]|soir|matin"
    r"|apr[èe]s-midi|morning|afternoon|evening|night))?|today|yesterday|hier|aujourd['’]hui|(?:last|this)\s+week"
    r"|earlier\s+this\s+week|la\s+semaine\s+derni[èe]re|cette\s+semaine"
    # "Le 12 mai", "Lundi 16 mai", "on Monday 16 May"
    rf"|(?:on\s+|le\s+)?(?:(?:{WEEKDAYS}),?\s+)?\d{{1,2}}(?:er)?\s+{MONTHS}(?:\s+\d{{4}})?"
    rf"|on\s+{MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
)
# What may open a release's first sentence before its subject: a dateline ("GENEVA, 12 May 2019 –", "GABORONE
# (Reuters) -", "Antwerp:", "12 May 2019 –"), a bracketed source and date ("(Rapaport…September 10, 2001)"), and
# where the words come from ("In a statement issued on Friday,", "Dans un communiqué publié lundi,").
BEFORE_SUBJECT = (
    r"(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}(?:\s*\([^()\n]{2,30}\))?(?:,\s*[^\n,:–—]{3,30}){0,2}"
    r"\s*(?::|\s[–—-]{1,2})\s+|\([^()\n]{3,60}\d\)\s*|\d{1,2}\s+\w+,?\s+\d{4}\s*[–—-]{1,2}\s+"
    # "Ottawa, Ontario--Partnership Africa Canada…": a wire's double hyphen, glued to the words around it
    r"|[A-ZÀ-Ý][\w'’.]*(?:\s+[A-ZÀ-Ý][\w'’.]*){0,2}(?:,\s*[A-ZÀ-Ý][\w'’. ]{2,30}){0,2}--\s*"
    # "(Johannesburg) – ", "(Reuters) - "
    r"|\([A-ZÀ-Ý][\w .'’-]{2,30}\)\s*[–—-]{1,2}\s+"
    # "Kinshasa, 12 mai 2019 (ACP).- "
    r"|[A-ZÀ-Ý][\w'’.-]*,\s*[^\n,:–—]{3,30}\.-{1,2}\s*"
    # "RAPAPORT… ", "NEW YORK... ": a wire's dateline in capitals, closed by an ellipsis
    r"|[A-ZÀ-Ý]{2,}(?:\s+[A-ZÀ-Ý]{2,}){0,2}\s*(?:…|\.\.\.)\s*)?"
    rf"(?:{WHEN}\s*,?\s+)?"
    # What it was doing as it spoke: "Responding to the decision, …", "Speaking in Brussels, …", "Interrogé par l'AFP,".
    # In what capacity it acts: "Serving as 2007 chair of the Kimberley Process, …", "Acting as host, …".
    r"(?:(?i:responding|reacting|speaking|commenting|writing|serving|acting|r[ée]agissant|interrog[ée]e?"
    r"|contact[ée]e?|joint|en\s+sa\s+qualit[ée])\s+[^,\n]{3,80},\s+)?"
    r"(?:(?i:in|dans)\s+(?i:a|an|its|un|une|son|sa)\s+(?:[\w-]+\s+)?(?i:statement|press\s+release|release|report"
    r"|(?:open\s+)?letter|communiqu[ée]|d[ée]claration|rapport|lettre)(?:\s+[^,\n]{3,60})?,\s+)?"
)


# --- Names in running text

ACRONYM = r"(?:\s*\((?P<acronym>[A-ZÀ-Ý][\w&.-]{1,14})\))?"

FRENCH_DESCRIBER = (
    r"(?:ONG|organisation(?:\s+non[\s-]gouvernementale)?|association|collectif|coalition|plate-?forme|fondation"
    r"|r[ée]seau|groupe\s+de\s+pression|organisme)"
)

# A French name capitalises its first word only: "Le Centre national d’appui au développement (Cenadep) plaide…",
# "La Coalition pour des diamants équitables a salué…". Its first word says it is an organisation's.
FRENCH_HEAD = (
    r"(?:Coalition|R[ée]seau|Centre|Association|Minist[èe]re|Observatoire|Plate-?forme|Fondation|Conseil|Comit[ée]"
    r"|Organisation|Institut|F[ée]d[ée]ration|Union|Agence|Groupe|Bureau|Cellule|Commission|Chambre|Syndicat"
    r"|Collectif|Ligue|Mouvement|Forum|Synergie|Alliance|Programme|Initiative|Soci[ée]t[ée]|Action"
    # A state's offices: "Le Gouvernement de la République centrafricaine salue…", "L'Ambassade de France…".
    r"|Gouvernement|Ambassade|Mission|D[ée]l[ée]gation|Direction|D[ée]partement|Secr[ée]tariat|Pr[ée]sidence"
    r"|Haut-Commissariat|Consulat|Autorit[ée]|Consortium|Regroupement|Conf[ée]d[ée]ration|Coordination)"
)

ORG_NAME = (
    r"(?:the\s+)?(?P<org>[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’&-]*|(?:of|for|and)[ \t]+the|of|for|on|and|de|du|des"
    r"|la|le|et|[&-])){0,10})"
)
# A French name after its article, to the end of its clause or its verb: "selon un communiqué de la Coalition
# pour des diamants équitables, …", "un rapport publié par le Réseau … révèle".
_FRENCH_ORG_NAME = (
    rf"(?P<french>{FRENCH_HEAD}(?:[ \t]+[\w'’-]+){{0,10}}?{ACRONYM})"
    r"(?=[ \t]*[,.;:]|[ \t]*$|[ \t]*\n|[ \t]+(?:r[ée]v[èe]le|montre|d[ée]nonce|salue|appelle|demande|plaide|indique"
    r"|estime|affirme|souligne|constate|exige|a|ont|est|publi[ée]e?|dat[ée]e?)\b)"
)

ORG_NAME_FR_OR_EN = rf"(?:(?:la|le|les)\s+|l['’]\s*)?(?:{_FRENCH_ORG_NAME}|{ORG_NAME})"

# A person's name: two to five capitalised words, "de", "van", "al-…" among them.
PERSON_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]+|de|van|der|von|bin|al-[\w-]+)){1,4}"

OF = r"(?:of|at|for|with|du|de\s+la|de\s+l['’]|des|de|d['’])"


def named_by(patterns: list[re.Pattern], text: str, known, why: str, skip=None) -> tuple[str, str] | None:
    """The first organisation one of the patterns names: known, or with the words or acronym of one; not the KP
    (what every text is about) nor a newspaper; nor one of the matches ``skip`` passes over."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            if skip and skip(match):
                continue
            org = trim_org(org_group(match))
            if not org or not KP_WORDS.sub(" ", org).strip() or NEWS_OUTLET.search(org):
                continue
            named = first_known(org, known)
            # A name with the acronym its initials spell is a body's: "Precious Minerals Marketing Company (PMMC)".
            acronym = match.groupdict().get("acronym") or ""
            spelt = bool(acronym) and len(org.split()) >= 2 and spells_initials(acronym, org)
            if named or ORG_WORDS.search(org) or acronym_like(org) or called_an_ngo(org_group(match)) or spelt:
                return named or org, f"{why}“{short(match.group(0))}”"
    return None


def org_group(match: re.Match) -> str:
    # "The X Network's director…": the name without its possessive.
    return re.sub(r"['’]s$", "", (match.groupdict().get("french") or match.group("org") or "").strip())
