"""The meeting a statement is about, weighed on all the evidence; undecided when the evidence is."""

from datetime import date

from statements.extraction import PlenaryRef
from statements.extraction.plenary import resolve_meeting

MEETINGS = [
    PlenaryRef(2016, "plenary", "Dubai", date(2016, 11, 17), date(2016, 11, 13), "United Arab Emirates", "UAE"),
    PlenaryRef(2018, "intersessional", "Antwerp", date(2018, 6, 22), date(2018, 6, 18), "European Union", "Belgium"),
    PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16), date(2018, 11, 12), "European Union", "Belgium"),
    PlenaryRef(2019, "intersessional", "Mumbai", date(2019, 6, 21), date(2019, 6, 17), "India", "India"),
    PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22), date(2019, 11, 18), "India", "India"),
    PlenaryRef(2021, "intersessional", "", date(2021, 6, 25), date(2021, 6, 21), "Russian Federation", ""),
    PlenaryRef(2021, "plenary", "Moscow", date(2021, 11, 12), date(2021, 11, 8), "Russian Federation", "Russia"),
    PlenaryRef(2011, "intersessional", "Kinshasa", None, None, "Democratic Republic of the Congo", "DRC"),
    PlenaryRef(2012, "intersessional", "Washington, D.C.", date(2012, 6, 7), date(2012, 6, 4), "United States", ""),
    PlenaryRef(2012, "plenary", "Washington, D.C.", date(2012, 11, 30), date(2012, 11, 27), "United States", ""),
    PlenaryRef(2023, "intersessional", "Victoria Falls", date(2023, 5, 25), date(2023, 5, 22), "Zimbabwe", "Zimbabwe"),
    PlenaryRef(2023, "plenary", "Victoria Falls", date(2023, 11, 10), date(2023, 11, 6), "Zimbabwe", "Zimbabwe"),
    PlenaryRef(2024, "plenary", "Dubai", date(2024, 11, 15), date(2024, 11, 12), "United Arab Emirates", "UAE"),
    PlenaryRef(2025, "plenary", "Dubai", date(2025, 11, 21), date(2025, 11, 17), "United Arab Emirates", "UAE"),
]


def meeting(text, published_on=None, url=""):
    guess = resolve_meeting(text, MEETINGS, published_on, url=url)
    return (guess.plenary.year, guess.plenary.kind) if guess.plenary else None


def test_a_meeting_recalled_as_background_does_not_beat_the_one_the_text_is_about():
    text = (
        "This year's Plenary has again failed to agree on the definition. "
        "Last year's meeting in Brussels had raised hopes."
    )
    assert meeting(text, date(2019, 11, 22)) == (2019, "plenary")


def test_a_city_that_hosted_several_meetings_is_not_settled_by_the_first():
    guess = resolve_meeting("Closing remarks at the KP plenary in Dubai.", MEETINGS, None)

    assert guess.plenary is None
    assert guess.evidence == "Dubai: 2016, 2024 or 2025 plenary"
    assert [(ref.year, ref.kind) for ref in guess.candidates] == [
        (2016, "plenary"),
        (2024, "plenary"),
        (2025, "plenary"),
    ]


def test_the_publication_date_says_which_meeting_in_that_city():
    assert meeting("Closing remarks at the KP plenary in Dubai.", date(2025, 11, 21)) == (2025, "plenary")


def test_a_meeting_named_by_its_year_and_kind():
    assert meeting("2021 Intersessional Meeting – Opening Speech by the coordinator") == (2021, "intersessional")
    assert meeting("Civil society opening speech at the 2019 Kimberley Process Plenary Meeting") == (2019, "plenary")


def test_the_address_carries_the_title():
    url = "https://example.org/fr/activite/2019-reunion-intersessionnelle-a-mumbai-remarques-finales/"
    guess = resolve_meeting("« Les diamants s'insèrent dans un récit d'amour. »", MEETINGS, None, url=url)
    assert (guess.plenary.year, guess.plenary.kind) == (2019, "intersessional")
    assert guess.closing and not guess.opening


def test_an_encoded_address_is_read_as_its_words():
    url = "https://example.org/fr/du-18-au-22-juin-2019-la-r%C3%A9union-intersession-s%E2%80%99est-tenue-%C3%A0-mumbai"
    assert meeting("La famille du processus de Kimberley peut se targuer d'une réunion fructueuse.", url=url) == (
        2019,
        "intersessional",
    )


def test_the_chair_named_tells_the_year():
    text = "The Kimberley Process Intersessional meeting took place virtually under Russia's chairmanship."
    assert meeting(text) == (2021, "intersessional")


def test_the_host_country_stands_for_the_city_beside_a_meeting_word():
    text = "Closing remarks of the Civil Society Coalition at the Kimberley Process Intersessional meeting in Zimbabwe"
    assert meeting(text) == (2023, "intersessional")
    # A country the statement is about is not where a meeting was.
    assert meeting("Abuses persist in Zimbabwe's diamond fields, the group said.") is None


def test_the_weekday_a_meeting_opened_on_tells_two_meetings_in_one_city_apart():
    text = "The statement was released to coincide with the opening of the KP meeting in Washington DC on Monday."
    assert meeting(text) == (2012, "intersessional")  # the plenary opened on a Tuesday


def test_another_gathering_in_a_meeting_city_is_not_the_meeting():
    text = "From the 18th to the 24th of February 2018, the Coalition met in Antwerp to reflect on its role."
    assert meeting(text) is None


def test_a_meeting_without_recorded_dates_is_placed_by_its_season():
    text = "On Thursday, civil society walked out of the intercessional meeting in Kinshasa."
    assert meeting(text, date(2011, 6, 23)) == (2011, "intersessional")


def test_a_city_that_hosted_one_meeting_names_it():
    assert meeting("Botswana under pressure at a meeting held in Mumbai this week.") == (2019, "intersessional")


def test_the_evidence_is_recorded():
    guess = resolve_meeting("Statement at the close of the plenary in New Delhi.", MEETINGS, date(2019, 11, 22))
    assert "published during the 2019 plenary in New Delhi" in guess.evidence
    assert "names new delhi" in guess.evidence
