"""Query parameters of the reform-areas, reforms, outcomes and positions lists."""

import django_filters

from common.api.filters import BooleanFilter, FilterSet, SlugFilter, StableOrderingFilter, YearFilter
from plenaries.models import Participant, PlenaryKind
from reforms.choices import ReformStatus
from reforms.models import Confidence, Decision, Outcome, Position, ReformArea, ReformProposal, ReviewCycle, Stance

ORDERING_HELP = "Sort by these fields, comma-separated; prefix `-` for descending. Ties are broken by a unique key."


def _area_filter(field_name: str) -> SlugFilter:
    return SlugFilter(
        field_name=field_name,
        queryset=ReformArea.objects.all(),
        help_text="Slug of a reform area (see /api/v1/reform-areas/); a slug no area has is a 404.",
    )


def _proposal_filter() -> SlugFilter:
    return SlugFilter(
        field_name="proposal",
        queryset=ReformProposal.objects.all(),
        help_text="Slug of a reform proposal (see /api/v1/reforms/); a slug no proposal has is a 404.",
    )


class ReformAreaFilter(FilterSet):
    ordering = StableOrderingFilter(
        fields={"position": "position", "name": "name", "slug": "slug", "updated_at": "updated_at"},
        help_text=ORDERING_HELP,
    )

    examples = {"ordering": ["name"]}

    class Meta:
        model = ReformArea
        fields = ["updated_since"]


class ReformOrderingFilter(StableOrderingFilter):
    """Ordering by a column of the stall rule computes it for every reform first."""

    stall_columns = {"status", "years_stalled"}

    def filter(self, qs, value):
        if value and any(param.lstrip("-") in self.stall_columns for param in value):
            qs = qs.with_stall_status()
        return super().filter(qs, value)


class ReformFilter(FilterSet):
    area = _area_filter("area")
    status = django_filters.ChoiceFilter(
        choices=ReformStatus.choices,
        method="filter_status",
        help_text="Only reforms with this status (computed by the stall rule, in the database).",
    )
    cycle = SlugFilter(
        queryset=ReviewCycle.objects.all(),
        help_text="Slug of a review-and-reform cycle; a slug no cycle has is a 404.",
    )
    line_heads = BooleanFilter(
        method="filter_line_heads",
        help_text="`true`: only the newest proposal of each line (one row per reform followed across cycles).",
    )
    ordering = ReformOrderingFilter(
        fields={
            "first_tabled__sort_key": "first_tabled",
            "slug": "slug",
            "title": "title",
            "status": "status",
            "years_stalled": "years_stalled",
            "updated_at": "updated_at",
        },
        help_text=ORDERING_HELP,
    )

    examples = {
        "area": "scope",
        "status": "stalled",
        "cycle": "cycle-2017-2019",
        "line_heads": True,
        "ordering": ["-years_stalled"],
    }

    class Meta:
        model = ReformProposal
        fields = ["area", "status", "cycle", "line_heads", "updated_since"]

    def filter_status(self, queryset, name, value: str):
        return queryset.with_stall_status().filter(status=value)

    def filter_line_heads(self, queryset, name, value: bool):
        return queryset.with_is_line_head().filter(is_line_head=value)


class OutcomeFilter(FilterSet):
    year = YearFilter(field_name="plenary__year", help_text="Only decisions taken at meetings of this year.")
    plenary_kind = django_filters.ChoiceFilter(
        field_name="plenary__kind", choices=PlenaryKind.choices, help_text="Only decisions of this kind of meeting."
    )
    area = _area_filter("proposal__area")
    decision = django_filters.ChoiceFilter(choices=Decision.choices, help_text="Only this decision.")
    # The first name of `decision`, documented in v1 before the field's own name was taken: kept working.
    outcome = django_filters.ChoiceFilter(
        field_name="decision", choices=Decision.choices, help_text="The same as `decision` (its older name)."
    )
    proposal = _proposal_filter()
    ordering = StableOrderingFilter(
        fields={"plenary__sort_key": "date", "decision": "decision", "updated_at": "updated_at"},
        help_text=ORDERING_HELP + " `date` is the order of the meetings.",
    )

    examples = {
        "year": 2019,
        "plenary_kind": "plenary",
        "area": "scope",
        "decision": "no_consensus",
        "outcome": "no_consensus",
        "proposal": "peer-review-system",
        "ordering": ["-date"],
    }

    deprecated = frozenset({"outcome"})

    class Meta:
        model = Outcome
        fields = ["year", "plenary_kind", "area", "decision", "outcome", "proposal", "updated_since"]


class PositionFilter(FilterSet):
    year = YearFilter(field_name="plenary__year", help_text="Only claims about meetings of this year.")
    area = _area_filter("proposal__area")
    proposal = _proposal_filter()
    participant = SlugFilter(
        queryset=Participant.objects.all(),
        help_text="Slug of a participant (see /api/v1/participants/); a slug no participant has is a 404.",
    )
    stance = django_filters.ChoiceFilter(choices=Stance.choices, help_text="Only this stance.")
    confidence = django_filters.ChoiceFilter(choices=Confidence.choices, help_text="Only claims of this confidence.")
    contested = BooleanFilter(
        help_text="`true`: only claims contradicted by another claim about the same participant and meeting."
    )
    ordering = StableOrderingFilter(
        fields={"plenary__sort_key": "date", "participant__name": "participant", "updated_at": "updated_at"},
        help_text=ORDERING_HELP + " `date` is the order of the meetings.",
    )

    examples = {
        "year": 2022,
        "area": "scope",
        "proposal": "russia-ukraine-agenda-item",
        "participant": "russian-federation",
        "stance": "blocked_consensus",
        "confidence": "high",
        "contested": True,
        "ordering": ["-date"],
    }

    class Meta:
        model = Position
        fields = ["year", "area", "proposal", "participant", "stance", "confidence", "contested", "updated_since"]
