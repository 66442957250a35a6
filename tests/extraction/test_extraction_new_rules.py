"""Short excerpts for the rules that let extraction hold on statements it has never seen."""

from datetime import date

from statements.extraction import AreaRule, PlenaryRef, extract_document
from statements.extraction.areas import match_areas
from statements.extraction.dates import find_text_date
from statements.extraction.organisations import identify_organisation
from statements.extraction.quotes import find_quotes, find_speaker

TODAY = date(2026, 1, 1)
KNOWN = ["kimberley process civil society coalition", "kp csc", "diamond development initiative", "impact"]


def organisation(text, known=KNOWN):
    return identify_organisation(text, known)


# --- Organisations


def test_the_subject_of_the_first_sentence_with_its_acronym_is_the_author():
    text = "Title of the release\n\nThe Centre for Natural Resource Governance (CNRG) today called on the KP to act."
    assert organisation(text) == (
        "Centre for Natural Resource Governance (CNRG)",
        "first sentence: “The Centre for Natural Resource Governance (CNRG) today called on the KP to act.”",
    )
    assert organisation("Un titre\n\nLe Centre du Commerce International (CECIDE) salue la décision.")[0] == (
        "Centre du Commerce International (CECIDE)"
    )


def test_press_release_of_names_its_issuer():
    assert organisation("Press release of the Centre for Natural Resource Governance\n\nText.", known=[])[0] == (
        "Centre for Natural Resource Governance"
    )
    assert organisation("Communiqué de presse de la Coalition de la société civile\n\nTexte.", known=[])[0] == (
        "Coalition de la société civile"
    )


def test_the_kimberley_process_as_a_subject_is_what_the_text_is_about():
    assert organisation("A title\n\nThe Kimberley Process has a rotating chairmanship.", known=[]) == ("", "")


def test_a_known_organisation_is_found_without_the_words_kimberley_process():
    text = "A title\n\nOn Thursday, the civil society coalition walked out of the meeting, with Global Witness."
    assert organisation(text, ["global witness", *KNOWN])[0] == "kimberley process civil society coalition"


def test_a_known_organisation_is_found_by_its_initials():
    assert organisation("A title\n\nThis year DDI submitted several proposals.")[0] == "diamond development initiative"


def test_the_former_name_in_brackets_names_the_organisation_too():
    text = "A title\n\nLast week Partnership Africa Canada announced a boycott."
    assert organisation(text, ["impact (formerly partnership africa canada)"])[0] == "impact"


def test_a_signature_at_the_end_names_the_author_but_a_sentence_does_not():
    body = "Title\n\n" + "A paragraph about the diamond trade.\n\n" * 12
    assert organisation(body + "— Green Advocates International", known=[])[0] == "Green Advocates International"
    assert organisation(body + "GW is an NGO.", known=[]) == ("", "")


def test_the_last_item_of_a_list_is_not_a_signature():
    body = "Title\n\n" + "A paragraph about the diamond trade.\n\n" * 12 + "The NGOs call for:\n"
    items = "-Open and comparable production statistics;\n-A competent and professional coordination mechanism;"
    assert organisation(body + items, known=[]) == ("", "")


# --- Quotes


def test_a_speaker_after_their_title_and_a_comma():
    quotes = find_quotes('"We applaud his energy," said Global Witness Director, Charmian Gooch.', ["global witness"])
    assert [quote.person for quote in quotes] == ["Charmian Gooch"]


def test_a_speaker_followed_by_an_apposition_before_the_verb():
    text = "“It would appear Dubai is an ethics free haven,” Jaff Bamenjo, the Coalition’s man, told members."
    assert [quote.person for quote in find_quotes(text)] == ["Jaff Bamenjo"]


def test_a_quotation_running_over_paragraphs_is_attributed():
    text = 'Annie Dunnebacke, of Global Witness, said: "If rough diamonds had been exported.\n\n"We are pleased."'
    assert {quote.person for quote in find_quotes(text, ["global witness"])} == {"Annie Dunnebacke"}


# --- Reform areas


def test_area_keywords_allow_a_word_between_and_joined_hyphens():
    rules = [AreaRule("multi-donor-fund", ["multi-donor fund"])]
    assert [a.slug for a in match_areas("They set up a Multi-Donor Trust Fund.", rules)] == ["multi-donor-fund"]
    assert [a.slug for a in match_areas("A multidonor fund was agreed.", rules)] == ["multi-donor-fund"]


def test_an_acronym_counts_only_where_the_name_is_spelled_out_too():
    rules = [AreaRule("administrative-support", ["administrative support mechanism", "asm"])]
    assert match_areas("ASM communities in Sierra Leone mine alluvial diamonds.", rules) == []
    spelled = "The Administrative Support Mechanism (ASM) ends. The ASM handed over."
    assert [a.slug for a in match_areas(spelled, rules)] == ["administrative-support"]


def test_calling_for_a_reform_is_not_good_news_in_english_or_french():
    rules = [AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"])]
    english = match_areas("The Coalition calls on the KP to set up a permanent secretariat.", rules)
    french = match_areas("La coalition exhorte le PK à créer un secrétariat permanent.", rules)
    assert english[0].stance == french[0].stance == "negative"


# --- Dates


def test_a_body_date_is_an_event_and_a_dateline_may_name_several_places():
    assert find_text_date("Title\n\nAt the meeting held on 16 June 2023 they met.", TODAY) == (None, "")
    dated = find_text_date("Title\n\nLuanda, Angola / Ottawa, Canada—November 17, 2015\n\nText.", TODAY)
    assert dated[0] == date(2015, 11, 17)


MEETINGS = [PlenaryRef(2022, "intersessional", "Kasane", date(2022, 6, 24), date(2022, 6, 20), "Botswana", "Botswana")]


def test_an_opening_speech_at_a_known_meeting_is_dated_its_first_day_and_says_so():
    text = b"Opening remarks at the intersessional meeting in Kasane\n\nDistinguished delegates, thank you."
    document = extract_document(text, areas=[], plenaries=MEETINGS, today=TODAY)
    assert document.published_on == date(2022, 6, 20)
    assert document.date_source == "inferred: opening words at the 2022 intersessional, its first day"


def test_the_servers_last_modified_header_is_the_date_of_last_resort():
    text = b"A statement with no date.\n\nIt says nothing about when it was written."
    document = extract_document(
        text, areas=[], plenaries=[], today=TODAY, last_modified="Tue, 03 Dec 2019 10:00:00 GMT"
    )
    assert (document.published_on, document.date_source) == (date(2019, 12, 3), "the server's Last-Modified header")


def test_a_report_names_whose_statement_it_is():
    text = "India hosts\n\nDelegates will come, according to a statement issued by the Ministry of Commerce."
    assert organisation(text, known=[])[0] == "Ministry of Commerce"


def test_an_organisations_own_site_names_it_in_capitals():
    text = "A title\n\nMoscow, May 17, 2018 – ALROSA CEO Sergey Ivanov met the Chair of the Kimberley Process."
    assert identify_organisation(text, [], url="http://eng.alrosa.ru/news/")[0] == "ALROSA"
    # A news site's own name in its text is not the statement's author.
    news = "A title\n\nInfosplusgabon reports that the minister opened the plenary."
    assert identify_organisation(news, [], url="https://www.infosplusgabon.com/article")[0] == ""


def test_the_kp_chair_speaks_for_the_kp():
    text = "A title\n\nKimberley Process Chairman Boaz Hirsch said in a statement that the monitor was wrong."
    assert organisation(text, known=[])[0] == "Kimberley Process"


def test_organisations_greeted_in_a_speech_are_not_its_author():
    speech = "Opening remarks\n\nDistinguished members of the Kimberley Process Civil Society Coalition,\n\nWelcome."
    assert organisation(speech)[0] == ""


def test_the_speaker_of_a_speech_is_among_the_people():
    assert find_speaker("Address by Tim Martin, Chair\n\nColleagues, thank you.") == "Tim Martin"
    assert find_speaker("The statement was delivered by Philip T. Reeker, Deputy Spokesman.") == "Philip T. Reeker"
    text = "The text of South Africa’s Minister of Mineral Resources, Susan Shabangu’s address at the meeting"
    assert find_speaker(text) == "Susan Shabangu"
    assert find_speaker("Statement by representative of the Russian Federation Evgeny Varganov") == "Evgeny Varganov"
