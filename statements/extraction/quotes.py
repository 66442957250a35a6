"""Quoted speech and the people it is attributed to, in English and French."""

import bisect
import itertools
import re
from dataclasses import dataclass

from .names import is_place_or_body, surname_pattern
from .officials import country_in
from .organisations import looks_like_organisation
from .records import QuoteMatch
from .sentences import join_broken_paragraphs

# French nests guillemets: « … les « diamants du sang » … » is one quotation.
_QUOTE = re.compile(
    r"“(?P<curly>[^“”]{2,3000}?)”|«(?P<guillemets>(?:[^«»]|«[^«»]{0,300}»){2,3000}?)»|„(?P<low>[^„“”\n]{2,3000}?)[“”]"
    r"|\"(?P<straight>(?:[^\"\n]|\n(?!\n)){2,3000}?)\""
    # Single marks, as British papers quote: 'We will not give up,' said X. An apostrophe inside a word
    # ("don't") is no mark; the closing one follows the quotation's own punctuation.
    r"|(?<![\w'‘’])'(?P<single>(?:[^'\n]|(?<=\w)'(?=\w)){2,1000}?[,.!?])'(?![\w'])"
    r"|‘(?P<single_curly>(?:[^‘’\n]|(?<=\w)’(?=\w)){2,1000}?[,.!?])’(?!\w)"
    # A headline's words, with no closing stop, signed after a dash or introduced by a colon: "‘…’ – Amara Okonkwo",
    # "Amara Okonkwo: ‘…’".
    r"|(?<![\w'‘’])['‘](?P<headline>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,300}?)['’](?=[ \t]*[–—-][ \t]*[A-ZÀ-Ý])"
    r"|(?<=:[ \t])['‘](?P<headline_after_colon>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,300}?)['’](?=[ \t]*$)"
    # Typed inconsistently: "Contrary to the Chair’s Notice, …,” said Minister Baird.
    r"|\"(?P<mixed>[^\"“”\n]{2,3000}?)”"
    # Closing marks at both ends, as some sites print them: ”We will not give up,” said X.
    r"|”(?P<closing_twice>[^“”\n]{2,3000}?)”",
    re.MULTILINE,
)
_EN_VERBS = (
    r"says|said|say|explains|explained|stresses|stressed|concludes|concluded|adds|added|notes|noted|states|stated"
    r"|emphasi[sz]es|emphasi[sz]ed|underlines|underlined|insists|insisted|argues|argued|warns|warned|comments"
    r"|commented|remarks|remarked|continues|continued|observes|observed|declares|declared|told|tells|urges|urged"
    r"|highlights|highlighted|recalls|recalled|points\s+out|pointed\s+out|asks|asked|went\s+on|goes\s+on|believes"
    r"|laments|lamented|deplores|deplored|regrets|regretted|saying|cautions|cautioned|reiterates|reiterated"
    r"|affirms|affirmed|acknowledges|acknowledged|maintains|maintained|contends|contended|adding"
    r"|replies|replied|responds|responded|answers|answered|admits|admitted|concedes|conceded|writes|wrote|claims"
    r"|claimed|confirms|confirmed|pledges|pledged|promises|promised|vows|vowed|suggests|suggested|predicts"
    r"|predicted|announces|announced|asserts|asserted|agrees|agreed|complains|complained|recounts|recounted"
    r"|indicates|indicated|mentions|mentioned|charges|charged|demands|demanded|reflects|reflected|quipped"
    # A plea is a speech act too: "Ms. Federica Mogherini made a strong plea to move “from blood diamonds to…”".
    r"|pleaded|appealed|(?:called|calls)\s+(?:for|on)|(?:made|makes)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:plea|appeal|call)"
)
_FR_VERBS = (
    r"déclare|déclaré|explique|expliqué|souligne|souligné|ajoute|ajouté|conclut|conclu|affirme|affirmé|estime"
    r"|estimé|insiste|insisté|rappelle|rappelé|précise|précisé|indique|indiqué|poursuit|poursuivi|dit|regrette"
    r"|regretté|déplore|déploré|dénonce|dénoncé|observe|observé|martèle|martelé|commente|commenté|s['’]insurge"
    r"|avertit|averti|prévient|alerte|alerté|lance|lancé|note|noté|constate|constaté|renchérit|résume|résumé"
    r"|disait|expliquait|soulignait|ajoutait|précisait|affirmait|déclarait|indiquait|estimait|insistait"
    r"|souligner|rappeler|préciser|déclarer|indiquer|affirmer|insister|exprimé|exprime"
    r"|assure|assuré|réagit|réagi|confie|confié|reconnaît|reconnait|reconnu|plaide|plaidé|annonce|annoncé"
    r"|répond|répondu|rétorque|rétorqué|fait\s+savoir|relève|relevé|soutient|soutenu|tranche|tranché|juge|jugé"
    r"|témoigne|témoigné|raconte|raconté|fustige|fustigé|promet|promis|réaffirme|réaffirmé|mis\s+en\s+garde"
)
_VERBS = f"(?:{_EN_VERBS}|{_FR_VERBS})"
_PRONOUN = r"(?:he|she|il|elle)"
# "According to him, “…”", "Selon lui, « … »", "Pour elle, « … »".
_ANY_PRONOUN = r"(?:he|she|il|elle|him|her|lui|eux)"
_FR_WHEN = (
    r"(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|aujourd['’]hui)"
    r"(?:\s+(?:matin|soir|après-midi))?)"
)
# The passive of the news wires: "Amara Okonkwo was quoted as saying", "he is reported by the Herald as saying".
_QUOTED_AS = r"(?:(?:was|were|is|has\s+been)\s+(?:quoted|reported)\s+(?:by\s+[^\n,.;:!?“”«»\"]{1,60}?\s+)?as\s+)"
# “…”, says Shamiso Mtisi / », a déclaré Jean Dupont / », explique-t-il / », a-t-elle ajouté
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*[,;:–—-]?\s*(?:(?:a|ont|has|had)\s+|a-t-(?P<pronoun_before>il|elle)\s+)?(?P<verb>{_VERBS}|according\s+to|selon)"
    rf"(?:-t-(?P<pronoun_t>il|elle)|-(?P<pronoun>il|elle))?"
    # When, where and whom it was said to, before the name: "a déclaré à l’AFP Jean Mbala", "a déclaré mardi à
    # Kinshasa Jean Mbala".
    rf"(?:\s+(?:{_FR_WHEN}|(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?[\w’'-]+)){{0,3}}\b(?P<who>[^\n]{{0,160}})",
    re.IGNORECASE,
)
# “…”, Shamiso Mtisi said / », Jean Dupont a déclaré / ”, he added / ”, Jaff Bamenjo, the Coalition's man, told
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*[,;:–—-]?\s*(?P<who>[^\n,.;:!?“”«»\"]{{1,80}}?)(?:,\s*(?P<apposed>[^\n,.;:!?“”«»\"]{{1,90}}?)(?:,\s*[^\n,.;:!?“”«»\"]{{1,90}}?)?,?)?"
    rf"\s+(?:(?:a|has|had)\s+|{_QUOTED_AS})?{_VERBS}\b",
    re.IGNORECASE,
)
# Shamiso Mtisi said: “…” / Jean Dupont déclare : « … » / Mtisi told reporters: “…”
_BEFORE_VERB = re.compile(
    rf"(?P<who>[^\n.!?“”«»\"]{{1,100}}?)\s+(?:(?:a|has|had)\s+|{_QUOTED_AS})?{_VERBS}"
    rf"(?:\s*[:,]?|(?:\s+(?:that|que|qu['’])?(?:\s*[^\n.!?“”«»\"]{{0,150}})?)|(?:\s+[\w’'-]+){{1,8}}\s*:)\s*$",
    re.IGNORECASE,
)
_BEFORE_COLON = re.compile(r"^(?P<who>[A-ZÀ-Ý][^\n.!?“”«»\":]{2,100}?)\s*:\s*$", re.MULTILINE)
# "According to X, coordinator of the network, “…”": an office may follow the name.
_BEFORE_ACCORDING = re.compile(
    r"(?:according\s+to|in\s+the\s+words\s+of|(?:aux\s+yeux|pour\s+reprendre\s+les\s+(?:mots|termes|propos))"
    r"\s+d(?:e\s+|['’])|selon|pour|d['’]après)\s*(?P<who>[^\n,.;:!?“”«»\"]{1,80})(?:,\s*[^\n,.;:!?“”«»\"]{1,100})?,\s*$",
    re.I,
)
# "As Amara Okonkwo put it, “…”", "As the coordinator, Amara Okonkwo, puts it: “…”".
_BEFORE_PUT_IT = re.compile(r"\bas\s+(?P<who>[^\n.;:!?“”«»\"]{3,120}?)\s+(?:put|puts)\s+it\s*[,:]\s*$", re.I)

_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "m", "mme", "madame", "monsieur", "mlle",
    "mademoiselle", "me", "hon", "honourable", "ambassador", "ambassadeur", "ambassadrice", "minister", "ministre",
    "president", "président", "présidente", "chair", "chairperson", "chairman", "director", "directeur", "directrice",
    "h.e.", "s.e.", "excellency", "excellence", "honorable", "hon.", "dr.", "mr.", "mrs.", "ms.", "prof.",
    "shri", "smt", "ambasador", "rev", "rev.", "reverend", "sheikh", "sheik", "cheikh", "senator", "sen", "sen.",
    "amb", "amb.", "maître", "maitre", "docteur", "professeur", "pr", "alhaji", "alhaja", "lord", "baroness", "rt",
    "gen", "gen.", "mgr", "monseigneur", "engr", "eng", "s.e.m", "s.e.m.",
}  # fmt: skip
# Capitalised words of an office, not of a name: "Minister of Mineral Resources Susan Shabangu".
_OFFICE_WORDS = {
    "mines", "mining", "mineral", "minerals", "resources", "natural", "development", "foreign", "affairs", "trade",
    "industry", "labour", "labor", "finance", "finances", "economy", "economic", "commerce", "external", "relations",
    "energy", "health", "interior", "justice", "environment", "deputy", "secretary", "general", "spokesman",
    "spokesperson", "spokeswoman", "executive", "chief", "officer", "vice", "acting", "permanent", "representative",
    "commissioner", "governor", "premier", "coordinator", "senior", "adviser", "advisor", "head", "policy",
    "affaires", "étrangères", "etrangeres", "géologie", "geologie", "délégué", "délégation", "porte-parole",
    "coordonnateur", "coordinateur", "secrétaire", "général", "generale", "générale", "adjoint", "adjointe",
    "campaigner", "researcher", "analyst", "convener", "convenor", "activist", "manager", "chargé", "chargée",
    "assistant", "special", "under",
}  # fmt: skip
_PARTICLES = {"de", "da", "das", "do", "dos", "du", "des", "van", "von", "der", "den", "ter", "di", "del", "bin", "ibn"}
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "our", "we", "it", "in", "as", "but", "and", "according", "while",
    "le", "la", "les", "nous", "notre", "il", "elle", "ce", "cette", "selon", "mais", "et", "en", "he", "she",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "par",
    "his", "her", "son", "sa", "pour", "for", "from", "with", "to", "after", "on", "at", "of", "d'après", "d’après",
    # A verb of saying opening the sentence: "Commented Sanjay Shah, Convener, DPC, GJEPC: “…”".
    "commented", "added", "said", "says", "stated", "noted", "explained", "continued", "concluded", "declared",
    # Capitalised words of meetings and programmes: "General Assembly Plenary Meeting", "Responsible Sourcing".
    "assembly", "plenary", "meeting", "session", "conference", "summit", "sourcing", "responsible", "resolution",
    "nations",
}  # fmt: skip
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n—–]|\.\s|\s-\s|\.$")
_STOP_WORDS = re.compile(
    r"\s(?:of|from|at|for|in|on|with|who|whose|during|after|before|when|while|and|du|des|pour|chez|qui|au|aux"
    r"|dans|lors|auprès|avec|à|et)\s",
)
_ABBREVIATION_DOT = re.compile(r"\b((?i:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Amb|Gen)|St|Mme|Mlle|Me|M)\.(?=\s)")
_INITIAL_DOT = re.compile(r"\b([A-Z])\.(?=\s|[A-Z])")
_MIN_QUOTE_WORDS = 4


@dataclass
class _Quote:
    start: int
    end: int
    paragraph: int
    text: str
    person: str = ""
    also: str = ""  # the second of two speakers: "said Tendai Moyo and Rudo Chikwanha"


# "Address by Tim Martin", "Opening Speech by Shamiso Mtisi", "The following speech was delivered by Boaz
# Hirsch", "Statement by representative of the Russian Federation Evgeny Varganov", "Discours de M. Reynders".
_SPEECH_BY = re.compile(
    r"\b(?:speech|address|remarks|statement|keynote|intervention|message|allocution|discours|d[ée]claration|mot)"
    r"(?:\s+(?:was|were))?(?:\s+(?:delivered|given|made|issued|released|read|prononc[ée]e?|faite?|publi[ée]e?))?"
    r"\s+(?:by|of|de|du|d['’]|par)\s+"
    r"(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE,
)
# "South Africa's Minister of Mineral Resources, Susan Shabangu's address at the…"
_POSSESSIVE_SPEECH = re.compile(
    r"(?P<who>(?:[A-ZÀ-Ý][\w-]*\s+){1,3}[A-ZÀ-Ý][\w-]*)['’]s\s+(?:address|speech|remarks|statement|keynote)\b"
)
# "The chair of the Kimberley Process, Ambassador Gillan Milovanovic, delivered a conciliatory speech…". Not "X made
# the remarks at a meeting": a news report's way of pointing back at words it paraphrased, not a speech's text.
_DELIVERED_SPEECH = re.compile(
    r"(?P<who>[^\n.;:!?“”«»\"]{3,120}?)\s+(?!(?:made|makes)\s+(?:the|these|those)\s+(?i:remarks|comments|statement))"
    r"(?:delivered|delivers|gave|gives|made|makes)\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}"
    r"(?i:speech|address|keynote|remarks|statement)\b"
)
_SPEECH_HEADING = re.compile(
    r"^(?:(?:opening|closing|keynote)\s+)?(?:statement|remarks|address|speech)\s+by\s+\S", re.IGNORECASE
)
_HEADING_LINES = 30
_INITIALS = re.compile(r"(?:[A-Z][.\u2024]){1,3}[A-Z]?|[A-Z]")
_SPEECH_LINES = 8


# "PRESENTATION FOR THE MINISTER OF MINERALS AND ENERGY,\nMS PHUMZILE MLAMBO-NGCUKA": a speech heading with
# its speaker, by title and name, alone on the next line.
_SPEECH_WORD_LINE = re.compile(
    r"^(?:(?:opening|closing|keynote|welcome|welcoming)\s+)?(?:speech|address|remarks|statement|presentation"
    r"|keynote|intervention|allocution|discours)\b",
    re.IGNORECASE,
)
_TITLED_NAME_LINE = re.compile(
    r"^\s*(?P<title>[^\W\d_][\w.]*)\s+(?P<names>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*,?\s*$"
)


def _speaker_under_heading(lines: list[str], text: str, known_organisations) -> str:
    for heading, following in itertools.pairwise(lines):
        if not _SPEECH_WORD_LINE.match(heading) or not (match := _TITLED_NAME_LINE.match(_uncapitalised(following))):
            continue
        if _undot(match.group("title")).lower().rstrip(".") not in _TITLES | {"h.e", "s.e"}:
            continue
        runs = _name_runs(match.group("names").split())
        if len(runs) == 1 and len(runs[0][1]) >= 2:
            names = runs[0][1]
            if person := _resolve("", names, 0, text, [], known_organisations):
                return person
    return ""


def _uncapitalised(line: str) -> str:
    """A line written in capitals ("MS PHUMZILE MLAMBO-NGCUKA") as its names are usually written."""
    return line.title() if line.isupper() else line


def find_speaker(text: str, known_organisations=()) -> str:
    """The person whose speech the document is: named in its first lines ("Address by Tim Martin")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if person := _speaker_under_heading(lines[:_HEADING_LINES], text, known_organisations):
        return person
    # A page's menus may push the heading down: "Statement by Barbara M. Barrett, Senior Adviser, for…".
    headings = [line for line in lines[_SPEECH_LINES:_HEADING_LINES] if _SPEECH_HEADING.match(line)]
    head = "\n".join([*lines[:_SPEECH_LINES], *headings])
    # An initial's dot ("Philip T. Reeker", "K.G. Moshashane") does not end the name.
    head = _ABBREVIATION_MARK.sub("\\1\u2024", head)
    for match in [*_SPEECH_BY.finditer(head), *_DELIVERED_BY.finditer(head), *_POSSESSIVE_SPEECH.finditer(head)]:
        # "Address by Tim Martin, Chairman", "Opening remarks by the KP Chair, Mr. Jacob Thamage"
        for who in _CLAUSE_END.split(match.group("who"), maxsplit=2)[:2]:
            for title, names in reversed(_name_runs(_undot(who).split())):
                if person := _resolve(title, names, match.start(), text, [], known_organisations):
                    return _undot(person)
    for match in _DELIVERED_SPEECH.finditer(head):
        # "Wei Chuanzhong, deputy director of the General Administration of Quality Supervision, …, made the
        # remarks": the subject comes first, an office's capitalised words after it.
        if person := _person(match.group("who"), match.start(), text, [], known_organisations, pick="first"):
            return _undot(person)
    return _name_line_under_heading(lines[:_HEADING_LINES], text, known_organisations) or _signed_after_thanks(
        lines, text, known_organisations
    )


# A speech's closing words, on a line of their own: "Thank you.", "I thank you for your attention.", « Je vous
# remercie. »
_THANKS = re.compile(
    r"^\W*(?:(?:i\s+)?thank\s+you|thanks|je\s+vous\s+remercie|nous\s+vous\s+remercions|merci)\b[^\n]{0,60}$",
    re.IGNORECASE,
)
_SIGNATURE_LINES = 3  # the name within the lines right after the thanks
_CLOSING_LINES = 8  # and the thanks among the text's last lines


def _signed_after_thanks(lines: list[str], text: str, known_organisations) -> str:
    """ "Thank you.\n\nShamiso Mtisi\nCoordinator, KP Civil Society Coalition": the speaker who signs the speech's
    last lines, by a name alone on its line with the office beside or below it (or a title before it)."""
    if not _opens_like_a_speech(lines[:_HEADING_LINES]):
        return ""
    closing = lines[-_CLOSING_LINES:]
    thanks = [index for index, line in enumerate(closing) if _THANKS.match(line.strip())]
    if not thanks:
        return ""
    after = [*closing[thanks[-1] + 1 :], ""]
    for index, line in enumerate(after[:_SIGNATURE_LINES]):
        name, _, office = _ABBREVIATION_MARK.sub("\\1\u2024", line.strip()).partition(",")
        tokens = _uncapitalised(_undot(name)).split()
        runs = _name_runs(tokens)
        if len(runs) != 1 or len(runs[0][1]) < 2 or len(runs[0][1]) + bool(runs[0][0]) != len(tokens):
            continue
        if runs[0][0] or _names_an_office(office or after[index + 1], known_organisations):
            return _undot(_resolve(*runs[0], len(text), text, [], known_organisations))
    return ""


# How a speech addresses its audience: "Chair,", "Excellencies, ladies and gentlemen", « Monsieur le Président, ».
_SALUTATION = re.compile(
    r"^\W*(?:(?:mr\.?|mister|madam|madame|monsieur)\s+(?:the\s+|le\s+|la\s+)?)?(?:chair(?:man|person|woman)?"
    r"|president|pr[ée]sidente?|excellenc(?:y|ies)|your\s+excellenc|ladies|distinguished|dear|honou?rable|colleagues"
    r"|mesdames|messieurs|chers|ch[èe]res|honorables?)\b",
    re.IGNORECASE,
)


def _opens_like_a_speech(lines: list[str]) -> bool:
    """A heading naming a speech ("Opening statement", "Intervention") or a line addressing the audience."""
    return any(_SPEECH_WORD_LINE.match(line.strip()) or _SALUTATION.match(line.strip()) for line in lines)


def _names_an_office(line: str, known_organisations) -> bool:
    """ "Coordinator, KP Civil Society Coalition", "Ministre des Mines", "European Commissioner for Trade"."""
    words = [word.strip(",.;:").lower() for word in line.split()[:3]]
    if any(word in _OFFICE_WORDS or word in _TITLES for word in words):
        return True
    return bool(line.strip()) and (looks_like_organisation(line, known_organisations) or bool(country_in(line)))


# A speech's heading line giving only who delivered it: "Delivered by: His Excellency Amara Okonkwo, Ambassador".
_DELIVERED_BY = re.compile(
    r"^\W*(?:delivered|presented|read|prononc[ée]e?)\s+(?:by|par)\s*:?\s*(?P<who>[^\n.;:!?“”«»\"]{3,100})",
    re.IGNORECASE | re.MULTILINE,
)


def _name_line_under_heading(lines: list[str], text: str, known_organisations) -> str:
    """ "Opening Remarks by the KP Chair\n\nAMARA OKONKWO": a speech heading naming an office, and on the line
    below it a name and nothing else."""
    for heading, following in itertools.pairwise(lines):
        if not _SPEECH_WORD_LINE.match(heading.strip()):
            continue
        tokens = _uncapitalised(following.strip()).split()
        runs = _name_runs(tokens)
        if len(runs) == 1 and 2 <= len(runs[0][1]) == len(tokens) <= 4:
            return _resolve("", runs[0][1], 0, text, [], known_organisations)
    return ""


def find_quotes(text: str, known_organisations=()) -> list[QuoteMatch]:
    # A title's or an initial's dot ("Mr. K.G. Moshashane") ends no sentence: hide it from the patterns.
    text = _ABBREVIATION_MARK.sub("\\1\u2024", join_broken_paragraphs(text))
    paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n\n", text)]
    speakers: list[str] = []
    quotes: list[_Quote] = []
    for start, end, raw in _quoted_spans(text):
        inner = " ".join(raw.split()).strip(" ,;")
        if len(inner.split()) < _MIN_QUOTE_WORDS and not (
            _short_but_attributed(text, end, raw) or _cut_by_the_text_end(text, end)
        ):
            continue
        paragraph = _paragraph_of(start, paragraph_starts)
        quote = _Quote(start, end, paragraph, inner)
        if _names_a_title(text, start):
            quotes.append(quote)  # a title, said by nobody: no speaker, and none it could continue
            continue
        context = _Context(text, speakers, [q for q in quotes if q.person], known_organisations)
        quote.person = _attribute(context, quote, paragraph_starts[paragraph]) or _signed_below(context, quote)
        if quote.person and (pair := _joint_speakers(context, quote)):
            quote.person, quote.also = pair
        if not quote.person:
            quote.person = _continued_speaker(text, quote, quotes, paragraph_starts)
        if not quote.person:
            quote.person = _incise(context, quote)
        speakers.extend(person for person in (quote.person, quote.also) if person)
        quotes.append(quote)
    found = [
        QuoteMatch(person=_undot(person), text=_undot(quote.text))
        for quote in quotes
        for person in (quote.person, quote.also)
        if person
    ]
    return found + _interview_turns(text, known_organisations) + _questions_and_answers(text, known_organisations)


_CLOSING_MARKS = "”»\"'’“"


def _cut_by_the_text_end(text: str, end: int) -> bool:
    """ "…a déclaré que le processus « est confront": a quotation still open where an excerpt of the text stops
    was cut, not short; its attribution says whether it is speech."""
    return not text[end:].strip() and text[:end].rstrip()[-1:] not in _CLOSING_MARKS


def _short_but_attributed(text: str, end: int, raw: str) -> bool:
    """ "The scheme is “simply not working,” Tendai Moyo said." / « reste vrai aujourd’hui », a-t-il déclaré: a
    few words are a quotation when a comma closes them and the attribution follows at once."""
    if len(raw.split()) < 2:
        return False
    after = text[end : end + 200]
    if not (raw.rstrip().endswith(",") or re.match(r"[ \t]*,", after)):
        return False
    if (match := _AFTER_VERB_FIRST.match(after)) and not match.group("verb").lower().startswith(("acc", "sel")):
        return True
    return bool((match := _AFTER_NAME_FIRST.match(after)) and not match.group("apposed"))


# What a title, a slogan or a theme is given by: "a report titled “…”", "under the slogan “…”", "intitulé « … »".
_TITLE_BEFORE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|themed|labell?ed|slogan|motto|banner|headline|theme|title"
    r"|intitul[ée]e?s?|baptis[ée]e?s?|nomm[ée]e?s?|th[èe]me|devise|titre|mot\s+d['’]ordre"
    # A document named by its title: "resolution A/RES/70/12 “…”", "the report “…”", « le rapport « … » ».
    r"|(?:resolution|report|book|film|documentary|study|paper|campaign|programme|résolution|rapport|livre"
    r"|documentaire|étude|campagne)(?:[ \t]+[A-Z0-9][\w/.-]*\d[\w/.-]*)?)[ \t]*[:,]?[ \t]*$",
    re.IGNORECASE,
)


# "…what he called “…”": someone's own words for a thing, not a thing's title.
_WHAT_SOMEONE_CALLED = re.compile(
    r"\b(?:what|he|she|they)\s+(?:[\w’'-]+\s+){0,3}(?:called|calls|dubbed|dubs)\s*$", re.I
)


def _names_a_title(text: str, start: int) -> bool:
    """ "Amara Okonkwo wrote a book titled “…”": words a title or a slogan is given, not words anyone said."""
    window = text[max(0, start - 40) : start]
    return bool(_TITLE_BEFORE.search(window)) and not _WHAT_SOMEONE_CALLED.search(window)


# A title in capitals too: "HON. AMARA OKONKWO".
_ABBREVIATION_MARK = re.compile(r"\b((?i:Mr|Mrs|Ms|Dr|Prof|Hon|Amb|Rev)|Gen|St|Mme|Mlle|[A-Z])\.(?=[ \t]*[A-Z]|[A-Z])")


def _undot(value: str) -> str:
    return value.replace("\u2024", ".")


@dataclass
class _Context:
    text: str
    speakers: list[str]
    attributed: list[_Quote]  # the quotes attributed so far, in order
    known_organisations: tuple | list


_OPEN_QUOTE = re.compile(r"[“\"](?=\S)|«(?=[ \t\u00a0\u202f]*\S)")


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """Every quotation as (start, end, words). A quotation running over several paragraphs opens each one
    and closes only at its end, so a paragraph left open is quoted to its end."""
    spans = [
        (match.start(), match.end(), next(g for g in match.groups() if g is not None))
        for match in _QUOTE.finditer(text)
    ]
    spans.sort()
    starts = [start for start, _, _ in spans]
    offset = 0
    for paragraph in text.split("\n\n"):
        # The quotations opening in this paragraph: a slice of the sorted spans, not a scan of them all.
        inside = spans[bisect.bisect_left(starts, offset) : bisect.bisect_left(starts, offset + len(paragraph))]
        last_end = max((end for _, end, _ in inside), default=offset)
        if opening := _OPEN_QUOTE.search(paragraph, last_end - offset):
            start = offset + opening.start()
            spans.append((start, offset + len(paragraph), text[start + 1 : offset + len(paragraph)]))
        offset += len(paragraph) + 2
    return sorted(spans)


def _paragraph_of(position: int, paragraph_starts: list[int]) -> int:
    return bisect.bisect_right(paragraph_starts, position) - 1


def _attribute(context: _Context, quote: _Quote, paragraph_start: int) -> str:
    text, speakers, known_organisations = context.text, context.speakers, context.known_organisations
    after = _unwrap(text[quote.end : quote.end + 200])
    if quote.text[-1:] in ".!?" and "\n" in after[: len(after) - len(after.lstrip())]:
        after = ""  # a quoted sentence closing its line: what follows is the next sentence, not its attribution
    if re.match(r"[ \t]*\n[ \t]*\n", after):
        after = ""  # a quotation closing its paragraph: the next one does not attribute it
    if match := _AFTER_VERB_FIRST.match(after):
        if match.group("pronoun_before") or match.group("pronoun_t") or match.group("pronoun"):
            return _referent(context, quote.start)
        who = match.group("who")
        if re.match(rf"\s*{_PRONOUN}\b", who, re.IGNORECASE):
            return _referent(context, quote.start)
        if person := _person(who, quote.start, text, speakers, known_organisations, pick="first"):
            return person
        if person := _office_after_the_verb(context, who, quote.start):
            return person
    if match := _AFTER_NAME_FIRST.match(after):
        who = match.group("who").strip()
        if re.fullmatch(_PRONOUN, who, re.IGNORECASE):
            return _referent(context, quote.start)
        if person := _person(who, quote.start, text, speakers, known_organisations, pick="last"):
            return person
        if person := _titled_person(context, who, quote.start):
            return person
        # "”, the network's coordinator, Amara Okonkwo, said": the name apposed to an office.
        if (apposed := match.group("apposed")) and (
            person := _person(apposed, quote.start, text, speakers, known_organisations, pick="last")
        ):
            return person
    before = _unwrap(text[max(paragraph_start, quote.start - 200) : quote.start])
    if not re.split(r"[.!?]\s", before)[-1].strip():
        return _reported_before(context, quote, paragraph_start)
    before = re.split(r"[.!?]\s", before)[-1]
    for pattern in (_BEFORE_VERB, _BEFORE_ACCORDING, _BEFORE_PUT_IT, _BEFORE_COLON):
        if match := pattern.search(before):
            who = match.group("who").strip()
            if _PASSIVE_SUBJECT.search(who):
                continue  # "Tendai Moyo was mentioned in the report": spoken of, not speaking
            if re.fullmatch(_ANY_PRONOUN, who, re.IGNORECASE) or re.search(rf"\b{_PRONOUN}$", who, re.IGNORECASE):
                return _referent(context, quote.start)
            if person := _person(who, quote.start, text, speakers, known_organisations, pick="before"):
                return person
            if person := _titled_person(context, who, quote.start):
                return person
    return ""


# The subject of a passive before the verb: "X was mentioned", "X has been asked", "X a été cité".
_PASSIVE_SUBJECT = re.compile(r"\s(?:was|were|is|are|be|been|being|été)$", re.IGNORECASE)


# A quotation signed on the lines below it: "« … »\n\nHerbert Mbala\n\nMinistre des Mines", "“…”\n— Amara Okonkwo",
# or after a dash on its own line, as headlines are: "‘…’ – Amara Okonkwo".
_SIGNED_BELOW = re.compile(
    r"(?:[ \t]*\n\s*(?P<dash>[—–-]\s*)?|[ \t]*(?P<dash_inline>[—–-])[ \t]*)"
    r"(?P<who>[^\W\d_][^\n,]{2,59})(?P<office>,[^\n]{3,120})?(?:\n+\s*(?P<next>[^\n]*))?"
)


def _signed_below(context: _Context, quote: _Quote) -> str:
    if not (match := _SIGNED_BELOW.match(context.text, quote.end)):
        return ""
    tokens = _undot(match.group("who")).split()
    runs = _name_runs(tokens)
    if len(runs) != 1 or len(runs[0][1]) < 2 or len(runs[0][1]) + bool(runs[0][0]) != len(tokens):
        return ""  # the line is a name, and only a name
    # Without a dash or an office beside it, a name line is a signature only above an office: "Ministre des Mines".
    following = (match.group("next") or "").split()
    beside = match.group("dash") or match.group("dash_inline") or match.group("office")
    if not beside and not (following and following[0].lower().strip(",.") in _OFFICE_WORDS | _TITLES):
        return ""
    return _resolve(*runs[0], quote.start, context.text, context.speakers, context.known_organisations)


# Two speakers in one attribution: "said Tendai Moyo and Rudo Chikwanha", "Tendai Moyo, of ZELA, and Rudo Chikwanha
# said", « ont déclaré Jean Mbala et Aïcha Diallo ».
_JOINED = re.compile(
    r"(?P<first>[^,;:()\n]+?)(?:,[^,;:()\n]{1,80},)?[ \t]+(?:and|et|&)[ \t]+(?P<second>[^,;:()\n]+)", re.IGNORECASE
)
_VERB_BEFORE_NAMES = re.compile(rf"\b(?:{_VERBS})(?:\s+[\w’'-]+){{0,5}}\s*$", re.IGNORECASE)
_VERB_AFTER_NAMES = re.compile(
    rf"^\s*(?:,[^,;:()\n]{{1,80}},)?\s*(?:(?:a|ont|have|has|had)\s+|{_QUOTED_AS})?(?:{_VERBS})\b", re.IGNORECASE
)


def _joint_speakers(context: _Context, quote: _Quote) -> tuple[str, str] | None:
    """Two speakers, in their order, joined by "and" or "et" right after or before the verb that attributes the
    quote to one of them."""
    after = _unwrap(context.text[quote.end : quote.end + 200])
    before = _unwrap(context.text[max(0, quote.start - 200) : quote.start])
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
                _resolve(*names, quote.start, context.text, context.speakers, context.known_organisations)
                for names in (first, second)
            ]
            if all(pair) and pair[0] != pair[1] and quote.person in pair:
                return pair[0], pair[1]
    return None


def _name_ending(words: str) -> tuple[str, tuple[str, list[str]] | None]:
    """The words before a name that ends `words`, and that name as (title, names)."""
    tokens = words.split()
    runs = _name_runs(tokens)
    if not runs or len(runs[-1][1]) < 2 or runs[-1][1][-1] != _uncapitalised(tokens[-1]).strip("\"'“”«»()"):
        return words, None
    title, names = runs[-1]
    return " ".join(tokens[: len(tokens) - len(names) - bool(title)]), (title, names)


def _name_opening(words: str) -> tuple[tuple[str, list[str]] | None, str]:
    """The name (title, names) opening `words`, and the words after it."""
    tokens = words.split()
    runs = _name_runs(tokens)
    if not runs or len(runs[0][1]) < 2:
        return None, words
    title, names = runs[0]
    if _uncapitalised(tokens[0]).strip("\"'“”«»()") != (title or names[0]):
        return None, words
    return (title, names), " ".join(tokens[len(names) + bool(title) :])


# A quotation opening a sentence after one that reports its speaker: "…, Dr. Lemogang Kwape said that Masisi
# went to meet the Europeans…. “We believe that…”".
_SAID_THAT = re.compile(r"\s(?:said|says|told\s+[\w ]{1,30}?|explained|added|stated)\s+(?:that|que|qu['’])\s")
_REPORTED_CHARS = 400


def _reported_before(context: _Context, quote: _Quote, paragraph_start: int) -> str:
    window = _unwrap(context.text[max(paragraph_start, quote.start - _REPORTED_CHARS) : quote.start]).rstrip()
    previous = re.split(r"(?<=[.!?])\s+", window)[-1] if window.endswith((".", "!", "?")) else ""
    if not (said := _SAID_THAT.search(previous)):
        return ""
    who = previous[: said.start()]
    if re.search(rf"\b{_PRONOUN}$", who, re.IGNORECASE):
        return _referent(context, quote.start)
    text, speakers, known = context.text, context.speakers, context.known_organisations
    return _person(who, quote.start, text, speakers, known, pick="before") or _titled_person(context, who, quote.start)


# "the minister said", "the Mines and Mineral Resources Minister cautioned", "la présidente a souligné": an
# office standing for the person named with it earlier.
_DEFINITE_OFFICE = re.compile(
    r"\b(?:the|le|la|l['’])\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}(?P<office>minister|ministre|chair(?:man|woman|person)?|president|pr[ée]sident(?:e)?"
    r"|ambassador|ambassadeur|ambassadrice|director|directeur|directrice|coordinator|coordonnat(?:eur|rice)"
    r"|spokes(?:man|woman|person)|porte-parole)\b",
    re.IGNORECASE,
)
_OFFICE_NAME_CHARS = 100


def _titled_person(context: _Context, who: str, position: int) -> str:
    if not (office := _DEFINITE_OFFICE.search(who)):
        return ""
    found = ""
    word = re.escape(office.group("office"))
    for mention in re.finditer(rf"\b{word}\b", context.text[:position], re.IGNORECASE):
        following = context.text[mention.end() : mention.end() + _OFFICE_NAME_CHARS]
        person = _person(
            following, mention.start(), context.text, context.speakers, context.known_organisations, "first"
        )
        found = person or _titled_surname(context, mention) or _apposed_to_office(context, mention.start()) or found
    return found


def _titled_surname(context: _Context, mention: re.Match) -> str:
    """ "President Moyo opened the session": the office as a title before a surname the text gives alone."""
    if not mention.group()[:1].isupper():
        return ""
    words = context.text[mention.start() : mention.end() + _OFFICE_NAME_CHARS]
    if not (match := re.match(r"\S+[ \t]+(?P<surname>[A-ZÀ-Ý][\w’'-]+)\b", words)):
        return ""
    surname = match.group("surname")
    if not _is_name_token(surname) or surname.endswith(("'s", "’s")):
        return ""
    return _resolve(mention.group(), [surname], mention.start(), context.text, [], context.known_organisations)


# A name the office is apposed to: "Amara Okonkwo, the mines minister,", "Jean Mbala, ministre des Mines,".
_NAME_BEFORE_OFFICE = re.compile(
    r"(?P<who>(?:[A-ZÀ-Ý][\w’'\u2024.-]*[ \t]+){0,3}[A-ZÀ-Ý][\w’'\u2024-]*),[ \t]+(?:[\w’'-]+[ \t]+){0,4}$"
)


def _apposed_to_office(context: _Context, office_start: int) -> str:
    before = context.text[max(0, office_start - _OFFICE_NAME_CHARS) : office_start]
    if not (match := _NAME_BEFORE_OFFICE.search(before)):
        return ""
    text, speakers, known = context.text, context.speakers, context.known_organisations
    return _person_in(_undot(match.group("who")), office_start, text, speakers, known, "last")


def _office_after_the_verb(context: _Context, who: str, position: int) -> str:
    """ "“…,” said the minister." / "« … », a soutenu le ministre.": the office, opening the words after the
    verb, stands for the person named with it earlier."""
    clause = _CLAUSE_END.split(who.strip(), maxsplit=1)[0]
    return _titled_person(context, clause, position) if _DEFINITE_OFFICE.match(clause) else ""


# A line broken inside a sentence ("…," Mboli\nFatrane said.): the attribution reads across it.
_BROKEN_LINE = re.compile(r"(?<=[^\s.!?:;”\"»])[ \t]*\n+[ \t]*(?=\S)")


def _unwrap(window: str) -> str:
    return _BROKEN_LINE.sub(" ", window)


# Someone named as the subject of what they say or do: "Hirsch said that…", "Benjamin Ben-Eliezer welcomed…".
_SUBJECT_PERSON = re.compile(
    rf"(?P<who>(?:[A-ZÀ-Ý][\w’'\u2024.-]*[ \t]+){{0,6}}[A-ZÀ-Ý][\w’'\u2024-]*),?[ \t]+(?:(?:a|has|had)[ \t]+)?"
    rf"(?:{_VERBS}|welcomed|welcomes|announced|announces|described|expressed|wrote|writes|a\s+(?:ouvert|salué))\b"
)
# …or with an office between: "Alan Martin, research director for Partnership Africa Canada, …, tells JCK".
_APPOSED_PERSON = re.compile(
    rf"(?P<who>[A-ZÀ-Ý][\w’'\u2024.-]*(?:[ \t]+[A-ZÀ-Ý][\w’'\u2024-]*){{1,3}}),"
    rf"[ \t]+[a-zà-ÿ][^.;:!?“”«»\"\n]{{2,160}}?,[ \t]+(?:(?:a|has|had)[ \t]+)?"
    rf"(?:{_VERBS}|welcomed|welcomes|announced|announces)\b"
)
_REFERENT_CHARS = 600
# "…the Minister of Health and Child Care said": capitalised words after "of" or "and" name an office.
_OFFICE_BEFORE = re.compile(r"\b(?:of|and|for|the|de|du|des|et)[ \t]+$")


def _referent(context: _Context, position: int) -> str:
    """Who "he" or "she" is: the speaker of the last quote, or someone named since as the subject of a verb."""
    last = context.attributed[-1] if context.attributed else None
    window_start = max(last.end if last else 0, position - _REFERENT_CHARS)
    window = _unwrap(context.text[window_start:position])
    subjects = sorted([*_SUBJECT_PERSON.finditer(window), *_APPOSED_PERSON.finditer(window)], key=lambda m: m.end())
    for match in reversed(subjects):
        who = match.group("who")
        if re.fullmatch(rf"{_PRONOUN}", who, re.IGNORECASE):
            continue
        if _OFFICE_BEFORE.search(window[: match.start()]) and who.split()[0].lower() not in _OFFICE_WORDS:
            continue
        person = _person_in(
            _undot(who), window_start + match.start(), context.text, context.speakers,
            context.known_organisations, "last",
        )  # fmt: skip
        if person:
            return person
    if last:
        return _new_subject(context, last.end, position) or last.person
    return _last_named(context, window_start, position)


# A sentence opening on a full name: "Amara Okonkwo, who heads the network, was blunt."
_OPENS_ON_NAME = re.compile(
    r"(?<=[.!?])\s+(?P<who>(?:[A-ZÀ-Ý][\w’'\u2024-]*[ \t]+){1,3}[A-ZÀ-Ý][\w’'\u2024-]+)(?=[ \t,])"
)


def _new_subject(context: _Context, start: int, position: int) -> str:
    """ "“…,” said Jean Mbala.\n\nAmara Okonkwo, who heads the network, was blunt. “…,” she said": someone
    named as a sentence's subject since the last quote's own sentence is who "he" or "she" is."""
    window = _unwrap(context.text[start:position])
    if not (own_sentence := re.search(r"[.!?]\s", window)):
        return ""
    for match in reversed(list(_OPENS_ON_NAME.finditer(window, own_sentence.start() + 1))):
        tokens = _undot(match.group("who")).split()
        runs = _name_runs(tokens)
        if len(runs) != 1 or len(runs[0][1]) < 2 or runs[0][1][0] != tokens[0]:
            continue  # "The Minister of Mines", "Global Witness and Amara Okonkwo"
        if person := _resolve(*runs[0], start + match.start(), context.text, [], context.known_organisations):
            return person
    return ""


def _last_named(context: _Context, window_start: int, position: int) -> str:
    """ "… les déclarations de Joanne Lebert, directrice générale de PAC. Elle déclare : « … »": with nobody
    quoted yet, "she" is the person named in full in the last sentence naming anyone, if it names only one
    ("Amara Okonkwo met Jean Mbala. “…,” he said": who "he" is, the text does not say)."""
    window = _unwrap(_end_heading_lines(context.text[window_start:position]))
    for sentence in reversed(list(_SENTENCE_SPAN.finditer(window))):
        if people := _people_named_in(sentence.group(), window_start, context):
            return people[0] if len(people) == 1 else ""
    return ""


_SENTENCE_SPAN = re.compile(r"[^.!?\n]+")
_LOWER_CASE_WORD = re.compile(r"(?:^|[\s(/])[a-zà-ÿ]")


def _end_heading_lines(window: str) -> str:
    """ "AA/ Bangui/ Amara Okonkwo\nLe commerce…": a line with no word in lower case is a heading or a byline,
    a sentence of its own, not the start of the next line's."""
    lines = window.split("\n")
    return "\n".join(
        f"{line}." if index < len(lines) - 1 and line.strip() and not _LOWER_CASE_WORD.search(line) else line
        for index, line in enumerate(lines)
    )


_AND_BETWEEN = re.compile(r"[ \t]+(?:and|et)[ \t]+")


def _people_named_in(sentence: str, position: int, context: _Context) -> list[str]:
    """The persons a sentence names in full. A name after "of", "in" or "and" is an office's or a place's words
    ("the Minister of Health and Child Care", "in Victoria Falls"), unless "and" joins it to a person's name."""
    people: list[str] = []
    joinable = -1  # where a person's name ended, that "and" may join another to
    for match in _FULL_NAME.finditer(sentence):
        joined = joinable >= 0 and _AND_BETWEEN.fullmatch(sentence, joinable, match.start())
        joinable = -1
        if _OFFICE_OR_PLACE_BEFORE.search(sentence[: match.start()]) and not joined:
            continue
        runs = _name_runs(_undot(match.group()).split())
        if len(runs) != 1 or len(runs[0][1]) < 2:
            continue
        if person := _resolve(*runs[0], position, context.text, [], context.known_organisations):
            people.append(person)
            joinable = match.end()
    return list(dict.fromkeys(people))


# Not "de": « les déclarations de Joanne Lebert » names a person as often as an office's "de" does not.
_OFFICE_OR_PLACE_BEFORE = re.compile(r"\b(?:of|and|for|the|et|in|at|to|from|en|à|au|aux|near)[ \t]+$", re.I)
_FULL_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w’'\u2024-]*[ \t]+){1,3}[A-ZÀ-Ý][\w’'\u2024-]+")


# A French incise inside the quotation: « Le premier Forum a été un succès, a indiqué Andrey Polyakov, le président… »
_INCISE = re.compile(
    rf",\s+(?:(?:a|ont)\s+)?(?:{_FR_VERBS}|{_EN_VERBS})\s+(?P<who>[A-ZÀ-Ý][^,.;:!?]{{2,60}}?)\s*[,.;]"
    rf"|,\s+(?P<who_first>[A-ZÀ-Ý][^,.;:!?]{{2,60}}?)\s+(?:(?:a|has)\s+)?(?:{_FR_VERBS}|{_EN_VERBS})\b"
)


def _incise(context: _Context, quote: _Quote) -> str:
    for match in _INCISE.finditer(quote.text):
        who = match.group("who") or match.group("who_first")
        person = _person(who, quote.start, context.text, context.speakers, context.known_organisations, pick="first")
        if person:
            return person
    return ""


# An interview: "Boaz Hirsch: These initiatives are…" opening two answers or more.
_TURN = re.compile(
    r"^(?P<who>[A-ZÀ-Ý][\w’'\u2024.-]+(?:[ \t]+[A-ZÀ-Ý][\w’'\u2024.-]+){1,3})[ \t]*:[ \t]+(?P<words>\S.*)$", re.M
)
_MIN_TURNS = 2
# The asking side of an interview: "RAPAPORT MAGAZINE:", "The Times:", "Interviewer:".
_INTERVIEWER = re.compile(r"\b(?:magazine|news|times|journal|post|herald|interviewer|question|reporter)\b", re.I)


def _interview_turns(text: str, known_organisations) -> list[QuoteMatch]:
    """Speakers of a transcript: "MS. SAARNIO: And I'm Sue Saarnio." (capitals read as a name), with two turns
    or more, one answering a question ("RAPAPORT MAGAZINE: Please explain …?\n\nFarai Maguwu: …") or one
    under a title ("MR. SIMONS:")."""
    turns: dict[str, list[str]] = {}
    answers_a_question: set[str] = set()
    previous = ("", 0)
    for match in _TURN.finditer(text):
        who = _uncapitalised(match.group("who"))
        turns.setdefault(who, []).append(match.group("words"))
        asked = "?" in text[previous[1] : match.start()] or _INTERVIEWER.search(previous[0])
        if previous[0] and previous[0] != who and asked:
            answers_a_question.add(who)
        previous = (who, match.start())
    found = []
    for who, answers in turns.items():
        titled = _undot(who.split()[0]).lower().rstrip(".") in _TITLES
        if len(answers) < _MIN_TURNS and who not in answers_a_question and not titled:
            continue
        if looks_like_organisation(who, known_organisations):
            continue
        if person := _person_in(who, 0, text, [], known_organisations, "last"):
            found.append(QuoteMatch(person=_undot(person), text=_undot(answers[0])))
    return found


# "Q: What did the plenary achieve?\n\nA: Very little." / « Question : … Réponse : … »: the turns of an interview
# whose answers are given by the person its introduction names.
_QUESTION_TURN = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]*\S", re.MULTILINE)
_ANSWER_TURN = re.compile(r"^[ \t]*(?:A|R|Answer|Réponse)[ \t]*[:.][ \t]*(?P<words>\S[^\n]*)", re.MULTILINE)
# The interviewer's own line in the introduction: "By Jane Reporter", "Interview by…", "Propos recueillis par…".
_BYLINE = re.compile(r"^\W*(?:[\w’']+[ \t]+){0,2}(?:by|par)[ \t]", re.IGNORECASE | re.MULTILINE)


def _questions_and_answers(text: str, known_organisations) -> list[QuoteMatch]:
    if not (question := _QUESTION_TURN.search(text)) or not (answer := _ANSWER_TURN.search(text, question.end())):
        return []
    introduction = text[: question.start()]
    for match in _FULL_NAME.finditer(introduction):
        if _BYLINE.match(introduction, introduction.rfind("\n", 0, match.start()) + 1):
            continue
        runs = _name_runs(_undot(match.group()).split())
        if len(runs) != 1 or len(runs[0][1]) < 2:
            continue
        if person := _resolve(*runs[0], match.start(), text, [], known_organisations):
            return [QuoteMatch(person=_undot(person), text=_undot(answer.group("words")))]
    return []


def _continued_speaker(text: str, quote: _Quote, previous: list[_Quote], paragraph_starts: list[int]) -> str:
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


# Someone speaking for, or working for, the person named after them: "a spokesman for Amara Okonkwo", "le
# porte-parole de Jean Mbala". Their words are not that person's: the name after is cut, to the clause's end.
_SOMEONE_ELSES = re.compile(
    r"\b(?P<agent>spokes(?:man|woman|person|people)|porte-parole|aides?|advis[eo]rs?|conseill[eè]re?s?|lawyers?"
    r"|attorneys?|avocate?s?|entourage|proches?)\s+(?:of|for|to|de|d['’]|du|des|auprès\s+d(?:e|u|es))\b[^,;:()\n]*",
    re.IGNORECASE,
)


def _person(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    # A title's dot goes; an initial's is hidden so that "R. John Efford" stays one name.
    fragment = _INITIAL_DOT.sub("\\1\u2024", _ABBREVIATION_DOT.sub(r"\1", _undot(fragment)))
    fragment = _SOMEONE_ELSES.sub(r"\g<agent>", fragment)
    if pick == "before":
        # "In the opening address, South African Minister … Susan Shabangu said," / "Mr K.G. Moshashane, Chair
        # of the Kimberley Process, said:": the name is in the last clause, or the first when an office follows.
        clauses = _CLAUSE_END.split(fragment)
        if clauses[-1].strip().lower() in _RELATIVE_THINGS:
            return ""  # "Tendai Moyo was named in the report, which says": the report speaks, not the person
        for clause in reversed(clauses):
            if person := _person_in(clause, position, text, speakers, known_organisations, "last"):
                return person
        return ""
    clauses = _CLAUSE_END.split(fragment, maxsplit=2)
    if pick == "first":
        # "said Shamiso Mtisi, of ZELA" / "said Global Witness Director, Charmian Gooch": the name is in the
        # first clause, or in the second, apposed to it, when the first only gives a title.
        for number, clause in enumerate(clauses[:2]):
            if number and not clause.strip()[:1].isupper():
                break  # "said the Minister, adding that Jean Mbala would attend": a new clause, not an apposition
            head = _STOP_WORDS.split(f" {clause} ", maxsplit=1)[0]
            if person := _person_in(head, position, text, speakers, known_organisations, pick):
                return person
            if _opens_on_office(clause) and (
                person := _person_in(clause, position, text, speakers, known_organisations, "last")
            ):
                return person
        if _opens_on_office(clauses[0]):
            return _name_after_a_long_office(fragment, position, text, speakers, known_organisations)
        return ""
    return _person_in(clauses[0], position, text, speakers, known_organisations, pick)


# A relative pronoun standing for a thing, as the subject of the verb of saying.
_RELATIVE_THINGS = {"which", "that", "lequel", "laquelle", "lesquels", "lesquelles"}


def _name_after_a_long_office(fragment: str, position: int, text: str, speakers: list[str], known) -> str:
    """ "a déclaré l'ambassadeur du Congo au Gabon, au Cameroun et au Tchad, Jean Mbala.": an office whose own
    words run over commas, closed by a clause that is a name and only a name, before the sentence ends."""
    sentence = re.split(r"[.!?](?:\s|$)", fragment, maxsplit=1)[0]
    for clause in _CLAUSE_END.split(sentence)[1:]:
        tokens = clause.split()
        runs = _name_runs(tokens)
        if len(runs) == 1 and len(runs[0][1]) >= 2 and len(runs[0][1]) + bool(runs[0][0]) == len(tokens):
            return _resolve(*runs[0], position, text, speakers, known)
    return ""


def _opens_on_office(clause: str) -> bool:
    """ "the Minister of Mines Tendai Moyo", "lundi le ministre des Mines Jean Mbala": an office opens the clause
    (after its article, or a day's word), so the name closes it, after the office's own "of" or "des"."""
    for token in clause.split()[:3]:
        word = re.sub(r"^(?:l|d)['’]", "", token.strip(",")).lower()
        if word in _TITLES or word in _OFFICE_WORDS:
            return True
        if not token[:1].islower():
            return False
    return False


def _person_in(fragment: str, position: int, text: str, speakers: list[str], known_organisations, pick: str) -> str:
    runs = _name_runs(fragment.split())
    if pick == "last":
        runs.reverse()
    for title, names in runs:
        if names[-1].endswith(("'s", "’s")):
            continue  # "Amara Okonkwo’s spokesman": the one named is not the one speaking
        person = _resolve(title, names, position, text, speakers, known_organisations)
        if person:
            return person
    return ""


def _is_name_token(token: str) -> bool:
    lowered = _undot(token).lower()
    if lowered in _TITLES or lowered.rstrip(".") in _TITLES:
        return False  # "H.E.", "M." (Monsieur)
    if _INITIALS.fullmatch(token):
        return True  # "K.G. Moshashane", "Philip T. Reeker"
    if lowered.split("-", 1)[0] in _NAME_PREFIXES and "-" in lowered:
        return _is_name_token(token.split("-", 1)[1])
    if not token[:1].isupper() or lowered in _NOT_NAMES or lowered in _OFFICE_WORDS:
        return False
    if lowered in _TITLES or lowered.rstrip(".") in _TITLES:
        return False
    if len(token) > 1 and token.isupper():  # acronyms such as KP, CSC, ZELA
        return False
    parts = [part for part in token.split("-") if part]
    # "al-Mansouri", "el-Amin", "bin-Rashid": an Arabic article or particle before the capitalised name.
    if len(parts) > 1 and parts[0].lower() in _NAME_PREFIXES:
        parts = parts[1:]
    return all(part[:1].isupper() for part in parts)


_NAME_PREFIXES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "bin", "ibn", "abu"}


def _name_runs(tokens: list[str]) -> list[tuple[str, list[str]]]:
    runs: list[tuple[str, list[str]]] = []
    title, names = "", []
    tokens = _names_in_capitals([token.strip("\"'“”«»()") for token in tokens])
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not names and token[:1].isupper() and _undot(token).lower().rstrip(".") in _TITLES | {"h.e", "s.e"}:
            title = token
        elif _is_name_token(token) or ((names or title) and _particle_in_name(tokens, index)):
            names.append(token)
        elif names and _INITIALS.fullmatch(token) and _is_name_token(following):
            # "Barbara M. Barrett": within a name, "M." is an initial, not "Monsieur".
            names.append(token)
        else:
            if names:
                runs.append((title, names))
            title, names = "", []
    if names:
        runs.append((title, names))
    return runs


_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[AEIOUYÀ-Ý][A-ZÀ-Ý'’-]*")


def _names_in_capitals(tokens: list[str]) -> list[str]:
    """ "said AMARA OKONKWO": two words or more in capitals, each of three letters or more with a vowel, are a
    name written in capitals ("KP CSC", "ZELA" alone stay acronyms)."""
    result = list(tokens)
    run: list[int] = []
    for index, token in enumerate([*tokens, ""]):
        if len(token) >= 3 and _CAPITALISED_WORD.fullmatch(token):
            run.append(index)
            continue
        if len(run) >= 2:
            for position in run:
                result[position] = tokens[position].title().replace("’S", "’s").replace("'S", "'s")
        run = []
    return result


# A capitalised article inside a name: "Jean-Marc Le Roux", "Marie La Fontaine" (not after a clause's end).
_ARTICLES_IN_NAMES = {"Le", "La"}


def _particle_in_name(tokens: list[str], index: int) -> bool:
    """ "Pieter van der Berg", "Mr van der Berg", "Jean-Marc Le Roux": a particle inside a name, or opening it after
    a title."""
    token = tokens[index]
    if token.lower() in _PARTICLES:
        return _particle_leads_on(tokens, index)
    if token in _ARTICLES_IN_NAMES and index and not tokens[index - 1].endswith((",", ".", ";", ":")):
        return _particle_leads_on(tokens, index)
    return False


def _particle_leads_on(tokens: list[str], index: int) -> bool:
    """ "Pieter van der Berg": particles, one or two, lead on to a name."""
    for following in tokens[index + 1 : index + 3]:
        if _is_name_token(following):
            return True
        if following.lower() not in _PARTICLES:
            return False
    return False


def _resolve(title: str, names: list[str], position: int, text: str, speakers: list[str], known_organisations) -> str:
    """The person the names stand for, by their full name when the text gives it; "" for a place or a body
    written as a name is ("Victoria Falls", "Member States")."""
    if is_place_or_body(" ".join(names)):
        return ""
    person = _resolve_names(title, names, position, text, speakers, known_organisations)
    return "" if is_place_or_body(person) else person


def _resolve_names(
    title: str, names: list[str], position: int, text: str, speakers: list[str], known_organisations
) -> str:
    candidate = " ".join(names)
    if looks_like_organisation(candidate, known_organisations):
        # "Jean Dupont de Global Witness": keep the part before the particle.
        for index, name in enumerate(names):
            if name.lower() in _PARTICLES and index >= 2:
                return _resolve(title, names[:index], position, text, speakers, known_organisations)
        # "the Russian Federation Evgeny Varganov": a name may follow the organisation's.
        tail = names[-2:]
        if len(names) >= 4 and not looks_like_organisation(" ".join(tail), known_organisations):
            return " ".join(tail)
        return ""
    if country_in(candidate) and country_in(candidate)[1] == 0:
        return ""  # "South Africa said": a country speaking, not a person
    if len(names) >= 2:
        if len(names) > 5:
            return ""
        # "Bin Sulayem said": the text may give the whole name elsewhere ("Ahmed Bin Sulayem").
        if full_name := _full_name_in(text, candidate):
            return full_name
        # "M. de Montclair": a surname opening on its particle keeps its title when no full name is given.
        return _titled(title, candidate, text) if title and names[0].islower() else candidate
    surname = names[0]
    for speaker in reversed(speakers):
        if speaker.split()[-1] == surname:
            return speaker
    full_name = _full_name_in(text[:position], surname) or _full_name_in(text, surname)
    if full_name := full_name or _full_name_from_given(text, surname):
        return full_name
    return _titled(title, surname, text) if title else ""


def _titled(title: str, surname: str, text: str) -> str:
    """ "M. de Montclair", "Dr Chikwanha": a surname with its title, the title's dot as the text writes it."""
    dotted = re.search(rf"\b{re.escape(title)}[.\u2024][ \t]*{re.escape(surname)}\b", text)
    return f"{title}. {surname}" if dotted and not title.endswith(".") else f"{title} {surname}"


def _full_name_from_given(text: str, given: str) -> str:
    """ "Ian announced…" after "Ian Smillie" was named: a given name stands for the whole name."""
    for match in re.finditer(rf"\b{re.escape(given)}[ \t]+([A-ZÀ-Ý][\w’'-]+)", text):
        surname = match.group(1)
        if _is_name_token(surname) and not surname.endswith(("'s", "’s")):
            return f"{given} {surname}"
    return ""


_PLACE_WORD = re.compile(r"(?:^|\s)(?:à|au|aux|in|at|en)[ \t]+$", re.IGNORECASE)


def _follows_a_place_word(text: str, start: int, words: str, given: list[str]) -> bool:
    """Whether the first of the given names, at the end of `words` (found at `start`), comes right after "à",
    "in" or "at", as a place or a medium does."""
    given_start = start + re.search(rf"(?:\S+[ \t]+){{{len(given)}}}$", words).start()
    return bool(_PLACE_WORD.search(text[max(0, given_start - 8) : given_start]))


def _full_name_in(text: str, surname: str) -> str:
    """The surname's full name where the text gives it: "Mtisi" for "Shamiso Mtisi", "Van der Berg" for "Hans van
    der Berg", or in a heading's capitals ("SHAMISO MTISI")."""
    return _full_name_as_written(text, surname) or _full_name_in_capitals(text, surname)


def _full_name_as_written(text: str, surname: str) -> str:
    # Within a line: the word ending the line above ("…Reform\nFeriel Zerouki") is not a given name.
    pattern = rf"((?:[^\W\d_][\w’'\u2024-]*[ \t]+){{1,2}})({surname_pattern(surname)})\b"
    for match in re.finditer(pattern, text):
        given: list[str] = []
        for token in reversed(match.group(1).split()):
            if not _is_name_token(token):
                break
            given.insert(0, token)
        if given and _follows_a_place_word(text, match.start(1), match.group(1), given):
            given = given[1:]  # "a déclaré à Kinshasa Jean Mbala": the place is not a given name
        if given and not looks_like_organisation(" ".join([*given, match.group(2)])):
            return " ".join([*given, match.group(2)])
    return ""


def _full_name_in_capitals(text: str, surname: str) -> str:
    """ "SHAMISO MTISI" in a heading or a signature, for "Mtisi said": the name written as names usually are."""
    if " " in surname or not surname[:1].isupper():
        return ""
    for match in re.finditer(rf"((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]*[ \t]+){{1,2}}){re.escape(surname.upper())}\b", text):
        tokens = _names_in_capitals([*match.group(1).split(), surname.upper()])
        runs = _name_runs(tokens)
        if runs and runs[-1][1][-1] == surname and len(runs[-1][1]) >= 2:
            return " ".join(runs[-1][1])
    return ""
