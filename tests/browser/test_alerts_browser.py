"""Asking for alerts in a real browser: the form on a reform page, the confirmation and the unsubscribe
pages, each axe-clean with no console error (so no inline script or style broke the CSP)."""

import re

import pytest
from django.core import mail

from alerts.models import Subscriber, Subscription
from tests.alerts.conftest import build_record, links_in, path_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_follows_a_reform_confirms_and_unsubscribes(tab):
    record = build_record()
    mail.outbox = []
    page = tab()
    browser_page = page.open(record["proposal"].get_absolute_url())
    assert page.axe_violations() == []
    page.screenshot("alerts-reform-page")

    browser_page.get_by_label("Your e-mail address").fill("reader@example.org")
    browser_page.get_by_role("button", name="Send me alerts").click()
    browser_page.wait_for_url(re.compile(r"/en/alerts/subscribe/$"))
    assert "Check your inbox" in browser_page.locator("main").inner_text()
    assert page.axe_violations() == []
    page.screenshot("alerts-sent")

    [confirm_url] = [link for link in links_in(mail.outbox[0]) if "/alerts/confirm/" in link]
    page.open(path_of(confirm_url))
    assert page.axe_violations() == []
    browser_page.get_by_role("button", name="Confirm").click()
    browser_page.get_by_text("Done: you follow").wait_for()
    assert Subscription.objects.get().confirmed_at is not None

    page.open("/en/timeline/?area=scope")
    assert browser_page.locator("#follow-title").inner_text() == "Follow this area"
    assert page.axe_violations() == []

    page.open(f"/en/alerts/unsubscribe/{Subscriber.objects.get().key}/")
    assert page.axe_violations() == []
    browser_page.get_by_role("button", name="Unsubscribe and delete my address").click()
    browser_page.get_by_text("You are unsubscribed").wait_for()
    assert not Subscriber.objects.exists()
    page.assert_clean()
