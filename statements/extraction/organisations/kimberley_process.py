"""The Kimberley Process as the issuer: its communiqués and decisions, its chair speaking, its offices, the Process
acting in the opening lines or quoting its own statement.
"""

import re

from ..officials import kp_chair_voice
from .naming import short
from .phrases import BEFORE_SUBJECT, SENTENCE_END

# --- Its communiqués, its decisions, its chair

# The KP speaks for itself in its communiqués and decisions (said by the title), and through its chair.
KP_TITLE = re.compile(r"\b(?:kimberley\s+process|kp|processus\s+de\s+kimberley|pk)\b", re.IGNORECASE)
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

# A communiqué's first numbered paragraph, however the page above it reads: "1. The Eighteenth Kimberley Process (KP)
# Plenary Meeting was convened under the Chairmanship of…", "1. La réunion plénière du Processus de Kimberley s'est
# tenue à…".
_COMMUNIQUE_OPENING = re.compile(
    r"^1\.\s+[^.\n]{0,80}?\b(?:plenary|intersessional|pl[ée]ni[èe]re|intersession\w*)\b[^.\n]{0,80}?"
    r"(?:\b(?:was|were|has\s+been)\s+(?:convened|held)\b|\bs['’]est\s+tenue?\b|\ba\s+[ée]t[ée]\s+convoqu[ée]e?\b)",
    re.IGNORECASE,
)


def kimberley_process_itself(header: list[str], text: str) -> tuple[str, str] | None:
    # A title may run over two lines: "FINAL COMMUNIQUE" / "KIMBERLEY PROCESS PLENARY MEETING…"; not over the lead
    # below a short headline ("Le PK critiqué" / "Dans un communiqué publié lundi, le Réseau … dénonce l'échec.").
    runs_over = len(header) > 1 and len(header[0].split()) <= 3 and not SENTENCE_END.search(header[1])
    title = " ".join(header[:2]) if runs_over else header[0] if header else ""
    # An opening paragraph that mentions "un communiqué" or "a resolution" is not a title: it must speak of the
    # KP's final communiqué ("C'est la substance du communiqué final de la réunion…").
    words = _KP_TITLE_WORDS if len(title.split()) <= _TITLE_WORDS else _FINAL_COMMUNIQUE
    if KP_TITLE.search(title) and words.search(title):
        return "Kimberley Process", f"the title: “{short(title)}”"
    # Below a site's banner: "Final Communiqué" / "from the Kimberley Process Plenary Meeting".
    for index, line in enumerate(header):
        if _COMMUNIQUE_HEADING.match(line):
            # Not above a lead: "Communiqué de presse" / "Le Réseau X dénonce l'échec du Processus de Kimberley."
            below = [following for following in header[index + 1 : index + 2] if _titled(following)]
            # …or under the meeting's name: "KIMBERLEY PROCESS MEETING, WINDHOEK, 13 – 16 FEBRUARY 2001" / "FINAL
            # COMMUNIQUE". Only a final communiqué: "Communiqué de presse" under a headline is anyone's release.
            above = [
                preceding
                for preceding in header[max(0, index - 1) : index]
                if _titled(preceding) and _FINAL_COMMUNIQUE.search(line)
            ]
            heading = " ".join([*above, line, *below])
            if KP_TITLE.search(heading):
                return "Kimberley Process", f"the title: “{short(heading)}”"
    for line in header:
        if (opening := _COMMUNIQUE_OPENING.match(line)) and KP_TITLE.search(opening.group(0)):
            return "Kimberley Process", f"its communiqué's first paragraph: “{short(opening.group(0))}”"
    if voice := kp_chair_voice(header, text):
        return "Kimberley Process", f"its chair speaks: “{short(voice)}”"
    return None


def _titled(line: str) -> bool:
    return not SENTENCE_END.search(line) and len(line.split()) <= _TITLE_WORDS


# --- Its offices

# The KP's own offices issue the KP's statements: "Communiqué de la Présidence du Processus de Kimberley",
# "Statement by the Chair of the Kimberley Process", "Press release – KP Chairmanship".
_KP_NAME = r"(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?|processus\s+de\s+kimberley|kpcs|kp|pk)"
KP_OFFICE = re.compile(
    rf"(?:pr[ée]sidence|presidency|chair(?:man|person)?(?:ship)?|secretariat|secr[ée]tariat)\s+(?:of|du|de\s+la)\s+"
    rf"{_KP_NAME}(?:\s*\((?:kpcs|kp|pk)\))?|{_KP_NAME}(?:\s*\((?:kpcs|kp|pk)\))?\s+(?:chair(?:man|person)?(?:ship)?"
    r"|presidency|secretariat)",
    re.IGNORECASE,
)


# --- The Process acting, or quoting its own statement

# The Process itself acting as the subject of the opening: "The Kimberley Process (KP), which is chaired by…, has
# opened its secretariat", "Le Processus de Kimberley a annoncé…". "The Kimberley Process has a rotating chair",
# "…is a scheme" describe what the text is about.
# What the Process decides about a participant is its act too: "le Processus de Kimberley a levé l'embargo",
# "the KP lifted the suspension", "les instances du PK ont ouvert la voie à…". Its bodies or members acting together
# are the Process acting; a clause before the subject says when ("Après onze ans de sanction, …", "At its plenary in
# Dubai, …").
_KP_OCCASION = (
    r"(?:(?i:apr[èe]s|after|following|lors\s+d[eu]|lors\s+de\s+la|au\s+cours\s+d[eu]|at|during|[àa]\s+l['’]issue"
    r"\s+d[eu])\s[^,\n]{3,120},\s+"
    # "Mercredi dernier, …", "On Tuesday, …", "Yesterday, …"
    r"|(?i:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier)?|hier|yesterday|(?:on|last)\s+\w+day)"
    r",\s+)?"
)
_KP_BODIES = (
    r"(?i:les\s+(?:instances|membres|participants)\s+du\s+|the\s+(?:members|participants)\s+(?:of|in)\s+the\s+)"
)
_KP_ACTS = re.compile(
    rf"^{BEFORE_SUBJECT}{_KP_OCCASION}(?:{_KP_BODIES}|(?i:the\s+|le\s+))?(?i:kimberley\s+process(?:\s+certification"
    r"\s+scheme)?|processus\s+de\s+kimberley|syst[èe]me\s+de\s+certification\s+du\s+processus\s+de\s+kimberley)"
    r"(?:\s*\((?:KPCS|KP|PK|SCPK)\))?"
    # "…, which is chaired by…,", "…, l'organisme international de surveillance du diamant,"
    r"(?:\s*,\s+(?i:which|who|qui|the|l['’]|le|la)\s*[^\n]{3,200}?,)?"
    r"\s+(?i:today\s+|yesterday\s+|aujourd['’]hui\s+|on\s+\w+day\s+)?"
    r"(?i:(?:has\s+|have\s+)?(?:announced|opened|adopted|launched|issued|published|released|decided|welcomed"
    r"|suspended|appointed|agreed|lifted|readmitted|admitted|approved)|announces|opens|adopts|launches|issues"
    r"|publishes|releases|decides|welcomes|suspends|appoints|lifts|readmits|admits|approves"
    r"|(?:a|ont)\s+(?:annonc[ée]|ouvert|adopt[ée]|lanc[ée]|publi[ée]|d[ée]cid[ée]|salu[ée]|suspendu|nomm[ée]|lev[ée]"
    r"|r[ée]int[ée]gr[ée]|admis|approuv[ée])|annonce|adopte|lance|publie|d[ée]cide|salue|suspend|l[èe]ve"
    r"|r[ée]int[èe]gre|approuve|ouvrent|d[ée]cident)\b"
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
# A lead naming the Process and giving a meeting's final communiqué as its source: "X a reçu le feu vert du Processus
# de Kimberley…, selon le communiqué final de la réunion annuelle", "…, according to the plenary's final communiqué".
# Not someone else's ("selon le communiqué final de la Coalition…"): only a meeting's, or the Process's own.
_FINAL_COMMUNIQUE_SAYS = re.compile(
    r"\b(?:selon|d['’]apr[èe]s|according\s+to)\s+(?:le\s+communiqu[ée]\s+final|the\s+(?:plenary['’]s\s+|meeting['’]s\s+)?"
    r"final\s+communiqu[ée])(?:\s+(?:de\s+la\s+(?:r[ée]union|pl[ée]ni[èe]re|session)|of\s+the\s+(?:meeting|plenary"
    r"|session|kimberley\s+process|kp)|du\s+(?:processus\s+de\s+kimberley|pk))\b[^,;:\n]{0,80}?)?\s*(?=[.;]|$)",
    re.IGNORECASE,
)


# A text speaking as "we" reports the KP's statement as someone else's: "We are leaving the plenary." above "In its
# final communiqué, the KP said…". Words in quotation marks are another's, even a quotation the line leaves open.
_OUR_VOICE = re.compile(r"\b(?:we|our|ours|nous|notre|nos)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)")


def kimberley_process_acts(header: list[str]) -> tuple[str, str] | None:
    for line in header[:_KP_ACTS_LINES]:
        if match := _KP_ACTS.match(line):
            return "Kimberley Process", f"first sentence: “{short(match.group(0))}”"
    for index, line in enumerate(header):
        match = _KP_STATEMENT.search(line)
        if not match and (source := _FINAL_COMMUNIQUE_SAYS.search(line)) and KP_TITLE.search(line, 0, source.start()):
            match = source
        if match:
            if any(_OUR_VOICE.search(_QUOTED.sub(" ", above)) for above in header[: index + 1]):
                return None
            return "Kimberley Process", f"its own statement: “{short(match.group(0))}”"
    return None
