"""Editors' changes obey the dataset's rules: the same rules run in the models' validation."""

import json
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from reforms.models import Outcome
from reforms.services import outcome_record
from statements.models import Statement
from tests.factories import (
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    ProposalFactory,
    StatementFactory,
    dataset_document,
)
from tracker.dataset import load_kp_dataset

pytestmark = pytest.mark.django_db


def messages(error: ValidationError, field: str) -> list[str]:
    return error.message_dict[field]


def test_a_meeting_marked_not_held_cannot_keep_a_chair():
    meeting = PlenaryFactory(year=2020, held=False)

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert messages(error.value, "chair") == ["It was not held, so it has no chair, vice-chair or chairing person."]


def test_a_meeting_with_outcomes_cannot_be_marked_not_held():
    outcome = OutcomeFactory()
    meeting = outcome.plenary
    meeting.held, meeting.chair = False, None

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert messages(error.value, "held") == [
        "Outcomes or positions are recorded at this meeting: move them before marking it not held."
    ]


def test_the_intersessional_and_the_plenary_of_a_year_share_their_chair_unless_a_note_says_why():
    india, russia = ParticipantFactory(name="India"), ParticipantFactory(name="Russia")
    PlenaryFactory(year=2019, kind="intersessional", chair=india)
    plenary = PlenaryFactory(year=2019, kind="plenary", chair=russia)

    with pytest.raises(ValidationError) as error:
        plenary.full_clean()
    assert messages(error.value, "chair") == [
        "It is chaired by Russia, but the 2019 intersessional by India: one chair serves the whole year. "
        "Correct one of them, or say why in the note on the chair."
    ]

    plenary.chair_note = "India handed over to Russia in the autumn."
    plenary.full_clean()


def test_last_years_vice_chair_chairs_this_year():
    india, russia, botswana = (ParticipantFactory(name=name) for name in ("India", "Russia", "Botswana"))
    PlenaryFactory(year=2019, chair=india, vice_chair=russia)
    next_year = PlenaryFactory(year=2020, chair=botswana)

    with pytest.raises(ValidationError) as error:
        next_year.full_clean()

    assert messages(error.value, "chair") == [
        "Russia was vice-chair in 2019, so it should chair 2020 plenary, which has Botswana. "
        "Correct the chair, or say why in the note on the chair."
    ]


def test_an_adopted_reform_takes_no_later_decision_without_a_new_text():
    adopted = OutcomeFactory(decision="adopted")
    later = PlenaryFactory(year=adopted.plenary.year + 1)

    with pytest.raises(ValidationError) as error:
        outcome_record(
            proposal=adopted.proposal,
            plenary=later,
            decision="partially_adopted",
            summary="Host chosen.",
            source_url="https://www.kimberleyprocess.com/x",
        )

    assert messages(error.value, "decision") == [
        f"This reform was closed at {adopted.plenary} (Adopted); a later decision (Partially adopted) needs a new "
        "text that continues it."
    ]
    assert not Outcome.objects.filter(plenary=later).exists()


def test_a_later_text_can_be_decided_after_the_first_was_adopted():
    adopted = OutcomeFactory(decision="adopted")
    later = PlenaryFactory(year=adopted.plenary.year + 1)
    new_text = ProposalFactory(continues=adopted.proposal, first_tabled=later)

    _, status = outcome_record(
        proposal=new_text,
        plenary=later,
        decision="rejected",
        summary="x",
        source_url="https://www.kimberleyprocess.com/x",
    )

    assert status == "created"


def test_a_statement_cannot_be_about_a_meeting_that_had_not_begun():
    meeting = PlenaryFactory(year=2019, start_date=date(2019, 11, 18), end_date=date(2019, 11, 22))
    statement = StatementFactory(published_on=date(2019, 11, 1), plenary=meeting)

    with pytest.raises(ValidationError) as error:
        statement.full_clean()

    assert messages(error.value, "plenary") == [
        f"It was published on 2019-11-01, before {meeting} began: a statement can only be about a meeting that has "
        "started."
    ]


def test_a_mirror_cannot_be_the_main_source_but_an_http_link_is_written_as_https():
    proposal = ProposalFactory()
    mirror = "https://doczz.fr/doc/1910789/kimberley-process-plenary-november-6-9--2006"

    with pytest.raises(ValidationError) as error:
        outcome_record(
            proposal=proposal, plenary=proposal.first_tabled, decision="noted", summary="x", source_url=mirror
        )
    assert "is on doczz (document sharing), a mirror" in messages(error.value, "source_url")[0]

    outcome, _ = outcome_record(
        proposal=proposal,
        plenary=proposal.first_tabled,
        decision="noted",
        summary="x",
        source_url="http://kimberleyprocess.com/news/x?hs_amp=true",
        more_sources=mirror,
    )
    assert outcome.source_url == "https://www.kimberleyprocess.com/news/x"
    assert outcome.more_sources == mirror


def test_the_loader_removes_a_fact_the_file_no_longer_states_unless_an_editor_touched_it(tmp_path):
    path = tmp_path / "dataset.json"
    data = dataset_document()
    second = {**data["proposals"][0]["outcomes"][0], "meeting": "2021 plenary", "summary": "Still no consensus."}
    data["proposals"][0]["outcomes"].append(second)
    path.write_text(json.dumps(data), encoding="utf-8")
    load_kp_dataset(path)
    assert Outcome.objects.count() == 2

    data["proposals"][0]["outcomes"].pop()
    path.write_text(json.dumps(data), encoding="utf-8")
    counts = load_kp_dataset(path)

    assert counts["outcomes removed"] == 1
    assert list(Outcome.objects.values_list("plenary__year", flat=True)) == [2019]

    # An editor's own outcome is theirs: the file never removes it.
    edited = Outcome.objects.get()
    edited._history_user = User.objects.create_user("editor")
    edited.summary = "Corrected by an editor."
    edited.save()
    data["proposals"][0]["outcomes"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    load_kp_dataset(path)
    assert Outcome.objects.get().summary == "Corrected by an editor."


def test_a_statement_loaded_under_an_old_form_of_its_link_keeps_one_row(tmp_path):
    # What an older loader stored before links were written one way.
    Statement.objects.create(
        title="Closing remarks",
        url="http://www.kpcivilsociety.org/2019-closing/?utm_source=feed",
        review_status="published",
    )
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(dataset_document()), encoding="utf-8")

    load_kp_dataset(path)

    assert list(Statement.objects.values_list("url", flat=True)) == ["https://www.kpcivilsociety.org/2019-closing/"]
