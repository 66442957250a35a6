"""Statements a government or the KP's chair makes through its officials: who speaks for whom.

A minister's speech, a president opening a plenary or a news report of what a ministry said is the
statement of that official's country; words of "the Chair of the Kimberley Process" are the KP's own.
"""

import functools
import re
from dataclasses import dataclass
from urllib.parse import unquote

from .normalise import fold


@dataclass(frozen=True)
class Country:
    english: str
    french: str
    names: tuple[str, ...] = ()  # other English names and adjectives
    noms: tuple[str, ...] = ()  # other French names and adjectives


# KP participants (and those that were, before joining the EU) and the countries most often speaking at its meetings.
COUNTRIES = (
    Country("Angola", "Angola", ("Angolan",), ("angolais", "angolaise")),
    Country("Armenia", "Arménie", ("Armenian",), ("arménien", "arménienne")),
    Country("Australia", "Australie", ("Australian",), ("australien", "australienne")),
    Country("Bangladesh", "Bangladesh", ("Bangladeshi",), ("bangladais", "bangladaise")),
    Country("Belarus", "Biélorussie", ("Belarusian",), ("Bélarus", "biélorusse")),
    Country("Belgium", "Belgique", ("Belgian",), ("belge",)),
    Country("Botswana", "Botswana", ("Batswana", "Motswana", "Botswanan"), ("botswanais", "botswanaise")),
    Country("Brazil", "Brésil", ("Brazilian",), ("brésilien", "brésilienne")),
    Country("Bulgaria", "Bulgarie", ("Bulgarian",), ("bulgare",)),
    Country("Cambodia", "Cambodge", ("Cambodian",), ("cambodgien", "cambodgienne")),
    Country("Cameroon", "Cameroun", ("Cameroonian",), ("camerounais", "camerounaise")),
    Country("Canada", "Canada", ("Canadian",), ("canadien", "canadienne")),
    Country(
        "Central African Republic",
        "République centrafricaine",
        ("CAR", "Centrafrique", "Central Africa Republic"),
        ("Centrafrique", "RCA", "centrafricain", "centrafricaine"),
    ),
    Country("China", "Chine", ("Chinese", "People's Republic of China"), ("chinois", "chinoise")),
    Country("Chinese Taipei", "Taipei chinois", ("Taiwan", "Taiwanese"), ("Taïwan", "taïwanais", "taïwanaise")),
    Country("Côte d'Ivoire", "Côte d'Ivoire", ("Ivory Coast", "Ivorian"), ("ivoirien", "ivoirienne")),
    Country("Croatia", "Croatie", ("Croatian",), ("croate",)),
    Country(
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        ("DRC", "DR Congo", "Democratic Republic of Congo", "Congolese"),
        ("RDC", "RD Congo", "République Démocratique du Congo", "congolais", "congolaise"),
    ),
    Country("Eswatini", "Eswatini", ("Swaziland", "Swazi"), ("Swaziland", "swazi")),
    Country("European Union", "Union européenne", ("EU", "E.U.", "European"), ("UE", "européen", "européenne")),
    Country("France", "France", ("French",), ("français", "française")),
    Country("Gabon", "Gabon", ("Gabonese",), ("République gabonaise", "gabonais", "gabonaise")),
    Country("Ghana", "Ghana", ("Ghanaian",), ("ghanéen", "ghanéenne")),
    Country("Guinea", "Guinée", ("Guinean",), ("guinéen", "guinéenne")),
    Country("Guyana", "Guyana", ("Guyanese",), ()),
    Country("Hungary", "Hongrie", ("Hungarian",), ("hongrois", "hongroise")),
    Country("India", "Inde", ("Indian",), ("indien", "indienne")),
    Country("Indonesia", "Indonésie", ("Indonesian",), ("indonésien", "indonésienne")),
    Country("Israel", "Israël", ("Israeli",), ("israélien", "israélienne")),
    Country("Japan", "Japon", ("Japanese",), ("japonais", "japonaise")),
    Country("Kazakhstan", "Kazakhstan", ("Kazakh", "Kazakhstani"), ("kazakh", "kazakhe")),
    Country("Kyrgyzstan", "Kirghizistan", ("Kyrgyz Republic", "Kyrgyz"), ("kirghize",)),
    Country("Laos", "Laos", ("Lao PDR", "Laotian"), ("laotien", "laotienne")),
    Country("Lebanon", "Liban", ("Lebanese",), ("libanais", "libanaise")),
    Country("Lesotho", "Lesotho", (), ()),
    Country("Liberia", "Libéria", ("Liberian",), ("libérien", "libérienne")),
    Country("Malaysia", "Malaisie", ("Malaysian",), ("malaisien", "malaisienne")),
    Country("Mali", "Mali", ("Malian",), ("malien", "malienne")),
    # Not "Maurice" alone: a first name as often.
    Country("Mauritius", "île Maurice", ("Mauritian",), ("mauricien", "mauricienne")),
    Country("Mexico", "Mexique", ("Mexican",), ("mexicain", "mexicaine")),
    Country("Mozambique", "Mozambique", ("Mozambican",), ("mozambicain", "mozambicaine")),
    Country("Namibia", "Namibie", ("Namibian",), ("namibien", "namibienne")),
    Country("New Zealand", "Nouvelle-Zélande", ("New Zealander",), ("néo-zélandais", "néo-zélandaise")),
    Country("Norway", "Norvège", ("Norwegian",), ("norvégien", "norvégienne")),
    Country("Panama", "Panama", ("Panamanian",), ("panaméen", "panaméenne")),
    # Not "Polish": what is done to diamonds.
    Country("Poland", "Pologne", (), ("polonais", "polonaise")),
    Country("Qatar", "Qatar", ("Qatari",), ("qatari", "qatarie")),
    Country(
        "Republic of Korea",
        "République de Corée",
        ("South Korea", "Korea", "South Korean", "Korean"),
        ("Corée du Sud", "Corée", "coréen", "coréenne"),
    ),
    # Congo-Brazzaville; "congolais" is left to the larger DRC, whose names are longer and so win where both fit.
    Country(
        "Republic of the Congo",
        "République du Congo",
        ("Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville"),
        ("Congo-Brazzaville", "Congo Brazzaville"),
    ),
    Country("Romania", "Roumanie", ("Romanian",), ("roumain", "roumaine")),
    Country("Russia", "Russie", ("Russian Federation", "Russian"), ("Fédération de Russie", "russe")),
    Country("Sierra Leone", "Sierra Leone", ("Sierra Leonean",), ("sierra-léonais", "sierra-léonaise")),
    Country("Singapore", "Singapour", ("Singaporean",), ("singapourien", "singapourienne")),
    Country("Slovenia", "Slovénie", ("Slovenian", "Slovene"), ("slovène",)),
    Country(
        "South Africa",
        "Afrique du Sud",
        ("South African", "Republic of South Africa"),
        ("sud-africain", "sud-africaine", "sud-africains"),
    ),
    Country("Sri Lanka", "Sri Lanka", ("Sri Lankan",), ("sri-lankais", "sri-lankaise")),
    Country("Switzerland", "Suisse", ("Swiss",), ("suisse",)),
    Country("Tanzania", "Tanzanie", ("Tanzanian",), ("tanzanien", "tanzanienne")),
    Country("Thailand", "Thaïlande", ("Thai",), ("thaïlandais", "thaïlandaise")),
    Country("Togo", "Togo", ("Togolese",), ("togolais", "togolaise")),
    Country("Türkiye", "Turquie", ("Turkey", "Turkish"), ("turc", "turque")),
    Country("Ukraine", "Ukraine", ("Ukrainian",), ("ukrainien", "ukrainienne")),
    Country(
        "United Arab Emirates",
        "Émirats arabes unis",
        ("UAE", "U.A.E.", "Emirati"),
        ("EAU", "Émirats Arabes Unis", "Émirats", "émirien", "émirienne", "émirati", "émiratie"),
    ),
    Country("United Kingdom", "Royaume-Uni", ("UK", "U.K.", "British", "Britain"), ("britannique",)),
    Country(
        "United States",
        "États-Unis",
        ("US", "U.S.", "USA", "U.S.A.", "American", "United States of America"),
        ("américain", "américaine"),
    ),
    Country("Uzbekistan", "Ouzbékistan", ("Uzbek",), ("ouzbek", "ouzbèke")),
    Country("Venezuela", "Venezuela", ("Venezuelan",), ("vénézuélien", "vénézuélienne")),
    Country("Vietnam", "Viêt Nam", ("Viet Nam", "Vietnamese"), ("Vietnam", "vietnamien", "vietnamienne")),
    Country("Zimbabwe", "Zimbabwe", ("Zimbabwean", "Republic of Zimbabwe"), ("zimbabwéen", "zimbabwéenne")),
)

# Adjectives in capitals ("Indian", "American") are also everyday words; short acronyms must be exact.
_LONGEST_NAME = 64  # characters: more than the longest way of naming a country, with the word after it
_CASE_SENSITIVE = re.compile(r"^[A-Z.]{2,6}$")


def _country_names() -> list[tuple[str, str]]:
    """(a way of naming a country, the name to give), longest first so that "South African" wins over "South
    Africa"; a French name gives the French name, an English one the English."""
    entries = []
    for country in COUNTRIES:
        for name, given in [
            (country.english, country.english),
            *((alias, country.english) for alias in country.names),
            (country.french, country.french),
            *((alias, country.french) for alias in country.noms),
        ]:
            entries.append((name, given))
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return list(dict.fromkeys(entries))


# "The minerals-rich South American country", "latino-américain": a continent's part, not the United States.
_CONTINENTAL_ADJECTIVES = {"american", "américain", "américaine"}
_CONTINENT_BEFORE = r"(?<!south[\s-])(?<!north[\s-])(?<!latin[\s-])(?<!central[\s-])(?<!sud-)(?<!nord-)(?<!latino-)"


@functools.cache
def _country_patterns() -> list[tuple[re.Pattern, str]]:
    """(pattern, the name to give) for every way of naming a country (``_country_names``)."""
    compiled = []
    for name, given in _country_names():
        # "sud-africain" or "sud africain", "Sierra-Leone": a hyphen or a space between the words alike.
        body = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", name.replace("'", "['’]")))
        body = body.replace(r"\['’\]", "['’]")
        flags = 0 if _CASE_SENSITIVE.match(name) else re.IGNORECASE
        continent = _CONTINENT_BEFORE if name.lower() in _CONTINENTAL_ADJECTIVES else ""
        compiled.append((re.compile(rf"(?<![\w.]){continent}(?:{body})(?![\w])", flags), given))
    return compiled


@functools.lru_cache(maxsize=4096)  # the same fragments are asked about again and again in one text
def country_in(text: str) -> tuple[str, int] | None:
    """The first country the text names (by name, acronym or adjective) as (its name, position)."""
    best, end = None, len(text)
    for pattern, given in _country_patterns():
        # Once a country is found, a later one need not be looked for beyond it.
        if (match := pattern.search(text, 0, end)) and (best is None or match.start() < best[1]):
            best, end = (given, match.start()), min(len(text), match.start() + _LONGEST_NAME)
    return best


def countries_in(text: str) -> list[str]:
    """Every country the text names, each once by its English name, in the order it first names them; the longest
    name where names overlap ("Democratic Republic of the Congo", not the "Republic of the Congo" within it)."""
    matches = [(match, given) for pattern, given in _country_patterns() for match in pattern.finditer(text)]
    found = sorted((match.start(), -match.end(), given) for match, given in matches)
    countries: list[str] = []
    end = 0
    for start, after, given in found:
        if start >= end:
            end = -after
            if (country := english_name(given)) not in countries:
                countries.append(country)
    return countries


def english_name(name: str) -> str:
    """A country's English name, whichever of its names (English or French) is given."""
    return next((country.english for country in COUNTRIES if name in (country.english, country.french)), name)


# How an office's country is added to its name: "Ministère des Mines (RDC)", "Ministry of Mines (Sierra Leone)"; the
# two Central African states by their initials, as they are usually named.
_SHORT_NAMES = {
    "Democratic Republic of the Congo": ("DRC", "RDC"),
    "Central African Republic": ("CAR", "RCA"),
}


def country_label(english: str, french: bool) -> str:
    """The country's name as it qualifies an office of its government: short for the two Central African states."""
    if english in _SHORT_NAMES:
        return _SHORT_NAMES[english][french]
    country = next((country for country in COUNTRIES if country.english == english), None)
    return (country.french if french else country.english) if country else english


def _country_ending(text: str) -> tuple[str, int] | None:
    """The country named by the last words of the text ("…and the European Union, Zimbabwe")."""
    for pattern, given in _country_patterns():
        for match in pattern.finditer(text, max(0, len(text) - 40)):
            if match.end() == len(text):
                return given, match.start()
    return None


# A capital standing for its government as the subject of what it says: "Moscow has rejected…", "Moscou a dénoncé…".
# Not Brussels, the EU's seat as much as Belgium's; a capital hosting, chairing or in a dateline says nothing.
_CAPITALS = {
    "Luanda": "Angola", "Canberra": "Australia", "Gaborone": "Botswana", "Ottawa": "Canada", "Beijing": "China",
    "Pékin": "Chine", "Bangui": "Central African Republic", "Kinshasa": "Democratic Republic of the Congo",
    "Paris": "France", "New Delhi": "India", "Windhoek": "Namibia", "Moscow": "Russia", "Kremlin": "Russia",
    "Moscou": "Russie", "Freetown": "Sierra Leone", "Pretoria": "South Africa",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Abu Dhabi": "United Arab Emirates", "London": "United Kingdom",
    "Londres": "Royaume-Uni", "Washington": "United States", "Harare": "Zimbabwe",
}  # fmt: skip


@functools.cache
def _capital_patterns() -> list[tuple[re.Pattern, str]]:
    # "London-based campaigners", "Washington, D.C.": a capital qualifying something else is not its government.
    compiled = []
    for capital, country in _CAPITALS.items():
        body = r"\s+".join(map(re.escape, capital.split()))
        compiled.append((re.compile(rf"(?<![\w.-])(?i:{body})(?![\w-])"), country))
    return compiled


# A government's own site: "gov.bw", "dfat.gov.au", "gouv.ci", "international.gc.ca", "state.gov", "europa.eu".
_GOVERNMENT_HOST = re.compile(
    r"(?:^|\.)(?:gov|gouv|gob|go|govt|admin)\.(?P<tld>[a-z]{2})$|(?P<canada>(?:^|\.)gc\.ca)$"
    r"|(?P<us>(?:^|\.)(?:gov|mil))$|(?P<eu>(?:^|\.)europa\.eu)$"
)
_COUNTRY_DOMAINS = {
    "ao": "Angola", "au": "Australia", "be": "Belgium", "bw": "Botswana", "br": "Brazil", "cm": "Cameroon",
    "ca": "Canada", "cf": "Central African Republic", "cn": "China", "ci": "Côte d'Ivoire",
    "cd": "Democratic Republic of the Congo", "fr": "France", "gh": "Ghana", "gn": "Guinea", "gy": "Guyana",
    "in": "India", "il": "Israel", "jp": "Japan", "ls": "Lesotho", "lr": "Liberia", "na": "Namibia", "ru": "Russia",
    "sl": "Sierra Leone", "za": "South Africa", "ch": "Switzerland", "tz": "Tanzania", "tg": "Togo", "ua": "Ukraine",
    "ae": "United Arab Emirates", "uk": "United Kingdom", "us": "United States", "ve": "Venezuela", "zw": "Zimbabwe",
    "am": "Armenia", "bd": "Bangladesh", "by": "Belarus", "bg": "Bulgaria", "kh": "Cambodia", "tw": "Chinese Taipei",
    "hr": "Croatia", "sz": "Eswatini", "ga": "Gabon", "hu": "Hungary", "id": "Indonesia", "kz": "Kazakhstan",
    "kg": "Kyrgyzstan", "la": "Laos", "lb": "Lebanon", "my": "Malaysia", "ml": "Mali", "mu": "Mauritius",
    "mx": "Mexico", "mz": "Mozambique", "nz": "New Zealand", "no": "Norway", "pa": "Panama", "pl": "Poland",
    "qa": "Qatar", "kr": "Republic of Korea", "cg": "Republic of the Congo", "ro": "Romania", "sg": "Singapore",
    "si": "Slovenia", "lk": "Sri Lanka", "th": "Thailand", "tr": "Türkiye", "uz": "Uzbekistan", "vn": "Vietnam",
}  # fmt: skip


# A parliament's own site under the government's domain ("finance.senate.gov", "aph.gov.au") carries its members' and
# committees' words, not the government's.
_LEGISLATURE_HOST = re.compile(r"(?:^|\.)(?:(?:senate|house|congress)\.gov|aph\.gov\.au|parliament\.gov\.[a-z]{2})$")


def site_country(url: str) -> str:
    """The country whose government a site's address names ("www.gov.bw", "diplomatie.belgium.be"), or ""."""
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    if _LEGISLATURE_HOST.search(host):
        return ""
    if match := _GOVERNMENT_HOST.search(host):
        if match.group("canada"):
            return "Canada"
        if match.group("us"):
            return "United States"
        if match.group("eu"):
            return "European Union"
        return _COUNTRY_DOMAINS.get(match.group("tld"), "")
    # A ministry's site under its country's name: "diplomatie.belgium.be", not a news site's "zimbabwedaily.com".
    labels = host.split(".")[:-1]
    return next((country for label in labels if (country := country_spelt(label) or _mission_country(label))), "")


# A mission's or an embassy's own site: "uaeun.org", "russiaun.ru", "botswanaembassy.org", "embassyofangola.org".
# Only beside such a word may a country go by its acronym or adjective ("usnews.com", "uk.reuters.com" are not).
_MISSION_WORDS = ("permanentmission", "mission", "embassy", "consulate", "highcommission", "un")


def _mission_country(label: str) -> str:
    for word in _MISSION_WORDS:
        before = label[: -len(word)] if label.endswith(word) else ""
        after = label[len(word) + 2 :] if label.startswith(f"{word}of") else ""
        for stem in (before, after):
            if stem and (country := country_spelt(stem) or _country_abbreviated(stem)):
                return country
    return ""


def _country_abbreviated(word: str) -> str:
    """The country an acronym or adjective spells in an address ("uae", "us", "indian"), or ""."""
    for country in COUNTRIES:
        if any(re.sub(r"[^a-z]", "", fold(name)) == word for name in country.names):
            return country.english
    return ""


def country_spelt(word: str) -> str:
    """The country a word spells without spaces, as a site's address does ("southafrica"), or ""."""
    for country in COUNTRIES:
        for name in (country.english, country.french):
            if re.sub(r"[^a-z]", "", fold(name)) == word:
                return name
    return ""


# A page's address often carries its headline: "/les-emirats-arabes-unis-concluent-lintersession-du-pk/",
# "/2024/05/botswana-welcomes-decision-on-the-secretariat".
_SLUG_WORDS = 4


def state_in_address(url: str) -> str:
    """The state its address's headline makes the speaker ("botswana-welcomes-…"), or ""; accents and
    apostrophes are lost in an address, so the names are compared without them."""
    path = unquote(url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0])
    segments = [segment for segment in path.split("/")[1:] if segment]
    words = re.split(r"[-_+]+", re.sub(r"\.\w{2,5}$", "", segments[-1])) if segments else []
    if len([word for word in words if word.isalpha()]) < _SLUG_WORDS:
        return ""
    headline = fold(" ".join(words))
    start = re.match(r"(?:the |les |la |le |l )?", headline).end()
    for pattern, given in _folded_country_patterns():
        if (match := pattern.match(headline, start)) and _says(headline, match.end()):
            return given
    return ""


@functools.cache
def _folded_country_patterns() -> list[tuple[re.Pattern, str]]:
    """Countries' names as an address spells them: lower case, no accents, no apostrophes ("cote d ivoire")."""
    compiled = []
    for name, given in _country_names():
        words = re.sub(r"['’.]", " ", fold(name)).split()
        if words:
            compiled.append((re.compile(r"[ -]+".join(map(re.escape, words)) + r"(?![a-z])"), given))
    return compiled


# --- The Chair of the Kimberley Process

_KP = r"(?:the\s+)?(?:kimberley\s+process(?:\s+certification\s+scheme)?|kp|kpcs)(?:\s*\((?:kp|kpcs)\))?"
_PK = r"(?:processus\s+de\s+kimberley|pk)(?:\s*\(pk\))?"
_CHAIR = r"(?:vice[\s-])?chair(?:man|person|woman)?"
_CHAIR_FR = r"(?:vice-)?pr[ée]sident(?:e)?"
_KP_CHAIR_WORDS = (
    # "KP head Welile Nhlapo told the press": a newspaper's word for the chair ("the head of the KP delegation" is not).
    rf"(?:{_KP}\s+(?:{_CHAIR}|head\b(?!\s+office))|{_CHAIR}\s*(?:of\s+|[–—-]\s*|,\s*)(?:\d{{4}}\s+)?{_KP}"
    # "le responsable du processus de Kimberley", "le chef du PK": the press's words for its chair.
    rf"|(?:{_CHAIR_FR}|responsable|chef)\s+(?:en\s+exercice\s+)?du\s+{_PK}(?!\s+(?:au|à|de|du|des|en)\b))"
)
# "The chair of the Kimberley Process, Ambassador X, delivered…", "Kimberley Process (KP) Chair, X, has…",
# "Address by Tim Martin, Chairman – Kimberley Process", "Boaz Hirsch, Chair of the Kimberley Process: “…”",
# "Le 8 mars 2018, la présidente du processus de Kimberley (PK), Hilde Hardeman, a convoqué…",
# "…in my capacity as Chairman of the Kimberley Process".
_SPEECH = (
    r"(?:(?:opening|closing|keynote|welcome|welcoming|inaugural)\s+)?(?:speech|address|remarks|statement|message"
    r"|allocution|discours|intervention|mot)"
)
_KP_CHAIR_VOICE = re.compile(
    r"(?:^(?:[^\n.]{0,80}?(?:,|:|\s[–—-])\s+)?(?:the\s+|la\s+|le\s+)?"
    rf"(?:{_SPEECH}\s+(?:by|de|du)\s+)?"
    rf"(?:[^\n,.:;]{{3,60}},\s+)?(?:the\s+)?{_KP_CHAIR_WORDS}\b"
    rf"|\b(?:in\s+my\s+capacity\s+as|en\s+ma\s+qualit[ée]\s+de)\s+(?:\d{{4}}\s+)?{_KP_CHAIR_WORDS})",
    re.IGNORECASE | re.MULTILINE,
)
# The chair named after the words of the lead's first sentence: "…, a déclaré lundi le responsable du processus de
# Kimberley.", "…, said the KP chair on Tuesday.".
# When it was said: "lundi 7 mai", "on Tuesday", "on May 7", "hier".
_SAID_WHEN = (
    r"(?:on|ce|this|last|hier|today|yesterday|aujourd['’]hui|\w+day|\w+di|dimanche|\d{1,2}(?:er)?\s+\w+"
    r"|\w+\s+\d{1,2}\b)"
)
_SAID_BY_CHAIR = re.compile(
    r",\s+(?:said|says|told\s+\w+|added|(?:a|ont)\s+(?:d[ée]clar|indiqu|affirm|annonc|pr[ée]cis|expliqu|estim)[ée]"
    rf"|(?:d[ée]clar|indiqu|affirm|annonc|pr[ée]cis)e)(?:\s+{_SAID_WHEN}){{0,3}}\s+(?:the\s+|la\s+|le\s+)?"
    rf"(?:{_KP_CHAIR_WORDS})\b",
    re.IGNORECASE,
)
# A salutation's line ends on a semicolon or a comma: "Madam Chair of the Kimberley Process,".
_ADDRESSED = re.compile(r"[;,]\s*$")
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s|$)|$)")
_IN_MY_CAPACITY = re.compile(r"\b(?:in\s+my\s+capacity\s+as|en\s+ma\s+qualit[ée]\s+de)\s[^.\n]{0,60}", re.IGNORECASE)
_CHAIR_CHARS = 2500
_CHAIR_LINES = 4  # the title, a dateline or byline, and the first sentence


def kp_chair_voice(header: list[str], text: str) -> str:
    """What shows the KP's chair speaking or acting as its subject, or ""."""
    for index, line in enumerate(header):
        if _ADDRESSED.search(line):
            continue  # "Vice Minister X, Chair of the Kimberley Process;": a speech's salutation names its audience
        # A speech's title may come below a page's links: "Opening Remarks by KP Chair – Kimberley Process…".
        if (match := _KP_CHAIR_VOICE.match(line)) and (index < _CHAIR_LINES or re.match(_SPEECH, line, re.I)):
            return match.group(0)
    for line in header[:_CHAIR_LINES]:
        if said := _SAID_BY_CHAIR.search(_FIRST_SENTENCE.match(line).group(0)):
            return said.group(0)
    capacity = _IN_MY_CAPACITY.search(text[:_CHAIR_CHARS])
    return capacity.group(0) if capacity and _KP_CHAIR_VOICE.search(capacity.group(0)) else ""


# --- A government speaking through its officials

_OFFICIAL = re.compile(
    # Not in a compound: "Non-Government Organisations" are not a government.
    r"(?<![\w-])(?:(?:deputy|vice|acting|prime|foreign|mines?|finance)[\s-]+)?(?:minister|ministry|president|ambassador"
    r"|spokes(?:man|woman|person)|secretary\s+of\s+state|department\s+of\s+state|government)\b"
    r"|\b(?:(?:vice-|premier\s+)?ministres?|minist[èe]re|(?:vice-)?pr[ée]sident(?:e)?(?:\s+de\s+la\s+r[ée]publique)?"
    r"|ambassadeur|ambassadrice|porte-parole|gouvernement)\b",
    re.IGNORECASE,
)
# The official of an organisation rather than a state: "President of the World Diamond Council", "président du WDC".
_NOT_A_STATE = re.compile(
    r"^\s*(?:of|du|de\s+la|de\s+l['’]|des|at)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,4}"
    r"(?:(?i:council|conseil|association|coalition|committee|comit[ée]|company|compagnie|group|groupe|federation"
    r"|f[ée]d[ée]ration|union|institute|bank|forum|board|process|processus|kp|pk)\b|[A-Z]{2,6}\b)",
)
# An official named as the object of something is not the one speaking: "calls on the Indian government".
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:to|of|on|with|by|for|from|urges?|asks?|calls\s+on|de|à|au|aux|avec|par|pour|against|contre"
    # Thanked, congratulated, blamed or led: "the delegates thanked the Government of Namibia", "HRW condemned the
    # Angolan…", "Leading Sierra Leone's delegation, the minister…".
    r"|(?i:thank(?:s|ed)?|remerci\w*|congratulat\w+|f[ée]licit\w+|accus\w+|critici[sz]\w+|condemn\w+|condamn\w+"
    r"|d[ée]nonc\w+|blam\w+|lead(?:s|ing)?|head(?:s|ed|ing)?))\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:[A-Z][\w'’-]*\s+){0,3})$"
)
# What the official does as the subject: speaks, or opens, presents, introduces.
_SPEAKS = re.compile(
    r"\b(?:said|says|told|tells|stated|announced|announces|welcomed|welcomes|opened|opens|introduced|delivered"
    r"|addressed|declared|urged|urges|informs|wishes\s+to\s+(?:inform|announce|advise|notify)|informe"
    r"|called|added|noted|stressed|emphasi[sz]ed|insisted|explained|warned|reiterated|highlighted|presented"
    r"|promised|promises|assured|reassured|confirmed|confirms|a\s+(?:promis|assur[ée]|rassur[ée]|confirm[ée])"
    # Charging or refusing is saying too: "The Russian government has accused…", "the minister wrote on Sunday".
    r"|accused|accuses|critici[sz]ed|critici[sz]es|condemned|condemns|rejected|rejects|denied|denies|wrote|writes"
    r"|a\s+(?:accus[ée]|d[ée]nonc[ée]|condamn[ée]|rejet[ée]|critiqu[ée]|salu[ée]|[ée]crit|r[ée]agi)|parle|d[ée]nonce"
    r"|(?:['’]s\s+)?(?:address|speech|remarks|statement)"
    r"|a\s+(?:d[ée]clar[ée]|annonc[ée]|ouvert|soulign[ée]|indiqu[ée]|affirm[ée]|pr[ée]cis[ée]|rappel[ée]"
    r"|exprim[ée]|pris\s+la\s+parole|tenu\s+à|inaugur[ée]|présent[ée])|l['’]a\s+annonc[ée]|d[ée]clare|annonce"
    # Opening a meeting is speaking at it, in French too: "le ministre ouvre aujourd'hui la session plénière".
    r"|ouvre)\b",
    re.IGNORECASE,
)
_SPEAKS_WITHIN = 160
# "The Indian government should support…": what it is urged to do, not what it says.
_TOLD_TO = re.compile(r"^\s+(?:should|must|needs?\s+to|has\s+to|ought|devrait|doit|doivent)\b", re.IGNORECASE)
# A country speaking for itself: "ZIMBABWE has said…", "The United States participated…", "Russia condemned…",
# "Australia is delighted to chair…", "Central African Republic Calls For…", "Les Émirats arabes unis concluent…".
_STATE_VERBS = re.compile(
    # "The European Union, as Chair of the Working Group on Monitoring, regrets…"
    r"\s*(?:\([^)]{1,12}\)\s*)?(?:,?\s+(?:as|en\s+tant\s+que|which|who|qui)\s[^,.;]{3,80},)?"
    r",?\s*(?:on\s+\w+day\s+|yesterday\s+|(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?"
    r"(?:today\s+|has\s+|have\s+|will\s+|a\s+|aujourd['’]hui\s+)?(?:recently\s+|also\s+|r[ée]cemment\s+)?"
    r"(?:said|says|has\s+said|stated|states|calls?|called|urges?|urged|welcomes?|welcomed|regrets?|regretted"
    r"|condemns?|condemned|rejects?|rejected|defends?|defended|insists?|insisted|announces?|announced"
    r"|reiterates?|reiterated|participated|is\s+(?:deeply\s+|very\s+|greatly\s+|gravely\s+)?(?:delighted|proud"
    r"|pleased|committed|honou?red|saddened|concerned|disappointed|troubled|alarmed|encouraged|grateful)"
    r"|(?:strongly\s+|fully\s+)?supports|pledged|pledges|s['’]est\s+engag[ée]e?|s['’]engage"
    r"|to\s+(?:host|chair|head)|hosts|chairs|heads|stress(?:es|ed)?|emphasi[sz](?:es|ed)|reaffirm(?:s|ed)?"
    r"|congratulat(?:es|ed)"
    r"|extends?|extended|denies|denied|accuses|accused|thanks|thanked|wishes\s+to"
    r"|salue|appelle|regrette|condamne|rejette|annonce|r[ée]it[èe]re|concluent|conclut|d[ée]clare|se\s+f[ée]licite"
    r"|est\s+(?:fier|fi[èe]re|heureux|heureuse|engag[ée]e?)"
    # "Le Zimbabwe dément…", "Moscou a dénoncé…", "Le Canada remercie…".
    r"|d[ée]ment|d[ée]menti|d[ée]nonce|d[ée]nonc[ée]|accuse|accus[ée]|remercie|rejet[ée]|salu[ée]|annonc[ée]"
    r"|d[ée]clar[ée]|condamn[ée]|r[ée]affirm[ée]|r[ée]affirme)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])[”\"»’]?\s+(?=[“\"«]?[A-ZÀ-Ý])")
_ABBREVIATED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|St|Mme|M|[A-Z])\.$")
_SALUTATION = re.compile(
    r"^(?:[-–—•·]\s*)?(?:mr|mrs|ms|madam|monsieur|madame|excellenc|son\s+excellence|his|her|your"
    r"|honou?rable|distinguished|dear|chers?)\b|,$",
    re.IGNORECASE,
)
_VOICE_SENTENCES = 8


# An official opening a KP meeting speaks for the country hosting it: "VICE President Kembo Mohadi today officially
# opened the KPCS plenary session in Victoria Falls".
_OPENS_MEETING = re.compile(
    r"\b(?:officially\s+)?(?:opened|opens|a\s+ouvert|ouvre)\b[^.]{0,80}\b(?:meeting|plenary|intersessional|session"
    r"|r[ée]union|pl[ée]ni[èe]re|intersession)",
    re.IGNORECASE,
)


def government_voice(
    lines: list[str], host_country: str = "", site_country: str = "", strict: bool = False
) -> tuple[str, str] | None:
    """(the country whose government speaks, the words that say so) from the title and first sentences.

    ``host_country`` is the country hosting the meeting the text is about, if known; ``site_country`` the
    country whose government's site published the text. ``strict``: only a state or its capital speaking, or an
    official joined to the country ("Zimbabwe's mines minister said"), in a sentence that gives no one else the
    words ("…, Human Rights Watch said"): what a report's lead says before anything else is read."""
    sentences = _lead_sentences(lines)
    for index, sentence in enumerate(sentences):
        if strict and _words_of_another(sentence):
            continue
        if found := _state_subject(sentence, strict):
            return found, sentence
        if found := _official_speaking(sentences, index, host_country, site_country, strict):
            return found, sentence
        if not strict and _unplaced_official(sentences, index):
            return None  # "The minister said Anjin will soon export…": the lead's voice, whose the text does not say
        if not strict and (found := _speech_speaker(sentences, index, host_country, site_country)):
            return found, sentence
    return None


# A speech's title naming its speaker by office: "Remarks by President Cyril Ramaphosa at the opening of…",
# "Speech by Winston Chitando, Minister of Mines", "Discours de Son Excellence le Président de la République…".
_SPEECH_TITLE = re.compile(
    rf"^{_SPEECH}\s+(?:(?:delivered\s+)?by|of|from|de|du|d['’])\s+"
    r"(?:(?:the|his|her|son|sa|le|la|l['’]|h\.\s?e\.|excellency|excellence|honou?rable|hon\.?|mr\.?|mrs\.?|ms\.?|m\."
    r"|mme|madame|monsieur|dr\.?)\s*)*(?:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3},\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# A host's greeting names its country: "It is an honour to welcome you to South Africa", "Bienvenue en RDC".
_WELCOMES_TO = re.compile(
    r"\b(?:welcome\s+(?:you\s+|all\s+of\s+you\s+|everyone\s+)?(?:all\s+)?(?:back\s+)?to|bienvenue\s+(?:à|au|aux|en))\s"
    r"[^.!?]{0,60}",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\b(?:opening|opens|ouverture|welcom\w*|accueil\w*)\b", re.IGNORECASE)


def _speech_speaker(sentences: list[str], index: int, host_country: str, site_country: str) -> str:
    """The country of the official whose speech's title the sentence is: the one joined to the title, the site's,
    the host of the meeting it opens, or the country its first sentences speak as or welcome the audience to."""
    sentence = sentences[index]
    if not (title := _SPEECH_TITLE.match(sentence)) or not (official := _OFFICIAL.match(sentence, title.end())):
        return ""
    before, after = sentence[: official.start()], sentence[official.end() :]
    if _NOT_A_STATE.match(after):
        return ""
    if found := _own_country(before, after):
        return found[0]
    if site_country:
        return site_country
    if host_country and _OPENING.search(sentence):
        return host_country
    for following in sentences[index + 1 :]:
        if found := _state_subject(following):
            return found
        if (welcome := _WELCOMES_TO.search(following)) and (found := country_in(welcome.group(0))):
            return found[0]
    return ""


def _lead_sentences(lines: list[str]) -> list[str]:
    return _first_sentences([line for line in lines if not _SALUTATION.search(line.strip())])


_ANSWER_SENTENCES = 2
# The moment a release speaks in: "X today rejected…", "X dénonce aujourd'hui…".
_TODAY = re.compile(r"\b(?:today|aujourd['’]hui)\b", re.IGNORECASE)


def answers(lines: list[str], sentence: str, released: bool = False) -> list[str]:
    """The sentences right after a government's words (one of ``government_voice``'s) that speak today when those
    words do not, or any of them in a text headed as a release (``released``): "Zimbabwe's mines minister said on
    Friday that… The X Network today dismissed his remarks" is the X Network's release, quoting what it answers."""
    sentences = _lead_sentences(lines)
    if sentence not in sentences or _TODAY.search(sentence):
        return []
    index = sentences.index(sentence) + 1
    following = sentences[index : index + _ANSWER_SENTENCES]
    return following if released else [answer for answer in following if _TODAY.search(answer)]


# What may come before a lead's subject: the page's date ("date 2025-05-21", "date 2018-11") and a dateline ("NEW
# DELHI, India –", "Bruxelles, Belgique, 14 novembre (Infosplusgabon) -"), whose place says where the report was filed,
# not who speaks.
_LEAD_IN = re.compile(
    r"^(?:(?i:date)\s+)?(?:\d{4}-\d{2}(?:-\d{2})?\s+)?"
    r"(?:[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2}(?:,\s*[^,\n–—:()]{2,30}){0,2}(?:\s*\([^()\n]{1,30}\))?"
    r"\s*(?:[–—:]|--?)\s+)?(?i:the\s+|les\s+|la\s+|le\s+|l['’])?"
)
# "Condemned by…", "critiqué par…": what others do to the subject.
_BY = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
_HOSTS = re.compile(r"\b(?:(?:host|chair|head)s?|participated)\b", re.IGNORECASE)


def _state_subject(sentence: str, strict: bool = False) -> str:
    """A state or its capital as the subject of what it says: "Zimbabwe has rejected…", "Le Zimbabwe dément…",
    "Moscou a dénoncé…"; a capital only speaking, not hosting ("India to host…" names the host, not who says so,
    when ``strict``)."""
    start = _LEAD_IN.match(sentence).end()
    for pattern, given in _country_patterns():
        if (match := pattern.match(sentence, start)) and (verb := _says(sentence, match.end())):
            return "" if strict and _HOSTS.search(verb) else given
    for pattern, given in _capital_patterns():
        if (match := pattern.match(sentence, start)) and (verb := _says(sentence, match.end())):
            return "" if _HOSTS.search(verb) else given
    return ""


def state_opening(sentence: str) -> str:
    """The state a sentence opens with as its subject, whatever it does ("La Centrafrique reste suspendue…"), or ""."""
    start = _LEAD_IN.match(sentence).end()
    for pattern, given in _country_patterns():
        if pattern.match(sentence, start):
            return given
    return ""


# A state's government or its delegation opening a sentence: "The government of Liberia has…", "Une délégation
# angolaise participe…", "Le gouvernement gabonais a…", "The Angolan delegation…".
_STATE_ITSELF = re.compile(
    r"(?i:une?\s+|an?\s+)?(?P<subject>(?:[A-ZÀ-Ý][\w.'’-]*\s+){0,3}?(?i:government|gov['’]t|delegation|authorities"
    r"|gouvernement|d[ée]l[ée]gation|autorit[ée]s)\b(?:\s+(?i:of|de|du|des|d['’])\s*(?i:the\s+|la\s+|l['’]\s*)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s*){1,4}(?:[a-zà-ÿ][\w-]*)?|\s+[a-zà-ÿ][\w-]*)?)"
)


def state_leading(sentence: str) -> str:
    """The state a sentence opens with as its subject, itself or its government or delegation ("L'Angola assume…",
    "The government of Liberia has made…", "Une délégation angolaise participe…"), or ""."""
    if state := state_opening(sentence):
        return state
    start = _LEAD_IN.match(sentence).end()
    if not (match := _STATE_ITSELF.match(sentence, start)):
        return ""
    found = country_in(match.group("subject"))
    return found[0] if found else ""


def _says(sentence: str, position: int) -> str:
    """The verb saying what the subject ending at ``position`` says, or "" (none, or a passive's)."""
    verb = _STATE_VERBS.match(sentence, position)
    return verb.group(0) if verb and not _BY.match(sentence, verb.end()) else ""


# A state's delegation, envoy or mission speaks for it only with its country joined: "the Russian delegation said",
# "Zimbabwe's delegation told…", "la délégation chinoise a déclaré"; "the review mission said" is no state's.
_STATE_BODY = re.compile(
    r"(?<![\w-])(?:delegations?|envoys?|embass(?:y|ies)|high\s+commission(?:er)?|permanent\s+mission|officials"
    r"|authorities|d[ée]l[ée]gations?|envoy[ée]e?s?|ambassade|mission\s+permanente|autorit[ée]s"
    r"|repr[ée]sentante?s?)\b",
    re.IGNORECASE,
)
# What is said before its speaker: "…, said the Angolan ambassador", "…, a déclaré à la presse l'ambassadeur
# d'Ukraine", "…, selon le ministre centrafricain des Mines", "…, according to Sierra Leone's mines minister".
_SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|told\s+\w+|added|according\s+to|citing|quoting|citant|selon|d['’]apr[èe]s)"
    r"|\b(?:a|ont)\s+(?:d[ée]clar[ée]|indiqu[ée]|affirm[ée]|soulign[ée]|expliqu[ée]|ajout[ée]|pr[ée]cis[ée]|promis"
    r"|assur[ée])(?:,\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s*,)?"
    r"|\b(?:d[ée]clare|indique|affirme|souligne|explique|ajoute|pr[ée]cise)"
    # What an official gives or makes: "une conférence de presse donnée par le ministre camerounais des Mines",
    # "the announcement was made by Sierra Leone's mines minister".
    r"|\b(?:donn[ée]e?|tenue?|faite?|anim[ée]e?|given|held|made)\s+(?:par|by))"
    r"(?:\s+(?:à|au|aux)\s+(?:la\s+|l['’])?[\w-]+)?\s+(?:the\s+|le\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _official_speaking(sentences: list[str], index: int, host_country: str, site_country: str, strict: bool) -> str:
    """The country of an official speaking in the sentence, as the subject or named after the words."""
    sentence = sentences[index]
    for official in _OFFICIAL.finditer(sentence):
        if not (speaks := _speaks_after(sentence, official)):
            continue
        if strict:  # only the country joined to the official's title
            if found := _own_country(*_around(sentence, official)):
                return found[0]
        elif found := _official_country(sentences, index, official, speaks, host_country, site_country):
            return found
    for body in _STATE_BODY.finditer(sentence):
        if _speaks_after(sentence, body) and (found := _own_country(*_around(sentence, body))):
            return found[0]
    for official in [*_OFFICIAL.finditer(sentence), *_STATE_BODY.finditer(sentence)]:
        before, after = _around(sentence, official)
        if _said_by(before, after) and (found := _own_country(before, after)):
            return found[0]
    return ""


# An official the text named before, by the title alone: "The minister said…", "le ministre a déclaré…".
_THE_TITLE = re.compile(r"(?:^|[,;]\s*)(?:the|le|la|l['’])\s*(?:[a-z]+\s+)?$", re.IGNORECASE)


def _unplaced_official(sentences: list[str], index: int) -> bool:
    """An official the lead named before speaks again, by the title alone ("The minister said Anjin will soon…"), and
    nothing tells whose: the lead's voice, whose the text does not say; not a later official's, another state's."""
    sentence = sentences[index]
    for official in _OFFICIAL.finditer(sentence):
        if not index or not _THE_TITLE.search(sentence[: official.start()]):
            continue
        speaks = _speaks_after(sentence, official)
        if speaks and not sentence[official.end() : official.end() + speaks.start()].strip(" ,"):
            return not _official_country(sentences, index, official, speaks, "", "")
    return False


# "…, said the Government of Botswana must act": the official begins what is said, with a verb of its own.
_CLAUSE_VERB = re.compile(
    r"\b(?:must|should|will|would|has|have|had|is|are|was|were|can|could|may|doit|doivent|devrait|est|sont|a|ont"
    r"|va|vont)\b",
    re.IGNORECASE,
)


def _said_by(before: str, after: str) -> bool:
    """The official is named after the words, as their speaker: "…, said the Angolan ambassador to the UN."."""
    if not _SAID_BEFORE.search(before) or _NOT_A_STATE.match(after):
        return False
    clause = re.split(r"[,.;!?]", after, maxsplit=1)[0]
    return not (_CLAUSE_VERB.search(clause) or _SPEAKS.search(clause))


# How far either side of an office its rules look: a long line naming many offices is not re-read whole for each.
_AROUND_CHARS = 300


def _around(sentence: str, official: re.Match) -> tuple[str, str]:
    """The words before and after an office, each cut to _AROUND_CHARS."""
    return (
        sentence[max(0, official.start() - _AROUND_CHARS) : official.start()],
        sentence[official.end() : official.end() + _AROUND_CHARS],
    )


def _speaks_after(sentence: str, official: re.Match) -> re.Match | None:
    """What the official says as the subject: not an organisation's officer, an object, told what to do or passive."""
    before, after = _around(sentence, official)
    led = _LEADS_IT.search(before)  # "the head of the Russian delegation said": its leader speaks for it
    if (
        _NOT_A_STATE.match(after)
        or _body_before(before)
        or _presides_a_body(official.group(0), after)
        or (_OBJECT_BEFORE.search(before) and not led)
        or _thanked(before)
        or _TOLD_TO.match(after)
    ):
        return None
    # Not a passive's: "the minister was said to be trying to help", "was told", "was welcomed" is done to them. Nor
    # the verb of whoever a quotation is given to: "“…with the Zimbabwean authorities,” the report said"; nor what a
    # clause of the past says they did once: "the minister attended the meeting in June, where he confirmed…".
    if not (speaks := _SPEAKS.search(after[:_SPEAKS_WITHIN])):
        return None
    before_verb = after[: speaks.start()]
    if _QUOTE_CLOSES.search(before_verb) or _PASSIVE_BEFORE.search(before_verb) or _CLAUSE_BEFORE.search(before_verb):
        return None
    return None if _BY.match(after, speaks.end()) else speaks


# Thanked or congratulated a few words before, through an apposition: "Paz thanked the outgoing KP Chair, Ambassador
# Welile Nhlapo of South Africa, for his leadership": whoever is thanked is spoken of, not speaking.
_THANKED_BEFORE = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|remerci\w*|congratulat\w+|f[ée]licit\w+|paid\s+tribute\s+to|pays\s+tribute\s+to"
    r"|rend\w*\s+hommage\s+(?:à|au|aux))\s+(?P<between>[^.;:!?]{0,60})$",
    re.IGNORECASE,
)
# What starts another clause between the thanks and the official: "thanked the delegates and the minister said".
_ANOTHER_CLAUSE = re.compile(r"\b(?:and|et|but|mais|who|qui|while|tandis|said|says|a\s+d[ée]clar[ée])\b", re.I)


def _thanked(before: str) -> bool:
    return bool(match := _THANKED_BEFORE.search(before)) and not _ANOTHER_CLAUSE.search(match.group("between"))


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|est|sont|a\s+été|ont\s+été|été)\s+$", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"\b(?:where|when|whereupon|o[ùu])\s+(?:he|she|they|il|elle|ils)\s+(?:had\s+|a\s+)?$", re.I)
_QUOTE_CLOSES = re.compile(r"[”»]|[,.!?][\"']\s")


# "World Diamond Council (WDC) president Feriel Zerouki said": the official of the body named just before.
_BODY_BEFORE = re.compile(
    r"(?:\([A-Z][\w&.-]{1,14}\)|\b(?:Council|Association|Coalition|Network|Committee|Federation|Institute|Centre"
    r"|Center|Foundation|Board|Forum|Company|Corporation|Watch|Witness)(?:['’]s)?)\s+$"
)


# "Alfred Brownell, the president of Green Advocates, Liberia, …": a president of anything but a state or its republic.
_PRESIDENT_OF = re.compile(
    r"^\s+(?:of|du|de\s+la|de\s+l['’]|de)\s+(?:the\s+)?(?!(?i:republic|r[ée]publique)\b)(?=[A-ZÀ-Ý])"
)


def _presides_a_body(title: str, after: str) -> bool:
    if not re.fullmatch(r"(?i:(?:vice[\s-])?pr[ée]sident(?:e)?)", title) or not (of := _PRESIDENT_OF.match(after)):
        return False
    return _country_at(after, of.end()) is None


def _body_before(before: str) -> bool:
    """Not a state's own acronym: "the European Union (EU) ambassador said" is the EU's."""
    return bool((body := _BODY_BEFORE.search(before)) and not country_in(body.group()))


_LEADS_IT = re.compile(
    r"\b(?:head|leader|chief|chef|members?|membres?)\s+(?:of|de\s+la|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)


# "…, Human Rights Watch said", "…, said Global Witness": the lead gives its words to someone else.
_ATTRIBUTION = re.compile(
    r",\s+(?:said|says|according\s+to|selon)\s+(?P<after>[^,.;]{3,60})"
    r"|,\s+(?P<before>(?:the\s+)?[A-ZÀ-Ý][^,.;]{2,60}?)\s+(?:said|says|stated|urged|warned|a\s+d[ée]clar[ée])\b"
)


def _words_of_another(sentence: str) -> bool:
    for match in _ATTRIBUTION.finditer(sentence):
        who = match.group("after") or match.group("before")
        if not (_OFFICIAL.search(who) or _STATE_BODY.search(who) or country_in(who)):
            return True
    return False


def _official_country(
    sentences: list[str], index: int, official: re.Match, speaks: re.Match, host_country: str, site_country: str
) -> str:
    """Whose official speaks: the country joined to the title, named before what is said, the site's, the
    one the sentence before names, the country the speaker reports on ("Shabangu said South Africa hoped"),
    and last the host of the meeting an official opens."""
    sentence = sentences[index]
    after = sentence[official.end() :]
    # "…welcomes the decision that the European Union will chair": a country after the verb is what is said; a
    # dateline's country only where the report was filed.
    said_at = official.end() + speaks.start()
    lead_in = _dateline_end(sentence)
    found = _own_country(sentence[: official.start()], after) or country_in(sentence[lead_in:said_at])
    if found:
        return found[0]
    if site_country:
        return site_country
    # "Ghana has set a deadline. … Dominic Fobih, Minister of Mines, said…": the state the lead speaks as.
    if state := next((state for earlier in sentences[:index] if (state := state_opening(earlier))), ""):
        return state
    # The sentence before only when it names one country: "Anjin, a Chinese firm … with the Zimbabwean government"
    # leaves "The minister said…" anyone's.
    named = len(countries_in(sentences[index - 1])) if index else 0
    if named == 1 and (found := country_in(sentences[index - 1])):
        return found[0]
    if not named and (found := country_in(sentence[lead_in:])):
        return found[0]
    for following in sentences[index + 1 : index + 1 + _REPORTED_SENTENCES]:
        if (match := _REPORTS_ON.search(following)) and (found := _country_at(following, match.end())):
            return found[0]
    # "Le ministre des Affaires étrangères ouvre la plénière… La Belgique a été l'un des pionniers": the state the
    # lead goes on to make its subject, one alone.
    states = {
        state
        for following in sentences[index + 1 : index + 1 + _STATE_SENTENCES]
        if (state := _state_itself(following))
    }
    if len(states) == 1:
        return states.pop()
    if host_country and _OPENS_MEETING.search(after[:_SPEAKS_WITHIN]):
        return host_country
    return ""


def _state_itself(sentence: str) -> str:
    """The state a sentence opens with, itself its subject: not an adjective of another's ("The South African minister
    said…"), whose words are another official's."""
    if not (state := state_opening(sentence)):
        return ""
    start = _LEAD_IN.match(sentence).end()
    for pattern, given in _country_patterns():
        if given == state and (match := pattern.match(sentence, start)):
            return "" if _OFFICIAL.match(sentence[match.end() :].lstrip()) else state
    return state


def _dateline_end(sentence: str) -> int:
    match = _LEAD_IN.match(sentence)
    return match.end() if re.search(r"[–—:-]", match.group(0)) else 0


# The speaker reporting on a country speaks for it: "Shabangu said South Africa hoped…".
_REPORTS_ON = re.compile(r"\b(?:said|says|added|stated|told\s+\w+)\s+(?:that\s+)?(?:the\s+)?", re.IGNORECASE)
_REPORTED_SENTENCES = 3
_STATE_SENTENCES = 4


_POSSESSIVE = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+|and\s+){0,5}(?:[a-z][\w-]*\s+){0,2}$")
_OF_COUNTRY = re.compile(
    r"^(?:\s+[\w,-]+){0,7}?\s+(?:of\s+|de\s+|du\s+|d['’]\s*)(?:the\s+|la\s+|l['’])?"
    r"(?:republic\s+of\s+|r[ée]publique\s+(?:de\s+|d['’]))?",
    re.IGNORECASE,
)


def _own_country(before: str, after: str) -> tuple[str, int] | None:
    """The official's own country: "Zimbabwe's Mines Minister", "South African Minister", "Minister … of the
    Republic of Zimbabwe", "le ministre belge"."""
    tail = before[-60:]
    if possessive := _POSSESSIVE.search(tail):
        return _country_ending(tail[: possessive.start()])
    if found := _country_ending(tail.rstrip()):
        return found
    words = re.match(r"\s*", after).end()
    if found := _country_at(after, words):
        return found
    if of := _OF_COUNTRY.match(after):
        return _country_at(after, of.end())
    return None


def _country_at(text: str, position: int) -> tuple[str, int] | None:
    for pattern, given in _country_patterns():
        if pattern.match(text, position):
            return given, position
    return None


# A news wire's hard-wrapped line ("…Central Africa Republic will" / "restart diamond exports…") runs on.
_RUNS_ON = re.compile(r"[^.!?:;”\"»]$")


def _first_sentences(lines: list[str]) -> list[str]:
    sentences: list[str] = []
    joined: list[str] = []
    for line in lines:
        if not re.search(r"[^\W\d_]", line):
            continue  # "0", "174", "12/05/2019": a page's counters and dates, no sentence
        if joined and line[:1].islower() and _RUNS_ON.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    for line in joined:
        pieces = _SENTENCE.split(line)
        merged: list[str] = []
        for piece in pieces:
            if merged and _ABBREVIATED.search(merged[-1]):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        sentences.extend(merged)
        if len(sentences) >= _VOICE_SENTENCES:
            break
    return sentences[:_VOICE_SENTENCES]
