"""/api/v1/outcomes/ and /api/v1/positions/ (reads): fields, filters, contested claims."""

import pytest

from tests.api.helpers import column, results

pytestmark = pytest.mark.django_db


def test_outcome_carries_the_documented_fields(api_client, world):
    outcome = world.outcomes[1]

    data = api_client.get(f"/api/v1/outcomes/{outcome.pk}/").json()

    assert data == {
        "id": outcome.pk,
        "proposal": "definition-2019",
        "area": "scope",
        "plenary_year": 2019,
        "plenary_kind": "plenary",
        "decision": "no_consensus",
        "summary": "Talks to continue.",
        "sources": ["https://example.org/outcome"],
        "source_details": [{"url": "https://example.org/outcome", "publisher": "example.org", "kind": "other"}],
        "press_reports_only": False,
        "verified": True,
        "updated_at": data["updated_at"],
    }


def test_outcomes_are_listed_in_meeting_order(api_client, world):
    listed = [(row["plenary_year"], row["proposal"]) for row in results(api_client.get("/api/v1/outcomes/"))]

    assert listed == [(2018, "definition-2017"), (2019, "definition-2019"), (2019, "permanent-secretariat")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("year=2019", ["definition-2019", "permanent-secretariat"]),
        ("year=2018", ["definition-2017"]),
        ("area=secretariat", ["permanent-secretariat"]),
        ("outcome=no_consensus", ["definition-2019"]),
        ("year=2019&area=scope&outcome=no_consensus", ["definition-2019"]),
        ("proposal=definition-2017", ["definition-2017"]),
        ("ordering=-date", ["definition-2019", "permanent-secretariat", "definition-2017"]),
    ],
)
def test_outcomes_filter_by_year_area_and_decision(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/outcomes/?{query}"), "proposal") == expected


def test_conflicting_claims_are_flagged_contested(api_client, world):
    claims = results(api_client.get("/api/v1/positions/"))

    contested = {(row["participant"], row["stance"]): row["contested"] for row in claims}
    assert contested == {
        ("russian-federation", "blocked_consensus"): True,
        ("russian-federation", "supported"): True,
        ("canada", "supported"): False,
    }


def test_position_carries_the_documented_fields(api_client, world):
    position = world.positions[1]

    data = api_client.get(f"/api/v1/positions/{position.pk}/").json()

    assert data == {
        "id": position.pk,
        "proposal": "definition-2019",
        "plenary_year": 2019,
        "plenary_kind": "plenary",
        "participant": "russian-federation",
        "stance": "supported",
        "reported_by": "Its own statement",
        "confidence": "high",
        "contested": True,
        "note": "",
        "sources": ["https://example.org/position"],
        "source_details": [{"url": "https://example.org/position", "publisher": "example.org", "kind": "other"}],
        "press_reports_only": False,
        "verified": True,
        "updated_at": data["updated_at"],
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("participant=canada", ["canada"]),
        ("contested=true", ["russian-federation", "russian-federation"]),
        ("contested=false", ["canada"]),
        ("confidence=high", ["russian-federation"]),
        ("stance=blocked_consensus", ["russian-federation"]),
        ("year=2018", []),
        ("area=scope&ordering=participant", ["canada", "russian-federation", "russian-federation"]),
    ],
)
def test_positions_filter(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/positions/?{query}"), "participant") == expected
