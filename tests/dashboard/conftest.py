"""Data for the dashboard tests, built only with the shared factories."""

import pytest

from plenaries.models import PlenaryKind
from reforms.models import Decision, Stance
from statements.models import AreaMention, Quote
from tests.factories import (
    CountryFactory,
    OrganisationFactory,
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    PositionFactory,
    ProposalFactory,
    ReformAreaFactory,
    ReviewCycleFactory,
    StatementFactory,
    StatusEventFactory,
)


def build_world(size: int) -> dict:
    """A small KP: ``size`` reform lines in each of two areas, each line two texts long,
    ``size + 3`` plenaries, an intersessional that decided something, contested position
    claims, and ``size`` published statements. Every page has something to show."""
    chair = ParticipantFactory(slug="chair-state", name="Chair State")
    CountryFactory(represented_by=chair)
    StatusEventFactory(participant=chair)
    meetings = [PlenaryFactory(year=2010 + i, chair=chair, host=chair) for i in range(size + 3)]
    intersessional = PlenaryFactory(year=2011, kind=PlenaryKind.INTERSESSIONAL, chair=chair)
    cycle = ReviewCycleFactory()
    organisation = OrganisationFactory()
    lines = []
    for area_slug in ("scope", "fund"):
        area = ReformAreaFactory(slug=area_slug, keywords="conflict diamonds\ndefinition")
        for i in range(size):
            root = ProposalFactory(area=area, first_tabled=meetings[0], sponsor=chair, cycle=cycle)
            OutcomeFactory(proposal=root, plenary=meetings[0], decision=Decision.DEFERRED)
            head = ProposalFactory(area=area, first_tabled=meetings[1], continues=root, title=f"{area_slug} line {i}")
            OutcomeFactory(proposal=head, plenary=intersessional, decision=Decision.NOTED)
            OutcomeFactory(proposal=head, plenary=meetings[2], decision=Decision.NO_CONSENSUS)
            PositionFactory(proposal=head, plenary=meetings[2], participant=chair, stance=Stance.BLOCKED)
            PositionFactory(
                proposal=head, plenary=meetings[2], participant=chair, stance=Stance.SUPPORTED, reported_by="Press"
            )
            head.save()
            lines.append(head)
    statements = []
    for i in range(size):
        statement = StatementFactory(organisation=organisation, plenary=meetings[1], title=f"Statement {i}")
        AreaMention.objects.create(statement=statement, area=lines[0].area, excerpt="Still no definition.")
        Quote.objects.create(statement=statement, person="A campaigner", text="Enough talk.")
        statements.append(statement)
    return {"meetings": meetings, "lines": lines, "statements": statements, "chair": chair}


def page(client, url) -> str:
    """A public page's HTML, once it answered 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def world(db):
    return build_world(2)
