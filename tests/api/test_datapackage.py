"""/api/v1/datapackage.zip: the whole dataset as a Frictionless Data Package that validates against itself."""

import csv
import io
import json
import zipfile

import pytest
from frictionless import validate

from tracker.api.registry import RESOURCES

pytestmark = pytest.mark.django_db


@pytest.fixture
def package(api_client, world, tmp_path):
    response = api_client.get("/api/v1/datapackage.zip")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    archive.extractall(tmp_path)
    return tmp_path, archive, response


def test_download_is_a_zip_at_a_stable_url(package):
    _, archive, response = package

    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="kp-reform-tracker-datapackage.zip"'
    assert sorted(archive.namelist()) == sorted(
        ["datapackage.json", *(f"data/{resource.name}.csv" for resource in RESOURCES)]
    )


def test_package_validates_with_frictionless_against_its_own_descriptor(package):
    path, _, _ = package

    report = validate(path / "datapackage.json")

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    assert {task.name for task in report.tasks} == {resource.name for resource in RESOURCES}


def test_descriptor_has_licence_types_and_a_description_for_every_field(package):
    path, _, _ = package
    descriptor = json.loads((path / "datapackage.json").read_text())

    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    reforms = next(r for r in descriptor["resources"] if r["name"] == "reforms")
    types = {field["name"]: field["type"] for field in reforms["schema"]["fields"]}
    assert types["stalled_since"] == "integer"
    assert types["verified"] == "boolean"
    assert types["updated_at"] == "datetime"
    assert types["slug"] == "string"
    status = next(f for f in reforms["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == ["stalled", "open", "adopted", "partially_adopted", "rejected", "withdrawn"]
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            assert field["description"], (resource["name"], field["name"])


def test_csv_files_match_the_api_csv(api_client, package):
    path, _, _ = package

    packaged = (path / "data" / "reforms.csv").read_text()
    streamed = b"".join(api_client.get("/api/v1/reforms/?format=csv").streaming_content).decode()

    assert packaged == streamed


def test_package_holds_only_published_statements(package, world):
    path, _, _ = package

    rows = list(csv.DictReader((path / "data" / "statements.csv").open()))

    assert len(rows) == 3
    assert world.draft_statement.title not in {row["title"] for row in rows}


def test_frictionless_catches_a_broken_link_between_tables(package):
    """The foreign keys in the descriptor are real checks, not decoration."""
    path, _, _ = package
    outcomes = path / "data" / "outcomes.csv"
    outcomes.write_text(outcomes.read_text().replace("definition-2017", "no-such-proposal"))

    report = validate(path / "datapackage.json")

    assert not report.valid
    assert "foreign-key" in {error_type for [error_type] in report.flatten(["type"])}


def test_same_data_gives_the_same_bytes(api_client, world):
    first = api_client.get("/api/v1/datapackage.zip")
    second = api_client.get("/api/v1/datapackage.zip")

    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
