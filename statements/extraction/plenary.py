"""Which Kimberley Process meeting a document is about: every candidate weighed on all the evidence.

The evidence: when the document was published (during a meeting, or just after it), the cities
and years it names and how ("the 2019 plenary in New Delhi", "this year's plenary", "last year's
meeting in Brussels"), the kind of meeting it speaks of, and the chair it names ("under Indian
chairmanship"). A meeting only recalled as background must not beat the one the text is about,
and a city that hosted several meetings is not settled by taking the first: when no meeting
clearly wins, none is chosen, and the reason names the ones in the running for a reviewer.
"""

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import unquote

from .dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, iter_dates, url_year_folders
from .normalise import fold, kp_spelled, place_pattern
from .officials import COUNTRIES
from .records import PlenaryRef

# English and French spellings of past and likely host cities.
_CITY_ALIASES = {
    "brussels": ["bruxelles", "brussel"],
    "moscow": ["moscou"],
    "antwerp": ["anvers", "antwerpen"],
    "new delhi": ["new-delhi", "delhi"],
    "mumbai": ["bombay"],
    "washington": ["washington dc", "washington d.c."],
    "victoria falls": ["chutes victoria"],
    "dubai": ["dubaï", "doubaï"],
    "geneva": ["genève"],
    "gatineau": ["ottawa"],
    "tel aviv": ["tel-aviv"],
    "jerusalem": ["jérusalem"],
    "johannesburg": ["johannesbourg"],
    "guangzhou": ["canton"],
}
_KIND_WORDS = {
    # "intercessional" and "intersessionelle" are common misspellings; its "half-yearly" or "interim meeting" is the
    # intersessional. (Not "annual meeting" for the plenary: some call the intersessional so, and other bodies meet.)
    "intersessional": re.compile(
        r"\binter-?[sc]ession(?:al|n?elle|n?el)?s?\b|\b(?:half-?yearly|mid-?year|semi-?annual|interim)\s+meeting"
        r"|\breunion\s+(?:semestrielle|de\s+mi-parcours)"
    ),
    "special": re.compile(r"\b(?:special|extraordinary|extraordinaire|speciale)\s+(?:plenary|session|pleni)"),
    # Not a "special plenary" or a « plénière extraordinaire »: a special session, another kind.
    "plenary": re.compile(
        r"(?<!special )(?<!extraordinary )\bplen(?:ary|aries|iere|ieres)\b(?!\s+(?:extraordinaire|speciale)s?\b)"
    ),
}
_KIND_ALTERNATIVES = "|".join(f"(?:{pattern.pattern})" for pattern in _KIND_WORDS.values())
# "the 2022 Kimberley Process Plenary", "2021 Intersessional Meeting", "Plenary November 27-30, 2012",
# "réunion intersessionnelle 2019": a meeting named by its year and kind.
_BETWEEN = r"[^\w.!?\n]+"
_NAMED_MEETING = re.compile(
    # The words between stay in one sentence: not "…at the plenary on Monday.\n\nIn 2015 the UAE…".
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)(?:{_BETWEEN}\w+){{0,4}}?{_BETWEEN}(?P<kind>{_KIND_ALTERNATIVES})"
    rf"|(?P<kind2>{_KIND_ALTERNATIVES})(?:{_BETWEEN}\w+){{0,4}}?{_BETWEEN}(?P<year2>(?:19|20)\d\d)(?!\d)"
)
# "the opening of the KP meeting in Washington on Monday": which day it opened (or closed) tells meetings apart.
_WEEKDAY_EVENT = re.compile(
    r"\b(?P<event>open(?:ing|ed|s)?|clos(?:ing|ed|es)|ouverture|ouvert|cloture|began|begun|begins|started|starts"
    r"|kicked off|ended|ends|concluded|concludes|wrapped up|s'est ouverte?|s'est (?:achevee?|terminee?|cloturee?)"
    r"|a pris fin|a debute|debute|debutent|s'ouvre|s'ouvrent|se termine|s'acheve|prend fin)\b[^.\n]{0,80}?"
    # "on Monday", "le lundi", or the day alone: "opened Monday", « débute lundi à Anvers ».
    rf"\b(?:(?:on|le|ce)\s+)?(?P<day>{'|'.join(WEEKDAY_NAMES)})\b"
)
_FIRST_DAY_EVENTS = (
    "open",
    "ouv",
    "began",
    "begun",
    "begin",
    "start",
    "kicked",
    "s'est ouvert",
    "a debute",
    "debute",
    "s'ouvr",
)
# "in Gaborone, Botswana on Friday": the meeting in that city sat on that day of the week.
_WEEKDAY_THERE = re.compile(
    rf"(?:,\s*[a-z][a-z .'-]{{0,30}}?)?,?\s+(?:on|le|ce)\s+(?P<day>{'|'.join(WEEKDAY_NAMES)})\b"
)
_MEETING_WORD = re.compile(
    r"\b(?:plenary|plenaries|intersessional|inter-sessional|inter-?[sc]ession|meeting|meet\b|session|pleniere"
    r"|intersessionnelle|reunion)"
)
# "Delegates who gathered in the resort town last week": its participants met, so the text speaks of a meeting.
_GATHERED = re.compile(r"\b(?:delegates|delegations|delegues|convened|gathered|reunis)\b")
# Words saying the meeting is the one going on as the text is written.
_HERE_AND_NOW = re.compile(
    r"\b(?:this year'?s|this week|today|this morning|opening (?:session|remarks|statement|speech|ceremony)"
    r"|closing (?:session|remarks|statement|speech|ceremony)|welcome to|cette annee|cette semaine|aujourd'hui"
    r"|(?:seance|ceremonie|discours|session) d'ouverture|(?:seance|ceremonie|discours|session) de cloture"
    r"|cloture)\b"
)
# The KP deciding as a body ("the Kimberley Process last week allowed", "le Processus de Kimberley a levé",
# "members of the KP failed to agree"): it decides only in its meetings, so the text speaks of one.
_RELATIVE_TIME = r"(?:last\s+week|yesterday|on\s+[a-z]+day|la\s+semaine\s+derniere|hier)"
_KP_DECIDES = re.compile(
    r"\b(?:kimberley\s+process|processus\s+de\s+kimberley|kp|pk)(?:\s+\([a-z]+\))?"
    r"(?:\s+(?:members|participants|plenary))?"
    rf"(?:\s+(?:has|have|had|a|ont|did\s+not|n'a\s+pas|n'ont\s+pas|{_RELATIVE_TIME}))*\s+"
    r"(?:decided|agreed|allowed|authori[sz]ed|approved|adopted|admitted|suspended|lifted|failed|refused|rejected"
    r"|endorsed|cleared|decide|autorise|leve|admis|suspendu|approuve|adopte|refuse|rejete|echoue|accepte"
    r"|accorde|exclu|reintegre|reussi)\b"
)
# "last week", "la semaine dernière", "yesterday", "hier": days counted back from the day it was published.
_LAST_WEEK = re.compile(r"\b(?:last\s+week|la\s+semaine\s+derniere)\b")
_YESTERDAY = re.compile(r"\b(?:yesterday|hier)\b")
_VENUE = re.compile(r"(?:\bin|\bat|\ben|\bau|\ba)\s+(?:the\s+)?$")
# The opening or closing words themselves, whoever reports them: "opening remarks", "inaugural address", "opened
# the 2025 Kimberley Process (KP) Plenary", "was inaugurated by", "discours d'ouverture", "remarques finales".
_REMARKS = r"(?:remarks?|speech(?:es)?|statements?|address(?:es)?|words)"
_FRENCH_REMARKS = r"(?:discours|allocution|mot|remarques|declaration|intervention|observations)"
_MEETING = r"(?:plenary|pleniere|meeting|session|reunion)"
_OPENING = re.compile(
    rf"\b(?:opening|inaugural)\s+{_REMARKS}\b|\b{_FRENCH_REMARKS}\s+(?:d'ouverture|inaugura(?:l|le|les|ux))\b"
    rf"|\b(?:opened|opens|inaugurated|a ouvert|ouvre|a inaugure)\s+(?:the|la|le|les)\b[^.\n]{{0,40}}?\b{_MEETING}"
    r"|\b(?:was|were|a ete|fut)\s+(?:opened|inaugurated|ouverte?|inauguree?)\s+(?:by|par)\b"
    # "opens today the annual plenary session", "Addressing the opening session of the … Intersessional Meeting"
    rf"|\b(?:opened|opens)\s+(?:today|officially|formally)\s+(?:the|la|le|les)\b[^.\n]{{0,40}}?\b{_MEETING}"
    rf"|\b(?:addressing|addressed|speaking\s+at|spoke\s+at)\s+the\s+(?:opening|inaugural)\s+(?:session|ceremony|sitting)"
    rf"\s+of\b[^.\n]{{0,60}}?\b{_MEETING}"
)
_CLOSING = re.compile(
    rf"\b(?:closing|concluding)\s+{_REMARKS}\b|\bfinal\s+(?:remarks|words)\b"
    rf"|\b{_FRENCH_REMARKS}s?\s+(?:de cloture|finale?s?)\b"
    rf"|\b(?:closed|closes|a clos|a cloture|cloture)\s+(?:the|la|le|les)\b[^.\n]{{0,40}}?\b{_MEETING}"
    rf"|\b(?:addressing|addressed|speaking\s+at|spoke\s+at)\s+the\s+(?:closing|concluding)\s+(?:session|ceremony|sitting)"
    rf"\s+of\b[^.\n]{{0,60}}?\b{_MEETING}"
)
# The meeting opening or closing as an event ("the opening session", "the plenary got underway", "la séance de
# clôture"): the day of the text only when the same sentence says it is that day ("today's opening session",
# "released to coincide with the opening of the meeting", "nous ouvrons aujourd'hui la session plénière").
_OPENING_EVENT = re.compile(
    r"\b(?:opening|inaugural)\s+(?:session|ceremony|ceremonies|day|sitting)\b|\bthe\s+opening\s+of\b"
    r"|\b(?:seance|ceremonie|session|journee)\s+(?:d'ouverture|inaugurale)\b|\bl'ouverture\s+(?:de|du|des)\b"
    r"|\b(?:opened|opens|got\s+underway|gets\s+underway|began|begins|kicked\s+off|kicks\s+off"
    r"|s'est\s+ouverte?|s'ouvre|ouvrons|ouvrent|a\s+debute|debute|we\s+open)\b"
)
_CLOSING_EVENT = re.compile(
    r"\bclosing\s+(?:session|ceremony|day|sitting)\b|\bthe\s+(?:close|end|conclusion)\s+of\b"
    r"|\b(?:seance|ceremonie|session|journee)\s+de\s+cloture\b|\bla\s+(?:cloture|fin)\s+(?:de|du|des)\b"
    r"|\b(?:closed|closes|ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up|comes?\s+to\s+an\s+end"
    r"|s'est\s+(?:close|terminee|achevee|conclue)|se\s+(?:termine|clot|conclut)|s'acheve|prend\s+fin|a\s+pris\s+fin"
    r"|cloturons|we\s+close)\b"
)
_THAT_DAY = re.compile(
    r"\b(?:today|today's|this\s+(?:morning|afternoon|evening)|tonight|aujourd'hui|ce\s+(?:matin|soir)"
    r"|cet\s+apres-midi|(?:to\s+coincide|coinciding)\s+with|as\s+we|alors\s+que\s+nous|while\s+we)(?!\w)"
)
_OCCASION_WORD = re.compile(
    r"\b(?:meeting|plenary|intersessional|intersession\w*|session|sitting|ceremony|ceremonie|seance|reunion"
    r"|pleniere|kp|pk|kimberley)\b"
)
# A speech addressing its audience: the text is the remarks, not a report of them.
_ADDRESS = re.compile(
    r"\b(?:ladies\s+and\s+gentlemen|distinguished\s+(?:delegates|guests|participants|colleagues)"
    r"|your\s+excellenc(?:y|ies)|excellencies"
    r"|(?:mr|madam|madame)\.?\s+(?:kp\s+)?chair(?:man|woman|person)?\b(?!\s+(?:of|said))"
    r"|thank\s+you,?\s+(?:mr\.?\s+|madam\s+)?chair"
    r"|dear\s+(?:colleagues|participants|delegates)|mesdames\s+et\s+messieurs|monsieur\s+le\s+president"
    r"|madame\s+la\s+presidente|chers\s+(?:collegues|participants|delegues)|je\s+vous\s+remercie"
    r"|i\s+stand\s+before\s+you|i\s+thank\s+you"
    # "as we open this plenary", "alors que nous ouvrons aujourd'hui la session": the speakers at their meeting.
    r"|(?:as|while)\s+we\s+(?:open|close|gather|meet)|alors\s+que\s+nous\s+(?:ouvrons|cloturons|sommes\s+reunis))\b"
)
# A heading naming the remarks ("Opening remarks by the coalition", "2019 Plenary – Closing Speech"), not a lead
# reporting them ("In his opening remarks, …", "Dans son discours de clôture, …").
_NAMES_REMARKS = re.compile(rf"\b(?:{_REMARKS}|{_FRENCH_REMARKS}|remarques)\b")
_REPORTED_REMARKS = re.compile(
    rf"\b(?:his|her|their|its|son|sa|ses|leur|leurs)\s+(?:\w+\s+){{0,2}}?(?:{_REMARKS}|{_FRENCH_REMARKS})\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")

# "this meeting of the World Diamond Council", "cette conférence de l'ADPA": the text's own occasion.
_OCCASION = re.compile(
    r"\b(?:this|cette|ce)\s+(?:meeting|conference|congress|gathering|seminar|summit|symposium|reunion|congres"
    r"|seminaire)\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l')?(?P<body>[a-z][^,.;:\n]{2,60})"
)
_KP_BODY = re.compile(r"kimberley|\bkp\b|\bpk\b|plen|inter-?session|participants")
# Words that make a meeting named nearby a recollection, not the subject.
_BACKGROUND = re.compile(
    r"\b(?:last year'?s?|previous|preceding|earlier|former|past|since|ago|l'annee derniere|l'an dernier"
    r"|precedente?s?|derniere|depuis|passee?s?"
    # "in Victoria Falls last November", "en novembre dernier": written months after it.
    r"|last (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) dernier"
    # "in accordance with the decision taken at the KP plenary meeting, in Johannesburg": a meeting's past decision.
    r"|(?:decisions?|mandates?|agreements?|commitments?|resolutions?)\s+(?:taken|made|reached|adopted|agreed)"
    r"\s+(?:at|during|in)|decisions?\s+prises?\s+(?:a|lors\s+d[eu]))\b"
)
# "at the end of the week-long meeting", "à l'issue de la réunion plénière": written once a meeting is over.
_AT_ITS_END = re.compile(
    r"\b(?:at the (?:end|close|conclusion) of|a l'issue d[eu]|a la (?:fin|cloture) d[eu])\s+(?:the\s+|la\s+|le\s+|l')?"
    rf"(?:[\w-]+\s+){{0,3}}?{_MEETING}\b"
)
# "The next intersessional will take place in Moscow", "la prochaine plénière, qui se tiendra à Bruxelles": a meeting
# on the calendar, not one the text reports. (Not "next week's plenary": the one it is about.)
_TO_COME = re.compile(
    r"\b(?:next(?!\s+(?:week|month))|will take place|will be held|is to be held|will (?:host|meet|convene|gather)"
    r"|(?<!semaine )prochaine?s?"
    r"(?!\s+semaine)|se tiendra|aura lieu|accueillera|accueilleront|hebergera|abritera)\b"
)
_HERE_CHARS = 16
_HERE_IN = re.compile(r"\b(?:here|ici)\s+(?:in|at|a|en|au)\s+$")
_CHAIR_PHRASE = re.compile(
    r"(?:\b([a-z][\w-]*(?:'s)?(?:\s+[a-z][\w-]*(?:'s)?)?)\s+(?:kp\s+)?chair(?:man|woman|person)?ship"
    r"|\bchair(?:ed|man|woman|person)?(?:ship)?\s+(?:by|of)\s+(?:the\s+)?([a-z][\w\s-]{1,40})"
    r"|\bpresidence\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])(?!\.\d)")  # "in 2024." ends a sentence
# Matched on folded text: "février" and "fevrier" are one name.
# Abbreviated too ("NEW DELHI, Nov 22 (Reuters) -"); longest first, so "june" is not read as "jun".
_MONTHS = {fold(name): number for name, number in {**MONTH_NAMES, **MONTH_ABBREVIATIONS}.items()}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TEXT_MONTHS = "|".join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}, key=len, reverse=True))
# "on Tuesday (October 8, 2024)", "on Friday, 22 November": the day written after the weekday says which day it was.
_DATE_AFTER_WEEKDAY = re.compile(
    rf"\s*[,(]?\s*(?:the\s+|le\s+)?(?:[0-3]?\d(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{_MONTH_NAMES})"
    rf"|(?:{_MONTH_NAMES})\.?\s+[0-3]?\d)\b"
)
# "Nov. 4": the dot of an abbreviated month before its day ends no sentence.
_MONTH_DOT = re.compile(rf"\b({'|'.join(fold(name) for name in MONTH_ABBREVIATIONS)})\.(?=\s+[0-3]?\d\b)")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b")
# "meet in Johannesburg starting April 28", "held between February 18 and 24 in Antwerp", "le 17 mai":
# a day and month written without a year.
# "Dec. 9–14", "9-14 December": a stretch, read from its first day to its last.
_TO_DAY = r"(?:\s*(?:-|–|to|au)\s*(?P<{}>[0-3]?\d)\b)?"
_YEARLESS_DAY = re.compile(
    rf"\b(?:(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_TO_DAY.format('last')}"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?{_TO_DAY.format('last2')}\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES}))\b"
)
# "from July 11 to 13, 2010", "du 18 au 22 juin 2018": the first day of a dated stretch of days.
_DAY_SPAN = re.compile(
    rf"\b(?:(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|to|and|au|et)\s*[0-3]?\d)?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?(?:\s*(?:-|to|and|au|et)\s*[0-3]?\d)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES}))"
    rf",?\s+(?P<year>(?:19|20)\d\d)\b"
)
# "elected vice chair for 2014, and chairman for 2015", "Vice Chair of Kimberley Process 2014", "the 2024 KP
# Chair", "will chair the Kimberley Process in 2023", "la présidence du PK en 2025": the year of a term of office,
# not of a meeting.
_YEAR_GROUP = r"((?:19|20)\d\d)(?!\d)"
_CHAIR_WORD = r"(?:vice[ -]?)?chair(?:man|woman|person)?(?:ship)?"
_KP_NAMED = r"(?:the\s+)?(?:kp|kimberley process(?:\s+certification scheme)?|process|kpcs)"
_NEW_YEARS_DAY = rf"(?:1(?:st|er)?\s+(?:january|janvier),?\s+{_YEAR_GROUP}|january\s+1(?:st)?,?\s+{_YEAR_GROUP})"
_CHAIR_TERM = re.compile(
    rf"\b{_CHAIR_WORD}\s+(?:of\s+{_KP_NAMED},?\s+(?:(?:for|in)\s+)?|(?:for|in)\s+)(?:the\s+year\s+)?{_YEAR_GROUP}"
    rf"|(?<!\d){_YEAR_GROUP}\s+(?:kp\s+|kimberley process\s+)?{_CHAIR_WORD}\b"
    # "chairs the KP in 2024", "is chairing the UN-mandated KP for a historic second time in 2024"
    rf"|\bchair(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?{_KP_NAMED}\b(?:[^.\n\d]{{0,40}}?\s)?(?:in|for)\s+{_YEAR_GROUP}"
    rf"|\b(?:vice-)?presiden(?:ce|t|te)\s+(?:du\s+(?:pk|processus de kimberley)\s+)?(?:pour|en)\s+(?:l'annee\s+)?"
    rf"{_YEAR_GROUP}"
    rf"|\b(?:vice-)?presiden(?:t|te)\s+{_YEAR_GROUP}\s+(?:du|de la|of the)\s+(?:kp|pk|processus|kimberley)"
    # "the KP Chairmanship (2023)", "chairmanship acceptance speech 2023": not before a meeting's word.
    rf"|\b{_CHAIR_WORD}\s*\(\s*{_YEAR_GROUP}\s*\)"
    rf"|\b{_CHAIR_WORD}\s+(?:(?:acceptance|inaugural|handover|hand-over)\s+)?(?:speech|address|remarks)\s+"
    rf"(?:for\s+)?{_YEAR_GROUP}"
)
# A term to begin on 1 January: "From 1 January 2023, Zimbabwe will chair", « à compter du 1er janvier 2023, le
# Zimbabwe assurera la présidence », "will take over the chairmanship on January 1, 2024": written before it began, so
# after the plenary that chose it. It tells a city's meetings apart, but the chair takes over that day, not at the
# plenary's end. Not "took over on January 1, 2007", looking back.
_FROM = r"(?:from|as\s+of|starting|beginning|effective|a\s+compter\s+du|a\s+partir\s+du|des\s+le)"
_WILL = r"(?:will|shall|is\s+to|assurera|prendra|assumera|sera)"
_TERM_FROM_NEW_YEAR = re.compile(
    rf"\b{_FROM}\s+{_NEW_YEARS_DAY}[^.\n]{{0,60}}?\b{_WILL}\b[^.\n]{{0,40}}?\b(?:chair|presiden)"
    rf"|\b{_WILL}\b[^.\n\d]{{0,40}}?\b(?:chair|presiden)[\w-]*\b[^.\n\d]{{0,50}}?\b{_NEW_YEARS_DAY}"
)


# A photo's caption, often of another day's meeting, on a short line of its own: "Delegates at their meeting in Kasane
# in 2022. PIC: KPCS COM", "Photo: the 2019 plenary in New Delhi (KP)". Its words are blanked, offsets kept.
_CAPTION = re.compile(
    r"^(?=[^\n]{0,200}$)[^\n]*\b(?:pic|photo|image|picture|credit|credits|photographie)\s*:[^\n]{0,60}$"
    r"|^\W*(?:photo|pic|picture|file\s+photo|image)\s*[:|-][^\n]*$",
    re.MULTILINE,
)


def _blanked(match: re.Match) -> str:
    return " " * len(match.group())


# A chronology, one dated line per event ("• 2003 : adhésion au PK", "03 novembre 2011: l'Assemblée plénière de
# Kinshasa a demandé…"), is the history behind a text: the meetings it lists are background.
_CHRONOLOGY_LINE = re.compile(
    rf"^[ \t]*[•*·▪–-]?[ \t]*(?:(?:\d{{1,2}}(?:er|st|nd|rd|th)?[ \t]+)?(?:{_TEXT_MONTHS})\.?(?:[ \t]+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d)[ \t]*[:–—-][ \t]+\S[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_CHRONOLOGY_LINES = 3


def _without_chronology(text: str) -> str:
    lines = list(_CHRONOLOGY_LINE.finditer(text))
    if len(lines) < _CHRONOLOGY_LINES:
        return text
    return _CHRONOLOGY_LINE.sub(_blanked, text)


_HANDOVER = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|acceptance|assum(?:e|es|ed|ing)|takes?\s+over|took\s+over|handed\s+over|handover"
    r"|hand-over|passation|remise)\b[^.\n]{0,60}\b(?:chair|presidence)"
)


def _without_terms_of_office(folded: str) -> str:
    """The text with the years of chairmanships blanked (offsets kept), so they name no meeting."""

    def blank(match: re.Match) -> str:
        start = match.start()
        spans = [match.span(group) for group in range(1, _CHAIR_TERM.groups + 1) if match.group(group)]
        pieces, last = [], start
        for begin, end in spans:
            pieces += [folded[last:begin], " " * (end - begin)]
            last = end
        return "".join(pieces) + folded[last : match.end()]

    return _CHAIR_TERM.sub(blank, folded)


# "In 2012, the KP Plenary designated…": a year opening a sentence tells a story; its meeting is background.
_NARRATIVE_YEAR = re.compile(r"(?:^|[.!?:\n]\s*)(?:in|en)\s+$")
_YEAR_WINDOW = 80  # characters between a year and the meeting word that makes it a meeting's year
_PAIR_WINDOW = 40  # characters between a city and a year that make them one meeting
_CONTEXT = 60  # characters around a city looked at for background words and days
_KIND_CONTEXT = 80  # … and for the kind of meeting: room for the scheme's full name between the two
_WINNING_SCORE = 5
_WINNING_MARGIN = 3


@dataclass
class MeetingGuess:
    """The meeting a document is about (or None), why, and the ones in the running when none won."""

    plenary: PlenaryRef | None
    evidence: str = ""
    candidates: list[PlenaryRef] = field(default_factory=list)
    opening: bool = False  # the text is or reports opening words (for a date inferred from the meeting)
    closing: bool = False
    speech: bool = False  # the text is the remarks themselves: its heading says so, or it addresses its audience


@dataclass
class _Score:
    ref: PlenaryRef
    points: int = 0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: int, reason: str) -> None:
        self.points += points
        if reason and reason not in self.reasons:
            self.reasons.append(reason)


def resolve_meeting(
    text: str, plenaries: list[PlenaryRef], published_on: date | None, *, url: str = ""
) -> MeetingGuess:
    # The address often carries the title ("…/2019-reunion-intersessionnelle-a-mumbai-remarques-finales/").
    text = _without_chronology(kp_spelled(text))
    path = unquote(url.split("?")[0].split("://", 1)[-1].partition("/")[2])
    title = kp_spelled(" ".join(re.split(r"[/_\-.]+", fold(path))))  # ".../processus-kimberley-...": the KP
    first_line = fold(text.split("\n", 1)[0])
    unblanked = f"{title}\n\n{fold(text)}" if title.strip() else fold(text)
    terms = _terms_of_office(unblanked)
    folded = _CAPTION.sub(_blanked, _MONTH_DOT.sub(r"\1 ", _without_terms_of_office(unblanked)))
    here_and_now = bool(_HERE_AND_NOW.search(folded))
    speaks = here_and_now or bool(
        _MEETING_WORD.search(folded) or _KP_DECIDES.search(folded) or _GATHERED.search(folded)
    )
    named = _named_meetings(folded)
    # "this plenary provides a crucial moment": the text's own meeting is a plenary; "the May 2024 intersessional"
    # it names is another, recalled.
    own_kind = _own_kind(folded)
    if own_kind:
        named = {(year, kind) for year, kind in named if kind == own_kind}
    # Not "the Secretariat opened its doors on Tuesday (October 8, 2024)": no meeting's day, and one the date gives.
    weekdays = [
        (match.group("event"), WEEKDAY_NAMES[match.group("day")], _kinds_in(sentence), _cities_in(sentence, plenaries))
        for match in _WEEKDAY_EVENT.finditer(folded)
        if (sentence := _sentence_around(folded, *match.span()))
        and (_MEETING_WORD.search(sentence) or _KP_BODY.search(sentence))
        and not _DATE_AFTER_WEEKDAY.match(folded, match.end())
    ]
    # A meeting whose days are not on record could have sat on any weekday: the weekday cannot tell it from another
    # meeting in its city.
    undated_cities = frozenset(ref.city for ref in plenaries if ref.start_date is None or ref.end_date is None)
    any_city = any(_city_mentions(folded, ref.city) for ref in plenaries)
    elsewhere = any(not _KP_BODY.search(match.group("body")) for match in _OCCASION.finditer(folded))
    hosts = Counter(fold(ref.city or ref.host_country) for ref in plenaries)
    # The day it was published weighs as its timing, not a second time as a day the text names.
    written = list(iter_dates(f"{title}\n\n{text}"))
    reported_on = _reported_on(f"{title}\n\n{text}", written)
    source = f"{title}\n\n{text}"
    elsewhere_days = {value for value, _start, end in written if _placed_elsewhere(source, end, value, plenaries)}
    days = [value for value, _start, _end in written] + list(_day_spans(folded))
    days = [day for day in days if day not in elsewhere_days]
    days = [day for day in days if day != published_on]
    days += _weekday_dates(folded, {ref.year for ref in plenaries})
    scores = [
        _score(
            ref,
            folded,
            published_on,
            here_and_now,
            named,
            weekdays,
            any_city,
            hosts,
            days,
            elsewhere,
            speaks,
            reported_on,
            own_kind,
            undated_cities,
        )
        for ref in plenaries
    ]
    for sentence in _meeting_days_without_place(folded, plenaries):
        for score in scores:
            fits, as_written = _yearless_day(score.ref, sentence, published_on)
            kinds = _kinds_in(sentence)
            if not fits or (kinds and score.ref.kind not in kinds):
                continue
            if fits == _A_DAY_OF_IT and _weeks_ahead(score.ref, published_on):
                # "At the November 27-30 meeting, the United States will urge…", a month before: a preview of it.
                score.add(_PREVIEW, f"names {as_written}, the days of the {_name(score.ref)} it looks ahead to")
            elif score.points > 0:
                where = "the days" if fits == _A_DAY_OF_IT else "within the days"
                score.add(fits // 2, f"names {as_written} for a meeting, {where} of the {_name(score.ref)}")
    if published_on is None and (filed := _filed_month(url)):
        for score in scores:
            if score.points > 0 and _sat_in_month(score.ref, *filed):
                score.add(3, f"filed under {filed[0]}/{filed[1]:02d}, the month it sat")
    if terms and _HANDOVER.search(folded):
        # "accepts the KP Chairmanship (2023) in Gaborone": the chair for a year takes over at the end of the plenary
        # before it, in that plenary's city (not at a ceremony at home).
        for score in scores:
            ref = score.ref
            if (
                score.points > 0
                and ref.kind == "plenary"
                and ref.year + 1 in terms
                and _city_mentions(folded, ref.city)
            ):
                score.add(3, f"the chair for {ref.year + 1} took over at it")
    scores = sorted((s for s in scores if s.points > 0), key=lambda s: (-s.points, _distance(s.ref, published_on)))
    # A text published months after a meeting is not about it, whatever it recalls of it: statements come out during
    # a meeting, or within weeks of it.
    # Undated, a text was written no earlier than the last thing it reports: "confirmed by the UN General Assembly on
    # 1 June 2019" makes the Brussels plenary of November 2018 it recalls background.
    written_by = published_on or _last_reported_day(source, written)
    recalled = [score.ref for score in scores if _long_before(score.ref, written_by)]
    scores = [score for score in scores if score.ref not in recalled]
    guess = MeetingGuess(None, **_speech_kind(f"{title}\n{first_line}", folded))
    if unlisted := _unlisted_meeting(fold(text), plenaries):
        guess.evidence = unlisted
        return guess
    if not scores and recalled:
        guess.evidence = f"names only meetings long before it was published: {_or([_name(ref) for ref in recalled])}"
        return guess
    if not scores:
        guess.evidence = "no KP meeting named, and not published during or just after one"
        return guess
    best = scores[0]
    runner_up = scores[1].points if len(scores) > 1 else 0
    if best.points >= _WINNING_SCORE and best.points - runner_up >= _WINNING_MARGIN:
        guess.plenary = best.ref
        guess.evidence = "; ".join(best.reasons)
        return guess
    in_running = [s.ref for s in scores if s.points >= max(best.points - _WINNING_MARGIN + 1, 1)]
    # What tells a city's meetings apart (the last one recalled, a chair's term) settles a tie, or confirms a lead too
    # narrow to win alone.
    tied = [s.ref for s in scores if s.points == best.points]
    contenders = tied if len(tied) > 1 else [ref for ref in in_running if ref.city == best.ref.city]
    all_terms = terms | _terms_of_office(folded, _TERM_FROM_NEW_YEAR)
    settled = _tie_broken(contenders, folded, all_terms, plenaries) if len(contenders) > 1 else None
    if settled and best.points >= _WINNING_SCORE and (len(tied) > 1 or settled[0] == best.ref):
        guess.plenary, reason = settled
        guess.evidence = "; ".join([*best.reasons, reason])
        return guess
    guess.candidates = in_running
    guess.evidence = _undecided(in_running, best)
    return guess


def _meeting_days_without_place(folded: str, plenaries: list[PlenaryRef]) -> list[str]:
    """Sentences giving a meeting's days without a year or a city: "At the June 21 to 23 meeting, the monitor…"."""
    sentences = dict.fromkeys(  # each once, in the text's order (the evidence lists its reasons in that order)
        sentence
        for match in _YEARLESS_DAY.finditer(folded)
        if (sentence := _sentence_around(folded, *match.span()))
        and _MEETING_WORD.search(sentence)
        and not _YEAR.search(sentence)
    )
    return [sentence for sentence in sentences if not _cities_in(sentence, plenaries)]


_PREVIEW = 12  # outweighs the penalty for a text published weeks before its meeting ("future" in _timing)
_PREVIEW_WEEKS = timedelta(weeks=6)


def _weeks_ahead(ref: PlenaryRef, published_on: date | None) -> bool:
    return bool(published_on and ref.start_date and published_on < ref.start_date <= published_on + _PREVIEW_WEEKS)


def _filed_month(url: str) -> tuple[int, int] | None:
    """The one year and month an address files its page under ("/2024/05/"), when it gives no day."""
    folders = url_year_folders(url)
    if len(folders) != 1:
        return None
    year, month = next(iter(folders))
    return (year, month) if month else None


def _sat_in_month(ref: PlenaryRef, year: int, month: int) -> bool:
    start, end = ref.start_date or ref.end_date, ref.end_date or ref.start_date
    if start is None or end is None:
        return False
    return (start.year, start.month) <= (year, month) <= (end.year, end.month)


def match_plenary(text: str, plenaries: list[PlenaryRef], published_on: date | None) -> PlenaryRef | None:
    return resolve_meeting(text, plenaries, published_on).plenary


def _speech_kind(heading: str, folded: str) -> dict[str, bool]:
    """Opening or closing words: the heading (or address) decides; otherwise the text, if it says only one. The text
    is the speech itself when it addresses its audience, or when a heading naming remarks decided."""
    speech = bool(_ADDRESS.search(folded))
    for where in (heading, folded):
        opening, closing = _opening_words(where), _closing_words(where)
        if opening != closing:
            names_remarks = (
                where is heading and bool(_NAMES_REMARKS.search(where)) and not _REPORTED_REMARKS.search(where)
            )
            return {"opening": opening, "closing": closing, "speech": speech or names_remarks}
    return {"opening": False, "closing": False, "speech": speech}


def _opening_words(text: str) -> bool:
    return bool(_OPENING.search(text)) or _event_that_day(_OPENING_EVENT, text)


def _closing_words(text: str) -> bool:
    return bool(_CLOSING.search(text)) or _event_that_day(_CLOSING_EVENT, text)


def _event_that_day(event: re.Pattern, text: str) -> bool:
    """ "At today's closing session of the plenary", "the meeting opened this morning": the sentence ties the
    opening or closing to the day it is written."""
    return any(
        event.search(sentence) and _THAT_DAY.search(sentence) and _OCCASION_WORD.search(sentence)
        for sentence in _SENTENCE.findall(text)
    )


# "how it has evolved since the 2003 Plenary", "depuis la plénière de 2003": a meeting recalled, not the subject.
_RECALLED_BEFORE = re.compile(rf"(?:{_BACKGROUND.pattern})\s+(?:(?:the|la|le|l'|les)\s*)?$")
_RECALLED_CHARS = 30


def _named_meetings(folded: str) -> set[tuple[int, str]]:
    found = set()
    for match in _NAMED_MEETING.finditer(folded):
        if match.group("year") and _narrative_year(folded, match.start("year"), match.end("year")):
            continue
        if _RECALLED_BEFORE.search(folded, max(0, match.start() - _RECALLED_CHARS), match.start()):
            continue
        year = int(match.group("year") or match.group("year2"))
        word = match.group("kind") or match.group("kind2")
        kind = next(name for name, pattern in _KIND_WORDS.items() if pattern.search(word))
        found.add((year, kind))
    return found


def _score(
    ref: PlenaryRef,
    folded: str,
    published_on: date | None,
    here_and_now: bool,
    named: set[tuple[int, str]],
    weekdays: list[tuple[str, int, list[str], set[str]]],
    any_city: bool,
    hosts: Counter,
    days: list[date],
    elsewhere: bool,
    speaks_of_a_meeting: bool,
    reported_on: date | None,
    own_kind: str,
    undated_cities: frozenset[str] = frozenset(),
) -> _Score:
    score = _Score(ref)
    if (ref.year, ref.kind) in named:
        score.add(6, f"names the {ref.year} {ref.kind}")
    if day := _day_of(ref, days):
        score.add(6, f"names {day.isoformat()}, a day of the {_name(ref)}")
    timing = _timing(ref, published_on)
    near_in_time = timing in ("during", "just after", "just before", "season")
    if near_in_time and not speaks_of_a_meeting and not _city_mentions(folded, ref.city):
        timing = ""  # published that week, but about something else: the founding of another body, a market
    if timing == "during":
        score.add(8, f"published during the {_name(ref)}")
    elif timing == "just after" and not any(ref.end_date < day < published_on for day in days):
        # Unless the text dates what it reports to after the meeting closed: then it is about that.
        score.add(4, f"published just after the {_name(ref)}")
        if _AT_ITS_END.search(folded):
            score.add(2, "reports what happened at a meeting's end")
        if when := _sat_in_the_days_before(ref, folded, published_on):
            score.add(2, f"it sat {when}, counted from the day the text was published")
    elif timing in ("just before", "future") and (when := _sits_in_the_days_ahead(ref, folded, published_on)):
        # "when the industry meets in Gaborone next month", written on the day of publication: what it looks ahead to.
        score.add(6, f"it sits {when}, counted from the day the text was published")
    elif timing == "just before":
        score.add(3, f"published just before the {_name(ref)}")
    elif timing == "season":
        score.add(2, f"published when the {_name(ref)} usually meets (its dates are not recorded)")
    elif timing == "future":
        score.add(-6, "")  # published weeks before it began
    elif (
        timing == "later"
        and here_and_now
        and (published_on - (ref.end_date or ref.start_date)).days > _POSTED_LATE_DAYS
    ):
        score.add(-4, "")  # "today", "this year's": the text is not looking back at this one
    # "On 8 March 2018, the chair convened…": what the text reports happened then, so it looks back at a meeting
    # that had ended weeks before.
    reported_later = bool(reported_on and ref.end_date and (reported_on - ref.end_date).days > _JUST_AFTER_DAYS)
    long_ago = timing == "later" or (reported_later and not here_and_now)
    city_points = 0
    # The host country stands in for the city only where the text names no city at all, and only as where a
    # meeting was ("the intersessional meeting in Zimbabwe"): countries are what statements are about.
    places = _city_mentions(folded, ref.city)
    if not places and not any_city and ref.host_country:
        places = [
            span
            for span in _city_mentions(folded, ref.host_country)
            if _VENUE.search(folded[max(0, span[0] - 6) : span[0]])
            and _MEETING_WORD.search(folded[max(0, span[0] - _KIND_CONTEXT) : span[1] + _CONTEXT])
        ]
    for start, end in places:
        sentence = _sentence_around(folded, start, end)
        at = sentence.find(folded[start:end])
        near = _words_around(sentence, at, end - start)  # within its sentence
        if _in_dateline(folded, start, end) and _another_host_after(sentence, at + end - start, ref, hosts):
            continue  # "Luanda — A delegation attends the plenary … in Gaborone": where the report was filed
        if month := _other_month(ref, sentence, (at, at + end - start), hosts):
            score.add(-5, f"the text places what happened in {ref.city} in {month}, not when the {ref.kind} met")
            continue
        years = {
            int(year) for year in _YEAR.findall(sentence[max(0, at - _PAIR_WINDOW) : at + end - start + _PAIR_WINDOW])
        }
        if not years and not _YEAR.search(sentence):
            fits, written = _yearless_day(ref, near, published_on)
            if written and not fits:
                score.add(-5, f"the text places what happened in {ref.city} on {written}, not when the {ref.kind} met")
                continue
            if fits:
                days = "within the days" if fits == _WITHIN_IT else "a day"
                score.add(fits, f"names {written} in {ref.city}, {days} of the {ref.year} {ref.kind}")
            if (
                (weekday := _weekday_there(folded, end)) is not None
                and ref.start_date
                and ref.end_date
                and (not (kinds := _kinds_in(sentence)) or ref.kind in kinds)
            ):
                if not _sits_on(ref, weekday):
                    score.add(-5, f"the {ref.kind} in {ref.city} in {ref.year} did not sit on the weekday written")
                    continue
                score.add(2, f"it sat on the weekday the text names in {ref.city}")
        if _TO_COME.search(near):
            continue  # a meeting on the calendar, even with its year: "will host a meeting in New Delhi in June 2008"
        if ref.year in years and not _BACKGROUND.search(near):
            city_points = max(city_points, 8)
            score.add(0, f"names {ref.city} and {ref.year}")  # its points are the best city's, added below
            continue
        if years or _BACKGROUND.search(near) or long_ago:
            continue  # another year's meeting in this city, or one recalled as background
        around = folded[max(0, start - _KIND_CONTEXT) : end + _KIND_CONTEXT]
        kind_here = _kinds_in(around)
        # A city named far from any meeting word is a place the text mentions ("the East Kimberley region"); one
        # the speakers are in ("here in Kinshasa") is where they meet.
        here = _HERE_IN.search(folded, max(0, start - _HERE_CHARS), start)
        meeting_here = bool(kind_here or _MEETING_WORD.search(around) or here)
        points = (3 if meeting_here else 1) + (2 if ref.kind in kind_here else -2 if kind_here else 0)
        points += 1 if meeting_here else 0  # "a meeting held in Kasane"
        points += 1 if meeting_here and hosts.get(fold(ref.city or ref.host_country), 0) == 1 else 0  # its only one
        if not kind_here and elsewhere:
            # A speech "to this meeting of the World Diamond Council" recalling "a fruitful meeting in Sun City":
            # the text is given at another body's meeting, so a KP meeting named by its city alone is background.
            points = min(points, 3)
        if points > city_points:
            city_points = points
            place = folded[start:end]
            score.add(0, f"names {place}" + (f" and a {ref.kind}" if ref.kind in kind_here else ""))
    score.points += city_points
    if not long_ago and _held_here(ref, folded):
        score.add(4, f"a {ref.kind} held 'here', in the dateline's {ref.city}")
    # "the 2024 meeting … this plenary": the year's meeting of the text's own kind, not another that year.
    if ref.year in _meeting_years(folded) and not long_ago and own_kind in ("", ref.kind):
        score.add(2, f"names the {ref.year} meeting")
        if own_kind == ref.kind:
            score.add(3, f"speaks of 'this {ref.kind}'")
    if ref.chair and not long_ago and _names_chair(folded, ref.chair):
        score.add(3, f"names its chair ({ref.chair})")
    elif ref.chair_person and not long_ago and _names_chair_person(folded, ref.chair_person):
        score.add(3, f"names its chair ({ref.chair_person})")
    if score.points > 0:
        score.points += _kind_points(ref.kind, folded)
        for event, weekday, kinds, cities in weekdays if ref.city not in undated_cities else ():
            day = ref.start_date if event.startswith(_FIRST_DAY_EVENTS) else ref.end_date
            # "The intersessional opened on Monday": what day a plenary opened says nothing about that; nor "the
            # plenary, which concluded in Guangzhou on Friday" about a plenary in another city.
            if day is not None and (not kinds or ref.kind in kinds) and (not cities or ref.city in cities):
                if day.weekday() == weekday:
                    score.add(3, f"it {'opened' if day == ref.start_date else 'closed'} on the weekday the text names")
                else:
                    score.add(-2, "")
    return score


# "On 8 March 2018, …", "Le 8 mars 2018, …": a sentence opening on the day of what it reports.
_REPORTED_DAY_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:on|le)\s+$", re.IGNORECASE)
_JUST_AFTER_DAYS = 21
# Remarks made at a meeting ("We have come to the end of the 2021 KP Intersessional") are often posted weeks after it.
_POSTED_LATE_DAYS = 45


def _reported_on(text: str, written: list[tuple[date, int, int]]) -> date | None:
    """The latest day the text reports something as happening on, opening a sentence with it."""
    reported = [
        value
        for value, start, end in written
        if text[end : end + 1] == "," and _REPORTED_DAY_BEFORE.search(text, max(0, start - 8), start)
    ]
    return max(reported, default=None)


# A sentence that looks ahead: its date is a day to come ("will take effect on 1 March 2019", "until 31 December").
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|due|until|till|deadline|expected|scheduled|planned|next|jusqu|d'ici"
    r"|prochaine?s?|sera|seront|aura|auront|devra|devront|doit|doivent|prevue?s?)\b"
    r"|\b\w+(?:era|eront|ira|iront)\b",
    re.IGNORECASE,
)


# "was confirmed", "a été confirmée", "took place", "tenue": a sentence telling what has happened.
_HAPPENED = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|took|came|a\s+ete|ont\s+ete|avait|avaient|tenue?s?)\b|\w{3,}ed\b"
    r"|\b(?:a|ont|est|sont|avait|ete)\s+\w+(?:e|ee|es|ees|i|is|u|us)\b"
)
_SPAN_BOUND_BEFORE = re.compile(r"(?:\d\s*(?:-|–|to|au|and|et)\s*|\b(?:from|du|between|entre)\s+)$", re.IGNORECASE)
_SPAN_BOUND_AFTER = re.compile(r"\s*(?:-|–|to\b|au\b|until\b|jusqu)", re.IGNORECASE)
_REPORTING_WORDS = 10  # fewer, and a dated line is a heading, a caption or a page's furniture


def _last_reported_day(text: str, written: list[tuple[date, int, int]]) -> date | None:
    """The latest day the text reports something as having happened on, in a sentence of its prose: not a day to
    come, a span's bound, a heading or a list of dated links."""
    reported = []
    for value, start, end in written:
        sentence = _sentence_around(text, start, end)
        begin = text.find(sentence, max(0, start - len(sentence)))
        alone = not any(begin <= other < begin + len(sentence) for _value, other, _end in written if other != start)
        if (
            alone
            and len(sentence.split()) >= _REPORTING_WORDS
            and not _LOOKS_AHEAD.search(sentence)
            and _HAPPENED.search(fold(sentence))
            and not _SPAN_BOUND_BEFORE.search(text, max(0, start - 12), start)
            and not _SPAN_BOUND_AFTER.match(text, end)
        ):
            reported.append(value)
    return max(reported, default=None)


def _day_of(ref: PlenaryRef, days: list[date]) -> date | None:
    """A date the text writes that falls while the meeting sat ("on Thursday, November 5, 2009")."""
    if ref.start_date is None or ref.end_date is None:
        return None
    return next((day for day in days if ref.start_date <= day <= ref.end_date), None)


# "ont rencontré le vendredi 7 juin 2012, à Abidjan, le ministre": the day and where it was spent.
_PLACE_AFTER = re.compile(r",?\s+(?:in|at|à|a|en)\s+(?P<place>[A-ZÀ-Ý][\w'’-]+)")


def _placed_elsewhere(text: str, end: int, day: date, plenaries: list[PlenaryRef]) -> bool:
    """The date is followed by a place that no meeting sitting that day was held in."""
    if not (match := _PLACE_AFTER.match(text, end)):
        return False
    place = fold(match.group("place"))
    sitting = [ref for ref in plenaries if ref.start_date and ref.end_date and ref.start_date <= day <= ref.end_date]
    return bool(sitting) and not any(name.startswith(place) for ref in sitting for name in _place_names(ref))


# When the record has no dates for a meeting: intersessionals meet mid-year, plenaries at its end.
_SEASONS = {"intersessional": (4, 7), "plenary": (10, 12)}


_SENTENCE_REACH = 600  # characters either side: no sentence is longer, and a long text is not scanned whole


def _sentence_around(folded: str, start: int, end: int) -> str:
    low, high = max(0, start - _SENTENCE_REACH), min(len(folded), end + _SENTENCE_REACH)
    begin = max(low - 1, *(folded.rfind(mark, low, start) for mark in (". ", "\n", "! ", "? "))) + 1
    ends = [position for mark in (". ", "\n", "! ", "? ") if (position := folded.find(mark, end, high)) != -1]
    return folded[begin : min(ends, default=high)]


def _words_around(sentence: str, start: int, length: int) -> str:
    """About _CONTEXT characters either side of a mention, widened to whole words: a window that cut "22
    novembre" to "2 novembre" would name another day."""
    low, high = max(0, start - _CONTEXT), start + length + _CONTEXT
    while low > 0 and sentence[low - 1].isalnum():
        low -= 1
    while high < len(sentence) and sentence[high].isalnum():
        high += 1
    return sentence[low:high]


def _narrative_year(folded: str, start: int, end: int) -> bool:
    return folded[end : end + 1] == "," and bool(_NARRATIVE_YEAR.search(folded[max(0, start - 8) : start]))


def _cities_in(sentence: str, plenaries: list[PlenaryRef]) -> set[str]:
    return {ref.city for ref in plenaries if ref.city and _city_mentions(sentence, ref.city)}


def _weekday_there(folded: str, city_end: int) -> int | None:
    match = _WEEKDAY_THERE.match(folded, city_end, city_end + 50)
    return WEEKDAY_NAMES[match.group("day")] if match else None


def _sits_on(ref: PlenaryRef, weekday: int) -> bool:
    days = (ref.end_date - ref.start_date).days + 1
    return any((ref.start_date + timedelta(days=offset)).weekday() == weekday for offset in range(min(days, 7)))


# "Jeudi 17 novembre", "Thursday, November 17": a day and month without a year, whose weekday says the year.
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<weekday>{'|'.join(WEEKDAY_NAMES)}),?\s+(?:le\s+|the\s+)?(?P<date>{_YEARLESS_DAY.pattern})"
    r"(?!,?\s+(?:de\s+)?(?:19|20)\d\d)"
)


def _weekday_dates(folded: str, years: set[int]) -> list[date]:
    """The days a weekday-and-date without a year can be: in each of the years given, if it fell on that weekday."""
    found = []
    for match in _WEEKDAY_DAY.finditer(folded):
        month = _MONTHS[match.group("month") or match.group("month2")]
        day = int(match.group("day") or match.group("day2"))
        for year in sorted(years):
            try:
                value = date(year, month, day)
            except ValueError:
                continue  # 29 February, in a year that has none
            if value.weekday() == WEEKDAY_NAMES[match.group("weekday")]:
                found.append(value)
    return found


_A_DAY = timedelta(days=1)
_WEEK_OF = re.compile(r"\b(?:week\s+of|semaine\s+du)\s+(?:the\s+|le\s+)?$")


def _yearless_day(ref: PlenaryRef, near: str, published_on: date | None = None) -> tuple[int, str]:
    """A day and month written beside the city without a year, and how it fits the meeting's days: the points it
    earns (none when it falls outside them) and the words as written.

    Only a month-and-day counts: "may" alone is a verb, and a month alone says too little."""
    if ref.start_date is None or ref.end_date is None:
        return 0, ""
    written = ""
    for match in _YEARLESS_DAY.finditer(near):
        month, day = (
            _MONTHS[match.group("month") or match.group("month2")],
            int(match.group("day") or match.group("day2")),
        )
        if published_on and (month, day) == (published_on.month, published_on.day):
            continue  # "GABORONE, Nov 7 (Reuters) -": the day it was published, weighed as its timing
        written = match.group(0)
        week_of = bool(_WEEK_OF.search(near, 0, match.start()))
        last_day = match.group("last") or match.group("last2")
        for year in {ref.start_date.year, ref.end_date.year}:
            try:
                first = last = date(year, month, day)
                if last_day:
                    last = date(year, month, int(last_day))
            except ValueError:
                continue  # 29 February, in a year that has none
            if last_day and not week_of:
                # A stretch is the meeting's own when both ends agree, give or take the day of arrival or departure;
                # one inside its days (a committee sitting during the plenary) is likely, but less sure, to be it.
                if abs(first - ref.start_date) <= _A_DAY and abs(last - ref.end_date) <= _A_DAY:
                    return _A_DAY_OF_IT, written
                if ref.start_date - _A_DAY <= first and last <= ref.end_date + _A_DAY:
                    return _WITHIN_IT, written
                continue
            if week_of:  # "the week of October 31": its Monday to its Sunday
                first -= timedelta(days=first.weekday())
                last = first + timedelta(days=6)
            if first <= ref.end_date and ref.start_date <= last:
                return _A_DAY_OF_IT, written
            if first == ref.end_date + _A_DAY and _ENDED_ON.search(near, max(0, match.start() - 40), match.start()):
                return _A_DAY_OF_IT, written  # "concluded on November 5": consensus found after midnight
    return 0, written


# "the Plenary … that concluded on November 5", « qui s'est achevée le 5 novembre »: the day it ended.
_ENDED_ON = re.compile(
    r"\b(?:concluded|ended|closed|wrapped\s+up|s'est\s+(?:achevee?|terminee?|cloturee?)|a\s+pris\s+fin)"
    r"\s+(?:on\s+|le\s+)?(?:[a-z]+day,?\s+)?$"
)


_A_DAY_OF_IT = 6
_WITHIN_IT = 3


@functools.lru_cache(maxsize=4)
def _day_spans(folded: str) -> tuple[date, ...]:
    """The first day of each dated stretch of days the text writes ("from July 11 to 13, 2010")."""
    days = []
    for match in _DAY_SPAN.finditer(folded):
        month, day = (
            _MONTHS[match.group("month") or match.group("month2")],
            int(match.group("day") or match.group("day2")),
        )
        try:
            days.append(date(int(match.group("year")), month, day))
        except ValueError:
            continue
    return tuple(days)


def _other_month(ref: PlenaryRef, around: str, at: tuple[int, int], hosts: Counter) -> str:
    """ "met in Antwerp from the 18th to the 24th of February 2018": a month of the meeting's year that is not the
    meeting's own says the text is about another gathering in that city (named ``at`` in ``around``). Not a month
    nearer another host city: "the plenary in Brussels (12 to 16 November 2018), after the meetings in Antwerp"."""
    months = {day.month for day in (ref.start_date, ref.end_date) if day is not None}
    others = [span for city in hosts if city != fold(ref.city) for span in _city_mentions(around, city)]
    written = [
        match
        for match in _MONTH_YEAR.finditer(around)
        if int(match.group("year")) == ref.year
        and not any(_distance_between(span, match.span()) < _distance_between(at, match.span()) for span in others)
    ]
    if any(_MONTHS[match.group("month")] in months for match in written):
        return ""  # "met in Johannesburg from 28 to 30 April 2003 … which started on 1 January 2003": its own month too
    for match in written:
        if months:
            opening = _STRETCH_FROM.search(around, 0, match.start())
            if opening and _MONTHS[opening.group("month")] in months:
                continue  # "du 25 novembre au 2 décembre 2012": a stretch that opens in the meeting's month
            return f"{match.group('month')} {ref.year}"
    return ""


def _distance_between(one: tuple[int, int], other: tuple[int, int]) -> int:
    return max(other[0] - one[1], one[0] - other[1], 0)


_STRETCH_FROM = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\s+(?:-|–|to|until|till|through|au|jusqu'au)\s+(?:the\s+|le\s+)?"
    r"[0-3]?\d(?:st|nd|rd|th|er)?\s+(?:of\s+)?$"
)


def _timing(ref: PlenaryRef, published_on: date | None) -> str:
    start, end = ref.start_date or ref.end_date, ref.end_date or ref.start_date
    if published_on is None:
        return ""
    if start is None or end is None:
        first, last = _SEASONS.get(ref.kind, (0, 0))
        return "season" if published_on.year == ref.year and first <= published_on.month <= last else ""
    if (start - published_on).days > 14:
        return "future"
    if (start - published_on).days > 1:
        return "just before"
    if (published_on - end).days <= 2:
        return "during"
    if (published_on - end).days <= _JUST_AFTER_DAYS:
        return "just after"
    return "later"


_NEXT_WEEK = re.compile(r"\b(?:next\s+week|la\s+semaine\s+prochaine)\b")
_NEXT_MONTH = re.compile(r"\b(?:next\s+month|le\s+mois\s+prochain)\b")
_THIS_MONTH = re.compile(r"\b(?:later\s+this\s+month|(?<!earlier )this\s+month|ce\s+mois-ci|plus\s+tard\s+ce\s+mois)\b")


def _sits_in_the_days_ahead(ref: PlenaryRef, folded: str, published_on: date) -> str:
    """ "next week", "next month" or "this month", written on the day of publication in a sentence about a meeting,
    is when the meeting opens."""
    if not (start := ref.start_date or ref.end_date) or start <= published_on:
        return ""
    folded = " ".join(
        sentence
        for pattern in (_NEXT_WEEK, _NEXT_MONTH, _THIS_MONTH)
        for match in pattern.finditer(folded)
        if _MEETING_WORD.search(sentence := _sentence_around(folded, *match.span()))
        or _city_mentions(sentence, ref.city)
    )
    if _NEXT_WEEK.search(folded):
        monday = published_on + timedelta(days=7 - published_on.weekday())
        if monday <= start < monday + timedelta(days=7):
            return "next week"
    next_month = (published_on.replace(day=1) + timedelta(days=32)).replace(day=1)
    if _NEXT_MONTH.search(folded) and (start.year, start.month) == (next_month.year, next_month.month):
        return "next month"
    if _THIS_MONTH.search(folded) and (start.year, start.month) == (published_on.year, published_on.month):
        return "this month"
    return ""


def _sat_in_the_days_before(ref: PlenaryRef, folded: str, published_on: date) -> str:
    """ "last week" or "yesterday", written on the day of publication, is when the meeting sat."""
    start, end = ref.start_date or ref.end_date, ref.end_date or ref.start_date  # one may be missing, as in _timing
    if start is None or end is None:
        return ""
    if _LAST_WEEK.search(folded):
        monday = published_on - timedelta(days=published_on.weekday() + 7)
        if start <= monday + timedelta(days=6) and monday <= end:
            return "the week before"
    if _YESTERDAY.search(folded) and start <= published_on - timedelta(days=1) <= end:
        return "the day before"
    return ""


def _kinds_in(sentence: str) -> list[str]:
    return [kind for kind, pattern in _KIND_WORDS.items() if pattern.search(sentence)]


def _kind_points(kind: str, folded: str) -> int:
    """The kind of meeting the text speaks of most: intersessional and special sessions are named as such."""
    counts = _kind_counts(folded)
    if not any(counts.values()):
        return 0  # "a KP meeting": the text does not say which kind
    if kind == "plenary":
        return 1 if counts["plenary"] >= counts["intersessional"] else -1
    return 2 if counts[kind] else -1


# Every meeting is scored against the same text: what does not depend on the meeting is read once.
@functools.lru_cache(maxsize=4)
def _kind_counts(folded: str) -> dict[str, int]:
    return {name: len(pattern.findall(folded)) for name, pattern in _KIND_WORDS.items()}


_THIS_MEETING = re.compile(
    r"\b(?:this|cette|ce)\s+(?:year'?s\s+)?(?P<kind>plenary|pleniere|intersessional|inter-sessional"
    r"|intersessionnelle|reunion\s+intersessionnelle|reunion\s+pleniere|session\s+pleniere)\b"
)


def _own_kind(folded: str) -> str:
    """The kind of the meeting the text calls "this plenary" or « cette plénière », if it names one kind only."""
    kinds = {kind for match in _THIS_MEETING.finditer(folded) for kind in _kinds_in(match.group("kind"))}
    return kinds.pop() if len(kinds) == 1 else ""


@functools.lru_cache(maxsize=4)
def _meeting_years(folded: str) -> frozenset[int]:
    """Years written close to a word such as "plenary" or "meeting"."""
    years = set()
    for match in _YEAR.finditer(folded):
        year = int(match.group(1))
        if year in years or _narrative_year(folded, match.start(1), match.end(1)):
            continue
        window = folded[max(0, match.start() - _YEAR_WINDOW) : match.end() + _YEAR_WINDOW]
        if _MEETING_WORD.search(window):
            years.add(year)
    return frozenset(years)


def _names_chair(folded: str, chair: str) -> bool:
    names = _chair_names(fold(chair))
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", phrase) for phrase in _chair_phrases(folded) for name in names
    )


# "KP Chair Boaz Hirsch", "the Chairman of the Kimberley Process, Boaz Hirsch", "Hilde Hardeman, présidente du PK":
# the person who chaired a meeting named as the chair.
_CHAIR_TITLE = re.compile(r"\b(?:chair|presiden(?:t|te|ce))")  # "vice-chair" too
_CHAIR_TITLE_CHARS = 50


def _names_chair_person(folded: str, person: str) -> bool:
    surname = fold(person).split()[-1]
    if surname not in folded:
        return False
    for match in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded):
        before = folded[max(0, match.start() - _CHAIR_TITLE_CHARS) : match.start()]
        after = folded[match.end() : match.end() + _CHAIR_TITLE_CHARS]
        if _CHAIR_TITLE.search(before.rsplit(".", 1)[-1]) or _CHAIR_TITLE.search(after.split(".", 1)[0]):
            return True
    return False


@functools.cache
def _chair_names(chair: str) -> frozenset[str]:
    """How texts name a chair by its country, folded: "under Indian chairmanship", "la présidence russe"."""
    for country in COUNTRIES:
        names = frozenset(fold(name) for name in (country.english, country.french, *country.names, *country.noms))
        if chair in names:
            return names
    return frozenset({chair})


@functools.lru_cache(maxsize=4)
def _chair_phrases(folded: str) -> tuple[str, ...]:
    return tuple(" ".join(group for group in match.groups() if group) for match in _CHAIR_PHRASE.finditer(folded))


# "Washington, D.C.--The members … failed to agree at its annual plenary meeting held last week here": a line opening
# on the city (a dateline), and a meeting "here" later on, of the meeting's kind. ("here in Kinshasa": _HERE_IN.)
_DATELINE_CITY_END = re.compile(r"[ \t]*(?:,|--|[–—:(-])")
_DATELINE_REACH = 400
_HERE = re.compile(r"\b(?:here|ici)\b(?![ \t]+(?:in|at|a|en|au|is|are)\b)")


def _in_dateline(folded: str, start: int, end: int) -> bool:
    return (
        start < _DATELINE_REACH
        and not folded[folded.rfind("\n", 0, start) + 1 : start].strip()
        and bool(_DATELINE_CITY_END.match(folded, end))
    )


def _another_host_after(sentence: str, after: int, ref: PlenaryRef, hosts: Counter) -> bool:
    """The sentence goes on to name another city that hosted a meeting."""
    rest = sentence[after:]
    return any(city != fold(ref.city) and _city_mentions(rest, city) for city in hosts)


def _held_here(ref: PlenaryRef, folded: str) -> bool:
    if not any(_in_dateline(folded, start, end) for start, end in _city_mentions(folded, ref.city)):
        return False
    for here in _HERE.finditer(folded):
        sentence = _sentence_around(folded, *here.span())
        kinds = _kinds_in(sentence)
        if ref.kind in kinds or (not kinds and _MEETING_WORD.search(sentence)):
            return True
    return False


@functools.cache
def _city_pattern(city: str) -> re.Pattern:
    base = fold(city.split(",")[0]).strip()
    return place_pattern([base, *(fold(alias) for alias in _CITY_ALIASES.get(base, []))])


@functools.lru_cache(maxsize=256)
def _city_mentions(folded: str, city: str) -> tuple[tuple[int, int], ...]:
    """Where the city (or one of its other names) is written; each city is looked for once per text."""
    if not city or not any(word in folded for word in _city_words(city)):
        return ()  # a plain substring test first: most cities are not in most texts
    return tuple(match.span() for match in _city_pattern(city).finditer(folded))


@functools.cache
def _city_words(city: str) -> tuple[str, ...]:
    """The first word of each name of the city, folded: a text without any of them cannot name it."""
    base = fold(city.split(",")[0]).strip()
    return tuple({name.split()[0] for name in [base, *(fold(alias) for alias in _CITY_ALIASES.get(base, []))]})


_LONG_BEFORE = timedelta(days=120)


def _long_before(ref: PlenaryRef, published_on: date | None) -> bool:
    return bool(published_on and ref.end_date and published_on - ref.end_date > _LONG_BEFORE)


def _distance(ref: PlenaryRef, published_on: date | None) -> int:
    if ref.end_date is None or published_on is None:
        return 10**6
    return abs((published_on - ref.end_date).days)


def _name(ref: PlenaryRef) -> str:
    return f"{ref.year} {ref.kind}" + (f" in {ref.city}" if ref.city else "")


# "Members of the KP will meet in Brussels June 12-14, 2007", "which took place in Namibia on Thursday, November 5",
# "a pris l'initiative d'organiser, du 10 au 11 avril 2019": a gathering and the days it is held on.
_GATHERING_ON = re.compile(
    r"\b(?:meet|meets|met|meeting|convenes?|convened|gathered|held|took place|takes place|will take place|plenary"
    r"|intersessional|session|workshop|seminar|reunion|reunira|reuniront|se reuni\w*|tenue?s?|a eu lieu|aura lieu"
    r"|se tiendra|pleniere|intersessionnelle|atelier|seminaire|organi[sz](?:e|er|ed|ee|ees|es))"
    r"(?:\s+(?:in|at|a|en|au)\s+[a-z][\w' .-]{1,40}?)?,?\s+(?:on\s+|from\s+|between\s+|du\s+|le\s+|les\s+)?"
    rf"(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?(?:the\s+)?$"
)
_LEAD_CHARS = 800
_GATHERING_REACH = 80  # characters before a date looked at for its gathering
_SAME_DAYS = timedelta(days=2)


def _unlisted_meeting(folded: str, plenaries: list[PlenaryRef]) -> str:
    """Why the text is about none of the listed meetings: the first gathering its lead dates is none of theirs (and no
    meeting of that year lacks its dates, which could be it). A listed meeting before it is recalled when the text
    goes on to a gathering of its own months later ("Inspired by the plenary held from 10 to 14 December 2017, the
    working group organised, from 10 to 11 April 2019, this workshop")."""
    lead = folded[:_LEAD_CHARS]
    recalled_until = None  # the last day of the listed meetings the lead has dated so far
    for match in _DAY_SPAN.finditer(lead):
        sentence = _sentence_around(lead, *match.span())
        at = sentence.find(match.group(0))
        if not _GATHERING_ON.search(sentence[max(0, at - _GATHERING_REACH) : at]):
            continue
        try:
            day = date(
                int(match["year"]), _MONTHS[match["month"] or match["month2"]], int(match["day"] or match["day2"])
            )
        except ValueError:
            return ""
        same_year = [ref for ref in plenaries if ref.year == day.year]
        if any(ref.start_date is None or ref.end_date is None for ref in same_year):
            return ""
        if listed := [ref for ref in same_year if ref.start_date - _SAME_DAYS <= day <= ref.end_date + _SAME_DAYS]:
            recalled_until = max(recalled_until or day, *(ref.end_date for ref in listed))
            continue
        if recalled_until and (day - recalled_until <= _LONG_BEFORE or _TO_COME.search(sentence)):
            return ""
        return f"about a gathering on {match.group(0)}, which is none of the listed meetings"
    return ""


def _tie_broken(
    tied: list[PlenaryRef], folded: str, terms: set[int], plenaries: list[PlenaryRef]
) -> tuple[PlenaryRef, str] | None:
    """One of a city's meetings tied at the top, from what the text says around them: the last meeting of a kind it
    recalls, or a chair's term of office (chosen at the year before's plenary, serving in its year)."""
    if len({ref.city for ref in tied}) > 1:
        return None
    if recalled := _last_meeting_recalled(folded, plenaries):
        after = [ref for ref in tied if _next_after(recalled, ref, plenaries)]
        if len(after) == 1:
            return after[0], f"the last {recalled.kind} it recalls is the {_name(recalled)}, so not the other ones"
    fits = [ref for ref in tied if ref.year in terms or ref.year + 1 in terms]
    if terms and len(fits) == 1:
        return fits[0], f"names a chairmanship for {_or(sorted(map(str, terms)))}, which only the {fits[0].year} fits"
    return None


def _terms_of_office(folded: str, pattern: re.Pattern = _CHAIR_TERM) -> set[int]:
    return {int(year) for match in pattern.finditer(folded) for year in match.groups() if year}


# "walked out of the last KP plenary in Zimbabwe", "lors de la dernière plénière à Moscou": the text is written after
# that meeting and before the next one of its kind.
_LAST_MEETING = re.compile(
    r"\b(?:the\s+|la\s+)?(?:last|previous|latest|derniere|precedente)\s+(?:kp\s+|kimberley process\s+|pk\s+)?"
    rf"(?P<kind>{_KIND_ALTERNATIVES})(?:\s+(?:meeting|session|reunion))?(?:\s+(?:du\s+)?(?:kp|pk))?"
    r"\s+(?:in|at|of|a|en|au|aux|de)\s+(?:the\s+|la\s+|l')?(?P<place>[a-z][a-z' -]{1,40})"
)


def _last_meeting_recalled(folded: str, plenaries: list[PlenaryRef]) -> PlenaryRef | None:
    """The one meeting the text calls the last of its kind, by the place it was held in."""
    for match in _LAST_MEETING.finditer(folded):
        kind = next(name for name, pattern in _KIND_WORDS.items() if pattern.fullmatch(match.group("kind")))
        place = match.group("place")
        held_there = [
            ref
            for ref in plenaries
            if ref.kind == kind and any(name and re.match(rf"{re.escape(name)}\b", place) for name in _place_names(ref))
        ]
        if len(held_there) == 1:
            return held_there[0]
    return None


def _place_names(ref: PlenaryRef) -> set[str]:
    city = fold(ref.city.split(",")[0]).strip()
    names = {city, *(fold(alias) for alias in _CITY_ALIASES.get(city, []))}
    return names | set(_chair_names(fold(ref.host_country))) if ref.host_country else names


def _next_after(recalled: PlenaryRef, ref: PlenaryRef, plenaries: list[PlenaryRef]) -> bool:
    """``ref`` comes after the recalled meeting, and no meeting of the recalled one's kind sits between them."""
    if not _held(recalled) < _held(ref):
        return False
    return not any(_held(recalled) < _held(other) < _held(ref) for other in plenaries if other.kind == recalled.kind)


def _held(ref: PlenaryRef) -> date:
    first, _last = _SEASONS.get(ref.kind, (6, 6))
    return ref.start_date or ref.end_date or date(ref.year, first, 1)


def _undecided(refs: list[PlenaryRef], best: _Score) -> str:
    """ "Dubai: 2016, 2024 or 2025 plenary" — the meetings a reviewer has to choose from."""
    cities = {ref.city for ref in refs}
    by_kind: dict[str, list[str]] = {}
    for ref in sorted(refs, key=lambda ref: (ref.year, ref.kind)):
        by_kind.setdefault(ref.kind, []).append(str(ref.year))
    parts = [f"{_or(years)} {kind}" for kind, years in by_kind.items()]
    where = f"{next(iter(cities))}: " if len(cities) == 1 and next(iter(cities)) else ""
    if len(refs) == 1:
        return f"too little to go on ({'; '.join(best.reasons) or 'weak signs'}): {where}{parts[0]}?"
    return f"{where}{'; '.join(parts)}"


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"
