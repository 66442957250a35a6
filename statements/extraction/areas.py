"""Reform areas a document mentions, with an excerpt and whether it reports progress or failure."""

import bisect
import functools
import itertools
import re
from collections import Counter

from .normalise import fold
from .records import AreaMatch, AreaRule
from .sentences import Sentence, join_broken_paragraphs, split_sentences

# Matched on accent-folded, lower-cased text (see normalise.fold), so cues are lower case and without accents;
# case-insensitive matching would make these large alternations several times slower.
NEGATIVE_CUES = (
    "fail", "fails", "failed", "failing", "failure", "failures", "long grass", "no consensus", "lack of consensus",
    "absence of consensus", "without consensus", "could not agree", "cannot agree", "can't agree", "did not agree",
    "unable to agree", "no agreement", "without agreement", "not adopted", "not agreed", "not been adopted",
    "refused", "refuses", "refusal", "rejected", "rejects", "stalled", "stalling", "stalemate", "blocked", "blocks",
    "blocking", "deadlock", "deadlocked", "impasse", "regret", "regrets", "regretted", "regrettable", "deplore",
    "deplores", "deplored", "disappointed", "disappointing", "disappointment", "setback", "postponed", "deferred",
    "shelved", "watered down", "unwilling", "unable", "no progress", "lack of progress", "without progress",
    "without meaningful change", "obstructed", "obstruction", "vetoed", "collapsed", "problematic", "shortcomings",
    "echec", "echecs", "echoue", "echouent", "pas de consensus", "absence de consensus", "faute de consensus",
    "sans consensus", "aucun consensus", "bloque", "bloquee", "bloques", "bloquees", "blocage", "regrette",
    "regrettons", "deplore", "deplorons", "refus", "refuse", "rejete", "rejetee", "reporte", "reportee",
    "deception", "decevant", "decevante", "pas d'accord", "aucun accord", "sans accord", "pas ete adopte",
    "pas ete adoptee", "n'ont pas pu", "incapable", "aucun progres", "pas de progres", "calendes grecques",
    "au point mort", "enterre", "enterree",
    # Calling for a reform says it has not happened yet.
    "calls on", "call on", "called on", "calling on", "calls for", "called for", "urges", "urged", "demands",
    "demanded", "appelle", "appelons", "appellent", "exhorte", "exhortons", "demande", "demandons", "reclame",
    "reclamons",
)  # fmt: skip
POSITIVE_CUES = (
    "welcome", "welcomes", "welcomed", "agreed", "agreement", "adopted", "adopts", "adoption", "breakthrough",
    "progress", "approved", "approval", "endorsed", "established", "launched", "milestone", "historic", "success",
    "successful", "consensus was reached", "reached consensus", "achieved", "commend", "commends", "commended",
    "applaud", "applauds", "applauded", "step forward",
    "salue", "saluons", "se felicite", "nous felicitons", "adopte", "adoptee", "adoptes", "adoptees", "accord",
    "approuve", "approuvee", "progres", "avancee", "percee", "succes", "consensus a ete trouve", "mis en place",
    "mise en place", "historique", "pas en avant",
)  # fmt: skip
_EXCERPT_CHARS = 400
_SPACES = r"\s+"
_SPACES_OR_HYPHENS = r"[\s\-‐‑]+"


def _trie(phrases: list[str], separator: str) -> str:
    """One regex for many literal phrases, branching a character at a time: several times faster than a flat
    alternation over a whole document. Spaces in the phrases match the separator pattern."""
    branches: dict[str, list[str]] = {}
    can_end = False
    for phrase in phrases:
        if phrase:
            branches.setdefault(phrase[0], []).append(phrase[1:])
        else:
            can_end = True
    parts = [
        (separator if char == " " else re.escape(char)) + _trie(rest, separator)
        for char, rest in sorted(branches.items())
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if can_end else body


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w){_trie(sorted(set(cues)), _SPACES)}(?!\w)")


_NEGATIVE = _cue_pattern(NEGATIVE_CUES)
_POSITIVE = _cue_pattern(POSITIVE_CUES)


# A word may end as its plural or feminine does: "funds", "définitions", "fonds multi-donatrices".
_ENDINGS = r"(?:s|es|x|e)?"
_GAP = r"[\s\-‐‑]+(?:[a-z]{3,}[\s\-‐‑]+)?"  # one word may come between: "multi-donor trust fund"
_ACRONYM_LETTERS = 4


def _keyword_regex(keyword: str) -> str:
    """One keyword as a regex: its words in order, spaced, hyphenated or joined as editors and writers vary
    ("multi-donor", "multi donor", "multidonor"), one more word allowed between two of them, and each word
    in its other forms ("missions de revue", "internal control", "non-compliant", "complied with")."""
    folded = _PK_IN_KEYWORD.sub("pk", _KP_IN_KEYWORD.sub("kp", fold(keyword).strip()))
    parts = re.split(r"(\s+|-)", folded)
    pattern = ""
    for number, part in enumerate(parts):
        if part == "kp":  # "kp governance" reads "the KP's governance", "governance of the Kimberley Process"
            pattern += _KP_NAMES + ("(?:'s)?" if number < len(parts) - 1 else "")
        elif part == "pk":  # "gouvernance du processus de kimberley" reads "gouvernance du PK"
            pattern += _PK_NAMES
        elif part == "-":
            pattern += r"[\s\-‐‑]*"
        elif part.isspace():
            pattern += _GAP
        elif part:
            pattern += _word_forms(part) + (_ENDINGS if number < len(parts) - 1 else "")
    return pattern


# The Process by any of its names, in a keyword ("kp secretariat", "governance of the kimberley process") as in a text.
_KP_IN_KEYWORD = re.compile(r"\b(?:kimberley process(?: certification scheme)?|kpcs|kp)\b")
_KP_NAMES = r"(?:kimberley[\s\-]+process(?:[\s\-]+certification[\s\-]+scheme)?|kpcs|kp)"
_PK_IN_KEYWORD = re.compile(r"\b(?:processus de kimberley|pk)\b")
_PK_NAMES = r"(?:processus[\s\-]+de[\s\-]+kimberley|pk)"


def _word_forms(word: str) -> str:
    """A keyword's word with its plural or feminine ending left open ("controls" also reads "control"),
    and the few English endings that change the word's last letters ("compliance"/"compliant",
    "comply"/"complied"), so that editors list one form of each word."""
    if len(word) <= _ACRONYM_LETTERS or not word.isalpha():
        return re.escape(word)
    for ending, others in _FORM_ENDINGS:
        if word.endswith(ending):
            stem = re.escape(word[: -len(ending)])
            return f"{stem}(?:{'|'.join((ending, *others))})"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return re.escape(word[:-1])
    return re.escape(word)


# (ending, the other endings of the same word): the plural and feminine endings are added after these.
_FORM_ENDINGS = (
    ("ance", ("ant",)),
    ("ant", ("ance",)),
    ("y", ("ies", "ied", "ying")),
    ("ies", ("y", "ied", "ying")),
    ("iew", ("iewed", "iewing")),
)


@functools.cache
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern | None:
    regexes = sorted({_keyword_regex(keyword) for keyword in keywords if keyword.strip()}, key=len, reverse=True)
    if not regexes:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(regexes)}){_ENDINGS}(?!\w)")


# What each reform is also commonly called, beyond the editors' lists (which stay the source of truth and
# come first): the reform named by what it is ("a review of the Kimberley Process", "a KP office").
ALSO_CALLED = {
    "review-process": (
        "review of the kimberley process", "review of the kp", "review of the kpcs", "review of the process",
        "review of the certification scheme", "review of the scheme", "revision du processus de kimberley",
        "examen du processus de kimberley",
    ),
    "permanent-secretariat": ("kp office", "permanent office", "bureau permanent"),
    # A definition made anew: "the redefinition of conflict diamonds", "to redefine conflict diamonds".
    "scope": ("redefinition", "redefine conflict diamonds", "redefining conflict diamonds", "redefinir les diamants"),
    "administrative-support": ("mecanisme de soutien administratif", "mecanisme d'appui administratif"),
    # A review visit by what it checks: "the verification mission", « la mission de vérification ».
    "peer-review": ("verification mission", "verification visit", "mission de verification"),
}  # fmt: skip

# A reform read from what a sentence says rather than from one phrase, on folded text: a participant meeting
# or breaching the scheme's requirements, its suspension or embargo lifted, a KP mission visiting a country,
# Russia and a war in one sentence. A pattern marked True counts only where the requirements are the Kimberley
# Process's, named in it or just after it ("meet the minimum standards of the KPCS"), and not those of joining
# it ("fulfilling KP requirements to become a participant").
_KP = r"(?:kimberley|kpcs|kp|pk)"
_WORDS = r"(?:[\s\-]+[\w']+){0,4}?[\s\-]+"  # up to four words between
_OF_THE_KP = re.compile(
    rf"(?:\s+\w+)?\s+(?:of|du|de|des|set by|under)\s+(?:the\s+|la\s+|l')?(?:processus\s+de\s+)?{_KP}\b"
)
_TO_JOIN = re.compile(r"\s+(?:to|pour)\s+(?:become|join|be admitted|devenir|adherer|integrer)\b")
_MEETING_REQUIREMENTS = (
    # "Meeting" and "met" only as verbs: "the meeting discussed the KP standards" is a meeting, not a participant
    # meeting them.
    "meet", "meets", "is meeting", "are meeting", "not meeting", "been meeting", "met the", "met its", "met all",
    "comply", "complies", "complying", "complied", "compliance", "compliant",
    "violation", "violations", "violate", "violates", "violated", "violating", "breach", "breaches", "breached",
    "in line with", "conform", "conforms", "fulfil", "fulfill", "fulfils", "fulfills", "fulfilling", "fulfilled",
    "satisfy", "satisfies", "repondre", "repond", "repondent", "remplir", "remplit", "remplissent", "se conformer",
    "se conforme", "satisfaire", "respecter", "respecte", "respectent",
)  # fmt: skip
CONTEXTS = {
    "internal-controls": (
        (
            "requirement|standard|exigence|norme",
            re.compile(
                rf"\b(?:{'|'.join(_MEETING_REQUIREMENTS)}){_WORDS}(?:requirements|standards|exigences|normes)\b"
            ),
            True,
        ),
        (
            # "sanctions" (plural) are usually a government's own on a country, not the KP's.
            "sanction|suspen|embargo",
            re.compile(
                r"\b(?:levee|lever|lifting|lift|lifts|lifted)(?: de| du| of)?"
                r"(?: la| l'| le| cet| cette| the| its| this)?[\s']*(?:sanction|suspension|embargo)\b"
                r"|\b(?:suspension|embargo) (?:was |has been |is )?lifted\b"
                rf"|\b(?:suspended|suspendue?s?) (?:from|du|de la|de l') (?:the )?{_KP}"
            ),
            False,
        ),
    ),
    "peer-review": (
        (
            "mission|visite",
            re.compile(
                r"\bmissions? (?:du|de la|des) (?:processus de kimberley|pk)\b|\bmissions? d'evaluation"
                r"|\bvisites? (?:des|d') ?experts (?:du|de la) (?:processus de kimberley|pk)\b"
                # "Des experts du processus de Kimberley ont achevé une mission au Kasaï"
                r"|\bexperts (?:\w+ )?(?:du|de la) (?:processus de kimberley|pk)\b"
                r"[^\x00]{0,80}?\b(?:missions?|visites?)\b"
                r"|\bmissions? internationales? d'experts\b"
            ),
            False,
        ),
    ),
    "scope": (
        (
            # "a broadened mandate for the KP", "the broadening of the KP's mandate", « élargir le mandat du PK ».
            "mandat",
            re.compile(
                r"\b(?:broad|wid|expand|extend|elarg)\w*\b[^\x00]{0,40}?\bmandat(?:e|es|s)?\b"
                r"|\bmandat(?:e|es|s)?\b[^\x00]{0,20}?\b(?:broaden|widen|expand|extend|elargi)\w*"
            ),
            False,
        ),
    ),
    "russia-ukraine": (
        (
            "russ",
            re.compile(
                r"\b(?:russi(?:a|an|ans|e)|russes?)\b[^\x00]{0,160}?\b(?:wars?|guerres?|invasion|invaded|sanctions?)\b"
                r"|\b(?:wars?|guerres?|invasion|sanctions?)\b[^\x00]{0,160}?\b(?:russi(?:a|an|ans|e)|russes?)\b"
            ),
            False,
        ),
    ),
}


# Each context's patterns run only in the sentences where a word they need occurs (a literal, found fast).
CONTEXT_RULES = {
    slug: tuple((re.compile(anchor), pattern, needs_kp) for anchor, pattern, needs_kp in rules)
    for slug, rules in CONTEXTS.items()
}


def _context_matches(folded: str, slug: str) -> list[re.Match]:
    found = []
    for anchor, pattern, needs_kp in CONTEXT_RULES.get(slug, ()):
        end = 0
        for hit in anchor.finditer(folded):
            if hit.start() < end:
                continue
            start = folded.rfind("\x00", 0, hit.start()) + 1
            end = folded.find("\x00", hit.end())
            end = len(folded) if end < 0 else end
            for match in pattern.finditer(folded, start, end):
                if needs_kp and (
                    not (re.search(rf"\b{_KP}\b", match.group()) or _OF_THE_KP.match(folded, match.end()))
                    or _TO_JOIN.match(folded, match.end())
                ):
                    continue
                found.append(match)
    return found


def _is_acronym(keyword: str) -> bool:
    return " " not in keyword.strip() and "-" not in keyword and len(keyword.strip()) <= _ACRONYM_LETTERS


def match_areas(text: str, rules: list[AreaRule]) -> list[AreaMatch]:
    sentences = split_sentences(join_broken_paragraphs(text))
    # One folded string for the whole document ("\x00" never matches a keyword gap), searched once per rule.
    original = "\x00".join(sentence.text for sentence in sentences)
    folded = fold(original)
    starts = list(itertools.accumulate((len(sentence.text) + 1 for sentence in sentences[:-1]), initial=0))
    cues: tuple[Counter, Counter] | None = None
    matches = []
    for rule in rules:
        # An acronym ("ASM", "MDF") stands for many things: it counts once the text also spells a name out.
        keywords = (*rule.keywords, *ALSO_CALLED.get(rule.slug, ()))
        names = tuple(keyword for keyword in keywords if not _is_acronym(keyword))
        pattern = _keyword_pattern(names)
        found = (
            [match for match in pattern.finditer(folded) if _about_the_reform(folded, match, original)]
            if pattern
            else []
        )
        found += [match for match in _context_matches(folded, rule.slug) if _about_the_reform(folded, match, original)]
        if not found:
            continue
        acronyms = _keyword_pattern(tuple(keyword for keyword in keywords if _is_acronym(keyword)))
        if acronyms:
            found += acronyms.finditer(folded)
        found.sort(key=lambda match: match.start())
        first = found[0]
        index = bisect.bisect_right(starts, first.start()) - 1
        excerpt = _excerpt(sentences[index].text, first.start() - starts[index], first.end() - starts[index])
        hits = sorted({bisect.bisect_right(starts, match.start()) - 1 for match in found})
        cues = cues or _cue_counts(folded, starts)
        matches.append(AreaMatch(slug=rule.slug, excerpt=excerpt, stance=_stance(sentences, hits, *cues)))
    return matches


# "the Working Group on Statistics": a keyword in the name of a KP body lists the body, not the reform.
_BODY_NAME = re.compile(r"\b(?:working\s+groups?|groupes?\s+de\s+travail)\b[^.\x00]{0,60}?\b(?:on|of|sur|des?)\s+$")


# A one-word keyword in another sense: "the secrétariat technique in the DRC" (a national office), "an
# international scope", "within the scope of", "scope for improvement", "a general secretariat".
_OTHER_SENSE_BEFORE = re.compile(
    r"\b(?:technical|general|international|multilateral|within the|beyond the|outside the|united nations"
    r"|commonwealth|executive|human rights|environmental|tax|labou?r)\s+$"
)
_OTHER_SENSE_AFTER = re.compile(
    r"\s+(?:technique|national|nationale|general|generale|executif|executive|for|of work|des nations unies"
    r"|of the (?:united nations|un|commonwealth)|of (?:this|that|the|the present|our) (?:report|paper|study|article"
    r"|document|note|analysis|research|project|survey|section|chapter|book|brief|statement|exercise))\b"
)
# A word in a passing sense, by how it starts: "by definition", "statistics show that …", "according to
# official statistics" (a figure quoted, not the KP's statistics).
_PASSING_SENSE = {
    "defin": (re.compile(r"\b(?:by|par)\s+$"), None),
    "statist": (
        re.compile(
            r"\b(?:according to|selon)(?: the| les)?(?: latest| official| government| national| dernieres)?\s+$"
        ),
        re.compile(r"\s+(?:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals|montrent|indiquent)\b"),
    ),
}
# "the definition of artisanal mining": a definition of anything but conflict diamonds (or of what the KP covers).
_DEFINITION_OF = re.compile(r"\s+(?:of|de|des|du|d')\s*(?:a |an |the |la |le |l')?([^\x00.,;:]{0,40})")
_DEFINED_BY_THE_KP = re.compile(r"conflict|conflit|diamond|diamant|guerre|sang|blood|kimberley|\bkp|\bpk|what|\bce qu")
# "the UN Secretariat", "the EITI secretariat": a secretariat an acronym names is another body's (read in the
# original case; "SECRETARIAT" in capitals is a heading, where every word is).
_ACRONYM_BEFORE = re.compile(r"\b(?!(?:KP|KPCS|PK|KPC)\s)[A-Z]{2,8}\s+$")


# "The KPCS requires participating countries to develop internal controls …": the scheme described as
# background (an "about the KP" paragraph), not its reform.
_BACKGROUND = re.compile(
    r"\b(?:scheme|kpcs|kimberley process|kp) (?:requires|obliges|commits) (?:its |all )?"
    r"(?:participating|participants|members|member states|countries|governments)\b"
    # "The KPCS sets minimum requirements for countries that want to join": what the scheme is, described.
    r"|\b(?:scheme|kpcs|kimberley process|kp) (?:sets|establishes|lays down)(?: out)?(?: the| its)? $"
)


def _about_the_reform(folded: str, match: re.Match, original: str = "") -> bool:
    if _BODY_NAME.search(folded, max(0, match.start() - 80), match.start()):
        return False
    sentence_start = folded.rfind("\x00", 0, match.start()) + 1
    if _BACKGROUND.search(folded, sentence_start, match.start()):
        return False
    if re.search(r"[\s\-]", match.group()):  # a phrase names the reform whatever its neighbours
        return True
    word = match.group()
    defined = _DEFINITION_OF.match(folded, match.end()) if word.startswith("defin") else None
    if defined and not _DEFINED_BY_THE_KP.search(defined.group(1)):
        return False
    if (
        word.startswith("secr")
        and original
        and not original[match.start() : match.end()].isupper()
        and _ACRONYM_BEFORE.search(original, max(0, match.start() - 12), match.start())
    ):
        return False
    for start, (before, after) in _PASSING_SENSE.items():
        if word.startswith(start) and (
            before.search(folded, max(0, match.start() - 40), match.start())
            or (after and after.match(folded, match.end()))
        ):
            return False
    return not (
        _OTHER_SENSE_BEFORE.search(folded, max(0, match.start() - 20), match.start())
        or _OTHER_SENSE_AFTER.match(folded, match.end())
    )


def _cue_counts(folded: str, starts: list[int]) -> tuple[Counter, Counter]:
    """Negative and positive cues per sentence index."""
    negative_spans = [match.span() for match in _NEGATIVE.finditer(folded)]
    negative = Counter(bisect.bisect_right(starts, start) - 1 for start, _end in negative_spans)
    negative_starts = [start for start, _end in negative_spans]
    positive: Counter = Counter()
    for match in _POSITIVE.finditer(folded):
        # "failed to reach agreement", "no progress": a positive word inside a negative phrase is not good news.
        nearest = bisect.bisect_left(negative_starts, match.end()) - 1
        if nearest >= 0 and negative_spans[nearest][1] > match.start():
            continue
        positive[bisect.bisect_right(starts, match.start()) - 1] += 1
    return negative, positive


def _stance(sentences: list[Sentence], hits: list[int], negative_cues: Counter, positive_cues: Counter) -> str:
    """Weigh cues in the sentences naming the area (x2) and their neighbours in the same paragraph (x1)."""
    weights: dict[int, int] = {}
    for hit in hits:
        weights[hit] = 2
        for neighbour in (hit - 1, hit + 1):
            if 0 <= neighbour < len(sentences) and sentences[neighbour].paragraph == sentences[hit].paragraph:
                weights.setdefault(neighbour, 1)
    negative = sum(weight * negative_cues[index] for index, weight in weights.items())
    positive = sum(weight * positive_cues[index] for index, weight in weights.items())
    if negative and negative >= positive:
        return "negative"
    if positive:
        return "positive"
    return "neutral"


def _excerpt(sentence: str, start: int, end: int) -> str:
    if len(sentence) <= _EXCERPT_CHARS:
        return sentence
    room = (_EXCERPT_CHARS - (end - start)) // 2
    left = max(0, start - room)
    right = min(len(sentence), left + _EXCERPT_CHARS - 2)
    left = max(0, right - _EXCERPT_CHARS + 2)
    piece = sentence[left:right]
    if left > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if right < len(sentence):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece
