"""Strict readers for query-parameter values: each accepts exactly what the OpenAPI schema declares.

Django's form fields are generous (``int(" +5 ")``, ``"10/25/06"`` as a date, ``"1"`` as true);
a partner reading the schema cannot know that, and a fuzzer reading it proves the server wrong.
These fields take the declared forms only and say in their message what to send instead. Each
also knows its own schema (``openapi``), so the documentation and the check cannot drift apart.
"""

import re
import sys
from datetime import UTC, date, datetime, time

from django import forms
from django.utils.dateparse import parse_date, parse_datetime

WHOLE_NUMBER = re.compile(r"-?[0-9]+")
# The shapes the schema declares; Django's parsers (ISO 8601 via fromisoformat) also take others, such as
# 20241115T080000Z or a date-time without its offset, so a value must have one of these shapes first.
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
FULL_DATE = re.compile(_DATE)
# RFC 3339 section 5.6 (what OpenAPI's `format: date-time` means).
DATE_TIME = re.compile(_DATE + r"[Tt][0-9]{2}:[0-9]{2}:(?P<second>[0-9]{2})(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})")
SLUG_PATTERN = "^[-a-zA-Z0-9_]+$"
NO_NUL_PATTERN = "^[^\\x00]*$"  # PostgreSQL text cannot hold NUL; Django's form fields refuse it


def whole_number(raw: str) -> int | None:
    """``raw`` as an int when it is written as one (digits, an optional minus), else None."""
    if not WHOLE_NUMBER.fullmatch(raw):
        return None
    try:
        return int(raw)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        return None


def at_least_one(raw: str) -> int | None:
    """A count from 1 (a page, a page size), or None when ``raw`` is not one. A number with more digits than
    Python reads is ``sys.maxsize``: larger than any page count or size limit, which is all that matters."""
    if not re.fullmatch(r"[0-9]+", raw):
        return None
    number = whole_number(raw)
    if number is None:
        return sys.maxsize
    return number if number >= 1 else None


class WholeNumberField(forms.IntegerField):
    """Digits only (``2019``, not ``2019.0``, `` 2019`` or ``+2019``), within min/max."""

    default_error_messages = {"invalid": "Give a whole number, e.g. 2019."}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = whole_number(str(value))
        if number is None:
            # A long enough run of digits is a number too, just far out of range.
            if WHOLE_NUMBER.fullmatch(str(value)):
                raise forms.ValidationError(self._range_message(), code="max_value")
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number

    def _range_message(self) -> str:
        return f"Give a whole number from {self.min_value} to {self.max_value}."

    def openapi(self) -> dict:
        schema: dict = {"type": "integer"}
        if self.min_value is not None:
            schema["minimum"] = self.min_value
        if self.max_value is not None:
            schema["maximum"] = self.max_value
        return schema


class StrictBooleanField(forms.Field):
    """``true`` or ``false`` (any case): what a boolean in a query string looks like."""

    default_error_messages = {"invalid": "Give true or false."}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        if text not in {"true", "false"}:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return text == "true"

    def openapi(self) -> dict:
        return {"type": "boolean"}


class FullDateField(forms.DateField):
    """A date written ``YYYY-MM-DD`` and nothing else (no ``10/25/06``, no ``2019-1-5``); Django's message,
    translated on the dashboard."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value
        try:
            if FULL_DATE.fullmatch(str(value)):
                return parse_date(str(value))
        except ValueError:  # the shape of a date, not one (2024-02-30)
            pass
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")

    def openapi(self) -> dict:
        return {"type": "string", "format": "date"}


_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def _moment(match: re.Match) -> datetime:
    """The matched RFC 3339 date-time as an aware datetime in UTC; moments Python cannot hold are clamped to its
    range. A ValueError when the shape holds no moment (2024-02-30, 25 o'clock)."""
    text = match.string.upper()  # RFC 3339 allows t and z; Python's parser wants T and Z
    if text.startswith("0000"):  # valid RFC 3339, before Python's calendar: earlier than any record anyway
        return _EARLIEST
    if match["second"] == "60":  # a leap second counts as the second before it
        text = text[: match.start("second")] + "59" + text[match.end("second") :]
    local = parse_datetime(text)
    try:
        return local.astimezone(UTC)
    except OverflowError:
        return _EARLIEST if local.year == 1 else _LATEST


class DateOrDateTimeField(forms.Field):
    """An RFC 3339 date and time with its offset (``2024-11-15T08:00:00Z``), or a date (midnight UTC)."""

    default_error_messages = {
        "invalid": (
            "Give an RFC 3339 date and time with its offset, e.g. 2024-11-15T08:00:00Z or "
            "2024-11-15T09:00:00%2B01:00 (a + in a URL is sent as %2B), or a date, e.g. 2024-11-15."
        ),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value)
        try:
            if match := DATE_TIME.fullmatch(text):
                return _moment(match)
            if FULL_DATE.fullmatch(text):
                return datetime.combine(parse_date(text), time(), tzinfo=UTC)
        except ValueError:
            pass
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")

    def openapi(self) -> dict:
        return {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}]}


class PatternField(forms.CharField):
    """Text matching ``pattern`` (a JSON Schema / Python regular expression, anchored)."""

    default_error_messages = {"invalid": "Give a value without control characters."}

    def __init__(self, *args, pattern: str = NO_NUL_PATTERN, **kwargs):
        self.pattern = pattern
        kwargs.setdefault("strip", False)
        super().__init__(*args, **kwargs)

    def validate(self, value):
        super().validate(value)
        # fullmatch, not search: Python's `$` also matches before a final newline, JSON Schema's does not.
        if value and not re.fullmatch(self.pattern, value):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")

    def openapi(self) -> dict:
        return {"type": "string", "pattern": self.pattern}
