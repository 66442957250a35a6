"""The timeline as CSV: one line per reform, one column per meeting."""

import csv

from reforms.timeline.layout import Timeline


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
