"""The known organisations that speak in a text's opening lines, not those it only mentions there.

A known organisation speaks when it opens the title as its subject ("WDC Hopeful as…"; not "Global Witness Claims
Dismissed by…", "Criticism of X" nor a document's name, "Global Witness Annual Report 2019"), acts
as a sentence's subject ("the WDC welcomed…", "DDI submitted…"), is a speaker's ("said Jane Moyo of Global Witness",
"Chairperson of the World Diamond Council, Eli Izhakoff, said…") or the source ("according to HRW"). It is only
mentioned in "a 2010 Global Witness report", "as Human Rights Watch showed", "when Global Witness first exposed…" or
as one of a coalition's members ("the coalition, which includes Global Witness, …").
"""

import re
from dataclasses import dataclass

from .naming import KP_WORDS, short
from .phrases import ACTING_VERBS, OF, PERSON_NAME, SALUTATION, SENTENCE_END

_ZONE_CHARS = 600
_SENTENCE = re.compile(r"(?<=[.!?…])[”\"»’]?\s+(?=[“\"«]?[A-ZÀ-Ý])|\n")

# --- The organisation as the subject of what is said or done

_WHEN = (
    r"today|yesterday|also|again|aussi|on\s+\w+day|this\s+week|aujourd['’]hui|hier|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche"
)
# A past tense without "-ed": "the coalition met", "Global Witness left".
_IRREGULAR = r"met|left|spoke|sent|held|gave|took|made|went|found|wrote|told|said"
# Where a clause's subject stands: at the start, after a dateline or an opening phrase ("On Thursday, the civil
# society coalition…", "This year DDI…"), after what it is ("the watchdog", "the Antwerp-based"); not after a
# preposition.
_SUBJECT_PLACE = re.compile(
    r"(?:^|[,:;–—…]\s*|\s-\s*|\)\s*)(?:(?i:(?:this|last|earlier|later)\s+(?:year|month|week|morning)|(?:on\s+)?\w+day)\s+)?"
    r"(?:(?i:the|an?|la|le|les|une?)\s+|(?i:l)['’]\s*)?(?:[\w.-]+-based\s+)?"
    r"(?:(?!(?i:of|by|from|to|with|for|in|on|at|against|over|de|du|des|par|avec|contre|pour|sur)\b)[a-z][\w-]*\s+){0,3}$"
)
# "A Human Rights Watch report released on Monday found…": its document speaks for it.
_ITS_DOCUMENT = (
    r"(?:(?:['’]s)?\s+(?i:new\s+|latest\s+)?(?i:report|study|statement|briefing|investigation|rapport|communiqu[ée])"
    r"(?:\s+(?i:released|published|issued|publi[ée]e?)(?:\s+(?i:today|on\s+\w+day|this\s+week|lundi|hier))?)?)?"
)
_DOES = re.compile(
    rf"^(?i:{KP_WORDS.pattern})?(?:\s*\([^()\n]{{1,100}}\))?(?:\s*,\s+[^,\n]{{3,200}}?,)?{_ITS_DOCUMENT}"
    rf"(?:\s+(?i:{_WHEN}))*\s+"
    rf"(?:(?i:(?:has|have|had|is|are|was|were|will|would)\s+(?:also\s+|not\s+|already\s+)?)"
    rf"(?:[a-z]+ed|[a-z]+ing|{_IRREGULAR})|(?i:(?:a|ont|s['’]est|se\s+sont)\s+(?:aussi\s+|d[ée]j[àa]\s+)?[a-zà-ÿ]+[ée]e?s?)"
    rf"|(?i:{ACTING_VERBS}|{_IRREGULAR})|[a-z]+ed)\b(?!\s+(?i:by|par)\b)",
)

# --- A speaker's organisation, or the source

_ROLE = (
    r"(?i:director|directrice|directeur|president|pr[ée]sident|chair\w*|head|co-?ordinat\w+|coordonnat\w+|spokes\w+"
    r"|porte-parole|campaigner|researcher|official|representatives?|repr[ée]sentant\w*|members?|membres?|founder"
    r"|co-founder|fondat\w+|ceo|executive|secretary|secr[ée]taire|manager|advis[eo]r|analyst|officer|leader|chief"
    r"|chef|expert|lawyer|responsable|charg[ée]e?|militant\w*|chercheu\w+|activist)"
)
# "said Jane Moyo of", "Jaff Bamenjo, coordinator of the", "Chairperson of the Antwerp-based", "membres du".
_SPEAKERS_OWN = re.compile(
    rf"(?:\b{_ROLE}(?:[ \t]+[\w'’-]+){{0,4}}?|{PERSON_NAME})[ \t]*"
    rf"\b{OF}[ \t]*(?:(?i:the|la|le)[ \t]+|(?i:l)['’][ \t]*)?(?:[\w.-]+-based[ \t]+)?$"
)
# "the Global Witness spokesperson", "WDC president Edward Asscher", "the WDC's chair", "World Diamond Council (WDC)
# president Feriel Zerouki".
_ROLE_AFTER = re.compile(rf"^(?:[ \t]*\([A-Z][\w&.-]{{1,14}}\))?(?:['’]s)?(?:[ \t]+[a-z][\w-]*){{0,2}}?[ \t]+{_ROLE}\b")
_SPEECH = re.compile(
    rf"[“\"«]|\b(?i:{ACTING_VERBS}|speaking|spoke|opened|addressed|stated|added|explained|argued|capacity"
    r"|qualit[ée]|(?:a|ont)\s+[a-zà-ÿ]+[ée]e?s?)\b"
)
_SOURCE = re.compile(
    r"\b(?i:according\s+to|selon|d['’]apr[èe]s|said|says|say|added|warned|stated|a\s+d[ée]clar[ée]|a\s+affirm[ée]"
    r"|a\s+indiqu[ée]|estime)\s+(?:(?i:the|la|le)\s+|(?i:l)['’]\s*)?$"
)

# --- Mentions that are not its voice

# "the coalition, which includes Global Witness and…", "whose members include ZELA, CNRG and…", "notamment".
_MEMBERS = re.compile(
    r"\b(?i:includ(?:es|ed|ing|e)|compris(?:es|ing|e)|comprising|such\s+as|among\s+them|notamment|y\s+compris"
    r"|parmi\s+(?:eux|elles|lesquel(?:le)?s))\b"
)
_MEMBERS_CHARS = 100
# "as Human Rights Watch showed", "when Global Witness first exposed…", "which Global Witness called…", "X and Y
# said": another clause's subject, or the second of two speaking together (the first-named speaks for both).
_SUBORDINATE = re.compile(
    r"\b(?i:as|when|since|after|before|while|although|though|until|lorsque|quand|comme|depuis\s+que|apr[èe]s\s+que"
    r"|which|that|who|whom|qui|que|(?<!,\s)and|(?<!,\s)et)\s+(?:(?i:the|la|le)\s+|(?i:l)['’]\s*)?$"
)
# "Global Witness left the KP in 2011.", "HRW avait dénoncé en 2010…": what it did years before, the text's background.
_LONG_AGO = re.compile(
    r"^(?![^\n]*\b(?i:today|this\s+week|aujourd['’]hui)\b)"
    r"(?:(?!\b(?i:said|says|told|warned|stated|a\s+d[ée]clar[ée]|a\s+affirm[ée]|dit)\b)[^\n])*?"
    r"\b(?i:in|en|back\s+in)\s+(?:19|20)\d\d\b"
)
_HEADLINE_VERB = re.compile(rf"\b(?:{ACTING_VERBS})\b", re.IGNORECASE)
# A title opened by the organisation, or naming it as whose: "Comments of X", "A briefing by X", "Rapport de X".
_TITLE_LEAD = re.compile(
    r"^(?:(?i:a|an|the|le|la|les)\s+|(?i:l)['’]\s*)?(?:(?:[\w'’-]+\s+){0,3}?(?i:of|by|from|de|du|des|par)\s+"
    r"(?:(?i:the|la|le)\s+|(?i:l)['’]\s*)?)?$"
)
_TITLE_WORDS = 25
# What a title says its organisation does: it is the title ("Global Witness: …", "Comments of X"), or the name leads a
# headline's verb, its officer's or its mood ("X Reports Growing Trade", "X President Urges KP…", "X Hopeful as…").
# Not what it is named beside ("Global Witness Report Ignored by Ministers", "ADPA Ministers Meet in Luanda"), nor
# what the title only concerns ("Criticism of X", "Questions over X's role").
_TITLE_DOCUMENT = re.compile(
    r"(?i:comments|statement|remarks|report|letter|submission|briefing|note|position\s+paper|response|message"
    r"|address|speech|rapport|d[ée]claration|communiqu[ée]|lettre|contribution|discours|mot)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?i:of|by|from|de\s+la|de\s+l['’]|du|des|de|par)\s+(?:(?i:the|la|le)\s+|(?i:l)['’]\s*)?$"
)
_TITLE_END = re.compile(r"^(?:\s*\([^()\n]{1,20}\))?\s*(?:$|[:|–—]|\s-\s)")
_TITLE_MOOD = (
    r"hopeful|optimistic|upbeat|confident|concerned|disappointed|pleased|cautious|frustrated|worried|alarmed"
    r"|satisfied|satisfait|pr[ée]occup[ée]|d[ée][çc]u|optimiste|inquiet"
)
_TITLE_VERBS = (
    r"reports|looks|seeks|wants|pushes|sees|eyes|plans|takes|makes|gets|sets|leads|opens|closes|expects|fears"
    r"|hopes|backs|marks|unveils|outlines|pledges|commits|elects|appoints|adds|answers|argues|explains|recalls|rappelle"
)
# A plural after the name is what it has, not what it does: "ADPA Ministers Meet…", "Global Witness Findings…".
_TITLE_NOUNS = (
    r"(?i:ministers|members|delegates|officials|experts|leaders|representatives|partners|findings|claims|allegations"
    r"|critics|concerns|efforts|demands|documents|papers|projects|programmes|programs|talks|meetings|countries|states"
    r"|staff|workers|activists|campaigners|researchers|diamonds|mines|sales|exports|imports|rules|standards)"
)
_TITLE_VERB = re.compile(
    rf"^(?:\s*\([^()\n]{{1,20}}\))?(?:['’]s)?(?:\s+{_ROLE}\w*(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,3}})?\s+"
    rf"(?i:{ACTING_VERBS}|{_TITLE_MOOD}|{_TITLE_VERBS}|(?:to|will|has|have|is|are)\s+\w+"
    rf"|(?!{_TITLE_NOUNS}\b)[a-z]{{2,}}[^s\W]s)\b(?!\s+(?i:by|par)\b)"
)
# A name in the title followed by a passive: "Global Witness Claims Dismissed by Minister".
_TITLE_PASSIVE = re.compile(r"^\s+\w+\s+(?i:\w+ed|\w+en)\s+(?i:by|par)\b")


def _title_speaks(before: str, after: str) -> bool:
    if _TITLE_PASSIVE.match(after):
        return False
    if before.strip() and not _TITLE_DOCUMENT.search(before):
        return False  # "Criticism of Global Witness": what the title is about
    return bool(_TITLE_END.match(after) or _TITLE_VERB.match(after) or before.strip())


@dataclass
class _Voice:
    name: str
    why: str
    times: int = 0  # how often it speaks (not counting what it did years before: "X left the KP in 2011")
    in_title: bool = False


def leading_voices(header: list[str], known) -> list[tuple[str, str]]:
    """The known organisation whose voice the opening gives, as [(name, why)]: the one that speaks there, the one
    the title names among several, or the one speaking most. Several speaking equally: all of them, for a news
    feature with several voices names no issuer. [] when none speaks."""
    voices = _voices(header, known)
    if titled := [voice for voice in voices if voice.in_title]:
        voices = titled[:1]
    most = max((voice.times for voice in voices), default=0)
    if not most:
        return []  # only what organisations did years before
    # One speaking beside another's past ("Global Witness left it in 2011. The WDC says it works."): a feature's voices.
    # The background ones are returned with those speaking most only so that the caller sees several and names none.
    background = [voice for voice in voices if not voice.times]
    return [(voice.name, voice.why) for voice in voices if voice.times == most or voice in background]


def _voices(header: list[str], known) -> list[_Voice]:
    lines = [line for line in header if not SALUTATION.match(line)]
    zone = "\n".join(lines)[:_ZONE_CHARS]
    titled = lines and len(lines[0].split()) <= _TITLE_WORDS and not SENTENCE_END.search(lines[0])
    title_end = len(lines[0]) if titled else -1
    voices: list[_Voice] = []
    offset = 0
    for sentence in _SENTENCE.split(zone):
        offset = zone.index(sentence, offset)
        for start, end, name in _mentions(sentence, known):
            in_title = offset + start <= title_end
            if not _speaks(sentence, start, end, in_title):
                continue
            long_ago = not in_title and bool(_LONG_AGO.search(sentence[end:]))
            voice = next((voice for voice in voices if _same(voice.name, name, known)), None)
            if voice is None:
                why = "the title names it" if in_title else "it speaks at the top"
                voices.append(voice := _Voice(name, f"a known organisation: {why}: “{short(sentence)}”"))
            voice.times += not long_ago
            voice.in_title = voice.in_title or in_title
        offset += len(sentence)
    return voices


def _mentions(sentence: str, known) -> list[tuple[int, int, str]]:
    """(start, end, name) of each known name in the sentence, the longest where names overlap."""
    found = sorted(
        ((match.start(), match.end(), name) for name, pattern in known for match in pattern.finditer(sentence)),
        key=lambda item: (item[0], -item[1]),
    )
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _speaks(sentence: str, start: int, end: int, in_title: bool) -> bool:
    before, after = sentence[:start], sentence[end:]
    if _MEMBERS.search(before[-_MEMBERS_CHARS:]) or _SUBORDINATE.search(before):
        return False
    # "Note d'information de X", not "Minister rejects report by X": no verb after the title's first word.
    if in_title and _TITLE_LEAD.match(before) and not _HEADLINE_VERB.search(before.partition(" ")[2]):
        return _title_speaks(before, after)
    if _SOURCE.search(before):
        return True
    if (_SPEAKERS_OWN.search(before) or _ROLE_AFTER.match(after)) and _SPEECH.search(sentence):
        return True
    return bool(_SUBJECT_PLACE.search(before) and _DOES.match(after))


def _same(name: str, other: str, known) -> bool:
    """Two known names of one organisation: each entry's pattern matches the other's words ("WDC", "World Diamond
    Council")."""
    return name == other or any(
        (entry == name and pattern.search(other)) or (entry == other and pattern.search(name))
        for entry, pattern in known
    )
