"""The dashboard in a real browser: journeys, console, outside requests and axe-core."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1440, 390])
def test_home_and_timeline_render_cleanly_and_pass_axe(tab, kp_data, width):
    page = tab(width=width)
    for path, name in (("/en/", "home"), ("/en/timeline/", "timeline")):
        page.open(path)
        page.screenshot(f"{name}-{width}")
        assert page.axe_violations() == []
    page.assert_clean()


def test_every_other_page_passes_axe(tab, kp_data):
    page = tab()
    for path in (
        "/en/reforms/conflict-diamond-definition-2023/",
        "/en/plenaries/",
        "/en/plenaries/2020/",
        "/en/participants/",
        "/en/participants/european-union/",
        "/en/statements/",
        "/en/statements/?area=scope&published_after=2003-01-01&published_before=2003-12-31",  # a way out of none
        "/en/methodology/",
        "/en/embed/reforms/conflict-diamond-definition-2023/",
        "/en/embed/reforms/conflict-diamond-definition-2023/?theme=dark",
    ):
        page.open(path)
        assert page.axe_violations() == [], path
    page.assert_clean()


def test_a_reader_filters_to_stalled_scope_reforms_and_follows_a_cell(tab, kp_data):
    page = tab()
    browser_page = page.open("/en/timeline/")
    browser_page.select_option("#id_area", "scope")
    browser_page.select_option("#id_status", "stalled")
    browser_page.get_by_role("button", name="Show").click()
    browser_page.wait_for_url(re.compile(r"area=scope"))
    assert "status=stalled" in browser_page.url
    assert browser_page.locator(".result-count").inner_text().startswith("1 reform shown")
    assert browser_page.locator(".band-label").first.inner_text().startswith("Stalled 13 years (")
    page.screenshot("timeline-filtered")

    browser_page.locator("table.timeline td a.chip").first.click()
    browser_page.wait_for_url(re.compile(r"/en/reforms/conflict-diamond-definition-2023/#outcome-\d+"))
    assert browser_page.locator("h1").inner_text().startswith("Modernised conflict-diamond definition")
    assert browser_page.locator(".clock-number").inner_text() == "13"
    page.assert_clean()


def test_a_reader_switches_to_french(tab, kp_data):
    page = tab()
    browser_page = page.open("/en/timeline/")
    browser_page.get_by_role("link", name="Français").click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/fr/timeline/")
    assert browser_page.locator("h1").inner_text() == "Frise des réformes"
    assert browser_page.locator("html").get_attribute("lang") == "fr"
    assert "Bloquée depuis 13 ans" in browser_page.content()
    page.screenshot("timeline-fr")
    assert page.axe_violations() == []
    page.assert_clean()


def test_keyboard_users_can_skip_to_the_content(tab, kp_data):
    page = tab()
    browser_page = page.open("/en/timeline/")
    browser_page.keyboard.press("Tab")
    skip = browser_page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.bounding_box()["y"] >= 0  # visible once focused
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "content"


def test_the_timeline_works_without_javascript(browser, live_server, kp_data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/timeline/?status=stalled")
    assert page.locator(".result-count").inner_text().startswith("3 reforms shown")
    assert page.locator("#png-download").is_hidden()
    context.close()
