"""A statement without a date says so wherever statements are listed."""

import datetime

import pytest

from tests.dashboard.conftest import page
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


def row_of(html: str, title: str) -> str:
    start = html.index(f">{title}</a>")
    return html[start : html.index("</li>", start)]


@pytest.fixture
def statements(db):
    StatementFactory(title="A statement without a date", published_on=None, text="Undated words on diamonds.")
    StatementFactory(title="A dated statement", published_on=datetime.date(2023, 11, 10), text="Dated diamonds.")


@pytest.mark.parametrize("url", ["/en/statements/", "/en/statements/?q=diamonds", "/en/"])
def test_an_undated_statement_is_marked_undated_in_lists_search_and_home(client, statements, url):
    html = page(client, url)

    assert "Undated" in row_of(html, "A statement without a date")
    assert "Undated" not in row_of(html, "A dated statement")
    assert '<time datetime="2023-11-10">' in row_of(html, "A dated statement")


def test_undated_is_translated(client, statements):
    assert "Sans date" in row_of(page(client, "/fr/statements/"), "A statement without a date")
