"""The whole flow with the locmem mail backend: subscribe, confirm, a change, one message a day,
one-click unsubscribe, nothing after."""

from datetime import UTC, datetime

import pytest

from alerts.models import Subscriber, Subscription
from alerts.tasks import send_alert_digests
from reforms.models import Decision
from reforms.services import position_record
from tests.alerts.conftest import ADDRESS, decide, follow, links_in, path_of

pytestmark = pytest.mark.django_db


def test_a_reform_followed_from_subscribing_to_unsubscribing(
    client, record, mailoutbox, time_machine, django_capture_on_commit_callbacks
):
    proposal, chair = record["proposal"], record["chair"]
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/alerts/subscribe/", {"email": "Campaigner@Example.org", "kind": "reform", "target": proposal.slug}
        )
    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    assert "Set-Cookie" not in response.headers and not response.cookies
    [confirmation] = mailoutbox
    assert confirmation.to == [ADDRESS]
    assert proposal.title in confirmation.subject
    [confirm_url] = [link for link in links_in(confirmation) if "/alerts/confirm/" in link]
    assert confirm_url.startswith("http://127.0.0.1:8000/en/alerts/confirm/")

    # Opening the link (as a mail scanner does) confirms nothing; the page's button does.
    assert client.get(path_of(confirm_url)).status_code == 200
    assert Subscription.objects.get().confirmed_at is None
    response = client.post(path_of(confirm_url))
    assert b"Done: you follow" in response.content
    assert Subscription.objects.get().confirmed_at is not None

    time_machine.move_to(datetime(2030, 3, 1, 15, 0, tzinfo=UTC))
    decide(proposal, record["meetings"][2], Decision.ADOPTED, "Agreed by consensus.")

    time_machine.move_to(datetime(2030, 3, 2, 6, 0, tzinfo=UTC))
    mailoutbox.clear()
    send_alert_digests.delay()
    [alert] = mailoutbox
    assert alert.to == [ADDRESS]
    assert "1 change" in alert.subject
    assert f"Adopted — {proposal.title}" in alert.body
    assert "The reform is closed as adopted." in alert.body
    unsubscribe_url = alert.extra_headers["List-Unsubscribe"].strip("<>")
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in alert.body
    assert "Auto-Submitted" in alert.extra_headers

    # Later the same day, even with a new change: no second message.
    position_record(
        proposal=proposal,
        plenary=record["meetings"][2],
        participant=chair,
        stance="supported",
        reported_by="A delegate",
        source_url="https://example.org/claim",
    )
    time_machine.move_to(datetime(2030, 3, 2, 18, 0, tzinfo=UTC))
    send_alert_digests.delay()
    assert len(mailoutbox) == 1

    # The mail client's one-click unsubscribe (RFC 8058): a POST to the header's link, no cookie.
    response = client.post(
        path_of(unsubscribe_url), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not Subscription.objects.exists()

    decide(proposal, record["meetings"][1], Decision.DEFERRED, "Talks to continue.")
    time_machine.move_to(datetime(2030, 3, 3, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()
    assert len(mailoutbox) == 1


def test_the_next_days_alert_reports_only_what_changed_since_the_last(client, record, mailoutbox, time_machine):
    proposal = record["proposal"]
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))
    follow(client, ADDRESS, "reform", proposal.slug)
    time_machine.move_to(datetime(2030, 3, 1, 12, 0, tzinfo=UTC))
    decide(proposal, record["meetings"][1], Decision.NO_CONSENSUS, "No consensus.")
    time_machine.move_to(datetime(2030, 3, 2, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()
    time_machine.move_to(datetime(2030, 3, 2, 12, 0, tzinfo=UTC))
    decide(proposal, record["meetings"][2], Decision.WITHDRAWN, "Withdrawn by its sponsor.")
    time_machine.move_to(datetime(2030, 3, 3, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()
    time_machine.move_to(datetime(2030, 3, 4, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()  # nothing new: no message

    alerts = [message for message in mailoutbox if "List-Unsubscribe" in message.extra_headers]
    assert len(alerts) == 2
    assert "No consensus" in alerts[0].body and "Withdrawn" not in alerts[0].body
    assert "Withdrawn" in alerts[1].body and "No consensus" not in alerts[1].body
