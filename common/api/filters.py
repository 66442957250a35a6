"""Filters shared by every list: ``updated_since``, a stable ``ordering``, and their documentation.

Malformed values are a 400 naming the parameter (django-filter validates the form and
DRF's backend raises), never silently ignored. Each FilterSet lists an example per
filter in ``examples``; the OpenAPI extension below copies them into the schema.
"""

import re
from datetime import UTC, datetime
from operator import attrgetter

import django_filters
from django import forms
from django.db.models import F
from django.utils import timezone
from django_filters.constants import EMPTY_VALUES
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

# "2024-11-15T08:00:00+01:00" arrives as "... 08:00:00 01:00" when the client forgets to encode "+".
_UNENCODED_OFFSET = re.compile(r"^(.+T[\d:.]+) (\d\d(:?\d\d)?)$")


class IsoDateOrDateTimeField(forms.Field):
    default_error_messages = {
        "invalid": "Give an ISO 8601 date or date and time, e.g. 2024-11-15 or 2024-11-15T08:00:00Z.",
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = _UNENCODED_OFFSET.sub(r"\1+\2", str(value).strip())
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=UTC)
        return moment


class UpdatedSinceFilter(django_filters.IsoDateTimeFilter):
    """Records changed at or after a moment (a date means midnight UTC; no offset means UTC)."""

    field_class = IsoDateOrDateTimeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "updated_at")
        kwargs.setdefault("lookup_expr", "gte")
        super().__init__(*args, **kwargs)


class StableOrderingFilter(django_filters.OrderingFilter):
    """``?ordering=-year,city``: listed fields, nulls last, then a unique tie-breaker so pages never overlap."""

    def __init__(self, *args, tie_breaker: str = "pk", **kwargs):
        self.tie_breaker = tie_breaker
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        ordering = []
        for param in value:
            descending = param.startswith("-")
            field = self.param_map[param.lstrip("-")]
            expression = F(field)
            ordering.append(expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True))
        return qs.order_by(*ordering, self.tie_breaker)


class FilterSet(django_filters.FilterSet):
    """Base for the lists' FilterSets: every list can be asked what changed since a moment.

    The API is strict (KPFilterBackend answers 400 naming the bad parameter). A dashboard page is
    lenient: ``filterset.qs`` applies the valid filters only, and ``filterset.errors`` says which
    values it ignored.
    """

    updated_since = UpdatedSinceFilter(
        help_text=(
            "Only records changed at or after this moment (ISO 8601; a date alone means midnight UTC, "
            "a time without offset means UTC). Compares with the record's `updated_at`. Deleted records "
            "simply disappear: refresh fully from time to time."
        )
    )

    examples: dict[str, object] = {"updated_since": "2024-11-15T00:00:00Z"}


class KPFilterBackend(DjangoFilterBackend):
    """django-filter's backend; its own class so the schema extension below applies to it."""


class KPFilterExtension(DjangoFilterExtension):
    """Adds each FilterSet's ``examples`` to the query parameters in the OpenAPI schema."""

    target_class = "common.api.filters.KPFilterBackend"
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        examples = {}
        for klass in reversed(filterset_class.__mro__):
            examples.update(getattr(klass, "examples", {}) or {})
        for parameter in parameters:
            if parameter["name"] in examples:
                parameter["example"] = examples[parameter["name"]]
            # A RecordFilter's schema is set by hand (a string, never its records as an enum).
            if isinstance(filter_field, RecordFilter):
                parameter.setdefault("description", filter_field.extra.get("help_text", ""))
        return parameters


class YearFilter(django_filters.NumberFilter):
    """A four-digit year: ``?year=2019``; anything else is a 400."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1998)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class StrictBooleanField(forms.Field):
    default_error_messages = {"invalid": "Give true or false."}
    _VALUES = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, bool):
            return value
        try:
            return self._VALUES[str(value).strip().lower()]
        except KeyError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class BooleanFilter(django_filters.BooleanFilter):
    """``true``/``false`` (or 1/0, yes/no); anything else is a 400 rather than "no filter"."""

    field_class = StrictBooleanField


class _Choices:
    """A RecordFilter's choices, read when its form first needs them. Copies of the form (Django
    deep-copies fields) keep asking the same filter, so the records are read once per request."""

    def __init__(self, record_filter: "RecordFilter"):
        self.record_filter = record_filter

    def __call__(self):
        return self.record_filter.choices()

    def __deepcopy__(self, memo):
        return self


@extend_schema_field(OpenApiTypes.STR)
class RecordFilter(django_filters.Filter):
    """A record named by its key (a slug, or "2019-plenary"); an unknown key is refused.

    The records are read once per request, and only when needed (to check a value, or to draw a
    dashboard's select): an unused filter costs no query, a used one a single query.
    """

    field_class = forms.ChoiceField

    def __init__(self, *args, queryset, key=attrgetter("slug"), empty_label="", **kwargs):
        self.queryset, self.key, self.empty_label = queryset, key, empty_label
        self._records = None
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        self.extra["choices"] = _Choices(self)
        return super().field

    def records(self) -> dict:
        if self._records is not None:
            return self._records
        records = {self.key(record): record for record in self.queryset.all()}
        # Kept only by the copy a FilterSet makes for one request, never by the class's filter.
        if getattr(self, "parent", None) is not None:
            self._records = records
        return records

    def choices(self) -> list[tuple[str, str]]:
        return [("", self.empty_label), *((key, str(record)) for key, record in self.records().items())]

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        return super().filter(qs, self.records()[value])
