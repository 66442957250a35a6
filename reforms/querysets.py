"""The stall rule, read from the database: one join, whatever the number of proposals.

The per-line facts the rule needs (the line's latest decisive outcome, whether it closed the
line, from which meeting the silence counts, how many decision meetings have passed since)
come from the database view ``reforms_linestatus`` (migration 0003), which reads the outcomes
once for all lines. This module only applies the threshold, which is a setting.
"""

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When

from reforms.choices import Decision, ReformStatus


class ProposalQuerySet(models.QuerySet):
    def with_stall_status(self, threshold: int | None = None):
        """Annotate each proposal with the status of its whole line (it and the proposals it continues).

        The rule, as the methodology page states it: the line's latest decisive outcome
        (adopted, partially adopted, rejected, withdrawn) counts; adopted, rejected and
        withdrawn close it, unless a later text of the line was tabled since, which reopens
        it. Otherwise it is *stalled* when the plenaries held since that decision (or since
        the line was first tabled, or reopened) number ``threshold`` or more: each
        of them deferred it, noted it, found no consensus, did not discuss it, or has no
        outcome recorded. ``stalled_since`` is the first of those plenaries.
        """
        threshold = threshold or settings.KP_STALL_THRESHOLD
        if self.query.annotations.get("stall_threshold") == Value(threshold):
            return self  # annotated already (a filter needed it before the page's rows did)
        closed = Q(line_status__closed=True)
        is_stalled = Q(line_status__silent_meetings__gte=threshold) & ~closed
        return self.with_is_line_head().annotate(
            stall_threshold=Value(threshold),
            last_decision=F("line_status__last_decision"),
            last_decision_key=F("line_status__last_decision_key"),
            line_tabled_key=F("line_status__line_tabled_key"),
            plenaries_without_decision=F("line_status__silent_meetings"),
            line_length=F("line_status__line_length"),
            status=Case(
                When(closed, then=F("line_status__last_decision")),
                When(is_stalled, then=Value(ReformStatus.STALLED.value)),
                When(
                    line_status__last_decision=Decision.PARTIALLY_ADOPTED,
                    then=Value(ReformStatus.PARTIALLY_ADOPTED.value),
                ),
                default=Value(ReformStatus.OPEN.value),
                output_field=models.CharField(),
            ),
            stalled_since_id=Case(
                When(is_stalled, then=F("line_status__first_silent_meeting_id")),
                output_field=models.BigIntegerField(),
            ),
            stalled_since_year=Case(
                When(is_stalled, then=F("line_status__first_silent_year")),
                output_field=models.IntegerField(),
            ),
            years_stalled=Case(
                When(is_stalled, then=F("line_status__latest_meeting_year") - F("line_status__first_silent_year")),
                output_field=models.IntegerField(),
            ),
        )

    def with_is_line_head(self):
        """Annotate ``is_line_head``: the newest text of its line (no later proposal continues it)."""
        if "is_line_head" in self.query.annotations:
            return self  # annotated already (the line_heads filter needed it before the stall rule did)
        return self.annotate(is_line_head=self._is_line_head())

    def _is_line_head(self):
        return ~models.Exists(self.model.objects.filter(continues=models.OuterRef("pk")))

    def in_cycle(self, cycle_id: int):
        """Lines with at least one text tabled in the review cycle."""
        return self.filter(
            models.Exists(self.model.objects.filter(line_root=models.OuterRef("line_root"), cycle_id=cycle_id))
        )


class PositionQuerySet(models.QuerySet):
    def with_contested(self):
        """Annotate ``contested``: another claim gives the same participant a different stance at the
        same meeting, on this text or another of its line. The reform page and the API both use it."""
        other_stance = self.model.objects.filter(
            proposal__line_root=models.OuterRef("proposal__line_root"),
            plenary=models.OuterRef("plenary"),
            participant=models.OuterRef("participant"),
        ).exclude(stance=models.OuterRef("stance"))
        return self.annotate(contested=models.Exists(other_stance))
