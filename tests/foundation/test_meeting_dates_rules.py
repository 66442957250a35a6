"""A meeting's dates: it is held only once it has opened, and its days fall in its year.

The same rules refuse the shipped dataset (check_dataset), a model saved by any path (clean()),
and an editor's admin form.
"""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from plenaries.models import Plenary
from reforms.models import Decision, Outcome
from tests.factories import ParticipantFactory, PlenaryFactory, ProposalFactory, dataset_document
from tests.foundation.admin_forms import admin_post_data
from tracker.dataset_check import check_dataset

pytestmark = pytest.mark.django_db

UPCOMING = "It opens on {start}, so it has not been held yet: untick “held” for an upcoming meeting."


def next_month() -> date:
    return timezone.localdate() + timedelta(days=30)


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def add_meeting(client, **fields):
    url = reverse("admin:plenaries_plenary_add")
    data = admin_post_data(client.get(url))
    data.pop("held")  # ticked on a new meeting's page: each test says whether it stays ticked
    data.update({"kind": "plenary", "source_url": "https://www.kimberleyprocess.com/en/plenary", **fields})
    return client.post(url, data)


def form_errors(response) -> dict:
    return response.context["adminform"].form.errors


def test_a_meeting_that_has_not_opened_yet_cannot_be_held():
    start = next_month()
    meeting = PlenaryFactory.build(year=start.year, start_date=start, end_date=start + timedelta(days=3))

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert error.value.message_dict["held"] == [UPCOMING.format(start=start)]


def test_an_upcoming_meeting_names_its_chair_once_held_so_that_no_rule_changes_with_the_date():
    start = next_month()
    meeting = PlenaryFactory.build(year=start.year, start_date=start, held=False, chair=ParticipantFactory())

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert error.value.message_dict["chair"] == ["It was not held, so it has no chair, vice-chair or chairing person."]


def test_an_undated_meeting_of_a_later_year_cannot_be_held():
    year = timezone.localdate().year + 1
    meeting = PlenaryFactory.build(year=year, start_date=None, end_date=None)

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert error.value.message_dict["held"] == [
        f"It is a {year} meeting, so it has not been held yet: untick “held” for an upcoming meeting."
    ]
    meeting.held = False
    meeting.full_clean()


def test_a_meeting_that_opened_today_can_be_held():
    today = timezone.localdate()
    meeting = PlenaryFactory.build(year=today.year, start_date=today)

    meeting.full_clean()


def test_the_admin_refuses_an_upcoming_meeting_ticked_held_and_so_any_outcome_there(client, editor):
    start = next_month()

    response = add_meeting(client, year=str(start.year), held="on", start_date=start.isoformat())

    assert form_errors(response)["held"] == [UPCOMING.format(start=start)]
    assert not Plenary.objects.filter(year=start.year).exists()

    response = add_meeting(client, year=str(start.year), start_date=start.isoformat())
    assert response.status_code == 302
    meeting = Plenary.objects.get(year=start.year)
    outcome = Outcome(
        proposal=ProposalFactory(first_tabled=PlenaryFactory(year=2019)),
        plenary=meeting,
        decision=Decision.ADOPTED,
        summary="Adopted.",
        source_url="https://www.kimberleyprocess.com/en/communique",
    )
    with pytest.raises(ValidationError, match="did not take place"):
        outcome.full_clean()


@pytest.mark.parametrize(
    ("field", "day", "message"),
    [
        ("start_date", "2027-11-08", "Its first day (2027-11-08) is not in the meeting's year (2026)."),
        ("end_date", "2027-01-02", "Its last day (2027-01-02) is not in the meeting's year (2026)."),
        ("start_date", "2025-12-30", "Its first day (2025-12-30) is not in the meeting's year (2026)."),
    ],
)
def test_the_admin_refuses_a_day_outside_the_meetings_year(client, editor, field, day, message):
    # The other day is in the year, so only this rule speaks.
    other = {"start_date": "2026-01-02", "end_date": "2026-12-31"}
    other.pop(field)

    response = add_meeting(client, year="2026", held="on", **other, **{field: day})

    assert form_errors(response)[field] == [message]
    assert not Plenary.objects.filter(year=2026).exists()


def test_a_december_meeting_ending_on_new_years_eve_is_accepted():
    meeting = PlenaryFactory.build(
        year=2017, start_date=date(2017, 12, 28), end_date=date(2017, 12, 31), chair=ParticipantFactory()
    )

    meeting.full_clean()


def test_check_dataset_refuses_a_held_meeting_that_has_not_opened_and_a_day_outside_its_year():
    start = next_month()
    data = dataset_document()
    meeting = data["plenaries"][-1]  # 2021 plenary
    meeting.update({"start_date": "2022-11-08", "end_date": "2022-11-12"})
    future = {**meeting, "year": start.year, "start_date": start.isoformat(), "end_date": None, "chair": None}
    data["plenaries"].append(future)

    assert [str(problem) for problem in check_dataset(data)] == [
        "2021 plenary: Its first day (2022-11-08) is not in the meeting's year (2021).",
        "2021 plenary: Its last day (2022-11-12) is not in the meeting's year (2021).",
        f"{start.year} plenary: {UPCOMING.format(start=start)}",
    ]
