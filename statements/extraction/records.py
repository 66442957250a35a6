"""Plain data shapes passed in and out of the extraction library."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class AreaRule:
    """A reform area and the phrases (English and French) that signal it; editors maintain the keywords."""

    slug: str
    keywords: list[str]


@dataclass(frozen=True)
class PlenaryRef:
    """A known Kimberley Process meeting."""

    year: int
    kind: str  # "plenary" | "intersessional" | "special"
    city: str  # "" when unknown
    end_date: date | None
    start_date: date | None = None
    chair: str = ""  # the chairing participant's name, e.g. "India"
    host_country: str = ""
    chair_person: str = ""  # who chaired it for that participant, e.g. "B.B. Swain"


@dataclass
class AreaMatch:
    slug: str
    excerpt: str
    stance: str  # "positive" | "negative" | "neutral"


@dataclass
class QuoteMatch:
    person: str
    text: str


@dataclass
class ExtractedDocument:
    title: str
    text: str
    published_on: date | None
    date_source: str
    language: str
    organisation: str
    people: list[str] = field(default_factory=list)
    quotes: list[QuoteMatch] = field(default_factory=list)
    plenary: PlenaryRef | None = None
    areas: list[AreaMatch] = field(default_factory=list)
    content_hash: str = ""
    # The evidence for each field, for the reviewer (the areas' is each match's excerpt).
    organisation_source: str = ""
    meeting_source: str = ""  # what points to the meeting, or why none was chosen
    meeting_candidates: list[PlenaryRef] = field(default_factory=list)  # when several could be meant


@dataclass
class FeedItem:
    url: str
    title: str
    published_on: date | None
    summary: str


@dataclass
class ConvertedDocument:
    """A document turned into text, with what its format says about its title and dates."""

    text: str
    title: str = ""
    # (raw value, where it came from): metadata trusted more than the text (HTML meta) or less (PDF creation date).
    dates_before_text: list[tuple[str, str]] = field(default_factory=list)
    dates_after_text: list[tuple[str, str]] = field(default_factory=list)
    site_name: str = ""
