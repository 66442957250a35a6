"""An organisation ingestion proposes stays out of public view until an editor accepts or merges it."""

import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from plenaries.models import Organisation
from plenaries.services import organisation_merge, organisation_propose, organisations_accept
from statements.models import ReviewStatus, Source, Statement
from statements.search import statement_matches
from statements.services import extraction_context
from tests.factories import OrganisationFactory, PlenaryFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed(db):
    organisation = organisation_propose(
        name="Marange Residents Trust", source_url="https://marangetrust.example.org/statement-2023"
    )
    statement = StatementFactory(
        organisation=organisation,
        title="Marange residents speak",
        text="We call on the KP to act.",
        review_status=ReviewStatus.PUBLISHED,
        plenary=PlenaryFactory(year=2023),
    )
    return organisation, statement


def test_a_proposed_organisation_is_not_named_on_the_statements_pages_or_feed(client, proposed):
    _organisation, statement = proposed

    pages = [
        client.get(statement.get_absolute_url()),
        client.get("/en/statements/"),
        client.get("/en/feeds/statements/"),
        client.get("/en/plenaries/2023/"),
        client.get("/en/"),
    ]

    for page in pages:
        assert page.status_code == 200
        assert "Marange Residents Trust" not in page.content.decode()
    assert "Marange residents speak" in pages[0].content.decode()  # the statement itself is public


def test_a_proposed_organisation_is_not_in_the_api(client, proposed):
    organisation, statement = proposed

    listed = client.get("/api/v1/organisations/").json()["results"]
    one = client.get(f"/api/v1/statements/{statement.pk}/").json()

    assert organisation.slug not in {row["slug"] for row in listed}
    assert client.get(f"/api/v1/organisations/{organisation.slug}/").status_code == 404
    assert (one["organisation"], one["organisation_name"]) == (None, None)
    assert client.get(f"/api/v1/statements/?organisation={organisation.slug}").status_code == 404


def test_a_proposed_organisation_is_not_in_the_data_package(client, proposed):
    response = client.get("/api/v1/datapackage.zip")

    with zipfile.ZipFile(io.BytesIO(response.content)) as package:
        names = package.namelist()
        everything = "".join(package.read(name).decode() for name in names)
    assert "Marange Residents Trust" not in everything
    assert "marange-residents-trust" not in everything
    assert json.loads(package_descriptor(response.content))["resources"]


def package_descriptor(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        return package.read("datapackage.json").decode()


def test_accepting_makes_it_public_with_its_statements(client, proposed):
    organisation, statement = proposed

    assert organisations_accept(organisations=Organisation.objects.filter(pk=organisation.pk)) == 1

    assert "Marange Residents Trust" in client.get(statement.get_absolute_url()).content.decode()
    assert client.get(f"/api/v1/organisations/{organisation.slug}/").status_code == 200


def test_the_document_naming_it_is_its_source_when_a_fact_may_cite_it(db):
    cited = organisation_propose(name="Zimbabwe Diamond Watch", source_url="https://zdw.example.org/press/1")
    mirrored = organisation_propose(name="Chiadzwa Voices", source_url="http://chiadzwa.example.org/release")

    assert cited.source_url == "https://zdw.example.org/press/1"
    assert mirrored.source_url == ""  # not https: no fact may cite it


def test_one_without_a_source_stays_awaiting_review_with_a_message(admin_client):
    sourceless = organisation_propose(name="Unsourced Diamond Forum")

    response = admin_client.post(
        reverse("admin:plenaries_organisation_changelist"),
        {"action": "accept", "_selected_action": [sourceless.pk]},
        follow=True,
    )

    sourceless.refresh_from_db()
    assert sourceless.proposed
    messages = [str(message) for message in response.context["messages"]]
    assert "0 organisations accepted." in messages
    assert any("add a source URL to Unsourced Diamond Forum" in message for message in messages)


def test_merging_moves_its_records_and_keeps_its_name_as_another_name(proposed):
    organisation, statement = proposed
    into = OrganisationFactory(name="Centre for Natural Resource Governance", slug="cnrg")
    source = Source.objects.create(name="Trust uploads", kind="upload", organisation=organisation)

    moved = organisation_merge(organisation=organisation, into=into)

    statement.refresh_from_db()
    source.refresh_from_db()
    into.refresh_from_db()
    assert moved == 2
    assert statement.organisation == into and source.organisation == into
    assert "Marange Residents Trust" in into.alias_list
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    # The next document signed that way goes to `into`.
    assert organisation_propose(name="Marange Residents Trust") == into
    assert extraction_context().organisation_named("Marange Residents Trust") == into


def test_only_a_proposed_organisation_can_be_merged():
    accepted, other = OrganisationFactory(), OrganisationFactory()

    with pytest.raises(Exception, match="awaiting review"):
        organisation_merge(organisation=accepted, into=other)


def test_an_editor_accepts_and_merges_in_the_admin(client, proposed):
    organisation, statement = proposed
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    into = OrganisationFactory(name="Centre for Natural Resource Governance", slug="cnrg")

    listing = client.get(reverse("admin:plenaries_organisation_changelist") + "?proposed__exact=1")
    assert "Marange Residents Trust" in listing.content.decode()
    change = client.get(reverse("admin:plenaries_organisation_change", args=[organisation.pk]))
    assert "Merge into another organisation" in change.content.decode()

    response = client.post(reverse("admin:plenaries_organisation_merge", args=[organisation.pk]), {"into": into.pk})

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.organisation == into


def test_a_proposed_organisations_name_does_not_find_its_statements(client, proposed):
    organisation, _statement = proposed

    assert "Marange residents speak" not in client.get("/en/statements/?q=Trust").content.decode()
    assert client.get("/api/v1/statements/?q=Trust").json()["count"] == 0

    organisations_accept(organisations=Organisation.objects.filter(pk=organisation.pk))
    assert statement_matches(Statement.objects.all(), "Trust").count() == 1  # accepted: its name finds them
