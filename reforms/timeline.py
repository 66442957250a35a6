"""The timeline: one row per reform line, one column per KP meeting, one outcome per cell.

A *line* is a reform followed across cycles (a proposal and the texts that continue it).
The row shows the line's latest text and one stall clock for the whole line, as
``with_stall_status()`` computes it; this module only lays out what the database said.

Four queries whatever the size (the filter choices and the page chrome add their own):
the meetings, the line heads with their stall status, the lines' texts, and their outcomes.
"""

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from xml.sax.saxutils import escape, quoteattr

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from plenaries.models import Plenary, PlenaryKind
from reforms.choices import ReformStatus
from reforms.models import Decision, Outcome, ReformArea, ReformProposal, ReviewCycle

# What the public sees for each status (ReformStatus's own labels are not translated).
STATUS_LABELS = {
    ReformStatus.STALLED: _("Stalled"),
    ReformStatus.OPEN: _("Open"),
    ReformStatus.ADOPTED: _("Adopted"),
    ReformStatus.PARTIALLY_ADOPTED: _("Partially adopted"),
    ReformStatus.REJECTED: _("Rejected"),
    ReformStatus.WITHDRAWN: _("Withdrawn"),
}

STATUS_EXPLANATIONS = {
    ReformStatus.STALLED: _(
        "No decisive outcome for %(threshold)s or more plenaries in a row: each deferred it, noted it, "
        "found no consensus, did not discuss it, or left no record of an outcome."
    ),
    ReformStatus.OPEN: _("Still on the table and not stalled: fewer plenaries than the threshold have passed."),
    ReformStatus.ADOPTED: _("Agreed by consensus. Closed."),
    ReformStatus.PARTIALLY_ADOPTED: _(
        "Part of it was agreed; the rest is still open and not (yet) stalled by the rule below."
    ),
    ReformStatus.REJECTED: _("Refused or kept off the agenda. Closed."),
    ReformStatus.WITHDRAWN: _("Withdrawn by its sponsor. Closed."),
}

# The timeline's status filter: four plain groups that cover every status exactly once.
STATUS_GROUPS = {
    "stalled": [ReformStatus.STALLED],
    "adopted": [ReformStatus.ADOPTED],
    "open": [ReformStatus.OPEN, ReformStatus.PARTIALLY_ADOPTED],
    "closed": [ReformStatus.REJECTED, ReformStatus.WITHDRAWN],
}
STATUS_GROUP_LABELS = {
    "stalled": _("Stalled"),
    "adopted": _("Adopted"),
    "open": _("Open (incl. partially adopted)"),
    "closed": _("Closed without adoption"),
}

# Cell states besides the decisions themselves.
NO_RECORD = "no_record"
NOT_HELD = "not_held"


@dataclass(frozen=True)
class CellStyle:
    code: str
    css: str
    icon: str
    short: str
    label: str


# Colour, an icon and a word: never colour alone. ``css`` keys the colours in site.css.
CELL_STYLES = {
    Decision.ADOPTED: CellStyle(Decision.ADOPTED, "d-ad", "✓", pgettext_lazy("cell", "Adopted"), _("Adopted")),
    Decision.PARTIALLY_ADOPTED: CellStyle(
        Decision.PARTIALLY_ADOPTED, "d-pa", "◐", pgettext_lazy("cell", "Partly"), _("Partially adopted")
    ),
    Decision.DEFERRED: CellStyle(Decision.DEFERRED, "d-de", "↻", pgettext_lazy("cell", "Deferred"), _("Deferred")),
    Decision.NOTED: CellStyle(Decision.NOTED, "d-no", "✎", pgettext_lazy("cell", "Noted"), _("Noted")),
    Decision.NO_CONSENSUS: CellStyle(
        Decision.NO_CONSENSUS, "d-nc", "✕", pgettext_lazy("cell", "No consensus"), _("No consensus")
    ),
    Decision.REJECTED: CellStyle(Decision.REJECTED, "d-re", "⊘", pgettext_lazy("cell", "Rejected"), _("Rejected")),
    Decision.WITHDRAWN: CellStyle(Decision.WITHDRAWN, "d-wi", "↩", pgettext_lazy("cell", "Withdrawn"), _("Withdrawn")),
    Decision.NOT_DISCUSSED: CellStyle(
        Decision.NOT_DISCUSSED, "d-nd", "∅", pgettext_lazy("cell", "Not discussed"), _("Not discussed")
    ),
    NO_RECORD: CellStyle(
        NO_RECORD, "d-nr", "?", pgettext_lazy("cell", "No record"), _("No outcome recorded for this plenary")
    ),
    NOT_HELD: CellStyle(NOT_HELD, "d-nh", "–", pgettext_lazy("cell", "Not held"), _("Meeting not held")),
}


@lru_cache(maxsize=16)
def _chip_texts(language: str) -> tuple[dict[str, tuple[str, str, str]], str]:
    """Icon, short word and full label of each cell style, escaped, in one language; and the
    "unverified" flag. Cached per language: translations do not change while the process runs."""
    texts = {
        code: (style.icon, conditional_escape(style.short), conditional_escape(style.label))
        for code, style in CELL_STYLES.items()
    }
    unverified = conditional_escape(_("unverified"))
    return texts, f'<span class="uv" title="{unverified}">⚠<span class="visually-hidden"> {unverified}</span></span>'


def cells_html(cells: list["Cell"]) -> SafeString:
    texts, flag = _chip_texts(get_language())
    memo: dict[tuple, str] = {}
    parts = []
    for cell in cells:
        key = None if cell.href else (cell.code, cell.css, cell.band_label, cell.verified, cell.band_end)
        if key is not None and key in memo:
            parts.append(memo[key])
            continue
        inner = f'<span class="band-label">{conditional_escape(cell.band_label)}</span>' if cell.band_label else ""
        if cell.band_end:
            inner += f'<span class="band-label band-end" aria-hidden="true">{conditional_escape(cell.band_end)}</span>'
        if cell.style:
            icon, short, label = texts[cell.style.code]
            chip = (
                f'<span class="ic" aria-hidden="true">{icon}</span><span class="w" aria-hidden="true">{short}</span>'
                f'<span class="visually-hidden">{label}</span>{"" if cell.verified else flag}'
            )
            if cell.href:
                inner += f'<a class="chip {cell.style.css}" href="{conditional_escape(cell.href)}">{chip}</a>'
            else:
                inner += f'<span class="chip {cell.style.css}">{chip}</span>'
        html = f'<td class="{cell.css}">{inner}</td>' if cell.css else f"<td>{inner}</td>"
        if key is not None:
            memo[key] = html
        parts.append(html)
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text is escaped above


def stall_label(years: int | None) -> str:
    if not years:
        return str(_("Stalled less than a year"))
    return ngettext("Stalled %(years)s year", "Stalled %(years)s years", years) % {"years": years}


# --- Filters -------------------------------------------------------------------------------


class TimelineFilterForm(forms.Form):
    """The GET form above the timeline; every filter lives in the URL."""

    area = forms.ChoiceField(label=_("Area"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    cycle = forms.ChoiceField(label=_("Review cycle"), required=False)
    year_from = forms.IntegerField(label=_("From year"), required=False, min_value=2000, max_value=2100)
    year_to = forms.IntegerField(label=_("To year"), required=False, min_value=2000, max_value=2100)

    def __init__(self, data, *, areas: list[ReformArea], cycles: list[ReviewCycle]):
        super().__init__(data)
        self.areas = {area.slug: area for area in areas}
        self.cycles = {cycle.slug: cycle for cycle in cycles}
        self.fields["area"].choices = [("", _("All areas")), *((a.slug, a.name) for a in areas)]
        self.fields["status"].choices = [("", _("Any status")), *STATUS_GROUP_LABELS.items()]
        self.fields["cycle"].choices = [("", _("All cycles")), *((c.slug, c.name) for c in cycles)]

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            self.add_error("year_to", _("The last year must not be before the first."))
        return data

    def filters(self) -> "TimelineFilters":
        """The valid part of the query: a bad value is reported and ignored, never a 500."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        year_to = data.get("year_to") if "year_to" not in self.errors else None
        return TimelineFilters(
            area=self.areas.get(data.get("area") or ""),
            status=data.get("status") or "",
            cycle=self.cycles.get(data.get("cycle") or ""),
            year_from=data.get("year_from"),
            year_to=year_to,
        )


@dataclass
class TimelineFilters:
    area: ReformArea | None = None
    status: str = ""
    cycle: ReviewCycle | None = None
    year_from: int | None = None
    year_to: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.area or self.status or self.cycle or self.year_from or self.year_to)


# --- Layout --------------------------------------------------------------------------------


@dataclass
class Column:
    plenary: Plenary
    key: int

    @property
    def counts(self) -> bool:
        """A held plenary or special session: its silence counts towards a stall."""
        return self.plenary.held and self.plenary.kind in PlenaryKind.decision_meetings()

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

    @cached_property
    def cells_html(self) -> SafeString:
        """The row's <td>s. Built here, not in the template: at 1,000 reforms × 40 meetings a
        template loop over 40,000 cells takes seconds, this takes a tenth of one."""
        return cells_html(self.cells)

    @property
    def status_label(self):
        return STATUS_LABELS.get(self.head.status, self.head.status)

    @property
    def band_label(self) -> str:
        return stall_label(self.head.years_stalled) if self.head.status == ReformStatus.STALLED else ""


@dataclass
class Group:
    area: ReformArea
    rows: list[Row] = field(default_factory=list)


@dataclass
class Timeline:
    filters: TimelineFilters
    columns: list[Column]
    groups: list[Group]

    @property
    def row_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)

    @property
    def rows(self):
        for group in self.groups:
            yield from group.rows


def timeline_meetings():
    """Plenaries and special sessions, plus the intersessionals that decided something."""
    decided = Exists(Outcome.objects.filter(plenary=OuterRef("pk")))
    return (
        Plenary.objects.filter(Q(kind__in=PlenaryKind.decision_meetings()) | decided)
        .select_related("chair")
        .order_by("sort_key")
    )


def timeline_lines(filters: TimelineFilters):
    """The line heads, filtered, with the stall status of their whole line."""
    lines = (
        ReformProposal.objects.with_stall_status()
        .filter(is_line_head=True)
        .select_related("area")
        .order_by("area__position", "area__name", "line_tabled_key", "title")
    )
    if filters.area:
        lines = lines.filter(area=filters.area)
    if filters.status in STATUS_GROUPS:
        lines = lines.filter(status__in=STATUS_GROUPS[filters.status])
    if filters.cycle:
        lines = lines.in_cycle(filters.cycle.pk)
    if filters.year_to:
        lines = lines.filter(line_tabled_key__lt=(filters.year_to + 1) * 10)
    if filters.year_from:
        lines = lines.exclude(Q(status__in=ReformStatus.closed()) & Q(last_decision_key__lt=filters.year_from * 10))
    return lines


def timeline_build(filters: TimelineFilters) -> Timeline:
    meetings = list(timeline_meetings())
    by_id = {meeting.pk: meeting for meeting in meetings}
    columns = [
        Column(meeting, meeting.sort_key)
        for meeting in meetings
        if (not filters.year_from or meeting.year >= filters.year_from)
        and (not filters.year_to or meeting.year <= filters.year_to)
    ]
    lines = list(timeline_lines(filters))
    roots = [line.line_root_id for line in lines]

    # (line root, meeting) -> (outcome id, decision, verified); a later text of the line wins.
    outcomes: dict[tuple[int, int], tuple] = {}
    # line root -> [(meeting sort key, opens?)]: when a text was tabled, when one was closed.
    events: dict[int, list[tuple[int, bool]]] = {}
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
            outcomes[root_id, plenary_id] = (outcome_id, decision, verified)
            if decision in closing:
                events.setdefault(root_id, []).append((key, False))

    # One reverse() for the whole table: slugs are URL-safe, and a thousand reverses cost 0.1 s.
    href_template = reverse("reforms:reform-detail", kwargs={"slug": "__slug__"})
    groups: list[Group] = []
    for line in lines:
        if not groups or groups[-1].area.pk != line.area_id:
            groups.append(Group(line.area))
        stall_plenary = by_id.get(line.stalled_since_id)
        # At one meeting a text is tabled before it can be closed.
        line_events = sorted(events.get(line.line_root_id, []), key=lambda event: (event[0], not event[1]))
        href = href_template.replace("__slug__", line.slug)
        cells = _cells(line, columns, outcomes, line_events, stall_plenary, href)
        groups[-1].rows.append(Row(head=line, cells=cells, stall_plenary=stall_plenary, href=href))
    return Timeline(filters=filters, columns=columns, groups=groups)


_BLANK = Cell()
_BLANK_STALL = Cell(in_stall=True)


def _cells(line, columns, outcomes, events, stall_plenary, href) -> list[Cell]:
    """Lay out one row. A meeting with no outcome shows "no record" only while a text of the
    line was on the table: tabled at or before it, and not closed by an earlier meeting."""
    stall_key = stall_plenary.sort_key if stall_plenary else None
    band_label = stall_label(line.years_stalled) if stall_key is not None else ""
    is_open = False
    pending = iter(events)
    event = next(pending, None)
    cells = []
    for column in columns:
        # Tablings count from their own meeting; a closing outcome closes the line after it.
        while event is not None and (event[0] < column.key or (event[1] and event[0] == column.key)):
            is_open = event[1]
            event = next(pending, None)
        in_stall = stall_key is not None and column.key >= stall_key
        found = outcomes.get((line.line_root_id, column.plenary.pk))
        if found:
            outcome_id, decision, verified = found
            cell = Cell(CELL_STYLES[decision], f"{href}#outcome-{outcome_id}", in_stall, verified=verified)
        elif not is_open:
            cell = _BLANK_STALL if in_stall else _BLANK
        elif not column.plenary.held:
            cell = Cell(CELL_STYLES[NOT_HELD], in_stall=in_stall)
        elif not column.counts:
            cell = _BLANK_STALL if in_stall else _BLANK
        else:
            cell = Cell(CELL_STYLES[NO_RECORD], in_stall=in_stall)
        if in_stall and band_label:
            # The first cell of the run carries the band's label.
            cell = Cell(cell.style, cell.href, True, band_label, cell.verified)
            band_label = ""
        cells.append(cell)
    last = cells[-1] if cells else None
    if last is not None and last.in_stall and not last.band_label and len(cells) > 2:
        cells[-1] = Cell(last.style, last.href, True, "", last.verified, band_end=stall_label(line.years_stalled))
    return cells


# --- Exports -------------------------------------------------------------------------------


def timeline_csv(timeline: Timeline, out) -> None:
    """One line per reform, one column per meeting; cells hold the codebook's decision codes."""
    writer = csv.writer(out)
    writer.writerow(
        [
            "area",
            "reform",
            "slug",
            "texts_in_line",
            "status",
            "stalled_since",
            "years_stalled",
            *(column.csv_label for column in timeline.columns),
        ]
    )
    for row in timeline.rows:
        head = row.head
        writer.writerow(
            [
                head.area.name,
                head.title,
                head.slug,
                head.line_length,
                head.status,
                head.stalled_since_year or "",
                "" if head.years_stalled is None else head.years_stalled,
                *(cell.code for cell in row.cells),
            ]
        )


# SVG colours mirror site.css (fill, text).
SVG_COLOURS = {
    "d-ad": ("#d3efda", "#14532d"),
    "d-pa": ("#d5efec", "#134e4a"),
    "d-de": ("#fbe7c0", "#6b4100"),
    "d-no": ("#e1e7f2", "#24365a"),
    "d-nc": ("#fbdccf", "#8a2c0d"),
    "d-re": ("#f8d0d0", "#7f1d1d"),
    "d-wi": ("#e9e0f4", "#4b2a6b"),
    "d-nd": ("#e8e8e8", "#333333"),
    "d-nr": ("#ffffff", "#555555"),
    "d-nh": ("#f2f2f2", "#555555"),
}

_LABEL_W, _COL_W, _ROW_H, _HEAD_H, _AREA_H, _PAD, _CELL_H = 380, 46, 34, 64, 24, 12, 17


def timeline_svg(timeline: Timeline, *, title: str) -> str:
    """A standalone SVG of the current view: cells, stall bands and a legend."""
    columns = timeline.columns
    width = _PAD * 2 + _LABEL_W + _COL_W * max(len(columns), 1)
    parts = []
    y = _PAD + 24 + _HEAD_H
    body = []
    for group in timeline.groups:
        body.append(
            f'<text x="{_PAD}" y="{y + 17}" class="area">{escape(str(group.area.name))}</text>'
            f'<line x1="{_PAD}" x2="{width - _PAD}" y1="{y + _AREA_H}" y2="{y + _AREA_H}" class="rule"/>'
        )
        y += _AREA_H
        for row in group.rows:
            label = row.head.title if len(row.head.title) <= 56 else row.head.title[:55] + "…"
            body.append(
                f'<text x="{_PAD}" y="{y + 17}" class="reform">{escape(label)}'
                f"<title>{escape(row.head.title)} — {escape(str(row.status_label))}</title></text>"
            )
            band_start = None
            for index, cell in enumerate(row.cells):
                x = _PAD + _LABEL_W + index * _COL_W
                if cell.in_stall and band_start is None:
                    band_start = x
                if cell.style is None:
                    continue
                fill, ink = SVG_COLOURS[cell.style.css]
                dash = ' stroke-dasharray="3 2"' if cell.style.code == NO_RECORD else ""
                body.append(
                    f"<g><title>{escape(str(columns[index].plenary))}: {escape(str(cell.style.label))}</title>"
                    f'<rect x="{x + 2}" y="{y + 3}" width="{_COL_W - 4}" height="{_CELL_H}" rx="3" '
                    f'fill="{fill}" stroke="{ink}" stroke-width="0.6"{dash}/>'
                    f'<text x="{x + _COL_W / 2}" y="{y + 15}" class="icon" fill="{ink}">{cell.style.icon}</text></g>'
                )
            if band_start is not None:
                band_end = _PAD + _LABEL_W + len(row.cells) * _COL_W
                # The band runs under the cells; its label is written inside it.
                body.append(
                    f'<rect x="{band_start}" y="{y + _CELL_H + 5}" width="{band_end - band_start}" height="10" '
                    f'class="band"/><text x="{band_end - 4}" y="{y + _CELL_H + 13}" class="bandlabel">'
                    f"{escape(row.band_label)}</text>"
                )
            y += _ROW_H
    if not timeline.row_count:
        body.append(f'<text x="{_PAD}" y="{y + 20}" class="reform">{escape(str(_("No reform matches.")))}</text>')
        y += _ROW_H * 2

    head = []
    for index, column in enumerate(columns):
        x = _PAD + _LABEL_W + index * _COL_W + _COL_W / 2
        meeting = column.plenary
        kind = "" if meeting.kind == PlenaryKind.PLENARY else f"{str(meeting.get_kind_display())[:5]}."
        chair = meeting.chair.iso_code if meeting.chair else ""
        head.append(
            f'<text x="{x}" y="{_PAD + 24 + _HEAD_H - 40}" class="chair">{escape(kind)}</text>'
            f'<text x="{x}" y="{_PAD + 24 + _HEAD_H - 26}" class="year">{meeting.year}</text>'
            f'<text x="{x}" y="{_PAD + 24 + _HEAD_H - 12}" class="chair">{escape(chair)}</text>'
        )
    legend_y = y + 24
    legend = []
    x = _PAD
    for style in CELL_STYLES.values():
        fill, ink = SVG_COLOURS[style.css]
        legend.append(
            f'<rect x="{x}" y="{legend_y - 12}" width="16" height="16" rx="3" fill="{fill}" stroke="{ink}" '
            f'stroke-width="0.6"/><text x="{x + 8}" y="{legend_y}" class="icon" fill="{ink}">{style.icon}</text>'
            f'<text x="{x + 22}" y="{legend_y}" class="legend">{escape(str(style.label))}</text>'
        )
        x += 30 + 6.2 * len(str(style.label))
        if x > width - 200:
            x = _PAD
            legend_y += 22
    legend_y += 26
    legend.append(
        f'<rect x="{_PAD}" y="{legend_y - 8}" width="40" height="5" class="band"/>'
        f'<text x="{_PAD + 48}" y="{legend_y}" class="legend">{escape(str(_("Stalled run (see methodology)")))}</text>'
        f'<text x="{_PAD}" y="{legend_y + 22}" class="legend">'
        f"{escape(str(_('Column heads: year and the chair (ISO code).')))}</text>"
    )
    height = legend_y + 40
    parts.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label={quoteattr(title)}>'
        f"<title>{escape(title)}</title>"
        "<style>text{font-family:'DejaVu Sans',Arial,sans-serif;fill:#1a1a1a}"
        ".area{font-size:13px;font-weight:700}.reform{font-size:12px}.year{font-size:11px;text-anchor:middle;"
        "font-weight:700}.chair{font-size:10px;text-anchor:middle;fill:#555}.icon{font-size:11px;"
        "text-anchor:middle;font-weight:700}.legend{font-size:11px}.band{fill:#8b1e1e}"
        ".bandlabel{font-size:8.5px;text-anchor:end;fill:#ffffff;font-weight:700}.rule{stroke:#ccc}"
        ".title{font-size:16px;font-weight:700}</style>"
        f'<rect width="100%" height="100%" fill="#fff"/>'
        f'<text x="{_PAD}" y="{_PAD + 14}" class="title">{escape(title)}</text>'
    )
    parts.extend(head)
    parts.extend(body)
    parts.extend(legend)
    parts.append("</svg>")
    return "".join(parts)
