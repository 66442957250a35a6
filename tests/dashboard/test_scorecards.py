"""Participants' scorecards: the claims about each one's stance on reforms, what the meetings it chaired
or hosted decided, and the participant list sorted by those counts."""

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from plenaries.models import PlenaryKind
from reforms.models import Confidence, Decision, Stance
from tests.dashboard.conftest import build_world, page
from tests.factories import (
    CountryFactory,
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    PositionFactory,
    ProposalFactory,
    StatusEventFactory,
)
from tracker import participant_views

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(db):
    """Blocker State: three blocking claims (one contested), two countries, chaired the 2012 plenary,
    which adopted two reforms. Host State hosted 2013, which adopted one and deferred another."""
    blocker = ParticipantFactory(slug="blocker-state", name="Blocker State")
    CountryFactory(represented_by=blocker)
    CountryFactory(represented_by=blocker)
    host = ParticipantFactory(slug="host-state", name="Host State")
    quiet = ParticipantFactory(slug="quiet-state", name="A Quiet State")
    chaired = PlenaryFactory(year=2012, city="Washington", chair=blocker, host=quiet)
    hosted = PlenaryFactory(year=2013, city="Johannesburg", chair=quiet, host=host)
    PlenaryFactory(year=2013, kind=PlenaryKind.INTERSESSIONAL, chair=quiet, host=host, held=False)
    fund, definition, review, secretariat = (
        ProposalFactory(first_tabled=chaired, title=title)
        for title in ("Multi-donor fund", "Broader definition", "Peer review", "Permanent secretariat")
    )
    OutcomeFactory(proposal=fund, plenary=chaired, decision=Decision.ADOPTED)
    OutcomeFactory(proposal=review, plenary=chaired, decision=Decision.PARTIALLY_ADOPTED)
    OutcomeFactory(proposal=definition, plenary=chaired, decision=Decision.NO_CONSENSUS)
    OutcomeFactory(proposal=secretariat, plenary=hosted, decision=Decision.ADOPTED)
    OutcomeFactory(proposal=definition, plenary=hosted, decision=Decision.DEFERRED)
    PositionFactory(
        proposal=definition,
        plenary=chaired,
        participant=blocker,
        stance=Stance.BLOCKED,
        reported_by="Civil Society Coalition",
        confidence=Confidence.MEDIUM,
        source_url="https://www.kpcivilsociety.org/2012-closing/",
    )
    PositionFactory(
        proposal=definition, plenary=chaired, participant=blocker, stance=Stance.SUPPORTED, reported_by="A newspaper"
    )
    PositionFactory(proposal=definition, plenary=hosted, participant=blocker, stance=Stance.BLOCKED, reported_by="X")
    PositionFactory(proposal=secretariat, plenary=hosted, participant=blocker, stance=Stance.BLOCKED, reported_by="Y")
    PositionFactory(proposal=secretariat, plenary=hosted, participant=host, stance=Stance.SUPPORTED, reported_by="Y")
    StatusEventFactory(participant=blocker, kind="suspended", year=2013, description="Suspended for non-compliance")
    return {"blocker": blocker, "host": host, "quiet": quiet}


def test_the_participant_pages_keep_their_addresses_and_names():
    with translation.override("en"):
        assert reverse("plenaries:participant-list") == "/en/participants/"
        assert reverse("plenaries:participant-detail", kwargs={"slug": "x"}) == "/en/participants/x/"
        assert resolve("/en/participants/x/").func is participant_views.participant_detail


def test_the_record_lists_each_claim_with_its_source_and_confidence(client, record):
    html = page(client, "/en/participants/blocker-state/")
    claims = html.split('id="positions-title"')[1].split("</section>")[0]

    assert claims.count("<tr") == 1 + 4  # the header, then one row per claim
    assert "Blocked consensus</span>: 3 claims" in claims
    assert "Supported</span>: 1 claim" in claims
    assert "Civil Society Coalition" in claims
    assert "Medium: named by an observer present in the room" in claims
    assert 'href="https://www.kpcivilsociety.org/2012-closing/"' in claims
    assert "nobody votes" in claims


def test_claims_that_disagree_about_one_meeting_are_marked_contested(client, record):
    html = page(client, "/en/participants/blocker-state/")
    rows = html.split('id="positions-title"')[1].split("</tbody>")[0].split("<tr")[2:]

    contested = [row for row in rows if 'class="contested"' in row]
    assert len(contested) == 2  # the 2012 blocking claim and the 2012 support claim
    assert all("2012 plenary, Washington" in row and "Contested" in row for row in contested)


def test_the_meetings_it_chaired_show_what_they_adopted_deferred_or_failed_to_decide(client, record):
    html = page(client, "/en/participants/blocker-state/")
    led = html.split('id="led-title"')[1].split("</table>")[0]

    assert "2012 plenary, Washington" in led and "chair" in led
    assert "Multi-donor fund" in led and "Peer review" in led and "Broader definition" in led
    assert "d-ad" in led and "d-pa" in led and "d-nc" in led


def test_a_host_sees_the_meetings_it_hosted_and_not_one_that_was_not_held(client, record):
    html = page(client, "/en/participants/host-state/")
    led = html.split('id="led-title"')[1].split("</table>")[0]

    assert "2013 plenary, Johannesburg" in led and "host" in led
    assert "Permanent secretariat" in led and "d-de" in led
    assert "intersessional" not in led


def test_the_record_shows_status_events(client, record):
    assert "Suspended for non-compliance" in page(client, "/en/participants/blocker-state/")


def rows_of(html: str, caption: str) -> list[str]:
    table = html.split(caption)[1].split("</tbody>")[0]
    return [row.split("</a>")[0].rsplit(">", 1)[1] for row in table.split('<th scope="row">')[1:]]


def test_the_list_sorts_by_blocked_consensus_claims(client, record):
    html = page(client, "/en/participants/?sort=blocked")

    assert rows_of(html, "Current participants")[:2] == ["Blocker State", "A Quiet State"]
    blocker_row = html.split("Blocker State</a>")[1].split("</tr>")[0]
    # Two countries and three claims: neither count multiplies the other.
    assert '<td class="num">2</td>' in blocker_row
    assert '<td class="num">3</td>' in blocker_row
    assert "<strong>blocked consensus (claims)</strong>" in html


def test_the_list_sorts_by_reforms_adopted_while_chairing(client, record):
    html = page(client, "/en/participants/?sort=adopted")

    # Blocker State chaired 2012 (one adopted, one partly); A Quiet State chaired 2013 (one adopted).
    assert rows_of(html, "Current participants") == ["Blocker State", "A Quiet State", "Host State"]
    blocker_row = html.split("Blocker State</a>")[1].split("</tr>")[0]
    assert blocker_row.rstrip().endswith('<td class="num">2</td>')


def test_the_list_is_by_name_by_default_and_for_an_unknown_sort(client, record):
    expected = ["A Quiet State", "Blocker State", "Host State"]
    assert rows_of(page(client, "/en/participants/"), "Current participants") == expected
    assert rows_of(page(client, "/en/participants/?sort=nonsense"), "Current participants") == expected


def test_the_list_explains_that_claims_are_reported_not_voted(client, record):
    html = page(client, "/en/participants/")

    assert "nobody votes" in html
    assert "two reports of one objection count twice" in html


def test_the_scorecards_speak_french(client, record):
    detail = page(client, "/fr/participants/blocker-state/")
    listing = page(client, "/fr/participants/?sort=blocked")

    assert "Positions qui lui sont attribuées sur les réformes" in detail
    assert "Contestée" in detail
    assert "Les réunions qu’il a présidées ou accueillies, et ce qu’elles ont décidé" in detail
    assert "A bloqué le consensus (affirmations)" in listing
    assert "personne ne vote" in listing


# Participant page: the participant with is-current; meetings it chaired, vice-chaired or hosted; what
# those meetings decided; countries; status events; position claims; proposals it tabled.
# List: participants with their counts (subqueries); year-end chairs and hosts; the number of countries.
@pytest.mark.parametrize("size", [1, 4])
@pytest.mark.parametrize(
    ("url", "expected"), [("/en/participants/chair-state/", 7), ("/en/participants/?sort=blocked", 3)]
)
def test_the_scorecards_run_a_fixed_number_of_queries(client, django_assert_num_queries, size, url, expected):
    build_world(size)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
