"""Short excerpts for the second round of rules: meetings recalled or reported, not the subject; who issued it."""

from datetime import date

from statements.extraction import PlenaryRef
from statements.extraction.organisations import identify_organisation
from statements.extraction.plenary import resolve_meeting
from statements.extraction.quotes import find_quotes

MEETINGS = [
    PlenaryRef(2003, "special", "Johannesburg", date(2003, 4, 30), date(2003, 4, 28), "South Africa", "South Africa"),
    PlenaryRef(2003, "plenary", "Sun City", date(2003, 10, 31), date(2003, 10, 29), "South Africa", "South Africa"),
    PlenaryRef(2010, "intersessional", "Tel Aviv", date(2010, 6, 24), date(2010, 6, 21), "Israel", "Israel"),
    PlenaryRef(2012, "plenary", "Washington, D.C.", date(2012, 11, 30), date(2012, 11, 27), "United States", ""),
    PlenaryRef(2013, "plenary", "Johannesburg", date(2013, 11, 22), date(2013, 11, 19), "South Africa", "South Africa"),
    PlenaryRef(2018, "intersessional", "Antwerp", date(2018, 6, 22), date(2018, 6, 18), "European Union", "Belgium"),
    PlenaryRef(2021, "plenary", "Moscow", date(2021, 11, 12), date(2021, 11, 8), "Russian Federation", "Russia"),
    PlenaryRef(2024, "intersessional", "Dubai", date(2024, 5, 17), date(2024, 5, 13), "United Arab Emirates", "UAE"),
    PlenaryRef(2025, "intersessional", "Dubai", date(2025, 5, 16), date(2025, 5, 12), "United Arab Emirates", "UAE"),
]


def meeting(text, published_on=None):
    guess = resolve_meeting(text, MEETINGS, published_on)
    return (guess.plenary.year, guess.plenary.kind) if guess.plenary else None


# --- Meetings


def test_a_day_written_without_its_year_beside_the_city_says_which_meeting():
    text = (
        "Governments will have that opportunity when they meet in Johannesburg starting April 28. This plenary session"
    )
    assert meeting(text) == (2003, "special")
    assert meeting("Les réunions se sont achevées à Dubaï, aux Émirats arabes unis, le 17 mai.") == (
        2024,
        "intersessional",
    )  # the 2025 intersessional closed on 16 May


def test_a_day_without_its_year_in_another_month_is_another_gathering_in_that_city():
    text = "Members participated in the meeting, held between {} in Antwerp, to prepare the intersessional."
    assert meeting(text.format("February 18 and 24")) is None
    assert meeting(text.format("June 18 and 22")) == (2018, "intersessional")


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


# --- Organisations


def organisation(text, known=("world diamond council (wdc)", "IMPACT (formerly Partnership Africa Canada)")):
    return identify_organisation(text, list(known))


def test_an_opening_paragraph_naming_a_resolution_is_not_a_kp_title():
    text = (
        "UNITED NATIONS, March 3 -- The General Assembly on Tuesday adopted a resolution on the Kimberley Process, "
        "a mechanism aimed to prevent conflict diamonds from financing violence, for its development impact."
    )
    assert organisation(text)[0] != "Kimberley Process"
    final = "Le processus de Kimberley a donné son feu vert. C'est la substance du communiqué final de la réunion. " * 3
    assert organisation(final, known=())[0] == "Kimberley Process"


def test_a_french_report_of_what_an_organisation_declared_in_a_release():
    text = (
        "Le renforcement du système de certification, tels ont été les sujets de la réunion, d’après ce qu’a "
        "déclaré le World Diamond Council (WDC) dans un communiqué.\n\nLe WDC a rejoint des représentants."
    )
    assert organisation(text) == (
        "World Diamond Council",
        "“a déclaré le World Diamond Council (WDC) dans un communiqué”",
    )


def test_a_name_written_in_capitals_is_only_that_name_in_capitals():
    assert organisation("A title\n\nThe resolution notes its valuable development impact on many people.") == ("", "")
    assert organisation("A title\n\nToday IMPACT and IMPACT's partners called for reform.")[0] == "IMPACT"


def test_items_of_a_list_at_the_end_are_not_a_signature():
    body = "Title\n\n" + "A paragraph about the diamond trade.\n\n" * 12
    items = (
        "- Administrative Decision on the Establishment of a Secretariat;\n- Administrative Decision on Nomenclature."
    )
    assert organisation(body + items, known=()) == ("", "")


def test_a_hard_wrapped_line_does_not_open_a_sentence():
    text = (
        "Making the Case\n\nMaguwu is the director of the Center for Research and\n"
        "Development (CRD), a human rights NGO based in\nMutare."
    )
    assert organisation(text, known=())[0] != "Development (CRD)"


def test_non_government_organisations_are_not_a_government():
    text = (
        "6 november 2002\nNGOs cautiously welcome the launch\nInterlaken, Switzerland\n\n"
        "Non-Government Organisations representing a broad coalition welcomed the decision to launch the scheme."
    )
    assert organisation(text, known=())[0] != "Switzerland"


# --- People


def test_a_job_title_after_the_name_or_a_verb_before_it_is_not_part_of_the_name():
    quote = "“We are very encouraged that the Kimberley Process is undertaking its first review mission,”"
    assert [q.person for q in find_quotes(f"{quote} said Corinna Gilfillan Campaigner with Global Witness.")] == [
        "Corinna Gilfillan"
    ]
    text = "Commented Sanjay Shah, Convener, DPC, GJEPC: “India being a responsible member, we will support reforms.”"
    assert [q.person for q in find_quotes(text)] == ["Sanjay Shah"]
