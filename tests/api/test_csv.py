"""?format=csv: every matching record (not one page), streamed, flattened like the data package."""

import csv
import io
import json

import pytest

from common.api.renderers import flatten_value
from tests.api.helpers import streamed_csv
from tests.factories import PlenaryFactory

pytestmark = pytest.mark.django_db


def test_csv_holds_every_page_not_just_the_first(api_client, world):
    for year in range(2025, 2025 + 60):
        PlenaryFactory(year=year)

    rows = streamed_csv(api_client.get("/api/v1/plenaries/", {"format": "csv", "page_size": 5, "page": 2}))

    assert len(rows) == api_client.get("/api/v1/plenaries/").json()["count"] == 69
    assert [int(row["year"]) for row in rows[:3]] == [2017, 2018, 2019]


def test_csv_is_streamed_as_a_download(api_client, world):
    response = api_client.get("/api/v1/reforms/?format=csv")

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reforms.csv"'


def test_csv_applies_the_filters(api_client, world):
    rows = streamed_csv(api_client.get("/api/v1/reforms/", {"format": "csv", "status": "stalled"}))

    assert [row["slug"] for row in rows] == ["definition-2017", "definition-2019"]


def test_csv_has_the_json_fields_as_columns_and_flattens_nested_ones(api_client, world):
    rows = streamed_csv(api_client.get("/api/v1/reforms/", {"format": "csv", "area": "scope"}))
    first = rows[0]

    json_fields = list(api_client.get("/api/v1/reforms/definition-2017/").json())
    assert list(first) == json_fields
    assert first["originators"] in {
        "kp-civil-society-coalition; world-diamond-council",
        "world-diamond-council; kp-civil-society-coalition",
    }
    assert first["is_line_head"] == "false"
    assert first["stalled_since"] == "2017"
    assert first["cycle"] == ""
    assert json.loads(first["outcomes"]) == [
        {"id": world.outcomes[0].pk, "plenary_year": 2018, "plenary_kind": "plenary", "decision": "deferred"}
    ]


def test_csv_of_one_record(api_client, world):
    response = api_client.get("/api/v1/participants/european-union/?format=csv")

    assert response.status_code == 200
    [row] = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["slug"] == "european-union"
    assert json.loads(row["countries"]) == [{"name": "Belgium", "iso_code": "BE"}, {"name": "France", "iso_code": "FR"}]


def test_csv_keeps_newlines_and_commas_inside_cells(api_client, world):
    statement = world.statements[0]
    statement.text = 'Line one, with a comma.\nLine two "quoted".'
    statement.save()

    rows = streamed_csv(api_client.get("/api/v1/statements/", {"format": "csv", "area": "scope"}))

    assert rows[0]["text"] == 'Line one, with a comma.\nLine two "quoted".'


def test_accept_header_also_selects_csv(api_client, world):
    response = api_client.get("/api/v1/organisations/", HTTP_ACCEPT="text/csv")

    assert [row["slug"] for row in streamed_csv(response)] == ["kp-civil-society-coalition", "world-diamond-council"]


def test_bad_filter_in_csv_is_a_json_400(api_client, world):
    response = api_client.get("/api/v1/statements/", {"format": "csv", "published_after": "notadate"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "published_after" in response.json()


@pytest.mark.parametrize(
    ("value", "cell"),
    [(None, ""), (True, "true"), (False, "false"), (["a", "b"], "a; b"), ([], ""), (3, "3"), ([{"a": 1}], '[{"a":1}]')],
)
def test_values_flatten_to_one_cell(value, cell):
    assert flatten_value(value) == cell
