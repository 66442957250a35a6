"""A search for one very long word wraps on the page instead of widening it."""

import re

import pytest
from django.conf import settings

from tests.dashboard.conftest import page

pytestmark = pytest.mark.django_db


def rule_for(selector: str) -> str:
    css = re.sub(r"/\*.*?\*/", "", (settings.BASE_DIR / "static" / "css" / "site.css").read_text(), flags=re.S)
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        if selector in [s.strip() for s in selectors.split(",")] and "overflow-wrap" in body:
            return body
    return ""


def test_the_echoed_query_sits_in_an_element_that_wraps_anywhere(client):
    query = "x" * 5000

    html = page(client, f"/en/statements/?q={query}")

    count = html[html.index('class="result-count"') :]
    assert query in count[: count.index("</p>")]
    assert "overflow-wrap: anywhere" in rule_for(".result-count")
    assert "overflow-wrap: anywhere" in rule_for(".empty-state")  # "no statement matches" and its suggestion


def test_long_unbroken_text_in_statement_rows_and_titles_wraps():
    assert "overflow-wrap: anywhere" in rule_for(".statement-row")
    assert "overflow-wrap: anywhere" in rule_for(".page-head")
    assert "overflow-wrap" in rule_for("main")
