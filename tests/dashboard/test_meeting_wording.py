"""How meetings are named and described: one wording for a meeting not held, the kind and the year
in each language's order, and short cells in the list of meetings."""

import pytest

from plenaries.models import PlenaryKind
from tests.dashboard.conftest import page
from tests.factories import PlenaryFactory, ProposalFactory


@pytest.fixture
def meetings(db):
    plenary = PlenaryFactory(year=2019, city="New Delhi")
    not_held = PlenaryFactory(year=2020, held=False, chair=None, city="", chair_note="No chair in 2020: postponed.")
    intersessional = PlenaryFactory(
        year=2021,
        kind=PlenaryKind.INTERSESSIONAL,
        city="Moscow",
        start_date=None,
        dates_note="June 2021; the exact dates were not found in any of the sources we hold.",
    )
    ProposalFactory(first_tabled=plenary)
    return {"plenary": plenary, "not_held": not_held, "intersessional": intersessional}


def test_a_meeting_not_held_has_no_chair_in_the_same_words_everywhere(client, meetings):
    timeline = page(client, "/en/timeline/")
    column = timeline.split('class="meeting k-plenary not-held"')[1].split("</th>")[0]
    assert '<span class="muted">no chair</span>' in column
    assert "chair unknown" not in column
    detail = page(client, "/en/plenaries/2020/")
    assert '<dt>Chair</dt>\n      <dd><span class="muted">no chair</span>' in detail
    listing = page(client, "/en/plenaries/")
    row = listing.split('<tr class="not-held">')[1].split("</tr>")[0]
    assert '<span class="muted">no chair</span>' in row


def test_english_names_a_meeting_year_first(client, meetings):
    assert "<h1>2019 plenary, New Delhi " in page(client, "/en/plenaries/2019/")
    assert ">2021 intersessional meeting</a>" in page(client, "/en/plenaries/")


def test_french_names_a_meeting_kind_first(client, meetings):
    assert "<h1>plénière 2019, New Delhi " in page(client, "/fr/plenaries/2019/")
    assert ">réunion intersessionnelle 2021</a>" in page(client, "/fr/plenaries/")


def test_the_list_of_meetings_says_dates_not_recorded_and_leaves_the_note_to_the_meetings_page(client, meetings):
    listing = page(client, "/en/plenaries/")
    row = listing.split("/en/plenaries/2021/intersessional/")[1].split("</tr>")[0]
    assert '<span class="muted">not recorded</span>' in row
    assert "exact dates were not found" not in listing
    assert "exact dates were not found" in page(client, "/en/plenaries/2021/intersessional/")
    assert '<span class="muted">non renseigné</span>' in page(client, "/fr/plenaries/")


def test_the_list_of_meetings_gives_the_last_day_when_only_that_is_known(client, db):
    PlenaryFactory(year=2023, kind="intersessional", city="Victoria Falls", start_date=None, end_date="2023-05-25")

    row = page(client, "/en/plenaries/").split("/en/plenaries/2023/intersessional/")[1].split("</tr>")[0]

    assert "closed" in row and 'datetime="2023-05-25"' in row
