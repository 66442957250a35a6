"""The previous/next links of the meeting pages and the briefings, and when a meeting counts as upcoming."""

from datetime import date

import pytest

from plenaries.models import Plenary, PlenaryKind
from tests.dashboard.conftest import page
from tests.factories import PlenaryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings(db):
    """The 2019 plenary, then the 2020 intersessional and the 2020 plenary."""
    return {
        "2019": PlenaryFactory(year=2019, city="New Delhi"),
        "2020-intersessional": PlenaryFactory(year=2020, kind=PlenaryKind.INTERSESSIONAL, city="Minsk"),
        "2020": PlenaryFactory(year=2020, city="Moscow"),
    }


def test_a_meeting_page_links_the_meetings_either_side_of_any_kind(client, meetings):
    html = page(client, "/en/plenaries/2020/intersessional/")

    assert '<a rel="prev" href="/en/plenaries/2019/">' in html
    assert '<a rel="next" href="/en/plenaries/2020/">' in html


def test_the_first_and_last_meetings_link_only_one_way(client, meetings):
    first, last = page(client, "/en/plenaries/2019/"), page(client, "/en/plenaries/2020/")

    assert 'rel="prev"' not in first and '<a rel="next" href="/en/plenaries/2020/intersessional/">' in first
    assert 'rel="next"' not in last and '<a rel="prev" href="/en/plenaries/2020/intersessional/">' in last


def test_a_briefing_links_only_year_end_plenaries(client, meetings):
    html = page(client, "/en/briefings/2020/")

    assert '<a rel="prev" href="/en/briefings/2019/">' in html
    assert 'rel="next"' not in html


def test_year_end_leaves_out_intersessionals():
    PlenaryFactory(year=2019)
    PlenaryFactory(year=2019, kind=PlenaryKind.INTERSESSIONAL)

    assert [(m.year, m.kind) for m in Plenary.objects.year_end()] == [(2019, PlenaryKind.PLENARY)]


@pytest.mark.parametrize(
    ("start", "end", "year", "upcoming"),
    [
        (date(2024, 11, 4), date(2024, 11, 8), 2024, True),  # its last day is today
        (date(2024, 11, 1), date(2024, 11, 7), 2024, False),  # it closed yesterday
        (date(2024, 11, 8), None, 2024, True),  # only its first day is known
        (None, None, 2024, True),  # undated, this year
        (None, None, 2023, False),  # undated, last year
    ],
)
def test_a_meeting_is_upcoming_until_its_last_day_is_over(start, end, year, upcoming):
    meeting = Plenary(year=year, start_date=start, end_date=end)

    assert meeting.is_upcoming(date(2024, 11, 8)) is upcoming
