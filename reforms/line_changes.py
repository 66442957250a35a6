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


def _outcome_proposal_before(sender, instance: Outcome, raw=False, **kwargs):
    # An outcome moved to another reform changes the line it left too.
    instance._proposal_before = (
        Outcome.objects.filter(pk=instance.pk).values_list("proposal_id", flat=True).first() if instance.pk else None
    )


def _outcome_saved(sender, instance: Outcome, **kwargs):
    lines_touch([instance.proposal_id, getattr(instance, "_proposal_before", None)])


def _outcome_deleted(sender, instance: Outcome, **kwargs):
    lines_touch([instance.proposal_id])


def _proposal_deleted(sender, instance: ReformProposal, **kwargs):
    # The line's earlier texts lose a later one: their status may change.
    lines_touch([instance.line_root_id])


def _meeting_changed(sender, instance: Plenary, **kwargs):
    # The stall rule counts the meetings held since a line's last decision: every line may change.
    ReformProposal.objects.update(line_changed_at=timezone.now())


def connect() -> None:
    pre_save.connect(_outcome_proposal_before, sender=Outcome, dispatch_uid="line-changes-outcome-before")
    post_save.connect(_outcome_saved, sender=Outcome, dispatch_uid="line-changes-outcome-saved")
    post_delete.connect(_outcome_deleted, sender=Outcome, dispatch_uid="line-changes-outcome-deleted")
    post_delete.connect(_proposal_deleted, sender=ReformProposal, dispatch_uid="line-changes-proposal-deleted")
    post_save.connect(_meeting_changed, sender=Plenary, dispatch_uid="line-changes-meeting-saved")
    post_delete.connect(_meeting_changed, sender=Plenary, dispatch_uid="line-changes-meeting-deleted")
