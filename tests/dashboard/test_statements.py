"""Statement search and pages: only published statements are public, text is escaped."""

import datetime

import pytest

from statements.models import AreaMention, ReviewStatus
from statements.search import highlight
from tests.factories import OrganisationFactory, PlenaryFactory, ReformAreaFactory, StatementFactory


@pytest.fixture
def statements(db):
    witness = OrganisationFactory(slug="global-witness", name="Global Witness")
    coalition = OrganisationFactory(slug="csc", name="Civil Society Coalition")
    scope = ReformAreaFactory(slug="scope", keywords="conflict diamonds\ndefinition")
    definition = StatementFactory(
        organisation=witness,
        title="The definition must change",
        text="Violence by security forces continues.\n\nThe definition of conflict diamonds must change.",
        published_on=datetime.date(2023, 11, 10),
    )
    AreaMention.objects.create(statement=definition, area=scope, excerpt="The definition is too narrow.")
    StatementFactory(
        organisation=coalition,
        title="Secretariat welcome",
        text="We welcome the permanent secretariat.",
        published_on=datetime.date(2019, 11, 15),
    )
    hidden = StatementFactory(title="Draft not yet reviewed", text="Violence.", review_status=ReviewStatus.PENDING)
    StatementFactory(title="Walkout in New Delhi", text="We walked out.", plenary=PlenaryFactory(year=2019))
    return {"definition": definition, "hidden": hidden}


def test_search_finds_statements_by_a_word_of_their_text(client, statements):
    page = client.get("/en/statements/?q=violence").content.decode()
    assert "The definition must change" in page
    assert "Secretariat welcome" not in page


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ('"conflict diamonds"', ["The definition must change"]),
        ("“security forces”", ["The definition must change"]),
        ("welcome -definition", ["Secretariat welcome"]),
        ("(secretariat)", ["Secretariat welcome"]),
    ],
)
def test_search_reads_quoted_phrases_and_left_out_words(client, statements, query, found):
    page = client.get("/en/statements/", {"q": query}).content.decode()
    titles = ["The definition must change", "Secretariat welcome", "Walkout in New Delhi"]

    assert [title for title in titles if title in page] == found


def test_unpublished_statements_are_never_public(client, statements):
    assert "Draft not yet reviewed" not in client.get("/en/statements/?q=violence").content.decode()
    assert client.get(statements["hidden"].get_absolute_url()).status_code == 404
    assert "Draft not yet reviewed" not in client.get("/en/feeds/statements/").content.decode()


def test_statements_filter_by_organisation_area_and_dates(client, statements):
    assert "Secretariat welcome" not in client.get("/en/statements/?organisation=global-witness").content.decode()
    assert "Secretariat welcome" not in client.get("/en/statements/?area=scope").content.decode()
    page = client.get("/en/statements/?published_after=2019-01-01&published_before=2019-12-31").content.decode()
    assert "Secretariat welcome" in page
    assert "The definition must change" not in page


def test_statements_filter_by_meeting(client, statements):
    page = client.get("/en/statements/?meeting=2019-plenary").content.decode()

    assert "Walkout in New Delhi" in page
    assert "Secretariat welcome" not in page


def test_a_bad_filter_value_is_ignored_with_a_notice(client, statements):
    response = client.get("/en/statements/?organisation=nobody&published_after=yesterday&q=violence")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Filters with an invalid value were ignored" in page
    assert "Select a valid choice" in page  # beside the organisation field
    assert "Enter a valid date" in page
    assert "The definition must change" in page  # the valid search still applies
    assert "Secretariat welcome" not in page


def test_an_unknown_organisation_is_a_404_naming_the_parameter_in_the_api(client, statements):
    response = client.get("/api/v1/statements/?organisation=nobody")

    assert response.status_code == 404
    assert list(response.json()) == ["organisation"]


def test_dashboard_and_api_find_the_same_statements(client, statements):
    query = "organisation=global-witness&area=scope&published_after=2020-01-01&q=definition"

    page = client.get(f"/en/statements/?{query}").content.decode()
    api = client.get(f"/api/v1/statements/?{query}").json()

    assert [s["title"] for s in api["results"]] == ["The definition must change"]
    assert "The definition must change" in page
    assert "Secretariat welcome" not in page and "Walkout in New Delhi" not in page


def test_old_search_links_redirect_to_the_new_parameter_names(client, statements):
    response = client.get("/en/statements/?date_from=2019-01-01&plenary=2019-plenary&q=walk")

    assert response.status_code == 301
    assert response["Location"] == "/en/statements/?published_after=2019-01-01&meeting=2019-plenary&q=walk"
    assert client.get("/en/statements/?plenary=2019").status_code == 200  # the year filter stays


def test_statement_page_highlights_reform_keywords(client, statements):
    page = client.get(statements["definition"].get_absolute_url()).content.decode()
    assert '<mark title="Scope">definition</mark>' in page
    assert '<mark title="Scope">conflict diamonds</mark>' in page
    assert "The definition is too narrow." in page


def test_highlighting_escapes_the_text_and_keeps_paragraphs():
    html = highlight('<script>alert("x")</script> Conflict diamonds\n\nsecond & last', {"Scope": ["conflict diamonds"]})
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<mark title="Scope">Conflict diamonds</mark>' in html
    assert html.count("<p>") == 2
    assert "second &amp; last" in html


def test_highlighting_ignores_keywords_inside_other_words():
    assert "<mark" not in highlight("predefinitions", {"Scope": ["definition"]})


def test_an_api_only_parameter_gone_wrong_is_not_announced_as_an_ignored_filter(client, statements):
    page = client.get("/en/statements/?ordering=bogus&language=x!").content.decode()

    assert "Filters with an invalid value were ignored" not in page
    assert "The definition must change" in page
