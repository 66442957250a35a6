"""/api/v1/statements/: published statements only, fields, filters and full-text search."""

import pytest
from django.db import connection

from tests.api.helpers import column, results

pytestmark = pytest.mark.django_db


def test_statement_carries_the_documented_fields(api_client, world):
    walkout = world.statements[0]

    data = api_client.get(f"/api/v1/statements/{walkout.pk}/").json()

    assert data == {
        "id": walkout.pk,
        "title": "Civil society walks out",
        "organisation": "kp-civil-society-coalition",
        "organisation_name": "KP Civil Society Coalition",
        "published_on": "2019-11-22",
        "url": walkout.url,
        "language": "en",
        "plenary": 2019,
        "plenary_kind": "plenary",
        "reform_areas": ["scope"],
        "people": ["Shamiso Mtisi"],
        "text": "The plenary failed to agree on the definition of conflict diamonds.",
        "text_is_excerpt": False,
        "note": "",
        "updated_at": data["updated_at"],
    }


def test_only_published_statements_are_listed(api_client, world):
    titles = column(api_client.get("/api/v1/statements/"), "title")

    assert titles == ["Industry welcomes the secretariat", "Civil society walks out", "Undated note"]
    assert api_client.get(f"/api/v1/statements/{world.draft_statement.pk}/").status_code == 404


def test_undated_statement_has_null_date_and_meeting(api_client, world):
    undated = api_client.get(f"/api/v1/statements/{world.statements[2].pk}/").json()

    assert undated["published_on"] is None
    assert undated["plenary"] is None
    assert undated["plenary_kind"] is None
    assert undated["reform_areas"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("organisation=world-diamond-council", ["Industry welcomes the secretariat"]),
        ("plenary=2019", ["Industry welcomes the secretariat", "Civil society walks out"]),
        ("area=scope", ["Civil society walks out"]),
        ("published_after=2019-11-23", ["Industry welcomes the secretariat"]),
        ("published_before=2019-11-22", ["Civil society walks out"]),
        (
            "published_after=2019-01-01&published_before=2019-12-31&area=secretariat",
            ["Industry welcomes the secretariat"],
        ),
        ("language=fr", ["Undated note"]),
        ("ordering=published_on", ["Civil society walks out", "Industry welcomes the secretariat", "Undated note"]),
    ],
)
def test_statements_filter(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/statements/?{query}"), "title") == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("conflict diamonds", ["Civil society walks out"]),
        ("secretariat", ["Industry welcomes the secretariat"]),
        ("plenary definition", ["Civil society walks out"]),
        ("nothing-like-this", []),
    ],
)
def test_full_text_search_finds_words_in_title_or_text(api_client, world, q, expected):
    assert column(api_client.get("/api/v1/statements/", {"q": q}), "title") == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="web-search syntax is PostgreSQL's")
def test_full_text_search_on_postgresql_understands_phrases_and_exclusions(api_client, world):
    assert column(api_client.get("/api/v1/statements/", {"q": '"conflict diamonds"'}), "title") == [
        "Civil society walks out"
    ]
    assert column(api_client.get("/api/v1/statements/", {"q": "plenary -definition"}), "title") == []
    assert len(results(api_client.get("/api/v1/statements/", {"q": "secretariat or plenary"}))) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_full_text_search_on_postgresql_stems_english_words(api_client, world):
    # As the `q` help text says: "secretariats" finds "secretariat", and "walking" finds "walks".
    assert column(api_client.get("/api/v1/statements/", {"q": "secretariats"}), "title") == [
        "Industry welcomes the secretariat"
    ]
    assert column(api_client.get("/api/v1/statements/", {"q": "walking"}), "title") == ["Civil society walks out"]


def test_full_text_search_also_finds_the_organisation_name(api_client, world):
    assert column(api_client.get("/api/v1/statements/", {"q": "industry council"}), "title") == [
        "Industry welcomes the secretariat"
    ]
