"""The Content-Security-Policy in a real browser: public pages, the admin and the API docs run without a
single violation (Chromium reports each as a console error, which every test here fails on)."""

from base64 import b32decode

import pytest
from django.contrib.auth.models import Group, User
from django_otp.oath import totp

from accounts.roles import EDITORS
from reforms.models import Outcome
from statements.models import Statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-browser-password"


def sign_in(browser_page, base_url, username):
    browser_page.goto(f"{base_url}/admin/login/")
    browser_page.fill("#id_username", username)
    browser_page.fill("#id_password", PASSWORD)
    browser_page.get_by_role("button", name="Log in").click()
    browser_page.wait_for_load_state()


def test_a_policy_violation_is_caught_as_a_console_error(tab):
    page = tab()
    browser_page = page.open("/en/")
    browser_page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">injected</p>')")
    browser_page.wait_for_timeout(100)

    assert any("Content Security Policy" in error for error in page.errors), page.errors


def test_the_timeline_png_download_works_under_the_policy(tab, kp_data):
    page = tab()
    browser_page = page.open("/en/timeline/")
    with browser_page.expect_download() as download:
        browser_page.locator("#png-download").click()

    assert download.value.suggested_filename == "kp-reform-timeline.png"
    page.assert_clean()


def test_the_api_docs_load_and_try_a_request_without_a_violation(tab):
    page = tab()
    browser_page = page.open("/api/docs/")
    browser_page.locator(".opblock").first.wait_for()
    assert browser_page.locator(".opblock").count() > 10
    operation = browser_page.locator(".opblock-get").first
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()
    status = operation.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()

    assert status.inner_text().strip().startswith("200")
    page.assert_clean()


def test_the_admin_signs_in_and_its_pages_run_without_a_violation(tab, kp_data, live_server):
    User.objects.create_superuser("chief", password=PASSWORD)
    outcome, statement = Outcome.objects.order_by("pk").first(), Statement.objects.order_by("pk").first()
    page = tab()
    sign_in(page.page, live_server.url, "chief")
    assert page.page.url.endswith("/admin/")

    for path in (
        "/admin/",
        "/admin/reforms/outcome/",
        "/admin/reforms/outcome/add/",
        f"/admin/reforms/outcome/{outcome.pk}/change/",
        f"/admin/reforms/outcome/{outcome.pk}/history/",
        "/admin/reforms/outcome/export/",
        "/admin/reforms/outcome/import/",
        f"/admin/statements/statement/{statement.pk}/change/",
        "/admin/axes/accessattempt/",
        "/admin/otp_totp/totpdevice/",
        "/admin/two-factor/",
    ):
        page.open(path)
    # The autocomplete widgets (select2) fetch and draw their options.
    page.open("/admin/reforms/outcome/add/")
    page.page.locator(".field-proposal .select2-selection").click()
    page.page.locator(".select2-results__option").first.wait_for()
    page.page.keyboard.press("Escape")
    page.assert_clean()


def test_an_editor_enrols_an_authenticator_when_the_setting_requires_one(tab, live_server, settings):
    settings.KP_REQUIRE_2FA_FOR_EDITORS = True
    editor = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get_or_create(name=EDITORS)[0])  # a transactional test starts empty
    page = tab()
    sign_in(page.page, live_server.url, "editor")
    assert "/admin/two-factor/" in page.page.url

    page.page.get_by_text("Cannot scan it? Type this key instead").click()
    key = b32decode(page.page.locator("code.key").inner_text().replace(" ", ""))
    page.page.fill("#id_code", f"{totp(key):06d}")
    page.page.get_by_role("button", name="Turn on two-factor sign-in").click()
    page.page.wait_for_load_state()

    assert page.page.url.endswith("/admin/")
    assert "Two-factor sign-in is on" in page.page.content()
    page.assert_clean()
