"""CSV output: the same fields as the JSON, flattened to one row per record.

Flattening rules (the same in ``?format=csv`` and in the data package):
lists of plain values are joined with ``"; "``, lists of objects are written as
JSON, booleans as ``true``/``false`` and null as an empty cell.

``?format=csv`` is opened in spreadsheets, which run a cell starting with ``=`` as a
formula (OWASP "CSV injection"): there, a text cell starting with one of
``FORMULA_TRIGGERS`` gets a leading apostrophe. The data package is for researchers'
tools and keeps every value exact.
"""

import csv
import json
from collections.abc import Iterable, Iterator

from rest_framework.renderers import BaseRenderer

LIST_SEPARATOR = "; "
# https://owasp.org/www-community/attacks/CSV_Injection
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def flatten_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if any(isinstance(item, dict | list) for item in value):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return LIST_SEPARATOR.join(flatten_value(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


class _Line:
    """A file-like object that hands back what csv.writer writes, for streaming."""

    def write(self, value: str) -> str:
        return value


def spreadsheet_cell(value) -> str:
    """``flatten_value``, with a text cell that a spreadsheet would run as a formula made inert."""
    cell = flatten_value(value)
    if cell.startswith(FORMULA_TRIGGERS) and not isinstance(value, int | float):
        return "'" + cell
    return cell


def csv_lines(header: list[str], rows: Iterable[dict], *, for_spreadsheets: bool = False) -> Iterator[str]:
    """Yield the header line, then one line per row (a dict keyed by the header).

    ``for_spreadsheets``: the API's ``?format=csv``, see the module docstring.
    """
    cell = spreadsheet_cell if for_spreadsheets else flatten_value
    writer = csv.writer(_Line(), lineterminator="\n")
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([cell(row.get(name)) for name in header])


def csv_text(header: list[str], rows: Iterable[dict], *, for_spreadsheets: bool = False) -> str:
    return "".join(csv_lines(header, rows, for_spreadsheets=for_spreadsheets))


class CSVRenderer(BaseRenderer):
    """``?format=csv`` for a single record; list endpoints stream every page (see ``PublicReadViewSet``)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        rows = data if isinstance(data, list) else [data]
        header = list(rows[0]) if rows else []
        return csv_text(header, rows, for_spreadsheets=True).encode(self.charset)


class ZipRenderer(BaseRenderer):
    """Lets clients ask for ``Accept: application/zip``; the view returns the bytes itself."""

    media_type = "application/zip"
    format = "zip"
    charset = None
    render_style = "binary"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data if isinstance(data, bytes) else b""
