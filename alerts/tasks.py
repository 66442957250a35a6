"""Celery tasks: thin wrappers that take ids and call alerts.services.

``send_alert_digests`` runs once a day from Celery beat (``KP_ALERTS_SEND_HOUR``, UTC): it sweeps
expired requests, then queues one task per address due. A mail server that is down is tried again
with backoff; ``digest_send`` gives the day back when a send fails, so the retry still sends it.
"""

from smtplib import SMTPException

from celery import shared_task

from alerts import services

MAIL_ERRORS = (SMTPException, OSError)  # a refused or dropped connection to the mail server


@shared_task(acks_late=True)
def send_alert_digests() -> int:
    services.pending_subscriptions_expire()
    due = services.digests_due()
    for subscriber_id in due:
        send_digest.delay(subscriber_id)
    return len(due)


@shared_task(acks_late=True, autoretry_for=MAIL_ERRORS, retry_backoff=60, retry_backoff_max=3600, max_retries=6)
def send_digest(subscriber_id: int) -> bool:
    return services.digest_send(subscriber_id=subscriber_id)


@shared_task(acks_late=True, autoretry_for=MAIL_ERRORS, retry_backoff=30, retry_backoff_max=900, max_retries=5)
def send_confirmation(subscription_id: int) -> bool:
    return services.confirmation_send(subscription_id=subscription_id)
