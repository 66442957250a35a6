"""Confirmation links: signed, expiring, and useless once the request is gone."""

from datetime import UTC, datetime, timedelta

import pytest

from alerts.models import Subscriber, Subscription
from alerts.tasks import send_alert_digests
from tests.alerts.conftest import links_in, path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirm_path(client, record, mailoutbox, time_machine, django_capture_on_commit_callbacks):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/alerts/subscribe/",
            {"email": "someone@example.org", "kind": "reform", "target": record["proposal"].slug},
        )
    [url] = [link for link in links_in(mailoutbox[0]) if "/alerts/confirm/" in link]
    return path_of(url)


def test_an_expired_link_is_refused_with_a_message(client, confirm_path, settings, time_machine):
    time_machine.move_to(
        datetime(2030, 3, 1, 9, 0, tzinfo=UTC) + timedelta(hours=settings.KP_ALERTS_CONFIRM_HOURS, minutes=1)
    )

    response = client.post(confirm_path)

    assert response.status_code == 400
    assert b"This confirmation link has expired" in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_a_link_within_its_lifetime_confirms(client, confirm_path, settings, time_machine):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC) + timedelta(hours=settings.KP_ALERTS_CONFIRM_HOURS - 1))

    assert client.post(confirm_path).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None


def test_a_tampered_link_is_refused(client, confirm_path):
    response = client.post(confirm_path[:-3] + "xyz/")

    assert response.status_code == 400
    assert b"not one we sent" in response.content
    assert Subscription.objects.get().confirmed_at is None


def test_confirming_twice_keeps_the_first_confirmation(client, confirm_path, time_machine):
    client.post(confirm_path)
    first = Subscription.objects.get().confirmed_at
    time_machine.shift(timedelta(hours=1))

    assert client.post(confirm_path).status_code == 200
    assert Subscription.objects.get().confirmed_at == first


def test_an_unconfirmed_request_is_deleted_once_its_link_expired(client, confirm_path, settings, time_machine):
    time_machine.move_to(datetime(2030, 3, 1, 9, 0, tzinfo=UTC) + timedelta(hours=settings.KP_ALERTS_CONFIRM_HOURS + 1))
    send_alert_digests.delay()

    assert not Subscription.objects.exists()
    assert not Subscriber.objects.exists()
    response = client.get(confirm_path)
    assert response.status_code == 400


def test_asking_again_sends_a_new_link_that_the_sweep_leaves_alone(
    client, record, confirm_path, mailoutbox, settings, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to(datetime(2030, 3, 2, 9, 0, tzinfo=UTC))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/alerts/subscribe/",
            {"email": "someone@example.org", "kind": "reform", "target": record["proposal"].slug},
        )
    [new_url] = [link for link in links_in(mailoutbox[-1]) if "/alerts/confirm/" in link]
    assert path_of(new_url) != confirm_path

    time_machine.move_to(datetime(2030, 3, 3, 10, 0, tzinfo=UTC))  # the first link has expired, not the second
    send_alert_digests.delay()

    assert client.post(confirm_path).status_code == 400
    assert client.post(path_of(new_url)).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None


def test_confirming_reads_the_request_once(client, confirm_path, django_assert_num_queries):
    # The request with what it follows (the link checked once); the conditional update; its new dates.
    with django_assert_num_queries(3):
        response = client.post(confirm_path)

    assert response.status_code == 200
    assert Subscription.objects.get().confirmed_at is not None
