"""The timeline's filters (every one in the URL) and its queries: a fixed number whatever the size."""

from dataclasses import dataclass

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from plenaries.models import Plenary, PlenaryKind
from plenaries.rules import year_start
from reforms.choices import ReformStatus
from reforms.models import Outcome, ReformArea, ReformProposal, ReviewCycle
from reforms.timeline.vocabulary import STATUS_GROUP_LABELS, STATUS_GROUPS


class TimelineFilterForm(forms.Form):
    """The GET form above the timeline; every filter lives in the URL."""

    area = forms.ChoiceField(label=_("Area"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    cycle = forms.ChoiceField(label=_("Review cycle"), required=False)
    # A number field shows nothing for "abc": the message must say what was wrong without it.
    _not_a_year = {"invalid": _("Not a year: type four digits, such as 2015.")}
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=2000, max_value=2100, error_messages=_not_a_year
    )
    year_to = forms.IntegerField(
        label=_("To year"), required=False, min_value=2000, max_value=2100, error_messages=_not_a_year
    )

    def __init__(self, data, *, areas: list[ReformArea], cycles: list[ReviewCycle]):
        super().__init__(data)
        self.areas = {area.slug: area for area in areas}
        self.cycles = {cycle.slug: cycle for cycle in cycles}
        self.fields["area"].choices = [("", _("All areas")), *((a.slug, a.name) for a in areas)]
        self.fields["status"].choices = [("", _("Any status")), *STATUS_GROUP_LABELS.items()]
        self.fields["cycle"].choices = [("", _("All cycles")), *((c.slug, c.name) for c in cycles)]

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            self.add_error("year_to", _("The last year must not be before the first."))
            # Which of the two is wrong is not known: filter by neither.
            data.pop("year_from", None)
        return data

    def left_out(self) -> int:
        """How many of the filters given could not be used (a reversed range leaves out both years)."""
        self.is_valid()
        given = [name for name in self.fields if self.data.get(name)]
        return sum(1 for name in given if name not in self.cleaned_data)

    def filters(self) -> "TimelineFilters":
        """The valid part of the query: a bad value is reported and ignored, never a 500."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return TimelineFilters(
            area=self.areas.get(data.get("area") or ""),
            status=data.get("status") or "",
            cycle=self.cycles.get(data.get("cycle") or ""),
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
        )


@dataclass
class TimelineFilters:
    area: ReformArea | None = None
    status: str = ""
    cycle: ReviewCycle | None = None
    year_from: int | None = None
    year_to: int | None = None

    @property
    def active(self) -> bool:
        return bool(self.area or self.status or self.cycle or self.year_from or self.year_to)


def timeline_meetings():
    """Plenaries and special sessions, plus the intersessionals that decided something."""
    decided = Exists(Outcome.objects.filter(plenary=OuterRef("pk")))
    return (
        Plenary.objects.filter(Q(kind__in=PlenaryKind.decision_meetings()) | decided)
        .select_related("chair")
        .order_by("sort_key")
    )


def timeline_lines(filters: TimelineFilters):
    """The line heads, filtered, with the stall status of their whole line."""
    lines = (
        ReformProposal.objects.with_stall_status()
        .filter(is_line_head=True)
        .select_related("area")
        # What a row shows: reading a proposal's long fields too would double the time.
        .only("title", "slug", "line_root", "area__name", "area__slug", "area__position")
        .order_by("area__position", "area__name", "line_tabled_key", "title")
    )
    if filters.area:
        lines = lines.filter(area=filters.area)
    if filters.status in STATUS_GROUPS:
        lines = lines.filter(status__in=STATUS_GROUPS[filters.status])
    if filters.cycle:
        lines = lines.in_cycle(filters.cycle.pk)
    if filters.year_to:
        lines = lines.filter(line_tabled_key__lt=year_start(filters.year_to + 1))
    if filters.year_from:
        lines = lines.exclude(
            Q(status__in=ReformStatus.closed()) & Q(last_decision_key__lt=year_start(filters.year_from))
        )
    return lines
