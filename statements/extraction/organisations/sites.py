"""The site a document comes from: an organisation's own address ("eng.alrosa.ru", "kpcivilsociety.org"), a
government's named after its country; never a news outlet's."""

import re

from ..normalise import fold
from ..officials import country_in, country_spelt
from .naming import KP_WORDS, NEWS_OUTLET, ORG_WORDS, OUTLET_WORDS, acronym_like, initials, short

# The same words run together in a site's address: "thezimbabwedaily", "globalwitnessnews".
_OUTLET_WORD = re.compile(OUTLET_WORDS.replace(r"\s+", ""), re.IGNORECASE)


def host(url: str) -> str:
    return re.sub(r"^(?:www|eng|en|fr|www2)\.", "", (url.split("://", 1)[-1].split("/", 1)[0]).lower())


def site_owner(text: str, url: str, known) -> tuple[str, str] | None:
    """An organisation's own site: "eng.alrosa.ru" publishing "ALROSA CEO meets…" is ALROSA's release, a page of
    "kpcivilsociety.org" the KP Civil Society Coalition's; never a news outlet's ("globalwitnessdaily.com"). An
    unknown name the address merely spells ("mineswatchnetwork.org", a page naming Mines Watch Network) is no
    issuer: such sites carry the reports and statements of others as often as their own."""
    domain = host(url)
    label = domain.split(".")[0] if "." in domain else ""
    if len(label) < 3 or _OUTLET_WORD.search(label):
        return None
    if named := _owner_by_address(label, known, text):
        return named, f"the site's address ({domain})"
    # A government's site named after its country ("southafrica.be").
    if (country := country_spelt(label)) and country_in(text):
        return country, f"the site's address ({domain})"
    # An acronym in capitals, as organisations write their own name ("ALROSA"); a news site's name is not.
    match = re.search(rf"(?<![\w-])({re.escape(label)})(?![\w-])", text, re.IGNORECASE)
    if match and match.group(1).isupper() and not NEWS_OUTLET.search(match.group(1)):
        return match.group(1), f"the site's address ({domain}) names it in the text"
    return None


# What an address adds to a short acronym: "ddiglobal.org", "hrwonline.org"; a longer name or acronym may take any word
# ("ipisresearch.be", "impacttransform.org").
_ADDRESS_WORDS = {"global", "online", "web", "info", "intl", "international", "org", "hq", "official", "world"}
_ADDRESS_ACRONYM = 4


def _owner_by_address(label: str, known, text: str) -> str:
    """The known organisation whose name, name without its last word ("kpcivilsociety" for the KP Civil Society
    Coalition) or acronym the address's first label spells, alone or before a word of the site's own. Several words
    of its name and nothing else ("globalwitness.org", "kpcivilsociety.org") stand alone; one word or an acronym,
    or a name with another word ("impactinvesting"), only when the text names the organisation too."""
    label = label.removeprefix("the").replace("-", "")
    for named, pattern in known:
        full = re.sub(r"[^a-z0-9]", "", fold(named))
        for key, words in _address_keys(named).items():
            rest = label.removeprefix(key)
            if rest == label:
                continue
            if not rest and (key == full or words >= 2):
                return named
            # "IPIS", "IMPACT", "kpcivilsociety": a name in capitals or a shortened one; not a whole name's words.
            short = acronym_like(named) or key != full
            spelt = not rest or rest in _ADDRESS_WORDS or (short and len(key) >= _ADDRESS_ACRONYM and len(rest) >= 3)
            if spelt and pattern.search(text):
                return named
    return ""


def _address_keys(name: str) -> dict[str, int]:
    """How an address may spell the name, each with how many of the name's words it spells (an acronym: one)."""

    def spelt(words: list[str]) -> str:
        return re.sub(r"[^a-z0-9]", "", fold(" ".join(words)))

    words = name.split()
    core = KP_WORDS.sub(" ", name).split()
    keys = {spelt(words): len(words), spelt(core): len(core)}
    if len(words) >= 3 and ORG_WORDS.fullmatch(words[-1]):
        keys[spelt(words[:-1])] = len(words) - 1  # "kpcivilsociety": the name without "Coalition"
    if len(words) >= 3:
        keys.setdefault(initials(name).lower(), 1)  # "ddi"
    return {key: count for key, count in keys.items() if len(key) >= 3}


# An address's headline naming whose statement the page is: "…/closing-statement-by-the-kp-civil-society-coalition/",
# "…/joint-letter-from-global-witness-and-impact". Known organisations only, named from the words' start.
_STATEMENT_IN_ADDRESS = re.compile(
    r"(?:statement|letter|submission|release|declaration|d[ée]claration|communique)-(?:by|from|of|de|du)-(?:the-|la-|l-)?"
    r"(?P<rest>[a-z0-9]+(?:-[a-z0-9]+){0,9})"
)


def statement_in_address(url: str, known) -> tuple[str, str] | None:
    path = fold(url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]).lower()
    for match in _STATEMENT_IN_ADDRESS.finditer(path):
        words = match.group("rest").replace("-", " ")
        for spelt in (words, words.upper()):
            for named, pattern in known:
                if pattern.match(spelt):
                    return named, f"its address's headline names whose statement it is ({short(url, 60)})"
    return None
