"""The position claims tables name every cell, so that on a phone they stack as cards (site.css)."""

from pathlib import Path

from django.conf import settings

from reforms.models import Stance
from tests.dashboard.conftest import page
from tests.factories import PlenaryFactory, PositionFactory, ProposalFactory


def test_every_cell_of_a_claim_names_its_column_on_the_reform_and_participant_pages(client, db):
    plenary = PlenaryFactory(year=2019)
    claim = PositionFactory(proposal=ProposalFactory(first_tabled=plenary), plenary=plenary, stance=Stance.BLOCKED)
    reform = page(client, claim.proposal.get_absolute_url()).split('<table class="data positions">')[1]
    row = reform.split("<tbody>")[1].split("</tr>")[0]
    for label in ("Meeting", "Participant", "Position", "Claimed by"):
        assert f'data-label="{label}"' in row
    participant = page(client, claim.participant.get_absolute_url()).split('<table class="data positions">')[1]
    row = participant.split("<tbody>")[1].split("</tr>")[0]
    for label in ("Meeting", "Reform", "Position", "Claimed by"):
        assert f'data-label="{label}"' in row


def test_the_stylesheet_stacks_the_positions_tables_on_phones():
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    phones = css.split("/* Position claims on a phone")[1]
    assert "@media (max-width: 40rem)" in phones
    assert "table.positions td { display: block; }" in phones
    assert "content: attr(data-label)" in phones
