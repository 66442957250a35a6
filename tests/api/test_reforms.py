"""/api/v1/reforms/ and /api/v1/reform-areas/: fields, the stall status from the database, filters, ordering."""

import pytest
from django.utils import timezone

from reforms.choices import ReformStatus
from reforms.models import ReformProposal
from tests.api.helpers import column, results

pytestmark = pytest.mark.django_db


def test_reform_carries_the_documented_fields(api_client, world):
    response = api_client.get("/api/v1/reforms/definition-2019/")

    assert response.status_code == 200
    reform = response.json()
    assert reform == {
        "slug": "definition-2019",
        "title": "Broaden the definition (again)",
        "area": "scope",
        "status": "stalled",
        "stalled_since": 2017,
        "years_stalled": 7,
        "plenaries_without_decision": 7,
        "first_tabled": 2019,
        "first_tabled_kind": "plenary",
        "cycle": "cycle-2017-2019",
        "continues": "definition-2017",
        "line": "definition-2017",
        "is_line_head": True,
        "sponsor": None,
        "originators": [],
        "description": "",
        "outcomes": [
            {
                "id": world.outcomes[1].pk,
                "plenary_year": 2019,
                "plenary_kind": "plenary",
                "decision": "no_consensus",
            }
        ],
        "sources": ["https://example.org/proposal"],
        "source_details": [{"url": "https://example.org/proposal", "publisher": "example.org", "kind": "other"}],
        "press_reports_only": False,
        "verified": True,
        "updated_at": reform["updated_at"],
        "url": "http://testserver/en/reforms/definition-2019/",
    }
    assert reform["updated_at"].endswith("Z")


def test_reform_lists_its_originators_and_sponsor_by_slug(api_client, world):
    reform = api_client.get("/api/v1/reforms/definition-2017/").json()

    assert reform["sponsor"] == "canada"
    assert sorted(reform["originators"]) == ["kp-civil-society-coalition", "world-diamond-council"]
    assert reform["is_line_head"] is False
    assert reform["line"] == "definition-2017"
    assert reform["continues"] is None


def test_reform_status_matches_the_stall_rule_selector(api_client, world):
    expected = dict(ReformProposal.objects.with_stall_status().values_list("slug", "status"))

    listed = {row["slug"]: row["status"] for row in results(api_client.get("/api/v1/reforms/"))}

    assert listed == expected
    assert listed["permanent-secretariat"] == ReformStatus.ADOPTED


def test_reforms_are_listed_in_tabling_order(api_client, world):
    assert column(api_client.get("/api/v1/reforms/")) == ["definition-2017", "permanent-secretariat", "definition-2019"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=stalled", ["definition-2017", "definition-2019"]),
        ("status=adopted", ["permanent-secretariat"]),
        ("status=open", []),
        ("area=secretariat", ["permanent-secretariat"]),
        ("area=scope&status=stalled", ["definition-2017", "definition-2019"]),
        ("cycle=cycle-2017-2019", ["definition-2019"]),
        ("line_heads=true", ["permanent-secretariat", "definition-2019"]),
        ("ordering=-years_stalled,slug", ["definition-2017", "definition-2019", "permanent-secretariat"]),
        ("ordering=-first_tabled", ["definition-2019", "permanent-secretariat", "definition-2017"]),
        ("ordering=title", ["permanent-secretariat", "definition-2017", "definition-2019"]),
    ],
)
def test_reforms_filter_and_sort(api_client, world, query, expected):
    assert column(api_client.get(f"/api/v1/reforms/?{query}")) == expected


def test_status_filter_runs_in_the_database(api_client, world, django_assert_num_queries):
    # The count and the page's keys (status in their WHERE), the rows, outcomes, originators.
    with django_assert_num_queries(5) as captured:
        response = api_client.get("/api/v1/reforms/?status=stalled")

    assert response.json()["count"] == 2
    sql = [query["sql"] for query in captured.captured_queries]
    count_query = next(query for query in sql if '"__count"' in query)
    keys_query = next(query for query in sql if 'AS "pk"' in query)
    for query in (count_query, keys_query):
        assert "'stalled'" in query.split("WHERE", 1)[1]


def test_a_page_computes_the_stall_rule_for_its_rows_only(api_client, world, django_assert_num_queries):
    # The count and the page's keys skip the stall rule's view; the rows, outcomes, originators follow.
    with django_assert_num_queries(5) as captured:
        response = api_client.get("/api/v1/reforms/?page_size=2&line_heads=true")

    assert [row["status"] for row in response.json()["results"]] == ["adopted", "stalled"]
    reading_the_view = [q["sql"] for q in captured.captured_queries if "reforms_linestatus" in q["sql"]]
    assert len(reading_the_view) == 1
    assert "IN (" in reading_the_view[0]  # the page's rows


def test_reforms_changed_since_a_moment_include_those_with_a_new_outcome(api_client, world, commit):
    moment = timezone.now()
    assert column(api_client.get("/api/v1/reforms/", {"updated_since": moment.isoformat()})) == []

    world.outcomes[2].summary = "Corrected."
    world.outcomes[2].save()
    commit()

    assert column(api_client.get("/api/v1/reforms/", {"updated_since": moment.isoformat()})) == [
        "permanent-secretariat"
    ]


def test_reform_areas_list_slug_name_and_keywords(api_client, world):
    world.scope.keywords = "scope\ndefinition of conflict diamonds\n"
    world.scope.save()

    areas = results(api_client.get("/api/v1/reform-areas/"))

    assert [area["slug"] for area in areas] == ["scope", "secretariat"]
    assert areas[0]["keywords"] == ["scope", "definition of conflict diamonds"]
    assert set(areas[0]) == {"slug", "name", "description", "position", "keywords", "updated_at"}


def test_unknown_reform_is_a_404(api_client, world):
    assert api_client.get("/api/v1/reforms/no-such-reform/").status_code == 404
