"""The shapes of a person's name: which capitalised words can be one (not a title, an office's word or an
acronym), the runs of them in a fragment, names written in capitals, and the places and bodies written the same
way."""

import re

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "m", "mme", "madame", "madam", "monsieur",
    "mlle", "mademoiselle", "me", "hon", "honourable", "ambassador", "ambassadeur", "ambassadrice", "minister",
    "ministre", "president", "président", "présidente", "chair", "chairperson", "chairman", "director", "directeur",
    "directrice", "h.e.", "s.e.", "excellency", "excellence", "honorable", "hon.", "dr.", "mr.", "mrs.", "ms.",
    "prof.", "shri", "smt", "ambasador", "rev", "rev.", "reverend", "sheikh", "sheik", "cheikh", "sheikha", "vp",
    "senator", "sen", "sen.",
    "amb", "amb.", "maître", "maitre", "docteur", "professeur", "pr", "alhaji", "alhaja", "lord", "baroness", "rt",
    "gen", "gen.", "mgr", "monseigneur", "engr", "eng", "s.e.m", "s.e.m.", "lt", "col", "maj", "brig", "capt",
    "lieutenant", "colonel", "brigadier",
}  # fmt: skip
# Capitalised words of an office, not of a name: "Minister of Mineral Resources Susan Shabangu".
OFFICE_WORDS = {
    "mines", "mining", "mineral", "minerals", "resources", "natural", "development", "foreign", "affairs", "trade",
    "industry", "labour", "labor", "finance", "finances", "economy", "economic", "commerce", "external", "relations",
    "energy", "health", "interior", "justice", "environment", "deputy", "secretary", "general", "spokesman",
    "spokesperson", "spokeswoman", "executive", "chief", "officer", "vice", "acting", "permanent", "representative",
    "commissioner", "governor", "premier", "coordinator", "senior", "adviser", "advisor", "head", "policy",
    "affaires", "étrangères", "etrangeres", "géologie", "geologie", "délégué", "délégation", "porte-parole",
    "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "secrétaire", "général", "generale",
    "générale", "adjoint", "adjointe",
    "campaigner", "researcher", "analyst", "convener", "convenor", "activist", "manager", "chargé", "chargée",
    "assistant", "special", "under", "state", "mayor", "maire", "prime", "monitor",
    "député", "députée", "sénateur", "sénatrice", "commissaire", "gouverneur", "bourgmestre",
}  # fmt: skip
# Particles inside a name: "Pieter van der Berg", "Jean Dupont de Global Witness" (surname_pattern, below,
# knows those that may open a surname).
PARTICLES = {"de", "da", "das", "do", "dos", "du", "des", "van", "von", "der", "den", "ter", "di", "del", "bin", "ibn"}
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "our", "we", "it", "in", "as", "but", "and", "according", "while",
    "le", "la", "les", "nous", "notre", "il", "elle", "ce", "cette", "selon", "mais", "et", "en", "he", "she",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "par",
    "his", "her", "son", "sa", "pour", "for", "from", "with", "to", "after", "on", "at", "of", "d'après", "d’après",
    # A verb of saying opening the sentence: "Commented Sanjay Shah, Convener, DPC, GJEPC: “…”".
    "commented", "added", "said", "says", "stated", "noted", "explained", "continued", "concluded", "declared",
    # A French article or determiner opening a sentence or a heading: "Des Arguments de Vente", "Une Affaire".
    "des", "un", "une", "ces", "ses", "aux", "au", "leur", "leurs",
    # Capitalised words of meetings and programmes: "General Assembly Plenary Meeting", "Responsible Sourcing".
    "assembly", "plenary", "meeting", "session", "conference", "summit", "sourcing", "responsible", "resolution",
    "nations",
}  # fmt: skip


_INITIALS = re.compile(r"(?:[A-Z][.\u2024]){1,3}[A-Z]?|[A-Z]")


def uncapitalised(line: str) -> str:
    """A line written in capitals ("MS PHUMZILE MLAMBO-NGCUKA") as its names are usually written."""
    return line.title() if line.isupper() else line


# A title in capitals too: "HON. AMARA OKONKWO"; or before a surname's particle: "Mr. de Vries".
ABBREVIATION_MARK = re.compile(
    r"\b((?i:Mr|Mrs|Ms|Dr|Prof|Hon|Amb|Rev)|Gen|Lt|Col|Maj|Brig|Capt|St|Mme|Mlle|[A-Z])\.(?=[ \t]*[A-Z]|[A-Z]"
    r"|(?<=[a-z]\.)[ \t]+(?:de|da|du|van|von|der|den|di|del|bin|ibn|al|el|le|la)[ \t]+[A-Z])"
)


def undot(value: str) -> str:
    return value.replace("\u2024", ".")


FULL_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w’'\u2024-]*[ \t]+){1,4}[A-ZÀ-Ý][\w’'\u2024-]+")


def is_name_token(token: str) -> bool:
    lowered = undot(token).lower()
    if lowered in TITLES or lowered.rstrip(".") in TITLES:
        return False  # "H.E.", "M." (Monsieur)
    if _INITIALS.fullmatch(token):
        return True  # "K.G. Moshashane", "Philip T. Reeker"
    if lowered.split("-", 1)[0] in _NAME_PREFIXES and "-" in lowered:
        return is_name_token(token.split("-", 1)[1])
    if not token[:1].isupper() or lowered in _NOT_NAMES or lowered in OFFICE_WORDS:
        return False
    if lowered in TITLES or lowered.rstrip(".") in TITLES:
        return False
    if len(token) > 1 and token.isupper():  # acronyms such as KP, CSC, ZELA
        return False
    parts = [part for part in token.split("-") if part]
    if len(parts) > 1 and any(len(part) > 3 and part.lower() in TITLES | OFFICE_WORDS for part in parts):
        return False  # "Vice-President", "Secretary-General", "Minister-Counsellor": an office, hyphenated
    # "al-Mansouri", "el-Amin", "bin-Rashid": an Arabic article or particle before the capitalised name.
    if len(parts) > 1 and parts[0].lower() in _NAME_PREFIXES:
        parts = parts[1:]
    return all(part[:1].isupper() for part in parts)


_NAME_PREFIXES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "bin", "ibn", "abu"}


# Titles that are surnames too: a title only before a name.
TITLES_ALSO_NAMES = {"judge", "bishop", "archbishop", "pastor", "imam", "rabbi", "cardinal"}


def name_runs(tokens: list[str]) -> list[tuple[str, list[str]]]:
    runs: list[tuple[str, list[str]]] = []
    title, names = "", []
    tokens = names_in_capitals([token.strip("\"'“”«»()") for token in tokens])
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not names and token[:1].isupper() and undot(token).lower().rstrip(".") in TITLES | {"h.e", "s.e"}:
            title = token
        elif not (names or title) and token.lower() in TITLES_ALSO_NAMES and is_name_token(following):
            title = token  # "Judge John Doe", "Bishop Desmond Tutu" (not "Julie Bishop", nor "Bishop said")
        elif is_name_token(token) or ((names or title) and _particle_in_name(tokens, index)):
            names.append(token)
            if token.endswith(("'s", "’s")):
                runs.append((title, names))  # "the CNRG’s Grace Mutasa": the name after a possessive is another
                title, names = "", []
        elif names and _INITIALS.fullmatch(token) and is_name_token(following):
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


def names_in_capitals(tokens: list[str]) -> list[str]:
    """ "said AMARA OKONKWO": two words or more in capitals, each of three letters or more with a vowel, are a
    name written in capitals ("KP CSC", "ZELA" alone stay acronyms)."""
    result = list(tokens)
    run: list[int] = []
    for index, token in enumerate([*tokens, ""]):
        if len(token) >= 3 and _CAPITALISED_WORD.fullmatch(token):
            run.append(index)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            run
            and token.isupper()
            and token.lower() in PARTICLES | {"al", "el"}
            and _CAPITALISED_WORD.fullmatch(following)
        ):
            run.append(index)  # "JAN DE VRIES", "AHMED BIN SULAYEM": a particle inside the name
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
    if token.lower() in PARTICLES:
        return _particle_leads_on(tokens, index)
    if token in _ARTICLES_IN_NAMES and index and not tokens[index - 1].endswith((",", ".", ";", ":")):
        return _particle_leads_on(tokens, index)
    return False


def _particle_leads_on(tokens: list[str], index: int) -> bool:
    """ "Pieter van der Berg": particles, one or two, lead on to a name."""
    for following in tokens[index + 1 : index + 3]:
        if is_name_token(following):
            return True
        if following.lower() not in PARTICLES:
            return False
    return False


# The last word of a place's or a body's name, never of a person's: "Victoria Falls", "Member States", "Sierra
# Leone Times". (Not words that are also surnames: "Hall", "Court", "Hills", "Bay".)
_PLACE_OR_BODY_LAST_WORDS = {
    "states", "nations", "unies", "unis", "falls", "city", "ville", "island", "islands", "republic", "république",
    "kingdom", "royaume", "emirates", "émirats", "coast", "province", "region", "région", "district", "county",
    "airport", "university", "université", "college", "parliament", "parlement", "congress", "senate", "sénat",
    "tribunal", "company", "corporation", "limited", "ltd", "inc", "plc", "bank", "banque", "fund", "fonds", "times",
    "news", "herald", "tribune", "gazette", "magazine", "journal", "radio", "television", "télévision", "diamonds",
    "diamants", "jewellers", "jewelers", "exchange", "bourse", "industries", "holdings", "ventures", "resources",
    "minerals", "capital", "partners", "participants", "observers", "delegates", "délégués", "members", "membres",
    "municipality", "municipalité", "township", "corp", "co", "llc", "trading", "exports", "jewellery", "jewelry",
    "consortium", "cooperative", "coopérative", "syndicate", "enterprises",
    # A group of people by its plural: "Green Advocates", "Fatal Transactions", "Diamond Campaigners".
    "advocates", "campaigners", "activists", "defenders", "watchers", "friends", "miners", "producers", "workers",
    # A continent or its adjective closing a body's name: "Anglo American", "Diamond Fields Africa".
    "american", "african", "european", "asian", "africa", "america", "europe", "asia", "américain", "africain",
    # A document by its kind, speaking as a text does: "The Luanda Declaration states", "the Moscow Communiqué".
    "declaration", "déclaration", "communiqué", "communique", "charter", "charte", "treaty", "traité",
    "convention", "protocol", "protocole", "agreement", "act", "report", "memorandum",
    "manifesto", "statement", "release", "decision", "décision", "guidelines", "framework",
    # A scheme by its kind: "the Kimberley Scheme", "Certification Scheme", "Peer Review Mechanism".
    "scheme", "mechanism", "mécanisme",
}  # fmt: skip
# The first word of a collective: "Member States said", "Participant countries", "Observer groups".
_COLLECTIVE_FIRST_WORDS = {"member", "members", "participant", "participants", "observer", "observers", "états"}
# The first word of a place's name, never of a person's: "New Delhi", "Port Louis", "Los Angeles", "Tel Aviv",
# "São Tomé", "Rio Tinto".
_PLACE_FIRST_WORDS = {"new", "port", "fort", "los", "las", "tel", "santa", "sao", "são", "rio"}
# Common nouns by their endings, not surnames: "Fatal Transactions", "Diamond Communities". (Not "-ments" or
# "-ances": "Clements", "Frances".)
_COMMON_NOUN_ENDING = re.compile(r"(?:tions|sions|ities|nesses|ships)$", re.IGNORECASE)


def is_place_or_body(name: str) -> bool:
    """Whether capitalised words that look like a name ("Victoria Falls", "Member States") are a place's or a
    body's instead: by their last word, a collective's first word, or a common noun's ending."""
    words = [word.strip(".,;:'’") for word in name.split()]
    if len(words) < 2:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if last in _PLACE_OR_BODY_LAST_WORDS or first in _COLLECTIVE_FIRST_WORDS | _PLACE_FIRST_WORDS:
        return True
    return bool(_COMMON_NOUN_ENDING.search(last))


# A surname's own particle may be capitalised or not, as it opens a sentence or follows a title: "Van der Berg
# said" for "Hans van der Berg", "Bin Sulayem" for "Ahmed bin Sulayem".
_SURNAME_PARTICLES = {
    "de", "da", "das", "do", "dos", "du", "des", "van", "von", "der", "den", "ter", "di", "del", "della", "bin",
    "ibn", "al", "el", "le", "la", "abu", "ben",
}  # fmt: skip


def surname_pattern(surname: str) -> str:
    """A regular expression for the surname as the text may write it: a leading particle in either case."""
    first, _, rest = surname.partition(" ")
    if first.lower() not in _SURNAME_PARTICLES or not rest:
        return re.escape(surname)
    return rf"(?i:{re.escape(first)})\ {re.escape(rest)}"
