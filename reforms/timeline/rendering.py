"""The timeline's rows as HTML, built in Python: every interpolated text is escaped here.

At 1,000 reforms × 40 meetings a template loop over the rows and their 40,000 cells takes
seconds; these functions take a tenth of one. ``templates/reforms/timeline.html`` calls them
through ``{% timeline_rows %}``.
"""

from functools import lru_cache
from html import escape

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from reforms.timeline.layout import Cell, Row
from reforms.timeline.vocabulary import CELL_STYLES, STATUS_ICONS, STATUS_LABELS


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


def cells_html(cells: list[Cell], memo: dict | None = None) -> SafeString:
    """A row's <td>s. ``memo`` shares the cells that look alike across the rows of one table."""
    texts, flag = _chip_texts(get_language())
    memo = {} if memo is None else memo
    parts = []
    for cell in cells:
        key = (cell.code, cell.css, cell.band_label, cell.verified, cell.band_end)
        if key not in memo:
            memo[key] = _cell_parts(cell, texts, flag)
        opening, closing = memo[key]
        # Only a cell with an outcome links to it: the one part that differs from cell to cell.
        parts.append(
            f'{opening}<a class="chip {cell.style.css}" href="{escape(cell.href)}">{closing}'
            if cell.href
            else opening + closing
        )
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text is escaped


def _cell_parts(cell: Cell, texts: dict, flag: str) -> tuple[str, str]:
    """The cell's HTML before and after the link to its outcome (cells without a link: all of it)."""
    opening = f'<td class="{cell.css}">' if cell.css else "<td>"
    if cell.band_label:
        opening += f'<span class="band-label">{escape(str(cell.band_label))}</span>'
    if cell.band_end:
        opening += f'<span class="band-label band-end" aria-hidden="true">{escape(str(cell.band_end))}</span>'
    if not cell.style:
        return opening, "</td>"
    icon, short, label = texts[cell.style.code]
    chip = (
        f'<span class="ic" aria-hidden="true">{icon}</span><span class="w" aria-hidden="true">{short}</span>'
        f'<span class="visually-hidden">{label}</span>{"" if cell.verified else flag}'
    )
    if cell.href:
        return opening, f"{chip}</a></td>"
    return f'{opening}<span class="chip {cell.style.css}">{chip}</span>', "</td>"


def status_badge(status: str) -> SafeString:
    return format_html(
        '<span class="badge s-{}"><span class="ic" aria-hidden="true">{}</span> {}</span>',
        status,
        STATUS_ICONS.get(status, ""),
        STATUS_LABELS.get(status, status),
    )


def rows_html(rows: list[Row]) -> SafeString:
    """The table rows of one area: the reform's heading cell, then one cell per meeting."""
    memo: dict = {}
    return mark_safe("".join(_row_html(row, memo) for row in rows))  # noqa: S308 - _row_html escapes every text


def _row_html(row: Row, memo: dict) -> str:
    head = row.head
    meta = status_badge(head.status)
    if head.line_length > 1:
        texts = ngettext("%(n)s text", "%(n)s texts", head.line_length) % {"n": head.line_length}
        meta += format_html(' <span class="line-texts">{}</span>', texts)
    stall = ""
    if row.band_label:
        said = gettext("%(label)s, since %(year)s.") % {"label": row.band_label, "year": head.stalled_since_year}
        stall = format_html('<span class="visually-hidden">{}</span>', said)
    opening = '<tr class="is-stalled">' if row.band_label else "<tr>"
    return (
        f'{opening}<th scope="row" class="reform">'
        f'<a href="{conditional_escape(row.href)}">{conditional_escape(head.title)}</a>'
        f'<span class="reform-meta">{meta}</span>{stall}</th>{cells_html(row.cells, memo)}</tr>'
    )
