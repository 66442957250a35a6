"""/api/v1/participants/, /plenaries/ and /organisations/: fields and filters."""

import pytest
from django.utils import timezone

from tests.api.helpers import column, results
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db


def test_participant_lists_its_countries_and_status_events(api_client, world):
    participant = api_client.get("/api/v1/participants/european-union/").json()

    assert participant["kind"] == "regional_organisation"
    assert participant["iso_code"] == "EU"
    assert participant["joined_year"] == 2003
    assert participant["left_year"] is None
    assert participant["current"] is True
    assert participant["countries"] == [{"name": "Belgium", "iso_code": "BE"}, {"name": "France", "iso_code": "FR"}]
    assert participant["status_events"] == []
    russia = api_client.get("/api/v1/participants/russian-federation/").json()
    assert russia["status_events"] == [
        {
            "kind": "other",
            "year": 2022,
            "date": None,
            "description": "Agenda item blocked",
            "sources": ["https://example.org/events"],
            "source_details": [{"url": "https://example.org/events", "publisher": "example.org", "kind": "other"}],
            "press_reports_only": False,
            "verified": True,
        }
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=regional_organisation", ["european-union"]),
        ("current=true", ["canada", "european-union", "russian-federation"]),
        ("current=false", []),
        ("ordering=-name", ["russian-federation", "european-union", "canada"]),
    ],
)
def test_participants_filter_and_sort(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/participants/?{query}")) == expected


def test_current_says_what_the_participant_queryset_says(api_client, world):
    from plenaries.models import Participant

    ParticipantFactory(slug="venezuela", name="Venezuela", left_year=2008)
    ParticipantFactory(slug="chinese-taipei", name="Chinese Taipei", kind="trading_entity")
    ParticipantFactory(slug="old-entity", name="Old entity", kind="trading_entity", left_year=2010)
    current = set(Participant.objects.current().values_list("slug", flat=True))

    listed = {row["slug"]: row["current"] for row in results(api_client.get("/api/v1/participants/"))}

    assert {slug for slug, is_current in listed.items() if is_current} == current
    assert current == {"canada", "european-union", "russian-federation"}
    assert column(api_client.get("/api/v1/participants/?current=false")) == [
        "chinese-taipei",
        "old-entity",
        "venezuela",
    ]


def test_plenary_carries_the_documented_fields(api_client, world):
    plenary = world.plenaries[2019]
    plenary.vice_chair = world.russia
    plenary.key_decisions = "First decision\n\nSecond decision\n"
    plenary.save()

    data = api_client.get(f"/api/v1/plenaries/{plenary.pk}/").json()

    assert data["year"] == 2019
    assert data["kind"] == "plenary"
    assert data["city"] == "City 2019"
    assert data["host_country"] == "Host"
    assert data["chair"] == "canada"
    assert data["vice_chair"] == "russian-federation"
    assert data["held"] is True
    assert data["start_date"] is None and data["end_date"] is None
    assert data["key_decisions"] == ["First decision", "Second decision"]
    assert data["sources"] == ["https://example.org/communique"]
    assert data["verified"] is True
    assert {"communique_url", "summary", "dates_note", "chair_person", "host", "updated_at"} <= set(data)


def test_plenaries_are_listed_in_the_order_they_happened(api_client, world):
    listed = [(row["year"], row["kind"]) for row in results(api_client.get("/api/v1/plenaries/?year=2022"))]

    assert listed == [(2022, "intersessional"), (2022, "plenary")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("held=false", [2020]),
        ("kind=intersessional", [2022]),
        ("year=2024", [2024]),
        ("ordering=-date&kind=plenary&year=2023", [2023]),
    ],
)
def test_plenaries_filter(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/plenaries/?{query}"), "year") == expected


def test_plenaries_changed_since_a_moment(api_client, world):
    moment = timezone.now()
    world.plenaries[2021].summary = "Held online."
    world.plenaries[2021].save()

    assert column(api_client.get("/api/v1/plenaries/", {"updated_since": moment.isoformat()}), "year") == [2021]


def test_organisations_list_and_filter_by_kind(api_client, world):
    assert column(api_client.get("/api/v1/organisations/")) == ["kp-civil-society-coalition", "world-diamond-council"]
    assert column(api_client.get("/api/v1/organisations/?kind=industry")) == ["world-diamond-council"]
    organisation = api_client.get("/api/v1/organisations/world-diamond-council/").json()
    assert set(organisation) == {
        "slug",
        "name",
        "kind",
        "website",
        "observer_from",
        "observer_to",
        "notes",
        "source_url",
        "updated_at",
    }
