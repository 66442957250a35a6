"""manage.py extraction_report keeps the holdout honest: its misses are listed only when asked for."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from statements import corpus

pytestmark = pytest.mark.django_db

TEXT = "Press release\n\nThe coalition regrets that the plenary failed to agree.\n"
LABELS = {"expected": {"published_on": "2019-11-22", "organisation": None, "meeting": None, "areas": [], "people": []}}


@pytest.fixture
def small_corpus(tmp_path, monkeypatch):
    for part, name in (("tune", "tuned-document"), ("holdout", "unseen-document")):
        (tmp_path / part).mkdir()
        (tmp_path / part / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / part / f"{name}.json").write_text(json.dumps(LABELS), encoding="utf-8")
    monkeypatch.setattr(corpus, "CORPUS", tmp_path)


def report(*args) -> str:
    out = StringIO()
    call_command("extraction_report", *args, stdout=out)
    return out.getvalue()


def test_the_report_lists_tune_misses_but_not_holdout_misses(small_corpus):
    printed = report()

    assert "tune/tuned-document  date: expected '2019-11-22', got None" in printed
    assert "unseen-document" not in printed
    assert "--holdout-misses shows them" in printed


def test_holdout_misses_are_listed_only_on_request(small_corpus):
    assert "holdout/unseen-document  date: expected '2019-11-22'" in report("--holdout-misses")


def test_figures_only(small_corpus):
    printed = report("--no-misses")

    assert "tune" in printed and "holdout" in printed
    assert "expected" not in printed
