"""The card and the badge NGOs put on their own sites."""

import xml.etree.ElementTree as ET

import pytest

from reforms.choices import Decision
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def stalled_reform(db):
    """Tabled in 2010, deferred at every plenary since: stalled."""
    first = PlenaryFactory(year=2010)
    proposal = ProposalFactory(title="Broaden the definition of conflict diamonds", first_tabled=first)
    for year in (2010, 2011, 2012):
        meeting = first if year == 2010 else PlenaryFactory(year=year)
        OutcomeFactory(proposal=proposal, plenary=meeting, decision=Decision.DEFERRED)
    return proposal


def test_the_card_may_be_framed_by_any_site_but_no_other_page_may(client, stalled_reform):
    card = client.get(f"/en/embed/reforms/{stalled_reform.slug}/")
    page = client.get(f"/en/reforms/{stalled_reform.slug}/")

    assert card.status_code == 200
    assert "X-Frame-Options" not in card
    assert "frame-ancestors *" in card["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]


def test_a_cached_card_is_still_allowed_in_frames(client, stalled_reform):
    client.get(f"/en/embed/reforms/{stalled_reform.slug}/")

    again = client.get(f"/en/embed/reforms/{stalled_reform.slug}/")

    assert "X-Frame-Options" not in again
    assert "frame-ancestors *" in again["Content-Security-Policy"]


def test_the_card_says_where_the_reform_stands_without_scripts(client, stalled_reform):
    card = client.get(f"/en/embed/reforms/{stalled_reform.slug}/").content.decode()

    assert "Broaden the definition of conflict diamonds" in card
    assert "Stalled" in card
    assert f'href="/en/reforms/{stalled_reform.slug}/" target="_top"' in card
    assert "<script" not in card
    assert 'class="theme-auto"' in card


@pytest.mark.parametrize(("asked", "theme"), [("dark", "theme-dark"), ("light", "theme-light"), ("neon", "theme-auto")])
def test_the_card_takes_a_theme(client, stalled_reform, asked, theme):
    card = client.get(f"/en/embed/reforms/{stalled_reform.slug}/?theme={asked}").content.decode()

    assert f'class="{theme}"' in card


def test_the_badge_is_an_accessible_svg(client, stalled_reform):
    response = client.get(f"/en/badges/reforms/{stalled_reform.slug}.svg")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "public" in response["Cache-Control"] and response.has_header("ETag")
    svg = ET.fromstring(response.content)  # noqa: S314 - our own response
    texts = [text.text for text in svg.iter(f"{SVG}text")]
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text.startswith("Broaden the definition of conflict diamonds: stalled")
    assert texts[0] == "Broaden the definition of conflict diamonds"
    assert texts[1].startswith("stalled")
    assert float(svg.get("width")) > len(texts[0]) * 5  # wide enough for its words


def test_the_badge_escapes_the_title_and_shortens_a_long_one(client):
    proposal = ProposalFactory(title="Controls <&> " + "x" * 80)

    response = client.get(f"/fr/badges/reforms/{proposal.slug}.svg")
    svg = ET.fromstring(response.content)  # noqa: S314 - our own response

    label = next(svg.iter(f"{SVG}text")).text
    assert label.startswith("Controls <&> ") and label.endswith("…") and len(label) == 60


def test_the_reform_page_offers_both_snippets(client, stalled_reform):
    page = client.get(f"/en/reforms/{stalled_reform.slug}/").content.decode()

    assert f'/en/embed/reforms/{stalled_reform.slug}/"' in page
    assert f'/en/badges/reforms/{stalled_reform.slug}.svg"' in page
    assert "&lt;iframe src=" in page


def test_an_unknown_reform_is_a_404(client):
    assert client.get("/en/embed/reforms/no-such-reform/").status_code == 404
    assert client.get("/en/badges/reforms/no-such-reform.svg").status_code == 404


def test_the_snippets_use_the_sites_address_even_written_with_a_final_slash(client, stalled_reform, settings):
    settings.KP_SITE_URL = "https://kp.example/"

    page = client.get(f"/en/reforms/{stalled_reform.slug}/").content.decode()

    assert f'src="https://kp.example/en/embed/reforms/{stalled_reform.slug}/"' in page
    assert "kp.example//" not in page


def test_the_badge_snippet_names_what_the_badge_shows_without_freezing_its_status(client, stalled_reform):
    html = client.get(f"/en/reforms/{stalled_reform.slug}/").content.decode()

    snippet = html[html.index('id="embed-badge-code"') : html.index("</textarea>", html.index('id="embed-badge-code"'))]
    # Other sites keep the snippet as copied while the image changes: its alt names what it shows, not a status.
    assert 'alt="Broaden the definition of conflict diamonds: its status on KP Reform Tracker"' in snippet.replace(
        "&quot;", '"'
    )
