"""The daily alert: one message per address across everything it follows, only when something changed."""

import io
from datetime import UTC, datetime
from smtplib import SMTPServerDisconnected

import pytest
from django.core.management import call_command

from alerts import services
from alerts.models import Subscriber
from alerts.tasks import send_alert_digests
from reforms.models import Decision
from tests.alerts.conftest import decide, follow
from tests.factories import StatusEventFactory

pytestmark = pytest.mark.django_db


def alerts(mailoutbox):
    return [message for message in mailoutbox if "List-Unsubscribe" in message.extra_headers]


@pytest.fixture
def following(client, record, time_machine):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))
    for kind, slug in [("reform", record["proposal"].slug), ("area", "scope"), ("participant", "chair-state")]:
        follow(client, "reader@example.org", kind, slug)
    follow(client, "other@example.org", "participant", "chair-state", language="fr")
    time_machine.move_to(datetime(2030, 3, 1, 12, 0, tzinfo=UTC))
    decide(record["proposal"], record["meetings"][2], Decision.ADOPTED, "Agreed.")
    StatusEventFactory(participant=record["chair"], kind="readmitted", year=2021, description="Readmitted.")
    time_machine.move_to(datetime(2030, 3, 2, 6, 0, tzinfo=UTC))
    return record


def test_every_subscription_of_an_address_goes_in_one_message_each_change_once(following, mailoutbox):
    send_alert_digests.delay()

    sent = {tuple(message.to): message for message in alerts(mailoutbox)}
    assert set(sent) == {("reader@example.org",), ("other@example.org",)}
    reader = sent[("reader@example.org",)].body
    # The outcome concerns the reform, its area and its sponsor: listed once, under the reform.
    assert reader.count(f"Adopted — {following['proposal'].title}") == 1
    assert reader.index("(reform)") < reader.index("Adopted —") < reader.index("(participant)")
    assert "Readmitted" in reader
    assert "2 changes" in sent[("reader@example.org",)].subject
    # The other address reads French.
    assert "Adopté" in sent[("other@example.org",)].body
    assert "/fr/alerts/unsubscribe/" in sent[("other@example.org",)].extra_headers["List-Unsubscribe"]


def test_past_the_limit_a_section_points_to_the_page_for_the_rest(following, mailoutbox, monkeypatch):
    monkeypatch.setattr(services, "CHANGES_PER_SUBSCRIPTION", 1)

    send_alert_digests.delay()

    sent = {tuple(message.to): message.body for message in alerts(mailoutbox)}
    reader = sent[("reader@example.org",)]
    assert reader.count("More changes than fit here: see the page above.") == 1  # the participant's two
    assert f"Adopted — {following['proposal'].title}" in reader


def test_nothing_changed_means_no_message(client, record, mailoutbox, time_machine):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))
    follow(client, "reader@example.org", "reform", record["proposal"].slug)
    time_machine.move_to(datetime(2030, 3, 2, 6, 0, tzinfo=UTC))

    send_alert_digests.delay()

    assert alerts(mailoutbox) == []
    assert Subscriber.objects.get().last_sent_at is None


def test_a_mail_server_that_fails_gives_the_day_back(following, mailoutbox, monkeypatch):
    subscriber = Subscriber.objects.get(email="reader@example.org")

    def refuse(self, fail_silently=False):
        raise SMTPServerDisconnected("gone")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        with pytest.raises(SMTPServerDisconnected):
            services.digest_send(subscriber_id=subscriber.pk)
    subscriber.refresh_from_db()
    assert subscriber.last_sent_at is None

    assert services.digest_send(subscriber_id=subscriber.pk)
    assert len(alerts(mailoutbox)) == 1


def test_a_second_sender_finds_the_alert_claimed(following, mailoutbox):
    subscriber = Subscriber.objects.get(email="reader@example.org")

    assert services.digest_send(subscriber_id=subscriber.pk)
    assert not services.digest_send(subscriber_id=subscriber.pk)
    assert len(alerts(mailoutbox)) == 1


def test_a_change_saved_minutes_before_the_send_waits_for_the_next_alert(client, record, mailoutbox, time_machine):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))
    follow(client, "reader@example.org", "reform", record["proposal"].slug)
    time_machine.move_to(datetime(2030, 3, 2, 5, 58, tzinfo=UTC))
    decide(record["proposal"], record["meetings"][1], Decision.DEFERRED, "Talks to continue.")
    time_machine.move_to(datetime(2030, 3, 2, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()
    assert alerts(mailoutbox) == []

    time_machine.move_to(datetime(2030, 3, 3, 6, 0, tzinfo=UTC))
    send_alert_digests.delay()
    [alert] = alerts(mailoutbox)
    assert "Talks to continue." in alert.body


def test_the_command_sends_what_beat_would(following, mailoutbox):
    out = io.StringIO()
    call_command("send_alerts", stdout=out)

    assert "2 address(es) due" in out.getvalue()
    assert len(alerts(mailoutbox)) == 2
