"""Reform areas and stance, the meeting a text is about, and the organisation that issued it."""

from datetime import date

from statements.extraction import AreaRule, PlenaryRef
from statements.extraction.areas import match_areas
from statements.extraction.organisations import find_organisation
from statements.extraction.plenary import match_plenary

SECRETARIAT = [AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"])]


def _stance(text: str, rules=SECRETARIAT) -> str:
    (area,) = match_areas(text, rules)
    return area.stance


def test_area_keywords_match_regardless_of_case_accents_hyphens_and_plurals():
    rules = [AreaRule("peer-review", ["peer review"]), AreaRule("multi-donor-fund", ["multi-donor fund"])]
    areas = match_areas("Two PEER-REVIEWS were held. The multi donor fund exists. Peer reviewers met.", rules)
    assert [area.slug for area in areas] == ["peer-review", "multi-donor-fund"]
    assert match_areas("Le secretariat permanent est en place.", SECRETARIAT)[0].slug == "permanent-secretariat"


def test_area_keywords_need_whole_words():
    assert match_areas("The telescope and the microscope were used.", [AreaRule("scope", ["scope"])]) == []


def test_stance_is_positive_for_progress_and_neutral_without_cues():
    assert _stance("The plenary welcomed the creation of a permanent secretariat.") == "positive"
    assert _stance("Delegates discussed the permanent secretariat at length.") == "neutral"
    assert _stance("La plénière salue l’adoption du secrétariat permanent.") == "positive"


def test_stance_is_negative_when_positive_words_are_negated():
    assert _stance("Participants failed to reach agreement on the permanent secretariat.") == "negative"
    assert _stance("No progress was made on the permanent secretariat.") == "negative"
    assert _stance("Le secrétariat permanent n’a pas été adopté, faute de consensus.") == "negative"


def test_stance_negative_wins_a_tie_with_failure_words():
    assert _stance("Some welcomed the permanent secretariat idea, but the decision stalled.") == "negative"


def test_stance_reads_the_neighbouring_sentence_in_the_same_paragraph_only():
    text = "Reforms were kicked into the long grass. This includes the permanent secretariat.\n\nProgress elsewhere."
    assert _stance(text) == "negative"
    assert _stance("Reforms were kicked into the long grass.\n\nThe permanent secretariat was discussed.") == "neutral"


def test_area_excerpt_of_a_long_sentence_is_cut_around_the_keyword():
    sentence = "Word " * 150 + "the permanent secretariat " + "more " * 150
    (area,) = match_areas(sentence, SECRETARIAT)
    assert len(area.excerpt) <= 400
    assert "permanent secretariat" in area.excerpt
    assert area.excerpt.startswith("…") and area.excerpt.endswith("…")


MEETINGS = [
    PlenaryRef(2019, "intersessional", "Mumbai", date(2019, 6, 20)),
    PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22)),
    PlenaryRef(2020, "special", "", date(2020, 11, 30)),
    PlenaryRef(2003, "plenary", "Kimberley", date(2003, 4, 30)),
]


def test_plenary_named_by_year_and_city():
    text = "The 2019 Kimberley Process (KP) Plenary, under Indian chairmanship in New Delhi, ended."
    assert match_plenary(text, MEETINGS, None).city == "New Delhi"


def test_plenary_prefers_the_intersessional_when_the_text_says_so():
    text = "At the 2019 intersessional meeting, participants discussed the review."
    assert match_plenary(text, MEETINGS, date(2019, 6, 21)).kind == "intersessional"


def test_plenary_year_alone_needs_a_meeting_word_nearby():
    assert match_plenary("Since 2019 little has changed for mining communities.", MEETINGS, None) is None


def test_a_statement_that_names_no_meeting_is_about_none_months_later():
    # The latest plenary before it is a guess, not evidence: better empty than wrong.
    assert match_plenary("A statement with no meeting named.", MEETINGS, date(2020, 3, 1)) is None


def test_kimberley_the_city_is_not_the_kimberley_process():
    assert match_plenary("The Kimberley Process plenary failed.", MEETINGS, None) is None
    assert match_plenary("The first plenary met in Kimberley, South Africa.", MEETINGS, None).year == 2003


def test_organisation_patterns_without_known_organisations():
    assert find_organisation("Statement by Global Witness on the 2019 plenary\n\nText.") == "Global Witness"
    assert find_organisation("COMMUNIQUÉ DE PRESSE : Réseau Ressources Naturelles\n\nTexte.") == (
        "Réseau Ressources Naturelles"
    )
    assert find_organisation("IMPACT – Press Release\n\nText.") == "IMPACT"
    assert find_organisation("A text with no publisher line.\n\nAbout Global Witness\n\nGW is an NGO.") == (
        "Global Witness"
    )
    assert find_organisation("Just some text about diamonds.") == ""


def test_organisation_matches_known_names_and_acronyms():
    known = ["Kimberley Process Civil Society Coalition (KP CSC)", "IPIS"]
    assert find_organisation("Press release KP CSC\n\nText.", known) == "Kimberley Process Civil Society Coalition"
    assert find_organisation("Kimberley Process Civil Society Coalition\n\nText.", known) == (
        "Kimberley Process Civil Society Coalition"
    )
    assert find_organisation("Nothing here.", known, site_name="ipis") == "IPIS"


def test_organisation_is_not_taken_from_the_contacts_section():
    body = "A statement with no publisher line.\n\n" + "A paragraph of the statement.\n\n" * 12
    contacts = "More information:\n\nShamiso Mtisi, ZELA, ZELA\n\nHans Merket, IPIS, IPIS"
    assert find_organisation(body + contacts, ["IPIS", "ZELA"]) == ""
    assert find_organisation(body + "IPIS and IPIS again.\n\n" + contacts, ["IPIS", "ZELA"]) == "IPIS"
