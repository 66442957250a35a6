"""Short excerpts for the fourth round of rules: keyword word forms, reforms by what they do, words in another
sense, dates in release lines and addresses, speakers under headings and in transcripts, issuers after a dateline."""

from datetime import date

from statements.extraction import AreaRule, PlenaryRef
from statements.extraction.areas import match_areas
from statements.extraction.dates import find_text_date, url_date
from statements.extraction.organisations import identify_organisation
from statements.extraction.plenary import resolve_meeting
from statements.extraction.quotes import find_quotes, find_speaker

TODAY = date(2026, 1, 1)


def _slugs(text, rules):
    return sorted(match.slug for match in match_areas(text, rules))


# --- Areas


def test_each_word_of_a_keyword_may_take_its_other_forms():
    controls = [AreaRule("internal-controls", ["internal controls", "non-compliance", "comply with"])]
    review = [AreaRule("peer-review", ["mission de revue", "peer review"])]

    assert _slugs("Its internal control system is weak.", controls) == ["internal-controls"]
    assert _slugs("Zimbabwe was declared non-compliant.", controls) == ["internal-controls"]
    assert _slugs("Venezuela never complied with the rules.", controls) == ["internal-controls"]
    assert _slugs("Les recommandations de deux missions de revue du PK.", review) == ["peer-review"]
    assert _slugs("Its system was peer reviewed in 2019.", review) == ["peer-review"]


def test_a_review_of_the_kimberley_process_is_the_review_and_reform_process():
    rules = [AreaRule("review-process", ["review and reform"])]

    assert _slugs("The formal review of the Kimberley Process Certification Scheme in 2023.", rules) == [
        "review-process"
    ]
    assert _slugs("The outcomes of a comprehensive review of the Process in 2017.", rules) == ["review-process"]
    assert _slugs("Delegates will review the work of the working groups.", rules) == []


def test_a_permanent_kp_office_is_the_permanent_secretariat():
    rules = [AreaRule("permanent-secretariat", ["permanent secretariat"])]

    assert _slugs("We have called for a KP office for many years.", rules) == ["permanent-secretariat"]


def test_a_one_word_keyword_in_another_sense_is_no_reform():
    scope = [AreaRule("scope", ["scope"])]
    secretariat = [AreaRule("permanent-secretariat", ["secretariat", "secrétariat"])]

    assert _slugs("An organisation with an international and multilateral scope.", scope) == []
    assert _slugs("There is scope for improvement.", scope) == []
    assert _slugs("Participants must expand the scope of the KP.", scope) == ["scope"]
    assert _slugs("Le coordonnateur du secrétariat technique du processus de Kimberley en RDC.", secretariat) == []
    assert _slugs("The KP secretariat will open in Gaborone.", secretariat) == ["permanent-secretariat"]


def test_the_scheme_described_as_background_is_not_its_reform():
    rules = [AreaRule("internal-controls", ["internal controls"])]
    background = (
        "Established in 2003, the Kimberley Process Certification Scheme requires participating countries to "
        "develop internal controls to keep conflict diamonds out."
    )

    assert _slugs(background, rules) == []
    assert _slugs("Zimbabwe's internal controls failed at Marange.", rules) == ["internal-controls"]


# --- Dates


def test_a_release_number_may_come_before_the_dateline():
    text = "Canada Rejects Statement\n\n(No. 181 - June 24, 2011 – 10:00 p.m. ET) John Baird today announced…"

    assert find_text_date(text, TODAY) == (date(2011, 6, 24), "dateline in text")


def test_a_date_in_an_addresss_slug_or_a_file_named_by_its_day():
    assert url_date("https://example.org/news/kp-plenary-2019-11-22-report", TODAY) == date(2019, 11, 22)
    assert url_date("https://minister.example/speeches/Pages/2017/jb_sp_170501.aspx?w=1", TODAY) == date(2017, 5, 1)
    # Six digits whose year is not the folder's are a number, not a day.
    assert url_date("https://example.org/2017/item_190501.html", TODAY) is None


def test_opening_a_plenary_in_so_many_words_is_an_opening_speech():
    meetings = [PlenaryRef(2025, "plenary", "Dubai", date(2025, 11, 21), start_date=date(2025, 11, 17))]
    text = "Feriel Zerouki opened the 2025 Kimberley Process (KP) Plenary with a call for reform."

    assert resolve_meeting(text, meetings, None).opening


# --- People


def test_a_speaker_in_capitals_on_the_line_under_the_heading():
    text = (
        "PRESENTATION FOR THE MINISTER OF MINERALS AND ENERGY,\nMS PHUMZILE MLAMBO-NGCUKA\nTO BE DELIVERED AT"
        "\n\nChairperson, it is my great pleasure…"
    )

    assert find_speaker(text) == "Phumzile Mlambo-Ngcuka"


def test_a_statement_issued_by_someone_has_them_as_speaker():
    text = "KP Chair Issues Statement\n\nThe following statement was issued by Kimberley Process chair Boaz Hirsch:"

    assert find_speaker(text) == "Boaz Hirsch"


def test_a_transcripts_speakers_in_capitals_and_an_answer_to_the_interviewer():
    briefing = (
        "Paul Simons, Deputy Assistant Secretary;\nSue Saarnio, Special Advisor\n\n"
        "DEPUTY ASSISTANT SECRETARY SIMONS: Maybe we can just do a quick round of introductions.\n\n"
        "MS. SAARNIO: And I'm Sue Saarnio. I'm the Special Advisor for Conflict Diamonds.\n\n"
        "DEPUTY ASSISTANT SECRETARY SIMONS: We thought this was a good opportunity."
    )
    interview = (
        "RAPAPORT MAGAZINE: Please explain your NGO.\n\n"
        "Farai Maguwu: The Center for Research and Development was formed in 2005."
    )

    assert [quote.person for quote in find_quotes(briefing)] == ["Paul Simons", "Sue Saarnio"]
    assert [quote.person for quote in find_quotes(interview)] == ["Farai Maguwu"]


def test_she_is_the_person_last_named_when_nobody_was_quoted_yet():
    text = (
        "CAMERPOST met en avant les déclarations de Joanne Lebert, directrice générale de Partenariat Afrique "
        "Canada. Elle déclare : « bien que le tollé soulevé par les « diamants du sang » ait entraîné des mesures, "
        "les voisins ont été oubliés »."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Joanne Lebert"]


def test_a_misspelt_title_is_not_part_of_the_name():
    text = "“South Africa remains committed to the Kimberley Process,” said Ambasador Mxolisi Nkosi."

    assert [quote.person for quote in find_quotes(text)] == ["Mxolisi Nkosi"]


# --- Organisations


def test_the_first_sentences_subject_after_a_bracketed_source_and_date():
    text = (
        "Amnesty International Speaks Out\n\n(Rapaport…September 10, 2001) Amnesty International has called upon "
        "the diamond industry to act.\n\n“Those involved have a responsibility,” said an Amnesty International "
        "spokesperson."
    )

    assert identify_organisation(text)[0] == "Amnesty International"
    assert find_quotes(text) == []  # an organisation's spokesperson, unnamed, is not a person
