"""Writes with rules for alerts: ask to follow, confirm, unsubscribe, send the daily alert, sweep.

An address is stored only to send what its owner asked for: a request nobody confirms is deleted
once its link has expired, and unsubscribing deletes the address with every subscription.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from alerts import mail
from alerts.models import Subscriber, Subscription, TargetKind
from alerts.selectors import SCOPES, Change, changes, confirmed_subscriptions, subscribers_due

CONFIRM_SALT = "alerts.confirm"
# Changes are read up to this long ago, not up to now: a change saved just before the alert is read
# but committed just after it would otherwise fall between two alerts and never be reported.
SETTLE = timedelta(minutes=10)
# Changes listed per subscription in one alert; the message links to the page for the rest.
CHANGES_PER_SUBSCRIPTION = 20


class ConfirmationRefused(Exception):
    """The link is not one we sent, has expired, or its request is gone; ``message`` says which."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def email_normalise(email: str) -> str:
    # One row per mailbox, whatever its spelling: providers treat the local part without case too.
    return email.strip().lower()


@transaction.atomic
def subscription_request(*, email: str, kind: str, target, language: str) -> Subscription | None:
    """Record that ``email`` asks to follow ``target``; its confirmation mail is the caller's to queue.

    Returns the subscription waiting for confirmation, or None when the address follows it already
    (nothing to confirm; the caller answers the same either way, so nobody learns who follows what).
    """
    subscriber, _created = Subscriber.objects.get_or_create(
        email=email_normalise(email), defaults={"language": language}
    )
    field = TargetKind(kind).field
    subscription, created = Subscription.objects.get_or_create(subscriber=subscriber, kind=kind, **{field: target})
    if subscription.confirmed_at is not None:
        return None
    if not created:
        subscription.requested_at = timezone.now()
        subscription.save(update_fields=["requested_at"])
    return subscription


def confirmation_token(subscription: Subscription) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscription.key)


def confirmation_send(*, subscription_id: int) -> bool:
    """Mail the confirmation link (double opt-in). False when the request is gone or confirmed since."""
    subscription = (
        Subscription.objects.filter(pk=subscription_id, confirmed_at__isnull=True)
        .select_related("subscriber", "proposal", "area", "participant")
        .first()
    )
    if subscription is None:
        return False
    with translation.override(subscription.subscriber.language):
        mail.confirmation_message(subscription, token=confirmation_token(subscription)).send()
    return True


def subscription_find(*, token: str) -> Subscription:
    """The request a confirmation link names, if the link is ours, current, and the request still exists."""
    lifetime = timedelta(hours=settings.KP_ALERTS_CONFIRM_HOURS)
    try:
        key = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=lifetime)
    except signing.SignatureExpired as error:
        raise ConfirmationRefused(
            _("This confirmation link has expired (links are valid for %(hours)d hours). Ask for alerts again.")
            % {"hours": settings.KP_ALERTS_CONFIRM_HOURS}
        ) from error
    except signing.BadSignature as error:
        raise ConfirmationRefused(
            _("This confirmation link is not one we sent. Check that it was copied whole.")
        ) from error
    subscription = Subscription.objects.select_related("proposal", "area", "participant").filter(key=key).first()
    if subscription is None:
        raise ConfirmationRefused(_("This request no longer exists. Ask for alerts again."))
    return subscription


def subscription_confirm(*, token: str, now: datetime | None = None) -> Subscription:
    """Confirm a request from its link. Confirming twice changes nothing."""
    subscription = subscription_find(token=token)
    now = now or timezone.now()
    # Conditional, so a double click never moves the start of what is reported.
    Subscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
        confirmed_at=now, reported_until=now
    )
    subscription.refresh_from_db(fields=["confirmed_at", "reported_until"])
    return subscription


def subscriber_find(*, key: str) -> Subscriber | None:
    return Subscriber.objects.filter(key=key).first()


def subscriber_unsubscribe(*, key: str) -> bool:
    """Delete the address and everything it follows (the rows, not a flag). False if already gone."""
    deleted, _per_model = Subscriber.objects.filter(key=key).delete()
    return bool(deleted)


def pending_subscriptions_expire(*, now: datetime | None = None) -> int:
    """Delete requests whose link has expired unconfirmed, and addresses left following nothing."""
    now = now or timezone.now()
    expired = now - timedelta(hours=settings.KP_ALERTS_CONFIRM_HOURS)
    deleted, _per_model = Subscription.objects.filter(confirmed_at__isnull=True, requested_at__lt=expired).delete()
    Subscriber.objects.filter(subscriptions__isnull=True, created_at__lt=expired).delete()
    return deleted


def digests_due(*, now: datetime | None = None) -> list[int]:
    """Addresses that may get today's alert (UTC days: at most one message a day)."""
    now = now or timezone.now()
    return list(subscribers_due(today_began=_day_began(now)).values_list("pk", flat=True))


@dataclass(frozen=True)
class Section:
    subscription: Subscription
    changes: list[Change]
    more: bool = False  # past CHANGES_PER_SUBSCRIPTION: the message points to the page for the rest


def digest_send(*, subscriber_id: int, now: datetime | None = None) -> bool:
    """Send one address its alert: every change since its last one, across all it follows, in one message.

    Sends nothing when nothing changed, or when the address has had a message today. The send is
    claimed with a conditional UPDATE, so two workers never send the same alert.
    """
    now = now or timezone.now()
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or (subscriber.last_sent_at and subscriber.last_sent_at >= _day_began(now)):
        return False
    until = now - SETTLE
    subscriptions = list(confirmed_subscriptions(subscriber))
    with translation.override(subscriber.language):
        sections = _sections(subscriptions, until=until)
        if not sections:
            return False
        last_sent = (
            Q(last_sent_at__isnull=True) if subscriber.last_sent_at is None else Q(last_sent_at=subscriber.last_sent_at)
        )
        if not Subscriber.objects.filter(last_sent, pk=subscriber.pk).update(last_sent_at=now):
            return False  # another worker has it
        try:
            mail.digest_message(subscriber, sections).send()
        except Exception:
            # Not sent: give the day back, so a retry (or tomorrow) sends it.
            Subscriber.objects.filter(pk=subscriber.pk, last_sent_at=now).update(last_sent_at=subscriber.last_sent_at)
            raise
    # Never backwards: a subscription confirmed within SETTLE starts at its confirmation.
    Subscription.objects.filter(pk__in=[s.pk for s in subscriptions], reported_until__lt=until).update(
        reported_until=until
    )
    return True


def _sections(subscriptions: list[Subscription], *, until: datetime) -> list[Section]:
    sections, seen = [], set()
    for subscription in subscriptions:
        scope = SCOPES[subscription.kind](subscription.target)
        found = changes(scope, since=subscription.reported_until, until=until, limit=CHANGES_PER_SUBSCRIPTION + 1)
        more, found = len(found) > CHANGES_PER_SUBSCRIPTION, found[:CHANGES_PER_SUBSCRIPTION]
        # A change on a reform followed also through its area is listed once, under the first.
        fresh = [change for change in found if change.key not in seen]
        seen.update(change.key for change in fresh)
        if fresh or more:
            sections.append(Section(subscription=subscription, changes=fresh, more=more))
    return sections


def _day_began(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
