"""Fixtures for the partner API tests: clients for each kind of caller, and a small KP world."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.roles import EDITORS, VIEWERS
from plenaries.models import PlenaryKind
from reforms.models import Decision, Stance
from statements.models import ReviewStatus
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


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "api_fuzz: schemathesis property-based run against /api/schema/ (select with -m api_fuzz)"
    )


@pytest.fixture
def api_client():
    """An anonymous API client."""
    return APIClient()


def _client_for(user) -> APIClient:
    token, _ = Token.objects.get_or_create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    api.user = user
    return api


@pytest.fixture
def partner_client(db):
    """A partner organisation: an API token, no staff rights."""
    return _client_for(User.objects.create_user("partner", "partner@example.org", "x"))


@pytest.fixture
def viewer_client(db):
    user = User.objects.create_user("viewer", "viewer@example.org", "x", is_staff=True)
    user.groups.add(Group.objects.get(name=VIEWERS))
    return _client_for(user)


@pytest.fixture
def editor_client(db):
    user = User.objects.create_user("editor", "editor@example.org", "x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return _client_for(user)


@dataclass
class World:
    plenaries: dict
    scope: object
    secretariat: object
    cycle: object
    canada: object
    russia: object
    wdc: object
    csc: object
    definition: object
    definition_2019: object
    secretariat_proposal: object
    outcomes: list
    positions: list
    statements: list
    draft_statement: object


@pytest.fixture
def world(db, commit) -> World:
    """Meetings 2017–2024 (2020 not held, a 2022 intersessional), two areas, three proposals
    (one line of two texts), outcomes, conflicting claims and statements (one unpublished)."""
    built = _build_world()
    commit()  # the data version moves, so responses carry Last-Modified
    return built


def _build_world() -> World:
    canada = ParticipantFactory(slug="canada", name="Canada", iso_code="CA")
    russia = ParticipantFactory(slug="russian-federation", name="Russian Federation", iso_code="RU")
    eu = ParticipantFactory(slug="european-union", name="European Union", kind="regional_organisation", iso_code="EU")
    CountryFactory(name="Belgium", iso_code="BE", represented_by=eu)
    CountryFactory(name="France", iso_code="FR", represented_by=eu)
    StatusEventFactory(participant=russia, kind="other", year=2022, description="Agenda item blocked")
    plenaries = {
        year: PlenaryFactory(year=year, city=f"City {year}", chair=canada, held=year != 2020)
        for year in range(2017, 2025)
    }
    plenaries["2022i"] = PlenaryFactory(year=2022, kind=PlenaryKind.INTERSESSIONAL, city="Kasane", chair=canada)
    scope = ReformAreaFactory(slug="scope", name="Scope", position=1)
    secretariat = ReformAreaFactory(slug="secretariat", name="Permanent secretariat", position=2)
    cycle = ReviewCycleFactory()
    wdc = OrganisationFactory(slug="world-diamond-council", name="World Diamond Council", kind="industry")
    csc = OrganisationFactory(slug="kp-civil-society-coalition", name="KP Civil Society Coalition")

    definition = ProposalFactory(
        slug="definition-2017", title="Broaden the definition", area=scope, first_tabled=plenaries[2017], sponsor=canada
    )
    definition.originators.add(wdc, csc)
    definition_2019 = ProposalFactory(
        slug="definition-2019",
        title="Broaden the definition (again)",
        area=scope,
        cycle=cycle,
        first_tabled=plenaries[2019],
        continues=definition,
    )
    secretariat_proposal = ProposalFactory(
        slug="permanent-secretariat", title="A permanent secretariat", area=secretariat, first_tabled=plenaries[2018]
    )
    outcomes = [
        OutcomeFactory(proposal=definition, plenary=plenaries[2018], decision=Decision.DEFERRED),
        OutcomeFactory(proposal=definition_2019, plenary=plenaries[2019], decision=Decision.NO_CONSENSUS),
        OutcomeFactory(proposal=secretariat_proposal, plenary=plenaries[2019], decision=Decision.ADOPTED),
    ]
    positions = [
        PositionFactory(
            proposal=definition_2019,
            plenary=plenaries[2019],
            participant=russia,
            stance=Stance.BLOCKED,
            reported_by="An observer",
        ),
        PositionFactory(
            proposal=definition_2019,
            plenary=plenaries[2019],
            participant=russia,
            stance=Stance.SUPPORTED,
            reported_by="Its own statement",
            confidence="high",
        ),
        PositionFactory(
            proposal=definition_2019,
            plenary=plenaries[2019],
            participant=canada,
            stance=Stance.SUPPORTED,
        ),
    ]
    walkout = StatementFactory(
        title="Civil society walks out",
        organisation=csc,
        published_on="2019-11-22",
        plenary=plenaries[2019],
        text="The plenary failed to agree on the definition of conflict diamonds.",
        people=["Shamiso Mtisi"],
    )
    walkout.reform_areas.add(scope)
    fund = StatementFactory(
        title="Industry welcomes the secretariat",
        organisation=wdc,
        published_on="2019-11-23",
        plenary=plenaries[2019],
        text="A permanent secretariat will make the scheme stronger.",
    )
    fund.reform_areas.add(secretariat)
    undated = StatementFactory(
        title="Undated note", organisation=csc, published_on=None, text="Sans date.", language="fr"
    )
    draft = StatementFactory(title="Draft, awaiting review", organisation=csc, review_status=ReviewStatus.PENDING)
    return World(
        plenaries=plenaries,
        scope=scope,
        secretariat=secretariat,
        cycle=cycle,
        canada=canada,
        russia=russia,
        wdc=wdc,
        csc=csc,
        definition=definition,
        definition_2019=definition_2019,
        secretariat_proposal=secretariat_proposal,
        outcomes=outcomes,
        positions=positions,
        statements=[walkout, fund, undated],
        draft_statement=draft,
    )
