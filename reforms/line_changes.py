"""When a reform's status last had reason to change: ``ReformProposal.line_changed_at``.

A reform's status is its line's, worked out from every outcome of the line and from the meetings held
since (reforms/line_status.py). So its ``updated_at`` in the API must move when any of those changes,
not only when the proposal itself is edited. Reading that from the outcomes' history on every sync
costs a correlated subquery per proposal; instead, every write that can change a line's status stamps
the line here, and the API compares one column.

The stamps are written with ``update()``: no history row, no save signal. A proposal saved from a stale
instance may write an older stamp back, but that save adds its own, newer, history row, which
``updated_at`` also reads.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from plenaries.models import Plenary
from reforms.models import Outcome, ReformProposal


def lines_touch(proposal_ids) -> None:
    """Stamp every text of the lines these proposals belong to."""
    ids = {pk for pk in proposal_ids if pk is not None}
    if not ids:
        return
    roots = {root or pk for pk, root in ReformProposal.objects.filter(pk__in=ids).values_list("pk", "line_root")}
    roots |= ids  # a proposal being deleted is gone already, but its line may still point at it
    ReformProposal.objects.filter(Q(line_root__in=roots) | Q(pk__in=roots)).update(line_changed_at=timezone.now())


# What each writer's row held before the save, among the fields the stall rule reads.
_OUTCOME_FACTS = ("proposal_id",)
_PROPOSAL_FACTS = ("first_tabled_id", "continues_id")
_MEETING_FACTS = ("held", "kind", "year")


def _remember(facts: tuple[str, ...]):
    def before(sender, instance, raw=False, **kwargs):
        instance._line_facts_before = (
            sender.objects.filter(pk=instance.pk).values_list(*facts).first() if instance.pk else None
        )

    return before


def _changed(instance, facts: tuple[str, ...]) -> bool:
    before = getattr(instance, "_line_facts_before", None)
    return before is None or before != tuple(getattr(instance, name) for name in facts)


def _outcome_saved(sender, instance: Outcome, **kwargs):
    # Its decision, meeting or text may have changed; one moved to another reform changes the line it left too.
    before = getattr(instance, "_line_facts_before", None)
    lines_touch([instance.proposal_id, before[0] if before else None])


def _outcome_deleted(sender, instance: Outcome, **kwargs):
    lines_touch([instance.proposal_id])


def _proposal_saved(sender, instance: ReformProposal, **kwargs):
    # Tabled at another meeting, or continuing another text of its line: its siblings' statuses move.
    # (A text moving to another line is stamped by proposal_line_sync, which moves it.)
    if _changed(instance, _PROPOSAL_FACTS):
        lines_touch([instance.pk])


def _proposal_deleted(sender, instance: ReformProposal, **kwargs):
    # The line's earlier texts lose a later one: their status may change.
    lines_touch([instance.line_root_id])


def _meeting_changed(sender, instance: Plenary, **kwargs):
    # The stall rule counts the meetings held since a line's last decision: a meeting added, removed, held or
    # not, or moved in the calendar may change every line. A city or a chair corrected changes none.
    if kwargs.get("signal") is post_delete or _changed(instance, _MEETING_FACTS):
        ReformProposal.objects.update(line_changed_at=timezone.now())


def connect() -> None:
    for model, facts in ((Outcome, _OUTCOME_FACTS), (ReformProposal, _PROPOSAL_FACTS), (Plenary, _MEETING_FACTS)):
        pre_save.connect(_remember(facts), sender=model, weak=False, dispatch_uid=f"line-changes-{model.__name__}")
    post_save.connect(_outcome_saved, sender=Outcome, dispatch_uid="line-changes-outcome-saved")
    post_delete.connect(_outcome_deleted, sender=Outcome, dispatch_uid="line-changes-outcome-deleted")
    post_save.connect(_proposal_saved, sender=ReformProposal, dispatch_uid="line-changes-proposal-saved")
    post_delete.connect(_proposal_deleted, sender=ReformProposal, dispatch_uid="line-changes-proposal-deleted")
    post_save.connect(_meeting_changed, sender=Plenary, dispatch_uid="line-changes-meeting-saved")
    post_delete.connect(_meeting_changed, sender=Plenary, dispatch_uid="line-changes-meeting-deleted")
