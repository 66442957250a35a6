"""Sources name their publisher and, visibly, which of its pages: two links of one publisher differ."""

from tests.dashboard.conftest import page
from tests.factories import PlenaryFactory, ProposalFactory


def test_two_sources_of_one_publisher_can_be_told_apart(client, db):
    proposal = ProposalFactory(
        first_tabled=PlenaryFactory(year=2023),
        source_url="https://www.worlddiamondcouncil.org/digging-down-into-the-kimberley-process-review/",
        more_sources="https://www.worlddiamondcouncil.org/wdc-president-praises-determination/\n"
        "https://www.gov.uk/government/news/russia-blocks-discussions-at-kimberley-process-plenary\n"
        "https://minestomarket.news/?p=12892",
    )
    html = page(client, proposal.get_absolute_url())
    assert (
        'World Diamond Council <span class="source-address">'
        "(worlddiamondcouncil.org/digging-down-into-the-kimberley-process…)</span></a>"
    ) in html
    assert "(worlddiamondcouncil.org/wdc-president-praises-determination)" in html
    assert "(gov.uk/…/russia-blocks-discussions-at-kimberley…)" in html
    assert "(minestomarket.news/?p=12892)" in html
