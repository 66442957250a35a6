"""Short excerpts for statements of governments, ministries, UN organs and news reports of them: who issued
the text and who is quoted, by general patterns rather than any one document."""

from statements.extraction.officials import site_country
from statements.extraction.organisations import identify_organisation
from statements.extraction.quotes import find_quotes, find_speaker

# --- Whose statement it is


def test_a_public_office_heading_the_page_is_its_issuer():
    text = (
        "Ministry of Minerals, Energy and Water Resources (MMEWR)\n"
        "Global Witness’s exit from The Kimberley Process\n"
        "Global Witness’s exit from The Kimberley Process\n"
        "Botswana is saddened by the news that Global Witness has decided to exit from the Kimberley Process."
    )

    assert (
        identify_organisation(text, ["Global Witness"])[0] == "Ministry of Minerals, Energy and Water Resources (MMEWR)"
    )


def test_an_office_heading_runs_on_to_its_next_line_and_stops_at_a_dash():
    text = "Delegation of the European Union\nto the United Nations - New York\n\nEU Statement – General Assembly"

    assert identify_organisation(text)[0] == "Delegation of the European Union to the United Nations"


def test_a_repeated_headline_is_no_banner():
    text = "Global Witness’s exit from the process\nGlobal Witness’s exit from the process\nIt was sad news."

    _organisation, source = identify_organisation(text, ["Global Witness"])

    assert "banner" not in source


def test_the_general_assembly_acting_issues_its_resolution():
    for text in (
        "UNITED NATIONS, March 3 (Xinhua) -- The UN General Assembly on Tuesday adopted a resolution on diamonds.",
        "GA/11887\n\nThe General Assembly reaffirmed its strong commitment today to the Kimberley Process.",
        "Press Release\n\nGeneral Assembly Adopts Resolution Stressing Need for Greater Participation",
    ):
        assert identify_organisation(text)[0] == "United Nations General Assembly", text


def test_an_assembly_only_mentioned_in_a_statement_with_an_author_does_not_win():
    text = (
        "Press Release Kimberley Process Civil Society Coalition\n\n"
        "The General Assembly adopted a resolution last year; the Coalition regrets its weakness."
    )

    assert identify_organisation(text, ["Kimberley Process Civil Society Coalition"])[0] == (
        "Kimberley Process Civil Society Coalition"
    )


def test_an_official_s_title_before_a_name_is_no_organisation_the_site_names_the_government():
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs Didier Reynders welcomes the decision that the "
        "European Union will chair the Kimberley Process in 2018."
    )

    found = identify_organisation(text, url="https://diplomatie.belgium.be/en/newsroom/news/2016/kimberley_process")

    assert found[0] == "Belgium"


def test_a_country_after_what_the_official_says_is_not_the_official_s():
    text = "The minister welcomes the decision that the European Union will chair the process."

    assert identify_organisation(text, url="https://www.gov.bw/news/kp")[0] == "Botswana"


def test_a_hard_wrapped_news_wire_sentence_is_read_whole():
    text = (
        "BANGUI, June 6 Central Africa Republic will\n"
        "restart diamond exports three years after its stones were found\n"
        "to be funding armed groups, the mines minister said on Monday."
    )

    assert identify_organisation(text)[0] == "Central African Republic"


def test_a_country_stressing_something_speaks_for_itself():
    text = "China has stressed the importance of the certification scheme, an official said on Tuesday."

    assert identify_organisation(text)[0] == "China"


def test_the_country_an_official_reports_on_is_the_official_s():
    text = (
        "More than 99% of diamonds traded globally are conflict free, Mineral Resources Minister Susan Shabangu "
        "has said.\n\nShabangu said South Africa hoped the scheme would consolidate its winning formula."
    )

    assert identify_organisation(text)[0] == "South Africa"


def test_a_government_site_names_its_country_when_nothing_else_does():
    text = "Diamonds and development\n\nThe scheme has made an important contribution to peace and security."

    found = identify_organisation(text, url="https://www.gov.bw/en/news/diamonds")

    assert found == ("Botswana", "a government's site (gov.bw)")


def test_government_addresses():
    assert site_country("https://ministers.dfat.gov.au/pitt/releases/2017/kp.aspx") == "Australia"
    assert site_country("https://www.international.gc.ca/news/kp") == "Canada"
    assert site_country("https://www.state.gov/kimberley-process/") == "United States"
    assert site_country("https://eeas.europa.eu/delegations/un-new-york/58985") == "European Union"
    assert site_country("https://diplomatie.belgium.be/en/newsroom") == "Belgium"
    assert site_country("https://www.mines.gouv.ci/actualites") == "Côte d'Ivoire"
    assert site_country("https://www.thezimbabwedaily.com/news/6492") == ""
    assert site_country("https://governance.example.org/") == ""


# --- Who is quoted


def test_a_quote_after_a_reporting_verb_and_its_lead_in_words():
    text = (
        "Mineral Resources Minister Susan Shabangu spoke in Kimberley.\n\n"
        "Shabangu said everyone wanted to “redeem this rare and valuable commodity from being used as an "
        "instrument of maiming”."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Susan Shabangu"]


def test_a_quote_opening_the_sentence_after_the_speaker_is_reported():
    text = (
        "Speaking in an interview, Minister of International Affairs, Dr. Lemogang Kwape said that Masisi went "
        "to meet the Europeans. “We believe that if Europe truly wants to develop Africa, this is one way.”"
    )

    assert [quote.person for quote in find_quotes(text)] == ["Lemogang Kwape"]


def test_a_quote_opened_straight_and_closed_curly():
    text = (
        "John Baird, Canada’s Foreign Affairs Minister, today announced that Canada has rejected the notice.\n\n"
        '"Contrary to the Chair’s Notice, key concerns were not addressed,” said Minister Baird.'
    )

    assert [quote.person for quote in find_quotes(text)] == ["John Baird"]


def test_a_pronoun_after_a_speaker_named_with_his_office():
    text = (
        "Alan Martin, research director for Partnership Africa Canada, the other NGO, tells JCK his group stays.\n\n"
        "“We understand Global Witness’ frustration,” he says."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Alan Martin"]


def test_a_long_french_lead_in_before_the_colon():
    text = (
        "Le ministre des mines, Rufin Benam Beltoungou, a exprimé un sentiment d’accomplissement et de gratitude : "
        "« Devoir accompli voilà ce que je peux dire. »"
    )

    assert [quote.person for quote in find_quotes(text)] == ["Rufin Benam Beltoungou"]


def test_the_speaker_delivering_a_statement_with_a_capital():
    text = "EU Statement\n\n1 March 2019, Ms. Hilde Hardeman delivers the EU Statement at the UN General Assembly"

    assert find_speaker(text) == "Hilde Hardeman"


def test_a_speech_heading_below_a_page_s_menus():
    menus = "\n".join(f"Menu item {number}" for number in range(12))
    text = (
        f"{menus}\nStatement by Barbara M. Barrett, Senior Adviser, for the General Assembly Resolution\n\nThank you."
    )

    assert find_speaker(text) == "Barbara M. Barrett"


def test_the_subject_of_delivered_remarks_not_an_office_s_capitalised_words():
    text = (
        "Wei Chuanzhong, deputy director of the General Administration of Quality Supervision, Inspection and "
        "Quarantine (AQSIQ), made the remarks at a meeting in Shanghai."
    )

    assert find_speaker(text) == "Wei Chuanzhong"


def test_meetings_and_programmes_are_no_speakers():
    text = "Statement by the European Commission at the 73rd Session of the United Nations General Assembly Plenary"

    assert find_speaker(text) == ""
