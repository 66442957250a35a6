"""A quotation's speaker, from the grammar around it: a verb and a name after it ("”, said X") or before it
("X said: “"), a signature below it, two speakers joined by "and", an incise inside it, or the speaker of the
quotation it continues."""

import re

from .names import OFFICE_WORDS, TITLES, name_runs, uncapitalised, undot
from .people import name_and_affiliation, person_in, person_named, resolve
from .referents import office_after_the_verb, person_named_before, referent, titled_person
from .spans import Context, Quote, unwrap
from .verbs import (
    ANY_PRONOUN,
    AUXILIARY,
    EN_VERBS,
    FR_ADVERB,
    FR_SPOKEN_TO,
    FR_VERBS,
    FR_WHEN,
    NAMING_VERBS,
    PRONOUN,
    QUOTED_AS,
    VERBS,
)

# An office alone after the verb, closing the sentence: "the minister.", « le Premier ministre. ».
_OFFICE_ALONE = re.compile(
    r"\s*(?:the|le|la|l['’])\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+){0,2}(?:prime\s+|premier\s+|vice[\s-])?"
    r"(?:minister|ministre|president|pr[ée]sident(?:e)?)\s*(?:[.!?]|$)",
    re.IGNORECASE,
)
_FOR_THEIR_PART = r"(?:pour\s+sa\s+part|de\s+son\s+c[ôo]t[ée]|à\s+son\s+tour|quant\s+à\s+(?:lui|elle))"
# “…”, says Shamiso Mtisi / », a déclaré Jean Dupont / », explique-t-il / », a-t-elle ajouté
# (French puts no subject before a compound verb: after a stop, « …». A dit le directeur X » still attributes it.)
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*(?:[,;:–—-]|\.(?=[ \t]*(?-i:A|Ont)[ \t]+{FR_ADVERB}?(?:{FR_VERBS})\b))?\s*"
    rf"{FR_SPOKEN_TO}?{AUXILIARY}?{FR_ADVERB}?(?P<verb>{VERBS}|according\s+to|selon)"
    rf"(?:-t-(?P<pronoun_t>il|elle)|-(?P<pronoun>il|elle))?"
    # When, where and whom it was said to, before the name: "a déclaré à l’AFP Jean Mbala", "a déclaré mardi à
    # Kinshasa Jean Mbala".
    # "regrette pour sa part Jean Mbala", "a déclaré de son côté Jean Mbala": whose turn it is.
    # "a indiqué avec satisfaction le ministre Jean Mbala", "a lancé sans détour Jean Mbala": the manner of it.
    rf"(?:\s+(?:{FR_WHEN}|(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?[\w’'-]+|{_FOR_THEIR_PART}"
    rf"|(?:avec|sans)\s+(?:(?:beaucoup|une\s+certaine|un\s+certain)\s+(?:de\s+)?)?[a-zà-ÿ’'-]+)){{0,3}}"
    rf"\b(?P<who>[^\n]{{0,160}})",
    re.IGNORECASE,
)
# “…”, Shamiso Mtisi said / », Jean Dupont a déclaré / ”, he added / ”, Jaff Bamenjo, the Coalition's man, told
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*[,;:–—-]?\s*(?P<who>[^\n,.;:!?“”«»\"]{{1,80}}?)(?:,\s*(?P<apposed>[^\n,.;:!?“”«»\"]{{1,90}}?)(?:,\s*[^\n,.;:!?“”«»\"]{{1,90}}?){{0,2}},?)?"
    rf"\s+(?:(?:a|has|had)\s+|s['’]|{QUOTED_AS})?{VERBS}\b",
    re.IGNORECASE,
)
# Shamiso Mtisi said: “…” / Jean Dupont déclare : « … » / Mtisi told reporters: “…”. The subject from where its
# sentence starts, however long its office: "Jane Roe, director of X, an NGO based in Ottawa that…, told…" (its
# last hundred characters would open inside a name: "…Certification Scheme (KPCS) Monitor…, says").
_BEFORE_VERB = re.compile(
    rf"(?:^|(?<=[\n.!?“”«»\"]))(?P<who>[^\n.!?“”«»\"]{{1,400}}?)\s+(?:(?:a|has|had)\s+|s['’]|{QUOTED_AS})?(?:{VERBS}|{NAMING_VERBS})"
    rf"(?:\s*[:;,]?|(?:\s+(?:that|que|qu['’])?(?:\s*[^\n.!?“”«»\"]{{0,150}})?)|(?:\s+[\w’'-]+){{1,8}}\s*[:;])\s*$",
    re.IGNORECASE,
)
# The verb _BEFORE_VERB needs, anywhere: without one it cannot match, and this one is quick to tell.
_A_VERB_BEFORE = re.compile(rf"(?:{VERBS}|{NAMING_VERBS})", re.IGNORECASE)
_BEFORE_COLON = re.compile(r"^(?P<who>[A-ZÀ-Ý][^\n.!?“”«»\":]{2,100}?)\s*:\s*$", re.MULTILINE)
# "According to X, coordinator of the network, “…”": an office may follow the name. "For X, “…”" opens its sentence
# (a capital, as « Pour X » need not: "thanks for Jane Roe's support" gives no one's view).
_BEFORE_ACCORDING = re.compile(
    r"(?:according\s+to|in\s+the\s+words\s+of|(?:aux\s+yeux|pour\s+reprendre\s+les\s+(?:mots|termes|propos))"
    r"\s+d(?:e\s+|['’])|selon|pour|d['’]après|(?:^|\n)[ \t]*(?-i:For)(?=\s))"
    r"\s*(?P<who>[^\n,.;:!?“”«»\"]{1,80})(?:,\s*[^\n,.;:!?“”«»\"]{1,100})?,\s*"
    # …or what they say runs on into the quotation: "Selon Jean Mbala, les pays occidentaux « ne défendent plus… »".
    r"(?:[^\n,.;:!?“”«»\"]{1,150}\s)?$",
    re.I,
)
# The passive of a verb of saying, its agent the speaker: "The importance of reform was echoed by David Bouffard,
# Chairman of the council: “…”", « Ce point a été souligné par Jean Mbala : « … » ».
_BEFORE_PASSIVE = re.compile(
    rf"\b(?:was|were|is|are|has\s+been|have\s+been|a\s+été|ont\s+été|été)\s+(?:(?:also|then|later|aussi|également)\s+)?"
    rf"(?:{VERBS}|voiced|shared|made|raised|exprimée?s?|soulignée?s?|rappelée?s?)\s+(?:by|par)\s+"
    r"(?P<who>(?-i:[A-ZÀ-Ý])[^\n.;:!?“”«»\"]{2,150}?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "As Amara Okonkwo put it, “…”", "As the coordinator, Amara Okonkwo, puts it: “…”".
_BEFORE_PUT_IT = re.compile(r"\bas\s+(?P<who>[^\n.;:!?“”«»\"]{3,120}?)\s+(?:put|puts)\s+it\s*[,:]\s*$", re.I)
# "From Amara Okonkwo’s address: “…”", "In the minister’s words, “…”", « Extrait du discours de Jean Mbala : « … » »:
# the quotation is taken from someone's speech, named by its speaker.
_SPEECH_WORDS = r"(?:address|speech|remarks|statement|words|message|intervention|testimony|letter)"
_BEFORE_POSSESSIVE = re.compile(
    # Opening the sentence, the possessor is a name; after "from" or "in", an office may be: "In the chair’s words".
    rf"(?:^\s*(?P<who>(?-i:[A-ZÀ-Ý])[\w’'\u2024.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w’'\u2024.-]*){{0,4}}?)"
    rf"|\b(?:from|in)\s+(?P<who_after>(?:(?!to\s)[\w\u2024.-]+\s+){{0,4}}?[\w\u2024-]+))"
    rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_SPEECH_WORDS}(?:\s+(?:to|at|before)\s+[^\n.;:!?“”«»\"]{{3,80}})?\s*[,:]\s*$"
    r"|\b(?:extraits?\s+d[eu]|dans)\s+(?:le\s+|l['’]|son\s+|sa\s+)?(?:discours|allocution|intervention|message|lettre)"
    r"\s+(?:[\w-]+\s+){0,2}?d(?:e\s+|['’])(?P<who_fr>[^\n.;:!?“”«»\",]{2,100}?)\s*[,:]\s*$",
    re.IGNORECASE,
)

# "This was endorsed by Nicky Oppenheimer, Chairman of De Beers, in an April 29 speech: “…”", « Jean Mbala, dans son
# discours d'ouverture : « … » »: the quotation is taken from the speech of the one named before it.
_BEFORE_IN_A_SPEECH = re.compile(
    r"(?:^|(?<=[\n.!?“”«»\"]))[ \t]*(?P<who>[^\n.!?“”«»\"]{3,160}?)[ \t,]+(?:in|during|dans|lors\s+d(?:e|u))\s+"
    r"(?:a|an|his|her|their|un|une|son|sa)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:speech|address|statement|remarks|interview|letter|testimony|message|keynote|discours"
    r"|allocution|intervention|lettre|message|entretien|interview)\b[^\n.!?:“”«»\"]{0,60}?\s*:\s*$",
    re.IGNORECASE,
)
_PASSIVE_AGENT = re.compile(r"\b(?:by|par)\s+(?P<agent>(?-i:[A-ZÀ-Ý])[^\n]*)", re.IGNORECASE)


def short_but_attributed(text: str, start: int, end: int, raw: str) -> bool:
    """ "The scheme is “simply not working,” Tendai Moyo said." / « reste vrai aujourd’hui », a-t-il déclaré: a
    few words are a quotation when a comma closes them and the attribution follows at once, or when they are a
    sentence of their own after a verb of saying and a colon ("Tendai Moyo said: “We made history.”")."""
    if len(raw.split()) < 2:
        return False
    if _SAYS_THEY_BEFORE.search(text, max(0, start - 40), start):
        return True  # "Eli Izhakoff says he “strongly supports” the decision": the speaker's words for what he does
    if _SAID_AND_COLON.search(unwrap(text[max(0, start - 120) : start])) and _A_SENTENCE.fullmatch(raw.strip()):
        return True
    after = text[end : end + 200]
    if not (raw.rstrip().endswith(",") or re.match(r"[ \t]*,", after)):
        return False
    if (match := _AFTER_VERB_FIRST.match(after)) and not match.group("verb").lower().startswith(("acc", "sel")):
        return True
    match = _AFTER_NAME_FIRST.match(after)
    # "“conflict free,” and the minister said…": a conjunction opens the next clause, whose speaker it is.
    return bool(match and not _CONJUNCTION.match(match.group("who")))


# A verb of saying and the pronoun standing for its subject, right before the quotation that goes on the sentence:
# "Eli Izhakoff says he “strongly supports” the decision".
_SAYS_THEY_BEFORE = re.compile(r"\b(?:says|said|adds|added)\s+(?:that\s+)?(?:he|she)[ \t]+$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\s*(?:and|but|while|whereas|et|mais|tandis)\b", re.IGNORECASE)
_A_SENTENCE = re.compile(r"[A-ZÀ-Ý].*[.!?]", re.DOTALL)


# The verb of saying, then its subject: "…, said Jane Roe, of the network, who …".
_INVERTED_SUBJECT = re.compile(
    r"\s+(?:said|says|added|adds|noted|explained|stated|a\s+(?:dit|déclaré|ajouté|expliqué)|dit|déclare|ajoute)"
    r"\s+(?P<who>(?-i:[A-ZÀ-Ý])[^\n.!?“”«»\"]{2,150})",
    re.IGNORECASE,
)
_RELATIVE_WHO = re.compile(r"(?:^|[,–—-]\s*)(?:who|qui)$", re.IGNORECASE)


_QUOTED_PHRASE = re.compile(r"[“«\"][ \t\u00a0\u202f]*(?P<words>[^“”«»\"\n.!?]{1,60}?)[ \t\u00a0\u202f]*[”»\"]")


def attribute(context: Context, quote: Quote, paragraph_start: int) -> str:
    text, speakers, known_organisations = context.text, context.speakers, context.known_organisations
    after = unwrap(text[quote.end : quote.end + 200])
    if quote.text[-1:] in ".!?" and "\n" in after[: len(after) - len(after.lstrip())]:
        after = ""  # a quoted sentence closing its line: what follows is the next sentence, not its attribution
    if re.match(r"[ \t]*\n[ \t]*\n", after):
        after = ""  # a quotation closing its paragraph: the next one does not attribute it
    if match := _AFTER_VERB_FIRST.match(after):
        if match.group("pronoun_before") or match.group("pronoun_t") or match.group("pronoun"):
            return referent(context, quote.start)
        who = match.group("who")
        if re.match(rf"\s*{PRONOUN}\b", who, re.IGNORECASE):
            return referent(context, quote.start)
        if person := person_named(who, quote.start, text, speakers, known_organisations, pick="first"):
            return person
        if person := office_after_the_verb(context, who, quote.start):
            return person
        if _OFFICE_ALONE.match(who) and (person := person_named_before(text, quote.start, known_organisations)):
            # "Alexander De Croo a invité les parties à agir. « … », a insisté le Premier ministre": an office the
            # text names nobody with stands for the one person the sentence before it names.
            return person
    if (match := _AFTER_NAME_FIRST.match(after)) and _introduces_the_next(quote, after, match.end()):
        match = None  # "“…commendable.” Jane Roe, KP counsel, said, “We were surprised…”": the next one's speaker
    if match:
        who = match.group("who").strip()
        if re.fullmatch(PRONOUN, who, re.IGNORECASE):
            return referent(context, quote.start)
        if person := person_named(who, quote.start, text, speakers, known_organisations, pick="last"):
            return person
        if person := titled_person(context, who, quote.start):
            return person
        if _OFFICE_ALONE.match(who) and (person := person_named_before(text, quote.start, known_organisations)):
            return person  # "Amara Okonkwo opened the talks. “…,” the minister said."
        # "”, the network's coordinator, Amara Okonkwo, said": the name apposed to an office.
        if (apposed := match.group("apposed")) and (
            person := person_named(apposed, quote.start, text, speakers, known_organisations, pick="last")
        ):
            return person
    before = unwrap(_lead_in(text, quote, paragraph_start))
    if not re.split(r"[.!?]\s", before)[-1].strip():
        return _reported_before(context, quote, paragraph_start)
    # "Mpofu said the country met the “minimum requirements” and “so now…”": a phrase quoted on the way is words.
    before = _QUOTED_PHRASE.sub(r" \g<words> ", re.split(r"[.!?]\s", before)[-1])
    if (passive := _BEFORE_PASSIVE.search(before)) and (
        person := person_named(passive["who"], quote.start, text, speakers, known_organisations, pick="first")
    ):
        return person  # "The call was echoed by David Bouffard, Chairman of the council: “…”"
    # The slowest of these: asked once, and only when a verb it needs is there at all.
    said = _BEFORE_VERB.search(before) if _A_VERB_BEFORE.search(before) else None
    for pattern in (
        _BEFORE_VERB,
        _BEFORE_ACCORDING,
        _BEFORE_PUT_IT,
        _BEFORE_POSSESSIVE,
        _BEFORE_IN_A_SPEECH,
        _BEFORE_COLON,
    ):
        if pattern is _BEFORE_COLON and said:
            break  # "X welcomed the communiqué, which states:": a verb of saying whose subject is nobody named
        if match := said if pattern is _BEFORE_VERB else pattern.search(before):
            who = (match["who"] or match.groupdict().get("who_after") or match.groupdict().get("who_fr")).strip()
            if _PASSIVE_SUBJECT.search(who):
                continue  # "Tendai Moyo was mentioned in the report": spoken of, not speaking
            if ADDRESSED_OFFICE.fullmatch(who):
                continue  # "Madam Chair:", « Monsieur le Président, »: the one spoken to, not the speaker
            if re.fullmatch(ANY_PRONOUN, who, re.IGNORECASE) or re.search(rf"\b{PRONOUN}$", who, re.IGNORECASE):
                return referent(context, quote.start)
            if relative := _RELATIVE_WHO.search(who):
                # "Jane Roe met John Doe, who said": the name right before "who" is whom it stands for; "…said Jane
                # Roe, of the network - a prime mover in the scheme - who described it as “…”": else the one person
                # the sentence names before it.
                return _named_right_before(context, who[: relative.start()], quote.start) or person_named_before(
                    text, quote.start, known_organisations
                )
            if person := person_named(who, quote.start, text, speakers, known_organisations, pick="before"):
                return person
            if pattern is _BEFORE_COLON and (
                person := name_and_affiliation(who, quote.start, text, speakers, known_organisations)
            ):
                return person  # "Jane Roe, Global Witness: “…”"
            # "…endorsed by Nicky Oppenheimer in a speech:": the passive's agent gave it.
            agent = _PASSIVE_AGENT.search(who) if pattern is _BEFORE_IN_A_SPEECH else None
            if agent and (
                person := person_named(agent["agent"], quote.start, text, speakers, known_organisations, "first")
            ):
                return person
            if person := titled_person(context, who, quote.start):
                return person
            # "No consensus was reached, said Jane Roe, of the network, who described it as “…”"
            inverted = (
                pattern is _BEFORE_VERB and who.endswith(",") and _INVERTED_SUBJECT.match(before, match.end("who"))
            )
            if inverted and (
                person := person_named(inverted["who"], quote.start, text, speakers, known_organisations, "first")
            ):
                return person
    return ""


# A name closing the words before a relative pronoun: "…met John Doe, who", "…la présidente, Jeanne Roe, qui".
_NAME_AT_THE_END = re.compile(r"(?:^|\s)(?P<name>(?:[A-ZÀ-Ý][\w’'\u2024.-]*\s+){0,3}[A-ZÀ-Ý][\w’'\u2024-]*)\s*$")


_LISTED = re.compile(r"(?:\b(?:and|et|or|ou)|&)\s*$", re.IGNORECASE)


def _named_right_before(context: Context, words: str, position: int) -> str:
    """The person named by the words' last name, if they end on one (the antecedent of the "who" after them)."""
    words = words.rstrip(" ,–—-")
    if not (match := _NAME_AT_THE_END.search(words)) or _LISTED.search(words, 0, match.start("name")):
        return ""  # "…met Amara Okonkwo and Tendai Moyo, who": which of them, the text does not say
    text, speakers, known = context.text, context.speakers, context.known_organisations
    return person_in(undot(match["name"]), position, text, speakers, known, "last")


# An opening mark and a capital after the verb: a new quotation starts, the attribution is its own.
_OPENS_A_QUOTE = re.compile(r"[ \t]*[,:]?[ \t]*[“«\"‘][ \t\u00a0\u202f]*[A-ZÀ-Ý]")


def _introduces_the_next(quote: Quote, after: str, end: int) -> bool:
    """ "“…commendable.” Jane Roe, KP counsel, said, “We were surprised…”": after a quoted sentence closed by its
    own stop, a name and a verb before an opening mark and a capital introduce the quotation that follows (not
    "“We tried,” Jane Roe said, “but failed”", where the comma runs the one sentence on)."""
    return quote.text.rstrip()[-1:] in ".!?" and bool(_OPENS_A_QUOTE.match(after, end))


_LEAD_IN_CHARS = 400


def _lead_in(text: str, quote: Quote, paragraph_start: int) -> str:
    """The words introducing a quotation: in its paragraph, or in the one before when the quotation opens its own
    and that one ends on a verb of saying and a colon ("Amara Okonkwo said:\n\n“…”"; not a heading's "Press
    Release:"). A photo's caption between them is passed over ("…said:\n\nAmara Okonkwo, at the meeting\n\n“…”")."""
    own = text[max(paragraph_start, quote.start - _LEAD_IN_CHARS) : quote.start]
    if text[paragraph_start : quote.start].strip():
        return own
    end = paragraph_start
    previous = _paragraph_before(text, end)
    if previous > 0 and _is_a_caption(text[previous:end]):
        end = previous
        previous = _paragraph_before(text, end)
    if not (_SAID_AND_COLON.search(text, previous, end) or _A_SENTENCE_AND_COLON.search(text, previous, end)):
        return own
    return text[max(previous, end - _LEAD_IN_CHARS) : end] + own


def _paragraph_before(text: str, paragraph_start: int) -> int:
    previous = text.rfind("\n\n", 0, paragraph_start - 2)
    return previous + 2 if previous >= 0 else 0


# A photo's caption: a line of its own, no sentence, naming someone with their office or the scene ("Jane Roe,
# chair of the Coalition, at the meeting", "Le coordinateur de la coalition, Jean Mbala", "Photo: Jane Roe").
_CAPTION_WORDS = 16
_SCENE = re.compile(
    r"[\s,](?:at|during|speaking\s+at|addressing|lors\s+d(?:e|u|es)|à\s+l['’]|au\s+cours\s+d(?:e|u))\s+"
    r"(?:the\s+|a\s+|an\s+|la\s+|le\s+|l['’]|une?\s+)?(?:[\w’'-]+\s+){0,3}?(?:meeting|plenary|conference|workshop"
    r"|launch|summit|session|opening|ceremony|event|forum|intersessional|briefing|réunion|conférence|atelier"
    r"|séance|cérémonie|plénière|lancement|sommet)s?\b[^\n]*$"
    r"|^\W*(?:photo|pictured|picture|file\s+photo|crédit|credit)\b",
    re.IGNORECASE,
)
_CAPTION_NAME = re.compile(r"(?:^|,[ \t]*)(?P<who>[^\n,]+?)[ \t]*(?=,|$)")


def _is_a_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo's caption: one line of few words, no stop, colon or quotation mark closing
    or inside it, that names the scene, or gives a name alone in one of its clauses beside an office."""
    line = undot(paragraph.strip())
    if (
        not line
        or "\n" in line
        or len(line.split()) > _CAPTION_WORDS
        or line[-1] in ".!?:;"
        or _QUOTE_MARK.search(line)
    ):
        return False
    if _SCENE.search(line):
        return True
    if "," not in line:
        return False
    for match in _CAPTION_NAME.finditer(line):
        tokens = match.group("who").split()
        runs = name_runs(tokens)
        if len(runs) == 1 and len(runs[0][1]) >= 2 and len(runs[0][1]) + bool(runs[0][0]) == len(tokens):
            return True
    return False


_QUOTE_MARK = re.compile(r"[“”«»\"]")


# (A semicolon introduces a quotation as a colon does: "Amara Okonkwo said;\n\n“…”".)
_SAID_AND_COLON = re.compile(rf"\b(?:{VERBS})\b[^.!?\n]{{0,80}}[:;]\s*$", re.IGNORECASE)
# A sentence of its own, not a heading, ending on a colon: "Amara Okonkwo was blunt:", "Ian Smillie put it this way:".
_A_SENTENCE_AND_COLON = re.compile(r"(?:^|[.!?]\s)[ \t]*[A-ZÀ-Ý][^.!?\n:]{0,100}?\s[a-zà-ÿ][^.!?\n:]{0,100}:\s*$", re.M)


# An office addressed, as a speech addresses the one chairing it: "Madam Chair", "Mr. President", « Monsieur le
# Président », "Your Excellency": the one spoken to, never the speaker.
ADDRESSED_OFFICE = re.compile(
    r"\W*(?:(?:mr|mister|mrs|madam|madame|monsieur|ms)[.\u2024]?\s+(?:the\s+|le\s+|la\s+|l['’])?(?:vice[\s-])?"
    r"(?:chair(?:man|woman|person)?|president|pr[ée]sidente?|secretary|minister|ministre|ambassador|ambassadeur"
    r"|ambassadrice|speaker|moderator|mod[ée]rat(?:eur|rice)|délégué|delegate)(?:\s+(?:of|de|du)\s+[^,:]{2,60})?"
    r"|(?:your\s+)?excellenc(?:y|ies)|excellences?|honou?rable\s+(?:minister|ministre|chair(?:person)?))\W*",
    re.IGNORECASE,
)


# The subject of a passive before the verb: "X was mentioned", "X has been asked", "X a été cité".
_PASSIVE_SUBJECT = re.compile(r"\s(?:was|were|is|are|be|been|being|été)$", re.IGNORECASE)


# A quotation signed on the lines below it: "« … »\n\nHerbert Mbala\n\nMinistre des Mines", "“…”\n— Amara Okonkwo",
# or after a dash on its own line, as headlines are: "‘…’ – Amara Okonkwo".
_SIGNED_BELOW = re.compile(
    r"(?:[ \t]*\n\s*(?P<dash>[—–-]\s*)?|[ \t]*(?P<dash_inline>[—–-])[ \t]*)"
    r"(?P<who>[^\W\d_][^\n,]{2,59})(?P<office>,[^\n]{3,120})?(?:\n+\s*(?P<next>[^\n]*))?"
)


def signed_below(context: Context, quote: Quote) -> str:
    if not (match := _SIGNED_BELOW.match(context.text, quote.end)):
        return ""
    tokens = undot(match.group("who")).split()
    runs = name_runs(tokens)
    if len(runs) != 1 or len(runs[0][1]) < 2 or len(runs[0][1]) + bool(runs[0][0]) != len(tokens):
        return ""  # the line is a name, and only a name
    if _SCENE.search(match.group("office") or ""):
        return ""  # "Jane Roe, chair of the Coalition, at the meeting": a photo's caption, no signature
    # Without a dash or an office beside it, a name line is a signature only above an office: "Ministre des Mines".
    following = (match.group("next") or "").split()
    beside = match.group("dash") or match.group("dash_inline") or match.group("office")
    if not beside and not (following and following[0].lower().strip(",.") in OFFICE_WORDS | TITLES):
        return ""
    return resolve(*runs[0], quote.start, context.text, context.speakers, context.known_organisations)


# Two speakers in one attribution: "said Tendai Moyo and Rudo Chikwanha", "Tendai Moyo, of ZELA, and Rudo Chikwanha
# said", « ont déclaré Jean Mbala et Aïcha Diallo ».
_JOINED = re.compile(
    r"(?P<first>[^,;:()\n]+?)(?:,[^,;:()\n]{1,80},)?[ \t]+(?:and|et|&)[ \t]+(?P<second>[^,;:()\n]+)", re.IGNORECASE
)
_VERB_BEFORE_NAMES = re.compile(rf"\b(?:{VERBS})(?:\s+[\w’'-]+){{0,5}}\s*$", re.IGNORECASE)
_VERB_AFTER_NAMES = re.compile(
    rf"^\s*(?:,[^,;:()\n]{{1,80}},)?\s*(?:(?:a|ont|have|has|had)\s+|{QUOTED_AS})?(?:{VERBS})\b", re.IGNORECASE
)


def joint_speakers(context: Context, quote: Quote) -> tuple[str, str] | None:
    """Two speakers, in their order, joined by "and" or "et" right after or before the verb that attributes the
    quote to one of them."""
    after = unwrap(context.text[quote.end : quote.end + 200])
    before = unwrap(context.text[max(0, quote.start - 200) : quote.start])
    for fragment in (
        re.split(r"[.!?](?:\s|$)|\n\s*\n", after, maxsplit=1)[0],
        re.split(r"[.!?]\s|\n\s*\n", before)[-1],
    ):
        for match in _JOINED.finditer(fragment):
            lead, first = _name_ending(match.group("first"))
            second, tail = _name_opening(match.group("second"))
            if not first or not second:
                continue
            if not (_VERB_BEFORE_NAMES.search(lead) or _VERB_AFTER_NAMES.match(f"{tail} {fragment[match.end() :]}")):
                continue
            pair = [
                resolve(*names, quote.start, context.text, context.speakers, context.known_organisations)
                for names in (first, second)
            ]
            if all(pair) and pair[0] != pair[1] and quote.person in pair:
                return pair[0], pair[1]
    return None


def _name_ending(words: str) -> tuple[str, tuple[str, list[str]] | None]:
    """The words before a name that ends `words`, and that name as (title, names)."""
    tokens = words.split()
    runs = name_runs(tokens)
    if not runs or len(runs[-1][1]) < 2 or runs[-1][1][-1] != uncapitalised(tokens[-1]).strip("\"'“”«»()"):
        return words, None
    title, names = runs[-1]
    return " ".join(tokens[: len(tokens) - len(names) - bool(title)]), (title, names)


def _name_opening(words: str) -> tuple[tuple[str, list[str]] | None, str]:
    """The name (title, names) opening `words`, and the words after it."""
    tokens = words.split()
    runs = name_runs(tokens)
    if not runs or len(runs[0][1]) < 2:
        return None, words
    title, names = runs[0]
    if uncapitalised(tokens[0]).strip("\"'“”«»()") != (title or names[0]):
        return None, words
    return (title, names), " ".join(tokens[len(names) + bool(title) :])


# A quotation opening a sentence after one that reports its speaker: "…, Dr. Lemogang Kwape said that Masisi
# went to meet the Europeans…. “We believe that…”".
_SAID_THAT = re.compile(r"\s(?:said|says|told\s+[\w ]{1,30}?|explained|added|stated)\s+(?:that|que|qu['’])\s")
_REPORTED_CHARS = 400


def _reported_before(context: Context, quote: Quote, paragraph_start: int) -> str:
    window = unwrap(context.text[max(paragraph_start, quote.start - _REPORTED_CHARS) : quote.start]).rstrip()
    previous = re.split(r"(?<=[.!?])\s+", window)[-1] if window.endswith((".", "!", "?")) else ""
    if not (said := _SAID_THAT.search(previous)):
        return ""
    who = previous[: said.start()]
    if re.search(rf"\b{PRONOUN}$", who, re.IGNORECASE):
        return referent(context, quote.start)
    text, speakers, known = context.text, context.speakers, context.known_organisations
    if person := person_named(who, quote.start, text, speakers, known, pick="before"):
        return person
    return titled_person(context, who, quote.start)


_OFFICE_TITLES = "|".join(sorted({word for word in TITLES | OFFICE_WORDS if word.isalpha()}, key=len, reverse=True))
# A French incise inside the quotation: « Le premier Forum a été un succès, a indiqué Andrey Polyakov, le président… »,
# « …, nous dit Jean Mbala. »
_INCISE = re.compile(
    rf",\s+{FR_SPOKEN_TO}?(?:(?:a|ont)\s+)?(?:{FR_VERBS}|{EN_VERBS})\s+"
    # « …, a déclaré le ministre Baird. »: an office, with its article, may come before the name, in words of its own
    # too: « …, souligne le député Georges Dallemagne (cdH). », « …, dit l'ancien ministre Jean Mbala. »
    rf"(?P<who>(?:(?:le|la|l['’]|the)\s*(?:(?:{_OFFICE_TITLES})\s+|(?:[a-zà-ÿ][\w’'-]*\s+){{1,3}}))?"
    rf"[A-ZÀ-Ý][^,.;:!?]{{2,60}}?)\s*[,.;]"
    rf"|,\s+(?P<who_first>[A-ZÀ-Ý][^,.;:!?]{{2,60}}?)\s+(?:(?:a|has)\s+)?(?:{FR_VERBS}|{EN_VERBS})\b"
)


# …or by a pronoun: « On parle, a-t-il ajouté, d'or… », « …, poursuit-elle, … », "“We will, he said, go on.”".
_PRONOUN_INCISE = re.compile(
    rf",\s+(?:a-t-(?:il|elle)\s+(?:{FR_VERBS})|(?:{FR_VERBS})-(?:t-)?(?:il|elle)|(?:he|she)\s+(?:{EN_VERBS}))\s*[,.;]"
)


def incise(context: Context, quote: Quote) -> str:
    for match in _INCISE.finditer(quote.text):
        who = match.group("who") or match.group("who_first")
        person = person_named(
            who, quote.start, context.text, context.speakers, context.known_organisations, pick="first"
        )
        if person:
            return person
    if _PRONOUN_INCISE.search(quote.text):
        return referent(context, quote.start)
    return ""


def continued_speaker(text: str, quote: Quote, previous: list[Quote], paragraph_starts: list[int]) -> str:
    """A second quote right after an attributed one continues it: “…”, says X. “More words.”"""
    if not previous or not previous[-1].person:
        return ""
    last = previous[-1]
    if last.paragraph == quote.paragraph:
        return last.person
    starts_paragraph = paragraph_starts[quote.paragraph] == quote.start
    if last.paragraph == quote.paragraph - 1 and starts_paragraph:
        paragraph_end = paragraph_starts[quote.paragraph] - 2
        if paragraph_end - last.end < 200:
            return last.person
    return ""
