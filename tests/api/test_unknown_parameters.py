"""A query parameter an endpoint does not take is refused, naming it and the ones it takes (the schema's)."""

import pytest
import yaml
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

TAKES = "Not a parameter of this endpoint; it takes "


def test_an_unknown_parameter_is_a_400_naming_it_and_listing_what_the_list_takes(api_client, world):
    response = api_client.get("/api/v1/outcomes/?foo=bar&year=2019")

    assert response.status_code == 400
    assert response.json() == {
        "foo": [
            TAKES + "area, decision, format, ordering, outcome, page, page_size, plenary_kind, proposal, "
            "updated_since, year."
        ]
    }


def test_a_record_takes_only_format(api_client, world):
    response = api_client.get("/api/v1/reforms/definition-2017/?status=stalled")

    assert response.json() == {"status": [TAKES + "format."]}


def test_a_write_with_an_unknown_parameter_is_refused_and_writes_nothing(editor_client, world):
    outcome = world.outcomes[0]

    response = editor_client.patch(f"/api/v1/outcomes/{outcome.pk}/?dry_run=1", {"summary": "x"}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["dry_run"]
    outcome.refresh_from_db()
    assert outcome.summary != "x"


def test_cache_busting_and_tracking_parameters_are_refused_too(api_client, world):
    response = api_client.get("/api/v1/reforms/?_=1700000000&utm_source=newsletter")

    assert response.status_code == 400
    assert set(response.json()) == {"_", "utm_source"}


@pytest.mark.parametrize("name", ["decision", "outcome"])
def test_outcomes_filter_by_decision_under_its_field_name_and_its_older_one(api_client, world, name):
    response = api_client.get("/api/v1/outcomes/", {name: "adopted"})

    assert [row["decision"] for row in response.json()["results"]] == ["adopted"]


def test_the_older_filter_name_is_marked_deprecated_in_the_schema(api_client):
    schema = yaml.safe_load(api_client.get("/api/schema/").content)
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/outcomes/"]["get"]["parameters"]}

    assert parameters["outcome"]["deprecated"] is True
    assert "deprecated" not in parameters["decision"]


def _example_path(path: str, world) -> str:
    keys = {
        "{id}": {"plenaries": world.plenaries[2019].pk, "outcomes": world.outcomes[0].pk},
        "{slug}": {"participants": "canada", "reform-areas": "scope", "reforms": "definition-2017"},
    }
    for placeholder, by_resource in keys.items():
        if placeholder in path:
            resource = path.split("/")[3]
            default = {"{id}": world.positions[0].pk, "{slug}": "world-diamond-council"}[placeholder]
            key = by_resource.get(resource, world.statements[0].pk if resource == "statements" else default)
            return path.replace(placeholder, str(key))
    return path


def test_every_get_takes_exactly_the_query_parameters_its_schema_lists(world):
    schema = yaml.safe_load(APIClient().get("/api/schema/").content)

    for path, operations in schema["paths"].items():
        documented = sorted(p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query")
        response = APIClient().get(_example_path(path, world), {"not_a_parameter": "1"})

        assert response.status_code == 400, (path, response.content)
        message = response.json()["not_a_parameter"][0]
        assert message == TAKES + ", ".join(documented) + ".", path
