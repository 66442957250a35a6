"""`manage.py ingest --json` speaks the API's language: every field of a statement in the API,
with the same name and the same value, plus what a reviewer needs (status, stances, quotes)."""

import contextlib
import json

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from statements.models import ReviewStatus, Statement
from statements.serializers import StatementSerializer
from tests.ingestion.conftest import SEED

pytestmark = pytest.mark.django_db


def ingest_json(capsys, *args) -> list[dict]:
    with contextlib.suppress(CommandError):  # a failed document: the exit status, tested elsewhere
        call_command("ingest", *args, "--json")
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_every_api_field_is_in_the_record_with_the_same_value(kp_data, capsys):
    [record] = ingest_json(capsys, str(SEED))
    # The API shows published statements only; update() publishes without touching updated_at.
    Statement.objects.filter(pk=record["id"]).update(review_status=ReviewStatus.PUBLISHED)

    response = APIClient().get(f"/api/v1/statements/{record['id']}/")

    assert response.status_code == 200
    api = response.json()
    assert list(api) == list(StatementSerializer().fields)
    assert {name: record.get(name, "(missing)") for name in api} == api


def test_the_record_adds_the_status_the_input_and_what_a_reviewer_checks(kp_data, capsys):
    [record] = ingest_json(capsys, str(SEED))

    extra = set(record) - set(StatementSerializer().fields)

    assert extra == {"input", "status", "review_status", "stances", "quotes"}
    assert (record["input"], record["status"], record["review_status"]) == (str(SEED), "created", "pending")
    assert set(record["stances"]) == set(record["reform_areas"])
    assert record["quotes"] and set(record["quotes"][0]) == {"person", "text"}


def test_a_failed_document_has_the_input_the_status_and_the_error(kp_data, capsys, tmp_path):
    [record] = ingest_json(capsys, str(tmp_path / "missing.pdf"))

    assert record == {"input": str(tmp_path / "missing.pdf"), "status": "failed", "error": record["error"]}
    assert "No such file" in record["error"]
