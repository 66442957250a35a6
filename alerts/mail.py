"""The two messages alerts sends: the confirmation link, and the daily alert. Plain text, in the
subscriber's language (the caller activates it), every link absolute (``KP_SITE_URL``)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts.models import Subscriber, Subscription, TargetKind
from alerts.selectors import target_url
from common.site import absolute_url


def target_label(subscription: Subscription) -> str:
    return _("%(target)s (%(kind)s)") % {"target": subscription.target, "kind": TargetKind(subscription.kind).label}


def confirmation_message(subscription: Subscription, *, token: str) -> EmailMessage:
    context = {
        "target": target_label(subscription),
        "confirm_url": absolute_url(reverse("alerts:confirm", kwargs={"token": token})),
        "hours": settings.KP_ALERTS_CONFIRM_HOURS,
    }
    return EmailMessage(
        # One line: a title with a line break (an import can bring one) would make it a second header.
        subject=" ".join((_("Confirm your alerts on %(target)s") % {"target": subscription.target}).split()),
        body=render_to_string("alerts/email/confirm.txt", context),
        to=[subscription.subscriber.email],
        headers={"Auto-Submitted": "auto-generated"},  # RFC 3834: no out-of-office replies
    )


def digest_message(subscriber: Subscriber, sections) -> EmailMessage:
    count = sum(len(section.changes) for section in sections)
    unsubscribe_url = absolute_url(reverse("alerts:unsubscribe", kwargs={"key": subscriber.key}))
    context = {
        "sections": [
            {
                "label": target_label(section.subscription),
                "url": absolute_url(target_url(section.subscription.kind, section.subscription.target)),
                "changes": [{"change": change, "url": absolute_url(change.link)} for change in section.changes],
                "more": section.more,
            }
            for section in sections
        ],
        "unsubscribe_url": unsubscribe_url,
    }
    return EmailMessage(
        subject=ngettext(
            "KP Reform Tracker: %(n)d change on what you follow",
            "KP Reform Tracker: %(n)d changes on what you follow",
            count,
        )
        % {"n": count},
        body=render_to_string("alerts/email/digest.txt", context),
        to=[subscriber.email],
        headers={
            # RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link.
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
