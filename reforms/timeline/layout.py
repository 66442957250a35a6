"""The timeline as rows, columns and cells, laid out from what the queries returned."""

from dataclasses import dataclass, field

from django.urls import reverse

from plenaries.models import Plenary, PlenaryKind
from reforms.choices import ReformStatus
from reforms.models import Decision, Outcome, ReformArea, ReformProposal
from reforms.timeline.queries import TimelineFilters, timeline_lines, timeline_meetings
from reforms.timeline.vocabulary import CELL_STYLES, NO_RECORD, NOT_HELD, STATUS_LABELS, stall_summary


def counts_towards_stall(plenary: Plenary) -> bool:
    """A held plenary or special session: its silence counts towards a stall."""
    return plenary.held and plenary.kind in PlenaryKind.decision_meetings()


def stall_record(*, counted: int, stall_from: Plenary, decided_at) -> tuple[int, int]:
    """Of the ``counted`` plenaries of a stall, from ``stall_from`` on: how many have no outcome of the line
    recorded, and how many only an unverified one. ``decided_at``: (meeting, verified?) for each outcome."""
    recorded: dict[int, bool] = {}
    for meeting, verified in decided_at:
        if meeting.sort_key >= stall_from.sort_key and counts_towards_stall(meeting):
            recorded[meeting.pk] = recorded.get(meeting.pk, False) or verified
    return max(counted - len(recorded), 0), sum(not verified for verified in recorded.values())


@dataclass
class Column:
    plenary: Plenary
    key: int

    @property
    def counts(self) -> bool:
        return counts_towards_stall(self.plenary)

    @property
    def csv_label(self) -> str:
        label = f"{self.plenary.year} {self.plenary.kind}"
        return label if self.plenary.held else f"{label} (not held)"


class Cell:
    """One table cell. Slots keep 40,000 of them cheap."""

    __slots__ = ("band_end", "band_label", "css", "href", "in_stall", "style", "verified")

    def __init__(self, style=None, href="", in_stall=False, band_label="", verified=True, band_end=""):
        self.style = style
        self.href = href
        self.in_stall = in_stall
        self.band_label = band_label
        self.verified = verified
        # The band's label again at its right end, for a table scrolled to the latest meetings.
        self.band_end = band_end
        # "st": inside a stalled run (the band); "st0": the run's first cell, which carries its label.
        self.css = ("st st0" if band_label else "st") if in_stall else ""

    @property
    def code(self) -> str:
        return self.style.code if self.style else ""


@dataclass
class Row:
    head: ReformProposal
    cells: list[Cell]
    stall_plenary: Plenary | None = None
    href: str = ""
    band_label: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.head.status, self.head.status)


@dataclass
class Group:
    area: ReformArea
    rows: list[Row] = field(default_factory=list)


@dataclass
class Timeline:
    filters: TimelineFilters
    columns: list[Column]
    groups: list[Group]
    # The first and last year of the record, to say so when the years chosen hold no meeting.
    first_year: int | None = None
    last_year: int | None = None

    @property
    def row_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)

    @property
    def rows(self):
        for group in self.groups:
            yield from group.rows


def timeline_build(filters: TimelineFilters) -> Timeline:
    meetings = list(timeline_meetings())
    by_id = {meeting.pk: meeting for meeting in meetings}
    columns = [
        Column(meeting, meeting.sort_key)
        for meeting in meetings
        if (not filters.year_from or meeting.year >= filters.year_from)
        and (not filters.year_to or meeting.year <= filters.year_to)
    ]
    # Years that hold no meeting show no reform: a row without cells would say nothing.
    lines = list(timeline_lines(filters)) if columns else []
    roots = [line.line_root_id for line in lines]

    # line root -> {meeting id: (outcome id, decision, verified)}; a later text of the line wins.
    outcomes: dict[int, dict[int, tuple]] = {}
    # line root -> [(meeting sort key, opens?)]: when a text was tabled, when one was closed.
    events: dict[int, list[tuple[int, bool]]] = {}
    # line root -> {meeting id: is any of its outcomes there confirmed?}: as the reform page counts a stall.
    verified_at: dict[int, dict[int, bool]] = {}
    if lines and columns:
        for root_id, tabled_key in ReformProposal.objects.filter(line_root_id__in=roots).values_list(
            "line_root_id", "first_tabled__sort_key"
        ):
            events.setdefault(root_id, []).append((tabled_key, True))
        found = (
            Outcome.objects.filter(proposal__line_root_id__in=roots)
            .order_by("proposal__first_tabled__sort_key", "proposal_id")
            .values_list("id", "proposal__line_root_id", "plenary_id", "plenary__sort_key", "decision", "verified")
        )
        closing = set(Decision.closing())
        for outcome_id, root_id, plenary_id, key, decision, verified in found:
            outcomes.setdefault(root_id, {})[plenary_id] = (outcome_id, decision, verified)
            confirmed = verified_at.setdefault(root_id, {})
            confirmed[plenary_id] = confirmed.get(plenary_id, False) or verified
            if decision in closing:
                events.setdefault(root_id, []).append((key, False))

    # One reverse() for the whole table: slugs are URL-safe, and a thousand reverses cost 0.1 s.
    href_template = reverse("reforms:reform-detail", kwargs={"slug": "__slug__"})
    facts = [(column.key, column.plenary.pk, column.plenary.held, column.counts) for column in columns]
    groups: list[Group] = []
    for line in lines:
        if not groups or groups[-1].area.pk != line.area_id:
            groups.append(Group(line.area))
        stall_plenary = by_id.get(line.stalled_since_id)
        # At one meeting a text is tabled before it can be closed.
        line_events = sorted(events.get(line.line_root_id, []), key=lambda event: (event[0], not event[1]))
        href = href_template.replace("__slug__", line.slug)
        line_outcomes = outcomes.get(line.line_root_id, {})
        decided_at = [(by_id[pk], verified) for pk, verified in verified_at.get(line.line_root_id, {}).items()]
        band_label = _band_label(line, stall_plenary, decided_at)
        cells = _cells(line, facts, line_outcomes, line_events, stall_plenary, href, band_label)
        groups[-1].rows.append(
            Row(head=line, cells=cells, stall_plenary=stall_plenary, href=href, band_label=band_label)
        )
    years = [meeting.year for meeting in meetings]
    return Timeline(
        filters=filters,
        columns=columns,
        groups=groups,
        first_year=min(years, default=None),
        last_year=max(years, default=None),
    )


def _band_label(line, stall_plenary, decided_at) -> str:
    if line.status != ReformStatus.STALLED or stall_plenary is None:
        return ""
    counted = line.plenaries_without_decision
    no_record, unverified = stall_record(counted=counted, stall_from=stall_plenary, decided_at=decided_at)
    return stall_summary(line.years_stalled, counted, no_record, unverified)


# Cells without a link look alike: one object each, shared by every row. (in a stall run?) -> cell
_BLANK = {False: Cell(), True: Cell(in_stall=True)}
_NOT_HELD = {False: Cell(CELL_STYLES[NOT_HELD]), True: Cell(CELL_STYLES[NOT_HELD], in_stall=True)}
_NO_RECORD = {False: Cell(CELL_STYLES[NO_RECORD]), True: Cell(CELL_STYLES[NO_RECORD], in_stall=True)}


def _cells(line, columns, outcomes, events, stall_plenary, href, band_label) -> list[Cell]:
    """Lay out one row. A meeting with no outcome shows "no record" only while a text of the
    line was on the table: tabled at or before it, and not closed by an earlier meeting.

    ``columns`` holds each column's (sort key, meeting id, held?, silence counts?);
    ``outcomes`` the line's outcomes by meeting id.
    """
    stall_key = stall_plenary.sort_key if stall_plenary else None
    band_end = band_label
    is_open = False
    pending = iter(events)
    event = next(pending, None)
    cells = []
    for key, meeting_id, held, counts in columns:
        # Tablings count from their own meeting; a closing outcome closes the line after it.
        while event is not None and (event[0] < key or (event[1] and event[0] == key)):
            is_open = event[1]
            event = next(pending, None)
        in_stall = stall_key is not None and key >= stall_key
        found = outcomes.get(meeting_id)
        if found:
            outcome_id, decision, verified = found
            cell = Cell(CELL_STYLES[decision], f"{href}#outcome-{outcome_id}", in_stall, verified=verified)
        elif not is_open:
            cell = _BLANK[in_stall]
        elif not held:
            cell = _NOT_HELD[in_stall]
        elif not counts:
            cell = _BLANK[in_stall]
        else:
            cell = _NO_RECORD[in_stall]
        if in_stall and band_label:
            # The first cell of the run carries the band's label.
            cell = Cell(cell.style, cell.href, True, band_label, cell.verified)
            band_label = ""
        cells.append(cell)
    last = cells[-1] if cells else None
    if last is not None and last.in_stall and not last.band_label and len(cells) > 2:
        cells[-1] = Cell(last.style, last.href, True, "", last.verified, band_end=band_end)
    return cells
