"""The statements search shows its facets: counts beside each filter's choices, and a way out of no results."""

import datetime
import re

import pytest

from statements.filters import StatementFilter
from statements.models import AreaMention, ReviewStatus
from tests.factories import OrganisationFactory, PlenaryFactory, ReformAreaFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(db):
    witness = OrganisationFactory(slug="global-witness", name="Global Witness")
    coalition = OrganisationFactory(slug="csc", name="Civil Society Coalition")
    scope = ReformAreaFactory(slug="scope", name="Scope")
    fund = ReformAreaFactory(slug="fund", name="Fund")
    delhi = PlenaryFactory(year=2019, city="New Delhi")
    for n, (organisation, day, areas) in enumerate(
        [
            (witness, datetime.date(2019, 11, 20), [scope]),
            (witness, datetime.date(2019, 11, 21), [scope, fund]),
            (witness, datetime.date(2023, 11, 10), [scope]),
            (coalition, datetime.date(2019, 11, 22), [fund]),
        ]
    ):
        statement = StatementFactory(
            organisation=organisation,
            title=f"Statement {n}",
            published_on=day,
            plenary=delhi if day.year == 2019 else None,
        )
        for area in areas:
            AreaMention.objects.create(statement=statement, area=area, excerpt="…")
    StatementFactory(organisation=coalition, title="Unreviewed", review_status=ReviewStatus.PENDING)
    return {"delhi": delhi}


def options(html: str, select: str) -> list[str]:
    block = re.search(rf'<select name="{select}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [label.strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", block)]


def test_each_choice_shows_how_many_statements_it_gives(client, record):
    html = client.get("/en/statements/").content.decode()

    assert "Global Witness (3)" in options(html, "organisation")
    assert "Civil Society Coalition (1)" in options(html, "organisation")  # the unreviewed one is not counted
    assert "Scope (3)" in options(html, "area") and "Fund (2)" in options(html, "area")
    assert any(label.endswith("(3)") and "2019" in label for label in options(html, "meeting"))
    assert re.search(r"2019 <span class=\"facet-count\">\(3\)</span>", html)
    assert re.search(r"2023 <span class=\"facet-count\">\(1\)</span>", html)


def test_a_facet_counts_what_the_other_filters_select(client, record):
    html = client.get("/en/statements/?organisation=global-witness").content.decode()

    # The organisation facet ignores its own filter; the others count Global Witness's statements only.
    assert "Civil Society Coalition (1)" in options(html, "organisation")
    assert "Fund (1)" in options(html, "area") and "Scope (3)" in options(html, "area")
    assert re.search(r"2019 <span class=\"facet-count\">\(2\)</span>", html)


def test_a_year_link_keeps_the_other_filters_and_marks_the_chosen_year(client, record):
    html = client.get(
        "/en/statements/?area=fund&published_after=2019-01-01&published_before=2019-12-31"
    ).content.decode()

    assert (
        'href="?area=fund&amp;published_after=2019-01-01&amp;published_before=2019-12-31" aria-current="true"' in html
    )
    assert "2 statements" in html


def test_no_results_suggests_the_filter_whose_removal_finds_the_most(client, record):
    html = client.get("/en/statements/?organisation=csc&area=scope").content.decode()

    assert "No statement matches." in html
    # Without the area, the coalition has 1; without the organisation, scope has 3: the larger way out.
    assert "With any organisation, 3 statements match:" in html
    assert '<a href="?area=scope">show them</a>' in html


def test_no_suggestion_when_one_filter_less_still_finds_nothing(client, record):
    html = client.get("/en/statements/?q=nowhere&organisation=csc&area=scope").content.decode()

    assert "No statement matches." in html
    assert "show them" not in html


def test_the_facets_speak_french(client, record):
    html = client.get("/fr/statements/?organisation=csc&area=scope").content.decode()

    assert "Quelle que soit l’organisation, 3 déclarations correspondent" in html


def test_counts_show_after_the_schema_generator_has_built_the_class_filters_fields(client, record):
    for name in ("organisation", "meeting", "area"):
        StatementFilter.base_filters[name].field  # noqa: B018 - what drf-spectacular does for the API schema

    html = client.get("/en/statements/").content.decode()

    assert "Global Witness (3)" in options(html, "organisation")
    assert "Scope (3)" in options(html, "area")
