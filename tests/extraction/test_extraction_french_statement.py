"""A French statement with guillemets, a French dateline and French reform-area keywords."""

from datetime import date

import pytest

NAME = "coalition-statement-fr.txt"


@pytest.fixture
def statement(extract, read_document):
    return extract(read_document(NAME), filename=NAME)


def test_french_statement_is_dated_3_december_2021(statement):
    assert (statement.published_on, statement.date_source) == (date(2021, 12, 3), "first lines of text")


def test_french_statement_is_in_french_with_its_headline_as_title(statement):
    assert statement.language == "fr"
    assert statement.title == "Le Processus de Kimberley manque encore une occasion de se réformer"


def test_french_statement_publisher_is_on_the_line_after_communique_de_presse(statement):
    assert statement.organisation == "Coalition de la société civile du Processus de Kimberley"


def test_french_statement_guillemet_quotes_resolve_mme_kabeya_to_her_full_name(statement):
    assert statement.people == ["Joséphine Kabeya"]
    assert [quote.text for quote in statement.quotes] == [
        "Une fois de plus, les États ont bloqué toute avancée sur la définition des diamants de la guerre",
        "Les communautés minières continuent de payer le prix de cette inaction.",
        "Sans secrétariat permanent, le Processus de Kimberley restera une institution fragile",
    ]


def test_french_statement_areas_and_stances(statement):
    stances = {area.slug: area.stance for area in statement.areas}
    assert stances == {"scope": "negative", "permanent-secretariat": "negative", "peer-review": "positive"}


def test_french_statement_is_about_the_moscow_plenary(statement):
    assert (statement.plenary.year, statement.plenary.city) == (2021, "Moscow")
