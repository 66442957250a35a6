"""check_dataset: each of the record's rules refuses a record that breaks it, with one exact message."""

import json

import pytest
from django.core.management import CommandError, call_command

from plenaries.models import Plenary
from tests.factories import dataset_document
from tracker.dataset import DATASET_PATH, load_kp_dataset
from tracker.dataset_check import DatasetRefused, check_dataset


def messages(data: dict) -> list[str]:
    return [str(problem) for problem in check_dataset(data)]


def meeting(data, key):
    return next(m for m in data["plenaries"] if f"{m['year']} {m['kind']}" == key)


def test_the_small_dataset_keeps_every_rule():
    assert messages(dataset_document()) == []


def test_a_source_that_is_not_https_is_refused_with_the_form_to_use():
    data = dataset_document()
    meeting(data, "2019 plenary")["source_url"] = "http://www.kimberleyprocess.com/2019-plenary"

    assert messages(data) == [
        "2019 plenary: http://www.kimberleyprocess.com/2019-plenary is not an https link: "
        "write https://www.kimberleyprocess.com/2019-plenary."
    ]


def test_a_source_on_a_known_mirror_is_refused_but_may_stay_as_a_further_source():
    data = dataset_document()
    mirror = "https://public-preview-server.prod.cstreetsandbox.com/2019-final-communique/"
    outcome = data["proposals"][0]["outcomes"][0]
    outcome["source_url"] = mirror

    assert messages(data) == [
        f"outcome of definition at 2019 plenary: {mirror} is on US State Department preview mirror, a mirror: "
        "cite the publisher's own copy, and keep the mirror under further sources."
    ]

    outcome["source_url"], outcome["more_sources"] = "https://www.kimberleyprocess.com/2019-communique", [mirror]
    assert messages(data) == []


def test_a_fact_without_a_source_is_refused():
    data = dataset_document()
    data["participants"][0]["status_events"].append(
        {"kind": "joined", "year": 2003, "date": None, "description": "Founding participant", "source_url": ""}
    )

    assert messages(data) == ["participant india, joined 2003: There is no source link: every fact needs one."]


def test_a_host_spelled_another_way_is_refused():
    data = dataset_document()
    meeting(data, "2019 plenary")["more_sources"] = ["https://kimberleyprocess.com/news/x?hs_amp=true"]

    assert messages(data) == [
        "2019 plenary: https://kimberleyprocess.com/news/x?hs_amp=true is not written the canonical way: "
        "write https://www.kimberleyprocess.com/news/x."
    ]


def test_a_meeting_that_ends_before_it_starts_is_refused():
    data = dataset_document()
    meeting(data, "2019 plenary")["end_date"] = "2019-11-17"

    assert messages(data) == ["2019 plenary: It ends (2019-11-17) before it starts (2019-11-18)."]


def test_a_meeting_not_held_has_no_chair():
    data = dataset_document()
    meeting(data, "2020 plenary")["chair"] = "russian-federation"

    assert messages(data) == ["2020 plenary: It was not held, so it has no chair, vice-chair or chairing person."]


def test_a_meeting_not_held_has_no_outcomes_and_no_positions():
    data = dataset_document()
    data["proposals"][0]["outcomes"][0]["meeting"] = "2020 plenary"
    data["positions"][0]["meeting"] = "2020 plenary"

    assert messages(data) == [
        "outcome of definition at 2020 plenary: 2020 plenary did not take place.",
        "position of russian-federation on definition at 2020 plenary: 2020 plenary did not take place.",
    ]


def test_the_intersessional_and_the_plenary_of_one_year_have_one_chair():
    data = dataset_document()
    meeting(data, "2019 intersessional")["chair"] = "russian-federation"

    assert messages(data) == [
        "2019 plenary: It is chaired by India, but the 2019 intersessional by Russia: one chair serves the whole "
        "year. Correct one of them, or say why in the note on the chair."
    ]


def test_last_years_vice_chair_chairs_this_year_unless_a_note_says_why_not():
    data = dataset_document()
    meeting(data, "2020 plenary")["chair_note"] = ""

    assert messages(data) == [
        "2020 plenary: Russia was vice-chair in 2019, so it should chair 2020 plenary, which "
        "has no chair. Correct the chair, or say why in the note on the chair."
    ]


def test_an_outcome_before_the_proposal_was_tabled_is_refused():
    data = dataset_document()
    data["proposals"][0]["first_tabled"] = "2021 plenary"

    assert (
        "outcome of definition at 2019 plenary: 2019 plenary is before the proposal was first tabled "
        in (messages(data)[0])
    )


def test_a_closed_reform_takes_no_later_decision_without_a_new_text():
    data = dataset_document()
    outcomes = data["proposals"][0]["outcomes"]
    outcomes[0]["decision"] = "adopted"
    outcomes.append({**outcomes[0], "meeting": "2021 plenary", "decision": "partially_adopted"})

    assert messages(data) == [
        "outcome of definition at 2021 plenary: This reform was closed at 2019 plenary (Adopted); a later "
        "decision (Partially adopted) needs a new text that continues it."
    ]


def test_a_new_text_reopens_a_closed_reform():
    data = dataset_document()
    data["proposals"][0]["outcomes"][0]["decision"] = "adopted"
    later = {
        **data["proposals"][0],
        "slug": "definition-2021",
        "first_tabled": "2021 plenary",
        "continues": "definition",
        "outcomes": [{**data["proposals"][0]["outcomes"][0], "meeting": "2021 plenary", "decision": "rejected"}],
    }
    data["proposals"].append(later)

    assert messages(data) == []


def test_a_statement_about_a_meeting_that_had_not_begun_is_refused():
    data = dataset_document()
    data["statements"][0]["published_on"] = "2019-11-01"

    assert messages(data) == [
        "statement https://www.kpcivilsociety.org/2019-closing/: It was published on 2019-11-01, before "
        "2019 plenary began: a statement can only be about a meeting that has started."
    ]


def test_a_statement_dated_before_2000_is_refused():
    data = dataset_document()
    data["statements"][0].update(published_on="1999-12-31", meeting=None)

    assert messages(data) == [
        "statement https://www.kpcivilsociety.org/2019-closing/: Its date (1999-12-31) is before 2000, "
        "when the KP began."
    ]


def test_two_statements_at_one_address_are_refused_even_written_differently():
    data = dataset_document()
    data["statements"].append({**data["statements"][0], "url": "https://www.kpcivilsociety.org/2019-closing/"})
    data["statements"][1]["title"] = "Same page again"
    data["statements"][1]["url"] = "https://www.kpcivilsociety.org/2019-closing/?utm_source=x"

    assert messages(data) == [
        "statement https://www.kpcivilsociety.org/2019-closing/?utm_source=x: "
        "https://www.kpcivilsociety.org/2019-closing/?utm_source=x is not written the canonical way: write "
        "https://www.kpcivilsociety.org/2019-closing/.",
        "statement https://www.kpcivilsociety.org/2019-closing/?utm_source=x: It has the same address as "
        "statement https://www.kpcivilsociety.org/2019-closing/.",
    ]


def test_two_records_with_one_slug_are_refused():
    data = dataset_document()
    data["participants"].append({**data["participants"][1], "countries": []})

    assert messages(data) == ["participants russian-federation: 2 records share the slug “russian-federation”."]


def test_a_reference_to_a_record_that_does_not_exist_is_refused():
    data = dataset_document()
    data["positions"][0]["participant"] = "atlantis"

    assert messages(data) == [
        "position of atlantis on definition: participant names “atlantis”, which is not in participants."
    ]


def test_a_mistyped_date_is_refused_rather_than_loaded_as_unknown():
    data = dataset_document()
    meeting(data, "2021 plenary")["start_date"] = "2021-11-31"

    assert messages(data) == ["2021 plenary: start_date “2021-11-31” is not a date (YYYY-MM-DD)."]


@pytest.mark.django_db
def test_the_loader_refuses_a_broken_file_and_writes_nothing(tmp_path):
    data = dataset_document()
    meeting(data, "2019 plenary")["end_date"] = "2019-11-17"
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(DatasetRefused) as refused:
        load_kp_dataset(path)

    assert [str(p) for p in refused.value.problems] == [
        "2019 plenary: It ends (2019-11-17) before it starts (2019-11-18)."
    ]
    assert not Plenary.objects.exists()


def test_check_dataset_prints_each_problem_and_fails(tmp_path, capsys):
    data = dataset_document()
    meeting(data, "2020 plenary")["chair"] = "india"
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(CommandError, match="1 problem"):
        call_command("check_dataset", "--path", str(path))

    assert "2020 plenary: It was not held, so it has no chair" in capsys.readouterr().err


def test_the_shipped_dataset_keeps_every_rule():
    assert messages(json.loads(DATASET_PATH.read_text(encoding="utf-8"))) == []
