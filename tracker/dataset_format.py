"""The shape of a KP dataset file (data/kp_dataset.json), read by the loader (tracker/dataset.py)
and written by the export (tracker/dataset_export.py): one description of the format for both.

Each kind of record has its own keys, plus references by natural key (a slug, a meeting as
"2019 plenary") and nested records, which the loader and the export handle by name.
"""

from dataclasses import dataclass, field
from datetime import date

from statements.models import Stance


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def _items(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class Shape:
    """The keys of one kind of record that map one to one onto its row's fields."""

    plain: tuple[str, ...] = ()  # the same value in the file and the row
    lines: tuple[str, ...] = ()  # a list in the file, one item a line in the row
    dates: tuple[str, ...] = ()  # ISO 8601 in the file, null when unknown
    optional: dict = field(default_factory=dict)  # keys the file may leave out, and what that means
    sparse: tuple[str, ...] = ()  # optional keys the export leaves out when they mean that, as shipped

    def values(self, record: dict) -> dict:
        """The row's values for a record read from the file."""

        def get(key):
            return record.get(key, self.optional[key]) if key in self.optional else record[key]

        values = {key: get(key) for key in self.plain}
        values.update({key: _lines(get(key)) for key in self.lines})
        values.update({key: date.fromisoformat(get(key)) if get(key) else None for key in self.dates})
        return values

    def record(self, row) -> dict:
        """The file's keys for a row, to write."""
        record = {key: getattr(row, key) for key in self.plain}
        record.update({key: _items(getattr(row, key)) for key in self.lines})
        record.update({key: getattr(row, key).isoformat() if getattr(row, key) else None for key in self.dates})
        return {key: value for key, value in record.items() if key not in self.sparse or value != self.optional[key]}


SOURCED = ("source_url", "verified")

REFORM_AREA = Shape(plain=("name", "description", "position"), lines=("keywords",))
REVIEW_CYCLE = Shape(plain=("name", "start_year", "end_year", "body", "source_url"))
# Participants also name their countries and status events (nested).
PARTICIPANT = Shape(
    plain=("name", "kind", "iso_code", "joined_year", "left_year", "notes", *SOURCED), lines=("more_sources",)
)
COUNTRY = Shape(
    plain=("name", "represented_since", "source_url"),
    optional={"represented_since": None},
    sparse=("represented_since",),
)
STATUS_EVENT = Shape(plain=SOURCED, lines=("more_sources",), dates=("date",), optional={"more_sources": []})
STATUS_EVENT_KEY = ("kind", "year", "description")  # with the participant, what identifies an event
ORGANISATION = Shape(
    plain=("name", "kind", "observer_from", "observer_to", "notes", "source_url", "website"),
    lines=("aliases",),
    optional={"aliases": []},
    sparse=("aliases",),
)
# Plenaries are identified by year and kind; chair, vice_chair and host name participants.
PLENARY = Shape(
    plain=(
        "held",
        "city",
        "host_country",
        "chair_person",
        "chair_note",
        "dates_note",
        "communique_url",
        "summary",
        *SOURCED,
    ),
    lines=("key_decisions", "more_sources"),
    dates=("start_date", "end_date"),
)
PLENARY_PARTICIPANTS = ("chair", "vice_chair", "host")
# Proposals name their area, cycle, first meeting, sponsor, originators and the proposal they
# continue (which comes earlier in the file), and hold their outcomes and milestones (nested).
PROPOSAL = Shape(plain=("title", "description", *SOURCED), lines=("more_sources",))
OUTCOME = Shape(plain=("decision", "summary", *SOURCED), lines=("more_sources",))
MILESTONE = Shape(plain=SOURCED, lines=("more_sources",), dates=("date",))
MILESTONE_KEY = ("year", "description")
# Positions name their proposal, meeting and participant.
POSITION = Shape(plain=("stance", "reported_by", "confidence", "note", *SOURCED), lines=("more_sources",))
# Open questions are identified by the question, and kept in the file's order (their position).
OPEN_QUESTION = Shape(
    plain=("detail", "settled"),
    lines=("leads",),
    optional={"detail": "", "settled": False, "leads": []},
)
# Statements name their organisation, meeting and reform areas. "file" is the text we hold,
# relative to the dataset file; "date_basis" (the row's date_source) says where the date was read from. With
# "listed_in_full", reform_areas and people name every area and person: the loader sets them as
# listed instead of adding what it reads in the text (the export writes it on every statement).
# text_is_excerpt is written with the file, since it says what the file holds.
STATEMENT = Shape(plain=("title", "url", "note"), optional={"note": ""})
# An export also lists, with "listed_in_full", each statement's "mentions" (one per reform area, the
# same areas as reform_areas: {"area": slug, "excerpt", "stance"}) and "quotes" ({"person", "text"},
# in the page's order), and the loader sets them as listed, in place of what it reads in the text.
# Both are optional: without them (the shipped file) the text's excerpts, stances and quotes stand.
MENTION = Shape(plain=("excerpt", "stance"), optional={"excerpt": "", "stance": Stance.NEUTRAL})
QUOTE = Shape(plain=("person", "text"))
