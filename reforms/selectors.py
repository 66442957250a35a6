"""Reads shared by the timeline, the API and the admin.

The stall rule lives here, in the database: a list of 1,000 proposals costs the
same single query as a list of ten.
"""

from django.conf import settings
from django.db import models
from django.db.models import Case, Exists, F, Func, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest


class ReformStatus(models.TextChoices):
    STALLED = "stalled", "Stalled"
    OPEN = "open", "Open"
    ADOPTED = "adopted", "Adopted"
    PARTIALLY_ADOPTED = "partially_adopted", "Partially adopted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"

    @classmethod
    def closed(cls) -> list[str]:
        return [cls.ADOPTED, cls.REJECTED, cls.WITHDRAWN]


class _Count(Func):
    """COUNT(*) of a correlated subquery, without a GROUP BY."""

    function = "COUNT"
    template = "%(function)s(*)"
    output_field = models.IntegerField()


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
        from plenaries.models import Plenary, PlenaryKind
        from reforms.models import Decision, Outcome

        threshold = threshold or settings.KP_STALL_THRESHOLD
        line_decisions = Outcome.objects.filter(
            proposal__line_root=OuterRef("line_root"), decision__in=Decision.decisive()
        ).order_by("-plenary__sort_key")
        decision_meetings = Plenary.objects.filter(held=True, kind__in=PlenaryKind.decision_meetings())
        # The silent plenaries are all decision meetings from `silence_from` on, so "threshold or
        # more of them" is "silence_from is no later than the threshold-th latest meeting": one
        # uncorrelated subquery instead of a count per row (PostgreSQL runs it once).
        nth_latest_meeting = decision_meetings.order_by("-sort_key").values("sort_key")[threshold - 1 : threshold]
        latest_meeting_year = decision_meetings.order_by("-sort_key").values("year")[:1]
        silent_plenaries = decision_meetings.filter(sort_key__gte=OuterRef("silence_from"))
        # A later text reopens a closed line: the closing decision was on a text older than the
        # line's latest one. The silence of a reopened line counts from that latest tabling.
        newer_text = self.model.objects.filter(
            line_root=OuterRef("proposal__line_root"),
            first_tabled__sort_key__gt=OuterRef("proposal__first_tabled__sort_key"),
        )
        line_closed = line_decisions.annotate(
            closes=Case(
                When(Q(decision__in=Decision.closing()) & ~Exists(newer_text), then=Value(True)),
                default=Value(False),
            )
        ).values("closes")[:1]
        latest_text_key = Subquery(
            self.model.objects.filter(line_root=OuterRef("line_root"))
            .order_by("-first_tabled__sort_key")
            .values("first_tabled__sort_key")[:1]
        )
        closed = Q(line_closed=True)
        is_stalled = Q(silence_from__lte=Subquery(nth_latest_meeting)) & ~closed
        return (
            self.annotate(
                line_tabled_key=F("line_root__first_tabled__sort_key"),
                last_decision=Subquery(line_decisions.values("decision")[:1]),
                last_decision_key=Subquery(line_decisions.values("plenary__sort_key")[:1]),
                line_closed=Coalesce(Subquery(line_closed, output_field=models.BooleanField()), Value(False)),
                latest_text_key=latest_text_key,
            )
            .annotate(
                # Silence counts from the line's tabling, or after its last decision, or from the
                # text that reopened it, whichever is latest.
                silence_from=Greatest(
                    F("line_tabled_key"),
                    Coalesce(F("last_decision_key"), Value(0)) + 1,
                    Case(
                        When(last_decision__in=Decision.closing(), then=F("latest_text_key")),
                        default=Value(0),
                        output_field=models.IntegerField(),
                    ),
                    output_field=models.IntegerField(),
                ),
            )
            .annotate(
                plenaries_without_decision=Coalesce(
                    Subquery(silent_plenaries.order_by().annotate(n=_Count()).values("n")[:1]), Value(0)
                ),
                status=Case(
                    When(closed, then=F("last_decision")),
                    When(is_stalled, then=Value(ReformStatus.STALLED.value)),
                    When(
                        last_decision=Decision.PARTIALLY_ADOPTED,
                        then=Value(ReformStatus.PARTIALLY_ADOPTED.value),
                    ),
                    default=Value(ReformStatus.OPEN.value),
                    output_field=models.CharField(),
                ),
                stalled_since_id=Case(
                    When(is_stalled, then=Subquery(silent_plenaries.order_by("sort_key").values("pk")[:1])),
                    output_field=models.BigIntegerField(),
                ),
                stalled_since_year=Case(
                    When(is_stalled, then=Subquery(silent_plenaries.order_by("sort_key").values("year")[:1])),
                    output_field=models.IntegerField(),
                ),
            )
            .annotate(
                years_stalled=Case(
                    When(is_stalled, then=Subquery(latest_meeting_year) - F("stalled_since_year")),
                    output_field=models.IntegerField(),
                ),
                is_line_head=~Exists(self.model.objects.filter(continues=OuterRef("pk"))),
            )
        )

    # --- Public dashboard reads (timeline, home page, feeds).

    def with_line_length(self):
        """Annotate ``line_length``: how many successive texts the proposal's line holds."""
        members = self.model.objects.filter(line_root=OuterRef("line_root")).order_by().annotate(n=_Count())
        return self.annotate(line_length=Coalesce(Subquery(members.values("n")[:1]), Value(1)))

    def in_cycle(self, cycle_id: int):
        """Lines with at least one text tabled in the review cycle."""
        return self.filter(Exists(self.model.objects.filter(line_root=OuterRef("line_root"), cycle_id=cycle_id)))


# --- Reads for the public reform page (models imported late: models.py imports this module).


def proposal_line(proposal):
    """Every text of the proposal's line, oldest first, with what the page shows of each."""
    return (
        type(proposal)
        .objects.filter(line_root_id=proposal.line_root_id)
        .select_related("cycle", "first_tabled", "sponsor")
        .prefetch_related("originators")
        .order_by("first_tabled__sort_key", "pk")
    )


def line_outcomes(proposal):
    """What each meeting decided on any text of the line, in meeting order."""
    from reforms.models import Outcome

    return (
        Outcome.objects.filter(proposal__line_root_id=proposal.line_root_id)
        .select_related("plenary__chair", "proposal")
        .order_by("plenary__sort_key", "proposal__first_tabled__sort_key")
    )


def line_positions(proposal):
    """Every claim about a participant's stance on any text of the line."""
    from reforms.models import Position

    return (
        Position.objects.filter(proposal__line_root_id=proposal.line_root_id)
        .select_related("plenary", "participant", "proposal")
        .order_by("plenary__sort_key", "participant__name", "stance", "reported_by")
    )


def claims_by_participant(positions) -> list[dict]:
    """Group stance claims by meeting and participant. Claims that disagree make it "contested"."""
    groups: dict[tuple[int, int], dict] = {}
    for position in positions:
        key = (position.plenary_id, position.participant_id)
        group = groups.setdefault(key, {"plenary": position.plenary, "participant": position.participant, "claims": []})
        group["claims"].append(position)
    for group in groups.values():
        stances = {claim.stance for claim in group["claims"]}
        group["contested"] = len(stances) > 1
        group["stance"] = None if group["contested"] else group["claims"][0]
    return list(groups.values())


# --- Reads for the home page.


def headline_figures() -> dict:
    """Reforms tracked (one per line), how many are stalled now, and the longest stalls (two queries)."""
    from reforms.models import ReformProposal

    lines = ReformProposal.objects.with_stall_status().filter(is_line_head=True)
    figures = lines.aggregate(
        tracked=models.Count("pk"),
        stalled=models.Count("pk", filter=Q(status=ReformStatus.STALLED)),
    )
    figures["longest"] = list(
        lines.filter(status=ReformStatus.STALLED)
        .select_related("area")
        .order_by("-years_stalled", "line_tabled_key", "title")[:5]
    )
    return figures


def latest_adoption():
    """The most recent meeting outcome that adopted a reform, or None."""
    from reforms.models import Decision, Outcome

    return (
        Outcome.objects.filter(decision=Decision.ADOPTED)
        .select_related("proposal", "plenary")
        .order_by("-plenary__sort_key", "-pk")
        .first()
    )


def outcome_counts_by_meeting():
    """(meeting year, kind, sort key, decision, count) rows, in meeting order: the home page chart."""
    from reforms.models import Outcome

    return (
        Outcome.objects.values_list("plenary__year", "plenary__kind", "plenary__sort_key", "decision")
        .annotate(n=models.Count("pk"))
        .order_by("plenary__sort_key", "decision")
    )
