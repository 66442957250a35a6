"""Reform areas with the shipped keywords, a heading's place and date, and a meeting named by one of its days."""

import json
from datetime import date
from pathlib import Path

import pytest

from statements.extraction import AreaRule, PlenaryRef
from statements.extraction.areas import match_areas
from statements.extraction.dates import find_text_date
from statements.extraction.plenary import resolve_meeting

DATASET = Path(__file__).resolve().parents[2] / "data" / "kp_dataset.json"
TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def shipped_rules():
    areas = json.loads(DATASET.read_text(encoding="utf-8"))["reform_areas"]
    return [AreaRule(area["slug"], area["keywords"]) for area in areas]


def _slugs(text, rules):
    return sorted(match.slug for match in match_areas(text, rules))


# --- Areas, with the keywords editors ship


def test_russia_as_host_or_chair_is_not_the_war_in_ukraine(shipped_rules):
    text = "The KP Chair visited the Ministry of Finance of the Russian Federation in Moscow."
    assert _slugs(text, shipped_rules) == []
    assert _slugs("La présidence russe a accueilli la réunion.", shipped_rules) == []


def test_aggression_of_one_participant_against_another_is_the_war(shipped_rules):
    text = "The plenary cannot discuss the ongoing aggression of one KP member against another."
    assert _slugs(text, shipped_rules) == ["russia-ukraine"]
    assert _slugs("Le PK ne peut évoquer l'agression d'un participant contre un autre.", shipped_rules) == [
        "russia-ukraine"
    ]


def test_conflict_diamonds_in_french_are_not_their_definition(shipped_rules):
    text = "Le processus de Kimberley a pour objectif de résoudre le problème des diamants de la guerre."
    assert _slugs(text, shipped_rules) == []


def test_french_review_missions_and_reform_review(shipped_rules):
    assert _slugs("Une date pour une mission d'examen a été confirmée pour septembre.", shipped_rules) == [
        "peer-review"
    ]
    assert _slugs("Le calendrier d’examen et de réforme a été débattu.", shipped_rules) == ["review-process"]
    assert _slugs("Grâce au renforcement des mesures de contrôle internes.", shipped_rules) == ["internal-controls"]


def test_administrative_support_and_statistical_data(shipped_rules):
    text = "The Plenary endorsed the need for professional administrative support."
    assert _slugs(text, shipped_rules) == ["administrative-support"]
    assert _slugs("Venezuela must submit its annual reports and other statistical data.", shipped_rules) == [
        "internal-controls"
    ]


def test_a_keyword_in_a_working_groups_name_lists_the_body_not_the_reform():
    rules = [AreaRule("internal-controls", ["statistics"])]
    assert _slugs("The Working Group on Statistics (WGS) and the Working Group on Monitoring met.", rules) == []
    assert _slugs("The Working Groups on Diamond Experts, on Monitoring, on Statistics met.", rules) == []
    assert _slugs("Participants must publish their statistics every year.", rules) == ["internal-controls"]


# --- Dates


def test_a_heading_ending_with_place_and_date_dates_the_text():
    text = "Speech by the Ambassador at the seminar on the Kimberley Process, Brussels, 17 December 2012\n\nModerator,"
    assert find_text_date(text, TODAY) == (date(2012, 12, 17), "the heading's place and date")


def test_a_date_inside_a_heading_sentence_does_not_date_it():
    text = "Report on what happened on 17 December 2012 in Brussels and after\n\nText."
    assert find_text_date(text, TODAY) == (None, "")


# --- Meetings

MEETINGS = [
    PlenaryRef(2009, "plenary", "Swakopmund", date(2009, 11, 5), start_date=date(2009, 11, 2)),
    PlenaryRef(2010, "plenary", "Jerusalem", date(2010, 11, 4), start_date=date(2010, 11, 1)),
    PlenaryRef(2018, "intersessional", "Antwerp", date(2018, 6, 22), start_date=date(2018, 6, 18)),
    PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16), start_date=date(2018, 11, 12)),
]


def test_a_day_of_the_meeting_named_in_the_text_points_to_it():
    text = (
        "At the latest meeting of the Kimberley Process, which took place in Namibia on Thursday, November 5, 2009, "
        "Israel was elected to chair it from 2010."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2009, "plenary")
    assert "names 2009-11-05, a day of the 2009 plenary in Swakopmund" in guess.evidence


def test_a_day_in_the_address_weighs_as_one_in_the_text():
    text = "La réunion s'est tenue à Anvers. Afin de préparer la plénière à Bruxelles (du 12 au 16 novembre 2018)."
    url = "https://www.kimberleyprocess.com/fr/du-18-au-22-juin-2018-la-reunion-intersession-s-est-tenue-a-anvers"
    guess = resolve_meeting(text, MEETINGS, None, url=url)
    assert (guess.plenary.year, guess.plenary.kind) == (2018, "intersessional")
    assert "names 2018-06-22, a day of the 2018 intersessional in Antwerp" in guess.evidence
