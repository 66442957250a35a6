"""A small record to follow, built only with the shared factories, and helpers to read the mails."""

import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.test import TestCase

from plenaries.models import PlenaryKind
from reforms.models import Decision, Stance
from reforms.services import outcome_record
from statements.models import AreaMention
from tests.factories import (
    OrganisationFactory,
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    PositionFactory,
    ProposalFactory,
    ReformAreaFactory,
    StatementFactory,
    StatusEventFactory,
)

ADDRESS = "campaigner@example.org"


def build_record(size: int = 1) -> dict:
    """``size`` reform lines in one area, each tabled in 2019 and silent since (so stalled), each with an
    outcome, a position claim and a statement on the area; a participant that chaired and has a status event."""
    chair = ParticipantFactory(slug="chair-state", name="Chair State")
    StatusEventFactory(participant=chair, year=2019)
    meetings = [PlenaryFactory(year=year, chair=chair, host=chair) for year in (2019, 2020, 2021)]
    PlenaryFactory(year=2020, kind=PlenaryKind.INTERSESSIONAL, chair=chair)
    area = ReformAreaFactory(slug="scope")
    organisation = OrganisationFactory(
        name="Civil Society Coalition", slug="coalition", source_url="https://example.org/coalition"
    )
    lines = []
    for i in range(size):
        proposal = ProposalFactory(area=area, first_tabled=meetings[0], sponsor=chair, title=f"Scope reform {i}")
        OutcomeFactory(proposal=proposal, plenary=meetings[0], decision=Decision.DEFERRED)
        PositionFactory(proposal=proposal, plenary=meetings[0], participant=chair, stance=Stance.BLOCKED)
        statement = StatementFactory(organisation=organisation, title=f"Still no definition {i}")
        AreaMention.objects.create(statement=statement, area=area, excerpt="No definition yet.")
        lines.append(proposal)
    return {"chair": chair, "meetings": meetings, "area": area, "lines": lines, "proposal": lines[0]}


@pytest.fixture
def record(db):
    return build_record()


def links_in(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def path_of(url: str) -> str:
    return urlparse(url).path


def follow(client, email: str, kind: str, slug: str, *, language: str = "en"):
    """Subscribe through the page's form and confirm through the mailed link, as a reader does."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/{language}/alerts/subscribe/", {"email": email, "kind": kind, "target": slug})
    assert response.status_code == 200, response.content
    [confirm_url] = [link for link in links_in(mail.outbox[-1]) if "/alerts/confirm/" in link]
    response = client.post(path_of(confirm_url))
    assert response.status_code == 200, response.content
    return confirm_url


def decide(proposal, plenary, decision: str, summary: str):
    """Record what a meeting decided, through the service every writer uses."""
    return outcome_record(
        proposal=proposal,
        plenary=plenary,
        decision=decision,
        summary=summary,
        source_url="https://example.org/communique",
    )
