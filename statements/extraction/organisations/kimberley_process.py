"""The Kimberley Process as the issuer: its communiqués and decisions, its chair speaking, its offices, the Process
acting in the opening lines or quoting its own statement.
"""

import re

from ..officials import kp_chair_voice
from .naming import short
from .phrases import BEFORE_SUBJECT, PERSON_NAME, SENTENCE_END, SUBJECT_VERBS

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
            # COMMUNIQUE", which may take a line each for its name, days and place ("Kimberley Process Plenary" /
            # "November 6-9, 2006" / "Gaborone, Botswana"). Only a final communiqué: "Communiqué de presse" under a
            # headline is anyone's release.
            above = _title_above(header, index) if _FINAL_COMMUNIQUE.search(line) else []
            heading = " ".join([*above, line, *below])
            if KP_TITLE.search(heading):
                return "Kimberley Process", f"the title: “{short(heading)}”"
    if match := _REVIEW_REPORT.match(title):
        return "Kimberley Process", f"its review mission's report: “{short(match.group(0))}”"
    for line in header:
        if (opening := _COMMUNIQUE_OPENING.match(line)) and KP_TITLE.search(opening.group(0)):
            return "Kimberley Process", f"its communiqué's first paragraph: “{short(opening.group(0))}”"
    if voice := kp_chair_voice(header, text):
        return "Kimberley Process", f"its chair speaks: “{short(voice)}”"
    return None


# The report of a review mission or visit, the Process's peer review: "Review Mission Report and a Revised KP List",
# "Report of the Kimberley Process Review Visit to Ghana", "Rapport de la mission d'examen du PK en RCA".
_REVIEW = r"(?:follow[\s-]?up\s+)?(?:review|monitoring|expert)\s+(?:mission|visit|team)"
_REVIEW_REPORT = re.compile(
    rf"^(?:the\s+|a\s+)?(?:(?:kimberley\s+process|kpcs|kp)\s+)?{_REVIEW}(?:['’]s)?\s+(?:final\s+|interim\s+)?report\b"
    rf"|^(?:the\s+|a\s+)?(?:final\s+|interim\s+)?report\s+(?:of|on|from|by)\s+the\s+"
    rf"(?:(?:kimberley\s+process|kpcs|kp)\s+)?{_REVIEW}\b"
    r"|^(?:le\s+)?rapport\s+(?:final\s+)?(?:de\s+la|du)\s+(?:mission|visite)\s+d['’](?:examen|[ée]valuation)\b",
    re.IGNORECASE,
)


# Its title as the report's cover gives it, the kind of document on the line below: "KIMBERLEY PROCESS CERTIFICATION
# SCHEME REVIEW MISSION TO ZIMBABWE 30 JUNE – 4 JULY, 2009" / "FINAL REPORT", "Mission d'examen du Processus de
# Kimberley en RCA" / "Rapport final".
_REVIEW_TITLE = re.compile(
    rf"^(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?|kpcs|kp)\s+(?:\(kpcs\)\s+)?{_REVIEW}"
    r"\s+(?:to|in|of)\s+(?P<where>\S.*)$"
    r"|^(?:la\s+)?(?:mission|visite)\s+d['’](?:examen|[ée]valuation)\s+du\s+(?:processus\s+de\s+kimberley|pk)"
    r"\s+(?:en|au|aux|à|de|du)\s+(?P<lieu>\S.*)$",
    re.IGNORECASE,
)
# Where and when, nothing more: "ZIMBABWE 30 JUNE – 4 JULY, 2009", "the Republic of Guinea, 9 to 14 August"; not a
# headline's verb ("to Ghana finds gaps").
_PLACE_OR_DAY_WORD = re.compile(r"[A-ZÀ-Ý][\w'’.,-]*|\d[\w,.]*|of|the|and|to|du|de|la|des|et|au|[–—,/-]")


def _place_and_days(words: str) -> bool:
    return all(_PLACE_OR_DAY_WORD.fullmatch(word) for word in words.split())


_FRENCH_PLACE = re.compile(rf"^(?!.*\b(?:{SUBJECT_VERBS})\b)[^.!?]*$", re.IGNORECASE)
_REPORT_BELOW = re.compile(r"^(?:(?:final|interim|draft)\s+)?report$|^rapport(?:\s+(?:final|provisoire))?$", re.I)
_COVER_LINES = 12  # a document site's own lines (its title, "PDF", the page count) come above the cover


def review_report(lines: list[str]) -> tuple[str, str] | None:
    """The Process's review mission or visit reporting, by its report's title on a line of its own: "Report of the
    Follow-up Review Mission to Zimbabwe", or the mission's name above "Final report"."""
    for index, line in enumerate(lines[:_COVER_LINES]):
        if not _titled(line):
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        cover = _REVIEW_TITLE.match(line)
        if cover:
            where, lieu = cover.group("where"), cover.group("lieu")
            cover = (where and _place_and_days(where)) or (lieu and _FRENCH_PLACE.match(lieu))
        if _REVIEW_REPORT.match(line) or (cover and _REPORT_BELOW.match(below.strip(" .:"))):
            return "Kimberley Process", f"its review mission's report: “{short(line)}”"
    return None


def _titled(line: str) -> bool:
    return not SENTENCE_END.search(line) and len(line.split()) <= _TITLE_WORDS


_TITLE_ABOVE_LINES = 3


def _title_above(header: list[str], index: int) -> list[str]:
    """The title lines right above the heading at ``index``, up to three, nearest last."""
    above: list[str] = []
    for preceding in reversed(header[max(0, index - _TITLE_ABOVE_LINES) : index]):
        if not _titled(preceding):
            break
        above.insert(0, preceding)
    return above


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
    r"(?i:les\s+(?:instances|membres|participants)\s+du\s+|the\s+(?:members|participants)\s+(?:of|in)\s+the\s+"
    # "Attendees at the Kimberley Process (KP) plenary in Dubai voted…"
    r"|(?:the\s+)?(?:attendees|delegates|participants)\s+(?:at|to)\s+the\s+)"
)
# The Process's meeting, acting for it: "The KP plenary decided…", "…the Kimberley Process (KP) plenary in Dubai voted".
_KP_MEETING_ACTING = (
    r"(?:\s+(?i:plenary|intersessional|inter-sessional|intercessional|pl[ée]ni[èe]re)(?:\s+(?i:meeting|session))?"
    r"(?:\s+(?i:in|at|of|à|de)\s+[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)?)?)?"
)
_KP_ACTS = re.compile(
    rf"^[“\"«]?\s*{BEFORE_SUBJECT}{_KP_OCCASION}(?:{_KP_BODIES}|(?i:the\s+|le\s+))?(?:(?i:kimberley\s+process(?:\s+certification"
    r"\s+scheme)?|processus\s+de\s+kimberley|syst[èe]me\s+de\s+certification\s+du\s+processus\s+de\s+kimberley)"
    # "the KPCS resolved…", "the KP lifted…": its acronym, in capitals
    r"|KPCS|KP)"
    r"(?:\s*\((?:KPCS|KP|PK|SCPK)\))?"
    rf"{_KP_MEETING_ACTING}"
    # "…, which is chaired by…,", "…, l'organisme international de surveillance du diamant,"
    r"(?:\s*,\s+(?i:which|who|qui|the|l['’]|le|la)\s*[^\n]{3,200}?,)?"
    r"\s+(?i:today\s+|yesterday\s+|aujourd['’]hui\s+|on\s+\w+day\s+)?"
    r"(?i:(?:has\s+|have\s+)?(?:announced|opened|adopted|launched|issued|published|released|decided|welcomed"
    r"|suspended|appointed|agreed|lifted|readmitted|admitted|approved|resolved|determined|voted|designated|elected"
    r"|named|selected|chose)|announces|opens|adopts|launches|issues|resolves|votes|designates|elects"
    r"|publishes|releases|decides|welcomes|suspends|appoints|lifts|readmits|admits|approves"
    r"|(?:a|ont)\s+(?:annonc[ée]|ouvert|adopt[ée]|lanc[ée]|publi[ée]|d[ée]cid[ée]|salu[ée]|suspendu|nomm[ée]|lev[ée]"
    r"|r[ée]int[ée]gr[ée]|admis|approuv[ée]|d[ée]sign[ée]|[ée]lu|choisi)|annonce|adopte|lance|publie|d[ée]cide|salue"
    r"|suspend|l[èe]ve|d[ée]signe"
    r"|r[ée]int[èe]gre|approuve|ouvrent|d[ée]cident)\b"
)
_KP_ACTS_LINES = 4  # the title, a dateline or byline, and the first sentence
_LEAD_SENTENCES = 2  # of each of those lines: "…reach the trade. After a meeting in Shanghai, the KPCS resolved…"


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


# A news report closing the Process's words with its name: "…before the end of the year, the KP said.", "…in 2020,”
# the KP noted.", "…, said the Kimberley Process.", "…, a indiqué le Processus de Kimberley.".
_KP_ATTRIBUTED = re.compile(
    rf"(?:,|[”\"»’])\s*[”\"»’]?\s+(?:{_KP_SUBJECT}|the\s+kpcs)\s+(?:said|says|noted|stated|added|announced|explained"
    r"|pointed\s+out|a\s+(?:d[ée]clar[ée]|indiqu[ée]|pr[ée]cis[ée]|annonc[ée]))\s*[.;]"
    rf"|,\s*[”\"»’]?\s*(?:said|says|noted|added|stated|a\s+(?:d[ée]clar[ée]|indiqu[ée]|pr[ée]cis[ée])|indique|pr[ée]cise)"
    rf"\s+(?:{_KP_SUBJECT}|the\s+kpcs)\s*[.;]",
    re.IGNORECASE,
)


# A text speaking as "we" reports the KP's statement as someone else's: "We are leaving the plenary." above "In its
# final communiqué, the KP said…". Words in quotation marks are another's, even a quotation the line leaves open.
_OUR_VOICE = re.compile(r"\b(?:we|our|ours|nous|notre|nos)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)")


# A sentence's end, where the next begins: "…reach the trade. After a meeting in Shanghai, the KPCS resolved…".
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])[”\"»’]?\s+(?=[“\"«]?[A-ZÀ-Ý])")


# A release quoted below its heading ("Press Release:" / "“The Kimberley Process … has designated…"): its first
# sentence is a lead too.
_RELEASE_HEADING = re.compile(
    r"^(?:press|media|news)\s+(?:release|statement)\s*:?$|^communiqu[ée]\s+de\s+presse\s*:?$", re.IGNORECASE
)


def kimberley_process_acts(header: list[str]) -> tuple[str, str] | None:
    released = [header[index + 1] for index, line in enumerate(header[:-1]) if _RELEASE_HEADING.match(line)]
    for line in [*header[:_KP_ACTS_LINES], *released[:1]]:
        for sentence in _NEXT_SENTENCE.split(line)[:_LEAD_SENTENCES]:
            if match := _KP_ACTS.match(sentence):
                return "Kimberley Process", f"first sentence: “{short(match.group(0))}”"
    for index, line in enumerate(header):
        match = _KP_STATEMENT.search(line) or _KP_ATTRIBUTED.search(line)
        if not match and (source := _FINAL_COMMUNIQUE_SAYS.search(line)) and KP_TITLE.search(line, 0, source.start()):
            match = source
        if match:
            if any(_OUR_VOICE.search(_QUOTED.sub(" ", above)) for above in header[: index + 1]):
                return None
            return "Kimberley Process", f"its own statement: “{short(match.group(0))}”"
    return _chair_reports_meeting(header)


# --- Its chair speaking in a report of its meeting

# A report of the Process's meeting whose voice is its chair: "The Intersessional Meeting of the Kimberley Process (KP)
# … has concluded today" above "The KP Chair, Mr. Boaz Hirsch, has declared an impasse"; "The Kimberley Process
# intercessional meeting in Washington D.C. concluded today with chairwoman Gillian Milovanovic … commending all
# parties"; "The UAE’s Kimberley Process Chair, Ahmed Bin Sulayem said:". The chair of its meeting is the Process's.
_KP_SHORT = r"(?:kimberley\s+process(?:\s+certification\s+scheme)?|kpcs|kp|processus\s+de\s+kimberley|pk)"
_MEETING_WORDS = (
    r"(?:plenary|intersessional|inter-sessional|intercessional|meeting|pl[ée]ni[èe]re|r[ée]union|intersession)"
)
_KP_MEETING = re.compile(
    rf"\b{_KP_SHORT}\s*(?:\((?:kpcs|kp|pk)\)\s*)?{_MEETING_WORDS}\b"
    rf"|\b{_MEETING_WORDS}(?:\s+meeting)?\s+(?:of|du|de\s+la)\s+(?:the\s+)?{_KP_SHORT}\b",
    re.IGNORECASE,
)
# French writes its accent: "président" is not the English "president" of any body.
_CHAIR = r"(?:chair(?:man|woman|person)?|présidente?)"
_CHAIR_SAYS = (
    r"(?:has\s+|had\s+)?(?:said|says|declared|stated|announced|told|added|noted|explained|commended|welcomed|urged"
    r"|called|commending|saying|declaring|announcing|welcoming|praising|a\s+(?:d[ée]clar[ée]|annonc[ée]|indiqu[ée]"
    r"|salu[ée]|soulign[ée]|affirm[ée]|pr[ée]cis[ée]|expliqu[ée])|d[ée]clare|affirme|indique)\b"
)
_KP_CHAIR_SPEAKS = re.compile(
    # "The KP Chair, Mr. Boaz Hirsch, has declared…", "The UAE’s Kimberley Process Chair, Ahmed Bin Sulayem said:"
    rf"\b(?:[A-Z][\w.]*['’]s\s+)?(?i:{_KP_SHORT})\s*(?:\((?i:kpcs|kp|pk)\)\s*)?(?i:{_CHAIR})\b"
    rf"(?:\s*,\s*[^,\n]{{3,60}},?|\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|Ambassador\s+)?{PERSON_NAME})?\s+(?i:{_CHAIR_SAYS})"
    # "…,” declared the Chair", "…, said the KP chair"
    rf"|\b(?i:said|declared|stated|added|a\s+d[ée]clar[ée]|a\s+indiqu[ée])\s+(?i:the|le|la)\s+(?:(?i:{_KP_SHORT})\s+)?"
    rf"(?i:{_CHAIR})\b(?!\s+(?i:of|du|de)\b)"
)
# In the sentence reporting the meeting, its chair by name: "…concluded today with chairwoman Gillian Milovanovic,
# representing the U.S., commending all parties…".
_MEETING_CHAIR_SPEAKS = re.compile(rf"\b(?i:{_CHAIR})\s+{PERSON_NAME}(?:,\s[^,\n]{{3,60}},)?\s+(?i:{_CHAIR_SAYS})")
_MEETING_LINES = 3  # the title and the lead


# The Process's chair named after the words: "“The findings are clear,” says Tim Martin, Kimberley Process chairman".
_SAYS_THE_KP_CHAIR = re.compile(
    rf"\b(?i:said|says|added|stated|declared)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|Ambassador\s+)?{PERSON_NAME},\s+"
    rf"(?i:the\s+)?(?:[a-z-]+\s+)?(?:(?i:{_KP_SHORT})\s*(?i:{_CHAIR})|(?i:{_CHAIR})\s+(?i:of|du)\s+(?i:the\s+|le\s+)?"
    rf"(?i:{_KP_SHORT}))\b"
)
# The Process's chair named before the words, the title after the name: "Jacob Thamage, Botswana's Diamond Hub
# Coordinator and chairman of the Kimberley Process (KP) told a special gathering…", "Ahmed bin Sulayem, chairman of
# the KP, said…".
_KP_CHAIR_NAMED_SAYS = re.compile(
    rf"\b{PERSON_NAME},\s+(?:[^,\n]{{3,80}}?\s+(?i:and)\s+)?(?i:the\s+)?(?:[a-z-]+\s+)?(?i:{_CHAIR})\s+(?i:of|du)\s+"
    rf"(?i:the\s+|le\s+)?(?i:{_KP_SHORT})(?:\s*\(\s*(?i:kpcs|kp|pk)\s*\))?\s*,?\s+(?i:{_CHAIR_SAYS})"
)
# Who a report first gives words to: "…, says Tim Martin", "X said in a statement", "a déclaré…".
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|stated|told|declared|added|a\s+d[ée]clar[ée]|a\s+indiqu[ée]|a\s+affirm[ée])\b", re.IGNORECASE
)


def kp_chair_quoted(header: list[str]) -> tuple[str, str] | None:
    """The Process's chair as the first voice a report gives words to ("Kimberley Process chairman Tim Martin said in a
    statement", "…, says Tim Martin, Kimberley Process chairman"): the Process's words, whoever reports them. Not
    when someone else speaks first."""
    for line in header:
        for sentence in _NEXT_SENTENCE.split(line):
            if not _ATTRIBUTION.search(sentence):
                continue
            if match := (
                _KP_CHAIR_SPEAKS.search(sentence)
                or _SAYS_THE_KP_CHAIR.search(sentence)
                or _KP_CHAIR_NAMED_SAYS.search(sentence)
            ):
                return "Kimberley Process", f"its chair is the first to speak: “{short(match.group(0))}”"
            return None
    return None


def _chair_reports_meeting(header: list[str]) -> tuple[str, str] | None:
    if not any(_KP_MEETING.search(line) for line in header[:_MEETING_LINES]):
        return None
    for line in header:
        match = _KP_CHAIR_SPEAKS.search(line)
        if not match:
            sentences = [sentence for sentence in _NEXT_SENTENCE.split(line) if _KP_MEETING.search(sentence)]
            match = next(filter(None, map(_MEETING_CHAIR_SPEAKS.search, sentences)), None)
        if match:
            return "Kimberley Process", f"its chair speaks of its meeting: “{short(match.group(0))}”"
    return None
