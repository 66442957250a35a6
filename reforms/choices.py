"""The reform codebook: what a meeting can decide, what stance a participant can take, how sure a claim is.

Plain choices with no database, so the rules (reforms/rules.py) and the models share them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Decision(models.TextChoices):
    """What a meeting decided on a proposal, with the plain-language codebook entry."""

    ADOPTED = "adopted", _("Adopted")
    PARTIALLY_ADOPTED = "partially_adopted", _("Partially adopted")
    DEFERRED = "deferred", _("Deferred")
    NOTED = "noted", _("Noted")
    NO_CONSENSUS = "no_consensus", _("No consensus")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    NOT_DISCUSSED = "not_discussed", _("Not discussed")

    @classmethod
    def decisive(cls) -> list[str]:
        """Outcomes that end a stall: something was decided, one way or the other."""
        return [cls.ADOPTED, cls.PARTIALLY_ADOPTED, cls.REJECTED, cls.WITHDRAWN]

    @classmethod
    def closing(cls) -> list[str]:
        """Outcomes after which the proposal is closed."""
        return [cls.ADOPTED, cls.REJECTED, cls.WITHDRAWN]


DECISION_EXPLANATIONS = {
    Decision.ADOPTED: _("The meeting agreed the proposal by consensus. The reform is closed as adopted."),
    Decision.PARTIALLY_ADOPTED: _(
        "Part of the proposal was agreed (a first step, a framework, a mandate); the rest is still open."
    ),
    Decision.DEFERRED: _("The meeting put off a decision: talks to continue, referred to a committee or next year."),
    Decision.NOTED: _("The meeting took note of the proposal without deciding anything on it."),
    Decision.NO_CONSENSUS: _("The proposal was discussed but participants could not reach consensus, so it failed."),
    Decision.REJECTED: _("The proposal was refused or kept off the agenda. The reform is closed as rejected."),
    Decision.WITHDRAWN: _("Its sponsor withdrew the proposal. The reform is closed as withdrawn."),
    Decision.NOT_DISCUSSED: _("The proposal was on the table but the meeting did not take it up."),
}


class Stance(models.TextChoices):
    SUPPORTED = "supported", _("Supported")
    OPPOSED = "opposed", _("Opposed")
    BLOCKED = "blocked_consensus", _("Blocked consensus")
    RESERVED = "reserved", _("Reserved its position")
    ABSTAINED = "abstained", _("Abstained")


class Confidence(models.TextChoices):
    HIGH = "high", _("High: official record or the participant's own statement")
    MEDIUM = "medium", _("Medium: named by an observer present in the room")
    LOW = "low", _("Low: second-hand press report")


class ReformStatus(models.TextChoices):
    """Where a reform stands, by the stall rule (reforms/querysets.py)."""

    STALLED = "stalled", "Stalled"
    OPEN = "open", "Open"
    ADOPTED = "adopted", "Adopted"
    PARTIALLY_ADOPTED = "partially_adopted", "Partially adopted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"

    @classmethod
    def closed(cls) -> list[str]:
        return [cls.ADOPTED, cls.REJECTED, cls.WITHDRAWN]
