"""Which Kimberley Process meeting a document is about."""

import functools
import re
from datetime import date

from .normalise import fold
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
    "gaborone": [],
    "kinshasa": [],
    "johannesburg": [],
    "livingstone": [],
    "perth": [],
    "luanda": [],
    "geneva": ["genève"],
    "windhoek": [],
    "kimberley": [],
}
_MEETING_WORDS = (
    r"plenary|plenaries|intersessional|inter-sessional|intersession|meeting|session|pleniere"
    r"|intersessionnelle|reunion"
)
_MEETING_WORD = re.compile(rf"\b(?:{_MEETING_WORDS})")
_SAYS_INTERSESSIONAL = re.compile(r"\binter-?session(?:al|nelle)?\b")
_SAYS_SPECIAL = re.compile(r"\b(?:special|extraordinary|extraordinaire|speciale)\s+(?:plenary|session|pleni)")
_YEAR_WINDOW = 80
_FALLBACK_DAYS = 400


def match_plenary(text: str, plenaries: list[PlenaryRef], published_on: date | None) -> PlenaryRef | None:
    folded = fold(text)
    says_intersessional = bool(_SAYS_INTERSESSIONAL.search(folded))
    says_special = bool(_SAYS_SPECIAL.search(folded))
    meeting_years = _years_near_meeting_word(folded)
    scored: list[tuple[int, int, PlenaryRef]] = []
    for ref in plenaries:
        city = bool(ref.city) and _mentions_city(folded, ref.city)
        year = ref.year in meeting_years
        if not (city or year):
            continue
        score = 3 * city + 2 * year
        if ref.kind == "intersessional":
            score += 2 if says_intersessional else -1
        elif ref.kind == "special":
            score += 2 if says_special else -1
        else:
            score += 1
        scored.append((score, -_distance(ref, published_on), ref))
    if scored:
        return max(scored, key=lambda item: (item[0], item[1]))[2]
    return _latest_before(plenaries, published_on)


@functools.cache
def _city_pattern(city: str) -> re.Pattern:
    names = [city, *_CITY_ALIASES.get(city.casefold(), [])]
    alternatives = "|".join(r"[\s-]+".join(map(re.escape, fold(name).split())) for name in names)
    # "Kimberley" the city, not the Kimberley Process.
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)(?!\s+process)")


def _mentions_city(folded_text: str, city: str) -> bool:
    return _city_pattern(city).search(folded_text) is not None


_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")


def _years_near_meeting_word(folded_text: str) -> set[int]:
    """Years written close to a word such as "plenary" or "meeting", found in one pass over the text."""
    years = set()
    for match in _YEAR.finditer(folded_text):
        year = int(match.group(1))
        if year in years:
            continue
        window = folded_text[max(0, match.start() - _YEAR_WINDOW) : match.end() + _YEAR_WINDOW]
        if _MEETING_WORD.search(window):
            years.add(year)
    return years


def _distance(ref: PlenaryRef, published_on: date | None) -> int:
    if ref.end_date is None or published_on is None:
        return 10**6
    return abs((published_on - ref.end_date).days)


def _latest_before(plenaries: list[PlenaryRef], published_on: date | None) -> PlenaryRef | None:
    if published_on is None:
        return None
    candidates = [
        ref
        for ref in plenaries
        if ref.kind == "plenary"
        and ref.end_date is not None
        and 0 <= (published_on - ref.end_date).days <= _FALLBACK_DAYS
    ]
    return max(candidates, key=lambda ref: ref.end_date, default=None)
