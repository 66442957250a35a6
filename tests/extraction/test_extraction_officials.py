"""Statements of governments, public offices and the KP's chair: who speaks for whom when a minister or the chair
speaks, an office or a UN organ heads or issues the text, or a government's site publishes it."""

import pytest

from statements.extraction import extract_document
from statements.extraction.officials import (
    countries_in,
    country_in,
    country_label,
    government_voice,
    kp_chair_voice,
    site_country,
)
from statements.extraction.organisations import identify_organisation
from statements.extraction.organisations.reports import unsigned_release

KNOWN = ["kimberley process civil society coalition", "world diamond council", "human rights watch"]


def organisation(text, known=KNOWN, **kwargs):
    return identify_organisation(text, known, **kwargs)[0]


# --- A government speaking through its ministers


def test_a_minister_named_with_his_country_speaks_for_it():
    text = (
        "Zimbabwe Defends its Right to Export Diamonds\n\n"
        "The Kimberley Process needs reform, Zimbabwe’s Mines and Mining Development Minister Obert Mpofu told "
        "the KP intersessional meeting."
    )
    assert organisation(text) == "Zimbabwe"


def test_a_country_adjective_or_possessive_names_the_ministers_country():
    assert organisation("A title\n\nIn the opening address, South African Minister Susan Shabangu said more.") == (
        "South Africa"
    )
    assert organisation(
        "Un titre\n\nLe ministre belge des Affaires étrangères, Didier Reynders a ouvert la séance."
    ) == ("Belgique")


def test_the_country_may_come_from_the_sentence_before_the_minister():
    text = (
        "Un titre\n\nDepuis le 1er janvier 2011, la RDC a accédé à la présidence de ce processus. "
        "Le ministre des Mines, Martin Kabwelulu, l’a annoncé jeudi à Kinshasa."
    )
    assert organisation(text) == "République démocratique du Congo"


def test_a_country_as_the_subject_of_what_it_says_is_the_author():
    assert organisation("A title\n\nThe United States participated in the annual Kimberley Process Plenary.") == (
        "United States"
    )
    assert organisation("Judith Phiri, Business Reporter\n\nZIMBABWE has said it will aim for a good start.") == (
        "Zimbabwe"
    )
    assert organisation("Russia condemned what it called a push to politicize its diamonds.") == "Russia"


def test_a_government_told_what_to_do_is_not_speaking():
    text = (
        "India: Suspend Zimbabwe\n\nThe Indian government should support the suspension of Zimbabwe, "
        "Human Rights Watch urged today."
    )
    assert organisation(text) == "human rights watch"
    assert government_voice(["The Indian government should support the suspension of Zimbabwe."]) is None


def test_a_government_thanked_or_addressed_is_not_the_author():
    lines = ["I would like to express my thanks to the Government of Botswana for hosting our delegation."]
    assert government_voice(lines) is None


def test_the_president_of_an_organisation_is_no_government():
    assert (
        government_voice(["Feriel Zerouki, President of the World Diamond Council, said the KP must change."]) is None
    )


def test_an_official_opening_the_meeting_speaks_for_its_host():
    line = "VICE President Kembo Mohadi today officially opened the KPCS plenary session in Victoria Falls."
    assert government_voice([line], host_country="Zimbabwe")[0] == "Zimbabwe"
    assert government_voice([line]) is None


def test_salutations_of_a_speech_name_no_author():
    lines = ["Monsieur Thabo Mbeki, ancien Président de la République d’Afrique du Sud,", "Mesdames et Messieurs,"]
    assert government_voice(lines) is None


def test_countries_are_found_by_name_acronym_and_adjective():
    assert country_in("the U.S. delegation")[0] == "United States"
    assert country_in("la RDC a accédé")[0] == "République démocratique du Congo"
    assert country_in("the South African minister")[0] == "South Africa"
    assert country_in("a car park") is None  # "CAR" only in capitals


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


# --- The KP's chair


def test_the_chair_of_the_kimberley_process_speaks_for_it():
    assert kp_chair_voice(["Address by Tim Martin, Chairman – Kimberley Process"], "")
    assert kp_chair_voice(["Kimberley Process (KP) Chair, Ahmed Bin Sulayem, has held talks in Moscow."], "")
    assert kp_chair_voice(["Le 8 mars 2018, la présidente du processus de Kimberley (PK), Hilde Hardeman, a dit."], "")
    text = "Victoria Falls, Zimbabwe – November 12, 2012: The chair of the Kimberley Process, Ambassador X, spoke."
    assert organisation(text) == "Kimberley Process"


def test_a_speech_in_the_chairs_capacity_is_the_kps():
    text = "Thank you for inviting me.\n\nI offer a few remarks in my capacity as Chairman of the Kimberley Process."
    assert organisation(text, url="https://www.worlddiamondcouncil.com/address.shtml") == "Kimberley Process"


def test_a_chair_named_further_down_is_not_the_author():
    lines = ["A title", "A first sentence.", "Another one.", "More.", "KPCS Chairperson Welile Nhlapho encouraged all."]
    assert kp_chair_voice(lines, "") == ""


def test_a_communique_title_below_a_site_banner_is_the_kps():
    text = "An official website of the United States Government\n\nFinal Communiqué\nfrom the Kimberley Process Plenary"
    assert organisation(text) == "Kimberley Process"


def test_the_kps_site_yields_to_an_author_the_text_names():
    url = "https://www.kimberleyprocess.com/en/statement"
    assert organisation("Closing remarks\n\nSome words on the Kimberley Process.", url=url) == "Kimberley Process"
    text = "Closing remarks\n\nThe Kimberley Process Civil Society Coalition thanks the chair."
    assert organisation(text, url=url) == "kimberley process civil society coalition"


# --- Public offices and UN organs: banners, headings, speakers' offices, ledes


def test_a_banner_repeated_at_the_top_of_a_page_is_its_publisher():
    text = (
        "Permanent Mission of the Russian Federation to the United Nations\n\n"
        "Permanent Mission of the Russian Federation to the United Nations\n\n"
        "Statement by representative of the Russian Federation Evgeny Varganov\n\nMr. Chairman,"
    )
    assert organisation(text) == "Permanent Mission of the Russian Federation to the United Nations"


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


@pytest.mark.parametrize(
    ("heading", "office"),
    [
        ("The Government of the Republic of Botswana", "Government of the Republic of Botswana"),
        ("Ministry of Foreign Affairs of Botswana", "Ministry of Foreign Affairs of Botswana"),
        ("Embassy of Botswana in Brussels", "Embassy of Botswana in Brussels"),
        ("Permanent Mission of Botswana to the United Nations", "Permanent Mission of Botswana to the United Nations"),
        ("Le Gouvernement de la République du Botswana", "Gouvernement de la République du Botswana"),
        ("Ministère des Mines et de la Géologie", "Ministère des Mines et de la Géologie"),
        ("Ambassade du Botswana à Bruxelles", "Ambassade du Botswana à Bruxelles"),
        (
            "Mission permanente de la République du Botswana auprès des Nations Unies",
            "Mission permanente de la République du Botswana auprès des Nations Unies",
        ),
    ],
)
def test_a_government_office_heading_the_page_in_english_or_french_issues_it(heading, office):
    assert organisation(f"{heading}\n\nA title\n\nThe text of the statement.", known=[]) == office


def test_a_french_headline_opening_with_an_office_is_no_heading():
    text = "Ministère des Mines annonce la reprise des exportations\n\nLe texte."
    assert organisation(text, known=[]) != "Ministère des Mines annonce la reprise des exportations"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Le Gouvernement de la République centrafricaine salue la décision.",
            "Gouvernement de la République centrafricaine",
        ),
        ("Le Gouvernement centrafricain salue la décision du PK.", "Gouvernement centrafricain"),
        ("L'Ambassade du Botswana à Bruxelles annonce une exposition.", "Ambassade du Botswana à Bruxelles"),
    ],
)
def test_a_french_government_office_as_the_subject_issues_the_text(sentence, issuer):
    assert organisation(f"Un titre\n\n{sentence}", known=[]) == issuer


def test_a_statement_by_a_dignitary_leaves_the_issuer_to_the_government_speaking():
    text = "Statement by H.E. Mr Amara Okonkwo, Minister of Mines\n\nBotswana welcomes the decision of the plenary."
    assert organisation(text, known=[]) == "Botswana"


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


def test_the_speakers_office_names_the_organisation():
    text = (
        "The following speech was delivered by Philip T. Reeker, Deputy Spokesman of the United States Department "
        "of State on January 2, 2003.\nThe United States has worked intensively."
    )
    assert organisation(text) == "United States Department of State"


def test_the_lede_names_the_author_at_its_end():
    text = "A title\n\nThe KP should act on Marange, Human Rights Watch said today."
    assert organisation(text, known=[]) == "Human Rights Watch"


# --- Government sites


def test_a_government_site_named_after_its_country():
    text = "Speech by the Ambassador at a seminar in Brussels\n\nSouth Africa takes over the Presidency."
    assert organisation(text, url="http://www.southafrica.be/press-release-45/") == "South Africa"


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


# --- Grammar of an official issuer, English and French (invented excerpts)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("A title\n\nThe Russian government has accused Western nations of politicising the scheme.", "Russia"),
        ("A title\n\nThe Zimbabwean government today criticised the decision of the plenary.", "Zimbabwe"),
        ("A title\n\nThe Botswana mines minister wrote to the Chair on Sunday.", "Botswana"),
        ("Un titre\n\nÀ Abidjan, le ministre ivoirien des Mines a dénoncé une décision injuste.", "Côte d'Ivoire"),
    ],
)
def test_a_government_or_minister_accusing_criticising_or_writing_speaks(text, issuer):
    assert organisation(text, known=[]) == issuer


def test_lines_without_letters_are_no_sentences_of_the_opening():
    text = (
        "Les priorités du pays\n\n0\n\n174\n\n12\n\nLe pays a pris la présidence. Son mandat a démarré en janvier. "
        "C’est une fierté. Une responsabilité aussi.\n\nDans un message, le ministre congolais des Mines a "
        "souligné les exigences minimales."
    )
    assert organisation(text, known=[]) == "République démocratique du Congo"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "OTTAWA -- The Honourable Jane Doe, Minister of Natural Resources Canada, today announced a bill.",
            "Natural Resources Canada",
        ),
        ("The Minister of Foreign Affairs Canada, Jane Doe, said the plenary succeeded.", "Foreign Affairs Canada"),
        ("Jane Doe, Minister of Mines of Zimbabwe, said today that the plenary succeeded.", "Zimbabwe"),
        ("Jane Doe, Minister of Natural Resources of Canada, said the plenary succeeded.", "Canada"),
    ],
)
def test_a_minister_of_a_department_named_with_its_country_speaks_for_that_department(sentence, issuer):
    assert organisation(f"A title\n\n{sentence}", known=[]) == issuer


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("Le ministère des Mines de la RDC a annoncé la levée de l’embargo.", "Ministère des Mines de la RDC"),
        ("Le ministère des Mines et de la Géologie salue la décision.", "Ministère des Mines et de la Géologie"),
        (
            "Le ministère centrafricain des Mines et du Pétrole a dénoncé une décision injuste.",
            "Ministère centrafricain des Mines et du Pétrole",
        ),
        ("Le gouvernement centrafricain a salué la décision du PK.", "Gouvernement centrafricain"),
        ("Dans un communiqué, le ministère des Mines annonce la reprise des exportations.", "Ministère des Mines"),
    ],
)
def test_a_french_ministry_or_government_in_lower_case_as_the_subject_issues_the_text(sentence, issuer):
    assert organisation(f"Un titre\n\n{sentence}", known=[]) == issuer


@pytest.mark.parametrize(
    "sentence",
    [
        "Le gouvernement a dit qu’il est prêt.",
        "Le ministère a ouvert ses portes.",
        "Le Réseau pour des diamants équitables demande au ministère des Mines de publier les chiffres.",
        "Selon le texte, le ministère des Mines et la société civile sont convenus de se revoir.",
    ],
)
def test_a_french_ministry_unnamed_or_only_addressed_issues_nothing(sentence):
    found = organisation(f"Un titre\n\n{sentence}", known=[])
    assert not found.lower().startswith(("ministère", "gouvernement")), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Diamond Fairness Network today urged the Ministry of Mines to publish its statistics.",
        "Amara Okonkwo, director of the Diamond Fairness Network, said the Government of Botswana must act.",
        "The Diamond Fairness Network welcomed the Russian government’s decision to attend.",
    ],
)
def test_a_ministry_or_government_merely_mentioned_is_not_the_issuer(sentence):
    assert organisation(f"A title\n\n{sentence}", known=[]) == "Diamond Fairness Network"


# --- Spokespersons and briefings


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        (
            "Statement by the Spokesperson of the Ministry of Foreign Affairs on the plenary",
            "Ministry of Foreign Affairs",
        ),
        ("Statement by the Spokesperson for the Department of Mines on the plenary", "Department of Mines"),
        ("Statement by the EU Spokesperson on the outcome of the plenary", "European Union"),
        (
            "Déclaration du porte-parole du ministère des Affaires étrangères sur la plénière",
            "Ministère des Affaires étrangères",
        ),
        ("Ministry of Mines Press Briefing on the plenary", "Ministry of Mines"),
        ("State Dept. Press Briefing on Conflict Diamonds", "State Department"),
    ],
)
def test_a_spokespersons_or_briefings_heading_names_the_body_it_speaks_for(heading, issuer):
    assert organisation(f"{heading}\n\nThe text of the statement.", known=[]) == issuer


def test_a_spokesperson_of_no_named_body_leaves_the_issuer_to_the_text():
    text = "Statement by the Spokesperson on the plenary\n\nThe European Union regrets that the plenary failed."
    assert organisation(text, known=[]) == "European Union"
    assert organisation("Statement by the Spokesperson on the plenary\n\nThe plenary failed.", known=[]) != (
        "Spokesperson"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Press briefing on the plenary",
        "Civil Society Briefing on the plenary",
        "Daily Press Briefing on conflict diamonds",
    ],
)
def test_a_briefing_heading_without_an_office_names_no_issuer(heading):
    body = "\n\n" + "A paragraph about the plenary and what it decided.\n\n" * 8
    assert organisation(f"{heading}{body}", known=[]) == ""


@pytest.mark.parametrize(
    "heading",
    [
        "Communiqué de la Présidence du Processus de Kimberley",
        "Statement by the Chair of the Kimberley Process on the plenary",
        "Press release – Kimberley Process Chairmanship",
        "Déclaration du Secrétariat du Processus de Kimberley (PK)",
    ],
)
def test_a_heading_of_the_kps_own_office_is_the_kps(heading):
    assert organisation(f"{heading}\n\nThe text.", known=[]) == "Kimberley Process"


def test_a_heading_of_another_body_of_the_kp_keeps_its_name():
    text = "Press release – Kimberley Process Civil Society Coalition\n\nThe text."
    assert organisation(text, known=[]) == "Kimberley Process Civil Society Coalition"


# --- The Kimberley Process and its chair acting


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kimberley Process has opened its permanent secretariat in Gaborone.",
        "The Kimberley Process (KP), which is chaired this year by the United Arab Emirates, has opened its office.",
        "The Kimberley Process (KP), which is chaired by the head of an agency, Amara Okonkwo, has adopted a decision.",
        "GABORONE, 12 May 2024 – The Kimberley Process today announced the dates of its plenary.",
        "Le Processus de Kimberley a annoncé la levée de l’embargo.",
        "KP head Amara Okonkwo told the press the review mission would go ahead.",
        "Kimberley Process head Amara Okonkwo said the review mission would go ahead.",
    ],
)
def test_the_kimberley_process_or_its_head_acting_in_the_opening_issues_the_text(sentence):
    assert organisation(f"A title\n\n{sentence}", known=[]) == "Kimberley Process"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kimberley Process has a rotating chairmanship.",
        "The Kimberley Process is a scheme to stop conflict diamonds.",
        "The Kimberley Process has failed, the Diamond Fairness Network said today.",
        "The head of the KP delegation of Mandara told the press he was pleased.",
        "The Diamond Fairness Network said the Kimberley Process has opened an office.",
    ],
)
def test_the_kimberley_process_described_or_mentioned_does_not_issue_the_text(sentence):
    assert organisation(f"A title\n\n{sentence}", known=[]) != "Kimberley Process"


# --- A state as the speaker of a news report's lead (invented excerpts)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Harare hits back\n\nZimbabwe has rejected claims that soldiers guard the diamond fields.", "Zimbabwe"),
        ("Un titre\n\nLe Botswana dément toute fraude dans ses exportations de diamants.", "Botswana"),
        ("Un titre\n\nLa Namibie a démenti mardi toute fraude dans ses exportations.", "Namibie"),
        ("A title\n\nAngola on Monday denied that its diamonds had funded rebels.", "Angola"),
        ("A title\n\nThe United Arab Emirates wishes to thank every delegation for its work.", "United Arab Emirates"),
        ("A title\n\nThe United Kingdom thanks Botswana for hosting the intersessional meeting.", "United Kingdom"),
        ("Un titre\n\nLe Canada remercie la Namibie d’avoir accueilli la réunion.", "Canada"),
    ],
)
def test_a_state_denying_rejecting_or_thanking_in_the_lead_speaks(text, issuer):
    assert organisation(text, known=[]) == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("A title\n\nMoscow has rejected the proposal to widen the definition of conflict diamonds.", "Russia"),
        ("Un titre\n\nMoscou a dénoncé mardi une tentative de politiser le processus.", "Russie"),
        ("A title\n\nPretoria welcomed the decision of the plenary on Friday.", "South Africa"),
        (
            "Un titre\n\nKinshasa annonce la reprise de ses exportations de diamants.",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_a_capital_speaking_stands_for_its_government(text, issuer):
    assert organisation(text, known=[]) == issuer


@pytest.mark.parametrize(
    "text",
    [
        "A title\n\nGABORONE – The plenary opened on Monday with a call for reform from every side.",
        "A title\n\nMoscow hosted the plenary meeting in November.",
        "A title\n\nLondon-based campaigners said the plenary had failed.",
    ],
)
def test_a_capital_in_a_dateline_or_not_speaking_is_no_government(text):
    assert organisation(text, known=[]) not in {"Botswana", "Russia", "United Kingdom"}


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("A title\n\nThe Russian delegation said the proposal was politically motivated.", "Russia"),
        ("A title\n\nZimbabwe’s delegation told the plenary that the fields were secure.", "Zimbabwe"),
        ("Un titre\n\nLa délégation chinoise a déclaré que la réforme devait attendre.", "Chine"),
        ("A title\n\nThe Angolan envoy to the meeting said the ban must end.", "Angola"),
        ("A title\n\nThe head of the Russian delegation told reporters the proposal was unfair.", "Russia"),
    ],
)
def test_a_states_delegation_or_envoy_speaks_for_it(text, issuer):
    assert organisation(text, known=[]) == issuer


def test_a_delegation_with_no_country_of_its_own_is_no_government():
    lines = ["Zimbabwe hosted the meeting.", "The review mission said the fields were calm."]
    assert government_voice(lines) is None


def test_a_delegation_led_by_the_speaker_is_not_the_subject():
    line = "Leading Namibia’s delegation to the meeting, Amara Okonkwo said the ban must end."
    assert government_voice([line]) is None


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("The ban must end, said the Angolan ambassador to the United Nations.", "Angola"),
        ("« Il faut agir », a déclaré à la presse l’ambassadeur d’Ukraine au Kenya, Jean Dupont.", "Ukraine"),
        (
            "Les exportations reprendront bientôt, selon le ministre centrafricain des Mines.",
            "République centrafricaine",
        ),
        ("Exports will resume next month, according to Sierra Leone’s mines minister.", "Sierra Leone"),
    ],
)
def test_an_official_named_after_what_is_said_speaks_for_his_country(sentence, issuer):
    assert organisation(f"A title\n\n{sentence}", known=[]) == issuer


def test_an_official_named_after_the_words_without_a_country_is_no_government():
    assert government_voice(["A title", "The ban must end, said the ambassador, who arrived from Luanda."]) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["Zimbabwe was suspended by the Kimberley Process last year, the review team said."],
        ["The Zimbabwean government was criticised by campaigners, who said it hid revenue."],
        ["Le gouvernement zimbabwéen a été critiqué par les ONG, qui ont déclaré qu’il cachait ses revenus."],
        ["The delegates thanked the Government of Namibia for hosting the meeting and said it went well."],
        ["Human Rights Watch condemned the Angolan government, which it said had failed its people."],
        ["NEW DELHI, India – The ambassador said the meeting had been a success."],
    ],
)
def test_a_state_only_the_subject_of_the_story_thanked_criticised_or_in_a_dateline_does_not_speak(lines):
    assert government_voice(lines) is None


def test_a_state_in_the_lead_comes_before_an_organisation_named_further_down():
    text = (
        "Un titre\n\nLe Botswana a démenti mardi toute fraude dans ses exportations.\n\n"
        "Le ministre a parlé aux journalistes.\n\n"
        "Le Réseau pour des diamants équitables demande une enquête sur les exportations."
    )
    assert organisation(text, known=[]) == "Botswana"


def test_an_organisation_quoting_a_state_in_its_lead_keeps_its_statement():
    text = "A title\n\nHuman Rights Watch said today that Zimbabwe has rejected every call for reform."
    assert organisation(text) == "human rights watch"


def test_the_lead_below_a_pages_menu_is_read():
    menu = "\n".join(["Home", "News", "Contact", "Search", "Links", "Share", "Print", "Subscribe", "Login", "Menu"])
    text = f"{menu}\n\nThe Namibian mines minister said on Tuesday that exports would resume within weeks."
    assert organisation(text, known=[]) == "Namibia"


@pytest.mark.parametrize(
    ("url", "issuer"),
    [
        (
            "https://www.example-bijoux.fr/actu/les-emirats-arabes-unis-concluent-la-reunion-a-dubai/",
            "Émirats arabes unis",
        ),
        ("https://news.example.com/2024/05/botswana-welcomes-decision-on-the-secretariat", "Botswana"),
    ],
)
def test_a_headline_in_the_address_names_the_state_speaking(url, issuer):
    text = "Diamonds\n\nThe meeting ended on Friday after a week of talks on the scheme and its future."
    assert organisation(text, known=[], url=url) == issuer


def test_a_headline_in_the_address_about_a_state_names_no_issuer():
    text = "Diamonds\n\nThe meeting ended on Friday after a week of talks on the scheme and its future."
    url = "https://news.example.com/2013/05/zimbabwe-suspended-from-the-kimberley-process"
    assert organisation(text, known=[], url=url) == ""


def test_mission_and_embassy_addresses_name_their_government():
    assert site_country("https://uaeun.org/statement/kimberley/") == "United Arab Emirates"
    assert site_country("https://russiaun.ru/en/news/kp") == "Russia"
    assert site_country("https://www.botswanaembassy.org/news") == "Botswana"
    assert site_country("https://www.embassyofangola.org/press") == "Angola"
    assert site_country("https://www.gov.uk/government/news/kp") == "United Kingdom"
    assert site_country("https://www.diplomatie.gouv.fr/fr/kp") == "France"


def test_an_address_merely_containing_a_countrys_letters_is_no_government():
    assert site_country("https://uk.reuters.com/article/kp") == ""
    assert site_country("https://www.usnews.com/news/kp") == ""
    assert site_country("https://www.russiatoday.example/kp") == ""
    assert site_country("https://www.sun.example.org/kp") == ""


def test_a_mission_site_speaking_in_its_own_name_is_its_governments():
    text = "Delivered by: His Excellency the Ambassador\n\nMr. President,\n\nWe welcome the adoption of the resolution."
    assert organisation(text, known=[], url="https://uaeun.org/statement/kp") == "United Arab Emirates"


# --- Governments as issuers through the pipeline (invented excerpts, English and French)

# The organisations the tracker knows, as the database lists them.
KNOWN_NAMES = [
    "World Diamond Council",
    "WDC",
    "Global Witness",
    "Human Rights Watch",
    "HRW",
    "Kimberley Process Civil Society Coalition",
    "KP Civil Society Coalition",
    "CSC",
    "IMPACT (formerly Partnership Africa Canada)",
    "IPIS",
]


def issued_by(text):
    document = extract_document(
        text.encode(), filename="statement.txt", areas=[], plenaries=[], known_organisations=KNOWN_NAMES
    )
    return document.organisation


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            # A ministry informing the public is the subject of its notice, named as the text names it, with its state
            # when its name leaves it out.
            "Kimberley Process intersessional\n\nThe Ministry of Mines and Mining Development of Zimbabwe wishes to "
            "inform the public that the country will host the intersessional meeting in June.",
            "Ministry of Mines and Mining Development of Zimbabwe",
        ),
        (
            "Communiqué de presse\n\nLe Ministère des Mines informe l'opinion que la République démocratique du "
            "Congo participera à la réunion plénière du Processus de Kimberley.",
            "Ministère des Mines (RDC)",
        ),
        (
            "Kimberley Process\n\nBotswana government spokesperson Jeff Ramsay said the country supported reform "
            "of the Kimberley Process.",
            "Botswana",
        ),
        (
            "Remarks by President Cyril Ramaphosa at the opening of the Kimberley Process Plenary\n\n"
            "Excellencies, ladies and gentlemen,\n\nIt is an honour to welcome you to South Africa.",
            "South Africa",
        ),
        (
            "Discours de Son Excellence le Président de la République centrafricaine à l'ouverture de la réunion "
            "du Processus de Kimberley\n\nMesdames et Messieurs,\n\nC'est un honneur de vous accueillir.",
            "République centrafricaine",
        ),
        (
            "Speech by Winston Chitando, Minister of Mines, at the Kimberley Process Intersessional\n\n"
            "Chairperson,\n\nI welcome you all to Zimbabwe and to Victoria Falls.",
            "Zimbabwe",
        ),
        (
            "Discours de l'Ambassadeur du Canada à la réunion plénière du Processus de Kimberley\n\n"
            "Monsieur le Président,\n\nLe Canada se félicite des progrès accomplis.",
            "Canada",
        ),
        (
            "Diamonds\n\nMines minister Winston Chitando said on Friday that Zimbabwe had met all the Kimberley "
            "Process minimum requirements.",
            "Zimbabwe",
        ),
        (
            "Kinshasa\n\nLe président Félix Tshisekedi a déclaré lundi à Kinshasa que la RDC assumerait la "
            "présidence du Processus de Kimberley.",
            "République démocratique du Congo",
        ),
        (
            "Kimberley Process: Statement on the plenary\n\nThe European Union, as Chair of the Working Group on "
            "Monitoring, regrets that no consensus was found on the definition of conflict diamonds.",
            "European Union",
        ),
        (
            "Botswana chairs the Kimberley Process after Russia\n\nThis week opens a new chapter for the diamond "
            "industry.",
            "Botswana",
        ),
    ],
)
def test_a_government_issues_its_releases_speeches_and_reported_statements(text, issuer):
    assert issued_by(text) == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Press Release\n\n“We have met all the minimum requirements,” Zimbabwe’s mines minister Obert Mpofu said "
            "last week. The Zimbabwe Diamond Watch Network rejects that claim.",
            "Zimbabwe Diamond Watch Network",
        ),
        (
            "Civil society slams minister\n\nZimbabwe's mines minister Winston Chitando said on Friday that the "
            "review was unfair. The Centre for Natural Resource Governance (CNRG) today dismissed his remarks.",
            "Centre for Natural Resource Governance (CNRG)",
        ),
        (
            "Mines minister Winston Chitando told parliament on Tuesday that Marange diamonds were conflict-free.\n\n"
            "Global Witness today said the claim ignored abuses by security forces.",
            "Global Witness",
        ),
        (
            "Déclaration\n\nLe ministre des Mines de la RDC a affirmé lundi que les exportations étaient conformes. "
            "Le Centre national d'appui au développement (CENADEP) dénonce aujourd'hui cette déclaration.",
            "Centre national d'appui au développement (CENADEP)",
        ),
        (
            "Antwerp\n\n“The KP is a success,” said the Belgian foreign minister at the opening. The Antwerp World "
            "Diamond Centre (AWDC) today welcomed his words.",
            "Antwerp World Diamond Centre (AWDC)",
        ),
    ],
)
def test_an_organisation_answering_a_minister_its_lead_quotes_issues_the_release(text, issuer):
    assert issued_by(text) == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Statement by the Zimbabwe Diamond Watch Network on the Minister's remarks\n\nThe Minister of Mines "
            "said on Friday that Marange was compliant. We urge the Kimberley Process to send a review mission.",
            "Zimbabwe Diamond Watch Network",
        ),
        (
            "Remarks by the President of the World Diamond Council at the opening of the Kimberley Process Plenary"
            "\n\nExcellencies,\n\nIt is a pleasure to welcome you to Gaborone.",
            "World Diamond Council",
        ),
        (
            "Press release\n\nHuman Rights Watch today criticised Zimbabwe's mines minister for claiming that the "
            "Marange fields were free of abuses.",
            "Human Rights Watch",
        ),
        (
            "Zimbabwe hosts KP plenary amid abuse claims\n\nThe Zimbabwe Diamond Watch Network today called on "
            "delegates to visit Marange.",
            "Zimbabwe Diamond Watch Network",
        ),
        (
            "Kimberley Process plenary ends\n\nThe Kimberley Process, whose participants include Zimbabwe, Angola "
            "and the European Union, ended its plenary. Global Witness said the meeting failed.",
            "Global Witness",
        ),
        # A news report of the minister with another's reply: the minister's statement, reported.
        (
            "HARARE (Reuters) - Zimbabwe's mines minister Winston Chitando said on Friday that the review was "
            "unfair. Global Witness said the claim ignored abuses.",
            "Zimbabwe",
        ),
        (
            "Zimbabwe's mines minister said today that the review was unfair. Global Witness today rejected the claim.",
            "Zimbabwe",
        ),
    ],
)
def test_an_organisation_quoting_or_criticising_a_minister_is_the_issuer_not_his_government(text, issuer):
    assert issued_by(text) == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Diamonds in the Central African Republic\n\nThe Central African Republic remains partly suspended from the "
        "Kimberley Process. Armed groups control many mining areas.",
        "Communiqué de presse\n\nLe Réseau Ressources Naturelles (RRN) dénonce l'échec du Processus de Kimberley.",
    ],
)
def test_a_text_about_a_country_or_a_release_mentioning_the_kp_is_neither_theirs(text):
    assert issued_by(text) not in {"Central African Republic", "Kimberley Process"}


def test_a_speech_title_of_the_kp_chair_below_a_pages_links_is_the_kps():
    links = "Dubai gold price lowest in 30 days\nMay 16, 2025\nCannes goes traceable\nMay 15, 2025\n\n"
    title = "Opening Remarks by KP Chair – Kimberley Process Intersessional 2025"
    text = f"{links}{title}\n\nAHMED BIN SULAYEM\n\nGood morning."
    assert issued_by(text) == "Kimberley Process"


# --- The chair after the words, a salutation, a state acting or learnt from, an official's press conference


@pytest.mark.parametrize(
    "lead",
    [
        "Le pays pourrait être suspendu du processus de Kimberley, a déclaré lundi le responsable du processus de "
        "Kimberley.",
        "The country may be suspended from the KP, said the KP chair on Tuesday.",
    ],
)
def test_the_chair_named_after_the_leads_words_speaks_for_the_process(lead):
    assert organisation(f"Diamants : vers une suspension\n12.05.2019\n{lead}", known=[]) == "Kimberley Process"


@pytest.mark.parametrize(
    "lead",
    [
        "Le pays pourrait être suspendu, a déclaré lundi le chef de la délégation du Rwanda au processus de Kimberley.",
        "The country may be suspended, said a delegate who criticised the KP chair.",
    ],
)
def test_a_delegate_or_someone_speaking_of_the_chair_is_not_the_chair(lead):
    assert kp_chair_voice(["Diamants", lead], "") == ""


def test_the_chair_greeted_in_a_speechs_salutation_is_its_audience():
    header = [
        "Speaking at the plenary, Jane Moyo, President of the World Diamond Council, stressed the mandate.",
        "The following is the full text of her address:",
        "Minister John Banda, Chair of the Kimberley Process;",
    ]
    assert kp_chair_voice(header, "") == ""
    assert organisation("\n".join(header), known=["World Diamond Council"]) == "World Diamond Council"


def test_a_state_acting_recently_is_its_governments_voice():
    text = "Official Website\nThe United States recently participated in the Kimberley Process plenary in Dubai."
    assert organisation(text, known=[]) == "United States"


def test_a_state_the_news_is_learnt_from_through_its_own_representatives_speaks():
    text = (
        "Diamants : toujours suspendue\n\nLa Centrafrique reste suspendue du Processus de Kimberley, a-t-on appris "
        "vendredi auprès de ses représentants présents à la réunion."
    )
    assert organisation(text, known=[]) == "Central African Republic"
    text = (
        "Diamants\n\nLe Réseau Mines Transparentes quitte la plénière, a-t-on appris vendredi auprès de ses "
        "représentants."
    )
    assert organisation(text, known=[]) != "Central African Republic"


def test_an_official_giving_the_press_conference_speaks_for_his_government():
    text = (
        "Adhésion au PK\n\nL'annonce a été faite au cours d'une conférence de presse donnée par le ministre "
        "camerounais des Mines, Jean Ndongo."
    )
    assert organisation(text, known=[]) in {"Cameroun", "Cameroon"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Embargo levé\n\nAprès l'avis des experts, les 15 pays du Conseil de sécurité de l'ONU ont, à "
            "l'unanimité, voté la résolution levant l'embargo.",
            "United Nations Security Council",
        ),
        (
            "Diamants du sang\n\nLors d'une réunion de l'Assemblée générale des Nations unies, les 193 pays membres "
            "ont adopté par consensus une résolution sur le PK.",
            "United Nations General Assembly",
        ),
        (
            "Diamants\n\nL'Assemblée générale des Nations unies a adopté mercredi une résolution sur le PK.",
            "United Nations General Assembly",
        ),
    ],
)
def test_a_un_organ_acting_in_french_issues_its_decision(text, name):
    assert organisation(text, known=[]) == name


def test_a_un_organs_past_decision_in_french_is_background():
    text = "Diamants\n\nLe ministre a salué la fin de l'embargo que le Conseil de sécurité avait adopté en 2005."
    assert organisation(text, known=[]) != "United Nations Security Council"


@pytest.mark.parametrize(
    "text",
    [
        "Le président zimbabwéen Robert Mugabe a promis dimanche que la vente des diamants servira au pays.",
        "La vente des diamants servira à tout le pays, a promis, dimanche, le président zimbabwéen Robert Mugabe.",
        "The sale will benefit the whole country, Zimbabwe's mines minister promised on Sunday.",
    ],
)
def test_an_official_promising_speaks_for_the_state(text):
    assert organisation(text) == "Zimbabwe"


@pytest.mark.parametrize(
    "text",
    [
        "Press Statement\n\nThe United States is deeply disappointed with the Kinshasa meeting.",
        "The United States strongly supports the Kimberley Process and welcomes its new chair.",
    ],
)
def test_a_state_disappointed_or_supporting_speaks_for_itself(text):
    assert organisation(text) == "United States"


@pytest.mark.parametrize(
    "text",
    [
        "Comments on: diamond news, updated hourly\n\n1. The Eighteenth Kimberley Process (KP) Plenary Meeting was "
        "convened under the Chairmanship of the Republic of Botswana.",
        "Une page\n\n1. La réunion plénière du Processus de Kimberley s'est tenue à Kinshasa du 1er au 3 novembre.",
    ],
)
def test_a_communiques_first_numbered_paragraph_is_the_kps(text):
    assert organisation(text) == "Kimberley Process"


def test_a_numbered_paragraph_of_a_release_recalling_a_plenary_is_not_the_kps():
    text = "Diamond Fairness Network\n\n1. The plenary in Dubai was a failure, the Diamond Fairness Network said."
    assert organisation(text, known=["Diamond Fairness Network"]) == "Diamond Fairness Network"
    assert organisation("A title\n\n1. The Human Rights Council session was held in Geneva.") != "Kimberley Process"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A plural for a singular, as a hurried report writes it.
        ("Un titre\n\nLe ministres des Mines Emmanuel Mbala a présenté mardi les lettres d'admission du Cameroun.",
         "Cameroun"),
        ("Un titre\n\nLe ministre des mines de la RDC, Jean Mbala a rassuré que les décisions étaient prêtes.",
         "République démocratique du Congo"),
        ("Un titre\n\nLa RDC qui assume la présidence de cette structure, s'est engagée à lutter contre la fraude.",
         "République démocratique du Congo"),
        ("A title\n\nZimbabwe has pledged to open its mines to the KP review team.", "Zimbabwe"),
    ],
)  # fmt: skip
def test_a_minister_reassuring_or_a_state_pledging_speaks_for_its_country(text, country):
    assert organisation(text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Republic of Congo was expelled from the Kimberley Process.", "Republic of the Congo"),
        ("The Democratic Republic of Congo was praised by the Kimberley Process.", "Democratic Republic of the Congo"),
        ("La République du Congo a été exclue du Processus.", "République du Congo"),
        ("La République démocratique du Congo a été saluée.", "République démocratique du Congo"),
        ("Chinese Taipei joined the scheme.", "Chinese Taipei"),
        ("Chinese officials joined the scheme.", "China"),
        ("Maurice Miema led the review mission.", None),
        ("Polish diamonds fetch more.", None),
    ],
)
def test_every_participant_is_a_country_and_longer_names_win(text, country):
    assert (country_in(text) or (None,))[0] == country


def test_a_participant_beyond_the_large_producers_speaks_for_itself():
    assert organisation("A title\n\nMali is pleased to chair the working group.") == "Mali"
    assert organisation("Un titre\n\nLe Gabon salue la décision du Processus de Kimberley.") == "Gabon"


def test_a_hard_wrapped_lead_is_read_whole_and_the_kps_name_misspelt():
    text = (
        "Le Congo suspendu de\nla liste des participants au Processus Kimberley\n"
        "NAIROBI, le 15 juillet 2004 (IRIN) - La\nRépublique du Congo a été exclue de la liste des\n"
        "adhérents au processus de traçabilité des diamants.\n"
        "Le président du Processus Kimberley, le Canadien Jean Mbala, a\n"
        "indiqué dans un communiqué que l'adhésion avait été suspendue."
    )
    assert organisation(text, known=[]) == "Kimberley Process"
    assert organisation("A title\n\nThe Kimberly Process is described as a joint initiative.", known=[]) == ""


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("A title\n\nThe European Union (EU) ambassador said the plenary had failed.", "European Union"),
        # The state the lead speaks as, for its minister named without a country.
        ("Ghana sets a deadline\n\nGhana has set March as its deadline. The country was accused of certifying a "
         "neighbour's diamonds. Jean Mbala, Minister of Lands and Mines, said that the government was committed to "
         "the Action Plan developed at Gaborone, Botswana.", "Ghana"),
        # A release numbered after its heading; a statement by a person, or by an official's title, names no body.
        ("USUN PRESS RELEASE # 334(07)\nNovember 26, 2007\n\nThe United Nations met today.", "USUN"),
        ("A title\n\nStatement by Jean Mbala, nominated to serve as Public Delegate, on the Resolution\n\n"
         "Mr. President, the plenary failed.", ""),
    ],
)  # fmt: skip
def test_whose_official_or_heading_it_is(text, issuer):
    assert organisation(text, known=["World Diamond Council"]) == issuer


def test_a_news_agency_or_an_officials_title_is_no_issuer():
    assert organisation("A title\n\nThe plenary failed, delegates said.\n\nSource: GNA", known=[]) == ""
    text = "A title\n\nThe plenary closed, said an official statement by the Local Government and Works Minister."
    assert organisation(text, known=[]) == ""


def test_an_organisations_president_is_no_states_official():
    text = (
        "A title\n\nWorld Diamond Council (WDC) president Feriel Zerouki has said the secretariat in Gaborone, "
        "Botswana, is a milestone."
    )
    assert organisation(text, known=[]) != "Botswana"


def test_the_president_of_a_body_named_with_its_country_is_no_states_official():
    text = "A title\n\nAlfred Mbala, the president of Green Advocates, Liberia, a coalition member, said the KP failed."
    assert organisation(text, known=[]) != "Liberia"
    assert organisation("A title\n\nThe President of Zimbabwe said the KP had been fair.", known=[]) == "Zimbabwe"


def test_a_pages_breadcrumbs_leave_room_for_the_lead_that_names_the_country():
    text = (
        "You are here: Home News Regional\n\nRegional News of Thursday, 18 January 2007\n\nSource: GNA\n\n"
        "Workshop on the Kimberley Process\n\nAccra, Jan. 18, GNA - Mrs Jane Mbala, Deputy Minister of Lands and "
        "Mines, on Thursday called on the industry to comply. She said it was an offence to trade unlicensed. "
        "Mrs Mbala, who spoke at a workshop, said Ghana could attain full certification."
    )
    assert organisation(text, known=[]) == "Ghana"


# --- Countries named in several ways


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("le ministre sud africain des ressources minières", "Afrique du Sud"),
        ("la délégation sud-africaine", "Afrique du Sud"),
        ("the Sierra-Leone delegation", "Sierra Leone"),
    ],
)
def test_a_hyphen_or_a_space_between_a_countrys_words_alike(text, country):
    assert country_in(text)[0] == country


def test_the_countries_a_text_names_each_once_the_longest_name_where_they_overlap():
    text = "La République démocratique du Congo et la RDC, the Democratic Republic of the Congo, and then the CAR."
    assert countries_in(text) == ["Democratic Republic of the Congo", "Central African Republic"]


def test_a_country_qualifying_an_office_is_named_short_for_the_central_african_states():
    assert country_label("Central African Republic", french=True) == "RCA"
    assert country_label("Democratic Republic of the Congo", french=False) == "DRC"
    assert country_label("Cameroon", french=True) == "Cameroun"
    assert country_label("Sierra Leone", french=False) == "Sierra Leone"


# --- A parliament's questions, answered by its government


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "HC Deb 12 March 2003 vol 401 cc10-11W\nMr. Smith\n\nTo ask the Secretary of State for Foreign and "
            "Commonwealth Affairs what progress has been made on rough diamonds.\n\nMr. Jones\n\nWe continue to "
            "support the certification scheme.",
            "United Kingdom",
        ),
        (
            "Oral Answers to Questions — Rough Diamonds\n\n– in the House of Commons on 4 June 2002.\n\n"
            "Mr Jane Brown Minister of State\n\nI am pleased to report progress on the scheme.",
            "United Kingdom",
        ),
        (
            "Diamonds\n\nHouse of Lords written question – answered on 3rd March 2015.\n\nTo ask Her Majesty's "
            "Government what is their assessment of the scheme.\n\nThe scheme is working.",
            "United Kingdom",
        ),
        (
            "Oral Questions\n\nHouse of Commons of Canada, Ottawa, 2 May 2003\n\nWritten Answers\n\nTo ask the "
            "Minister what the scheme costs.\n\nThe scheme costs little.",
            "Canada",
        ),
        (
            "Parliamentary questions\n12 May 2015\nAnswer given by Vice-President Jane Doe on behalf of the "
            "Commission\nQuestion reference: E-001234/2015\n\nThe scheme is working.",
            "European Commission",
        ),
        (
            "Answer – Rough diamonds and EU measures – E-001234/2015\n\n1. The Commission has not received any "
            "information on the matter.",
            "European Commission",
        ),
    ],
)
def test_a_parliaments_answer_is_its_governments(text, name):
    assert organisation(text, known=[]) == name


@pytest.mark.parametrize(
    "text",
    [
        # A news report naming the House, no question answered in it.
        "MPs debate diamonds\n\nThe House of Commons heard calls for a tougher scheme from campaigners on Tuesday.",
        # A question asked, no chamber named.
        "To ask the Minister what the scheme costs.\n\nThe answer was short.",
        # "Answer" and a reference, but no Commission answering.
        "Answer – E-001234/2015\n\nThe Council has not received any information.",
    ],
)
def test_no_parliaments_answer_without_its_question_and_chamber(text):
    assert organisation(text, known=[]) == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A debate's record, a minister's speech headed by the office and its holder.
        (
            "HC Deb 3 May 2002 vol 380 cc10-30WH\n\nMotion made, That the sitting be now adjourned.\n\n"
            "The Parliamentary Under-Secretary of State for Trade (Ms Jane Smith)\n\nI welcome this debate on "
            "rough diamonds.",
            "United Kingdom",
        ),
        # A General Committee on the government's draft regulations, its menu run into the minister's motion.
        (
            "General CommitteesI beg to move,\nThat the Committee has considered the draft Rough Diamonds (Amendment) "
            "Regulations 2020.\nIt is a pleasure to serve under your chairmanship.",
            "United Kingdom",
        ),
    ],
)
def test_a_minister_speaking_in_a_parliaments_debate_speaks_for_the_government(text, name):
    assert organisation(text, known=[]) == name


@pytest.mark.parametrize(
    "text",
    [
        # A member's own speech, no minister's office heading it.
        "HC Deb 3 May 2002 vol 380 cc10-30WH\n\nMr. Tony Brown (Putney)\n\nI welcome this debate on diamonds.",
        # A minister's heading, but in no parliament's record.
        "Conference notes\n\nThe Minister of State, Mines (Mr. John Doe)\n\nI welcome you all.",
        # A motion on draft regulations, no chamber named.
        "I beg to move, That the Committee has considered the draft Diamonds Regulations 2020.",
    ],
)
def test_no_ministers_debate_without_his_office_and_the_chamber(text):
    assert organisation(text, known=[]) == ""


def test_a_legislatures_site_is_not_its_governments():
    assert site_country("https://www.finance.senate.gov/newsroom/statement") == ""
    assert site_country("https://www.aph.gov.au/debates") == ""
    assert site_country("https://www.state.gov/remarks") == "United States"
    text = "Senator's Statement on the Diamonds Act\n\nI am pleased the Senate will consider the act."
    assert organisation(text, known=[], url="https://www.finance.senate.gov/newsroom/statement") == ""


# --- An official only reported, quoted or recalled is no voice


def test_an_official_said_to_do_something_does_not_speak():
    lines = ["South African Minister of Mines Jane Doe was said to be trying to help the chair win support."]
    assert government_voice(lines) is None
    assert government_voice(["South African Minister of Mines Jane Doe said the chair had support."]) == (
        "South Africa",
        "South African Minister of Mines Jane Doe said the chair had support.",
    )


def test_an_official_inside_a_quotation_does_not_speak():
    lines = ["“The monitor will work with the relevant Zimbabwean authorities,” the report said."]
    assert government_voice(lines) is None


def test_an_officials_past_words_in_a_clause_are_not_the_texts():
    lines = ["The country’s deputy mines minister attended the meeting in Brussels in June, where he confirmed it."]
    assert government_voice(lines) is None
    assert government_voice(["Zimbabwe’s Mines Minister John Doe confirmed the news at a meeting."]) == (
        "Zimbabwe",
        "Zimbabwe’s Mines Minister John Doe confirmed the news at a meeting.",
    )


# --- A state's release, sent to the press


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Angola: Le pays participe à la réunion\n\nLuanda — Une délégation angolaise participe à la réunion "
            "plénière du Processus de Kimberley, qui se tiendra à Gaborone, République du Botswana.\n\nSelon un "
            "communiqué de presse parvenu à l'ANGOP ce vendredi, la séance d'ouverture sera dirigée par le président.",
            "Angola",
        ),
        (
            "Luanda — L'Angola assume à Bruxelles la présidence du comité de révision du Processus de Kimberley, "
            "indique un communiqué de presse parvenu au bureau de l'Angop.",
            "Angola",
        ),
        (
            "Gov't Makes Progress\n\nThe government of Liberia has made significant progress toward compliance with "
            "the Kimberley Process.\n\nAccording to an Information Ministry release, the new system is in place.",
            "Liberia",
        ),
        (
            "The Liberian government has lauded several foreign institutions for their technical support to the "
            "new system, the statement said.",
            "Liberia",
        ),
    ],
)
def test_a_release_nobody_else_signs_is_the_states_its_lead_speaks_of(text, name):
    assert organisation(text, known=[]) == name


@pytest.mark.parametrize(
    "text",
    [
        # The release is signed by someone else: theirs, not the state's.
        "Luanda — L'Angola assume la présidence du comité de révision du Processus de Kimberley, selon un communiqué "
        "de la Coalition pour des diamants équitables.",
        "The government of Liberia has made significant progress toward compliance with the Kimberley Process, "
        "according to a statement issued by Global Witness.",
        # The lead speaks of no state.
        "Une mission d'experts du Processus de Kimberley séjourne dans la région minière de l'Est du pays.\n\nSelon "
        "un communiqué de presse parvenu à notre rédaction, elle rencontrera les autorités.",
        # The state is what another says something about, not the lead's subject.
        "Campaigners said the government of Liberia had made little progress toward compliance with the scheme, "
        "according to a statement.",
        # The state is the lead's subject, but no release is the source.
        "The government of Liberia has made significant progress toward compliance with the Kimberley Process, "
        "the minister told reporters.",
    ],
)
def test_no_states_release_without_the_state_as_the_leads_subject_or_when_another_signs_it(text):
    assert unsigned_release(text.split("\n")) is None


def test_an_official_thanked_is_not_speaking():
    text = (
        "Angola elected vice chair\n\n"
        "Amara Okonkwo thanked the outgoing KP Chair, Ambassador Jan Smit of South Africa, for his leadership, and "
        "welcomed the new chair."
    )
    assert government_voice(text.split("\n\n")) is None
    text = (
        "Angola elected vice chair\n\nAmbassador Jan Smit of South Africa thanked the delegates and welcomed the chair."
    )
    assert government_voice(text.split("\n\n"))[0] == "South Africa"


def test_the_sentence_before_the_minister_names_his_country_only_if_it_names_one():
    lines = [
        "A speech in Kinshasa",
        "Representatives of Anjin, a Chinese firm in a joint venture with the Zimbabwean government, spoke. "
        "The minister said Anjin will soon export diamonds. The South African minister said she supports him.",
    ]
    assert government_voice(lines) is None
    lines = ["A speech", "Zimbabwe hosted the talks. The minister said exports will resume."]
    assert government_voice(lines)[0] == "Zimbabwe"


def test_a_state_in_brackets_with_its_capital_is_the_state():
    text = "A title\n\nThe Republic of Congo (Brazzaville) has halted diamond exports, its mines minister said."
    assert organisation(text) not in ("Republic of Congo (Brazzaville)", "")


def test_a_continents_american_is_not_the_united_states():
    assert countries_in("The minerals-rich South American country rejoined") == []
    assert countries_in("un pays sud-américain, latino-américain") == []
    assert countries_in("the American embassy") == ["United States"]
    assert countries_in("Venezuela, the South American country") == ["Venezuela"]


def test_an_agency_citing_a_minister_passes_on_his_governments_words():
    text = "Un titre\n\nLes exportations ont repris, a indiqué l’agence APS, citant le ministre malien des Mines."
    assert identify_organisation(text, [])[0] == "Mali"
    text = (
        "A title\n\nExports resumed, the agency reported, quoting Ghana’s mines minister during his visit to Akwatia."
    )
    assert identify_organisation(text, [])[0] == "Ghana"
    # Citing a report is no official's voice.
    text = "A title\n\nExports resumed, the agency reported, citing a study by the Diamond Fairness Network."
    assert identify_organisation(text, [])[0] != "Ghana"


def test_a_minister_without_his_country_is_the_states_the_lead_then_makes_its_subject():
    text = (
        "Une réunion\n\nLe Ministre des Affaires étrangères Jean Dupont ouvre aujourd’hui, à Bruxelles, la session "
        "plénière du Processus de Kimberley. Le Processus est la plateforme mondiale. La Belgique a été l’un des "
        "pionniers."
    )
    assert identify_organisation(text, [])[0] == "Belgique"
    # No state the lead goes on to make its subject: whose minister it is, nothing says.
    text = (
        "Une réunion\n\nLe Ministre des Affaires étrangères Jean Dupont ouvre aujourd’hui la session plénière du "
        "Processus de Kimberley. Le Processus est la plateforme mondiale."
    )
    assert identify_organisation(text, [])[0] == ""
    # Not a state qualifying another's official, "The South African minister said…": see the test above.
