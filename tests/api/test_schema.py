"""The OpenAPI schema and the interactive docs: complete, warning-free, served without a CDN."""

import pytest
import yaml
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema(django_db_blocker):
    with django_db_blocker.unblock():
        from rest_framework.test import APIClient

        response = APIClient().get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_generates_without_warnings_and_validates(tmp_path):
    # --fail-on-warn turns any warning (an unresolvable field or filter) into an error.
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(tmp_path / "schema.yaml"))

    assert (tmp_path / "schema.yaml").stat().st_size > 10_000


def test_schema_documents_every_resource_list_and_detail(schema):
    paths = set(schema["paths"])

    for name in ["participants", "plenaries", "reform-areas", "reforms", "outcomes", "positions", "statements"]:
        assert f"/api/v1/{name}/" in paths
        assert any(path.startswith(f"/api/v1/{name}/{{") for path in paths)
    assert "/api/v1/organisations/{slug}/" in paths
    assert "/api/v1/datapackage.zip" in paths
    assert "/api/v1/" in paths


def test_every_operation_has_a_summary_and_description(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            assert operation.get("summary"), (method, path)
            assert operation.get("description"), (method, path)


def test_every_query_parameter_has_a_description_and_an_example(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                where = (method, path, parameter["name"])
                assert parameter.get("description"), where
                has_example = "example" in parameter or parameter.get("examples")
                assert has_example, where


def test_every_field_has_a_description_and_an_example(schema):
    for name, component in schema["components"]["schemas"].items():
        for field, prop in component.get("properties", {}).items():
            if name in {"PaginatedList"} or name.startswith("Paginated"):
                continue
            assert prop.get("description"), (name, field)
            nested = "$ref" in prop or "$ref" in prop.get("items", {})
            if not nested and name != "ApiRoot":
                assert "example" in prop, (name, field)


def test_every_list_and_detail_has_a_response_example(schema):
    for path, operations in schema["paths"].items():
        get = operations.get("get")
        if not get or path == "/api/v1/datapackage.zip":
            continue
        assert get["responses"]["200"]["content"]["application/json"].get("examples"), path


def test_list_operations_document_errors_and_csv(schema):
    reforms = schema["paths"]["/api/v1/reforms/"]["get"]

    assert {"200", "400", "404", "429"} <= set(reforms["responses"])
    assert reforms["responses"]["200"]["content"]["text/csv"]["schema"]["type"] == "string"
    assert "format" in {parameter["name"] for parameter in reforms["parameters"]}


def test_write_operations_document_auth_errors(schema):
    create = schema["paths"]["/api/v1/outcomes/"]["post"]

    assert {"201", "400", "401", "403", "429"} <= set(create["responses"])
    assert "tokenAuth" in schema["components"]["securitySchemes"]


def test_every_operation_documents_every_status_it_can_answer(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            where = (method, path)
            assert {"400", "401", "406", "429"} <= statuses, where  # a bad `format`, a bad token, Accept, rate
            if method == "get":
                assert {"200", "304", "412"} <= statuses, where
                assert ("404" in statuses) == ("{" in path or path.endswith("s/")), where
            else:
                assert {"403", "409", "415"} <= statuses, where
                assert ("404" in statuses) == ("{" in path), where
            for status, response in operation["responses"].items():
                if status >= "400":
                    assert set(response.get("content", {"application/json": None})) == {"application/json"}, where


def test_parameters_declare_the_ranges_and_patterns_the_server_checks(schema):
    outcomes = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/outcomes/"]["get"]["parameters"]}
    statements = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/statements/"]["get"]["parameters"]}

    assert outcomes["year"] == {"type": "integer", "minimum": 1998, "maximum": 2100}
    assert outcomes["page_size"] == {"type": "integer", "minimum": 1}
    assert outcomes["ordering"]["minItems"] == 1
    assert outcomes["area"]["pattern"] == "^[-a-zA-Z0-9_]+$"
    assert statements["meeting"]["pattern"] == "^[0-9]{4}-(intersessional|special|plenary)$"
    assert statements["published_after"] == {"type": "string", "format": "date"}
    assert {"type": "string", "format": "date-time"} in statements["updated_since"]["anyOf"]


def test_writes_take_and_give_json_only(schema):
    create = schema["paths"]["/api/v1/outcomes/"]["post"]

    assert set(create["requestBody"]["content"]) == {"application/json"}
    assert set(create["responses"]["201"]["content"]) == {"application/json"}


def test_docs_page_loads_its_assets_locally(api_client):
    # Redoc is not offered: its bundle fetches fonts and a worker from other hosts at run time.
    assert api_client.get("/api/redoc/").status_code == 404
    for url in ["/api/docs/"]:
        response = api_client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert "/static/drf_spectacular_sidecar/" in page
        for cdn in ["cdn.jsdelivr.net", "unpkg.com", "cdnjs"]:
            assert cdn not in page
