"""The meeting a statement is about, weighed on all the evidence: the year, kind and city it names, a meeting's
days, its chair and host, the address and the publication date; meetings only recalled; undecided when the
evidence is."""

from datetime import date

import pytest

from statements.extraction import PlenaryRef
from statements.extraction.plenary import match_plenary, resolve_meeting

MEETINGS = [
    PlenaryRef(2003, "plenary", "Kimberley", date(2003, 4, 30)),  # made up: the town is not the Process
    PlenaryRef(2003, "special", "Johannesburg", date(2003, 4, 30), date(2003, 4, 28), "South Africa", "South Africa"),
    PlenaryRef(2003, "plenary", "Sun City", date(2003, 10, 31), date(2003, 10, 29), "South Africa", "South Africa"),
    PlenaryRef(2009, "plenary", "Swakopmund", date(2009, 11, 5), date(2009, 11, 2)),
    PlenaryRef(2010, "intersessional", "Tel Aviv", date(2010, 6, 24), date(2010, 6, 21), "Israel", "Israel"),
    PlenaryRef(2010, "plenary", "Jerusalem", date(2010, 11, 4), date(2010, 11, 1)),
    PlenaryRef(2011, "intersessional", "Kinshasa", None, None, "Democratic Republic of the Congo", "DRC"),
    PlenaryRef(2012, "intersessional", "Washington, D.C.", date(2012, 6, 7), date(2012, 6, 4), "United States", ""),
    PlenaryRef(2012, "plenary", "Washington, D.C.", date(2012, 11, 30), date(2012, 11, 27), "United States", ""),
    PlenaryRef(2013, "plenary", "Johannesburg", date(2013, 11, 22), date(2013, 11, 19), "South Africa", "South Africa"),
    PlenaryRef(2016, "plenary", "Dubai", date(2016, 11, 17), date(2016, 11, 13), "United Arab Emirates", "UAE"),
    PlenaryRef(2018, "intersessional", "Antwerp", date(2018, 6, 22), date(2018, 6, 18), "European Union", "Belgium"),
    PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16), date(2018, 11, 12), "European Union", "Belgium"),
    PlenaryRef(2019, "intersessional", "Mumbai", date(2019, 6, 21), date(2019, 6, 17), "India", "India"),
    PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22), date(2019, 11, 18), "India", "India"),
    PlenaryRef(2020, "special", "", date(2020, 11, 30)),
    PlenaryRef(2021, "intersessional", "", date(2021, 6, 25), date(2021, 6, 21), "Russian Federation", ""),
    PlenaryRef(2021, "plenary", "Moscow", date(2021, 11, 12), date(2021, 11, 8), "Russian Federation", "Russia"),
    PlenaryRef(2023, "intersessional", "Victoria Falls", date(2023, 5, 25), date(2023, 5, 22), "Zimbabwe", "Zimbabwe"),
    PlenaryRef(2023, "plenary", "Victoria Falls", date(2023, 11, 10), date(2023, 11, 6), "Zimbabwe", "Zimbabwe"),
    PlenaryRef(2024, "intersessional", "Dubai", date(2024, 5, 17), date(2024, 5, 13), "United Arab Emirates", "UAE"),
    PlenaryRef(2024, "plenary", "Dubai", date(2024, 11, 15), date(2024, 11, 12), "United Arab Emirates", "UAE"),
    PlenaryRef(2025, "intersessional", "Dubai", date(2025, 5, 16), date(2025, 5, 12), "United Arab Emirates", "UAE"),
    PlenaryRef(2025, "plenary", "Dubai", date(2025, 11, 21), date(2025, 11, 17), "United Arab Emirates", "UAE"),
]


def meeting(text, published_on=None, url=""):
    guess = resolve_meeting(text, MEETINGS, published_on, url=url)
    return (guess.plenary.year, guess.plenary.kind) if guess.plenary else None


# --- Year, kind and city named in the text


def test_plenary_named_by_year_and_city():
    text = "The 2019 Kimberley Process (KP) Plenary, under Indian chairmanship in New Delhi, ended."
    assert match_plenary(text, MEETINGS, None).city == "New Delhi"


def test_plenary_prefers_the_intersessional_when_the_text_says_so():
    text = "At the 2019 intersessional meeting, participants discussed the review."
    assert match_plenary(text, MEETINGS, date(2019, 6, 21)).kind == "intersessional"


def test_kind_named_before_the_schemes_full_name_and_the_city():
    # "… of the Kimberley Process Certification Scheme held in": the kind word is 70 characters from the city.
    scheme = "of the Kimberley Process Certification Scheme held in Washington, D.C."
    assert meeting(f"During a plenary session {scheme}, the chair was handed over.") == (2012, "plenary")
    assert meeting(f"During an intersessional meeting {scheme}, delegates met.") == (2012, "intersessional")


def test_a_misspelt_intersessional_still_names_the_kind():
    text = "Les ONG ont quitté la réunion intersessionelle qui se tenait à Washington."
    assert meeting(text) == (2012, "intersessional")


def test_here_in_a_city_is_where_the_speakers_meet():
    assert meeting("“We want to make it clear here in Swakopmund that we are compliant,” the minister said.") == (
        2009,
        "plenary",
    )
    assert meeting("Rough diamonds from Swakopmund were sold in Antwerp.") is None


def test_a_stretch_of_days_holding_the_meeting_is_no_other_month():
    text = "Le directeur s’est rendu du 25 novembre au 2 décembre 2012 à Washington pour la réunion plénière."
    assert meeting(text) == (2012, "plenary")
    assert meeting("The delegation was in Washington from 2 to 5 December 2012 for the plenary.") is None


def test_plenary_year_alone_needs_a_meeting_word_nearby():
    assert match_plenary("Since 2019 little has changed for mining communities.", MEETINGS, None) is None


def test_a_statement_that_names_no_meeting_is_about_none_months_later():
    # The latest plenary before it is a guess, not evidence: better empty than wrong.
    assert match_plenary("A statement with no meeting named.", MEETINGS, date(2020, 3, 1)) is None


def test_kimberley_the_city_is_not_the_kimberley_process():
    assert match_plenary("The Kimberley Process plenary failed.", MEETINGS, None) is None
    assert match_plenary("The first plenary met in Kimberley, South Africa.", MEETINGS, None).year == 2003
    for name in ("Kimberley Certification Scheme's (KPCS)", "Kimberley Scheme's"):
        assert match_plenary(f"The plenary found Liberia failing the {name} standards.", MEETINGS, None) is None


# --- Weighing the evidence


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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/11/kp-closes/", (2024, "plenary")),
        ("https://news.example/2025/11/kp-closes/", (2025, "plenary")),
        ("https://news.example/2024/06/kp-closes/", None),  # no Dubai plenary that month
        ("https://news.example/2024/kp-closes/", None),  # a year alone: the intersessional or the plenary
    ],
)
def test_the_month_an_address_files_a_page_under_says_which_meeting_in_that_city(url, expected):
    assert meeting("Closing remarks at the KP plenary in Dubai.", url=url) == expected


def test_the_month_an_address_files_a_page_under_does_not_override_its_day():
    # The day is the better evidence: a page filed in November but dated in May is about the May meeting.
    text = "Remarks at the KP meeting in Dubai."
    assert meeting(text, date(2024, 5, 15), url="https://news.example/2024/11/kp/") == (2024, "intersessional")


def test_the_dateline_city_is_where_a_report_was_filed_when_its_sentence_names_the_venue():
    text = (
        "Swakopmund — Une délégation participe à la réunion plénière du PK, qui se tiendra du 31 octobre au "
        "4 novembre, à Jérusalem."
    )
    assert meeting(text) == (2010, "plenary")


def test_the_dateline_city_alone_is_the_meetings_city():
    assert meeting("Swakopmund — The KP plenary opened on Monday.") == (2009, "plenary")


def test_a_month_written_nearer_another_host_city_is_that_citys_meeting():
    # Not "Antwerp … November 2018", another gathering there: the month is the Brussels plenary's.
    text = (
        "At the close of the 2018 intersessional, the chair said that to prepare the plenary in Brussels (12 to 16 "
        "November 2018), it was agreed after this year's meetings in Antwerp that the working groups would meet again."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert guess.plenary is None
    assert [(ref.year, ref.kind) for ref in guess.candidates] == [(2018, "plenary"), (2018, "intersessional")]


@pytest.mark.parametrize(
    ("days", "expected"),
    [("June 21 to 23", (2010, "intersessional")), ("July 5 to 7", None), ("21-24 June", (2010, "intersessional"))],
)
def test_a_meetings_days_without_year_or_city_weigh_for_the_meeting_that_sat_then(days, expected):
    text = f"The KP, under Israeli chairmanship, meets this month. At the {days} meeting, the monitor reports."
    assert meeting(text) == expected


def test_a_meeting_that_ended_months_before_the_text_was_published_is_background():
    text = "In November 2016, the KP plenary in Dubai endorsed the transparency of statistics."
    guess = resolve_meeting(text, MEETINGS, date(2018, 3, 1))
    assert guess.plenary is None
    assert guess.evidence == "names only meetings long before it was published: 2016 plenary in Dubai"
    # Weeks after it, the same words are about it.
    assert meeting(text, date(2016, 12, 20)) == (2016, "plenary")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # Undated, a text reporting what happened months after the meeting it recalls was written after it.
        ("The admission was confirmed by the United Nations General Assembly on 1 June 2019.", None),
        ("L’admission a été confirmée par l’Assemblée générale des Nations unies le 1er juin 2019.", None),
        # Not a day to come, a stretch's bound, a dated line of links or a heading.
        ("Its decision will take effect from 1 June 2019, when the certificates are issued.", (2018, "plenary")),
        ("The chair said it was prepared for the plenary in Brussels (12 to 16 November 2018).", (2018, "plenary")),
        ("Exports resume 1 Jun 2019 Prices fall 4 Jul 2019 Sales slow 26 Aug 2019", (2018, "plenary")),
        ("Friday, April 16, 2021", (2018, "plenary")),
        # Nor a sentence in the present tense.
        ("The price list for the trade of the state is here on 1 June 2019 for those who come.", (2018, "plenary")),
    ],
)
def test_an_undated_text_is_written_no_earlier_than_the_last_day_it_reports(later, expected):
    text = f"The country was admitted at the KP plenary held in Brussels in November 2018.\n{later}"
    assert meeting(text) == expected


@pytest.mark.parametrize(
    ("published_on", "expected"),
    [
        (date(2018, 10, 20), (2018, "plenary")),  # weeks before: a preview of that meeting
        (date(2018, 6, 1), None),  # months before: not yet what the text is about
    ],
)
def test_a_text_looking_ahead_to_a_meetings_days_weeks_away_is_about_it(published_on, expected):
    text = "At the November 12-16 meeting, the European Union will urge participants to agree on a new definition."
    assert meeting(text, published_on) == expected


def test_a_weekday_something_else_happened_on_or_that_a_date_gives_says_nothing_of_a_meeting():
    for text in (
        "The KP meeting was held in Brussels. Its office officially opened its doors on Monday.",
        "The KP plenary in Brussels opened on Monday (October 7, 2024), with its office.",
    ):
        assert "weekday" not in resolve_meeting(text, MEETINGS, None).evidence


def test_a_weekday_cannot_tell_a_meeting_from_one_in_its_city_whose_days_are_not_on_record():
    kinshasa = PlenaryRef(2011, "plenary", "Kinshasa", date(2011, 11, 3), date(2011, 11, 1))
    text = "The Kimberley Process meeting in Kinshasa ended on Thursday without consensus on Zimbabwe."
    guess = resolve_meeting(text, [*MEETINGS, kinshasa], None)
    assert guess.plenary is None
    assert {(ref.year, ref.kind) for ref in guess.candidates} == {(2011, "intersessional"), (2011, "plenary")}


@pytest.mark.parametrize(
    "chairing",
    ["The UAE is chairing the UN-mandated KP for a historic second time in 2024.", "The UAE chairs the KP in 2024."],
)
def test_the_year_a_chair_serves_tells_meetings_in_its_city_apart(chairing):
    assert meeting(f"The Kimberley Process intersessional has opened in Dubai. {chairing}") == (2024, "intersessional")


def test_a_special_plenary_is_a_special_session_not_the_plenary():
    assert meeting("A special plenary of the Kimberley Process met in Johannesburg.") == (2003, "special")


def test_a_chairs_term_confirms_a_lead_too_narrow_to_win_alone():
    text = (
        "The KP intersessional and special plenary closed in Dubai on Friday. The UAE is chairing the KP for a second "
        "time in 2024, the year of the 2024 meetings."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2024, "intersessional")
    assert guess.evidence.endswith("names a chairmanship for 2024, which only the 2024 fits")


@pytest.mark.parametrize(
    ("text", "published_on", "expected"),
    [
        ("Civil society wants the definition broadened when the industry meets in Jerusalem next month.",
         date(2010, 10, 25), (2010, "plenary")),
        ("La société civile veut une nouvelle définition quand la plénière du PK se tiendra la semaine prochaine.",
         date(2010, 10, 27), (2010, "plenary")),
        # Not the month after the day it was published: some other gathering.
        ("Civil society wants the definition broadened when the industry meets in Jerusalem next month.",
         date(2010, 8, 25), None),
    ],
)  # fmt: skip
def test_next_week_or_next_month_counted_from_publication_is_the_meeting_ahead(text, published_on, expected):
    assert meeting(text, published_on) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The KP plenary is on everyone's mind. The EU will publish its audit of the mines next month.",
        "The KP plenary is on everyone's mind. Earlier this month the delegates met the chair in Jerusalem.",
    ],
)
def test_next_month_in_a_sentence_about_something_else_is_not_the_meetings_time(text):
    assert "counted from the day" not in resolve_meeting(text, MEETINGS, date(2010, 10, 12)).evidence


def test_the_opening_ceremony_of_something_else_is_not_the_meetings_opening():
    text = "At the KP plenary in Jerusalem, delegates met. Speaking at the opening ceremony of the new mine, he agreed."
    assert not resolve_meeting(text, MEETINGS, None).opening


@pytest.mark.parametrize(
    "text",
    ["Antwerp will host the KP intersessional meeting.", "Anvers accueillera la réunion intersessionnelle du PK."],
)
def test_a_city_that_will_host_a_meeting_puts_it_on_the_calendar(text):
    assert meeting(text) is None


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
    # The scheme's full name between the meeting word and the country.
    text = "Ahead of a key meeting of the Kimberley Process Certification Scheme (KPCS) in Israel, the coalition said…"
    assert meeting(text) == (2010, "intersessional")


def test_the_weekday_a_meeting_opened_on_tells_two_meetings_in_one_city_apart():
    text = "The statement was released to coincide with the opening of the KP meeting in Washington DC on Monday."
    assert meeting(text) == (2012, "intersessional")  # the plenary opened on a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The annual meeting, which ended in Washington on Friday, made progress.", (2012, "plenary")),
        ("The KP meeting that began in Washington on Monday heard civil society.", (2012, "intersessional")),
        ("La réunion du Processus de Kimberley s'est achevée à Washington le jeudi.", (2012, "intersessional")),
        # The day alone, without "on" or « le »: "began Monday", « débute lundi ».
        ("The KP meeting began Monday in Washington and heard civil society.", (2012, "intersessional")),
        ("La réunion du PK, qui réunit 80 pays, débute lundi à Washington.", (2012, "intersessional")),
        ("La réunion du Processus de Kimberley s'ouvre mardi à Washington.", (2012, "plenary")),
    ],
)
def test_the_weekday_a_meeting_ended_or_began_on_tells_meetings_in_one_city_apart(text, expected):
    # The intersessional sat Monday to Thursday, the plenary Tuesday to Friday.
    assert meeting(text) == expected


def test_the_weekday_a_meeting_closed_on_counts_only_for_the_city_its_sentence_names():
    guangzhou = PlenaryRef(2014, "plenary", "Guangzhou", date(2014, 11, 14), date(2014, 11, 11), "China", "China")
    johannesburg = PlenaryRef(2013, "plenary", "Johannesburg", date(2013, 11, 22), date(2013, 11, 19), "South Africa")
    text = (
        "The four-day plenary meeting under Chinese chairmanship, which concluded in Guangzhou, China, on Friday, "
        "heard the council. It recalled the decision taken at the plenary meeting, in Johannesburg, in November 2013."
    )
    # Both closed on a Friday; only Guangzhou's is the Friday the text names.
    guess = resolve_meeting(text, [guangzhou, johannesburg], None)
    assert guess.plenary == guangzhou
    assert "it closed on the weekday the text names" in guess.evidence


def test_a_weekday_written_beside_the_city_keeps_the_meetings_that_sat_that_day():
    # Only the intersessional had a Monday; both had a Wednesday.
    assert meeting("In a speech at the KP meeting in Washington, D.C. on Monday, the minister said") == (
        2012,
        "intersessional",
    )
    assert meeting("In a speech at the KP meeting in Washington, D.C. on Wednesday, the minister said") is None


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


def test_published_during_a_meeting_but_about_no_meeting_names_none():
    # The day it was published is its timing: written again in its dateline, it is not a second sign.
    text = (
        "Luanda, 14 November 2016 – The association of diamond producing countries was officially set up at a "
        "ceremony in Luanda. Members must comply with the Kimberley Process."
    )
    assert meeting(text, date(2016, 11, 14)) is None
    assert meeting(text + " Its founders announced it at the plenary.", date(2016, 11, 14)) == (2016, "plenary")
    # Naming the meeting's own city is speaking of it: "Réunis à Dubaï, les participants…".
    gathered = "Réunis à Dubaï, les participants n’ont pas trouvé d’accord."
    assert meeting(gathered, date(2016, 11, 14)) == (2016, "plenary")


@pytest.mark.parametrize(
    "text",
    [
        "The Kimberley Process last week allowed Zimbabwe to resume exports of diamonds from Marange.",
        "Le Processus de Kimberley a autorisé la semaine dernière le Zimbabwe à reprendre ses exportations.",
        "Members of the Kimberley Process failed last week to agree on a new definition of conflict diamonds.",
    ],
)
def test_the_kp_deciding_last_week_is_the_meeting_that_sat_the_week_before_publication(text):
    assert meeting(text, date(2019, 11, 26)) == (2019, "plenary")
    # Three weeks on, "last week" is no longer the meeting's week, and no meeting is named.
    assert meeting(text, date(2019, 12, 9)) is None


def test_the_kp_deciding_yesterday_during_a_meeting_is_that_meeting():
    text = "Members of the Kimberley Process failed yesterday to agree on a new definition of conflict diamonds."
    assert meeting(text, date(2019, 11, 21)) == (2019, "plenary")


def test_delegates_gathered_last_week_speak_of_the_meeting_just_held():
    text = "Delegates who gathered in Zimbabwe's resort town last week failed to agree on Russia's war."
    assert meeting(text, date(2023, 11, 13)) == (2023, "plenary")


def test_last_week_beside_a_meeting_with_only_its_last_day_on_record_does_not_fail():
    falls = PlenaryRef(2023, "intersessional", "Victoria Falls", date(2023, 5, 25), None, "Zimbabwe")
    text = "The Kimberley Process last week agreed to keep talking about the definition."
    assert resolve_meeting(text, [falls], date(2023, 6, 1)).plenary == falls


def test_a_paragraph_ending_on_a_photo_credit_is_no_caption():
    text = (
        "The plenary in Jerusalem closed today after four days of talks on the review of the scheme and the "
        "definition of conflict diamonds, delegates said, with civil society and industry both asking for a "
        "permanent secretariat. Photo: Reuters"
    )
    assert meeting(text) == (2010, "plenary")


def test_the_chair_at_a_years_plenary_is_no_term_of_office():
    assert meeting("The KP chair at the 2019 plenary in New Delhi called for a broader definition.") == (
        2019,
        "plenary",
    )


def test_last_week_without_the_kp_deciding_names_no_meeting():
    text = "Zimbabwe's minister said last week that the country would keep selling its diamonds under the scheme."
    assert meeting(text, date(2019, 11, 26)) is None


# --- A day of the meeting named in the text or the address


def test_a_day_of_the_meeting_named_in_the_text_points_to_it():
    text = (
        "At the latest meeting of the Kimberley Process, which took place in Namibia on Thursday, November 5, 2009, "
        "Israel was elected to chair it from 2010."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2009, "plenary")
    assert "names 2009-11-05, a day of the 2009 plenary in Swakopmund" in guess.evidence


def test_a_day_of_a_meeting_spent_in_another_place_is_not_that_meetings():
    washington = PlenaryRef(2012, "intersessional", "Washington, D.C.", date(2012, 6, 7), date(2012, 6, 4), "US")
    text = "Les ambassadeurs du groupe ont rencontré le vendredi 7 juin 2012, à {} le ministre des Mines."
    assert resolve_meeting(text.format("Abidjan"), [washington], None).plenary is None
    guess = resolve_meeting(text.format("Washington"), [washington], None)
    assert guess.plenary == washington
    assert "names 2012-06-07, a day of the 2012 intersessional" in guess.evidence


def test_a_day_in_the_address_weighs_as_one_in_the_text():
    text = "La réunion s'est tenue à Anvers. Afin de préparer la plénière à Bruxelles (du 12 au 16 novembre 2018)."
    url = "https://www.kimberleyprocess.com/fr/du-18-au-22-juin-2018-la-reunion-intersession-s-est-tenue-a-anvers"
    guess = resolve_meeting(text, MEETINGS, None, url=url)
    assert (guess.plenary.year, guess.plenary.kind) == (2018, "intersessional")
    assert "names 2018-06-22, a day of the 2018 intersessional in Antwerp" in guess.evidence


def test_a_day_written_without_its_year_beside_the_city_says_which_meeting():
    text = (
        "Governments will have that opportunity when they meet in Johannesburg starting April 28. This plenary session"
    )
    assert meeting(text) == (2003, "special")
    assert meeting("Les réunions se sont achevées à Dubaï, aux Émirats arabes unis, le 17 mai.") == (
        2024,
        "intersessional",
    )  # the 2025 intersessional closed on 16 May


def test_the_week_of_a_day_is_its_monday_to_its_sunday():
    text = "The plenary, which took place in Gaborone the week of {}, turned down the request."
    # 31 October 2022 was a Monday, the 2022 plenary sat 1-4 November; in 2006 that week ended before 6 November.
    guess = resolve_meeting(text.format("October 31"), GABORONE, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2022, "plenary")
    assert "names october 31 in Gaborone, a day of the 2022 plenary" in guess.evidence
    assert resolve_meeting(text.format("October 24"), GABORONE, None).plenary is None
    # Without "the week of", the day itself must be one the meeting sat.
    assert resolve_meeting(text.replace("the week of", "on").format("October 31"), GABORONE, None).plenary is None


def test_a_day_written_far_before_the_city_is_read_whole():
    # "22 novembre" starts 70 characters before the city: a window cut at 60 read "2 novembre", another day.
    text = (
        "Le pays reste suspendu, a-t-on appris vendredi 22 novembre auprès de ses représentants à Bangui, "
        "présents à Johannesburg pour la réunion du régime de certification."
    )
    assert meeting(text) == (2013, "plenary")
    assert meeting(text.replace("22 novembre", "2 novembre")) is None


def test_a_day_without_its_year_in_another_month_is_another_gathering_in_that_city():
    text = "Members participated in the meeting, held between {} in Antwerp, to prepare the intersessional."
    assert meeting(text.format("February 18 and 24")) is None
    assert meeting(text.format("June 18 and 22")) == (2018, "intersessional")


def test_another_month_in_the_sentence_that_also_gives_the_meetings_own_is_something_else_dated():
    text = "Participants met in Antwerp, Belgium from 18 to 22 June 2018, to review the rules in force since 1 {} 2018."
    assert meeting(text.format("June")) == (2018, "intersessional")
    assert meeting(text.format("January")) == (2018, "intersessional")
    assert meeting("Participants met in Antwerp in February 2018 to review the rules.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The move came after the most recent plenary, held Dec. 9–14 in Brisbane, Australia.",
        "La plénière, tenue du 9 au 14 décembre à Brisbane, n'a rien décidé.",
        "The plenary in Brisbane on 9-14 December ended without a deal.",
    ],
)
def test_a_yearless_stretch_of_days_beside_the_city_names_the_meeting_it_overlaps(text):
    brisbane = PlenaryRef(2017, "plenary", "Brisbane", date(2017, 12, 14), date(2017, 12, 10), "Australia")
    earlier = PlenaryRef(2010, "plenary", "Brisbane", date(2010, 6, 4), date(2010, 6, 1), "Australia")  # made up
    assert resolve_meeting(text, [earlier, brisbane], None).plenary == brisbane


def test_a_stretch_inside_a_meetings_days_is_likely_to_be_that_meeting():
    # A committee sitting during the plenary: less sure than the plenary's own days, enough against a year elsewhere.
    text = (
        "Le comité d'adhésion, qui s'est réuni du 12 au 14 décembre à Brisbane, a accepté la candidature.\n"
        "Les réunions tenues à Dubaï en novembre 2016 s'étaient déjà penchées sur le cas."
    )
    brisbane = PlenaryRef(2017, "plenary", "Brisbane", date(2017, 12, 14), date(2017, 12, 10), "Australia")
    guess = resolve_meeting(text, [*MEETINGS, brisbane], date(2017, 12, 16))
    assert guess.plenary == brisbane
    assert "names 12 au 14 decembre in Brisbane, within the days of the 2017 plenary" in guess.evidence


def test_a_yearless_dateline_on_the_day_published_is_its_timing_not_a_meeting_day():
    # 7 November fell in the 2006 Gaborone plenary; the text, published on 7 November 2022, is about the one just held.
    text = (
        "GABORONE, Nov 7 (Reuters) - Botswana has won its bid to host the secretariat of the Kimberley Process, "
        "which handed over its chairmanship to Zimbabwe at last week's plenary."
    )
    gaborone = [
        PlenaryRef(2006, "plenary", "Gaborone", date(2006, 11, 9), date(2006, 11, 6), "Botswana"),
        PlenaryRef(2022, "plenary", "Gaborone", date(2022, 11, 4), date(2022, 11, 1), "Botswana"),
    ]
    assert resolve_meeting(text, gaborone, date(2022, 11, 7)).plenary == gaborone[1]


def test_a_stretch_of_days_names_the_meeting_whose_first_and_last_days_it_gives_not_one_it_overlaps():
    # 12 to 15 November overlaps the 2016 plenary (13-17) but is the 2024 one (12-15).
    text = "The United States took part in the Kimberley Process Plenary held in Dubai from November 12 to 15."
    assert meeting(text) == (2024, "plenary")


def test_an_abbreviated_month_beside_the_city_is_a_day_of_the_meeting_that_sat_then():
    text = "NEW DELHI, Nov. 20 (AP) — Civil society walked out of the Kimberley Process plenary."
    old_delhi = PlenaryRef(2008, "plenary", "New Delhi", date(2008, 11, 6), date(2008, 11, 3), "India", "India")
    new_delhi = next(ref for ref in MEETINGS if ref.city == "New Delhi")
    assert resolve_meeting(text, [old_delhi, new_delhi], None).plenary == new_delhi


def test_a_meeting_held_here_is_in_the_city_of_the_dateline():
    text = (
        "Washington, D.C.--The members of the Kimberley Process failed to agree on the definition at the annual "
        "plenary meeting held last week here.\n\nTalks will continue in 2013."
    )
    assert meeting(text) == (2012, "plenary")


def test_here_without_a_meeting_or_a_dateline_says_nothing_of_one():
    assert meeting("WASHINGTON (Reuters) - The US wants the scheme reformed, officials here said.") is None
    not_a_dateline = "Delegates said the plenary in Washington went well. The coalition met here to prepare."
    assert "held 'here'" not in resolve_meeting(not_a_dateline, MEETINGS, None).evidence


def test_a_meeting_of_another_kind_than_this_plenary_is_not_the_subject():
    text = (
        "The May 2024 intersessional meeting of the Kimberley Process was unique: communities testified.\n\n"
        "Having learnt from these testimonies, this plenary provides a crucial moment to broaden the scope."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert guess.plenary != MEETINGS[-4]  # not the 2024 intersessional it recalls
    assert MEETINGS[-3] in guess.candidates or guess.plenary == MEETINGS[-3]


def test_the_years_meeting_is_the_one_of_the_texts_own_kind():
    text = (
        "Civil society attended the intersessional and will speak again: at the 2024 meeting of the Kimberley "
        "Process, this plenary must deliver on reform."
    )
    assert meeting(text) == (2024, "plenary")


def test_this_intersessional_in_french_is_the_texts_own_kind():
    text = "Cette réunion intersessionnelle de 2018 à Anvers doit préparer la plénière de 2018 à Bruxelles."
    assert meeting(text) == (2018, "intersessional")


# --- Meetings recalled or reported, not the subject


@pytest.mark.parametrize(
    "text",
    [
        "A new website explains how the Kimberley Process has evolved since the 2003 Plenary.",
        "Depuis la plénière de 2003, le processus a beaucoup changé.",
        "Unlike the previous 2019 Plenary, the chair wants results.",
    ],
)
def test_a_meeting_named_after_a_word_of_recollection_is_background(text):
    assert meeting(text) is None


def test_a_year_in_the_next_sentence_does_not_name_a_meeting_with_the_kind_word_before_it():
    text = "The minister spoke to the plenary on Monday.\n\nIn 2010 the country exported more than ever."
    assert (2010, "plenary") not in resolve_meeting(text, MEETINGS, None).candidates


def test_a_year_in_the_previous_paragraph_is_not_the_year_of_the_city_named_next():
    text = (
        "The embargo had weighed on the country since 2018.\n\n"
        "Meeting in Kinshasa, the Kimberley Process lifted it this week."
    )
    # Kinshasa is not "another year's meeting" because 2018 sits in another sentence: it stays a candidate.
    assert resolve_meeting(text, MEETINGS, None).plenary == MEETINGS[6]


@pytest.mark.parametrize(
    "text",
    [
        "NGOs walked out of the Kimberley Process' half-yearly meeting in Kinshasa this week.",
        "La réunion semestrielle du Processus de Kimberley à Kinshasa s'est achevée sans accord.",
        "A delegation took part in the Interim Meeting of the Kimberley Process, taking place in Kinshasa.",
    ],
)
def test_the_half_yearly_meeting_is_the_intersessional(text):
    kinshasa = PlenaryRef(2011, "plenary", "Kinshasa", date(2011, 11, 3), date(2011, 11, 1), "DRC", "DRC")
    assert resolve_meeting(text, [MEETINGS[6], kinshasa], None).plenary == MEETINGS[6]


def test_a_meeting_on_the_calendar_with_its_year_is_not_the_one_reported():
    text = "India will host a meeting of the KP committees in New Delhi in June 2019, and the plenary in November."
    assert meeting(text) is None


@pytest.mark.parametrize(
    "recalled",
    [
        "in accordance with the decision taken at the KP meeting, in Johannesburg, in November 2013",
        "as they have done since the meeting in Johannesburg in November 2013",
        "conformément aux décisions prises lors de la réunion de Johannesburg en novembre 2013",
    ],
)
def test_a_city_and_year_recalled_as_a_past_decision_or_since_are_background(recalled):
    text = (
        "The plenary in Jerusalem closed on Thursday after four days of talks.\n\n"
        f"Delegates reaffirmed the dialogue on the definition, {recalled}."
    )
    assert meeting(text) == (2010, "plenary")


def test_a_meeting_named_without_a_word_of_recollection_is_the_subject():
    assert meeting("The 2003 Plenary in Sun City adopted peer review.") == (2003, "plenary")


@pytest.mark.parametrize(
    "text",
    [
        "The allegation surfaced at the end of the week-long meeting of the diamond scheme.",
        "L'accusation est apparue à l'issue de la réunion du régime de certification.",
    ],
)
def test_what_happened_at_a_meetings_end_reported_days_later_is_about_that_meeting(text):
    assert meeting(text, date(2010, 6, 28)) == (2010, "intersessional")
    # Published days after it, speaking only of a meeting: too little to go on.
    assert meeting("The allegation surfaced during a meeting of the diamond scheme.", date(2010, 6, 28)) is None
    # Weeks later, a meeting's end is another one's.
    assert meeting(text, date(2010, 8, 28)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The KP intersessional meeting has commenced in Dubai. The coalition walked out of the last KP plenary in "
            "Zimbabwe last November.",
            (2024, "intersessional"),
        ),
        (
            "La plénière du Processus de Kimberley s'est ouverte à Dubaï. Lors de la dernière plénière aux chutes "
            "Victoria, rien n'avait été décidé.",
            (2024, "plenary"),
        ),
        # The last plenary held in Dubai is no one meeting: the choice stays the reviewer's.
        ("The KP plenary meeting opened in Dubai. At the previous plenary in Dubai, nothing was decided.", None),
    ],
)
def test_the_last_meeting_of_its_kind_a_text_recalls_says_which_of_a_citys_meetings_it_is_about(text, expected):
    guess = resolve_meeting(text, MEETINGS, None)
    assert (guess.plenary and (guess.plenary.year, guess.plenary.kind)) == expected
    if expected is None:
        assert guess.evidence == "Dubai: 2016, 2024 or 2025 plenary"
    else:
        assert "the last plenary it recalls is the 2023 plenary in Victoria Falls" in guess.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The chair for 2017 is welcomed at the plenary of 2016.
        (
            "Le WDC accueille l'Australie, présidente 2017 du PK, à la plénière de cette année à Dubaï.",
            (2016, "plenary"),
        ),
        ("At this year's plenary in Dubai, Australia was confirmed as chair for 2017.", (2016, "plenary")),
        # A chair for 2025 serves at the 2025 plenary and is chosen at the 2024 one: both fit, neither is chosen.
        ("At this year's plenary in Dubai, the chair for 2025 was confirmed.", None),
    ],
)
def test_a_chairs_term_of_office_says_which_of_a_citys_meetings_chose_or_heard_it(text, expected):
    guess = resolve_meeting(text, MEETINGS, None)
    assert (guess.plenary and (guess.plenary.year, guess.plenary.kind)) == expected
    if expected:
        assert "names a chairmanship for 2017, which only the 2016 fits" in guess.evidence


UNLISTED = (
    "Members of the scheme will meet in Antwerp {} to review progress. The plenary of 2018 will be held in Brussels "
    "from 12 to 16 November 2018."
)


def test_a_lead_about_a_gathering_on_days_no_listed_meeting_sat_is_about_none_of_them():
    guess = resolve_meeting(UNLISTED.format("March 12-14, 2018"), MEETINGS, date(2018, 3, 1))
    assert guess.plenary is None
    assert guess.candidates == []
    assert guess.evidence == "about a gathering on march 12-14, 2018, which is none of the listed meetings"
    french = "Le groupe de travail a organisé, du 10 au 11 avril 2018 à Kinshasa, le présent atelier."
    assert resolve_meeting(french, MEETINGS, None).evidence.startswith("about a gathering on 10 au 11 avril 2018")


def test_a_listed_meeting_the_lead_recalls_before_a_gathering_of_its_own_months_later_is_background():
    text = (
        "Inspired by the final communiqué of the plenary held from 12 to 16 November 2018 in Brussels, the working "
        "group organised, from 10 to 11 April 2019 in Kinshasa, this workshop."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert guess.plenary is None
    assert guess.evidence.startswith("about a gathering on 10 to 11 april 2019")


@pytest.mark.parametrize(
    "then",
    [
        "from 10 to 11 December 2018, this workshop",  # weeks later: a follow-up of the meeting, maybe about it
        "a workshop that will be held from 10 to 11 April 2019",  # to come: the text may be about the plenary
    ],
)
def test_a_gathering_soon_after_or_to_come_leaves_the_listed_meeting_in_the_running(then):
    text = f"The plenary held from 12 to 16 November 2018 in Brussels agreed on a plan; the group organised {then}."
    assert resolve_meeting(text, MEETINGS, None).evidence.startswith("names 2018-11-16")


@pytest.mark.parametrize(
    ("text", "plenaries"),
    [
        # The days of a listed meeting: that one.
        (UNLISTED.format("June 18-22, 2018"), MEETINGS),
        # A dateline's day is when the text was written, not a gathering's; nor is a day something else was done on.
        ("Antwerp, March 12, 2018 - Members of the scheme met in Antwerp at the intersessional.", MEETINGS),
        ("As the draft sent to participants on March 12, 2018 says, the intersessional in Antwerp agreed.", MEETINGS),
        # A meeting of that year whose days are not on record could be the one.
        (UNLISTED.format("March 12-14, 2018"), [*MEETINGS, PlenaryRef(2018, "intersessional", "Antwerp", None)]),
    ],
)
def test_a_gathering_dated_as_a_listed_meeting_or_undated_ones_could_be_is_not_ruled_out(text, plenaries):
    assert "none of the listed meetings" not in resolve_meeting(text, plenaries, date(2018, 3, 1)).evidence


@pytest.mark.parametrize(
    "text",
    [
        "The chairmanship moved by a year. The next plenary will take place in Swakopmund in November.",
        "La présidence a été reportée. La prochaine plénière se tiendra à Swakopmund en novembre.",
    ],
)
def test_a_meeting_on_the_calendar_is_not_the_one_the_text_reports(text):
    assert meeting(text) is None
    # "Next week's plenary" is the one the text is about.
    assert meeting("The definition will not change at next week's plenary in Swakopmund, the chair said.") == (
        2009,
        "plenary",
    )


@pytest.mark.parametrize(
    "headline", ["Russia blocks Ukraine debate at Kasane meet", "Debate at the Kasane intercessional"]
)
def test_a_meet_or_a_misspelt_intersessional_is_a_meeting_word(headline):
    guess = resolve_meeting(f"{headline}\n\nThe minister spoke to reporters.", KASANE, None)
    assert guess.plenary == KASANE[0]
    assert (
        resolve_meeting("Russia blocks Ukraine debate in Kasane\n\nThe minister spoke.", KASANE, None).plenary is None
    )


def test_a_background_word_in_the_next_sentence_does_not_make_a_city_background():
    assert meeting("The plenary opened in Swakopmund. In previous years, little changed.") == (2009, "plenary")
    assert meeting("The plenary opened in Swakopmund in previous years.") is None


def test_a_text_dating_what_it_reports_after_a_meeting_is_not_about_that_meeting():
    text = "The congress took place in Geneva from July 11 to 13, 2010. At its meetings, members adopted resolutions."
    assert meeting(text, date(2010, 7, 15)) is None
    # Without that later date, a text published just after a meeting may be about it.
    assert meeting("At its meetings in 2010, members adopted resolutions on Tel Aviv.", date(2010, 7, 1)) == (
        2010,
        "intersessional",
    )


def test_a_year_opening_a_sentence_tells_a_story():
    assert meeting("In 2012, the KP Plenary designated the World Diamond Council as host.") is None
    assert meeting("The 2012 KP Plenary designated the World Diamond Council as host.") == (2012, "plenary")


def test_a_kp_meeting_named_by_its_city_in_a_speech_at_another_bodys_meeting_is_background():
    text = (
        "Thank you for inviting me to this meeting of the World Diamond Council. "
        "On the basis of a very fruitful meeting in Sun City in October, the scheme has been negotiated."
    )
    guess = resolve_meeting(text, MEETINGS, None)
    assert guess.plenary is None
    assert [(ref.year, ref.kind) for ref in guess.candidates] == [(2003, "plenary")]
    assert meeting("A very fruitful meeting in Sun City in October agreed the scheme.") == (2003, "plenary")


def test_a_chairmanship_accepted_in_a_meetings_city_is_accepted_at_the_plenary_before_its_year():
    text = (
        "In a chairmanship acceptance speech 2023 for Zimbabwe, in Victoria Falls, Zimbabwe on Friday, the minister "
        "said it was an honour for the country to accept the KP Chairmanship (2023)."
    )
    falls = PlenaryRef(2022, "plenary", "Victoria Falls", date(2022, 11, 4), date(2022, 11, 1), "Zimbabwe")
    guess = resolve_meeting(text, [falls, *MEETINGS], None)
    assert guess.plenary == falls
    assert "the chair for 2023 took over at it" in guess.evidence


def test_a_chairmanship_handed_over_at_a_ceremony_elsewhere_names_no_plenary():
    text = (
        "The ministry has appointed Ahmed Bin Sulayem as the UAE's Chair of the Kimberley Process for 2016. Present "
        "at the official handover in Abu Dhabi was the former Chair. The KP appointed the UAE in November 2015."
    )
    assert meeting(text) is None


@pytest.mark.parametrize(
    "caption",
    [
        "Tough ask: KP delegates during their meeting in Johannesburg in 2013. PIC: KPCS COMMUNICATIONS",
        "Photo: delegates at the 2013 plenary in Johannesburg",
    ],
)
def test_a_meeting_named_only_in_a_photos_caption_is_not_the_subject(caption):
    text = f"Sink or swim for the Kimberley Process\n\n{caption}\n\nThe scheme faces its toughest test yet."
    assert meeting(text) is None


# --- Opening words


def test_opening_a_plenary_in_so_many_words_is_an_opening_speech():
    meetings = [PlenaryRef(2025, "plenary", "Dubai", date(2025, 11, 21), start_date=date(2025, 11, 17))]
    text = "Feriel Zerouki opened the 2025 Kimberley Process (KP) Plenary with a call for reform."

    assert resolve_meeting(text, meetings, None).opening


def test_a_reason_named_twice_in_the_text_is_given_once():
    text = "At the 2025 plenary in Dubai, civil society walked out. In Dubai in 2025 the scope was not discussed."
    guess = resolve_meeting(text, MEETINGS, None)

    assert (guess.plenary.year, guess.plenary.kind) == (2025, "plenary")
    assert guess.evidence.count("names Dubai and 2025") == 1, guess.evidence


# --- Years of a chairmanship are terms of office, not meetings


def test_the_years_of_a_chairmanship_name_no_meeting():
    text = "Angola was elected chairman for 2015 at the plenary session held in Johannesburg, South Africa."
    assert meeting(text) == (2013, "plenary")
    assert meeting("Angola, vice chair for 2014, spoke at the plenary in Johannesburg.") == (2013, "plenary")
    assert meeting("Angola elected Vice Chair of Kimberley Process 2014\n\nAt the plenary in Johannesburg…") == (
        2013,
        "plenary",
    )


def test_a_country_to_chair_the_process_in_a_year_names_no_meeting_of_that_year():
    assert meeting("The minister said Zimbabwe will chair the Kimberley Process in 2023 and host its plenary.") is None
    assert (
        meeting("Les Émirats assureront la présidence du PK en 2024, a indiqué le ministre après la plénière.") is None
    )


def test_a_chair_named_by_its_year_leaves_the_meeting_named_beside_it():
    text = "The 2019 KP Chair, India, opened the 2019 plenary in New Delhi on Monday."
    assert meeting(text) == (2019, "plenary")
    assert meeting("The 2024 KP Chair addressed journalists about the review.") is None


def test_a_text_reporting_a_later_day_looks_back_at_the_meeting_it_names():
    recalled = (
        "La présidente a convoqué une réunion à New York. L'accord avait été trouvé lors de la plénière de Jérusalem."
    )
    assert meeting(recalled) == (2010, "plenary")
    assert meeting("Le 8 mars 2011, l" + recalled[1:]) is None  # what it reports happened four months after
    assert meeting("On 3 November 2010, the plenary in Jerusalem heard the chair.") == (2010, "plenary")


def test_a_meeting_recalled_by_last_month_is_background():
    text = "We thank Zimbabwe for hosting the Kimberley Process plenary in Victoria Falls last November."
    assert meeting(text) is None
    assert meeting("Nous remercions le Zimbabwe pour la plénière de Victoria Falls en novembre dernier.") is None


# --- Whether a text is, or reports, a meeting's opening or closing words


KASANE = [PlenaryRef(2022, "intersessional", "Kasane", date(2022, 6, 24), date(2022, 6, 20), "Botswana", "Botswana")]


def speech_kind(text, url=""):
    guess = resolve_meeting(text, KASANE, None, url=url)
    return {name for name in ("opening", "closing", "speech") if getattr(guess, name)}


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # Its heading (or address) names the remarks: the text is the speech.
        (
            "Closing remarks at the intersessional meeting in Kasane\n\nWe regret the outcome.",
            "",
            {"closing", "speech"},
        ),
        (
            "We regret the outcome.",
            "https://example.org/2022-kasane-opening-speech-of-the-coalition/",
            {"opening", "speech"},
        ),
        # It addresses its audience.
        (
            "Excellencies, ladies and gentlemen, in these opening remarks in Kasane we urge reform.",
            "",
            {"opening", "speech"},
        ),
        ("Alors que nous ouvrons aujourd'hui la réunion à Kasane, je vous remercie.", "", {"opening", "speech"}),
        # It reports them.
        ("In his inaugural address in Kasane, the chair called for unity.", "", {"opening"}),
        ("The chair opened the intersessional meeting in Kasane with a call for unity.", "", {"opening"}),
        ("Dans son discours de clôture à Kasane, le coordinateur a regretté l'impasse.", "", {"closing"}),
        # The meeting opening or closing that day.
        ("At today's closing session in Kasane, the coalition walked out.", "", {"closing"}),
        # An event at the opening or closing session, on a day the text does not give.
        ("At the closing session in Kasane, the coalition walked out.", "", set()),
        ("The opening ceremony in Kasane was long.", "", set()),
        # Words that are not about a meeting's opening or closing.
        ("In Kasane the coalition asked for the opening up of markets and for closing the loopholes.", "", set()),
        # Both, and no heading to decide: neither.
        ("Their opening remarks and their closing remarks in Kasane disagreed.", "", set()),
    ],
)
def test_opening_or_closing_words_and_whether_the_text_is_the_speech(text, url, expected):
    assert speech_kind(text, url) == expected


GABORONE = [
    PlenaryRef(
        2006, "plenary", "Gaborone", date(2006, 11, 9), date(2006, 11, 6), "Botswana", chair_person="K.G. Moshashane"
    ),
    PlenaryRef(
        2022, "plenary", "Gaborone", date(2022, 11, 4), date(2022, 11, 1), "Botswana", chair_person="Jacob Thamage"
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Kimberley Process Chair Jacob Thamage opened the plenary in Gaborone.",
        "Jacob Thamage, présidente du PK, a ouvert la plénière à Gaborone.",
    ],
)
def test_the_person_named_as_chair_tells_meetings_in_one_city_apart(text):
    guess = resolve_meeting(text, GABORONE, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2022, "plenary")
    assert "names its chair (Jacob Thamage)" in guess.evidence


def test_the_chairs_name_without_the_title_says_nothing():
    assert (
        resolve_meeting("Jacob Thamage, a delegate, spoke at the plenary in Gaborone.", GABORONE, None).plenary is None
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Après la plénière de Dubaï. Jeudi 17 novembre, la présidence a publié un communiqué.", 2016),
        ("After the plenary in Dubai. On Monday, November 17, the chair issued a statement.", 2025),
    ],
)
def test_a_weekday_and_date_without_a_year_say_the_year(text, year):
    # 17 November was a Thursday in 2016 and a Monday in 2025; both Dubai plenaries sat that day.
    assert meeting(text) == (year, "plenary")


def test_a_weekday_and_date_that_fit_no_meetings_year_say_nothing():
    assert meeting("After the plenary in Dubai. On Tuesday, November 17, the chair issued a statement.") is None


def test_a_leap_day_is_looked_for_in_every_year_not_only_until_one_lacks_it():
    from statements.extraction.plenary import _weekday_dates

    assert _weekday_dates("thursday, 29 february", {2023, 2024}) == [date(2024, 2, 29)]


def test_the_weekday_another_kind_of_meeting_opened_on_does_not_tell_for_it():
    # The intersessional's days are not recorded; the plenary opened on a Monday.
    meetings = [
        PlenaryRef(2023, "intersessional", "Victoria Falls", None, None, "Zimbabwe", "Zimbabwe"),
        PlenaryRef(2023, "plenary", "Victoria Falls", date(2023, 11, 10), date(2023, 11, 6), "Zimbabwe", "Zimbabwe"),
    ]
    said = "The Kimberley Process intersessional meeting opened in Victoria Falls on Monday under Zimbabwe's chair."
    assert resolve_meeting(said, meetings, None).plenary.kind == "intersessional"
    said = "The Kimberley Process plenary opened in Victoria Falls on Monday under Zimbabwe's chairmanship."
    assert resolve_meeting(said, meetings, None).plenary.kind == "plenary"


@pytest.mark.parametrize(
    ("published_on", "expected"),
    [
        (date(2021, 7, 25), (2021, "intersessional")),  # a month after it closed: closing words posted late
        (date(2021, 10, 1), None),  # three months on, "this week" is another week
    ],
)
def test_closing_words_posted_weeks_after_the_meeting_they_name_are_still_about_it(published_on, expected):
    text = (
        "Closing statement\n\nKP Chair, ladies and gentlemen,\n\nWe have come to the end of the 2021 KP "
        "Intersessional meeting, and this week showed again that the definition stays blocked."
    )
    assert meeting(text, published_on) == expected


@pytest.mark.parametrize(
    "term",
    [
        "From 1 January 2023, Zimbabwe will chair the Kimberley Process.",
        "À compter du 1er janvier 2023, le Zimbabwe assurera la présidence du Processus de Kimberley.",
        "Zimbabwe will take over the chairmanship on January 1, 2023.",
    ],
)
def test_a_term_to_begin_on_new_years_day_tells_which_of_a_citys_plenaries_chose_it(term):
    guess = resolve_meeting(f"The KP plenary in Gaborone elected Angola to chair a committee. {term}", GABORONE, None)
    assert (guess.plenary.year, guess.plenary.kind) == (2022, "plenary")
    assert guess.evidence.endswith("names a chairmanship for 2023, which only the 2022 fits")


@pytest.mark.parametrize(
    "term",
    [
        "The European Commission took over the chairmanship of the Kimberley Process on January 1, 2007.",
        "From 1 January 2007 the European Commission chaired the Kimberley Process.",
    ],
)
def test_a_term_that_began_on_new_years_day_looked_back_on_chooses_no_plenary(term):
    text = f"The KP plenary in Gaborone gave Ghana a deadline. {term}"
    guess = resolve_meeting(text, GABORONE, None)
    assert guess.plenary is None
    assert {ref.year for ref in guess.candidates} == {2006, 2022}


CHRONOLOGY = (
    "Le secrétariat national permanent du PK\n\n"
    "• 2003 : le Cameroun adhère au Processus de Kimberley\n"
    "• Juillet 2007: une étude du potentiel diamantifère démarre\n"
    "• 03 novembre 2011: la réunion plénière de Kinshasa demande au Cameroun de compléter son dossier\n"
)


def test_meetings_listed_in_a_chronology_are_the_texts_history():
    guess = resolve_meeting(CHRONOLOGY, [*MEETINGS, PlenaryRef(2011, "plenary", "Kinshasa", date(2011, 11, 4))], None)
    assert guess.plenary is None


def test_one_dated_line_is_no_chronology():
    kinshasa = PlenaryRef(2011, "plenary", "Kinshasa", date(2011, 11, 4), date(2011, 11, 1))
    text = "03 novembre 2011: la réunion plénière de Kinshasa demande au Cameroun de compléter son dossier."
    assert resolve_meeting(text, [*MEETINGS, kinshasa], None).plenary == kinshasa


def test_a_chairs_term_does_not_settle_a_tie_among_meetings_only_its_chair_points_to():
    # Only the chair, who chaired all three, points to Dubai's plenaries: an interview about him, not a meeting.
    dubai = [
        PlenaryRef(
            year, "plenary", "Dubai", date(year, 11, 17), date(year, 11, 13), "UAE", chair_person="Ahmed Bin Sulayem"
        )
        for year in (2016, 2024, 2025)
    ]
    text = "An interview with Ahmed Bin Sulayem, Chair of the Kimberley Process for 2024, about traceability."
    guess = resolve_meeting(text, dubai, None)
    assert guess.plenary is None
    assert {ref.year for ref in guess.candidates} == {2016, 2024, 2025}


@pytest.mark.parametrize(
    ("ended", "expected"),
    [
        ("that concluded on November 5", 2022),  # the day after its last: agreed after midnight
        ("qui s'est achevée le 5 novembre", 2022),
        ("that opened on November 5", None),  # a day after it closed is no day it opened
        ("that concluded on November 12", None),  # nor days later
    ],
)
def test_a_meeting_may_end_in_the_small_hours_of_the_day_after_its_last(ended, expected):
    guess = resolve_meeting(f"The decision follows the Kimberley Process Plenary in Gaborone {ended}.", GABORONE, None)
    assert (guess.plenary.year if guess.plenary else None) == expected


def test_closing_words_weeks_after_a_meeting_with_only_its_first_day_on_record():
    kinshasa = PlenaryRef(2011, "intersessional", "Kinshasa", None, date(2011, 6, 20))
    text = "Closing statement: we have come to the end of the 2011 KP intersessional meeting."
    assert resolve_meeting(text, [kinshasa], date(2011, 7, 20)).plenary == kinshasa


def test_the_processus_kimberley_in_the_address_is_the_scheme_not_the_town():
    url = "https://news.example.be/actualites/diamants-de-sang-le-processus-kimberley-en-danger/"
    text = "Ce samedi, les membres du Processus Kimberley se réuniront pour décider de son avenir."
    guess = resolve_meeting(text, MEETINGS, None, url=url)
    assert guess.plenary is None
    assert "kimberley" not in guess.evidence.lower()
