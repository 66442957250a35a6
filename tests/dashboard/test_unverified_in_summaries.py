"""A fact marked unverified keeps its mark in the pages that sum the record up, not only on its own page."""

import xml.etree.ElementTree as ET

import pytest

from reforms.choices import Decision
from reforms.services import proposal_line_sync
from tests.dashboard.conftest import page
from tests.factories import (
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    ProposalFactory,
    StatusEventFactory,
)

pytestmark = pytest.mark.django_db

MARK = '<span class="unverified"'
SVG = "{http://www.w3.org/2000/svg}"


def row_of(html: str, name: str) -> str:
    start = html.index(f">{name}</a>")
    return html[start : html.index("</tr>", start)]


def section(html: str, title_id: str) -> str:
    start = html.index(f'aria-labelledby="{title_id}"')
    return html[start : html.index("</section>", start)]


def outcome_item(html: str, title: str) -> str:
    latest = section(html, "latest-title")
    start = latest.index(f">{title}</a>")
    return latest[start : latest.index("</li>", start)]


def test_the_home_pages_latest_plenary_marks_its_unverified_outcomes(client):
    plenary = PlenaryFactory(year=2024, verified=False)
    disputed = ProposalFactory(title="Disputed decision", first_tabled=plenary)
    OutcomeFactory(proposal=disputed, plenary=plenary, verified=False)
    OutcomeFactory(proposal=ProposalFactory(title="Confirmed decision", first_tabled=plenary), plenary=plenary)

    html = page(client, "/en/")

    assert MARK in outcome_item(html, "Disputed decision")
    assert MARK not in outcome_item(html, "Confirmed decision")
    latest = section(html, "latest-title")
    assert MARK in latest[latest.index('class="meeting-line"') : latest.index("</p>")]


def test_the_embed_card_and_badge_mark_a_status_resting_on_an_unverified_decision(client):
    meeting = PlenaryFactory(year=2015)
    adopted = ProposalFactory(title="Adopted on a single report", first_tabled=meeting)
    OutcomeFactory(proposal=adopted, plenary=meeting, decision=Decision.ADOPTED, verified=False)

    card = page(client, f"/en/embed/reforms/{adopted.slug}/")
    badge = ET.fromstring(client.get(f"/en/badges/reforms/{adopted.slug}.svg").content)  # noqa: S314 - ours

    assert "Adopted" in card and MARK in card
    assert [text.text for text in badge.iter(f"{SVG}text")][1] == "Adopted ⚠ unverified"
    assert "unverified" in badge.find(f"{SVG}title").text


def test_a_line_reopened_by_a_later_text_no_longer_rests_on_its_unverified_decision(client):
    adopted_at, reopened_at = PlenaryFactory(year=2015), PlenaryFactory(year=2016)
    first = ProposalFactory(title="First text", first_tabled=adopted_at)
    OutcomeFactory(proposal=first, plenary=adopted_at, decision=Decision.ADOPTED, verified=False)
    later = ProposalFactory(title="Later text", first_tabled=reopened_at, continues=first)
    proposal_line_sync(proposal=later)

    card = page(client, f"/en/embed/reforms/{later.slug}/")
    badge = client.get(f"/en/badges/reforms/{later.slug}.svg").content.decode()

    assert "Adopted" not in card
    assert MARK not in card
    assert "unverified" not in badge


def test_a_stall_counted_from_an_unverified_decision_is_marked(client):
    meetings = [PlenaryFactory(year=year) for year in range(2015, 2020)]
    partly = ProposalFactory(title="Partly adopted", first_tabled=meetings[0])
    OutcomeFactory(proposal=partly, plenary=meetings[0], decision=Decision.PARTIALLY_ADOPTED, verified=False)

    card = page(client, f"/en/embed/reforms/{partly.slug}/")

    assert "Stalled" in card
    assert MARK in card


def test_the_embed_card_and_badge_mark_an_unverified_reform(client):
    proposal = ProposalFactory(title="A proposal only the press reported", verified=False)

    card = page(client, f"/en/embed/reforms/{proposal.slug}/")
    badge = client.get(f"/en/badges/reforms/{proposal.slug}.svg").content.decode()

    assert MARK in card
    assert "⚠ unverified" in badge


def test_a_confirmed_reform_and_decision_carry_no_mark(client):
    meeting = PlenaryFactory(year=2015)
    adopted = ProposalFactory(title="Adopted and confirmed", first_tabled=meeting)
    OutcomeFactory(proposal=adopted, plenary=meeting, decision=Decision.ADOPTED)

    card = page(client, f"/en/embed/reforms/{adopted.slug}/")
    badge = client.get(f"/en/badges/reforms/{adopted.slug}.svg").content.decode()

    assert MARK not in card
    assert "unverified" not in badge


def test_the_participant_list_marks_an_unverified_joining_year_chair_year_and_participant(client):
    joined = ParticipantFactory(name="Joined Unconfirmed", joined_year=2008)
    StatusEventFactory(participant=joined, kind="joined", year=2008, verified=False)
    confirmed = ParticipantFactory(name="Joined Confirmed", joined_year=2008)
    StatusEventFactory(participant=confirmed, kind="joined", year=2008)
    left = ParticipantFactory(name="Left Unconfirmed", joined_year=2003, left_year=2010)
    StatusEventFactory(participant=left, kind="withdrew", year=2010, verified=False)
    ParticipantFactory(name="Unverified Participant", verified=False)
    chair = ParticipantFactory(name="Chair Unconfirmed")
    PlenaryFactory(year=2009, chair=chair, host=chair, verified=False)

    html = page(client, "/en/participants/")

    assert "2008 " + MARK in row_of(html, "Joined Unconfirmed")
    assert MARK not in row_of(html, "Joined Confirmed")
    assert "2010 " + MARK in row_of(html, "Left Unconfirmed")
    assert MARK in row_of(html, "Unverified Participant")
    assert row_of(html, "Chair Unconfirmed").count("2009 " + MARK) == 2  # chaired and hosted
