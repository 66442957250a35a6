"""Reads shared by the reform page, the home page and the feeds.

The stall rule itself is a queryset method (reforms/querysets.py), so the timeline, the API and
the admin share one query: ``ReformProposal.objects.with_stall_status()``.
"""

from django.db import models
from django.db.models import Q

from reforms.choices import Decision, ReformStatus
from reforms.models import Outcome, Position, ReformProposal

# --- Reads for the public reform page.


def proposal_line(proposal):
    """Every text of the proposal's line, oldest first, with what the page shows of each."""
    return (
        ReformProposal.objects.filter(line_root_id=proposal.line_root_id)
        .select_related("cycle", "first_tabled", "sponsor")
        .prefetch_related("originators")
        .order_by("first_tabled__sort_key", "pk")
    )


def line_outcomes(proposal):
    """What each meeting decided on any text of the line, in meeting order."""
    return (
        Outcome.objects.filter(proposal__line_root_id=proposal.line_root_id)
        .select_related("plenary__chair", "proposal")
        .order_by("plenary__sort_key", "proposal__first_tabled__sort_key")
    )


def line_positions(proposal):
    """Every claim about a participant's stance on any text of the line."""
    return (
        Position.objects.filter(proposal__line_root_id=proposal.line_root_id)
        .with_contested()
        .select_related("plenary", "participant", "proposal")
        .order_by("plenary__sort_key", "participant__name", "stance", "reported_by")
    )


def claims_by_participant(positions) -> list[dict]:
    """Group a line's stance claims (``line_positions()``) by meeting and participant.

    A group is contested when its claims are (``PositionQuerySet.with_contested()``).
    """
    groups: dict[tuple[int, int], dict] = {}
    for position in positions:
        key = (position.plenary_id, position.participant_id)
        group = groups.setdefault(key, {"plenary": position.plenary, "participant": position.participant, "claims": []})
        group["claims"].append(position)
    for group in groups.values():
        group["contested"] = any(claim.contested for claim in group["claims"])
        group["stance"] = None if group["contested"] else group["claims"][0]
    return list(groups.values())


# --- Reads for the home page.


def headline_figures() -> dict:
    """Reforms tracked (one per line), how many are stalled now, and the longest stalls (two queries)."""
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
    return (
        Outcome.objects.filter(decision=Decision.ADOPTED)
        .select_related("proposal", "plenary")
        .order_by("-plenary__sort_key", "-pk")
        .first()
    )


def outcome_counts_by_meeting():
    """(meeting year, kind, sort key, decision, count) rows, in meeting order: the home page chart."""
    return (
        Outcome.objects.values_list("plenary__year", "plenary__kind", "plenary__sort_key", "decision")
        .annotate(n=models.Count("pk"))
        .order_by("plenary__sort_key", "decision")
    )
