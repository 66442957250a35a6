"""Query parameters of the participants, plenaries and organisations lists."""

import django_filters

from common.api.filters import BooleanFilter, FilterSet, StableOrderingFilter, YearFilter
from plenaries.models import (
    IS_CURRENT,
    Organisation,
    OrganisationKind,
    Participant,
    ParticipantKind,
    Plenary,
    PlenaryKind,
)

ORDERING_HELP = "Sort by these fields, comma-separated; prefix `-` for descending. Ties are broken by a unique key."


class ParticipantFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=ParticipantKind.choices, help_text="Only participants of this kind.")
    current = BooleanFilter(
        method="filter_current", help_text="`true`: only participants the KP counts today; `false`: only the others."
    )
    ordering = StableOrderingFilter(
        fields={"name": "name", "slug": "slug", "joined_year": "joined_year", "updated_at": "updated_at"},
        help_text=ORDERING_HELP,
    )

    examples = {"kind": "state", "current": True, "ordering": ["-joined_year"]}

    class Meta:
        model = Participant
        fields = ["kind", "current", "updated_since"]

    def filter_current(self, queryset, name, value: bool):
        return queryset.filter(IS_CURRENT) if value else queryset.exclude(IS_CURRENT)


class PlenaryFilter(FilterSet):
    year = YearFilter(help_text="Only meetings of this year.")
    kind = django_filters.ChoiceFilter(choices=PlenaryKind.choices, help_text="Only meetings of this kind.")
    held = BooleanFilter(help_text="`false` lists the meetings that did not take place.")
    ordering = StableOrderingFilter(
        fields={"sort_key": "date", "year": "year", "updated_at": "updated_at"},
        help_text=ORDERING_HELP + " `date` is the order meetings happened in.",
    )

    examples = {"year": 2019, "kind": "plenary", "held": True, "ordering": ["-date"]}

    class Meta:
        model = Plenary
        fields = ["year", "kind", "held", "updated_since"]


class OrganisationFilter(FilterSet):
    kind = django_filters.ChoiceFilter(choices=OrganisationKind.choices, help_text="Only organisations of this kind.")
    observer = BooleanFilter(
        field_name="observer_from",
        lookup_expr="isnull",
        exclude=True,
        help_text="`true`: only organisations that have been KP observers.",
    )
    ordering = StableOrderingFilter(
        fields={"name": "name", "slug": "slug", "observer_from": "observer_from", "updated_at": "updated_at"},
        help_text=ORDERING_HELP,
    )

    examples = {"kind": "civil_society", "observer": True, "ordering": ["name"]}

    class Meta:
        model = Organisation
        fields = ["kind", "observer", "updated_since"]
