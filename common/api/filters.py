"""Filters shared by every list: ``updated_since``, a stable ``ordering``, record keys, and their schema.

The API validates every parameter exactly as its OpenAPI schema declares it: a value the schema
allows is answered, any other is a 400 naming the parameter — or a 404 naming it when the value
is well formed but names no record (``?area=no-such-area``), as an unknown path would. A filter
knows its own schema (``openapi()`` on its form field); the extension below puts it in the
document. A dashboard page uses the same FilterSets leniently: ``filterset.qs`` applies the valid
filters only, and ``filterset.errors`` says which values it ignored.
"""

import copy
from operator import attrgetter

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES
from django_filters.fields import BaseCSVField
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.plumbing import build_parameter_type
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import NotFound, ValidationError

from common.api.parameters import (
    NO_NUL_PATTERN,
    SLUG_PATTERN,
    DateOrDateTimeField,
    FullDateField,
    PatternField,
    StrictBooleanField,
    WholeNumberField,
)

EMPTY_MESSAGE = "Give a value, or leave the parameter out."


class UpdatedSinceFilter(django_filters.Filter):
    """Records changed at or after a moment (a date alone means midnight UTC)."""

    field_class = DateOrDateTimeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "updated_at")
        kwargs.setdefault("lookup_expr", "gte")
        super().__init__(*args, **kwargs)


class DateFilter(django_filters.DateFilter):
    """A date as ``YYYY-MM-DD``."""

    field_class = FullDateField


class YearFilter(django_filters.NumberFilter):
    """A year from 1998 to 2100: ``?year=2019``; anything else is a 400."""

    field_class = WholeNumberField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1998)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class BooleanFilter(django_filters.BooleanFilter):
    """``true`` or ``false``; anything else is a 400 rather than "no filter"."""

    field_class = StrictBooleanField


class TextFilter(django_filters.CharFilter):
    """Text matching ``pattern``; ``allow_empty`` when an empty value means something (an empty search)."""

    field_class = PatternField

    def __init__(self, *args, pattern: str = NO_NUL_PATTERN, message: str = "", allow_empty: bool = False, **kwargs):
        self.allow_empty = allow_empty
        if message:
            kwargs["error_messages"] = {"invalid": message}
        super().__init__(*args, pattern=pattern, **kwargs)


class _NoEmptyItems(BaseCSVField):
    """``?ordering=,,`` or ``?ordering=name,`` has an empty field name: refused, like ``?ordering=``."""

    def clean(self, value):
        if value and any(item == "" for item in value):
            raise forms.ValidationError("Name a field between each pair of commas.", code="invalid")
        return super().clean(value)


class StableOrderingFilter(django_filters.OrderingFilter):
    """``?ordering=-year,city``: listed fields, nulls last, then a unique tie-breaker so pages never overlap."""

    base_field_class = _NoEmptyItems
    schema_extra = {"minItems": 1}  # `ordering=` is no list at all (leave it out for the default order)

    def __init__(self, *args, tie_breaker: str = "pk", **kwargs):
        self.tie_breaker = tie_breaker
        super().__init__(*args, **kwargs)
        names = ", ".join(param for param, _label in self.extra["choices"])
        self.extra["error_messages"] = {
            "invalid_choice": f"%(value)s is not a field to sort by; use {names} (comma-separated)."
        }

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        ordering = []
        for param in value:
            descending = param.startswith("-")
            expression = F(self.param_map[param.lstrip("-")])
            ordering.append(expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True))
        return qs.order_by(*ordering, self.tie_breaker)


class _RecordKeyMixin:
    """Form field behaviour shared by record filters: the key's shape first (a 400), then whether a record
    has it (``invalid_choice``, a 404)."""

    def __init__(self, *args, pattern: str, key_message: str, **kwargs):
        self.key_field = PatternField(pattern=pattern, required=False, error_messages={"invalid": key_message})
        # Django's own message (translated on the dashboard), with the value for ModelChoiceField too.
        kwargs.setdefault("error_messages", {})["invalid_choice"] = _(
            "Select a valid choice. %(value)s is not one of the available choices."
        )
        super().__init__(*args, **kwargs)

    def clean(self, value):
        self.key_field.clean(value)
        return super().clean(value)

    def openapi(self) -> dict:
        return self.key_field.openapi()


class _RecordChoiceField(_RecordKeyMixin, forms.ChoiceField):
    pass


class _SlugChoiceField(_RecordKeyMixin, forms.ModelChoiceField):
    pass


SLUG_MESSAGE = "Give a slug: letters, digits, hyphens and underscores."


class _Choices:
    """A RecordFilter's choices, read when its form first needs them. Copies of the form (Django
    deep-copies fields) keep asking the same filter, so the records are read once per request."""

    def __init__(self, record_filter: "RecordFilter"):
        self.record_filter = record_filter

    def __call__(self):
        return self.record_filter.choices()

    def __deepcopy__(self, memo):
        return self


class RecordFilter(django_filters.Filter):
    """A record named by its key (a slug, or "2019-plenary"), for lists a dashboard also offers as a select.

    The records are read once per request, and only when needed (to check a value, or to draw a
    dashboard's select): an unused filter costs no query, a used one a single query.
    """

    field_class = _RecordChoiceField

    def __init__(
        self, *args, queryset, key=attrgetter("slug"), pattern=SLUG_PATTERN, key_message=SLUG_MESSAGE, **kwargs
    ):
        self.queryset, self.key = queryset, key
        self.empty_label = kwargs.pop("empty_label", "")
        self._records = None
        self.counts: dict | None = None  # set on one request's copy: numbers shown beside the choices
        super().__init__(*args, pattern=pattern, key_message=key_message, **kwargs)

    @property
    def field(self):
        self.extra["choices"] = _Choices(self)
        return super().field

    def __deepcopy__(self, memo):
        """A FilterSet's copy builds its own form field, bound to itself: a field cached on the class's
        filter (the schema generator asks for it) would read the records, and show the counts, of that one."""
        clone = copy.copy(self)
        clone.__dict__ = copy.deepcopy({k: v for k, v in self.__dict__.items() if k != "_field"}, memo)
        return clone

    def records(self) -> dict:
        if self._records is not None:
            return self._records
        records = {self.key(record): record for record in self.queryset.all()}
        # Kept only by the copy a FilterSet makes for one request, never by the class's filter.
        if getattr(self, "parent", None) is not None:
            self._records = records
        return records

    def choices(self) -> list[tuple[str, str]]:
        return [("", self.empty_label), *((key, self.choice_label(record)) for key, record in self.records().items())]

    def choice_label(self, record) -> str:
        """The record's name, and beside it the number a search facet gives it (``counts``, by pk)."""
        if self.counts is None:
            return str(record)
        return f"{record} ({self.counts.get(record.pk, 0)})"

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        return super().filter(qs, self.records()[value])


class SlugFilter(django_filters.ModelChoiceFilter):
    """A record named by its slug, looked up with one query (for tables too long to list)."""

    field_class = _SlugChoiceField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, to_field_name="slug", pattern=SLUG_PATTERN, key_message=SLUG_MESSAGE, **kwargs)


RECORD_FILTERS = (RecordFilter, SlugFilter)


class FilterSet(django_filters.FilterSet):
    """Base for the lists' FilterSets: every list can be asked what changed since a moment."""

    updated_since = UpdatedSinceFilter(
        help_text=(
            "Only records changed at or after this moment: an RFC 3339 date and time with its offset "
            "(`2024-11-15T08:00:00Z`; send a `+` as `%2B`), or a date alone, meaning midnight UTC. Compares "
            "with the record's `updated_at`. Deleted records simply disappear: refresh fully from time to time."
        )
    )

    examples: dict[str, object] = {"updated_since": "2024-11-15T00:00:00Z"}
    deprecated: frozenset[str] = frozenset()  # older names of filters, kept working and marked deprecated in the schema


def _empty_values(filterset, query) -> dict[str, list[str]]:
    return {
        name: [EMPTY_MESSAGE]
        for name, declared in filterset.filters.items()
        if query.get(name) == "" and not getattr(declared, "allow_empty", False)
    }


class KPFilterBackend(DjangoFilterBackend):
    """django-filter's backend, strict: an empty or malformed value is a 400 naming the parameter, a key that
    names no record a 404 naming it."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if empty := _empty_values(filterset, request.query_params):
            raise ValidationError(empty)
        if not filterset.is_valid():
            raise self.refusal(filterset)
        return filterset.qs

    @staticmethod
    def refusal(filterset) -> ValidationError | NotFound:
        errors = filterset.form.errors.as_data()
        detail = {name: [message for error in found for message in error.messages] for name, found in errors.items()}
        unknown_records = all(
            isinstance(filterset.filters.get(name), RECORD_FILTERS) and all(e.code == "invalid_choice" for e in found)
            for name, found in errors.items()
        )
        return NotFound(detail) if unknown_records else ValidationError(detail)


class KPFilterExtension(DjangoFilterExtension):
    """Each filter's schema from its form field (``openapi()``), and each FilterSet's ``examples``."""

    target_class = "common.api.filters.KPFilterBackend"
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        if getattr(filter_field.field_class, "openapi", None) is None:
            parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        else:
            parameters = [
                build_parameter_type(
                    name=field_name,
                    schema=filter_field.field.openapi(),
                    location=OpenApiParameter.QUERY,
                    required=filter_field.extra["required"],
                )
            ]
        examples = {}
        for klass in reversed(filterset_class.__mro__):
            examples.update(getattr(klass, "examples", {}) or {})
        for parameter in parameters:
            parameter["schema"].update(getattr(filter_field, "schema_extra", {}))
            if parameter["name"] in examples:
                parameter["example"] = examples[parameter["name"]]
            if "description" not in parameter:
                parameter["description"] = str(filter_field.extra.get("help_text") or "")
            if field_name in getattr(filterset_class, "deprecated", ()):
                parameter["deprecated"] = True
        return parameters
