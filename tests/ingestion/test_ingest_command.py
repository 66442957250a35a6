import json

import pytest
from django.core.management import CommandError, call_command

from statements.models import Statement
from tests.ingestion.conftest import SEED

pytestmark = pytest.mark.django_db


def run_ingest(capsys, *args):
    try:
        call_command("ingest", *args)
        code = 0
    except CommandError as error:
        code = error.returncode
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_ingest_prints_the_seed_with_the_api_field_names(kp_data, capsys):
    code, [record] = run_ingest(capsys, str(SEED), "--json")

    assert code == 0
    assert record["status"] == "created"
    assert record["title"] == "Conflict diamond certification scheme unable and unwilling to reform"
    assert record["organisation_name"] == "Kimberley Process Civil Society Coalition"
    assert record["published_on"] == "2019-11-22"
    assert record["plenary"] == 2019
    assert {"scope", "permanent-secretariat", "multi-donor-fund"} <= set(record["reform_areas"])
    assert record["people"] == ["Shamiso Mtisi"]
    assert record["language"] == "en"
    assert record["stances"]["scope"] == "negative"


def test_ingesting_again_reports_unchanged(kp_data, capsys):
    run_ingest(capsys, str(SEED), "--json")

    code, [record] = run_ingest(capsys, str(SEED), "--json")

    assert code == 0
    assert record["status"] == "unchanged"
    assert Statement.objects.filter(title__startswith="Conflict diamond certification").count() == 1


def test_a_failed_document_is_reported_and_the_exit_status_says_so(kp_data, capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    code, records = run_ingest(capsys, str(SEED), str(empty), str(tmp_path / "missing.pdf"), "--json")

    assert code == 1
    assert [r["status"] for r in records] == ["created", "failed", "failed"]
    assert "empty" in records[1]["error"].lower()
    assert "No such file" in records[2]["error"]


def test_organisation_option_names_the_issuer(kp_data, capsys):
    code, [record] = run_ingest(capsys, str(SEED), "--json", "--organisation", "IPIS")

    assert code == 0
    assert record["organisation_name"] == "IPIS"


def test_an_unknown_organisation_is_a_clear_error(kp_data):
    with pytest.raises(CommandError, match='No organisation named "Nobody"'):
        call_command("ingest", str(SEED), "--organisation", "Nobody")
