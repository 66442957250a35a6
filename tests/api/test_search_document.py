"""On PostgreSQL the search reads a stored, indexed document, which the database keeps current on
every write: a statement saved or bulk-written, an organisation renamed, accepted or merged."""

import pytest
from django.db import connection

from plenaries.services import organisation_merge, organisations_accept
from statements.models import Statement
from statements.search import statement_matches
from tests.conftest import require_service
from tests.factories import OrganisationFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgresql():
    require_service("PostgreSQL", connection.vendor == "postgresql", "the stored search document is PostgreSQL's")


def found(query: str) -> list[str]:
    return sorted(statement_matches(Statement.objects.published(), query).values_list("title", flat=True))


def test_a_statement_is_found_by_its_words_once_saved_and_again_once_edited():
    statement = StatementFactory(title="Walkout", text="The plenary failed on the definition.")

    assert found("definition") == ["Walkout"]

    statement.text = "The secretariat opened in Gaborone."
    statement.save()

    assert found("definition") == []
    assert found("Gaborone") == ["Walkout"]


def test_statements_written_in_bulk_are_found_too():
    organisation = OrganisationFactory(name="Diamond Watchers")
    Statement.objects.bulk_create(
        [Statement(title=f"Note {n}", text="Peer review visits.", organisation=organisation) for n in range(3)]
    )
    Statement.objects.update(review_status="published")

    assert found("peer review") == ["Note 0", "Note 1", "Note 2"]
    assert found("watchers") == ["Note 0", "Note 1", "Note 2"]


def test_an_organisation_renamed_is_found_by_its_new_name_only():
    organisation = OrganisationFactory(name="Old Name Network")
    StatementFactory(title="Release", organisation=organisation)

    organisation.name = "Fresh Voices Alliance"
    organisation.save()

    assert found("fresh voices") == ["Release"]
    assert found("old name") == []


def test_an_organisation_awaiting_review_is_found_by_name_once_accepted():
    proposed = OrganisationFactory(name="Unreviewed Forum", proposed=True, source_url="https://example.org/forum")
    StatementFactory(title="Their release", organisation=proposed)

    assert found("unreviewed forum") == []

    organisations_accept(organisations=type(proposed).objects.filter(pk=proposed.pk))

    assert found("unreviewed forum") == ["Their release"]


def test_a_statement_moved_by_a_merge_is_found_by_the_organisation_it_now_names():
    proposed = OrganisationFactory(name="Kimberley Watch Duplicate", proposed=True)
    into = OrganisationFactory(name="Rough Trade Monitor")
    StatementFactory(title="Merged release", organisation=proposed)

    organisation_merge(organisation=proposed, into=into)

    assert found("rough trade monitor") == ["Merged release"]


def test_a_statement_saved_from_a_copy_older_than_a_rename_is_found_by_the_new_name():
    organisation = OrganisationFactory(name="Old Name Network")
    loaded_before = StatementFactory(title="Release", organisation=organisation)
    loaded_before.refresh_from_db()
    organisation.name = "Fresh Voices Alliance"
    organisation.save()

    loaded_before.note = "Checked by an editor."
    loaded_before.save()  # writes back the document it loaded, from before the rename

    assert found("fresh voices") == ["Release"]


def test_the_columns_the_search_reads_can_still_be_altered_by_a_later_migration():
    # PostgreSQL refuses to alter a column a trigger's definition names; these triggers name none.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE statements_statement ALTER COLUMN title TYPE varchar(500)")
        cursor.execute("ALTER TABLE plenaries_organisation ALTER COLUMN name TYPE varchar(500)")
