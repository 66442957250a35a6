"""Search folds case, accents and apostrophe styles, as a reader types them (on either database)."""

import pytest

from statements.models import Statement
from statements.search import statement_matches
from tests.factories import OrganisationFactory, StatementFactory

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return sorted(statement_matches(Statement.objects.published(), query).values_list("title", flat=True))


@pytest.fixture
def statements():
    StatementFactory(title="Ivorian exports", text="Côte d’Ivoire may export rough diamonds again.", organisation=None)
    StatementFactory(title="Plain spelling", text="Cote d'Ivoire was embargoed until 2014.", organisation=None)
    StatementFactory(
        title="Communiqué",
        text="La coalition demande un secrétariat permanent.",
        organisation=OrganisationFactory(name="Réseau Éclairé"),
    )


@pytest.mark.parametrize("query", ["Cote d'Ivoire", "côte d’ivoire", "COTE D’IVOIRE"])
def test_a_country_is_found_however_its_accents_and_apostrophe_are_typed(statements, query):
    assert found(query) == ["Ivorian exports", "Plain spelling"]


def test_french_words_and_names_are_found_without_their_accents(statements):
    assert found("secretariat") == ["Communiqué"]
    assert found("reseau eclaire") == ["Communiqué"]
    assert found("communique") == ["Communiqué"]


def test_a_word_left_out_is_left_out_with_its_accents_folded(statements):
    """Statements with no organisation are kept when the word left out is not theirs."""
    assert found("diamonds -côte") == []
    assert found("-secretariat") == ["Ivorian exports", "Plain spelling"]


def test_the_statements_page_finds_a_country_typed_without_accents(client, statements):
    page = client.get("/en/statements/", {"q": "Cote d'Ivoire"}).content.decode()
    assert "Ivorian exports" in page and "Plain spelling" in page
    assert "Communiqué" not in page
