"""Formats that name their issuer: a diplomatic cable's header, a review mission's report, a state's report on its
implementation, a paper series, a report the news passes on, an address naming whose statement it is; and what is no
issuer (a byline under a short text's title, a headline summing up a state's election)."""

import pytest

from statements.extraction.organisations import identify_organisation

KNOWN = ["Kimberley Process Civil Society Coalition", "KP Civil Society Coalition", "IPIS", "Global Witness"]


def organisation(text, known=KNOWN, url=""):
    return identify_organisation(text, known, url=url)[0]


# --- A diplomatic cable's header

CABLE = """Identifier
06ABUJA1234
Origin
Embassy Abuja
Cable title: NIGERIA: DIAMOND CONTROLS
R 111725Z DEC 06
FM {sender}
TO RUEHC/SECSTATE WASHDC 3182
INFO RUEHZK/ECOWAS COLLECTIVE
SUBJECT: NIGERIA: DIAMOND CONTROLS REVIEWED
1. (U) SUMMARY: EconOff met the Ministry of Mines, which said the Kimberley Process controls are in place.
"""


@pytest.mark.parametrize(
    "sender, expected",
    [
        ("AMEMBASSY ABUJA", "US Embassy Abuja"),
        ("AMEMBASSY ADDIS ABABA", "US Embassy Addis Ababa"),
        ("AMCONSUL JOHANNESBURG", "US Consulate Johannesburg"),
        ("SECSTATE WASHDC", "U.S. Department of State"),
        ("USMISSION USUN NEW YORK", "US Mission to the United Nations"),
    ],
)
def test_a_cables_sender_is_its_issuer(sender, expected):
    assert organisation(CABLE.format(sender=sender)) == expected


def test_an_fm_line_without_its_addressees_is_no_cable():
    text = "Notes\nFM AMEMBASSY ABUJA\nThe radio station FM Abuja reported on the diamond trade at length today."
    assert organisation(text) != "US Embassy Abuja"


# --- A review mission's report


@pytest.mark.parametrize(
    "cover",
    [
        "KIMBERLEY PROCESS CERTIFICATION SCHEME REVIEW MISSION TO GHANA 3 – 7 MAY, 2010\nFINAL REPORT",
        "Kimberley Process Certification Scheme\nReport of the Follow-up Review Mission to Guinea 9 to 14 August 2011",
        "Mission d'examen du Processus de Kimberley en République centrafricaine\nRapport final",
    ],
)
def test_a_review_missions_report_is_the_processs(cover):
    text = f"Document 2010 Report\n• PDF\n{cover}\nMEMBERS OF THE TEAM:\nCHAIR: CANADA: Represented by Jane Doe"
    assert organisation(text) == "Kimberley Process"


def test_a_headline_about_a_review_mission_is_not_its_report():
    text = "KP review mission to Ghana finds gaps\nFinal report\nThe team said controls were weak, the ministry said."
    assert organisation(text) != "Kimberley Process"


# --- A state's report on its implementation


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Namibia’s Report on the Implementation of the Kimberley Process Certification Scheme, 2014", "Namibia"),
        ("Rapport annuel du Cameroun sur la mise en œuvre du Système de certification du PK", "Cameroun"),
    ],
)
def test_a_states_report_on_its_implementation_is_its_governments(title, expected):
    text = f"Download to read offline\n- 1 -\n{title}\nPreamble\nThis report covers the year 2014."
    assert organisation(text, known=[]) == expected


def test_a_report_on_the_implementation_by_no_state_names_none():
    text = "Our Report on the Implementation of the KPCS\nThis report covers the year."
    assert organisation(text, known=[]) == ""


# --- A paper series


def test_a_known_organisations_paper_series_is_its_own():
    text = "IPIS Insights - Business & Human Rights\n12\nThe KP in review\nIntroduction\nDiamonds are valued."
    assert organisation(text) == "IPIS"


# --- A report the news passes on


@pytest.mark.parametrize(
    "lead",
    [
        "A recent report by Mines Watch Network (MWN) has uncovered gaps in the regional diamond offices.",
        "A recent assessment report by Mines Watch Network (MWN) has revealed that the offices are failing.",
    ],
)
def test_a_report_the_lead_passes_on_is_its_authors(lead):
    text = f"Liberia faces certification crisis\n{lead}\nThe offices are in disrepair."
    assert organisation(text, known=[]) == "Mines Watch Network (MWN)"


def test_an_old_report_by_an_organisation_is_no_issuer():
    text = "Liberia faces crisis\nA 2010 report by Mines Watch Network has uncovered gaps, the ministry recalled."
    assert organisation(text, known=[]) != "Mines Watch Network"


@pytest.mark.parametrize(
    "lead",
    [
        "Liberia is not doing enough to comply, UN Secretary-General Ban Ki-moon said in a recent progress report.",
        "A new report by the UN Secretary-General says Liberia is not doing enough to comply with the scheme.",
        "Le Liberia ne respecte pas les normes, selon un rapport du Secrétaire général de l'ONU publié hier.",
    ],
)
def test_the_secretary_generals_report_is_the_united_nations(lead):
    assert organisation(f"Liberia's compliance remains weak\n{lead}", known=[]) == "United Nations"


# --- The Process's chair named before the words


def test_the_kp_chair_named_with_the_title_after_the_name_speaks_for_the_process():
    text = (
        "Botswana steers the Process\nThe latest news is that the trade is clean. Jacob Moyo, the country's diamond "
        "coordinator and chairman of the Kimberley Process ( KP) told a gathering of the ECOSOC in New York."
    )
    assert organisation(text) == "Kimberley Process"


# --- An address naming whose statement it is


def test_an_address_naming_a_known_organisations_statement():
    text = "25 JULY 2021\nKP Chair, Ladies and gentlemen,\nWe have come to the end of the meeting with a heavy heart."
    url = "http://www.example.org/closing-statement-by-the-kp-civil-society-coalition/"
    assert organisation(text, url=url) == "KP Civil Society Coalition"
    assert organisation(text, url="http://www.example.org/closing-statement-by-the-chair/") == ""


# --- No issuer


def test_a_dashed_name_under_a_short_texts_title_is_a_byline_not_a_signature():
    paragraph = "The latest information from the Process is that nearly all rough diamonds traded are conflict free."
    text = f"Botswana Guardian\nBotswana leads the Process\n- Dikarabo Ramadubu\n{paragraph}\n{paragraph}\n{paragraph}"
    assert organisation(text, known=[]) == ""
    # At the end of a short text, a dashed name is its sign-off.
    assert organisation(f"A title\n{paragraph}\n— Mines Watch Network", known=[]) == "Mines Watch Network"


@pytest.mark.parametrize(("headline", "lead"), [("Ghana", "Ghana"), ("UAE", "The UAE")])
def test_a_headline_summing_up_a_states_election_is_not_its_voice(headline, lead):
    text = (
        f"{headline} to Chair Kimberley Process in 2030\n"
        f"{lead} was elected vice chair of the Kimberley Process by the plenary meeting in Dubai this week."
    )
    url = f"https://www.example.com/editorial-article/{headline.lower()}-to-chair-kimberley-process-in-2030/"
    assert organisation(text, known=[], url=url) == ""
    # Its own announcement stays its own.
    assert organisation("Ghana to chair the KP\n\nGhana announced on Monday it will chair the KP.", known=[]) == "Ghana"


# --- A report's credited author, a page's date stamp, a debate's record


def test_a_reports_credited_author_is_its_issuer():
    cover = (
        "Upload: others\nPost on 21-Sep-2020\n1 views\nCategory:\nDocuments\n0 download\nTRANSCRIPT\n"
        "Page 1: SHINING BRIGHT - the Mines Watch Network\nMINES WATCH NETWORK\nSHINING BRIGHT\n"
        "A field perspective on rough diamonds\nPage 2: SHINING BRIGHT\nShining BrightMarch 2021\n"
        "Author: Mines Watch Network\nFront Cover: a photographer\n"
    )
    assert organisation(cover, known=[]) == "Mines Watch Network"
    french = cover.replace("Author: Mines Watch Network", "Auteurs : Réseau Ressources Naturelles")
    assert organisation(french, known=[]) == "Réseau Ressources Naturelles"


@pytest.mark.parametrize("credit", ["Author: Jane Moyo", "Author: Reuters", "Authors: Jane Moyo and Tom Banda"])
def test_a_person_a_news_agency_or_a_photo_credited_is_no_author(credit):
    cover = f"SHINING BRIGHT\nA field perspective on rough diamonds\nMarch 2021\n{credit}\nCONTENTS\n"
    assert organisation(cover, known=[]) == ""


def test_a_pages_date_stamp_before_the_lead_is_not_its_first_words():
    lead = (
        " date 2024-12 Le Centre de recherche et d'appui aux communautés minières (Cercam) a présenté, le 17 décembre "
        "à Kinshasa, les conclusions de sa mission de suivi du processus de Kimberley dans la province du Kasaï."
    )
    assert organisation(lead, known=[]) == "Centre de recherche et d'appui aux communautés minières (Cercam)"


def test_a_member_speaking_in_a_debates_record_names_no_issuer_by_the_bodies_he_cites():
    text = (
        "4-120 | 4-120 |\n"
        "M. Jean Dupont (CDH). - Le processus de Kimberley revient au premier plan de l'agenda international.\n"
        "La Commission européenne a déclaré son intention d'encourager l'industrie à s'autoréglementer.\n"
        "Quelles sont les sanctions prévues ?\n"
    )
    assert organisation(text, known=[]) == ""
    # A news report quoting a member in its lead is no record: its first sentence's subject still speaks.
    lead = "La Commission européenne a déclaré lundi son intention d'encourager l'industrie à s'autoréglementer."
    assert organisation(f"Un titre\n{lead}", known=[]) == "Commission européenne"


def test_a_bodys_founding_told_as_history_is_no_voice():
    lead = "On January 1, 2003, the African Diamond Traders Association (ADTA) was launched. At the time it was new."
    assert organisation(f"Blog\n\nTwo decades later\n\n{lead}", known=[]) == ""
    assert organisation("A title\n\nIn 2005, the Mines Watch Network was founded by ten groups.", known=[]) == ""
    # The news of its founding, without a year before it, is its own.
    news = "Luanda, 06 Nov – The African Diamond Traders Association (ADTA) was officially set up Saturday in Luanda."
    assert organisation(f"A title\n\n{news}", known=[]) == "African Diamond Traders Association (ADTA)"
