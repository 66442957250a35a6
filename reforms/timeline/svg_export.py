"""The timeline as a standalone SVG picture of the current view."""

from xml.sax.saxutils import escape, quoteattr

from django.utils.translation import gettext_lazy as _

from plenaries.models import PlenaryKind
from reforms.timeline.layout import Timeline
from reforms.timeline.vocabulary import CELL_STYLES, NO_RECORD

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
