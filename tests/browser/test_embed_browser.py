"""The reform card inside another site's frame, in a real browser: it shows; the reform page does not."""

import pytest

from reforms.choices import Decision
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def ngo_page(httpserver, name: str, frame_url: str) -> str:
    """A page on another origin (the test HTTP server) that frames ``frame_url``."""
    html = (
        '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>An NGO</title>'
        f'<iframe src="{frame_url}" title="card"></iframe>'
    )
    httpserver.expect_request(f"/{name}").respond_with_data(html, content_type="text/html")
    return httpserver.url_for(f"/{name}")


def test_another_site_frames_the_card_but_not_the_reform_page(browser, live_server, httpserver):
    proposal = ProposalFactory(
        title="Broaden the definition of conflict diamonds", first_tabled=PlenaryFactory(year=2010)
    )
    for year in (2010, 2011, 2012):
        OutcomeFactory(proposal=proposal, plenary=PlenaryFactory(year=year), decision=Decision.DEFERRED)
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    page.goto(ngo_page(httpserver, "card", f"{live_server.url}/en/embed/reforms/{proposal.slug}/"))
    card = page.frame_locator("iframe")
    card.get_by_role("heading", name="Broaden the definition of conflict diamonds").wait_for()
    assert "Stalled" in card.locator("body").inner_text()
    assert errors == []

    page.goto(ngo_page(httpserver, "page", f"{live_server.url}/en/reforms/{proposal.slug}/"))
    page.wait_for_timeout(500)
    assert page.frame_locator("iframe").get_by_role("heading", name="Broaden the definition").count() == 0
    assert any("frame-ancestors" in error or "X-Frame-Options" in error for error in errors)
    page.close()
