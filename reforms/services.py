"""Writes with rules. Admin forms, the API, imports and the dataset loader all end here
or in model.full_clean(), so every path gives the same validation messages."""

from django.db import transaction

from plenaries.models import Participant, Plenary
from reforms.models import Outcome, Position, ReformProposal


def upsert(model, *, lookup: dict, values: dict, m2m: dict | None = None) -> tuple[object, str]:
    """Create or update one row, validated; report "created", "updated" or "unchanged".

    Saving only real changes keeps a re-run idempotent: no new history rows, no new timestamps.
    """
    instance = model.objects.filter(**lookup).first()
    status = "unchanged"
    if instance is None:
        instance = model(**lookup, **values)
        status = "created"
    else:
        for field, value in values.items():
            if getattr(instance, field) != value:
                setattr(instance, field, value)
                status = "updated"
    if status != "unchanged":
        instance.full_clean()
        instance.save()
    for field, targets in (m2m or {}).items():
        manager = getattr(instance, field)
        if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
            manager.set(targets)
            status = "updated" if status == "unchanged" else status
    return instance, status


@transaction.atomic
def outcome_record(
    *,
    proposal: ReformProposal,
    plenary: Plenary,
    decision: str,
    summary: str,
    source_url: str,
    more_sources: str = "",
    verified: bool = True,
) -> tuple[Outcome, str]:
    """Record (or correct) what a meeting decided on a proposal: one outcome per pair."""
    return upsert(
        Outcome,
        lookup={"proposal": proposal, "plenary": plenary},
        values={
            "decision": decision,
            "summary": summary,
            "source_url": source_url,
            "more_sources": more_sources,
            "verified": verified,
        },
    )


@transaction.atomic
def position_record(
    *,
    proposal: ReformProposal,
    plenary: Plenary,
    participant: Participant,
    stance: str,
    reported_by: str,
    source_url: str,
    confidence: str = "medium",
    note: str = "",
    more_sources: str = "",
    verified: bool = True,
) -> tuple[Position, str]:
    """Record one claim about a participant's stance. Conflicting claims are kept side by side."""
    return upsert(
        Position,
        lookup={
            "proposal": proposal,
            "plenary": plenary,
            "participant": participant,
            "reported_by": reported_by,
            "stance": stance,
        },
        values={
            "confidence": confidence,
            "note": note,
            "source_url": source_url,
            "more_sources": more_sources,
            "verified": verified,
        },
    )
