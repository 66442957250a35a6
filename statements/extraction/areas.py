"""Reform areas a document mentions, with an excerpt and whether it reports progress or failure."""

import bisect
import functools
import itertools
import re
from collections import Counter

from .normalise import fold
from .officials import COUNTRIES
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
# "Kimberly" and « processus Kimberley » as the press often writes them.
_KIMBERLEY = r"kimberle?y"
_KP_NAMES = rf"(?:{_KIMBERLEY}[\s\-]+process(?:[\s\-]+certification[\s\-]+scheme)?|kpcs|kp)"
_PK_IN_KEYWORD = re.compile(r"\b(?:processus de kimberley|pk)\b")
_PK_NAMES = rf"(?:processus[\s\-]+(?:de[\s\-]+)?{_KIMBERLEY}|pk)"


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
        # The words the other way round: "the reform and review agenda", "the Ad Hoc Committee on Reform and Review".
        "reform and review",
        # "2017 is a reform year" (the year of a review cycle given to reform).
        "reform year",
        # The editors' "review cycle" in French: « le cycle d'examen ».
        "cycle d'examen", "cycle de revue",
        # "Review and reform" in French by its other word: « le Comité de révision et de réforme ».
        "revision et de reforme", "revision et reforme", "revision et la reforme",
    ),
    "permanent-secretariat": ("kp office", "permanent office", "bureau permanent"),
    # A definition made anew: "the redefinition of conflict diamonds", "to redefine conflict diamonds".
    # The definition by its other names: "the concept of conflict diamond", « la notion de diamant de conflit ».
    "scope": (
        "redefinition", "redefine conflict diamonds", "redefining conflict diamonds", "redefinir les diamants",
        "concept of conflict diamonds", "notion of conflict diamonds", "notion de diamants de conflit",
        "notion de diamants de la guerre", "notion de diamants du sang", "concept de diamants de conflit",
    ),
    # "the Administration Support Mechanism", "an office for administration and support".
    "administrative-support": (
        "mecanisme de soutien administratif", "mecanisme d'appui administratif", "administration support mechanism",
        "administration and support",
    ),
    # A review visit by what it checks: "the verification mission", « la mission de vérification ».
    # The editors' "peer review" in its other French wordings: « l'évaluation par les pairs », « revue par les pairs ».
    "peer-review": (
        "verification mission", "verification visit", "mission de verification", "evaluation par les pairs",
        "revue par les pairs", "visite de revue",
        # The editors' "review mission" by what it does: "the original KP monitoring mission to Zimbabwe" (not an
        # election's monitoring mission).
        "kp monitoring mission", "kimberley process monitoring mission",
    ),
    # « la création d'un fonds de donateurs pour soutenir la participation »
    # « un fonds multi-bailleurs » (a donor is a « bailleur de fonds »).
    "multi-donor-fund": ("fonds de donateurs", "fonds des donateurs", "fonds multi-bailleurs", "fonds multibailleurs"),
    "responsible-sourcing": ("responsible supply chain", "sourcing responsable"),
    # How the KP decides: "reform of the KPCS voting mechanism"; the editors' "consensus rule" in French.
    "governance": ("voting mechanism", "voting rules", "voting procedure", "regle du consensus"),
    # The editors' words in French: « les statistiques », « l'agression russe contre l'Ukraine » (« ukrainien »).
    # A « zone conforme »: the area of a participant whose diamonds the KP lets trade (the English "compliant
    # zone" reads the editors' "compliance").
    # The editors' "minimum requirements" in its other wording: "Zimbabwe had met the minimum conditions".
    "internal-controls": (
        "statistiques", "zones conformes", "zone conforme", "met the minimum conditions", "meet the minimum conditions",
        "meets the minimum conditions",
    ),
    "russia-ukraine": ("ukrainien", "ukrainienne"),
}  # fmt: skip

# A reform read from what a sentence says rather than from one phrase, on folded text: a participant meeting
# or breaching the scheme's requirements, suspended from it, its controls called weak or to be strengthened, a KP
# team visiting a country or a country's certification system reviewed, the administration's mechanism named by
# its acronym, the Process's mandate widened, human rights brought within the scheme, Russia and a war in one
# sentence. A
# pattern marked True counts only where the requirements are the Kimberley Process's, named in it or just after it
# ("meet the minimum standards of the KPCS"), and not those of joining it ("fulfilling KP requirements to become
# a participant").
_KP = rf"(?:{_KIMBERLEY}|kpcs|kp|pk)"
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
    # Requirements openly disregarded: "the flouting of the requirements of the Kimberley Process".
    "flout", "flouts", "flouted", "flouting", "bafouer", "bafoue", "bafouent",
    # Requirements shown to be met, as the French idiom has it: « faire patte blanche face aux exigences du PK ».
    "patte blanche", "pate blanche",
)  # fmt: skip
# The Process's own mandate or charter, not a committee's or a monitor's: "its charter", "the KP's mandate",
# "a broadened mandate to the KP", « le mandat du PK ».
_KP_MANDATE = (
    rf"(?:\b(?:its|their|son|leur|(?:the\s+)?{_KP}(?:\s+process)?(?:'s)?)\s+(?:mandat(?:e|es|s)?|charters?)\b"
    rf"|\b(?:mandat(?:e|es|s)?|charters?)\s+(?:of|to|for|du|de|au)\s+(?:the\s+|la\s+|l')?(?:{_KP}|processus|scheme)\b)"
)
_WAR = r"(?:wars?|(?<!diamants de )(?<!diamants de la )(?<!diamant de )guerres?|invasion|invaded|sanctions?)\b"
# The chair's office: "chair", "vice-chair", "chairmanship", « la présidence », « la vice-présidence ».
# « élargir la mission du PK », « étendre sa mission »: the French « mission » as a purpose widened, not a team sent.
_PURPOSE_WIDENED = r"\b(?:elargi|etend)\w*\s+(?:la\s+|sa\s+|leur\s+)?"
# The Process named whole, not one of its parts ("reform of the KPCS voting mechanism" is its governance): its name
# ends the phrase.
_WHOLE_SCHEME = (
    r"(?:\s+process)?(?:\s+certification\s+scheme)?(?=\s*[^\w\s']|\s*$|\s+(?:to|and|so|in|by|that|which|is|was|has"
    r"|have|as|at|for|with|must|should|would|will|could|can|because|since|itself|or|but|now|today|once)\b)"
)
# Violence by states ("state violence", "conflict caused by state agents", « les violences d'État ») and what the
# KP's mandate or definition covers, the two set against each other in a sentence (see CONTEXTS["scope"]).
_STATE_VIOLENCE = (
    r"(?:(?<!non[\s\-])\bstate[\s\-]+(?:violence|agents?|actors?|sponsored\s+violence)\b"
    r"|\b(?:violence|conflicts?|bloodshed|blood\s+shed)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?:states?|governments?)\b(?!['’])"
    r"|\bviolences?\s+(?:d'etat|etatiques?)\b|\bacteurs\s+etatiques\b)"
)
_MANDATE_WORD = r"\b(?:mandat\w*|defin\w*|redefin\w*|scope|cover\w*|couvr\w*|champ)"
# "the need for meaningful reforms", "the importance of reform" (not "the need for reform of the mining code").
_REFORM_NEEDED = (
    r"(?:need|needs|importance|urgency|necessity)\s+(?:for|of)\s+(?:(?:a|an|the)\s+)?(?:[\w']+\s+){0,2}?"
    r"reforms?\b(?!\s+(?:of|du|de|des)\b|\s+in\s+(?!order\b))"
)
# The Process itself to be reformed, in any wording: "working to reform the Kimberley Process", "reforms to the KP
# Certification Scheme", "it is time to reform and strengthen our process", "the KP needs reform", "the need for
# meaningful reforms" or "the importance of reform" where the sentence names the KP, « réformer le processus de
# Kimberley », « la réforme du PK » (not "the reform of the mining code").
_KP_REFORMED = re.compile(
    rf"(?:\breforms?\s+(?:of|to|for|in)\s+(?:the\s+)?(?:{_KP}\b|scheme\b|certification\s+scheme\b)"
    r"|\breform(?:ing|ed)?\s+(?:and\s+(?:strengthen|moderni[sz]|improv|updat|renew)\w*\s+)?"
    rf"(?:(?:the|our|this)\s+)?(?:{_KP}\b|scheme\b|(?:the|our|this)\s+process\b)){_WHOLE_SCHEME}"
    rf"|\b{_KP}\b(?:\s+[\w']+){{0,4}}?\s+(?:needs?|needed|must|should|(?:has|have|had)\s+to)\s+"
    r"(?:[\w']+\s+){0,2}?(?:be\s+)?reform(?:s|ed)?\b"
    rf"|\b{_KP}\b[^\x00]{{0,120}}?\b{_REFORM_NEEDED}|\b{_REFORM_NEEDED}(?=[^\x00]{{0,80}}?\b{_KP}\b)"
    rf"|\breform(?:er|e|es)\s+(?:du|le|la|de\s+la|des)\s+(?:processus\s+de\s+)?{_KP}\b"
)
# The chairs of the KP's working groups and committees, and how long they serve (see CONTEXTS["governance"]).
_BODY_CHAIRS = (
    r"\bchair\w*\s+(?:of\s+(?:the\s+|its\s+)?)?(?:working\s+groups?|committees?)\b"
    r"|\b(?:working\s+groups?|committees?)(?:'s)?\s+chair\w*"
    r"|\bpresiden\w*\s+des\s+(?:groupes\s+de\s+travail|comites)\b"
)
_TERM_OF_OFFICE = (
    r"\b(?:(?:chair|serve|hold\s+office)\w*\s+for\s+(?:one|two|three|a|a\s+single)\s+years?|terms?\s+(?:of\s+office|limits?)"
    r"|(?:continue|remain|stay)\s+in\s+office|rotat\w*|mandat\s+d'(?:un|deux)\s+ans?)\b"
)
_CHAIR_ROLE = r"(?:vice[\s\-]?)?(?:chair(?:man|woman|person|manship|personship)?s?|presidence|presidency)\b"
CONTEXTS = {
    "governance": (
        (
            # Who chairs the Process, contested: a bid withdrawn, opposed or pushed ("Australia wants to withdraw its
            # bid to become the next chair", "Russia is pushing Belarus to become chair", « retirer sa candidature à la
            # présidence »). Not a bid supported or an election reported, nor a chairmanship once boycotted, recalled
            # as background ("the coalition boycotted the scheme in 2016 due to the chairmanship of the UAE").
            "chair|presiden",
            re.compile(
                r"\b(?:withdr[ae]w\w*|oppos\w*|object(?:s|ed|ing|ions?)?|contest(?:s|ed|ing)?|reject\w*|veto\w*"
                r"|challeng\w*|disput\w*|push\w*|lobb\w*|retir\w*|rejet\w*)\b[^\x00]{0,60}?"
                r"(?:\b(?:bid|nomination|candidacy|candidature|application|offer)s?\b[^\x00]{0,40}?\b"
                + _CHAIR_ROLE
                + r"|\b(?:to\s+become|to\s+be|as)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?"
                + _CHAIR_ROLE
                + ")"
            ),
            True,  # not "retired as chairman of De Beers"
        ),
        (
            # Who will chair it, undecided: "it is still unclear who will take over as the scheme's head", "we are
            # not certain which country will be taking over the Chairmanship", "a battle over who heads the scheme".
            "who|which",
            re.compile(
                r"\b(?:unclear|uncertain|not\s+(?:yet\s+)?(?:certain|sure|clear|known|decided)|(?:don|do\s+not|doesn"
                r"|does\s+not)['’]?t?\s+know|undecided|battle|fight|row|dispute|struggle)\s+(?:[\w'’]+\s+){0,4}?"
                r"(?:who|which\s+(?:country|participant))\s+(?:[\w'’]+\s+){0,4}?(?:chair\w*"
                r"|heads?\s+(?:the\s+)?(?:scheme|process|kp)|take\s+over\s+(?:as|the\s+chair\w*)"
                r"|taking\s+over\s+(?:as|the\s+chair\w*))"
            ),
            False,
        ),
        (
            # How long the chairs of the KP's bodies serve: "the chairs of the Working Groups must chair for one year in
            # terms of the rules", "term limits for working group chairs", « la présidence des groupes de travail …
            # pour un mandat d'un an » (not the Process's own chair, handed over every year).
            "chair|presiden",
            re.compile(
                rf"(?:{_BODY_CHAIRS})[^\x00]{{0,80}}?{_TERM_OF_OFFICE}|{_TERM_OF_OFFICE}[^\x00]{{0,40}}?(?:{_BODY_CHAIRS})"
            ),
            False,
        ),
    ),
    "internal-controls": (
        (
            "requirement|standard|exigence|norme",
            re.compile(
                rf"\b(?:{'|'.join(_MEETING_REQUIREMENTS)}){_WORDS}(?:requirements|standards|exigences|normes)\b"
            ),
            True,
        ),
        (
            # A participant suspended: "suspended from the group", "suspended from the organisation",
            # "suspendue temporairement du processus", « l'adhésion du Congo avait été suspendue ». Not a suspension,
            # sanction or embargo lifted: news of a country's trade resuming (often under the UN's embargo), which
            # names no control.
            "suspen",
            re.compile(
                rf"\b(?:suspended|suspendue?s?)(?: \w+ment| temporarily| formally)? (?:from|du|de la|de l') ?(?:the )?"
                rf"(?:{_KP}|{_PK_NAMES}|group|scheme|organi[sz]ation)\b"
                r"|\b(?:adhesion|membership) (?:du|de la|de l'|d'|of) ?[\w']+(?: [\w']+)? "
                r"(?:(?:a|avait|has|had|was|is|est|ete|been) ){0,2}suspend"
            ),
            False,
        ),
        (
            # Controls said to be weak or to need strengthening or restoring: "Ghana agreed to tighten controls over
            # its exports", "weak government controls", « renforcer le contrôle des bureaux d'achat », « mieux
            # contrôler », « réinstaurer des procédures de contrôle de la certification » (not « rétablir son
            # contrôle », a state regaining its territory).
            "control",
            re.compile(
                r"\b(?:strengthen|tighten|increas|improv|enhanc|reinforc|stronger|tighter|stricter|weak|poor|lax"
                r"|adequate|effective|renforc|mieux|amelior|resserr|accroitre|accroissement|faibles?\b|insuffisan"
                r"|restor|reinstat|re-?establish|reinstaur)\w*"
                r"(?:\s+[\w']+){0,3}?\s+(?:controls|control\s+(?:measures|systems?|mechanisms?|procedures?)"
                r"|controle[rs]?)\b"
            ),
            False,
        ),
        (
            # The same said of the controls after them: "internal controls are still so weak", « les contrôles y
            # sont encore insuffisants », "export controls remain lax".
            "control",
            re.compile(
                r"\b(?:controls|controles)\b(?:\s+[\w']+){0,3}?\s+(?:are|were|remain|remained|sont|etaient|restent"
                r"|demeurent)(?:\s+(?:still|too|very|so|far|encore|toujours|trop|tres|bien|largement|y))*\s+"
                r"(?:weak|lax|poor|inadequate|insufficient|ineffective|deficient|faibles|laxistes|insuffisants"
                r"|defaillants|inefficaces|inadequats|lacunaires)\b"
                # French puts the adjective after the noun: « ces contrôles accrus », « des contrôles insuffisants ».
                r"|\bcontroles\s+(?:accrus|renforces|stricts|rigoureux|insuffisants|laxistes|defaillants|inefficaces"
                r"|lacunaires)\b"
            ),
            False,
        ),
        (
            # Diamonds mined or sold with no control at all: "artisanal mining carried out without any state control",
            # « l'exploitation … effectuée sans réel contrôle de l'État » (not a region "outside government control",
            # held by rebels: that names no mining or trade).
            "control",
            re.compile(
                r"\b(?:exploit\w*|artisan\w*|mining|mined|minier\w*|export\w*|diamonds?|diamants?|sold|vendus?)\b"
                r"[^\x00]{0,80}?\b(?:without|sans)\s+(?:any\s+|proper\s+|real\s+|effective\s+|adequate\s+|reel\s+"
                r"|veritable\s+|aucun\s+|le\s+moindre\s+)?(?:state\s+|government\s+)?(?:controls?|controles?)\b"
            ),
            False,
        ),
        (
            # A participant threatened with suspension: "Ghana may face suspension from the process", "risk suspension
            # from the Kimberley Process", « menacé de suspension » (not a suspension called for, or recalled).
            "suspen",
            re.compile(
                r"\b(?:face|faces|facing|faced|risk|risks|risking|risked|threat(?:ened|ens)?\s+with)\s+(?:a\s+)?"
                r"(?:possible\s+|potential\s+)?suspension\b"
                r"|\b(?:menace\w*|risque\w*)\s+(?:d'une\s+|de\s+|une\s+)?(?:suspension|etre\s+suspendu)"
            ),
            False,
        ),
        (
            # A participant's exports let out under the Process's watch, or without it: "allowing exports with light
            # supervision", "to sell their rough stones without Kimberley oversight", "supervised exports from two
            # mines", « la supervision des exportations » (not "transparency and oversight in the diamond industry",
            # the scheme's stock description).
            "supervis|oversight",
            re.compile(
                r"\b(?:exports?|exporting|exportations?|sales?|sell\w*|trade|trading|shipments?|stones|diamonds)\b"
                r"[^\x00]{0,60}?\b(?:with|without|under|little\s+or\s+no)\s+(?:[\w'’]+\s+){0,3}?(?:supervision|oversight)\b"
                r"|\bsupervised\s+(?:exports?|sales?|export\s+mechanism)\b"
                r"|\b(?:supervision|surveillance)\s+des\s+exportations\b"
                rf"|\b{_KP}\s+(?:oversight|supervision)\b"
            ),
            False,
        ),
        (
            # The figures a participant publishes: "more transparency is needed on diamond production", « la
            # transparence sur la production et les exportations » (not on mining revenues, the EITI's field).
            "transparen",
            re.compile(
                r"\btransparen\w*(?:\s+[\w']+){0,3}?\s+(?:on|in|of|about|sur|dans|de|des|du)\s+(?:the\s+|la\s+|les\s+)?"
                r"(?:(?:diamond|rough|diamants?|bruts?)\s+)?(?:production|exports?|exportations?)\b"
            ),
            False,
        ),
        (
            # The figures a participant or the Process owes, withheld: "the 2009 figures are yet to be published",
            # "Venezuela has not submitted its production data", « les données de production n'ont pas été
            # transmises » (not figures merely published).
            "figures|data|chiffres|donnees",
            re.compile(
                r"\b(?:(?:trade|production|export|import|annual|global|statistical|\d{4})\s+){1,3}(?:figures|data)\b"
                r"(?:\s+[\w']+){0,3}?\s+(?:(?:are|were|is|was|have|has|had)\s+)?(?:(?:not|yet|still|never)\s+)+"
                r"(?:to\s+be\s+|been\s+)?(?:published|released|submitted|made\s+public|available|provided)\b"
                r"|\b(?:not|never|failed\s+to|yet\s+to)\s+(?:submit|submitted|publish|published|provide|provided|release"
                r"|released)\s+(?:its|their|the)\s+(?:[\w']+\s+)?(?:trade|production|export|annual|statistical)\s+"
                r"(?:figures|data)\b"
                r"|\b(?:chiffres|donnees)\s+(?:de\s+(?:la\s+)?(?:production|exportation|commerce)|annuel\w*|\d{4})\b"
                r"[^\x00]{0,40}?\bn'(?:ont|a|est|sont)\s+(?:pas|toujours\s+pas|jamais)\s+(?:encore\s+)?(?:ete\s+)?"
                r"(?:publie|communique|transmis|soumis|fourni)\w*"
            ),
            False,
        ),
    ),
    "peer-review": (
        (
            # A KP team visiting or inspecting a participant: "a KP team will visit Venezuela", "teams from KP
            # member countries to inspect", "an inspection visit by the Kimberley Process", "the Kimberley Process
            # sent representatives to assess Zimbabwe's compliance".
            "visit|inspect|sent|send|fact",
            re.compile(
                rf"\b{_KP}(?:'s)?(?:\s+[\w']+){{0,2}}?\s+(?:teams?|missions?|delegations?|experts|members)\b"
                r"[^\x00]{0,60}?\b(?:visit|inspect)\w*"
                rf"|\b(?:teams?|missions?|experts|delegations?)\s+(?:from|of)\s+(?:the\s+)?{_KP}\b"
                r"[^\x00]{0,60}?\b(?:visit|inspect)\w*"
                rf"|\bvisits?\s+(?:[\w']+\s+){{0,3}}?by\s+(?:the\s+)?{_KP}\b"
                rf"|\b{_KP}\b[^\x00]{{0,120}}?\bsen[dt]s?\s+(?:a\s+|an\s+)?(?:teams?|missions?|delegations?|experts"
                r"|representatives|monitors?)\b(?:\s+[\w']+){0,3}?\s+to\s+(?:assess|visit|review|evaluate|inspect|verify)\b"
                rf"|\b(?:inspection|fact[\s\-]finding)\s+(?:visits?|missions?)\b[^\x00]{{0,80}}?\b{_KP}\b"
                # "a KP inspection team", "the [Kimberley Process inspection] team" (an editor's brackets).
                rf"|\b{_KP}\b(?:\W{{1,3}}process)?\W{{1,3}}inspection\W{{1,3}}(?:teams?|missions?|visits?)\b"
            ),
            False,
        ),
        (
            # A country's certification system reviewed: "an independent review of the Sierra Leone certification
            # process", "open their certification systems to review", « l'évaluation du processus camerounais de
            # certification ».
            "certification",
            re.compile(
                r"\b(?:review|evaluation|assessment)s?\s+of\s+(?:the\s+|its\s+|their\s+)?(?!kimberl|kp\b|kpcs)"
                r"(?:[\w']+\s+){1,2}certification\s+(?:systems?|process)\b"
                r"|\bopen\s+(?:its|their)\s+(?:[\w']+\s+)?certification\s+systems?\s+to\s+review\b"
                r"|\b(?:evaluation|revue|examen)\s+(?:du|de\s+son|de\s+leur)\s+(?:systeme|processus|dispositif)\s+"
                r"(?!de\b)[\w']+\s+de\s+certification\b"
            ),
            False,
        ),
        (
            # Monitoring that checks every participant: "regular, independent monitoring of all participants",
            # "a credible and effective monitoring system" (not "a credible monitoring arrangement" for one mine).
            "monitoring",
            re.compile(
                r"\b(?:independent|credible|effective)(?:,?\s+(?:and\s+)?(?:independent|credible|regular|effective))*"
                r",?\s+(?:(?:system|mechanism)\s+of\s+monitoring\b|monitoring\s+(?:systems?\b|mechanisms?\b|of\s+all\b))"
            ),
            False,
        ),
        (
            # « le PK puisse envoyer une équipe de contrôle », « une délégation … séjourne à Brazzaville pour une
            # revue »
            "equipe|delegation|mission|expert",
            re.compile(
                r"\bequipes?\s+(?:de\s+controle|d'experts|d'evaluation|de\s+revue|d'examen|de\s+verification"
                r"|d'inspection)\b|\bmissions?\s+d'inspection\b"
                r"|\b(?:delegations?|missions?|equipes?|experts)\b[^\x00]{0,120}?\bpour\s+une\s+(?:revue|evaluation)\b"
            ),
            False,
        ),
        (
            "mission|visite",
            re.compile(
                rf"\bmissions? (?:du|de la|des) {_PK_NAMES}\b|\bmissions? d'evaluation"
                rf"|\bvisites? (?:des|d') ?experts (?:du|de la) {_PK_NAMES}\b"
                # "Des experts du processus de Kimberley ont achevé une mission au Kasaï"
                rf"|\bexperts (?:\w+ )?(?:du|de la) {_PK_NAMES}\b"
                r"[^\x00]{0,80}?\b(?:missions?|visites?)\b"
                r"|\bmissions? internationales? d'experts\b"
            ),
            False,
        ),
    ),
    "review-process": (
        (
            # The Process itself to be reformed (see _KP_REFORMED).
            "reform",
            _KP_REFORMED,
            False,
        ),
    ),
    "permanent-secretariat": (
        (
            # The Process's own headquarters, to be hosted or built: "Botswana's bid to host the KP headquarters",
            # "establishing a permanent headquarters for the Kimberley Process", « abriter le siège du PK », « le
            # processus de Kimberley … pourrait voir son siège construit à Gaborone » (not "the headquarters of DMCC",
            # nor « ce processus dont le siège est installé à Johannesburg », the chair's country named).
            "headquarter|siege",
            re.compile(
                r"\b(?:host\w*|build\w*|built|construct\w*|establish\w*|set\w*\s+up|locat\w*|hous\w*|new|permanent"
                r"|future)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:(?:new|permanent|future)\s+)*"
                rf"(?:{_KP}(?:'s)?\s+headquarters|headquarters\s+(?:of|for)\s+(?:the\s+)?{_KP})\b"
                r"|\b(?:construi\w*|construction|abrit\w*|accueill\w*|heberg\w*|install\w*|etabli\w*|implant\w*)\s+"
                r"(?:du\s+|le\s+|l'|son\s+)?(?:(?:futur|nouveau)\s+)?siege\s+(?:permanent\s+)?(?:du|de\s+la|de\s+l')\s+"
                rf"{_PK_NAMES}\b"
                rf"|\b{_PK_NAMES}\b[^\x00]{{0,200}}?\bson\s+(?:futur\s+|nouveau\s+)?siege\s+(?:permanent\s+)?"
                r"(?:(?:sera|serait|etre)\s+)?(?:construit|bati)\b"
            ),
            False,
        ),
    ),
    "administrative-support": (
        (
            # "the very limited capacity of the present ASM": the KP's mechanism, not artisanal and small-scale
            # mining ("the current ASM sector").
            "asm",
            re.compile(
                r"\b(?:the|its|our)\s+(?:present|current|existing|interim)\s+asm\b"
                r"(?!\s+(?:communit|sector|miner|mining|activit|operator|site|produc|area|zone))"
                # The mechanism by who hosts it: "the ASM hosted by the WDC", « l'ASM, hébergé par le CMD » (artisanal
                # mining is hosted by no one).
                r"|\basm\b,?\s+(?:(?:which\s+is|is|was|currently)\s+)?(?:hosted|run|provided|managed|operated|heberge"
                r"|gere|assure)e?\s+(?:by|par)\s+(?:the\s+|le\s+)?(?:wdc|world\s+diamond\s+council|cmd"
                r"|conseil\s+mondial\s+du\s+diamant)\b"
            ),
            False,
        ),
    ),
    "scope": (
        (
            # "a broadened mandate for the KP", "the broadening of the KP's mandate", « élargir le mandat du PK ».
            # "calls to expand its charter to better address human rights abuses". The Process's « mission » is its
            # purpose in French: « élargir la mission du processus de Kimberley, à savoir la fin des diamants de
            # guerre ».
            "mandat|charter|mission",
            re.compile(
                rf"\b(?:broade|broader|widen|wider|expand|extend|elarg)\w*\b[^\x00]{{0,40}}?{_KP_MANDATE}"
                rf"|{_KP_MANDATE}[^\x00]{{0,20}}?\b(?:broaden|widen|expand|extend|elargi)\w*"
                rf"|{_PURPOSE_WIDENED}mission\s+(?:du\s+|de\s+la\s+|de\s+l')?{_PK_NAMES}\b"
                # The scheme by a pronoun: "called for it to have a broader mandate", "the scheme needs a wider
                # mandate".
                r"|\b(?:it|the\s+scheme|the\s+process)\s+(?:to\s+)?(?:have|has|had|get|gets|be\s+given|needs?)\s+"
                r"(?:a\s+)?(?:broader|wider|expanded|extended|broadened|widened)\s+mandate\b"
            ),
            False,
        ),
        (
            # Human rights brought within the scheme: "the inclusion of human rights in the KPCS", « intégrer les
            # droits humains dans le PK ».
            "human rights|droits",
            re.compile(
                r"\b(?:inclusion|include|including|incorporat\w*|integr\w*)\s+(?:of\s+|des\s+|les\s+)?"
                r"(?:human\s+rights|droits\s+(?:humains|de\s+l'homme))\s+(?:in|into|within|dans|au\s+sein\s+du)\s+"
                rf"(?:the\s+|le\s+|la\s+)?(?:{_KP}|scheme|definition|mandate|mandat|certification)\b"
            ),
            False,
        ),
        (
            # Which diamonds count as conflict diamonds: "calls for Russian diamonds to be labelled 'conflict
            # diamonds'", "branded conflict diamonds", « qualifiés de diamants de la guerre ».
            "conflict|blood|diamants",
            re.compile(
                r"\b(?:label\w*|brand\w*|classif\w*|designat\w*|deem\w*)\s+(?:[\w'’]+\s+){0,5}?(?:as\s+)?"
                r"[\"'“‘«]?\s?(?:conflict|blood)[\s\-]+diamonds?\b"
                r"|\b(?:conflict|blood)[\s\-]+diamonds?[\"'”’»]?\s+(?:label|designation|status|tag)\b"
                r"|\b(?:qualifi|classe|designe)\w*\s+(?:[\w'’]+\s+){0,3}?(?:de|comme)\s+[«\"]?\s?diamants\s+"
                r"(?:de\s+la\s+guerre|du\s+sang|de\s+guerre|de\s+conflits?|des\s+conflits)\b"
            ),
            False,
        ),
        (
            # The definition said to cover rebels alone: "covers only diamonds mined by rebel groups", "not just
            # those used by rebel groups", "our mission, as defined so far, related to violence by rebel forces",
            # « non plus uniquement les forces rebelles ».
            "rebel",
            re.compile(
                r"\b(?:defin\w*|cover\w*|couvr\w*|appl\w+|s'applique)\b(?:\W+\w+){0,8}?\W+"
                r"(?:only|not\s+just|solely|limits?|limited\s+to|restricted\s+to|exclusively|uniquement"
                r"|se\s+limite|seulement|so\s+far|until\s+now|to\s+date|jusqu'ici|jusqu'a\s+present)\b"
                r"(?:\W+\w+){0,6}?\W+rebel\w*"
            ),
            False,
        ),
        (
            # Violence by states, which the definition leaves out, set against what the KP covers: "the KP has a
            # mandate to ensure a conflict-free trade, but does not want to hear about conflict caused by state
            # agents", "blood shed by governments or rebels", « les violences d'État que le mandat du PK ignore » (not
            # "state-sponsored violence is still taking place", an abuse reported, nor "non-state actors", nor « les
            # agents de l'État », a state's civil servants).
            "state|govern|etat",
            re.compile(
                rf"{_MANDATE_WORD}[^\x00]{{0,160}}?{_STATE_VIOLENCE}|{_STATE_VIOLENCE}[^\x00]{{0,160}}?{_MANDATE_WORD}"
                # Not "fighting between rebels and government forces".
                r"|\bgovernments?\s+or\s+(?:by\s+)?rebels?\b|\brebels?\s+or\s+(?:by\s+)?governments?\b"
            ),
            False,
        ),
    ),
    "russia-ukraine": (
        (
            "russ",
            re.compile(
                # Not « les diamants de guerre » (conflict diamonds): « la proposition de la présidence russe de
                # mettre à jour la définition des diamants de guerre » names no war.
                rf"\b(?:russi(?:a|an|ans|e)|russes?)\b[^\x00]{{0,160}}?\b{_WAR}"
                rf"|\b{_WAR}[^\x00]{{0,160}}?\b(?:russi(?:a|an|ans|e)|russes?)\b"
            ),
            False,
        ),
        (
            # Russia's standing in the scheme questioned, as it has been since the invasion: "attempts to question
            # Russia's full compliance with the KPCS", « contester la conformité de la Russie ».
            "russ",
            re.compile(
                r"\b(?:question\w*|doubt\w*|challeng\w*|disput\w*|contest\w*|accus\w*|allegations?)\b[^\x00]{0,40}?"
                r"(?:\brussia(?:n\s+federation)?(?:'s|’s)\s+(?:full\s+)?compliance\b"
                r"|\bconformite\s+(?:pleine\s+)?de\s+la\s+(?:federation\s+de\s+)?russie\b)"
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
            start, end = _sentence_span(folded, hit.start(), hit.end())
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
        found = [
            match
            for match in [*(pattern.finditer(folded) if pattern else ()), *_context_matches(folded, rule.slug)]
            if _about_the_reform(folded, match, original) and not _in_another_sense(rule.slug, folded, match, original)
        ]
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


# "the Working Group on Statistics", « le groupe de travail sur la statistique »: a keyword in the name of a KP body
# lists the body, not the reform.
_BODY_NAME = re.compile(
    r"\b(?:working\s+groups?|groupes?\s+de\s+travail)\b[^.\x00]{0,60}?\b(?:on|of|sur|des?)\s+$"
    # With an article, right after the body's name (not "the working group on monitoring of its commitment to the
    # dialogue on the definition").
    r"|\b(?:working\s+groups?\s+on\s+the|groupes?\s+de\s+travail\s+sur\s+(?:la|le|les))\s+$"
    r"|\bgroupes?\s+de\s+travail\s+sur\s+l'$"
)


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
    # "a broad-scope and complex process", "a full-scope review": a compound adjective, not what the KP covers.
    "scope": (re.compile(r"[a-z]-$"), None),
    # "according to customs statistics", « selon les statistiques douanières »: a figure quoted.
    "statist": (
        re.compile(
            r"\b(?:according to|selon)(?: the| les| des| la| le)?(?: [\w']+){0,2}?\s+$"
            # The chair of the working group named by its topic: "elected vice chair of statistics".
            r"|\bchair(?:man|woman|person)?s?\s+(?:of|for|on)\s+$"
        ),
        re.compile(r"\s+(?:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals|montrent|indiquent)\b"),
    ),
}
# "the working groups on monitoring, diamond experts, statistics, artisanal production", "address governance,
# monitoring and compliance issues": "statistics" or "compliance" alone as one item of a list of topics names a
# topic or a body, not the reform; within a list, or closing a list of one-word topics.
_LIST_BEFORE = re.compile(r"(?:,|\band|\bet)\s+(?:(?:the|les|des)\s+)?$")
_LIST_AFTER = re.compile(r"\s*(?:,|;|\s(?:and|et)\s)")
_LIST_OF_TOPICS_BEFORE = re.compile(r"(?<![\w'])[a-z]{4,},\s+[a-z]{4,},?\s+(?:and|et)\s+$")
_TOPIC_WORD = re.compile(r"statist|compl|conform")
# "the definition of artisanal mining": a definition of anything but conflict diamonds (or of what the KP covers).
_DEFINITION_OF = re.compile(r"\s+(?:of|de|des|du|d')\s*(?:a |an |the |la |le |l')?([^\x00.,;:]{0,40})")
_DEFINED_BY_THE_KP = re.compile(r"conflict|conflit|diamond|diamant|guerre|sang|blood|kimberl|\bkp|\bpk|what|\bce qu")
# "the definition of conflict-affected and high-risk areas" (the OECD's, for due diligence), « zones de conflit
# ou à haut risque »: not the KP's conflict diamonds.
_HIGH_RISK_AREAS = re.compile(
    r"conflict[\s\-]+affected|high[\s\-]+risk|zones?\s+de\s+conflits?\b|haut\s+risque"
    # A law's definition of what a rough diamond is: "excluded from the definition of “rough diamond”", « la définition
    # du diamant brut ».
    r"|^\W{0,3}(?:rough|uncut|polished)\s+diamond|^\W{0,3}diamants?\s+bruts?\b"
)
# "the UN Secretariat", "the EITI secretariat": a secretariat an acronym names is another body's (read in the
# original case; "SECRETARIAT" in capitals is a heading, where every word is), unless its sentence names the KP:
# the KP's own offices go by acronyms too ("the ASM Secretariat of the Kimberley Process").
_ACRONYM_BEFORE = re.compile(r"\b(?!(?:KP|KPCS|PK|KPC)\s)[A-Z]{2,8}\s+$")
_KP_WORD = re.compile(rf"\b{_KP}\b")
# A secretariat another body owns, named after it (in the original case): "the secretariat of the ADPA", "the
# Secretariat of the African Diamond Producers Association", « le secrétariat permanent de la CEEAC », « le secrétariat
# de l'OCDE »; not the Process's ("the Secretariat of the Kimberley Process", « du Processus de Kimberley »), its
# Plenary's or its Chair's (a lower-case word: "the secretariat of the process").
_ANOTHER_BODY_AFTER = re.compile(
    r"s?\s+(?:of|de|du|des|d['’])\s*(?:the\s+|l['’]|la\s+|le\s+|les\s+)?"
    r"(?!(?:KP|KPCS|PK|KPC|Kimberl\w*|Process\w*|Scheme|Certification|Plen\w*|Plén\w*|Working|Chair\w*|Présiden\w*"
    r"|Presiden\w*|Participants?|Intersession\w*)\b)[A-Z][\w'’\-]+"
)


def _sentence_span(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding folded[start:end] begins and ends (sentences are joined by "\x00")."""
    after = folded.find("\x00", end)
    return folded.rfind("\x00", 0, start) + 1, len(folded) if after < 0 else after


# "The KPCS requires participating countries to develop internal controls …": the scheme described as
# background (an "about the KP" paragraph), not its reform.
_BACKGROUND = re.compile(
    r"\b(?:scheme|kpcs|kimberley process|kp) (?:requires|obliges|commits) (?:its |all )?"
    r"(?:participating|participants|members|member states|countries|governments)\b"
    # "The KPCS sets minimum requirements for countries that want to join": what the scheme is, described.
    r"|\b(?:scheme|kpcs|kimberley process|kp) (?:sets|establishes|lays down)(?: out)?(?: the| its)? $"
    # The scheme's stock description: "Participants can only legally trade with other participants who have met
    # the minimum requirements of the scheme", « les participants ne peuvent commercer qu'avec d'autres participants ».
    r"|\b(?:participants|members|countries|pays) (?:can|may) only (?:\w+ )?(?:trade|import|export)"
    r"|\b(?:participants|membres|pays) ne peuvent (?:\w+ )?(?:commercer|echanger|importer|exporter)\b[^\x00]{0,30} qu"
)


# A speaker's fields listed in a biography: "he has research and advocacy experience on responsible sourcing, human
# rights, diamond mining, …", « une expertise en gouvernance, statistiques, … ».
_EXPERTISE_BEFORE = re.compile(
    r"\b(?:experiences?|expertise|speciali[sz]\w*|specialit\w*|competences?|background)\s+(?:in|on|of|en|dans|sur)"
    r"\s+(?:[\w'\-]+(?:\s+[\w'\-]+){0,3},\s+){0,4}$"
)
_BACKGROUND_REACH = 200  # characters before a match looked at for background words (a sentence may run on)


def _about_the_reform(folded: str, match: re.Match, original: str = "") -> bool:
    if _BODY_NAME.search(folded, max(0, match.start() - 80), match.start()):
        return False
    sentence_start, sentence_end = _sentence_span(folded, match.start(), match.end())
    if _BACKGROUND.search(folded, max(sentence_start, match.start() - _BACKGROUND_REACH), match.start()):
        return False
    if "secretariat" in match.group() and original and _ANOTHER_BODY_AFTER.match(original, match.end()):
        return False
    if _EXPERTISE_BEFORE.search(folded, max(0, match.start() - 120), match.start()) and _LIST_AFTER.match(
        folded, match.end()
    ):
        return False
    if re.search(r"[\s\-]", match.group()):  # a phrase names the reform whatever its neighbours
        return True
    word = match.group()
    defined = _DEFINITION_OF.match(folded, match.end()) if word.startswith("defin") else None
    if defined and (not _DEFINED_BY_THE_KP.search(defined.group(1)) or _HIGH_RISK_AREAS.search(defined.group(1))):
        return False
    if (
        word.startswith("secr")
        and original
        and not original[match.start() : match.end()].isupper()
        and _ACRONYM_BEFORE.search(original, max(0, match.start() - 12), match.start())
        and not _KP_WORD.search(folded, sentence_start, sentence_end)
    ):
        return False
    if _TOPIC_WORD.match(word) and (
        (
            _LIST_BEFORE.search(folded, max(0, match.start() - 12), match.start())
            and _LIST_AFTER.match(folded, match.end())
        )
        or _LIST_OF_TOPICS_BEFORE.search(folded, max(0, match.start() - 60), match.start())
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


# What one reform's words can also mean, by area (see _in_another_sense), on folded text.
# A level of requirement exceeded, not complied with: "going beyond the minimum industry standards".
_BEYOND = re.compile(r"\b(?:beyond|above|exceeding|exceeds?|au[\s\-]dela\s+des?)\s+(?:the\s+|les\s+)?$")
# The scheme's ordinary working: "the implementation of the KP minimum standards", « la mise en œuvre des
# exigences minimales du PK », "the KP minimum standards implementation in Marange".
_IMPLEMENTATION_BEFORE = re.compile(
    r"\b(?:implementation|implementing|implement|enforcement|enforcing|mise\s+en\s+(?:oe|œ)uvre"
    r"|mettre\s+en\s+(?:oe|œ)uvre)(?:\s+(?:and|et)\s+\w+)?\s+(?:of|des|de|du)\s+(?:the\s+|les\s+|la\s+)?"
    rf"(?:kp\s+|kpcs\s+|{_KIMBERLEY}\s+process\s+)?$"
)
_IMPLEMENTATION_AFTER = re.compile(r"(?:\s+(?:of\s+the\s+)?(?:kp|kpcs))?\s+(?:for\s+(?:the\s+)?)?implementation\b")
_REQUIREMENT_WORD = re.compile(r"requir|standard|exigence|norme|compl|conform")
# Requirements for joining: "twenty applicant states … putting into place the arrangements to meet the requirements".
_JOINING = re.compile(
    r"\b(?:applicants?|candidates?|candidats?|candidature|aspiring|intention\s+to\s+(?:participate|join)"
    r"|wish(?:es|ed)?\s+to\s+(?:participate|join)|demande\s+d'adhesion)\b"
)
# The industry's own rules: "comply with the self-regulation", "promote compliance by their suppliers".
_INDUSTRY_RULES = re.compile(
    r"\bself[\s\-]?regulat|\bwarrant(?:y|ies)\b|\bcode\s+of\s+conduct\b|\bretailers?\b|\bjewell?ers\b|\bsuppliers\b"
    r"|\bindustry\s+bodies\b"
)
_WITH_THE_KP = re.compile(rf"\s+with\s+(?:the\s+)?(?:{_KP}|scheme|certification)\b")
# Compliance of another kind: "sanctions compliance", "compliance with the G7 sanctions on Russian diamonds", "a
# compliance officer", « la conformité fiscale ».
# "make the KP more digitally compliant", "environmental compliance", "tax compliance".
_OTHER_COMPLIANCE_BEFORE = re.compile(
    r"\b(?:sanctions?|regulatory|corporate|legal|aml|kyc|digital(?:ly)?|environmental(?:ly)?|technological(?:ly)?"
    r"|tax|fiscal(?:ly)?|esg|data|privacy)\s+$"
)
# Compliance as what is monitored: "industry monitoring of Kimberley compliance is fine for now", "monitoring
# compliance with KPCS requirements": who monitors the scheme (its peer review), not a participant's controls.
_MONITORING_BEFORE = re.compile(
    rf"\bmonitor(?:ing|ed|s)?\s+(?:of\s+)?(?:the\s+)?(?:(?:{_KIMBERLEY}(?:\s+process)?|kpcs|kp)\s+)?$"
)
_OTHER_COMPLIANCE_AFTER = re.compile(
    r"\s+(?:officers?|departments?|teams?|costs?|programmes?|programs?|functions?|fiscale|reglementaire)\b"
    r"|\s+(?:with|to|avec|aux?)\s+(?:the\s+|les\s+)?(?:[\w.\-]+\s+){0,3}?sanctions?\b"
    # Others' standards: "complying with all business and social responsibility standards", "the OECD guidance".
    r"|(?:\s+(?:with|to|avec|aux?))?\s+(?:the\s+|all\s+|their\s+|les\s+|la\s+)?(?:[\w.\-]+\s+){0,3}?"
    r"(?:business|social|ethical|environmental|labou?r|esg|oecd|ocde|rjc)\b"
)
# A country's own « Secrétariat permanent du Processus de Kimberley » (Côte d'Ivoire's, the CAR's, a local
# committee's), named by what follows it or by the country the text speaks of.
_NATIONAL_OFFICE_AFTER = re.compile(
    rf"(?:\s+(?:du|de\s+la|de\s+l')\s+{_PK_NAMES})?\s+(?:de\s+la\s+r[ea]p|du\s+comite|de\s+la\s+cellule"
    r"|du\s+ministere|de\s+la\s+commission|nationale?\b|locale?\b|de\s+(?:la\s+)?(?:cote|guinee|centrafrique|rca|rdc)\b"
    r"|du\s+(?:cameroun|congo|gabon|mali|togo|liberia|ghana)\b)"
)
# A national office lodged in a ministry: « au secrétariat permanent du PK, qui seront logées à la direction générale
# des mines », « le secrétariat permanent, rattaché au ministère ».
_LODGED_IN_A_MINISTRY = re.compile(
    r"\b(?:loge|rattache|place|situe|heberge)e?s?\s+(?:a|au|aupres\s+du|sous|dans|au\s+sein\s+du)\b[^\x00]{0,30}?"
    r"\b(?:ministere|direction)\b"
)
# A monitor for one place's exports: "export diamonds from the Marange region …, whilst establishing a credible
# independent monitoring mechanism" (that country's controls, not the review of every participant).
_ONE_PLACES_EXPORTS = re.compile(
    r"\bexport\w*\b[^\x00]{0,60}?\bfrom\s+(?:the\s+)?(?:[\w']+\s+){1,2}?(?:region|fields?|mines?|concessions?)\b"
)
# Requirements a definition should go beyond: "We need a KP definition that meets and exceeds consumer expectations,
# not one that only meets minimum requirements" (how ambitious the scope is, not a participant's controls).
_DEFINITION_THAT = re.compile(r"\bdefinitions?\s+(?:that|which|qui)\b")
# An organisation's own review of the Process, its report: "From Partnership Africa Canada's recent review of the
# Kimberley Process, it is obvious…", not the Process's committee's nor its participants' review and reform.
_SOMEONES_REVIEW_BEFORE = re.compile(
    r"\b(?!(?:committee|committees|plenary|process|participants|members|chair|kp|kpcs|pk|scheme)'s?\s)[a-z]+'s?\s+"
    r"(?:(?:recent|latest|new|annual|own|last|independent|first|second|third|\d{4})\s+)?$"
)
# A reform named by what it would change, the definition: "the reform agenda resulting in a widening of the definition",
# "the reform proposal states that the concept of conflict diamond …", "the KP needed to reform to ban the sale of all
# blood diamonds" (the scope, not the review and reform process).
_ABOUT_THE_DEFINITION = re.compile(
    r"(?:\s+(?:of|to|for)\s+(?:the\s+)?[\w']+(?:\s+[\w']+)?)?,?\s+(?:resulting\s+in|leading\s+to|states?\s+that"
    r"|stating\s+that|would|to|in\s+order\s+to|aimed\s+at|aiming\s+to|(?:both\s+)?on|concerning|regarding|visant\s+a|pour|sur)\s+"
    r"(?:[\w'\-]+\s+){0,5}?(?:defin\w*|redefin\w*|concept\s+of\s+conflict|scope|(?:conflict|blood)[\s\-]+diamonds?"
    r"|diamants\s+(?:de\s+(?:la\s+)?guerre|du\s+sang|de\s+conflits?))\b"
)
# « la mission d'examen du PK », « une visite de revue du PK »: a team reviewing a participant (peer review), not the
# review of the Process.
_REVIEW_TEAM_BEFORE = re.compile(r"\b(?:missions?|visites?|equipes?|delegations?)\s+(?:d'|de\s+)$")
_REFORMS_ABOUT_THE_DEFINITION = re.compile(r"\breforms?\b" + _ABOUT_THE_DEFINITION.pattern)


@functools.lru_cache(maxsize=4)
def _reforms_about_the_definition(folded: str) -> bool:
    """Whether a document says anywhere that its reforms are about the definition (searched once a document)."""
    return bool(_REFORMS_ABOUT_THE_DEFINITION.search(folded))


# Russia's standing questioned ("attempts to question its compliance with the scheme", « contester la conformité de la
# Russie »): the dispute over Russia's diamonds, not a participant's controls.
_RUSSIA_QUESTIONED = re.compile(
    r"\b(?:russi(?:a|an|e)|russes?)\b[^\x00]{0,160}?\b(?:question\w*|doubt\w*|challeng\w*|disput\w*|contest\w*)\s+"
    r"(?:its|their|sa|leur|russia(?:n\s+federation)?'s)\s+(?:full\s+|pleine\s+)?(?:compliance|conformite)\b"
    r"|\b(?:question\w*|doubt\w*|challeng\w*|disput\w*|contest\w*)\s+(?:the\s+|la\s+)?(?:full\s+|pleine\s+)?"
    r"(?:russia(?:n\s+federation)?'s\s+(?:full\s+)?compliance|conformite\s+(?:pleine\s+)?de\s+la\s+"
    r"(?:federation\s+de\s+)?russie)\b"
)
# A country's own "Kimberley Process Office situated in the Ministry of Minerals", "forms a part of the Trade Section".
_IN_A_MINISTRY = re.compile(r"\b(?:ministry|ministries|ministere|department|directorate|section)\b")
_FRENCH_SECRETARIAT = re.compile(r"secretariats?[\s\-][^\x00]*permanent")
# Definite, as a body already at work is named; not "la création du secrétariat permanent" (the reform).
_DEFINITE_BEFORE = re.compile(
    r"(?<!creation )(?<!etablissement )(?<!ouverture )(?<!lancement )(?<!installation )(?<!siege )"
    r"\b(?:le|du|au)\s+$"
)
# A French adjective of nationality ("le secrétariat permanent ivoirien"): one country's own office.
# Neighbours that take no part in the Process have offices of their own too.
_OTHER_NATIONALITIES = ("tchadien", "tchadienne", "senegalais", "senegalaise", "burkinabe")
_NATIONAL = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {re.escape(fold(name)) for country in COUNTRIES for name in country.noms if name.islower()}
            | set(_OTHER_NATIONALITIES)
        )
    )
    + r")s?\b"  # "ivoiriens", "congolaises"
)
# "the Russian diamond industry": Russia's trade named, not the war.
_RUSSIAN_TRADE_AFTER = re.compile(r"\s+(?:industry|sector|producers?|compan(?:y|ies)|miners?|mining)\b")
# "Botswana took over the rotating chairmanship": a chair handed over, not how the KP is run.
# "Under the UAE's rotating chairmanship", "during its rotating chairmanship": the chair's year named, not the rule.
_CHAIR_HANDED_OVER = re.compile(
    r"\b(?:took|takes|take|taking|assumed?|assumes|assuming|handed|hands|hand|passed|passes|holds?|held|holding"
    r"|under|during|for)\s+(?:over\s+|up\s+)?(?:the\s+|its\s+|their\s+|(?:the\s+)?[\w.]+'s\s+)?(?:current\s+|annual\s+)?$"
)

# The rotating chair's own office, not the permanent one: "the KPCS Secretariat, led by the KPCS Chairman", "hosting
# the chairmanship and secretariat", "the Chair's secretariat", « le secrétariat de la présidence ».
_CHAIRS_OFFICE = re.compile(
    r"\bsecretariats?,?\s+(?:led|headed|run|chaired)\s+by\s+(?:the\s+|its\s+)?(?:[\w.]+\s+)?chair(?:man|woman|person)?\b"
    r"|\bchair(?:man|woman|person)?['’]s\s+secretariat|\bchairmanship\s+and\s+(?:the\s+|its\s+)?secretariat"
    r"|\bsecretariat\s+(?:of|to)\s+the\s+(?:[\w.]+\s+)?chair(?:man|manship)?\b"
    r"|\bsecretariat\s+(?:de\s+la|du)\s+(?:presidence|president)\b"
)


# Another body's reform: "the reform process led to the amendments of the Statute, the Internal Regulation of the
# Executive Secretariat of ADPA" (read in the original case: an organisation's acronym after "of", not a country's),
# where the sentence does not name the KP.
_OTHER_BODYS_ORGANS = re.compile(
    r"\b(?:of|de|du|des|d')\s*(?:the\s+|l')?(?!(?:KP|KPCS|PK|KPC|UAE|DRC|RDC|CAR|RCA|USA|EAU)\b)[A-Z]{3,8}\b"
)


def _in_another_sense(slug: str, folded: str, match: re.Match, original: str = "") -> bool:
    """A match that, for this area, names something else than its reform: requirements exceeded, implemented or
    for joining, the industry's own rules, compliance of another kind (sanctions, a compliance officer), a national
    office, Russia's trade, a chair handed over, another body's reform."""
    words = match.group()
    before = folded[max(0, match.start() - 80) : match.start()]
    sentence_start, sentence_end = _sentence_span(folded, match.start(), match.end())
    sentence = folded[sentence_start:sentence_end]
    if slug == "internal-controls":
        if "minim" in words and (
            _DEFINITION_THAT.search(folded, sentence_start, match.start())
            or _BEYOND.search(before)
            or _IMPLEMENTATION_BEFORE.search(before)
            or _IMPLEMENTATION_AFTER.match(folded, match.end())
        ):
            return True
        if _REQUIREMENT_WORD.search(words) and _JOINING.search(sentence):
            return True
        if "industr" in words:
            return True
        if words.startswith(("compl", "conform")) and (
            _OTHER_COMPLIANCE_BEFORE.search(folded, max(0, match.start() - 20), match.start())
            or _RUSSIA_QUESTIONED.search(sentence)
            or _MONITORING_BEFORE.search(folded, max(0, match.start() - 40), match.start())
            or _OTHER_COMPLIANCE_AFTER.match(folded, match.end())
        ):
            return True
        return bool(
            words.startswith("compl")
            and _INDUSTRY_RULES.search(sentence)
            and not _WITH_THE_KP.match(folded, match.end())
        )
    if slug == "permanent-secretariat" and "permanent" not in words and _CHAIRS_OFFICE.search(sentence):
        return True
    if slug == "permanent-secretariat" and "office" in words and "permanent" not in words:
        return bool(_IN_A_MINISTRY.search(sentence))
    if slug == "permanent-secretariat" and _FRENCH_SECRETARIAT.match(words):
        if "national" in words or _NATIONAL_OFFICE_AFTER.match(folded, match.end()):
            return True
        if _LODGED_IN_A_MINISTRY.search(sentence):
            return True
        previous_start = folded.rfind("\x00", 0, max(0, sentence_start - 1)) + 1
        return bool(_DEFINITE_BEFORE.search(before) and _NATIONAL.search(folded, previous_start, sentence_end))
    if slug == "peer-review" and "monitoring" in words and _ONE_PLACES_EXPORTS.search(sentence):
        return True
    if slug == "peer-review" and words.startswith("mission") and re.search(_PURPOSE_WIDENED + "$", before):
        return True
    if slug == "russia-ukraine" and words.startswith("russian diamond"):
        return bool(_RUSSIAN_TRADE_AFTER.match(folded, match.end()))
    if (
        slug == "review-process"
        and words.startswith(("examen", "revue", "revision"))
        and _REVIEW_TEAM_BEFORE.search(before)
    ):
        return True
    if slug == "review-process" and words.startswith("review") and _SOMEONES_REVIEW_BEFORE.search(before):
        return True
    if slug == "review-process" and "reform" in words and _ABOUT_THE_DEFINITION.match(folded, match.end()):
        return True
    # A call to reform the Process, where the text says elsewhere that the reforms are about the definition ("calling
    # for meaningful reforms, both on the scope of the definition and …"): those reforms, not the review process.
    if slug == "review-process" and match.re is _KP_REFORMED and _reforms_about_the_definition(folded):
        return True
    if slug == "review-process" and original and _OTHER_BODYS_ORGANS.search(original, sentence_start, sentence_end):
        return not _KP_WORD.search(folded, sentence_start, sentence_end)
    if slug == "governance" and "rotating" in words:
        return bool(_CHAIR_HANDED_OVER.search(before))
    return False


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
