"""A publisher the tracker has not met is created once, for a reviewer to complete."""

import pytest

from plenaries.models import Organisation, OrganisationKind
from plenaries.services import organisation_propose
from statements import services
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

SIGNED = (
    b"Press Release\nMarange Residents Trust\n\n22 November 2019\n\n"
    b"The KP must change its definition of conflict diamonds."
)


def test_a_new_publisher_is_proposed_for_review():
    organisation = organisation_propose(name="  Marange Residents Trust ")

    assert (organisation.name, organisation.slug, organisation.kind, organisation.proposed) == (
        "Marange Residents Trust",
        "marange-residents-trust",
        OrganisationKind.OTHER,
        True,
    )
    assert organisation.history.count() == 1


def test_a_known_name_in_other_capitals_or_the_same_slug_is_the_same_organisation():
    known = OrganisationFactory(name="Global Witness", slug="global-witness")

    assert organisation_propose(name="GLOBAL WITNESS") == known
    assert organisation_propose(name="Global-Witness") == known
    assert Organisation.objects.count() == 1


def test_two_documents_from_the_same_new_publisher_share_it(kp_data):
    publishers = []
    for content in (SIGNED, SIGNED.replace(b"definition", b"scope")):
        document, _ = services.document_store(content=content, filename="statement.txt")
        services.document_claim(document.pk)
        statement, status = services.document_process(document)
        assert status == "created"
        publishers.append(statement.organisation)

    assert publishers[0].name == "Marange Residents Trust"
    assert publishers[0] == publishers[1]
    assert statement.organisation_source == "heading “Press Release”"
    assert Organisation.objects.filter(name="Marange Residents Trust").count() == 1
