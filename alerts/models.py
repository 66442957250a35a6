"""Who follows what by e-mail. An address is never shown, exported or kept after unsubscribing.

No django-simple-history here on purpose: a history table would keep every address after its row is
deleted.
"""

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaries.models import Participant
from reforms.models import ReformArea, ReformProposal


def new_key() -> str:
    return secrets.token_urlsafe(32)


class TargetKind(models.TextChoices):
    """What a subscription (or a feed) follows, and the field of Subscription that names it."""

    REFORM = "reform", _("reform")
    AREA = "area", _("reform area")
    PARTICIPANT = "participant", _("participant")

    @property
    def field(self) -> str:
        return {"reform": "proposal", "area": "area", "participant": "participant"}[self.value]

    @property
    def model(self) -> type[models.Model]:
        return Subscription._meta.get_field(self.field).related_model


class Subscriber(models.Model):
    """One e-mail address and its unsubscribe key; deleting it deletes every subscription."""

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    # The secret in every message's unsubscribe link; it never expires, so an old message still works.
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    language = models.CharField(_("language of the messages"), max_length=8, default="en")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_sent_at = models.DateTimeField(
        _("last alert sent"), null=True, blank=True, help_text=_("At most one alert a day goes to an address.")
    )

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return masked(self.email)


class Subscription(models.Model):
    """An address follows one reform (its whole line of texts), one area or one participant."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="subscriptions")
    kind = models.CharField(_("follows a"), max_length=12, choices=TargetKind)
    proposal = models.ForeignKey(
        ReformProposal, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("reform")
    )
    area = models.ForeignKey(
        ReformArea, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("area")
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("participant")
    )
    # Signed with a timestamp in the confirmation link (alerts/services.py), so the link expires.
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    # The latest request: asking again sends a new link, which the sweep must not cut short.
    requested_at = models.DateTimeField(_("asked for"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # Changes recorded after this moment are news to the subscriber: set on confirming, moved on by each alert.
    reported_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind=TargetKind.REFORM, proposal__isnull=False, area__isnull=True, participant__isnull=True)
                    | Q(kind=TargetKind.AREA, proposal__isnull=True, area__isnull=False, participant__isnull=True)
                    | Q(
                        kind=TargetKind.PARTICIPANT, proposal__isnull=True, area__isnull=True, participant__isnull=False
                    )
                ),
                name="subscription_names_one_target_of_its_kind",
            ),
            models.UniqueConstraint(fields=["subscriber", "proposal"], name="subscription_one_per_reform"),
            models.UniqueConstraint(fields=["subscriber", "area"], name="subscription_one_per_area"),
            models.UniqueConstraint(fields=["subscriber", "participant"], name="subscription_one_per_participant"),
        ]
        indexes = [
            # The daily sweep deletes requests never confirmed (alerts.services.pending_subscriptions_expire).
            models.Index(fields=["confirmed_at", "requested_at"], name="subscription_pending_idx"),
        ]

    def __str__(self):
        return f"{masked(self.subscriber.email)} → {self.target}"

    @property
    def target(self):
        return getattr(self, TargetKind(self.kind).field)


def masked(email: str) -> str:
    """What admin may show of an address: "j…@e….org" (the domain could name a small organisation)."""
    local, _at, domain = email.partition("@")
    _name, dot, suffix = domain.rpartition(".")
    return f"{local[:1]}…@{domain[:1]}…{dot}{suffix if dot else ''}"
