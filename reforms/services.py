"""Writes with rules. Admin forms, the API, imports and the dataset loader all end here
or in model.full_clean(), so every path gives the same validation messages."""

from typing import NoReturn

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from common.cache import data_version_bump
from plenaries.models import Participant, Plenary
from reforms.line_changes import lines_touch
from reforms.models import Outcome, Position, ReformProposal


def upsert(
    model,
    *,
    lookup: dict,
    values: dict,
    m2m: dict | None = None,
    keep_edits: bool = False,
    refuse_existing: bool = False,
) -> tuple[object, str]:
    """Create or update one row, validated; report "created", "updated", "unchanged" or "kept".

    Saving only real changes keeps a re-run idempotent: no new history rows, no new timestamps.
    With ``keep_edits``, a row a person has edited (a history entry with a user) is left as is.
    With ``refuse_existing`` (the API's POST), a row that exists already is refused with the
    admin's message ("… already exists."), never changed.
    """
    instance = model.objects.filter(**lookup).first()
    status = "unchanged"
    if instance is not None and refuse_existing:
        duplicate_refuse(model(**lookup, **values))
    if instance is not None and keep_edits and edited_by_someone(instance):
        return instance, "kept"
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
        try:
            with transaction.atomic():
                instance.save()
        except IntegrityError as error:  # a concurrent write saved the same row between the check and here
            duplicate_refuse(instance, error)
    for field, targets in (m2m or {}).items():
        manager = getattr(instance, field)
        if set(manager.values_list("pk", flat=True)) != {t.pk for t in targets}:
            manager.set(targets)
            status = "updated" if status == "unchanged" else status
    return instance, status


def edited_by_someone(instance) -> bool:
    history = getattr(instance, "history", None)
    return history is not None and history.filter(history_user__isnull=False).exists()


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
    keep_edits: bool = False,
    refuse_existing: bool = False,
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
        keep_edits=keep_edits,
        refuse_existing=refuse_existing,
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
    keep_edits: bool = False,
    refuse_existing: bool = False,
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
        keep_edits=keep_edits,
        refuse_existing=refuse_existing,
    )


def proposal_line_sync(*, proposal: ReformProposal) -> int:
    """Point a saved proposal, and every later text that continues it, at the first text of their line.

    Every writer of proposals calls it after saving one (admin, dataset loader, demo data): changing
    what a proposal continues moves its whole line. Returns how many texts moved.
    """
    earlier = proposal.continues
    root_id = (earlier.line_root_id or earlier.pk) if earlier is not None else proposal.pk
    root_before = proposal.line_root_id
    moved, texts, seen = 0, [proposal.pk], {proposal.pk}
    with transaction.atomic():
        while texts:
            moved += ReformProposal.objects.filter(pk__in=texts).exclude(line_root=root_id).update(line_root=root_id)
            later = ReformProposal.objects.filter(continues__in=texts).values_list("pk", flat=True)
            texts = [pk for pk in later if pk not in seen]  # clean() refuses cycles; never loop on one anyway
            seen.update(texts)
        if moved:
            lines_touch([root_id, root_before])  # both lines' statuses may change
            data_version_bump()  # update() sends no save signal, and the timeline changed
    proposal.line_root_id = root_id
    return moved


# --- Corrections (the API's PUT and PATCH), and duplicates that slip past full_clean().


def outcome_correct(*, outcome: Outcome, **changes) -> Outcome:
    """Correct a recorded outcome in place, with the admin form's rules and messages."""
    return _correct(outcome, changes)


def position_correct(*, position: Position, **changes) -> Position:
    """Correct a recorded claim in place, with the admin form's rules and messages."""
    return _correct(position, changes)


def _correct(instance, changes: dict):
    for field, value in changes.items():
        setattr(instance, field, value)
    try:
        with transaction.atomic():
            instance.full_clean()
            instance.save()
    except IntegrityError as error:
        duplicate_refuse(instance, error)
    return instance


def duplicate_refuse(instance, error: IntegrityError | None = None) -> NoReturn:
    """Refuse ``instance`` (unsaved, or saved with new values) because it clashes with a saved row.

    A concurrent write can slip in between full_clean()'s check and the INSERT or UPDATE, so the
    database refuses it instead (``error``). Once that write is committed the admin's own check
    sees it: raise its ValidationError ("Outcome with this Proposal and Meeting already exists."),
    or ``error`` itself when no constraint explains it. Call it outside the failed transaction.
    """
    instance.validate_constraints()
    if error is not None:
        raise error
    raise ValidationError(
        _("%(model)s already exists.") % {"model": capfirst(instance._meta.verbose_name)}, code="unique"
    )
