"""The timeline: one row per reform line, one column per KP meeting, one outcome per cell.

A *line* is a reform followed across cycles (a proposal and the texts that continue it).
The row shows the line's latest text and one stall clock for the whole line, as
``with_stall_status()`` computes it; this package only lays out what the database said.

- ``vocabulary``: what the public reads for each status and decision (labels, icons, colours).
- ``queries``: the filters in the URL and the four queries (meetings, line heads with their
  stall status, the lines' texts, their outcomes), whatever the number of reforms.
- ``layout``: rows, columns and cells, built from those queries.
- ``rendering``: a row's HTML, built in Python (a template loop over 40,000 cells takes seconds).
- ``csv_export`` and ``svg_export``: the same view as a spreadsheet and as a picture.
"""
