"""Asking for alerts: the form on public pages, bad input, the same answer for everyone, rate limits."""

import pytest

from alerts.models import Subscriber, Subscription
from tests.alerts.conftest import follow

pytestmark = pytest.mark.django_db


def post(client, email, kind="reform", target=None, **extra):
    return client.post("/en/alerts/subscribe/", {"email": email, "kind": kind, "target": target}, **extra)


def test_a_bad_address_is_refused_with_a_message_and_nothing_is_stored(client, record, mailoutbox):
    response = post(client, "not-an-address", target=record["proposal"].slug)

    assert response.status_code == 400
    assert b"Enter a valid email address." in response.content
    assert b'aria-invalid="true"' in response.content
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_something_that_does_not_exist_cannot_be_followed(client, record, mailoutbox):
    response = post(client, "someone@example.org", target="no-such-reform")

    assert response.status_code == 400
    assert b"There is no such reform, area or participant to follow." in response.content
    assert not Subscriber.objects.exists()


def test_a_confirmation_goes_in_the_language_of_the_page(
    client, record, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/alerts/subscribe/", {"email": "someone@example.org", "kind": "area", "target": "scope"}
        )

    assert response.status_code == 200
    [message] = mailoutbox
    assert message.subject.startswith("Confirmez")
    assert "/fr/alerts/confirm/" in message.body
    assert Subscriber.objects.get().language == "fr"


def test_an_address_that_follows_already_gets_the_same_answer_and_no_mail(
    client, record, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, "someone@example.org", "reform", record["proposal"].slug)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        again = post(client, "someone@example.org", target=record["proposal"].slug)
    with django_capture_on_commit_callbacks(execute=True):
        new = post(client, "other@example.org", target=record["proposal"].slug)

    assert again.status_code == new.status_code == 200
    assert again.content == new.content
    assert [message.to for message in mailoutbox] == [["other@example.org"]]


def test_the_form_is_on_the_reform_area_and_participant_pages_with_their_feeds(client, record):
    proposal = record["proposal"]
    pages = {
        proposal.get_absolute_url(): ("reform", proposal.slug, f"/en/feeds/reforms/{proposal.slug}/"),
        "/en/timeline/?area=scope": ("area", "scope", "/en/feeds/areas/scope/"),
        record["chair"].get_absolute_url(): ("participant", "chair-state", "/en/feeds/participants/chair-state/"),
    }
    for url, (kind, slug, feed) in pages.items():
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert 'action="/en/alerts/subscribe/"' in html
        assert f'name="kind" value="{kind}"' in html and f'name="target" value="{slug}"' in html
        assert '<link rel="alternate" type="application/atom+xml" title="What changed: ' in html
        assert f'href="{feed}"' in html
        # Still a public page: no token, no cookie, cacheable.
        assert "csrfmiddlewaretoken" not in html
        assert not response.cookies
        assert response["Cache-Control"].startswith("public")
        assert " style=" not in html.split("follow-title")[1] and "<script" not in html.split("follow-title")[1]


def test_the_unfiltered_timeline_offers_no_area_to_follow(client, record):
    html = client.get("/en/timeline/").content.decode()

    assert "/en/alerts/subscribe/" not in html
    assert "/en/feeds/areas/" not in html


def test_the_flow_pages_are_never_cached_or_indexed(client, record):
    response = client.get(f"/en/alerts/subscribe/?kind=reform&target={record['proposal'].slug}")

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert b'<meta name="robots" content="noindex">' in response.content


def test_too_many_requests_from_one_client_are_refused_with_a_message(client, record, settings, mailoutbox):
    settings.KP_ALERTS_CLIENT_RATE = "3/hour"
    for n in range(3):
        assert post(client, f"reader{n}@example.org", target=record["proposal"].slug).status_code == 200

    response = post(client, "reader9@example.org", target=record["proposal"].slug)

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert b"Too many requests for alerts have come from your network" in response.content
    assert not Subscriber.objects.filter(email="reader9@example.org").exists()
    # Another client is not held back.
    other = post(client, "reader9@example.org", target=record["proposal"].slug, REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 200


def test_too_many_confirmation_mails_to_one_address_are_refused(
    client, record, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.KP_ALERTS_ADDRESS_RATE = "2/day"
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            response = post(client, "Target@Example.org", target=record["proposal"].slug, REMOTE_ADDR=f"192.0.2.{n}")

    assert response.status_code == 429
    assert b"already sent several confirmation links to this address" in response.content
    assert len(mailoutbox) == 2
    assert Subscription.objects.count() == 1
