"""Who said what: attribution patterns in English and French, the names, titles and offices around a speaker,
wrapped lines, pronouns, interviews, the speaker of a speech, and what is not a quote."""

import pytest

from statements.extraction.quotes import find_quotes, find_speaker


def _said(text: str) -> list[tuple[str, str]]:
    return [(quote.person, quote.text) for quote in find_quotes(text)]


def _people(text: str) -> list[str]:
    return list(dict.fromkeys(quote.person for quote in find_quotes(text)))


# --- Attribution patterns, and what is not a quote


def test_name_before_the_verb_after_the_quote():
    assert _said("“The plenary was a missed opportunity,” Shamiso Mtisi said.") == [
        ("Shamiso Mtisi", "The plenary was a missed opportunity")
    ]


def test_speaker_introduced_before_the_quote_with_a_colon():
    assert _said("Shamiso Mtisi told journalists: “We will not give up on reform.”") == [
        ("Shamiso Mtisi", "We will not give up on reform.")
    ]


def test_according_to_and_selon_introduce_a_speaker():
    text = (
        "According to Hans Merket, “the review visits finally have teeth now.”\n\n"
        "Selon Jean Dupont, « le processus doit changer vite »."
    )
    assert _said(text) == [
        ("Hans Merket", "the review visits finally have teeth now."),
        ("Jean Dupont", "le processus doit changer vite"),
    ]


def test_what_a_speaker_is_said_to_think_runs_on_into_their_quoted_words():
    assert _people(
        "Selon M. Jean Mbala, président de l’organisme, les pays occidentaux « ne défendent plus la position du SCPK »."
    ) == ["Jean Mbala"]
    assert _people("According to Amara Okonkwo, the countries “no longer defend the scheme’s position”.") == [
        "Amara Okonkwo"
    ]
    assert _people("According to the report, the countries “no longer defend the scheme’s position”.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The KP has failed, Amara Okonkwo, a campaigner at the network, told Reuters. “It is a fig leaf.”",
         ["Amara Okonkwo"]),
        ("Jean Mbala a déclaré que le PK avait échoué. « C'est une feuille de vigne. »", ["Jean Mbala"]),
        # Not someone only named in the sentence before, nor a sentence that reports nobody speaking.
        ("Amara Okonkwo met the minister on Monday. “It is a fig leaf.”", []),
        ("The plenary closed in Dubai after Amara Okonkwo spoke. “It is a fig leaf.”", []),
    ],
)  # fmt: skip
def test_a_quoted_sentence_after_one_reporting_someone_speaking_is_theirs(text, people):
    assert _people(text) == people


def test_a_single_closing_mark_may_follow_a_space():
    assert _said("'It is inconceivable that some would oppose it, ' said Amara Okonkwo of the network.") == [
        ("Amara Okonkwo", "It is inconceivable that some would oppose it")
    ]


def test_straight_quotes_and_a_descriptor_before_the_name():
    text = '"Nothing of substance was agreed," says coalition coordinator Shamiso Mtisi.'
    assert _said(text) == [("Shamiso Mtisi", "Nothing of substance was agreed")]


def test_title_and_surname_resolve_to_the_full_name_seen_earlier():
    text = (
        "Ms Joanne Lebert attended the meeting.\n\n"
        "“We are encouraged by the outcome today,” said Ms Lebert. “Funding must now follow quickly.”"
    )
    assert _said(text) == [
        ("Joanne Lebert", "We are encouraged by the outcome today"),
        ("Joanne Lebert", "Funding must now follow quickly."),
    ]


def test_a_pronoun_refers_to_the_previous_speaker_in_english_and_french():
    text = (
        "“The first statement is here,” said Hans Merket.\n\n“And the second one follows it,” he added.\n\n"
        "« Une troisième déclaration suit ici », explique-t-il.\n\n« Et une quatrième encore ici », a-t-il ajouté."
    )
    assert [person for person, _text in _said(text)] == ["Hans Merket"] * 4


def test_a_pronoun_with_no_earlier_speaker_is_not_attributed():
    assert _said("“Nobody knows who is speaking here,” he said.") == []


def test_organisations_and_reports_are_not_people():
    text = (
        "“Conflict diamonds still reach the market,” says the report.\n\n"
        "“The scheme must widen its definition,” said Global Witness.\n\n"
        "“We regret the outcome of the meeting,” says the Kimberley Process Civil Society Coalition."
    )
    assert _said(text) == []


def test_scare_quotes_and_quoted_titles_are_not_quotes():
    text = "The so-called “conflict diamonds” are defined in the “core document” of the scheme, says Shamiso Mtisi."
    assert _said(text) == []


def test_an_unattributed_quote_is_not_returned():
    assert _said("“This sentence is quoted but nobody is named as its speaker.”") == []


def test_a_contact_line_does_not_make_someone_a_speaker():
    text = "“We are disappointed by the outcome,” said Shamiso Mtisi.\n\nContact: Hans Merket, IPIS, +32 474 34 20 14"
    assert [person for person, _text in _said(text)] == ["Shamiso Mtisi"]


def test_a_quote_continuing_in_the_next_paragraph_keeps_its_speaker():
    text = (
        "“The plenary failed communities again,” says Shamiso Mtisi.\n\n"
        "“We will keep pushing for a broader definition of conflict diamonds.”"
    )
    assert [person for person, _text in _said(text)] == ["Shamiso Mtisi", "Shamiso Mtisi"]


def test_french_name_first_with_a_declare():
    assert _said("« Le secrétariat permanent est indispensable », Joséphine Kabeya a déclaré.") == [
        ("Joséphine Kabeya", "Le secrétariat permanent est indispensable")
    ]


# --- Names, titles and offices around the speaker


def test_an_office_before_the_name_is_not_part_of_it():
    text = (
        "In the opening address, South African Minister of Mineral Resources Susan Shabangu said, "
        '"This year\'s plenary matters more."'
    )
    assert _people(text) == ["Susan Shabangu"]


def test_a_name_before_its_office_and_the_verb():
    text = "Mr. K.G. Moshashane, Chair of the Kimberley Process, said: “I am pleased with this Plenary session.”"
    assert _people(text) == ["K.G. Moshashane"]


@pytest.mark.parametrize(
    "text",
    [
        "Amara Okonkwo, director of the Centre for Natural Resource Governance, said the decision was “a betrayal "
        "of the mining communities”.",
        "Amara Okonkwo, coordinator at the Open Society Natural Resource Watch, told reporters: “We walked out.”",
        "Amara Okonkwo, coordinatrice de la Coalition Nationale Pour la Bonne Gouvernance, a déclaré : « Nous "
        "sommes déçus. »",
    ],
)
def test_the_capitalised_words_of_an_office_after_a_name_are_its_body_not_the_speaker(text):
    assert _people(text) == ["Amara Okonkwo"]


def test_the_last_clause_before_the_verb_holds_the_name():
    text = (
        "The European Commissioner for External Relations, Benita Ferrero-Waldner welcomed the news saying, "
        "“The Kimberley Process has established itself.”"
    )
    assert _people(text) == ["Benita Ferrero-Waldner"]


def test_a_capitalised_office_after_of_is_no_subject():
    text = (
        "Dr Chiwenga who is also the Minister of Health and Child Care said the country was proud.\n"
        "“I would like to thank all the delegates,” he said."
    )
    assert _people(text) == []


def test_the_office_with_a_definite_article_stands_for_the_person_named_with_it():
    text = (
        "Le ministre belge des Affaires étrangères, Didier Reynders a ouvert lundi la Conférence.\n\n"
        "Le ministre belge a tenu à souligner que le Processus s’est révélé «un partenariat réussi et efficace»."
    )
    assert _people(text) == ["Didier Reynders"]


def test_a_name_and_office_before_a_colon_introduce_a_headline_quote():
    assert _people("Boaz Hirsch, Chair of the Kimberley Process : “The Credibility of the KP is our asset”") == [
        "Boaz Hirsch"
    ]


def test_according_to_after_the_quote_and_titles_before_the_name():
    assert _people("“We are committed to reform of the whole scheme,” said H.E. Ahmed Bin Sulayem.") == [
        "Ahmed Bin Sulayem"
    ]
    assert _people("« Nous voulons une réforme du processus », selon Jean Mbala, coordinateur de la CENADEP.") == [
        "Jean Mbala"
    ]
    assert _people('"The KP must change its definition now," according to Alan Martin, research director at PAC.') == [
        "Alan Martin"
    ]


def test_a_country_is_not_a_person():
    assert _people("“We have complied with every requirement of the scheme,” South Africa said.") == []


def test_a_speaker_after_their_title_and_a_comma():
    quotes = find_quotes('"We applaud his energy," said Global Witness Director, Charmian Gooch.', ["global witness"])
    assert [quote.person for quote in quotes] == ["Charmian Gooch"]


def test_a_speaker_followed_by_an_apposition_before_the_verb():
    text = "“It would appear Dubai is an ethics free haven,” Jaff Bamenjo, the Coalition’s man, told members."
    assert [quote.person for quote in find_quotes(text)] == ["Jaff Bamenjo"]


def test_a_job_title_after_the_name_or_a_verb_before_it_is_not_part_of_the_name():
    quote = "“We are very encouraged that the Kimberley Process is undertaking its first review mission,”"
    assert [q.person for q in find_quotes(f"{quote} said Corinna Gilfillan Campaigner with Global Witness.")] == [
        "Corinna Gilfillan"
    ]
    text = "Commented Sanjay Shah, Convener, DPC, GJEPC: “India being a responsible member, we will support reforms.”"
    assert [q.person for q in find_quotes(text)] == ["Sanjay Shah"]


def test_an_office_with_its_qualifiers_stands_for_the_person_named_with_it_earlier():
    text = (
        "Minister of Mines and Mineral Resources, Julius Daniel Mattai, has called for the scheme to stay free.\n\n"
        "“The Kimberley Process must not be used as a platform for settling scores,” "
        "the Mines and Mineral Resources Minister cautioned."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Julius Daniel Mattai"]


def test_a_lower_case_word_before_the_office_is_no_qualifier():
    text = (
        "Minister of Mines Julius Daniel Mattai opened the meeting.\n\n"
        "“The Kimberley Process must not be used as a platform for settling scores,” the former minister warned."
    )

    assert find_quotes(text) == []


def test_a_misspelt_title_is_not_part_of_the_name():
    text = "“South Africa remains committed to the Kimberley Process,” said Ambasador Mxolisi Nkosi."

    assert [quote.person for quote in find_quotes(text)] == ["Mxolisi Nkosi"]


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


def test_a_long_french_lead_in_before_the_colon():
    text = (
        "Le ministre des mines, Rufin Benam Beltoungou, a exprimé un sentiment d’accomplissement et de gratitude : "
        "« Devoir accompli voilà ce que je peux dire. »"
    )

    assert [quote.person for quote in find_quotes(text)] == ["Rufin Benam Beltoungou"]


# --- Wrapped lines, paragraphs, quote marks and incises


def test_an_attribution_broken_over_lines_is_read_across_them():
    text = '"This bill will help Canada meet its obligations," said\n\nMinister Efford. Later on, R. John Efford left.'
    assert _people(text) == ["R. John Efford"]
    wrapped = (
        '"As you know, today security has returned. The\ngovernment can ensure traceability," Mboli\nFatrane said.'
    )
    assert _people(wrapped) == ["Mboli Fatrane"]


def test_reported_speech_with_a_quoted_fragment():
    text = (
        "Hirsch said that the role is one of great responsibility, said Boaz Hirsch's office. "
        "He said that he saw Israel’s role as chair to be “in creating the momentum to improve the process.”"
    )
    assert _people(text) == ["Boaz Hirsch"]


def test_a_quoted_sentence_ending_its_line_is_not_attributed_to_the_next_sentence():
    text = (
        "He said the role was to be “in creating the momentum to improve the process.”\n"
        "Israel Diamond Controller and head of the Kimberley Process in Israel, Shmuel Mordechai, said that more."
    )
    assert "Kimberley Process Israel" not in _people(text)


def test_a_french_incise_inside_the_quote_names_the_speaker():
    text = "« Le premier Forum des Observateurs a été un succès, a indiqué Andrey Polyakov, le président du WDC. »"
    assert _people(text) == ["Andrey Polyakov"]
    unclosed = "\"Notre engagement avait fait l'unanimité à Brisbane,  Ray Sabyasachi disait au nom de l'Inde."
    assert _people(unclosed) == ["Ray Sabyasachi"]


def test_a_quotation_running_over_paragraphs_is_attributed():
    text = 'Annie Dunnebacke, of Global Witness, said: "If rough diamonds had been exported.\n\n"We are pleased."'
    assert {quote.person for quote in find_quotes(text, ["global witness"])} == {"Annie Dunnebacke"}


def test_a_quote_opened_straight_and_closed_curly():
    text = (
        "John Baird, Canada’s Foreign Affairs Minister, today announced that Canada has rejected the notice.\n\n"
        '"Contrary to the Chair’s Notice, key concerns were not addressed,” said Minister Baird.'
    )

    assert [quote.person for quote in find_quotes(text)] == ["John Baird"]


# --- Pronouns


def test_a_pronoun_refers_to_the_person_last_named_as_a_subject():
    text = (
        "Mines Minister Leopold Mboli Fatrane said on state-owned radio that exports would restart.\n"
        '"Very quickly we will be working on other zones," he said.'
    )
    assert _people(text) == ["Leopold Mboli Fatrane"]


def test_a_pronoun_prefers_someone_named_after_the_last_speaker():
    text = (
        "“The Kimberley Process would not exist without him,” said Director Charmian Gooch.\n\n"
        "Ian Smillie left the scheme.\n\nIan announced his resignation in a letter.\n\n"
        "In the letter he says: “when regulators fail to regulate, the systems collapse”."
    )
    assert _people(text) == ["Charmian Gooch", "Ian Smillie"]


def test_she_is_the_person_last_named_when_nobody_was_quoted_yet():
    text = (
        "CAMERPOST met en avant les déclarations de Joanne Lebert, directrice générale de Partenariat Afrique "
        "Canada. Elle déclare : « bien que le tollé soulevé par les « diamants du sang » ait entraîné des mesures, "
        "les voisins ont été oubliés »."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Joanne Lebert"]


def test_a_pronoun_after_a_speaker_named_with_his_office():
    text = (
        "Alan Martin, research director for Partnership Africa Canada, the other NGO, tells JCK his group stays.\n\n"
        "“We understand Global Witness’ frustration,” he says."
    )

    assert [quote.person for quote in find_quotes(text)] == ["Alan Martin"]


# --- Interviews and transcripts


def test_the_answers_of_an_interview_are_the_interviewees_words():
    text = (
        "Israel Diamond Institute: What is the status of these initiatives?\n\n"
        "Boaz Hirsch: These initiatives are being discussed.\n\n"
        "Israel Diamond Institute: And the secretariat?\n\n"
        "Boaz Hirsch: People are cautious."
    )
    assert _people(text) == ["Boaz Hirsch"]


@pytest.mark.parametrize(
    ("introduction", "label"),
    [
        ("The News Update spoke with the KP Chair, Amara Okonkwo, ahead of the meeting.", "KP CHAIR"),
        ("Our reporter met the Minister of Mines, Amara Okonkwo, in her office.", "THE MINISTER"),
        ("Our reporter met Minister of Mines and Energy Amara Okonkwo in her office.", "MINISTER"),
    ],
)
def test_an_interview_turn_under_an_office_is_the_words_of_the_person_named_with_it(introduction, label):
    interview = (
        f"{introduction}\n\nNEWS UPDATE: How did the scheme operate during the pandemic?\n\n"
        f"{label}: As you are well aware, the plenary took a consensus decision to postpone it.\n\n"
        f"NEWS UPDATE: What will the meeting discuss?\n\n{label}: The review of the core document."
    )
    assert _people(interview) == ["Amara Okonkwo"]


def test_an_interview_turn_under_an_office_nobody_is_named_with_is_nobodys():
    interview = (
        "Reporter: What changed in the scheme?\n\nKP CHAIR: Everything has changed since the plenary.\n\n"
        "Reporter: And next year?\n\nKP CHAIR: We will keep working on the peer review system."
    )
    assert _people(interview) == []


def test_a_pronoun_refers_to_a_person_of_five_names():
    text = (
        "Abdullah Bin Ahmad Al Saleh, Under-Secretary of the Ministry of Economy, told delegates the trade had grown."
        "\n\n“We are proud of what the country has done for the scheme,” he added."
    )
    assert _people(text) == ["Abdullah Bin Ahmad Al Saleh"]


def test_a_quotation_whose_opening_mark_the_page_lost_runs_from_its_paragraphs_start():
    text = (
        "Ministers wrote to the chair before the meeting.\n\n"
        "If the scheme is to remain a credible guarantor, it cannot refuse to consider these questions,” wrote "
        "Amara Okonkwo, director general at the ministry. “It is unfortunate that no dialogue has taken place.”"
    )
    assert _said(text)[0] == (
        "Amara Okonkwo",
        "If the scheme is to remain a credible guarantor, it cannot refuse to consider these questions",
    )


def test_a_lost_opening_mark_under_a_headline_on_the_line_above_runs_from_the_storys_start():
    text = (
        "Monitor Clears Ruritania Exports According to Leaked Report\n"
        "June 10 Ruritania has satisfied the minimum requirements of the scheme for the trade,” concludes KP Monitor "
        "Amara Okonkwo in her report. The report has angered several groups."
    )
    assert _said(text) == [
        ("Amara Okonkwo", "June 10 Ruritania has satisfied the minimum requirements of the scheme for the trade")
    ]


@pytest.mark.parametrize("stop", [".", ". ", ".\t"])
def test_a_line_above_that_ends_in_a_stop_is_no_headline_for_a_lost_opening_mark(stop):
    text = f"The ministers met{stop}\nPlain words of the story go on here with a closing mark,” and nobody speaks."
    assert _people(text) == []


def test_a_headline_ending_on_report_above_a_quotation_names_no_title():
    text = "Ruritania Welcomes the Leaked Report\n“The scheme has done its work for the trade,” said Amara Okonkwo."
    assert _people(text) == ["Amara Okonkwo"]


def test_a_monitors_office_before_the_name_is_not_part_of_it():
    assert _people("“Ruritania has met the minimum requirements,” said KP Monitor Amara Okonkwo.") == ["Amara Okonkwo"]


def test_a_closing_mark_alone_in_a_paragraph_of_no_speech_is_no_quotation():
    assert _people("Plain words with a closing mark ” and nobody speaking at all.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "No consensus was reached, said Amara Okonkwo, of the Diamond Fairness Network - a group that campaigns "
            "on the trade, and a founder of the scheme - who described the meeting as “the most disorganised "
            "plenary session ever held.”",
            ["Amara Okonkwo"],
        ),
        (
            "Le ministre a reçu Jean Mbala, coordinateur du réseau, qui a qualifié la réunion de « mascarade qui ne "
            "trompe plus personne ».",
            ["Jean Mbala"],
        ),
        # Two people before "who": the text does not say which one spoke.
        (
            "The coalition met Amara Okonkwo and Tendai Moyo, who described the meeting as “the most disorganised "
            "plenary session ever held.”",
            [],
        ),
    ],
)
def test_who_before_the_verb_is_the_one_person_the_sentence_names(text, people):
    assert _people(text) == people


def test_the_chair_is_not_the_chair_of_one_of_its_working_groups():
    text = (
        "The KP Chair, Mr. Jacob Thamage, declared an impasse after long talks.\n\n"
        "Mr. Thamage, along with the Chair of the Working Group on Monitoring, Mr. Pieter De Smet, tried to bridge "
        "the gap. “This situation is unprecedented in the Kimberley Process,” declared the Chair."
    )
    assert _people(text) == ["Jacob Thamage"]


def test_the_chair_of_a_working_group_is_that_groups_chair():
    text = (
        "The Chair of the Working Group on Monitoring, Mr. Pieter De Smet, presented the report. "
        "“We visited every site in the country,” said the Chair of the Working Group."
    )
    assert _people(text) == ["Pieter De Smet"]


def test_capitalised_words_spelled_by_the_acronym_after_them_are_a_body_not_a_speaker():
    text = (
        "Le ministère veut relancer le modèle mis en place par la Société de Développement Minier (SODEMI), "
        "dans le cadre du système. «Ce modèle a réussi à mettre fin à l'exploitation anarchique des diamants.»"
    )
    assert _people(text) == []
    # A person's body's acronym after their name leaves them a person, even when it holds their initials.
    assert _people("Amara Okonkwo (ZELA) said: “We walked out of the meeting today.”") == ["Amara Okonkwo"]
    assert _people("Alan Mulenga (ZAMCOM) said: “We walked out of the meeting today.”") == ["Alan Mulenga"]


@pytest.mark.parametrize(
    "text",
    [
        "« Le processus a perdu sa crédibilité », regrette pour sa part Jean Mbala.",
        "« Le processus a perdu sa crédibilité », a déclaré de son côté le ministre Jean Mbala.",
        "« Le processus a perdu sa crédibilité », a estimé à son tour Jean Mbala, coordinateur du réseau.",
    ],
)
def test_whose_turn_it_is_may_come_between_the_verb_and_the_name(text):
    assert _people(text) == ["Jean Mbala"]


def test_a_single_line_with_a_colon_is_no_interview():
    assert _people("Boaz Hirsch: These initiatives are being discussed by all participants.") == []


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


# --- The speaker of a speech


def test_the_speaker_who_delivered_the_speech_the_text_reproduces():
    text = (
        "Victoria Falls – November 12, 2012: The chair of the Kimberley Process, Ambassador Gillan Milovanovic, "
        "delivered a conciliatory speech on the first day. The text follows below:"
    )
    assert find_speaker(text) == "Gillan Milovanovic"


def test_a_speech_headings_titles_and_offices_around_the_name():
    assert find_speaker("Remarks by H.E. Ahmed Bin Sulayem, Chair of the Kimberley Process\n\nExcellencies,") == (
        "Ahmed Bin Sulayem"
    )
    assert find_speaker("Opening remarks by the KP Chair, Mr. Jacob Thamage\n\nGood morning") == "Jacob Thamage"
    assert find_speaker("Discours de S.E. M. Didier Reynders, ministre des Affaires étrangères") == "Didier Reynders"
    assert find_speaker("Speech by Hon. Winston Chitando, Minister of Mines") == "Winston Chitando"
    assert find_speaker("Mot de la Ministre Antoinette Kalambayi à l'ouverture") == "Antoinette Kalambayi"


def test_the_speaker_of_a_speech_is_among_the_people():
    assert find_speaker("Address by Tim Martin, Chair\n\nColleagues, thank you.") == "Tim Martin"
    assert find_speaker("The statement was delivered by Philip T. Reeker, Deputy Spokesman.") == "Philip T. Reeker"
    text = "The text of South Africa’s Minister of Mineral Resources, Susan Shabangu’s address at the meeting"
    assert find_speaker(text) == "Susan Shabangu"
    assert find_speaker("Statement by representative of the Russian Federation Evgeny Varganov") == "Evgeny Varganov"


def test_a_speaker_in_capitals_on_the_line_under_the_heading():
    text = (
        "PRESENTATION FOR THE MINISTER OF MINERALS AND ENERGY,\nMS PHUMZILE MLAMBO-NGCUKA\nTO BE DELIVERED AT"
        "\n\nChairperson, it is my great pleasure…"
    )

    assert find_speaker(text) == "Phumzile Mlambo-Ngcuka"


def test_a_statement_issued_by_someone_has_them_as_speaker():
    text = "KP Chair Issues Statement\n\nThe following statement was issued by Kimberley Process chair Boaz Hirsch:"

    assert find_speaker(text) == "Boaz Hirsch"


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
        "Li Wenhua, deputy head of the National Office of Customs, Trade and Standards (NOCTS), delivered a "
        "keynote speech at the opening."
    )

    assert find_speaker(text) == "Li Wenhua"


def test_meetings_and_programmes_are_no_speakers():
    text = "Statement by the European Commission at the 73rd Session of the United Nations General Assembly Plenary"

    assert find_speaker(text) == ""


# --- The grammar of attribution, English and French (invented excerpts)

SAID = "We need a broader definition now"
DIT = "Le processus doit enfin changer"


@pytest.mark.parametrize(
    "text",
    [
        f'"{SAID}," said Amara Okonkwo.',
        f'Amara Okonkwo said: "{SAID}."',
        f"“{SAID},” Amara Okonkwo, coordinator of the Diamond Fairness Network, said.",
        f"“{SAID},” Amara Okonkwo, coordinator of the Diamond Fairness Network, a coalition of 30 groups, said.",
        f'"{SAID}," Amara Okonkwo told Reuters.',
        f'According to Amara Okonkwo, "{SAID.lower()}."',
        f"According to Amara Okonkwo, coordinator of the network, “{SAID.lower()}.”",
        f'Amara Okonkwo added that "{SAID.lower()} and not later."',
        f"“{SAID},” the network's coordinator, Amara Okonkwo, said.",
        f"'{SAID},' said Amara Okonkwo.",
        f"‘{SAID},’ said Amara Okonkwo.",
        f"“{SAID},” replied Amara Okonkwo.",
        f"“{SAID},” Amara Okonkwo admitted.",
        f"“{SAID},” Amara Okonkwo wrote in a blog post.",
        f"“{SAID}.”\n— Amara Okonkwo, Coordinator, Diamond Fairness Network",
    ],
)
def test_english_attributions_name_the_speaker(text):
    assert _people(text) == ["Amara Okonkwo"]


@pytest.mark.parametrize(
    "text",
    [
        f"« {DIT} », a déclaré Jean Mbala.",
        f"Selon Jean Mbala, « {DIT.lower()} ».",
        f"Selon Jean Mbala, coordinateur du réseau, « {DIT.lower()} ».",
        f"Pour Jean Mbala, « {DIT.lower()} ».",
        f"Jean Mbala a affirmé : « {DIT}. »",
        f"« {DIT} », a souligné Jean Mbala.",
        f"« {DIT} », a assuré Jean Mbala.",
        f"« {DIT} », a fait savoir Jean Mbala.",
        f"« {DIT} », a déclaré à l’AFP Jean Mbala.",
        f"« {DIT} », a déclaré le ministre des Mines, Jean Mbala.",
        f"« {DIT}. »\n\nJean Mbala\n\nMinistre des Mines",
    ],
)
def test_french_attributions_name_the_speaker(text):
    assert _people(text) == ["Jean Mbala"]


@pytest.mark.parametrize(
    ("said_by", "person"),
    [
        ("Pieter van der Berg", "Pieter van der Berg"),
        ("Ahmed bin Rashid", "Ahmed bin Rashid"),
        ("Khalid al-Mansouri", "Khalid al-Mansouri"),
        ("Marie-Hélène Ngoué", "Marie-Hélène Ngoué"),
        ("AMARA OKONKWO", "Amara Okonkwo"),
        ("H.E. Amara Okonkwo", "Amara Okonkwo"),
        ("Dr Amara Okonkwo", "Amara Okonkwo"),
        ("Mrs. Amara Okonkwo", "Amara Okonkwo"),
        ("Ambassador Amara Okonkwo", "Amara Okonkwo"),
        ("Hon. Amara Okonkwo", "Amara Okonkwo"),
        ("Rev. Amara Okonkwo", "Amara Okonkwo"),
        ("Sheikh Ahmed bin Rashid Al Maktoum", "Ahmed bin Rashid Al Maktoum"),
    ],
)
def test_particles_hyphens_capitals_and_titles_in_a_speakers_name(said_by, person):
    assert _people(f"“{SAID},” said {said_by}.") == [person]


def test_french_titles_are_not_part_of_the_name():
    assert _people(f"« {DIT} », a déclaré S.E. M. Jean Mbala.\n\n« {DIT} », a dit Mme Aïcha Diallo.") == [
        "Jean Mbala",
        "Aïcha Diallo",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” said the Chair.",
        f"“{SAID},” said the Minister.",
        f"“{SAID},” said Botswana.",
        f"“{SAID},” said the Diamond Fairness Network.",
        f"“{SAID},” a spokesperson for the network said.",
        f"« {DIT} », a indiqué le porte-parole.",
        f"« {DIT} », ont déclaré les ONG.",
        f"“{SAID}.”\n\nRelated Articles\n\nMore news",
        "Amara Okonkwo said the review had stalled again this year.",
    ],
)
def test_no_person_is_named(text):
    assert _people(text) == []


def test_a_pronoun_refers_to_the_subject_named_after_the_last_speakers_sentence():
    text = (
        "“The first speaker had this to say,” said Jean Mbala.\n\n"
        "Amara Okonkwo, who heads the network, was blunt. “The process must finally change,” she said."
    )
    assert _people(text) == ["Jean Mbala", "Amara Okonkwo"]


def test_a_pronoun_after_the_speakers_full_name_in_french():
    text = "Jean Mbala, coordinateur du réseau, ne cache pas sa colère. « Le processus doit changer », a-t-il déclaré."
    assert _people(text) == ["Jean Mbala"]


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Remarks by Amara Okonkwo, Coordinator of the Diamond Fairness Network", "Amara Okonkwo"),
        ("Statement by the Honourable Amara Okonkwo, Minister of Mines", "Amara Okonkwo"),
        ("SPEECH BY THE MINISTER OF MINES, HON. AMARA OKONKWO", "Amara Okonkwo"),
        ("Remarks by H.E. Mr. Jean-Pierre van der Berg, Ambassador", "Jean-Pierre van der Berg"),
        ("Intervention de S.E. Mme Aïcha Diallo, ministre des Mines", "Aïcha Diallo"),
        ("Discours de M. Jean Mbala", "Jean Mbala"),
        ("Remarks by the Chair of the Kimberley Process", ""),
        ("Statement by the European Union", ""),
        ("Statement by the Civil Society Coalition", ""),
    ],
)
def test_the_speaker_named_in_a_speech_heading(heading, person):
    assert find_speaker(f"{heading}\n\nThank you, Chair.") == person


# --- Headlines, lead-ins, pleas and interviews in questions and answers (invented excerpts)

WIDEN = "The scheme must widen its definition now"


@pytest.mark.parametrize(
    "text",
    [
        f"‘{WIDEN}’ – Amara Okonkwo\n\nThe coalition met in Dubai.",
        f"'{WIDEN}' - Amara Okonkwo\n\nThe coalition met in Dubai.",
        f"Amara Okonkwo: ‘{WIDEN}’\n\nThe coalition met in Dubai.",
        f"“{WIDEN}.” – Amara Okonkwo, coordinator",
        f"In the words of Amara Okonkwo, “{WIDEN.lower()}.”",
        f"As Amara Okonkwo put it, “{WIDEN.lower()}.”",
        f"Amara Okonkwo (Diamond Fairness Network): “{WIDEN}.”",
        "Addressing the plenary, the network's coordinator, Ms. Amara Okonkwo, made a strong plea to move “from "
        "blood diamonds to peace diamonds”.",
        f"Amara Okonkwo called on the participants to adopt “{WIDEN.lower()}”.",
    ],
)
def test_headline_quotes_lead_ins_and_pleas_name_the_speaker(text):
    assert _people(text) == ["Amara Okonkwo"]


@pytest.mark.parametrize(
    "text",
    [
        f"D’après Jean Mbala, « {DIT.lower()} ».",
        f"Aux yeux de Jean Mbala, « {DIT.lower()} ».",
        f"Pour reprendre les mots de Jean Mbala, « {DIT.lower()} ».",
        f"Jean Mbala (RELUFA) : « {DIT}. »",
    ],
)
def test_french_lead_ins_name_the_speaker(text):
    assert _people(text) == ["Jean Mbala"]


@pytest.mark.parametrize(
    "text",
    [
        "Amara Okonkwo said that the scheme must widen its definition now.",
        "Speakers: Amara Okonkwo, Jean Mbala and Ian Smith.\n\nThe panel discussed the definition.",
        "The event featured Amara Okonkwo (Diamond Fairness Network) and Jean Mbala (RELUFA) as speakers.",
        "‘Conflict diamonds still reach the market’ – Global Witness\n\nThe report says so.",
        "The scheme's 'review' is under way.",
    ],
)
def test_reported_speech_and_speakers_listed_without_their_words_are_no_quotes(text):
    assert _people(text) == []


def test_the_answers_in_questions_and_answers_are_the_words_of_the_person_the_introduction_names():
    interview = (
        "By Jane Reporter\n\nAmara Okonkwo, coordinator of the Diamond Fairness Network, spoke to us after the "
        "plenary.\n\nQ: What did the plenary achieve?\n\nA: Very little, and the definition stays narrow.\n\n"
        "Q: What next?\n\nA: We keep pressing for reform."
    )
    entretien = (
        "Propos recueillis par Marie Dupont\n\nNous avons rencontré Jean Mbala, coordinateur du réseau.\n\n"
        "Question : Que retenez-vous de la plénière ?\n\nRéponse : Peu de choses, hélas."
    )

    assert _said(interview) == [("Amara Okonkwo", "Very little, and the definition stays narrow.")]
    assert _said(entretien) == [("Jean Mbala", "Peu de choses, hélas.")]


def test_questions_without_answers_are_no_interview():
    assert _people("Amara Okonkwo wrote the guide.\n\nQ: What is the scope of the scheme?\n\nSee the annex.") == []


# --- How news reports and official texts attribute quotes (invented excerpts)

NEWS = "We need a broader definition of conflict diamonds"
DEPECHE = "Le processus doit enfin changer de fond en comble"
MOYO = "Tendai Moyo, the mines minister, arrived in Harare on Monday.\n\n"
MBALA = "Jean Mbala, ministre des Mines, est arrivé lundi à Kinshasa.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        f"“{NEWS},” said Tendai Moyo, the chairman of the Zimbabwe Miners Federation.",
        f"“{NEWS},” Tendai Moyo, who chairs the Zimbabwe Miners Federation, told Reuters.",
        f"“{NEWS},” Tendai Moyo told reporters on Tuesday.",
        f"“{NEWS},” Tendai Moyo, the chairman of the Zimbabwe Miners Federation, told Reuters on Tuesday.",
        f"“{NEWS},” Zimbabwe's Mines Minister Tendai Moyo told reporters.",
        f"“{NEWS},” said Tendai Moyo, head of the Zimbabwe Miners Federation, adding that talks would go on.",
        f"“{NEWS},” said the Minister of Mines Tendai Moyo.",
        f"“{NEWS},” said Minister of Mines and Mining Development Tendai Moyo.",
        f"“{NEWS},” Tendai Moyo was quoted as saying by the state-run Herald.",
    ],
)
def test_news_attributions_after_the_quote(text):
    assert _people(text) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "text",
    [
        f"Tendai Moyo said: “{NEWS}.”",
        f"According to Tendai Moyo, the chairman of the Zimbabwe Miners Federation, “{NEWS.lower()}.”",
        f"Tendai Moyo, Zimbabwe's mines minister, said in a statement that “{NEWS.lower()}.”",
        f"Tendai Moyo, who chairs the federation, told Reuters: “{NEWS}.”",
        f"Zimbabwe Miners Federation chairman Tendai Moyo said on Tuesday: “{NEWS}.”",
        f"Tendai Moyo was quoted as saying: “{NEWS}.”",
    ],
)
def test_news_attributions_before_the_quote(text):
    assert _people(text) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "text",
    [
        f"« {DEPECHE} », a déclaré mardi à Kinshasa Jean Mbala.",
        f"« {DEPECHE} », a déclaré à Kinshasa Jean Mbala.",
        f"« {DEPECHE} », a déclaré lundi le ministre des Mines Jean Mbala.",
        f"« {DEPECHE} », a déclaré le ministre des Mines Jean Mbala.",
        f"« {DEPECHE} », a martelé jeudi soir Jean Mbala, ministre des Mines.",
        f"« {DEPECHE} », estime Jean Mbala, président de la Fédération des mines.",
        f"« {DEPECHE} », a indiqué à l'AFP Jean Mbala.",
        f"Jean Mbala a affirmé que « {DEPECHE.lower()} ».",
        f"Le président de la fédération, Jean Mbala, a précisé : « {DEPECHE}. »",
    ],
)
def test_french_news_attributions(text):
    assert _people(text) == ["Jean Mbala"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"{MOYO}“{NEWS},” he was quoted as saying.", "Tendai Moyo"),
        (f"{MOYO}According to him, “{NEWS.lower()}.”", "Tendai Moyo"),
        (f"{MOYO}“{NEWS},” she told Reuters.", "Tendai Moyo"),
        (f"{MBALA}Selon lui, « {DEPECHE.lower()} ».", "Jean Mbala"),
        (f"{MBALA}Pour lui, « {DEPECHE.lower()} ».", "Jean Mbala"),
        (f"{MBALA}« {DEPECHE} », a-t-elle indiqué à l'AFP.", "Jean Mbala"),
        (f"{MBALA}D’après lui, « {DEPECHE.lower()} ».", "Jean Mbala"),
    ],
)
def test_a_pronoun_after_a_single_person_named(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        f"Tendai Moyo met Jean Mbala on Monday.\n\n“{NEWS},” he said.",
        f"Tendai Moyo thanked Jean Mbala for his work. “{NEWS},” he added.",
        f"Mines minister Tendai Moyo met EU ambassador Jean Mbala in Harare. “{NEWS},” he said.",
        f"Tendai Moyo and Jean Mbala met on Monday. “{NEWS},” she said.",
        f"Jean Mbala a reçu Aïcha Diallo lundi. « {DEPECHE} », a-t-elle déclaré.",
    ],
)
def test_a_pronoun_after_two_people_named_is_not_attributed(text):
    assert _people(text) == []


def test_a_pronoun_after_a_subject_who_named_someone_else():
    text = f"Tendai Moyo said he would meet Jean Mbala. “{NEWS},” he said."
    assert _people(text) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"{MOYO}The minister said: “{NEWS}.”", "Tendai Moyo"),
        (f"{MOYO}“{NEWS},” the Minister added.", "Tendai Moyo"),
        (f"{MOYO}“{NEWS},” said the minister.", "Tendai Moyo"),
        (f"{MBALA}« {DEPECHE} », a soutenu le ministre.", "Jean Mbala"),
    ],
)
def test_an_office_stands_for_the_person_it_was_apposed_to(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (f"“{NEWS},” Tendai Moyo’s spokesman said.", []),
        (f"“{NEWS},” said Tendai Moyo's deputy, Rudo Chikwanha.", ["Rudo Chikwanha"]),
        (f"« {DEPECHE} », a indiqué le porte-parole de Jean Mbala.", []),
        (f"“{NEWS},” said an aide to Tendai Moyo.", []),
        (f"A spokeswoman for Tendai Moyo said: “{NEWS}.”", []),
        (f"“{NEWS},” said Rudo Chikwanha, spokeswoman for Tendai Moyo.", ["Rudo Chikwanha"]),
    ],
)
def test_someone_s_spokesman_or_deputy_is_not_that_someone(text, people):
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        f"Tendai Moyo wrote a book titled “{NEWS}” in 2010.",
        f"The report, entitled “{NEWS}”, was presented on Monday by Tendai Moyo.",
        f"Tendai Moyo launched a campaign under the slogan “{NEWS}” in Antwerp.",
        f"Tendai Moyo opened a panel called “{NEWS}” on Monday.",
        f"Jean Mbala a publié un rapport intitulé « {DEPECHE} ».",
        f"Jean Mbala a ouvert l'atelier sous le thème « {DEPECHE} ».",
    ],
)
def test_a_quoted_title_or_slogan_is_not_speech(text):
    assert _people(text) == []


def test_what_someone_called_something_is_their_own_words():
    assert _people(f"Tendai Moyo urged delegates to back what he called “{NEWS.lower()}.”") == ["Tendai Moyo"]


def test_a_name_in_a_clause_after_the_attribution_is_not_the_speaker():
    assert _people(f"“{NEWS},” said the minister, adding that Jean Mbala would attend.") == []
    text = f"Tendai Moyo, the mines minister, met Jean Mbala, the EU ambassador.\n\n“{NEWS},” the minister said."
    assert _people(text) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "text",
    [
        f"“{NEWS},” the ministry said.",
        f"“{NEWS},” the Ministry of Mines said in a statement on Tuesday.",
        f"“{NEWS},” Zimbabwe's mines ministry said.",
        f"“{NEWS},” the State Department said.",
        f"“{NEWS},” said a Western diplomat.",
        f"« {DEPECHE} », a indiqué le ministère des Mines dans un communiqué.",
        f"« {DEPECHE} », selon le communiqué.",
        f"« {DEPECHE} », estime le gouvernement congolais.",
        "Tendai Moyo said the scheme needed a broader definition of conflict diamonds.",
        "Jean Mbala a déclaré que le processus devait changer de fond en comble.",
    ],
)
def test_organisations_unnamed_sources_and_reported_speech_give_no_person(text):
    assert _people(text) == []


def test_made_the_remarks_reports_a_speech_without_being_its_text():
    text = (
        "Diamond trade to be watched\n\nChina will step up checks on rough diamonds, an official said.\n"
        "Li Wenhua, deputy head of the customs office, made the remarks at a meeting in Beijing."
    )
    assert find_speaker(text) == ""


def test_a_quote_after_a_quoted_title_does_not_continue_the_earlier_speaker():
    text = (
        f"“{NEWS},” said Tendai Moyo. The report, entitled “Diamonds and the people who mine them”, "
        "came out on Monday and “it changes nothing for the miners themselves.”"
    )
    assert [quote.text for quote in find_quotes(text)] == [NEWS]


def test_a_byline_above_the_text_is_not_a_second_person_in_its_first_sentence():
    text = (
        "AFP/ Harare/ Rudo Chikwanha\nExports will resume soon, according to the mines minister, Tendai Moyo.\n"
        f"« {DEPECHE} », a-t-il affirmé."
    )
    assert _people(text) == ["Tendai Moyo"]


# --- More news and official patterns: misprinted marks, the wires' passive, long offices, headings (invented)


def test_a_quotation_typed_with_closing_marks_at_both_ends():
    text = (
        "Amara Okonkwo, coordinator of the Diamond Fairness Network, spoke on Monday.\n"
        f"”{NEWS},” Okonkwo said.\n”The ”review” never ends.”"
    )
    assert _people(text) == ["Amara Okonkwo"]


@pytest.mark.parametrize(
    "text",
    [
        f"“{NEWS},” Mines Minister Tendai Moyo is reported as saying.",
        f"“{NEWS},” Tendai Moyo was reported by the Herald as saying.",
        f"Tendai Moyo is quoted as saying: “{NEWS}.”",
    ],
)
def test_the_wires_passive_names_the_speaker(text):
    assert _people(text) == ["Tendai Moyo"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            f"« {DEPECHE} », a déclaré à la presse l'ambassadeur du Congo au Gabon, au Cameroun et au Tchad, "
            "Jean Mbala.",
            "Jean Mbala",
        ),
        (
            f"“{NEWS},” said the ambassador of Zimbabwe to Belgium, the Netherlands and Luxembourg, Tendai Moyo.",
            "Tendai Moyo",
        ),
    ],
)
def test_an_office_with_commas_in_it_before_the_name(text, person):
    assert _people(text) == [person]


def test_an_office_standing_for_a_person_named_by_title_and_surname_only():
    text = f"President Moyo opened the session.\n\n“{NEWS},” said the President."
    assert _people(text) == ["President Moyo"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"{MBALA}Cela « reste vrai aujourd’hui », a-t-il déclaré.", "Jean Mbala"),
        ("The scheme is “simply not working,” Tendai Moyo said.", "Tendai Moyo"),
    ],
)
def test_a_short_quotation_followed_by_its_attribution(text, person):
    assert _people(text) == [person]


def test_a_short_quotation_without_attribution_is_still_no_quote():
    assert _people("The so-called “blood diamonds” trade, Tendai Moyo said, had ended.") == []


def test_a_short_quotation_before_a_clause_joined_by_a_conjunction_is_not_its_speakers():
    # "and the minister said…" begins the next clause: the minister did not say “conflict free”.
    text = (
        "Mines Minister Tendai Moyo met buyers in Gaborone. Officials described the stones as “conflict free,” "
        "and the minister said the ban would end."
    )
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f'The Assembly adopted resolution A/RES/70/12 "{NEWS}"\n\nMr. President, we speak for the Member States.',
        f"The meeting discussed the report “{NEWS}” at length, Tendai Moyo said.",
        f"Jean Mbala a présenté le rapport « {DEPECHE} » lundi.",
    ],
)
def test_a_document_named_by_its_title_is_not_speech(text):
    assert _people(text) == []


def test_an_attribution_does_not_follow_its_quote_across_a_blank_line():
    text = f"“{NEWS}”\n\nMr. President, I thank the chair and the Member States."
    assert _people(text) == []


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Delivered by: His Excellency Amara Okonkwo, Ambassador", "Amara Okonkwo"),
        ("Delivered by H.E. Mr. Jean Mbala, Permanent Representative", "Jean Mbala"),
        ("Opening Remarks by the KP Chair – Intersessional 2030\n\nAMARA OKONKWO\n\nMay 15", "Amara Okonkwo"),
        ("Statement by the Chair\n\nAmara Okonkwo\n\nGaborone, 3 June", "Amara Okonkwo"),
        ("Opening Remarks by the KP Chair\n\nDIAMOND FAIRNESS NETWORK", ""),
    ],
)
def test_speakers_named_in_a_delivered_by_line_or_under_a_heading(heading, person):
    assert find_speaker(f"{heading}\n\nExcellencies, colleagues.") == person


# --- The shapes of names: honorifics, particles, compounds, capitals, surnames named again (invented excerpts)

WIDER = "The scheme needs a wider definition of conflict diamonds"
CHANGER = "Le processus doit changer sans attendre davantage"


@pytest.mark.parametrize(
    "titled",
    [
        "Mr Tendai Moyo",
        "Mrs Tendai Moyo",
        "Ms. Tendai Moyo",
        "Dr. Tendai Moyo",
        "Prof. Tendai Moyo",
        "Amb. Tendai Moyo",
        "Ambassador Tendai Moyo",
        "H.E. Mr. Tendai Moyo",
        "His Excellency Tendai Moyo",
        "Her Excellency Tendai Moyo",
        "Hon. Dr. Tendai Moyo",
        "the Honourable Tendai Moyo",
        "Minister Tendai Moyo",
        "Chief Tendai Moyo",
        "Sheikh Tendai Moyo",
        "Alhaji Tendai Moyo",
        "Lord Tendai Moyo",
    ],
)
def test_an_english_honorific_before_the_name_is_not_part_of_it(titled):
    assert _people(f"“{WIDER},” said {titled}.") == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "titled",
    ["M. Jean Mbala", "Mme Jean Mbala", "Me Jean Mbala", "Maître Jean Mbala", "S.E. Jean Mbala",
     "Son Excellence Jean Mbala", "Son Excellence Monsieur Jean Mbala", "Madame Jean Mbala", "Pr Jean Mbala"],
)  # fmt: skip
def test_a_french_honorific_before_the_name_is_not_part_of_it(titled):
    assert _people(f"« {CHANGER} », a déclaré {titled}.") == ["Jean Mbala"]


@pytest.mark.parametrize(
    "name",
    [
        "Hamad bin Khalifa Rashed",
        "Karim Al Mansoori",
        "Karim Al-Mansoori",
        "Jean-Pierre Mukendi",
        "Marie-Claire Uwase",
        "Pieter De Smet",
        "Hans van der Linden",
        "Marco Di Stefano",
        "Jacob T. Molefe",
        "Ngozi Adebayo-Okoro",
        "Jean-Marc Le Gall",
        "Siobhan O’Rourke",
        "Kwame Kofi Mensah Boateng",
    ],
)
def test_particles_initials_and_compound_names_are_kept_whole(name):
    assert _people(f"“{WIDER},” said {name}.") == [name]
    assert _people(f"“{WIDER},” {name} said.") == [name]
    assert _people(f"{name} told reporters: “{WIDER}.”") == [name]


def test_a_name_in_capitals_is_written_as_names_usually_are():
    assert _people(f"“{WIDER},” said RUDO CHIKWANHA, of the network.") == ["Rudo Chikwanha"]
    assert _people(f"« {CHANGER} », a déclaré JEAN-PIERRE MUKENDI.") == ["Jean-Pierre Mukendi"]


@pytest.mark.parametrize(
    "text",
    [
        f"Hans van der Linden opened the session.\n\n“{WIDER},” Van der Linden said.",
        f"Hans van der Linden opened the session.\n\n“{WIDER},” said Mr van der Linden.",
        f"Hans van der Linden opened the session.\n\n“{WIDER},” said Dr Van der Linden.",
    ],
)
def test_a_surname_opening_on_its_particle_in_either_case_is_the_full_name(text):
    assert _people(text) == ["Hans van der Linden"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"Hamad bin Khalifa opened the session.\n\n“{WIDER},” Bin Khalifa said.", "Hamad bin Khalifa"),
        (f"Pieter De Smet opened the session.\n\n“{WIDER},” said Mr De Smet.", "Pieter De Smet"),
        (f"Marco Di Stefano opened the session.\n\n“{WIDER},” Di Stefano told reporters.", "Marco Di Stefano"),
        (
            f"Pierre de Montclair a ouvert la séance.\n\n« {CHANGER} », a déclaré M. de Montclair.",
            "Pierre de Montclair",
        ),
        (f"« {CHANGER} », a déclaré M. de Montclair.", "M. de Montclair"),
    ],
)
def test_a_surname_with_a_particle_named_again(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        f"Rudo Chikwanha leads the network.\n\n“{WIDER},” Chikwanha said.\n\n“Nothing has moved in a year,” "
        "Dr Chikwanha added.",
        f"“{WIDER},” said Rudo Chikwanha.\n\nThe talks went on late.\n\n“Nothing has moved in a year,” Chikwanha "
        "told reporters.",
        f"“{WIDER},” Chikwanha said.\n\nRudo Chikwanha has led the network since 2019.",
        f"RUDO CHIKWANHA\n\nCoordinator of the network\n\n“{WIDER},” Chikwanha said.",
        f"“{WIDER},” said Dr. Rudo Chikwanha.\n\n“Nothing has moved in a year,” said Ms Chikwanha.",
    ],
)
def test_a_person_named_in_full_once_and_later_by_surname_is_one_person(text):
    assert _people(text) == ["Rudo Chikwanha"]


def test_a_surname_never_given_in_full_keeps_its_title():
    assert _people(f"“{WIDER},” said Dr Chikwanha.") == ["Dr Chikwanha"]
    assert _people(f"“{WIDER},” Chikwanha said.") == []


# --- Two speakers in one attribution (invented excerpts)


@pytest.mark.parametrize(
    "text",
    [
        f"“{WIDER},” said Tendai Moyo and Rudo Chikwanha.",
        f"“{WIDER},” said Mr Tendai Moyo and Ms Rudo Chikwanha.",
        f"“{WIDER},” said Tendai Moyo, of the federation, and Rudo Chikwanha, of the network.",
        f"“{WIDER},” Tendai Moyo and Rudo Chikwanha said.",
        f"Tendai Moyo and Rudo Chikwanha said: “{WIDER}.”",
        f"Tendai Moyo and Rudo Chikwanha told reporters: “{WIDER}.”",
    ],
)
def test_two_speakers_joined_in_one_english_attribution_are_both_people(text):
    assert _people(text) == ["Tendai Moyo", "Rudo Chikwanha"]


@pytest.mark.parametrize(
    "text",
    [
        f"« {CHANGER} », ont déclaré Jean Mbala et Aïcha Diallo.",
        f"« {CHANGER} », ont déclaré lundi Jean Mbala et Aïcha Diallo.",
        f"Jean Mbala et Aïcha Diallo ont affirmé : « {CHANGER}. »",
    ],
)
def test_two_speakers_joined_in_one_french_attribution_are_both_people(text):
    assert _people(text) == ["Jean Mbala", "Aïcha Diallo"]


def test_both_joint_speakers_get_the_quotation():
    assert _said(f"“{WIDER},” said Tendai Moyo and Rudo Chikwanha.") == [
        ("Tendai Moyo", WIDER),
        ("Rudo Chikwanha", WIDER),
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (f"“{WIDER},” said Tendai Moyo and Global Witness.", ["Tendai Moyo"]),
        (f"“{WIDER},” said Tendai Moyo and his deputy.", ["Tendai Moyo"]),
        (f"“{WIDER},” said Tendai Moyo, who met Jean Mbala and Rudo Chikwanha.", ["Tendai Moyo"]),
        (f"Tendai Moyo met Jean Mbala and Rudo Chikwanha on Monday, when Moyo said: “{WIDER}.”", ["Tendai Moyo"]),
        (f"« {CHANGER} », a déclaré Jean Mbala, et Aïcha Diallo a quitté la salle.", ["Jean Mbala"]),
        (f"Tendai Moyo told Jean Mbala and Rudo Chikwanha: “{WIDER}.”", ["Tendai Moyo"]),
    ],
)
def test_a_second_name_outside_the_attribution_is_no_joint_speaker(text, people):
    assert _people(text) == people


# --- What looks like a name but is not a person (invented excerpts)


@pytest.mark.parametrize(
    "text",
    [
        f"“{WIDER},” Member States said.",
        f"“{WIDER},” said Participant States.",
        f"« {CHANGER} », ont déclaré les États Membres.",
        f"“{WIDER},” said the United States.",
        f"“{WIDER},” said Victoria Falls.",
        f"“{WIDER},” the delegates in Victoria Falls said.",
        f"“{WIDER},” said Clean Transactions.",
        f"“{WIDER},” said Diamond Communities.",
        f"“{WIDER},” said Global Witness.",
        f"“{WIDER},” the Harare Herald said.",
        f"Tendai Moyo attended the plenary in Victoria Falls. “{WIDER}.”",
        f"Tendai Moyo was mentioned in the report, which says that “{WIDER.lower()}” without naming anyone.",
    ],
)
def test_places_bodies_and_people_only_mentioned_are_no_speakers(text):
    assert find_quotes(text, ["global witness"]) == []


def test_a_place_before_an_office_is_not_the_person_after_it():
    assert _people(f"“{WIDER},” said Victoria Falls mayor Tendai Moyo.") == ["Tendai Moyo"]


@pytest.mark.parametrize(
    "text",
    [
        f"By Jane Doe\n\n“{WIDER},” said Tendai Moyo.",
        f"By JANE DOE, Harare\n\nTendai Moyo, the mines minister, spoke on Monday.\n\n“{WIDER},” he said.",
        f"Jane Doe | Reporter\n\nTendai Moyo spoke in Harare on Monday.\n\n“{WIDER},” he said.",
    ],
)
def test_the_reporter_in_a_byline_is_not_a_quoted_person(text):
    assert _people(text) == ["Tendai Moyo"]


# --- Quotations cut by the end of an excerpt, French marks left open (invented excerpts)


def test_a_quotation_cut_by_the_end_of_the_text_is_attributed_whatever_its_length():
    assert _people("Aïcha Diallo a déclaré après le vote que le processus « est confront") == ["Aïcha Diallo"]
    assert _people("Tendai Moyo said after the vote that the scheme “is facing") == ["Tendai Moyo"]


def test_a_cut_quotation_without_attribution_or_a_closed_short_one_is_no_quote():
    assert _people("The talks ended after the vote and the scheme « est confront") == []
    assert _people("Tendai Moyo said after the vote that the scheme “is facing” a crisis.") == []


def test_a_guillemet_opened_with_a_space_and_left_open_runs_to_its_paragraph_end():
    text = (
        "Jean Mbala a déclaré : « Le processus doit changer sans attendre davantage, et vite\n\nLa séance a été levée."
    )
    assert _people(text) == ["Jean Mbala"]


# --- The speaker of a speech in its heading or its signature (invented excerpts)


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Remarks by Dr. Pieter De Smet, Commissioner for Trade", "Pieter De Smet"),
        ("Statement delivered by Amb. Tendai Moyo on behalf of Zimbabwe", "Tendai Moyo"),
        ("Statement delivered by Ambassador Hans van der Linden", "Hans van der Linden"),
        ("Allocution de Son Excellence Monsieur Jean-Pierre Mukendi, Ministre des Mines", "Jean-Pierre Mukendi"),
        ("Intervention de S.E. Marie-Claire Uwase", "Marie-Claire Uwase"),
        ("Statement by Sheikh Hamad bin Khalifa Rashed", "Hamad bin Khalifa Rashed"),
        ("REMARKS BY RUDO CHIKWANHA, COORDINATOR", "Rudo Chikwanha"),
        ("Keynote address by Prof. Marco Di Stefano", "Marco Di Stefano"),
        ("Remarks by Jacob T. Molefe, Chair", "Jacob T. Molefe"),
        ("Statement by Member States", ""),
        ("Statement delivered at Victoria Falls", ""),
        ("By Jane Doe", ""),
    ],
)
def test_the_speaker_in_a_speech_heading_whatever_the_shape_of_the_name(heading, person):
    assert find_speaker(f"{heading}\n\nChair, colleagues, the scheme must change.") == person


SPEECH = "Chair, colleagues,\n\nThe scheme must widen its definition this year.\n\n"
DISCOURS = "Monsieur le Président,\n\nLe processus doit changer cette année.\n\n"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"Opening statement\n\n{SPEECH}Thank you.\n\nRudo Chikwanha\nCoordinator, Diamond Fairness Network",
         "Rudo Chikwanha"),
        (f"Statement\n\n{SPEECH}I thank you for your attention.\n\nDr. Pieter De Smet\nEuropean Commissioner",
         "Pieter De Smet"),
        (f"Statement\n\n{SPEECH}Thank you, Chair.\n\nRUDO CHIKWANHA\nCOORDINATOR", "Rudo Chikwanha"),
        (f"Statement\n\n{SPEECH}Thank you.\n\nTendai Moyo, Minister of Mines\nHarare", "Tendai Moyo"),
        (f"Intervention\n\n{DISCOURS}Je vous remercie.\n\nJean-Pierre Mukendi\nMinistre des Mines",
         "Jean-Pierre Mukendi"),
        (f"Intervention\n\n{DISCOURS}Je vous remercie de votre attention.\n\nS.E. Marie-Claire Uwase",
         "Marie-Claire Uwase"),
    ],
)  # fmt: skip
def test_the_speaker_who_signs_the_last_lines_after_the_thanks(text, person):
    assert find_speaker(text) == person


@pytest.mark.parametrize(
    "opening",
    [
        "Mr Chair, distinguished delegates, the coalition is deeply concerned by the lack of progress.",
        "Thank you, Madam Chair.",
        "Excellencies, the scheme must widen its definition this year.",
        "Mesdames et Messieurs, le processus doit changer cette année.",
    ],
)
def test_a_speech_addressing_its_audience_at_the_start_of_a_paragraph_is_signed_after_the_thanks(opening):
    text = f"{opening}\n\nWe call on you to act.\n\nThank you.\n\nRudo Chikwanha\nCoordinator, Diamond Fairness Network"
    assert find_speaker(text) == "Rudo Chikwanha"


@pytest.mark.parametrize(
    "text",
    [
        f"Statement\n\n{SPEECH}Thank you.\n\nRelated Articles\nMore news",
        f"Statement\n\n{SPEECH}Thank you.\n\nDiamond Fairness Network\nHarare",
        f"Statement\n\n{SPEECH}Thank you.\n\nVictoria Falls\nZimbabwe",
        f"Statement\n\n{SPEECH}Thank you.\n\nRudo Chikwanha",
        "Statement\n\nThank you.\n\nRudo Chikwanha\nCoordinator\n\n" + "More text follows here.\n\n" * 8,
        f"Statement\n\n{SPEECH}Rudo Chikwanha\nCoordinator, Diamond Fairness Network",
    ],
)
def test_no_signature_without_thanks_closing_the_text_or_a_name_with_its_office(text):
    assert find_speaker(text) == ""


def test_a_news_report_ending_on_thanks_and_a_contact_has_no_speaker():
    text = (
        "Plenary ends without agreement\n\nThe talks ended on Friday without a deal on the definition.\n\n"
        "Thank you for reading.\n\nJane Doe\nPress Officer, Diamond Fairness Network"
    )
    assert find_speaker(text) == ""


def test_a_headline_opening_on_a_title_is_no_salutation_and_the_journalist_no_speaker():
    # A salutation ends with a comma or a colon ("Mr Chair,"); "President Moyo opens KP plenary" is a headline.
    text = (
        "President Moyo opens KP plenary\n\nPresident Tendai Moyo opened the plenary in Gaborone, urging reform.\n\n"
        "Thank you for reading.\nRudo Chikwanha\nSenior Correspondent, Daily News"
    )
    assert find_speaker(text) == ""


def test_a_speech_opening_on_its_salutation_is_signed_after_the_thanks():
    text = f"{DISCOURS}Je vous remercie.\n\nAïcha Diallo\nMinistre des Mines"
    assert find_speaker(text) == "Aïcha Diallo"


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Discours prononcé par S.E.M. Jean Mbala", "Jean Mbala"),
        ("Discours prononcé par S.E. M. Jean Mbala, ministre des Mines", "Jean Mbala"),
        ("STATEMENT BY H.E. MR. TENDAI MOYO, MINISTER OF MINES", "Tendai Moyo"),
        ("Allocution de Madame la Ministre des Mines, Aïcha Diallo", "Aïcha Diallo"),
        ("Statement delivered by the Chair of Victoria Falls Municipality", ""),
    ],
)
def test_more_speech_headings_and_titles(heading, person):
    assert find_speaker(f"{heading}\n\nChair, colleagues, the scheme must change.") == person


@pytest.mark.parametrize(
    "text",
    [
        f"Tendai Moyo was mentioned in the minutes, which say that “{WIDER.lower()}” at some length.",
        f"Tendai Moyo has been asked about the report that “{WIDER.lower()}” several times.",
    ],
)
def test_the_subject_of_a_passive_is_not_the_speaker(text):
    assert _people(text) == []


# --- A battery of common attributions and traps: news wires, press releases, speeches, web pages (invented)

FAILED = "The scheme has failed the communities it was meant to protect"
ECHEC = "Le processus a échoué à protéger les communautés minières"
MUTASA = "Grace Mutasa, who heads the Centre for Natural Resource Governance, spoke in Harare.\n\n"
NGOMA = "Jean-Baptiste Ngoma, président de l'Observatoire des mines, était à Kinshasa.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        f'"{FAILED}," Grace Mutasa said on Tuesday.',
        f'"{FAILED}," said Grace Mutasa, director of the Centre for Natural Resource Governance.',
        f'"{FAILED}," Grace Mutasa, who heads the Centre for Natural Resource Governance, said.',
        f'Grace Mutasa, who heads the Centre for Natural Resource Governance, said: "{FAILED}."',
        f'Grace Mutasa, who heads the Centre for Natural Resource Governance, said "{FAILED.lower()}."',
        f'"{FAILED}," Grace Mutasa told AFP by telephone from Harare.',
        f'In a statement on Tuesday, the group\'s director, Grace Mutasa, said: "{FAILED}."',
        f'Speaking to reporters in Antwerp, Grace Mutasa said "{FAILED.lower()}."',
        f'"{FAILED}," Grace Mutasa, 45, a miner from Marange, said.',
        f'"{FAILED}," Grace Mutasa said during a press briefing in Antwerp on Thursday.',
        f"“{FAILED},” said Grace\nMutasa, director of the centre.",
        f"“{FAILED},”\nsaid Grace Mutasa.",
        f"“{FAILED}!” exclaimed Grace Mutasa.",
        f"“{FAILED},” Grace Mutasa underscored.",
        f"“{FAILED},” countered Grace Mutasa.",
        f"“{FAILED},” Grace Mutasa retorted.",
        f"“{FAILED},” echoed Grace Mutasa.",
        f"Grace Mutasa described the scheme as “{FAILED.lower()}”.",
        f"Grace Mutasa called the decision “{FAILED.lower()}”.",
        f"The coalition walked out, with Grace Mutasa saying “{FAILED.lower()}.”",
        f"Grace Mutasa put it bluntly: “{FAILED}.”",
        f"The statement quoted Grace Mutasa as saying: “{FAILED}.”",
        f"“{FAILED},” the CNRG’s Grace Mutasa said.",
        f"Ms. Grace Mutasa, Coordinator of the KP Civil Society Coalition, said:\n\n“{FAILED}.”",
        f'Grace Mutasa said:\n\n"{FAILED}.\n\n"We will keep pressing for reform in every forum."',
        f"{MUTASA}“{FAILED},” she told Reuters on Tuesday.",
        f'“{FAILED},” said Grace Mutasa.\n\nShe said the coalition "will keep pressing for reform at every meeting."',
    ],
)
def test_the_common_english_attributions_name_the_speaker(text):
    assert _people(text) == ["Grace Mutasa"]


@pytest.mark.parametrize(
    "text",
    [
        f"« {ECHEC} », s'est félicité Jean-Baptiste Ngoma.",
        f"« {ECHEC} », s’est indigné Jean-Baptiste Ngoma.",
        f"« {ECHEC} », s'inquiète Jean-Baptiste Ngoma.",
        f"« {ECHEC} », se félicite Jean-Baptiste Ngoma.",
        f"{NGOMA}« {ECHEC} », s'est-il félicité.",
        f"« {ECHEC} », a également déclaré Jean-Baptiste Ngoma.",
        f"{NGOMA}« {ECHEC} », a-t-il également souligné.",
        f"« {ECHEC} », nous a confié Jean-Baptiste Ngoma.",
        f"« {ECHEC} », nous explique Jean-Baptiste Ngoma.",
        f"{NGOMA}« {ECHEC} », nous a-t-il confié.",
        f"« {ECHEC} », a demandé Jean-Baptiste Ngoma.",
        f"« {ECHEC} », a prévenu Jean-Baptiste Ngoma.",
        f"« {ECHEC} », a écrit Jean-Baptiste Ngoma sur son blog.",
        f"« {ECHEC} », a fait valoir Jean-Baptiste Ngoma.",
        f"« {ECHEC} », a admis Jean-Baptiste Ngoma.",
        f"« {ECHEC} », a tonné Jean-Baptiste Ngoma.",
        f"« {ECHEC} », lâche Jean-Baptiste Ngoma.",
        f"« {ECHEC} », ironise Jean-Baptiste Ngoma.",
        f"« {ECHEC} », estime Jean-Baptiste Ngoma.",
        f"« {ECHEC} », déclare Jean-Baptiste Ngoma, président de l'ONG.",
        f"« {ECHEC} », explique Jean-Baptiste Ngoma, qui dirige l'association.",
        f"« {ECHEC} », a déclaré à Kinshasa le ministre des Mines, M. Jean-Baptiste Ngoma.",
        f"«\u00a0{ECHEC}\u00a0», a\u00a0déclaré Jean-Baptiste Ngoma.",
        f"Jean-Baptiste Ngoma, qui dirige l'association, a déclaré : « {ECHEC}. »",
        f"Jean-Baptiste Ngoma a pour sa part estimé que « {ECHEC.lower()} ».",
        f"Interrogé par l'AFP, Jean-Baptiste Ngoma a dit : « {ECHEC}. »",
        f"Jean-Baptiste Ngoma a qualifié la décision de « {ECHEC.lower()} ».",
        f"Par la voix de son coordonnateur Jean-Baptiste Ngoma, la coalition estime que « {ECHEC.lower()} ».",
        f"{NGOMA}Il a déclaré que « {ECHEC.lower()} ».",
    ],
)
def test_the_common_french_attributions_name_the_speaker(text):
    assert _people(text) == ["Jean-Baptiste Ngoma"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"Jan de Vries opened the meeting.\n\n“{FAILED},” Mr. de Vries said.", "Jan de Vries"),
        (f"“{FAILED},” said Sulayem.\n\nAhmed bin Sulayem chairs the KP.", "Ahmed bin Sulayem"),
        (f"Ahmed bin Sulayem, the KP Chair, opened the meeting.\n\n“{FAILED},” the Chair said.", "Ahmed bin Sulayem"),
        (f"“{FAILED},” said Vice-President Constantino Chiwenga.", "Constantino Chiwenga"),
        (f"UN Secretary-General António Guterres said: “{FAILED}.”", "António Guterres"),
        (f"“{FAILED},” said Minister-Counsellor Amadou Diallo.", "Amadou Diallo"),
        (f"“{FAILED},” said Lt. Gen. Amadou Diallo.", "Amadou Diallo"),
        (f"The EU’s Jan de Vries told the plenary that the KP “{FAILED.lower()[4:]}”.", "Jan de Vries"),
        (f"“{FAILED},” said José Manuel dos Santos.", "José Manuel dos Santos"),
        (f"“{FAILED},” said Aïssata N’Diaye.", "Aïssata N’Diaye"),
    ],
)
def test_names_after_titles_possessives_and_hyphenated_offices(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "between",
    [
        "Mines minister Winston Chitando disagreed.",
        "But Winston Chitando, the mines minister, disagreed.",
        "Zimbabwe's mines minister, Winston Chitando, rejected the claim.",
        "Sierra Leone's mines minister, Winston Chitando, rejected the claim.",
    ],
)
def test_a_pronoun_refers_to_the_subject_named_after_an_office_or_a_conjunction(between):
    text = f"“{FAILED},” said Michael Gibb.\n\n{between} “We have done everything asked of us,” he said."
    assert _people(text) == ["Michael Gibb", "Winston Chitando"]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “conflict diamonds” fuelled wars in Sierra Leone and Angola for a decade.",
        "Global Witness published “Return of the Blood Diamond” in 2010, a report on Marange.",
        "Le « Processus de Kimberley » a été lancé en 2003 à Interlaken.",
        "Les ONG dénoncent la notion de « diamants propres » défendue par l’industrie.",
        f'Grace Mutasa is the author of "{FAILED}", published in 2019.',
        f"Under the theme “{FAILED}”, the plenary opened in Dubai.",
        f"Press Release:\n\n“{FAILED}.”",
        f"Key messages:\n\n“{FAILED}.”\n\n“The KP must change now.”",
        f"The coalition’s statement read: “{FAILED}.”",
        f"Civil society walked out, saying “{FAILED.lower()}.”",
        f"“{FAILED},” it said.",
        f"“{FAILED},” the communique read.",
        f"“{FAILED},” said the KP Chair.",
        f"“{FAILED},” a senior EU official told Reuters.",
        f"“{FAILED},” Belgium's foreign minister said.",
        f"“{FAILED},” Angola’s Endiama said.",
        f"“{FAILED},” Partnership Africa Canada said.",
        f"« {ECHEC} », estime Global Witness.",
        f"« {ECHEC} », a déclaré la Belgique.",
        f"« {ECHEC} », peut-on lire dans le communiqué.",
        f"Global Witness said the talks failed. “{FAILED},” he said.",
    ],
)
def test_scare_quotes_titles_headings_bodies_and_countries_give_no_person(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Remarks as prepared for delivery by Ambassador Jan de Vries", "Jan de Vries"),
        ("Remarks by Grace Mutasa at the opening of the Kimberley Process Plenary", "Grace Mutasa"),
        ("Statement on behalf of the KP Civil Society Coalition by Ms Grace Mutasa", "Grace Mutasa"),
        ("Statement by the European Union delivered by Ambassador Jan de Vries", "Jan de Vries"),
        ("Opening Address by His Excellency, Dr. Mokgweetsi Masisi, President of Botswana", "Mokgweetsi Masisi"),
        ("Remarks by Secretary of State Jan de Vries", "Jan de Vries"),
        ("REMARKS BY AMBASSADOR JAN DE VRIES", "Jan De Vries"),
        ("Statement by H.E. Lt. Gen. Amadou Diallo", "Amadou Diallo"),
        ("Remarks by UN Secretary-General António Guterres", "António Guterres"),
        ("Allocution d'ouverture de S.E. M. Jean-Baptiste Ngoma, ministre des Mines", "Jean-Baptiste Ngoma"),
        ("Discours de clôture de Mme Aminata Touré", "Aminata Touré"),
        ("Discours de M. Jean-Claude Ould Ahmed, ministre des Mines", "Jean-Claude Ould Ahmed"),
        ("Statement by the United States at the Kimberley Process Plenary", ""),
        ("Address by the Minister of Mines", ""),
    ],
)
def test_the_speaker_named_in_common_speech_headings(heading, person):
    assert find_speaker(f"{heading}\n\nExcellencies, ladies and gentlemen,\n\nThe scheme must change.") == person


# --- Apposition, short sentences, companies and their people, objects, single marks, interviews (invented)

HISTORY = "We made history in this room today"
HISTOIRE = "Nous avons écrit l'histoire aujourd'hui"
THAMAGE = "Jacob Thamage"
SULAYEM = "Ahmed bin Sulayem"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The KP chair, Jacob Thamage, said: “We made history.”", THAMAGE),
        ("“We made history,” the KP chair, Jacob Thamage, said.", THAMAGE),
        ("“We made history,” Jacob Thamage, the KP chair, said.", THAMAGE),
        ("Ahmed bin Sulayem said: “We made history.”", SULAYEM),
        ("The KP chair, Ahmed bin Sulayem, said: “We made history.”", SULAYEM),
        ("Jean Mbala a déclaré : « Nous avons gagné. »", "Jean Mbala"),
    ],
)
def test_a_short_sentence_after_a_verb_and_a_colon_or_before_an_apposed_speaker(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (f"The KP chair, Mr. Jacob Thamage, told reporters: “{HISTORY}.”", THAMAGE),
        (f"Botswana’s mines minister, Jacob Thamage, said: “{HISTORY}.”", THAMAGE),
        (f"“{HISTORY},” the chair of the Kimberley Process, Dr. Jacob Thamage, said.", THAMAGE),
        (f"“{HISTORY},” the KP chair, Sheikh Ahmed bin Sulayem, said.", SULAYEM),
        (f"DMCC chairman Ahmed bin Sulayem said: “{HISTORY}.”", SULAYEM),
        (f"“{HISTORY}” said Ahmed bin Sulayem.", SULAYEM),
        (f"The EU envoy, Jan de Vries, said: “{HISTORY}.”", "Jan de Vries"),
        (f"The EU envoy, Mr. de Vries, said: “{HISTORY}.”", "Mr. de Vries"),
        (f"Jacob Thamage, the KP chair, opened the meeting. “{HISTORY},” he said.", THAMAGE),
        (f"The meeting was opened by the KP chair, Jacob Thamage.\n\n“{HISTORY},” he said.", THAMAGE),
        (f"Jacob Thamage said: “{HISTORY}.\n\n“Nothing will ever be the same again for the scheme.”", THAMAGE),
        (f"“{HISTORY},” said Jacob Thamage, Executive Director, Diamond Fairness Network.", THAMAGE),
        (f"“{HISTORY},” said Dr. Jacob Thamage, CEO of Okavango Diamond Company Ltd.", THAMAGE),
        (f"Commenting on the decision, Jacob Thamage, Executive Director of the network, said: “{HISTORY}.”", THAMAGE),
        (f"“{HISTORY},” Jacob Thamage posted on Facebook.", THAMAGE),
        (f"« {HISTOIRE} », a déclaré le président du Processus de Kimberley, M. Jacob Thamage.", THAMAGE),
        (f"L'envoyé de l'UE, Jan de Vries, a déclaré : « {HISTOIRE}. »", "Jan de Vries"),
        (f"Jacob Thamage, président du PK, a ouvert la séance. « {HISTOIRE} », a-t-il dit.", THAMAGE),
    ],
)
def test_offices_apposed_before_or_after_the_name_and_a_speaker_named_the_sentence_before(text, person):
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        f"“{HISTORY},” a De Beers spokesperson said.",
        f"A De Beers spokesperson said: “{HISTORY}.”",
        f"“{HISTORY},” the Rio Tinto representative said.",
        f"“{HISTORY},” a Rio Tinto source said.",
        f"“{HISTORY},” a source at De Beers said.",
        f"“{HISTORY},” said a senior official from De Beers.",
        f"“{HISTORY},” sources close to De Beers said.",
        f"« {HISTOIRE} », a déclaré un responsable de De Beers.",
    ],
)
def test_a_company_s_spokesperson_official_or_source_is_no_named_person(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"De Beers’ sightholders met in Gaborone. De Beers said: “{HISTORY}.”",
        f"Rio Tinto’s shares fell. “{HISTORY},” said Rio Tinto.",
        f"“{HISTORY},” De Beers said.\n\nDe Beers spokesperson Jane Roe was not available.",
        f"“{HISTORY},” said Rio Tinto, the mining group.",
        f"“{HISTORY},” said De Beers, the world’s largest diamond producer.",
        f"“{HISTORY},” said Rio Tinto, which owns the Argyle mine.",
        f"“{HISTORY},” Rio Tinto said in its annual report.",
        f"“{HISTORY},” said Rio Tinto. It added that it would comply.",
        f"Mining giant Rio Tinto said: “{HISTORY}.”",
        f"“{HISTORY},” said Anglo American subsidiary De Beers.",
        f"“{HISTORY},” said Nobu Tanaka Mining.",
        f"“{HISTORY},” said Tanaka Trading.",
        f"« {HISTOIRE} », a déclaré le groupe De Beers.",
        f"« {HISTOIRE} », a déclaré Rio Tinto, le groupe minier anglo-australien.",
        f"« {HISTOIRE} », a déclaré De Beers, le géant du diamant.",
    ],
)
def test_a_name_the_text_shows_to_be_a_company_s_is_no_speaker(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"“{HISTORY},” said Jacob Thamage, a member of the group.",
        f"“{HISTORY},” said Jacob Thamage, the group’s director.",
        f"“{HISTORY},” said Jacob Thamage, a 45-year-old miner.",
        f"“{HISTORY},” said Jacob Thamage, the network coordinator.",
        f"The company Jacob Thamage founded was fined. “{HISTORY},” Jacob Thamage said.",
        f"“{HISTORY},” said Jacob Thamage. It said nothing new, critics noted.",
        f"“{HISTORY},” said Jacob Thamage, which surprised delegates.",
        f"Jacob Thamage’s spokesman was absent. “{HISTORY},” Jacob Thamage said.",
        f"“{HISTORY},” said Jacob Thamage, a representative of the coalition.",
        f"“{HISTORY},” said Jacob Thamage, a De Beers spokesperson.",
        f"“{HISTORY},” De Beers spokesperson Jacob Thamage said.",
        f"The Jacob Thamage Foundation gave money. “{HISTORY},” said Jacob Thamage.",
    ],
)
def test_a_person_named_beside_a_body_s_words_is_still_the_speaker(text):
    assert _people(text) == [THAMAGE]


@pytest.mark.parametrize(
    "text",
    [
        f"In a letter to Jacob Thamage, the coalition said: “{HISTORY}.”",
        f"Speaking after Jacob Thamage, the EU said: “{HISTORY}.”",
        f"After meeting Jacob Thamage, the delegates said: “{HISTORY}.”",
        f"Civil society, led by Jacob Thamage, said: “{HISTORY}.”",
        f"The communiqué, adopted under Jacob Thamage, states: “{HISTORY}.”",
        f"Jacob Thamage welcomed the communiqué, which states: “{HISTORY}.”",
        f"The coalition wrote to Jacob Thamage: “{HISTORY}.”",
        "Activists asked Jacob Thamage: “Why did you do this to us all?”",
    ],
)
def test_a_name_the_object_of_a_preposition_or_a_verb_before_the_quote_is_not_its_speaker(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"‘{HISTORY}’, said Jacob Thamage.",
        f"‘{HISTORY}’, Jacob Thamage said.",
        f"The members' rights were discussed. '{HISTORY}', said Jacob Thamage.",
        f"'{HISTORY},' the KP chair, Jacob Thamage, said.",
        f"Jacob Thamage told the BBC: '{HISTORY}.'",
    ],
)
def test_british_single_marks_with_the_comma_inside_or_outside(text):
    assert _people(text) == [THAMAGE]


QA = "\n\nQ. What happened?\nA. We made history.\n\nQ. And now?\nA. We go on."


@pytest.mark.parametrize(
    "text",
    [
        f"Interview with Jacob Thamage{QA}",
        f"Jane Roe spoke to Jacob Thamage, the KP chair.{QA}",
        f"Interview by Jane Roe with Jacob Thamage{QA}",
        f"By Jane Roe\n\nJacob Thamage, the KP chair, answers.{QA}",
        "Jacob Thamage, the KP chair, spoke to Rapaport.\n\nRapaport: What happened?\n\nThamage: We made history.\n\n"
        "Rapaport: And now?\n\nThamage: We go on.",
    ],
)
def test_the_interviewee_of_dotted_questions_and_surname_turns(text):
    assert _people(text) == [THAMAGE]


def test_a_single_word_before_a_colon_is_no_interview_turn():
    text = "Note: The figures are provisional?\n\nSource: Reuters reports.\n\nNote: again."
    assert _people(text) == []


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("Opening statement – Jacob Thamage", THAMAGE),
        ("Opening Statement: Jacob Thamage, KP Chair", THAMAGE),
        ("Keynote address: Dr. Jacob Thamage, KP Chair", THAMAGE),
        ("STATEMENT – JACOB THAMAGE", THAMAGE),
        ("Jacob Thamage’s opening remarks to the plenary", THAMAGE),
        ("Discours : M. Jean Mbala, ministre des Mines", "Jean Mbala"),
        ("Press statement – Kimberley Process must reform", ""),
        ("Statement: the coalition on Victoria Falls", ""),
    ],
)
def test_a_speech_heading_with_a_dash_a_colon_or_a_possessive(heading, person):
    assert find_speaker(f"{heading}\n\nExcellencies, ladies and gentlemen,\n\nThe scheme must change.") == person


def test_an_under_secretary_is_the_speaker_not_an_object():
    assert _people("Under Secretary Jane Doe, the US envoy, said: “We will press on with the review.”") == ["Jane Doe"]


# --- A battery of invented news, release and speech excerpts, read through extract_document (the people field)

_NEWS_AND_RELEASE_ATTRIBUTIONS_NAME_THEIR_SPEAKERS = [
    (
        (
            "“The certificate scheme is failing the miners who need it most,” said Tatenda Moyo, "
            "director of the Centre for Mining Justice."
        ),
        ["Tatenda Moyo"],
    ),
    (
        (
            "“We expect more than words from this plenary,” said Dr. Amina Kaboré, executive "
            "director of Diamond Watch Africa."
        ),
        ["Amina Kaboré"],
    ),
    (
        ("Farai Nyandoro, who heads the Marange Resource Trust, said: “Communities have seen no benefit at all.”"),
        ["Farai Nyandoro"],
    ),
    (
        (
            "Jean-Pierre Okenda, who leads a Kinshasa-based watchdog, said: “The traceability "
            "system exists only on paper.”"
        ),
        ["Jean-Pierre Okenda"],
    ),
    (
        ("“There is simply no political will to change the definition,” Michael Hartley told Reuters."),
        ["Michael Hartley"],
    ),
    ("“We are not going to accept a watered-down text,” Alain Mbemba told AFP on Thursday.", ["Alain Mbemba"]),
    (
        ("“This is a very sad day for the Kimberley Process,” Mbaye N'Diaye told Reuters by telephone from Dakar."),
        ["Mbaye N'Diaye"],
    ),
    (
        (
            "“Reform cannot wait another year,” said Peter Mwangi of the Diamond Justice Network. "
            "“The credibility of the whole scheme is at stake,” he added."
        ),
        ["Peter Mwangi"],
    ),
    (
        (
            "“Reform cannot wait another year,” said Peter Mwangi. Ruth Asante, a lawyer, "
            "disagreed.\n\n“The scheme has done a great deal of good over two decades,” she said."
        ),
        ["Peter Mwangi", "Ruth Asante"],
    ),
    (
        (
            "“Reform cannot wait another year,” said Peter Mwangi.\n\n“We will keep pressing for "
            "change in every forum,” Mwangi added."
        ),
        ["Peter Mwangi"],
    ),
    (
        (
            "Shamiso Chikomba said:\n\n“The review has been postponed three times now.\n\n“Every "
            "delay costs lives in the mining areas, and the participants know it.”"
        ),
        ["Shamiso Chikomba"],
    ),
    (
        (
            "“The review has been postponed three times now and we cannot accept that.\n\n“Every "
            "delay costs lives in the mining areas,” said Kudzai Marufu."
        ),
        ["Kudzai Marufu"],
    ),
    (
        ("“The ban on exports should be lifted without any further delay,” said Mr Obert Tshuma, the deputy minister."),
        ["Obert Tshuma"],
    ),
    (
        (
            "Ambassador Helena Strand said the presidency would continue. “We have made real "
            "progress on the administrative support mechanism,” she said."
        ),
        ["Helena Strand"],
    ),
    (
        ("“Zimbabwe has met every minimum requirement of the scheme,” said Minister of Mines Winston Chitando."),
        ["Winston Chitando"],
    ),
    ("“We welcome the decision of the plenary on this matter,” said Hon. Winston Chitando.", ["Winston Chitando"]),
    (
        (
            "“We welcome the decision of the plenary on this matter,” said J. Smith, a spokesman "
            "for the trade association."
        ),
        ["J. Smith"],
    ),
    (
        ("“The system works better than its critics admit,” Mines Minister Winston Chitando told reporters in Harare."),
        ["Winston Chitando"],
    ),
    (
        (
            "Minister of Mines and Mining Development Winston Chitando said: “Our diamonds are "
            "clean and fully certified.”"
        ),
        ["Winston Chitando"],
    ),
    (
        (
            "Dr. Grace Achieng, an economist at the University of Nairobi, said: “Producers are "
            "losing revenue every single year.”"
        ),
        ["Grace Achieng"],
    ),
    (
        (
            "« Le Processus de Kimberley doit s’adapter aux réalités du terrain », a déclaré "
            "Jean-Claude Mputu, coordonnateur de la coalition."
        ),
        ["Jean-Claude Mputu"],
    ),
    (
        ("Selon Aïcha Traoré, « les communautés minières ne voient aucun bénéfice de ces exportations »."),
        ["Aïcha Traoré"],
    ),
    (
        (
            "« Nous avons rempli toutes les conditions exigées par le système », a souligné le "
            "ministre des Mines Jean-Bosco Ndayishimiye."
        ),
        ["Jean-Bosco Ndayishimiye"],
    ),
    (
        (
            "«\xa0Nous avons rempli toutes les conditions exigées par le système\xa0», a souligné le "
            "ministre Albert Yuma."
        ),
        ["Albert Yuma"],
    ),
    (
        ("«\u202fLa levée de l’embargo est une victoire pour tout le pays\u202f», a déclaré à l’AFP Thierry Kamach."),
        ["Thierry Kamach"],
    ),
    (
        (
            "Le ministre des Mines, Martin Kabwelulu, a déclaré : « Notre production est "
            "entièrement certifiée depuis cinq ans. »"
        ),
        ["Martin Kabwelulu"],
    ),
    (
        (
            "« La réforme est indispensable pour la crédibilité du système », estime "
            "Marie-Thérèse Nkoulou, présidente de l’association."
        ),
        ["Marie-Thérèse Nkoulou"],
    ),
    (
        ("Pour Moussa Diallo, directeur de l’ONG, « il faut élargir la définition des diamants de la guerre »."),
        ["Moussa Diallo"],
    ),
    (
        "“We have waited too long for this,” said Jacques Van der Merwe, a Belgian diamond trader.",
        ["Jacques Van der Merwe"],
    ),
    ("“It is a historic step,” said Sheikh Ahmed bin Sulayem, chairman of the DMCC.", ["Ahmed bin Sulayem"]),
    ("“This is not acceptable,” said Hon. Fortune Chasi, Zimbabwe’s information minister.", ["Fortune Chasi"]),
    ("“The monitors must be allowed back into the fields,” said Mr. Abdoulaye Sow.", ["Abdoulaye Sow"]),
    (
        (
            "The chairman of the plenary, Ambassador Ahmed Al-Hashimi, said: “We have reached "
            "consensus on the secretariat.”"
        ),
        ["Ahmed Al-Hashimi"],
    ),
    (
        (
            "Speaking at the opening session, Deputy Minister Polite Kambamura said: “The country "
            "is ready to host the world.”"
        ),
        ["Polite Kambamura"],
    ),
    (
        (
            "“We are concerned,” said Elizabeth Ndlovu-Gatsheni. “Nobody has explained where the "
            "revenue went,” she said."
        ),
        ["Elizabeth Ndlovu-Gatsheni"],
    ),
    (
        (
            "In a statement, Global Witness campaigner Alice Harle said: “The KP has again failed "
            "to act on Russian diamonds.”"
        ),
        ["Alice Harle"],
    ),
    (
        (
            "“The KP has again failed to act on Russian diamonds,” Global Witness campaigner "
            "Alice Harle said in a statement."
        ),
        ["Alice Harle"],
    ),
    ("“The KP has again failed to act on Russian diamonds,” said Alice Harle of Global Witness.", ["Alice Harle"]),
    (
        (
            "“The KP has again failed to act,” said Alice Harle, senior campaigner at Global "
            "Witness. “It is time for real change.”"
        ),
        ["Alice Harle"],
    ),
    (
        (
            "Mtisi, who coordinates the coalition, told the Herald: “We will not give up on the "
            "definition.”\n\nShamiso Mtisi was speaking in Harare."
        ),
        ["Shamiso Mtisi"],
    ),
    (
        (
            "Speaking to journalists after the session, the minister of mines, Jean-Claude Mbuyi, "
            "said the ban was “completely unjustified and political”."
        ),
        ["Jean-Claude Mbuyi"],
    ),
    ("“We will appeal the decision,” said Sierra Leone’s mines minister, Alpha Kanu.", ["Alpha Kanu"]),
    ("“We will appeal the decision,” Sierra Leone’s mines minister Alpha Kanu told journalists.", ["Alpha Kanu"]),
    (("“We will appeal the decision,” Alpha Kanu, Sierra Leone’s mines minister, told journalists."), ["Alpha Kanu"]),
    ("“It was a good plenary for the producers,” the chairman of ADPA, Mr Ali Mansour, said.", ["Ali Mansour"]),
    (
        (
            "“There is no other forum where governments, industry and civil society sit "
            "together,” said Martin Oberholzer, a De Beers spokesman."
        ),
        ["Martin Oberholzer"],
    ),
    (
        ("“We will study the proposal,” Nabila Massrali, the EU spokesperson for foreign affairs, said."),
        ["Nabila Massrali"],
    ),
    ("“The process must change or die,” argued Prof. Ian Smillie in his book.", ["Ian Smillie"]),
    ("« Il faut que les choses changent vite », selon le ministre Jean-Marie Kasongo.", ["Jean-Marie Kasongo"]),
    (
        ("« Il faut que les choses changent vite », indique M. Jean-Marie Kasongo, ministre des Mines."),
        ["Jean-Marie Kasongo"],
    ),
    (
        (
            "« Il faut que les choses changent vite », a affirmé à Bangui le porte-parole du "
            "gouvernement, Ange-Maxime Kazagui."
        ),
        ["Ange-Maxime Kazagui"],
    ),
    ("Interrogé par RFI, Joseph Mbala a estimé que « le processus est à bout de souffle ».", ["Joseph Mbala"]),
    ("Joseph Mbala a estimé que « le processus est à bout de souffle ».", ["Joseph Mbala"]),
    (
        (
            "« Le processus est à bout de souffle », a estimé Joseph Mbala. « Personne ne veut le "
            "réformer », a-t-il ajouté."
        ),
        ["Joseph Mbala"],
    ),
    (
        ("Le coordonnateur de la coalition, Michel Yoboué, a dénoncé « une mascarade qui ne trompe personne »."),
        ["Michel Yoboué"],
    ),
    ("« C’est une mascarade qui ne trompe personne », a lancé Mme Fatou Ndiaye.", ["Fatou Ndiaye"]),
    ("“We must address the question of scope,” said Dr. Chikwanha.", ["Dr. Chikwanha"]),
    (
        "“We will be watching closely,” said Gooch.\n\nCharmian Gooch is a founder of Global Witness.",
        ["Charmian Gooch"],
    ),
    (
        (
            "KIMBERLEY, South Africa (Reuters) - Ministers met on Tuesday. “We are making "
            "progress on the review,” South African Mining Minister Susan Shabangu told reporters."
        ),
        ["Susan Shabangu"],
    ),
    ("HARARE, Nov 3 (Reuters) - “We have complied,” Mines Minister Obert Mpofu said on Tuesday.", ["Obert Mpofu"]),
    (
        ("“We have complied,” Mpofu said.\n\nObert Mpofu told parliament last week that sales would go ahead."),
        ["Obert Mpofu"],
    ),
    (
        (
            "“The KP’s credibility is on the line,” Annie Dunnebacke, deputy director of Global "
            "Witness, said in a statement released on Friday."
        ),
        ["Annie Dunnebacke"],
    ),
    ("“We are deeply disappointed,” said IMPACT’s executive director Joanne Lebert.", ["Joanne Lebert"]),
    ("“We are deeply disappointed,” IMPACT executive director Joanne Lebert said.", ["Joanne Lebert"]),
    (
        ("“We are deeply disappointed,” said Joanne Lebert, IMPACT’s executive director, in an interview."),
        ["Joanne Lebert"],
    ),
    (
        ("“That is for the participants to decide,” Lebert said. Joanne Lebert has led IMPACT since 2015."),
        ["Joanne Lebert"],
    ),
    ("Former KP chair Welile Nhlapo said: “The system was never meant to solve every problem.”", ["Welile Nhlapo"]),
    ("“The system was never meant to solve every problem,” said former KP chair Welile Nhlapo.", ["Welile Nhlapo"]),
    ("“Our position has not changed,” U.S. State Department spokesman Ned Price said.", ["Ned Price"]),
    ("“Our position has not changed,” State Department spokesman Ned Price told reporters.", ["Ned Price"]),
    ("“We appreciate the efforts,” said Mr. K. N. Pillai, the chairman of the council.", ["K. N. Pillai"]),
    ("“We appreciate the efforts,” said A.K. Gupta.", ["A.K. Gupta"]),
    ("“We appreciate the efforts,” said Ms. Mary-Anne O’Brien.", ["Mary-Anne O’Brien"]),
    ("“We appreciate the efforts,” said Ms. Mary-Anne O'Brien-Smith of the council.", ["Mary-Anne O'Brien-Smith"]),
    ("“We appreciate the efforts,” said Nomsa Dlamini-Zuma.", ["Nomsa Dlamini-Zuma"]),
    ("“We appreciate the efforts,” said Hans-Peter van den Bosch.", ["Hans-Peter van den Bosch"]),
    ("Tatenda Moyo described the outcome as “a betrayal of the communities”.", ["Tatenda Moyo"]),
    ("Tatenda Moyo called the scheme “a fig leaf for the industry”.", ["Tatenda Moyo"]),
    (
        ("Tatenda Moyo warned that the scheme risked becoming “irrelevant to the consumers it was meant to reassure”."),
        ["Tatenda Moyo"],
    ),
    (
        ("Tatenda Moyo said that, in his view, the process was “dead in the water” and needed a complete overhaul."),
        ["Tatenda Moyo"],
    ),
    (
        ("By Sarah Jones, Reuters\n\nHARARE — “We have met the conditions,” Obert Mpofu said on Monday."),
        ["Obert Mpofu"],
    ),
    ("Photo: Tatenda Moyo/AFP\n\n“The review is overdue,” said Grace Achieng.", ["Grace Achieng"]),
    (
        (
            "Home | News | Mining\n\nPosted by admin on 12 November 2019\n\n“We want a broader "
            "definition,” said Shamiso Mtisi."
        ),
        ["Shamiso Mtisi"],
    ),
    (
        (
            "Share this: Facebook Twitter\n\nRelated: ‘KP must change’, says coalition\n\n“We want a "
            "broader definition,” said Shamiso Mtisi."
        ),
        ["Shamiso Mtisi"],
    ),
    (
        ("Ian Smillie was blunt. “This is the end of the road for the Kimberley Process as we know it,” he said."),
        ["Ian Smillie"],
    ),
    (
        ("Ian Smillie was blunt:\n\n“This is the end of the road for the Kimberley Process as we know it.”"),
        ["Ian Smillie"],
    ),
    ("Speaking on behalf of the coalition, Jaff Bamenjo said: “We urge the participants to act.”", ["Jaff Bamenjo"]),
    (
        ("In his closing remarks, the KP Chair, Mr. Ahmed bin Sulayem, stated: “This plenary has been historic.”"),
        ["Ahmed bin Sulayem"],
    ),
    (
        (
            "In her opening address, Ms Hilde Hardeman, Chair of the Kimberley Process, "
            "underlined that “the time has come to deliver”."
        ),
        ["Hilde Hardeman"],
    ),
    ("‘The KP is failing’ – Tatenda Moyo\n\nThe activist said the scheme was broken.", ["Tatenda Moyo"]),
    (
        ("In the letter, Ian Smillie says: “I can no longer contribute to a pretence that failure is success.”"),
        ["Ian Smillie"],
    ),
    (
        (
            "Ian Smillie wrote in his resignation letter: “I can no longer contribute to a "
            "pretence that failure is success.”"
        ),
        ["Ian Smillie"],
    ),
    ("“No diamonds will be exported,” ZMDC chairman Godwills Masimirembwa said.", ["Godwills Masimirembwa"]),
    (
        (
            "Zimbabwe’s mines minister, Winston Chitando, told the plenary that the country had "
            "met every requirement. “We have nothing to hide,” he said. Civil society disagreed. "
            "“The abuses continue,” said Farai Maguwu of the Centre for Natural Resource "
            "Governance. He added: “Nothing has changed in Marange.”"
        ),
        ["Winston Chitando", "Farai Maguwu"],
    ),
    (
        (
            "The chair, Ahmed bin Sulayem, opened the session on Monday.\n\n“This is a historic "
            "week,” bin Sulayem said.\n\nHe was followed by Jaff Bamenjo of the civil society "
            "coalition.\n\n“The KP has lost its way,” Bamenjo said. “We need a wider definition "
            "now,” he added."
        ),
        ["Ahmed bin Sulayem", "Jaff Bamenjo"],
    ),
    (
        (
            "GABORONE (AFP) - Botswana on Thursday took over the chair of the Kimberley "
            "Process.\n\n“We are ready to lead,” Minister Lefoko Moagi told AFP.\n\nMoagi said the "
            "secretariat would open in Gaborone next year.\n\n“It is a great honour for the "
            "country,” he added."
        ),
        ["Lefoko Moagi"],
    ),
    (
        (
            "Annie Dunnebacke of Global Witness and Alan Martin of PAC both criticised the "
            "decision.\n\n“This is a sad day,” Dunnebacke said."
        ),
        ["Annie Dunnebacke"],
    ),
    (
        (
            "« Nous avons fait notre part », a déclaré le ministre centrafricain des Mines, Rufin "
            "Benam Beltoungou, lors d’une conférence de presse à Bangui. Il a ajouté : « Il "
            "appartient désormais aux participants de lever l’embargo. »"
        ),
        ["Rufin Benam Beltoungou"],
    ),
    (
        ("Le président de la coalition, Michel Yoboué, s’est dit « très déçu par l’absence de consensus à Dubaï »."),
        ["Michel Yoboué"],
    ),
    ("Michel Yoboué s’est dit « très déçu par l’absence de consensus à Dubaï ».", ["Michel Yoboué"]),
    (
        ("Pour le coordonnateur de la coalition, Michel Yoboué, « le Processus de Kimberley est en crise profonde »."),
        ["Michel Yoboué"],
    ),
    ("« Le Processus de Kimberley est en crise profonde », a estimé lundi à Dubaï Michel Yoboué.", ["Michel Yoboué"]),
    (
        (
            "« Le Processus de Kimberley est en crise profonde », a estimé lundi Michel Yoboué, "
            "coordonnateur de la coalition de la société civile."
        ),
        ["Michel Yoboué"],
    ),
    (
        ("« Le Processus de Kimberley est en crise profonde, nous dit Michel Yoboué. Il faut tout revoir. »"),
        ["Michel Yoboué"],
    ),
    ("« Le Processus de Kimberley est en crise profonde », confie au Monde Michel Yoboué.", ["Michel Yoboué"]),
    (
        ("« Le Processus de Kimberley est en crise profonde », a déclaré au micro de RFI Michel Yoboué."),
        ["Michel Yoboué"],
    ),
    ("“The KP is in deep crisis,” Michel Yoboué said in an interview with Rapaport News.", ["Michel Yoboué"]),
    ("“The KP is in deep crisis,” Michel Yoboué told Rapaport News in an interview.", ["Michel Yoboué"]),
    (
        ("“The KP is in deep crisis,” Michel Yoboué, the coalition’s coordinator, told Rapaport News."),
        ["Michel Yoboué"],
    ),
    (
        ("“The KP is in deep crisis,” the coalition’s coordinator, Michel Yoboué, told Rapaport News."),
        ["Michel Yoboué"],
    ),
    (
        ("“The KP is in deep crisis,” says Dr. Michel Yoboué, coordinator of the KP Civil Society Coalition."),
        ["Michel Yoboué"],
    ),
    ("“The KP is in deep crisis”, says Dr. Michel Yoboué.", ["Michel Yoboué"]),
    ('"The KP is in deep crisis", says Dr. Michel Yoboué.', ["Michel Yoboué"]),
    ("'The KP is in deep crisis,' says Dr. Michel Yoboué.", ["Michel Yoboué"]),
    ("“The KP is in deep crisis,” Yoboué said.\n\nDr Michel Yoboué coordinates the coalition.", ["Michel Yoboué"]),
    (
        ("The coalition’s coordinator Michel Yoboué said in a statement that “the KP is in deep crisis”."),
        ["Michel Yoboué"],
    ),
    ("Speaking to Reuters, Michel Yoboué said: “The KP is in deep crisis.”", ["Michel Yoboué"]),
    ("“The KP is in deep crisis,” Mr Yoboué said.", ["Mr Yoboué"]),
    (
        (
            "Michel Yoboué said: “The KP is in deep crisis. Reform has stalled.” Alrosa rejected "
            "the claim. “Our diamonds are clean,” the company said."
        ),
        ["Michel Yoboué"],
    ),
    (
        (
            "Michel Yoboué said: “The KP is in deep crisis.” De Beers rejected the claim. “Our "
            "diamonds are clean,” it said."
        ),
        ["Michel Yoboué"],
    ),
    (
        (
            "Michel Yoboué said: “The KP is in deep crisis.”\n\nThe European Union rejected the "
            "claim.\n\n“The process has delivered real results over the years,” an EU spokesperson "
            "said."
        ),
        ["Michel Yoboué"],
    ),
    (
        (
            "Michel Yoboué said: “The KP is in deep crisis.”\n\n“The process has delivered real "
            "results over the years,” the EU said in reply."
        ),
        ["Michel Yoboué"],
    ),
    (
        (
            "Michel Yoboué said: “The KP is in deep crisis.”\n\n“The process has delivered real "
            "results over the years,” the chair replied."
        ),
        ["Michel Yoboué"],
    ),
    (
        "“I want to thank the government of Zimbabwe,” said Vice President Constantino Chiwenga.",
        ["Constantino Chiwenga"],
    ),
    ("“I want to thank the government of Zimbabwe,” said VP Chiwenga.", ["VP Chiwenga"]),
    ("“I want to thank the government of Zimbabwe,” said Deputy President Paul Mashatile.", ["Paul Mashatile"]),
    (
        ("“I want to thank the government of Zimbabwe,” said His Excellency President Mokgweetsi Masisi."),
        ["Mokgweetsi Masisi"],
    ),
    (
        "“I want to thank the government of Zimbabwe,” said H.E. Mokgweetsi Eric Keabetswe Masisi.",
        ["Mokgweetsi Eric Keabetswe Masisi"],
    ),
    ("“I want to thank the government of Zimbabwe,” said Botswana President Mokgweetsi Masisi.", ["Mokgweetsi Masisi"]),
    (
        ("“I want to thank the government of Zimbabwe,” said South African President Cyril Ramaphosa."),
        ["Cyril Ramaphosa"],
    ),
    ("“I want to thank the government of Zimbabwe,” said UAE Minister of State Ahmed Al Sayegh.", ["Ahmed Al Sayegh"]),
    ("“I want to thank the government of Zimbabwe,” said Ahmed Al Sayegh, UAE Minister of State.", ["Ahmed Al Sayegh"]),
    ("“I want to thank the government of Zimbabwe,” said Sheikha Latifa.", ["Sheikha Latifa"]),
    ("“We support the reform,” the statement quoted Michel Yoboué as saying.", ["Michel Yoboué"]),
    ("“We support the reform,” Michel Yoboué was quoted as saying by the Herald.", ["Michel Yoboué"]),
    (
        ("Minister of Mines Winston Chitando opened the meeting.\n\n“Zimbabwe is ready,” said Hon. Chitando."),
        ["Winston Chitando"],
    ),
    (
        (
            "The Minister of Mines, Winston Chitando, opened the meeting.\n\n“Zimbabwe is ready to "
            "chair the process,” the minister said."
        ),
        ["Winston Chitando"],
    ),
    (
        (
            "Ambassador Jacob Thamage chaired the session.\n\n“We have agreed on the secretariat at "
            "last,” the ambassador told journalists."
        ),
        ["Jacob Thamage"],
    ),
    (
        ("“We have agreed on the secretariat at last,” said Jacob Thamage, thanking Ahmed bin Sulayem for his work."),
        ["Jacob Thamage"],
    ),
    (
        ("“We have agreed on the secretariat at last,” Jacob Thamage said after meeting Hilde Hardeman."),
        ["Jacob Thamage"],
    ),
    ("“We have agreed on the secretariat at last,” said the KP Chair (Jacob Thamage).", ["Jacob Thamage"]),
    (
        ("Thamage: ‘We have agreed on the secretariat’\n\nThe KP Chair, Jacob Thamage, said the plenary had agreed."),
        ["Jacob Thamage"],
    ),
    ("“The review must be completed this year,” says the coalition’s coordinator Shamiso Mtisi.", ["Shamiso Mtisi"]),
    (
        ("“The review must be completed this year,” says Shamiso Mtisi, who coordinates the coalition from Harare."),
        ["Shamiso Mtisi"],
    ),
    ("“The review must be completed this year,” according to a statement by Shamiso Mtisi.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” Shamiso Mtisi wrote on X, formerly Twitter.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” Shamiso Mtisi posted on Facebook.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” Shamiso Mtisi said in Harare on Monday.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” Shamiso Mtisi (ZELA) said.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” said Shamiso Mtisi (ZELA).", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” said Shamiso Mtisi, ZELA.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” said Shamiso Mtisi – ZELA.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year” – Shamiso Mtisi, ZELA", ["Shamiso Mtisi"]),
    ("“The review must be completed this year.”\n— Shamiso Mtisi, ZELA", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” stressed Zimbabwean lawyer Shamiso Mtisi.", ["Shamiso Mtisi"]),
    ("“The review must be completed this year,” stressed veteran campaigner Shamiso Mtisi.", ["Shamiso Mtisi"]),
    (
        (
            "“The review must be completed this year,” Mtisi, a lawyer, said.\n\nShamiso Mtisi has "
            "worked with ZELA since 2005."
        ),
        ["Shamiso Mtisi"],
    ),
    ("« La révision doit être achevée cette année », a martelé Shamiso Mtisi.", ["Shamiso Mtisi"]),
    (
        ("Shamiso Mtisi coordonne la coalition. « La révision doit être achevée cette année », a-t-il martelé."),
        ["Shamiso Mtisi"],
    ),
    (
        ("« La révision doit être achevée cette année », a insisté le coordonnateur de la coalition, Shamiso Mtisi."),
        ["Shamiso Mtisi"],
    ),
    (
        ("« La révision doit être achevée cette année », a indiqué Mme Hilde Hardeman, présidente du PK."),
        ["Hilde Hardeman"],
    ),
    (
        ("« La révision doit être achevée cette année », a indiqué la présidente du PK, Hilde Hardeman."),
        ["Hilde Hardeman"],
    ),
    ("D’après Hilde Hardeman, « la révision doit être achevée cette année ».", ["Hilde Hardeman"]),
    ("Aux yeux de Hilde Hardeman, « la révision doit être achevée cette année ».", ["Hilde Hardeman"]),
    ("Hilde Hardeman l’a dit sans détour : « la révision doit être achevée cette année ».", ["Hilde Hardeman"]),
    ("Jean Dupont, cité par l’AFP, a estimé que « le processus est à bout de souffle ».", ["Jean Dupont"]),
    ("« Le processus est à bout de souffle », a estimé Jean Dupont, cité par l’AFP.", ["Jean Dupont"]),
    ("« Le processus est à bout de souffle », a estimé Jean Dupont, cité par Jeune Afrique.", ["Jean Dupont"]),
]


@pytest.mark.parametrize(("text", "people"), _NEWS_AND_RELEASE_ATTRIBUTIONS_NAME_THEIR_SPEAKERS)
def test_news_and_release_attributions_name_their_speakers(extract, text, people):
    """News and release attributions, in English and French: the persons quoted, in full, in order."""
    assert extract(text.encode(), filename="page.txt", content_type="text/plain").people == people


_BODIES_PLACES_TITLES_AND_UNNAMED_SOURCES_ARE_NO_PEOPLE = [
    # A heading naming someone before a statement's word heads a news report, without a salutation below it.
    ("Chitando: Statement on Marange exports\n\nThe minister said exports would resume next month.", []),
    # A heading's colon, or a sentence with no person in it, introduces no speaker across the paragraph break.
    ("Press release, 12 May:\n\n“This is the end of the road for the Kimberley Process as we know it.”", []),
    ("The coalition's key demands were these:\n\n“An end to the trade in diamonds that fund abuses.”", []),
    # A particle-opened surname with no given name anywhere is a surname alone, or a company.
    ("“We will not sell a single stone from those fields,” Van der Merwe said.", []),
    ("« La réforme est indispensable pour la crédibilité du système », a-t-elle déclaré.", []),
    ("“Our diamonds are responsibly sourced from start to finish,” De Beers said in a statement.", []),
    ("“Exports will resume as soon as the review is completed,” the ministry said.", []),
    (("“The company complies with all applicable sanctions regimes,” Alrosa said in a statement on Monday."), []),
    (
        (
            "Global Witness published a report titled “Return of the Blood Diamond: The deadly "
            "race to control Zimbabwe’s new-found diamond wealth”."
        ),
        [],
    ),
    (("Campaigners marched under the slogan “No more blood diamonds in our shops” outside the venue."), []),
    ("The so-called “conflict-free” label has little meaning for the miners of Marange.", []),
    ("Tendai Biti, the former finance minister, was also mentioned in the report on the sales.", []),
    ("“Zimbabwe is fully compliant with the minimum requirements,” Harare said on Tuesday.", []),
    ("“The European Union will keep pressing for a broader definition,” Brussels said.", []),
    (("“Russia will not accept any politicisation of the Kimberley Process,” Moscow said in a statement."), []),
    (
        (
            "“We regret that consensus could not be reached on the proposals,” the Kimberley "
            "Process Civil Society Coalition said."
        ),
        [],
    ),
    ("“We regret that consensus could not be reached on the proposals,” Rio Tinto said.", []),
    ("“The certification scheme has worked for two decades,” the government said in a statement.", []),
    ("“We are proud of our record in the Kimberley Process,” Anglo American said.", []),
    ("“We are proud of our record on responsible sourcing,” the World Diamond Council said.", []),
    (
        (
            "The term “conflict diamonds” was defined by the UN General Assembly in 2000 as rough "
            "diamonds used to fund rebels."
        ),
        [],
    ),
    (
        (
            "Okonkwo said in an interview with local radio that the talks had stalled over the "
            "question of the definition."
        ),
        [],
    ),
    (("« Nos diamants sont propres et certifiés depuis longtemps », a indiqué la Sodiam dans un communiqué."), []),
    (("« Le pays respecte toutes les exigences minimales du système », a déclaré le ministère des Mines."), []),
    ("“It is completely unjustified,” Mbuyi said.", []),
    ("“We will appeal the decision,” Kanu said, adding that the country had done nothing wrong.", []),
    ("“There is no other forum like it,” a De Beers spokesman said.", []),
    ("“We will study the proposal,” said a spokesperson for the European Commission.", []),
    ("“We will study the proposal,” an EU official said on condition of anonymity.", []),
    ("The report, entitled “Diamonds: A Good Deal for Zimbabwe?”, was released on Monday.", []),
    ("Activists call them “blood diamonds” and say the trade is far from clean.", []),
    (
        (
            "Victoria Falls will host the meeting, which organisers have called “a turning point "
            "for the Kimberley Process”."
        ),
        [],
    ),
    ("“We cannot continue like this,” said Victoria Falls.", []),
    (("The delegation from Sierra Leone said the proposal was “premature and unworkable for small producers”."), []),
    ("“Diamonds are forever,” as the famous advertising slogan puts it.", []),
    (("The press release was signed by Farai Maguwu, director of the Centre for Natural Resource Governance."), []),
    ("Ian Smillie, who resigned from the KP in 2009, wrote the report.", []),
    ("“We will not allow our diamonds to be stigmatised,” Angola’s Endiama said.", []),
    (("« Nous ne permettrons pas que nos diamants soient stigmatisés », a déclaré Endiama dans un communiqué."), []),
    ("« C’est une mascarade qui ne trompe personne », déplore l’ONG Partenariat Afrique Canada.", []),
    ("« C’est une mascarade qui ne trompe personne », a réagi le gouvernement centrafricain.", []),
    ("« C’est une mascarade qui ne trompe personne », affirme Kinshasa.", []),
    (("Dans son rapport intitulé « Diamants : un commerce sans contrôle », l’ONG dénonce les failles du système."), []),
    ("Ce que les ONG appellent les « diamants du sang » continue d’alimenter les conflits.", []),
    ("“We must address the question of scope,” he said.", []),
    ("“Diamonds fund violence,” said the coalition’s coordinator. “We must act.”", []),
    (("Asked whether Russia should be suspended, Lebert said: “That is for the participants to decide.”"), []),
    ("“The KP is failing” – Global Witness\n\nThe group said the scheme was broken.", []),
    (("The communiqué states: “The Plenary agreed to establish a permanent secretariat in Gaborone.”"), []),
    (("According to the final communiqué, “the Plenary agreed to establish a permanent secretariat”."), []),
    (
        (
            "The letter, signed by Ian Smillie, says: “I can no longer contribute to a pretence "
            "that failure is success.”"
        ),
        [],
    ),
    (
        (
            "The meeting, chaired by Ahmed bin Sulayem, adopted what delegates called “a historic "
            "compromise on the secretariat”."
        ),
        [],
    ),
    (
        (
            "La réunion, présidée par Jean Mbala, a adopté ce qu'ils appellent « un compromis historique sur le "
            "secrétariat »."
        ),
        [],
    ),
    (
        (
            "Ahmed bin Sulayem chaired the meeting. The communiqué welcomed “the progress made on "
            "the administrative support mechanism”."
        ),
        [],
    ),
    (("The EU, represented by Hilde Hardeman, said the proposal was “a step in the right direction”."), []),
    (
        (
            "Zimbabwe’s President Emmerson Mnangagwa has been invited. Critics say the meeting is "
            "“a talking shop with no teeth at all”."
        ),
        [],
    ),
    (
        ("“No diamonds from the Marange fields will be exported,” the Ministry of Mines and Mining Development said."),
        [],
    ),
    ("“No diamonds will be exported,” said a statement from the Ministry of Mines.", []),
    ("“No diamonds will be exported,” said the Zimbabwe Mining Development Corporation (ZMDC).", []),
    ("“No diamonds will be exported,” the KP Chair said in a notice to participants.", []),
    ("“Sanctions must be lifted,” the Central African Republic said in its submission.", []),
    ("“Sanctions must be lifted,” Bangui said.", []),
    ("“Sanctions must be lifted,” said Sierra Leone.", []),
    ("“Sanctions must be lifted,” said the United Arab Emirates.", []),
    ("“Sanctions must be lifted,” said the Democratic Republic of Congo.", []),
    ("“Sanctions must be lifted,” said Côte d’Ivoire.", []),
    ("“Sanctions must be lifted,” said the Gem and Jewellery Export Promotion Council.", []),
    ("“Sanctions must be lifted,” said Amnesty International.", []),
    ("“Sanctions must be lifted,” said the Antwerp World Diamond Centre (AWDC).", []),
    ("“Sanctions must be lifted,” said Human Rights Watch.", []),
    ("“Sanctions must be lifted,” said Partnership Africa Canada.", []),
    ("“Sanctions must be lifted,” said Fatal Transactions.", []),
    ("“Sanctions must be lifted,” said Green Advocates.", []),
    ("“Sanctions must be lifted,” said the Diamond Development Initiative.", []),
    ("“Sanctions must be lifted,” said Rapaport News.", []),
    ("“Sanctions must be lifted,” Petra Diamonds said in a trading update.", []),
    ("“Sanctions must be lifted,” Lucara said.", []),
    ("“Sanctions must be lifted,” said Signet Jewelers.", []),
    ("“Sanctions must be lifted,” said Tiffany & Co.", []),
    ("“Sanctions must be lifted,” said the Diamond Producers Association.", []),
    ("“Sanctions must be lifted,” said the DPA.", []),
    ("“Sanctions must be lifted,” said the United States.", []),
    ("“Sanctions must be lifted,” said Washington.", []),
    ("“Sanctions must be lifted,” said New Delhi.", []),
    ("“Sanctions must be lifted,” said Sun City.", []),
    ("« Les sanctions doivent être levées », a déclaré le gouvernement de la RCA.", []),
    ("« Les sanctions doivent être levées », a estimé la Centrafrique.", []),
    ("« Les sanctions doivent être levées », selon un communiqué du ministère.", []),
    ("« Les sanctions doivent être levées », a déclaré l’Union européenne.", []),
    ("« Les sanctions doivent être levées », a déclaré la Banque mondiale.", []),
    ("« Les sanctions doivent être levées », a déclaré Human Rights Watch.", []),
    ("« Les sanctions doivent être levées », a plaidé Bangui.", []),
    ("« Les sanctions doivent être levées », souligne le Conseil mondial du diamant.", []),
    (
        (
            "Annie Dunnebacke of Global Witness and Alan Martin of PAC both criticised the "
            "decision.\n\n“This is a sad day,” she said."
        ),
        [],
    ),
    ("“We support the reform,” said the United Kingdom’s representative.", []),
    ("“We support the reform,” said the delegate from Canada.", []),
    ("“We support the reform,” said one delegate, who asked not to be named.", []),
    ("“We support the reform,” a Western diplomat told Reuters.", []),
    ("“We support the reform,” a senior Zimbabwean official told The Herald.", []),
    ("“We support the reform,” a source close to the chair said.", []),
    ("“We have agreed on the secretariat at last,” said the chair.", []),
    (("“The review must be completed this year,” according to a statement issued by the coalition."), []),
    ("“The review must be completed this year,” according to the coalition’s coordinator.", []),
    ("“The review must be completed this year,” reads the statement signed by Shamiso Mtisi.", []),
    (("« La révision doit être achevée cette année », a-t-il martelé.\n\nShamiso Mtisi coordonne la coalition."), []),
    ("« La révision doit être achevée cette année », selon l’Union européenne.", []),
    ("« La révision doit être achevée cette année », estime l’ONG Global Witness.", []),
    (("« La révision doit être achevée cette année », a affirmé un diplomate européen sous couvert d’anonymat."), []),
    (("Le rapport de Global Witness, intitulé « L’échec du Processus de Kimberley », a été publié lundi."), []),
    ("L’ONG parle d’un « processus à bout de souffle » et appelle à une réforme.", []),
]


@pytest.mark.parametrize(("text", "people"), _BODIES_PLACES_TITLES_AND_UNNAMED_SOURCES_ARE_NO_PEOPLE)
def test_bodies_places_titles_and_unnamed_sources_are_no_people(extract, text, people):
    """Companies, ministries, countries and cities speaking; titles, slogans, scare quotes, mere mentions."""
    assert extract(text.encode(), filename="page.txt", content_type="text/plain").people == people


_THE_SPEAKER_OF_A_SPEECH_THE_TEXT_IS = [
    (
        (
            "Remarks by H.E. Ambassador Jacob Thamage, Chair of the Kimberley Process, at the "
            "Opening of the Plenary\n\nExcellencies, ladies and gentlemen,\n\nIt is my honour to "
            "welcome you to Gaborone."
        ),
        ["Jacob Thamage"],
    ),
    (
        (
            "STATEMENT BY THE HONOURABLE MINISTER OF MINES AND MINING DEVELOPMENT, HON. WINSTON "
            "CHITANDO, AT THE KP PLENARY\n\nMadam Chair,\n\nZimbabwe is honoured."
        ),
        ["Winston Chitando"],
    ),
    (
        "Opening remarks\n\nby Mrs Hilde Hardeman, KP Chair\n\nDear colleagues,\n\nWelcome to Brussels.",
        ["Hilde Hardeman"],
    ),
    (
        (
            "Speech of the Minister of Mines, Mr. Jean-Claude Mbuyi, at the intersessional "
            "meeting\n\nMr Chairman,\n\nThank you."
        ),
        ["Jean-Claude Mbuyi"],
    ),
    (
        (
            "Discours de S.E. M. Albert Yuma, ministre des Mines, à l’ouverture de la réunion "
            "plénière\n\nMonsieur le Président,\n\nC’est un honneur."
        ),
        ["Albert Yuma"],
    ),
    (
        (
            "Allocution de Madame Aïcha Traoré, présidente de la coalition\n\nMesdames et "
            "Messieurs,\n\nNous sommes réunis."
        ),
        ["Aïcha Traoré"],
    ),
    (
        (
            "KP Civil Society Coalition statement to the plenary\n\nDelivered by Jaff Bamenjo, "
            "Coordinator\n\nChair, distinguished delegates,\n\nWe are here again."
        ),
        ["Jaff Bamenjo"],
    ),
    ("Keynote Address by Dr. Grace Achieng at the Diamond Conference\n\nLadies and gentlemen,", ["Grace Achieng"]),
    (
        (
            "Statement by Ambassador Helena Strand on behalf of the European Union\n\nMadam "
            "Chair,\n\nThe EU welcomes the progress."
        ),
        ["Helena Strand"],
    ),
    ("Statement on behalf of the European Union by Ambassador Helena Strand\n\nMadam Chair,", ["Helena Strand"]),
    (
        (
            "Intervention of the Russian Federation\n\nMr. Chairman,\n\nRussia opposes the "
            "politicisation of the Kimberley Process.\n\nThank you."
        ),
        [],
    ),
    (("Statement by the Kimberley Process Civil Society Coalition\n\nThe Coalition calls on participants to act."), []),
    (("Statement by the Government of Zimbabwe on the Marange diamonds\n\nThe Government notes the decision."), []),
    (
        (
            "Address by the Chair of the Kimberley Process\n\nDistinguished delegates,\n\nThank you "
            "all.\n\nThank you.\n\nAhmed bin Sulayem\nKP Chair"
        ),
        ["Ahmed bin Sulayem"],
    ),
    (
        (
            "Press statement\n\nThe coalition said it was disappointed by the outcome of the "
            "Brussels plenary.\n\nFor more information contact Hans Merket, IPIS, +32 3 225 00 94."
        ),
        [],
    ),
    ("Remarks to the Press by Secretary Antony J. Blinken\n\nGood afternoon, everyone.", ["Antony J. Blinken"]),
    (
        (
            "U.S. Statement at the Kimberley Process Plenary\n\nAs delivered by Ambassador Robert "
            "Dolan\n\nThank you, Madam Chair."
        ),
        ["Robert Dolan"],
    ),
    ("Speech by Commissioner Jutta Urpilainen at the KP plenary\n\nHonourable Ministers,", ["Jutta Urpilainen"]),
    ("Message from the KP Chair, Ms. Hilde Hardeman\n\nDear colleagues,", ["Hilde Hardeman"]),
    ("Statement by IMPACT at the Kimberley Process Plenary\n\nMadam Chair,", []),
    (
        (
            "Address by President Emmerson Mnangagwa at the official opening of the Kimberley "
            "Process Plenary\n\nThe Chair of the Kimberley Process,"
        ),
        ["Emmerson Mnangagwa"],
    ),
    (
        ("Jacob Thamage: Opening remarks at the Kimberley Process plenary\n\nExcellencies,\n\nWelcome to Gaborone."),
        ["Jacob Thamage"],
    ),
    ("Opening remarks – Jacob Thamage, KP Chair\n\nExcellencies,", ["Jacob Thamage"]),
    ("OPENING STATEMENT\n\nH.E. JACOB THAMAGE\n\nCHAIR OF THE KIMBERLEY PROCESS\n\nExcellencies,", ["Jacob Thamage"]),
    (
        (
            "Statement\n\nof\n\nHon. Winston Chitando\nMinister of Mines and Mining Development\n\nat "
            "the KP Plenary\n\nMadam Chair,"
        ),
        ["Winston Chitando"],
    ),
    (
        ("Speech delivered by Mr. Jean-Claude Mbuyi, Minister of Mines, at the opening ceremony\n\nMr Chairman,"),
        ["Jean-Claude Mbuyi"],
    ),
    (
        (
            "Kimberley Process Plenary, Dubai\n\nStatement of the KP Civil Society Coalition "
            "delivered by Jaff Bamenjo\n\nChair,"
        ),
        ["Jaff Bamenjo"],
    ),
    (
        "Welcome address by the Chairperson of the KP, Ambassador Ahmed bin Sulayem\n\nExcellencies,",
        ["Ahmed bin Sulayem"],
    ),
    ("Remarks of Ambassador Robert Dolan at the KP Plenary\n\nThank you, Madam Chair.", ["Robert Dolan"]),
    ("Mot de bienvenue de M. Jean Mbala, ministre des Mines\n\nMesdames et Messieurs,", ["Jean Mbala"]),
    ("Intervention de Madame la Présidente, Hilde Hardeman\n\nMesdames, Messieurs,", ["Hilde Hardeman"]),
    (("Déclaration de la Coalition de la société civile du Processus de Kimberley\n\nLa Coalition regrette..."), []),
    (
        ("Discours du ministre des Mines, Jean Mbala, lors de la cérémonie d’ouverture\n\nMesdames et Messieurs,"),
        ["Jean Mbala"],
    ),
    ("Discours prononcé par S.E. Jean Mbala\n\nMonsieur le Président,", ["Jean Mbala"]),
    (
        (
            "Statement by H.E. Ambassador Dr. Kennedy Gastorn, Permanent Representative of the "
            "United Republic of Tanzania\n\nMr. President,"
        ),
        ["Kennedy Gastorn"],
    ),
    ("Remarks by Deputy Secretary of State Wendy R. Sherman\n\nGood morning.", ["Wendy R. Sherman"]),
    (
        (
            "Chair’s closing remarks\n\nDear Participants and Observers,\n\nWe have come to the "
            "end.\n\nI thank you.\n\nHilde Hardeman\nChair of the Kimberley Process 2018"
        ),
        ["Hilde Hardeman"],
    ),
    (
        (
            "Press Release\n\nKP Chair concludes visit to Angola\n\nThe KP Chair, Ambassador Jacob "
            "Thamage, visited Luanda this week."
        ),
        [],
    ),
    (
        (
            "Statement by the Chair on the situation in the Central African Republic\n\nThe Chair "
            "notes with concern the report."
        ),
        [],
    ),
    (("KP Chair’s statement on the Marange diamonds\n\nThe Chair, Boaz Hirsch, has decided to authorise exports."), []),
]


@pytest.mark.parametrize(("text", "people"), _THE_SPEAKER_OF_A_SPEECH_THE_TEXT_IS)
def test_the_speaker_of_a_speech_the_text_is(extract, text, people):
    """Speech headings, delivered-by lines and signatures name the speaker; a body's names nobody."""
    assert extract(text.encode(), filename="page.txt", content_type="text/plain").people == people


# --- Shapes met in news reports and speeches: a verb of the press, an office before a surname in an incise, a
# document as a subject, a quotation taken from someone's address, a speech announced by its possessor, a speaker
# reported with "according to", and an unquoted block signed below it.


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "“Most consumers still cannot be sure where their stones come from”, opined the CSC’s Amara Okonkwo.",
            ["Amara Okonkwo"],
        ),
        (
            "« Le pays s’est conformé aux exigences du processus », confiait le ministre des Mines Jean Mbala.",
            ["Jean Mbala"],
        ),
        (
            "« Aidez le gouvernement à reprendre son territoire ! », a conseillé Aïcha Diallo, la gouverneure.",
            ["Aïcha Diallo"],
        ),
    ],
)
def test_verbs_of_the_press_attribute_a_quotation(text, people):
    assert _people(text) == people


def test_an_office_with_its_article_before_the_surname_in_a_french_incise():
    text = (
        "Le ministre des Affaires étrangères du Ghana Kofi Mensah a parlé mardi.\n\n"
        "« Le Ghana n’a pas approuvé la proposition, a déclaré le ministre Mensah. Nous restons fermes."
    )
    assert _people(text) == ["Kofi Mensah"]
    # With no name after the office, the incise names nobody.
    assert _people("« Le Ghana n’a pas approuvé la proposition, a déclaré le ministre, et reste ferme. »") == []


def test_a_country_closing_an_office_is_not_a_given_name():
    text = (
        "The Minister of Foreign Affairs of Canada Jane Roe spoke on Friday. "
        "“We reject the notice issued by the chair yesterday,” Roe said."
    )
    assert _people(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "The Luanda Declaration states that the body is the result of a “need for a concerted policy on diamonds.”",
        "The Moscow Communiqué says that members “must act together on the review of the scheme.”",
        "The Sun City Protocol said the participants would “implement the certification scheme in full.”",
    ],
)
def test_a_named_document_is_no_speaker(text):
    assert _people(text) == []


def test_a_quotation_taken_from_someones_address():
    text = (
        "General Kagiso T. Molefe, Minister of Foreign Affairs, addressed the assembly on Monday.\n\n"
        "From Molefe’s address: “Botswana has been blessed with diamonds, and we manage them with care.”\n\n"
        "In the minister’s words, “the scheme is the embodiment of a global consensus.”\n\n"
        "Extrait du discours de Jean Mbala : « Le Cameroun restera vigilant sur ses frontières. »"
    )
    assert _people(text) == ["Kagiso T. Molefe", "Jean Mbala"]


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's words about the address: the quotation is not taken from it.
        "Tendai Moyo spoke first. A delegate rejected Moyo’s speech: “Nothing in it was new to anyone here.”",
        "Tendai Moyo spoke first. In response to Moyo’s letter, “nothing in it was new to anyone here.”",
    ],
)
def test_a_possessive_speech_after_another_verb_or_a_reply_names_nobody(text):
    assert _people(text) == []


def test_a_pronoun_after_according_to_someone_is_that_person():
    text = (
        "« Cette décision montre la crédibilité du pays », a indiqué le ministre d’Etat, Paul Kouamé. "
        "La prochaine étape, selon le ministre Marc Yao, sera de normaliser la chaîne de production. "
        "« Cette levée nous permet de compléter la traçabilité », a-t-il indiqué."
    )
    assert _people(text) == ["Paul Kouamé", "Marc Yao"]
    # An organisation after "according to" is nobody "she" could be: she stays the last speaker.
    text = (
        "“The review was thorough,” said Amara Okonkwo. According to Global Witness, the scheme is failing. "
        "“We will keep pressing for reform,” she added."
    )
    assert _people(text) == ["Amara Okonkwo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "KP Chair Calls for Reform\n\nPress Release: Stressing that consensus takes time, Jane Roe, the chair of "
            "the KP, says a new definition is needed.\n\nThe following is the text of her speech to the Congress this "
            "week:\nThank you for inviting me today.",
            "Jane Roe",
        ),
        (
            "JUNE 10 – Speaking at the meeting, Edward Marsh, President of the Council, stressed the mandate.\n"
            "The following is the full text of Mr. Marsh’s address:\nYour Excellencies, ladies and gentlemen,",
            "Edward Marsh",
        ),
        # A text only mentioning an address is not its text.
        (
            "Edward Marsh, President of the Council, spoke on Monday.\nTendai Moyo said he had not read the text "
            "of Mr. Marsh’s address before the vote.",
            "",
        ),
        # "Her" with two people named before it: whose speech, the text does not say.
        (
            "Jane Roe met Amara Okonkwo in Gaborone.\n\nThe following is the text of her speech:\nThank you.",
            "",
        ),
    ],
)
def test_a_speech_announced_as_someones_text(text, speaker):
    assert find_speaker(text) == speaker


def test_an_unquoted_block_signed_below_with_a_dash_a_name_and_an_office():
    text = (
        "Council Looks to the Future\n\n"
        "To take the KP to the next level, we must look beyond administrative issues and make sure that "
        "responsibility and expertise go hand in hand.\n\n"
        "- Jane Roe, President, World Diamond Council, closing the Intersessional"
    )
    assert _said(text) == [
        (
            "Jane Roe",
            "To take the KP to the next level, we must look beyond administrative issues and make sure that "
            "responsibility and expertise go hand in hand.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A news paragraph in the third person above a byline.
        "Delegates met in Perth this week and agreed on a new review of the scheme after three long days of "
        "talks.\n\n- Jane Roe, Reporter, Diamond News",
        # A list of members, one a paragraph.
        "Our members are:\n\n- Jane Roe, President, World Diamond Council\n\n- Tendai Moyo, Coordinator, KP CSC",
        # A body, not a person, signs.
        "We will not give up on reform, and we call on all participants to back the new definition this "
        "year.\n\n- Global Witness, London",
        # Words already quoted are attributed as quotations are, not again as a block.
        "“We will not give up on reform, and we call on all the participants to back the definition,” the "
        "coalition said.\n\n- Jane Roe, President, World Diamond Council",
    ],
)
def test_a_dash_line_signs_no_block_when_it_is_a_byline_a_list_or_a_body(text):
    assert _people(text) == []


# --- A demonym, an addressed office, headings, turns, stops, the next quote's attribution, captions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("“The review was a failure for everyone,” said the Zimbabwean activist Jane Doe.", "Jane Doe"),
        ("“The review was a failure for everyone,” said Zimbabwean Jane Doe.", "Jane Doe"),
        ("“The review was a failure for everyone,” said South African Jane Doe.", "Jane Doe"),
        ("Le président, le Canadien Paul Roux, a déclaré : « Les conclusions sont claires et nettes. »", "Paul Roux"),
        ("Le Canadien Paul Roux préside.\n\n« Les conclusions sont claires et nettes », a affirmé Roux.", "Paul Roux"),
    ],
)
def test_a_demonym_before_a_name_is_no_part_of_it(text, person):
    assert _people(text) == [person]


def test_a_country_s_representative_named_after_the_country():
    heading = "Statement by Representative of Russia Ivan Petrov at the side-event\n\nWe thank all the participants."
    assert find_speaker(heading) == "Ivan Petrov"


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Roux a ouvert la séance.\n\nMonsieur le Président :\n\n« Nous ne pouvons accepter un "
        "examen sans mordant ni suite. »",
        "The chair, Jane Doe, opened it. The delegate thanked her.\n\nMadam Chair:\n\n“We cannot accept a review "
        "that has no teeth at all.”",
    ],
)
def test_an_addressed_office_is_no_speaker(text):
    assert _people(text) == []


def test_a_speech_heading_names_its_speaker_only_on_its_own_line():
    assert find_speaker("Remarks by Jane Doe, Minister of Mines\n\nLadies and gentlemen, we meet.") == "Jane Doe"
    heading = "Chair’s closing speech – Plenary Lake Town\n\nCouncil President’s closing speech – Plenary Lake Town"
    assert find_speaker(f"{heading}\n\nLadies and gentlemen, allow me to thank the Chair.") == ""


def test_a_statement_by_someone_deep_in_a_sentence_names_no_speaker():
    text = (
        "Lake Town, 17 November 2023\n\nThe plenary meeting had wrapped up after five days, with all decisions "
        "issued in an official statement by outgoing chairperson Jon Roe.\n\nDelegates left."
    )
    assert find_speaker(text) == ""
    assert find_speaker("The Coalition: Statement by Jane Doe, coordinator, at the plenary\n\nWe thank all.") == (
        "Jane Doe"
    )


def test_an_interview_turn_says_something():
    assert _people("Mines : où en est le pays ?\n\nCurrent Size: 100%\n\nLe texte commence ici.") == []
    text = "Interview with Jane Doe, the coordinator.\n\nQ: 1\n\nA: 2\n\nQ: What did the plenary achieve?\n\nA: Little."
    assert _said(text) == [("Jane Doe", "Little.")]


def test_a_stop_after_the_closing_guillemet_ends_the_quoted_sentence():
    text = (
        "Le superviseur du processus, Jean Mbala, a rappelé les engagements du pays. « On ira à l’intérieur du pays "
        "regarder comment les artisans travaillent ». Le processus vise la paix."
    )
    assert _people(text) == ["Jean Mbala"]


def test_a_name_and_a_verb_before_an_opening_mark_attribute_the_next_quotation():
    text = (
        "Dr. Jan Roe, president of the union, confirmed that the action helped the system. “In suspending "
        "themselves, the government did something commendable.” Cecilia Doe, general counsel, said, “We were "
        "surprised at first by the decision to retire.”"
    )
    assert _people(text) == ["Jan Roe", "Cecilia Doe"]
    # A comma inside the first quotation runs the sentence on: both halves are the one speaker's.
    assert _people("“We tried hard to get this,” Jane Roe said, “but failed in the end again.”") == ["Jane Roe"]


@pytest.mark.parametrize(
    "text",
    [
        'Director of the Centre, Mr Farai Doe warned that the diamonds could run out. Mr Doe said that;\n\n"The '
        'next time we will be told that there are no more diamonds."',
        'Speaking at the conference, the Coalition Director, Mr Farai Doe said;\n\n"Civil society has been kept '
        'in the dark."',
        "The coordinator Farai Doe said; “We will not give up on reform of the scheme.”",
    ],
)
def test_a_semicolon_introduces_a_quotation_as_a_colon_does(text):
    assert _people(text) == ["Farai Doe"]


def test_a_photo_caption_is_no_attribution():
    assert _people("“We will not give up on reform of this scheme.”\n\nJane Doe, chair of the Coalition, at the "
                   "meeting\n\nThe meeting ended.") == []  # fmt: skip
    text = (
        "Dans son discours, le coordinateur, Jean Mbala, a rappelé la mission de la coalition :\n\nLe coordinateur "
        "sortant de la coalition, Jean Mbala\n\n« La coalition agit comme observateur officiel de la société civile. »"
    )
    assert _people(text) == ["Jean Mbala"]
    # A signature below, with its office, is still one.
    assert _people("“We will not give up on reform of this scheme.”\n\n— Jane Doe, Coordinator, the Coalition") == [
        "Jane Doe"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« Ces auditions ont été l’occasion de présenter une feuille de route », a révélé Jean Mbala.",
        "Jean Mbala révèle : « Nous avons présenté une feuille de route claire. »",
        "Dans son discours, Jean Mbala, chef de cabinet du ministère, a signifié l’importance de la formation, en "
        "assurant que son département « mettra tout en œuvre pour soutenir cette approche ».",
    ],
)
def test_revele_and_signifie_are_verbs_of_saying(text):
    assert _people(text) == ["Jean Mbala"]


def test_a_country_subject_speaks_not_the_addressee_apposed_before_it():
    text = (
        "Dans sa lettre au président, le Botswanais Jean Mbala, l’Ukraine a demandé de modifier la définition des "
        "diamants « où la violence est utilisée »."
    )
    assert _people(text) == []


# --- A parliament's record: its turns' labels


def test_a_hansard_record_gives_each_turn_to_the_member_its_label_names():
    text = (
        "HC Deb 3 March 2004 vol 400 cc12W\n"
        "Mr. Jones\n\n"
        "To ask the Secretary of State for Trade what steps she is taking on rough diamond imports. [1234]\n\n"
        "Lord Ashby of Kent\n\n"
        "The Government supports the certification scheme and will report on its progress.\n"
    )
    assert _people(text) == ["Mr. Jones", "Lord Ashby of Kent"]


def test_a_theyworkforyou_record_names_the_member_after_the_photo_label():
    text = (
        "House of Commons written question – answered on 4 June 2009.\n\n"
        "Photo of Mr Peter Holt Mr Peter Holt Labour, Leeds North\n\n"
        "To ask the Secretary of State what recent assessment he has made of the scheme.\n\n"
        "Photo of Baroness Fane of Hull Baroness Fane of Hull Minister of State\n\n"
        "We continue to work with partners to strengthen the scheme's monitoring.\n"
    )
    assert _people(text) == ["Peter Holt", "Baroness Fane of Hull"]


def test_a_parallel_parliament_contribution_names_its_member_after_the_portrait_label():
    text = (
        "Draft Scheme (Amendment) Regulations 2019 Debate\n\nRead Hansard Text\n"
        "Tendai Moyo Portrait Tendai Moyo (Glenrothes) (SNP)\n- Hansard - -\n\n"
        "It is a pleasure to serve under your chairmanship. I will not oppose this instrument.\n"
    )
    assert _people(text) == ["Tendai Moyo"]


def test_a_portrait_label_without_a_seat_is_no_record_by_itself():
    text = "Hansard\n\nTendai Moyo Portrait Tendai Moyo\n\nIt is a pleasure to serve under your chairmanship today.\n"
    assert _people(text) == []


def test_titled_name_lines_outside_a_parliament_record_are_no_turns():
    # A programme listing its speakers, each above a biography: no parliament, no turns.
    text = (
        "Speakers at the conference\n\n"
        "Dr. Jane Okoro\n\n"
        "Jane Okoro heads the mining institute and has written widely on artisanal mining.\n\n"
        "Mr. Paul Mbeki\n\n"
        "Paul Mbeki has advised three governments on diamond policy and their trade.\n"
    )
    assert _people(text) == []


def test_a_single_label_is_no_record_of_turns():
    text = "Parliament debated the scheme.\n\nMr. Jones\n\nHe has tabled a motion on the diamond trade again.\n"
    assert _people(text) == []


# --- Places, publications and quotations typed across lines


def test_the_place_an_office_is_of_is_no_given_name():
    text = (
        "Among the speakers was the Mayor of Lagos Chen Wuhan.\n\n"
        "“The city has long traded in diamonds and will keep doing so,” Chen stated."
    )
    assert _people(text) == ["Chen Wuhan"]


def test_a_publication_named_with_the_article_is_no_speaker():
    text = "The Kimberley Herald Post indicates that, “trade fell by a third in the year to March.”\n\n"
    assert _people(text) == []
    text = "The Rand Chronicle reports it. The Windhoek Courier said: “Exports will rise again next year.”"
    assert _people(text) == []


def test_a_countrys_adjective_before_a_name_is_no_article_of_a_body():
    text = "The Zimbabwean Jane Dube said: “We will not give up on reform at all.”"
    assert _people(text) == ["Jane Dube"]
    # The article before a longer name (a foundation's) says nothing of the person it is named after.
    text = "The Nelson Mandela Foundation hosted the talks. Nelson Mandela said: “The scheme must work for all.”"
    assert _people(text) == ["Nelson Mandela"]


def test_a_quotation_running_over_lines_opens_each_and_closes_at_its_end():
    text = (
        "Ahmed Bin Sulayem commented: “Namibia is an active member of the Process and a good partner.\n"
        "“Across the country, business opportunities are emerging for the people.”"
    )
    assert _said(text) == [
        ("Ahmed Bin Sulayem", "Namibia is an active member of the Process and a good partner."),
        ("Ahmed Bin Sulayem", "Across the country, business opportunities are emerging for the people."),
    ]


def test_a_double_mark_closed_by_a_single_one():
    text = (
        "Minister Susan Dlamini spoke at the conference.\n"
        "“We are opposed to the sanctions and will say so,’ Dlamini said.\n"
        "She left for Pretoria."
    )
    assert _said(text) == [("Susan Dlamini", "We are opposed to the sanctions and will say so")]


# --- Who is speaking, from the sentences around


def test_a_speech_whose_speaker_introduces_themself():
    text = (
        "WORLD DIAMOND FORUM 2006\n\n"
        "Good afternoon everyone. My name is Amara Okonkwo and I work on the diamond campaign.\n\n"
        "We have published several reports on conflict diamonds."
    )
    assert find_speaker(text) == "Amara Okonkwo"
    # …not someone the text quotes introducing themself.
    text = "The reporter met a miner. “My name is Tendai Moyo and I dig here,” he said."
    assert find_speaker(text) == ""


def test_an_office_opening_the_sentence_before_a_quotation_and_its_holder():
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs Jan Peeters calls for a continued commitment. "
        "“Belgium is satisfied with the progress made by the Process this year.”"
    )
    assert _people(text) == ["Jan Peeters"]


def test_a_titled_surname_stands_for_the_full_name_given_before():
    text = (
        "Permanent Secretary in the Ministry of Minerals, Mr Kheri Rutaba, is the outgoing Chairman of the "
        "association, which he has led through two difficult years of falling prices, new rules on its internal "
        "controls and a long debate among its members over how the secretariat should be funded.\n\n"
        "Mr Rutaba made the remarks recently during the handing over of the chairpersonship of the Committee of "
        "Experts to the incoming chair from a neighbouring country, after his two-year term in office came to an "
        "end at the ordinary meeting of the council held in the capital.\n\n"
        "He said producers face many challenges, including fluctuating prices and competition.\n\n"
        "He further noted that the reform process led successfully to the amendments of the Statute and "
        "of the rules of the Executive Secretariat of the association.\n\n"
        '"Several management policies were also produced to increase efficiency in the association" he said'
    )
    assert _people(text) == ["Kheri Rutaba"]


def test_a_heading_without_a_stop_ends_before_the_paragraph_below():
    text = (
        "Diamants de Côte d'Ivoire: feu vert du Processus de Kimberley\n\n"
        "La Côte d’Ivoire a reçu le feu vert du Processus pour que l’ONU lève son embargo sur la vente de "
        "diamants de ce pays d’Afrique de l’ouest, selon le communiqué final de la réunion annuelle du régime "
        "international de certification des diamants bruts, publié à Johannesburg.\n\n"
        "« La réunion plénière a exprimé son soutien aux efforts du gouvernement ivoirien pour se conformer aux "
        "exigences du Processus de Kimberley », indique le communiqué final.\n\n"
        "Le Processus « reconnaît que la Côte d’Ivoire a répondu aux exigences minimales », a-t-il ajouté."
    )
    assert _people(text) == []


# --- Marks typed for other marks


def test_a_closing_mark_between_two_letters_is_an_apostrophe():
    text = "“Consumers know what they”re buying, and what it cost,” said Jane Roe, the group’s director."
    assert _said(text) == [("Jane Roe", "Consumers know what they”re buying, and what it cost")]
    # …not a closing mark before a space: the quotation ends there.
    text = "The group called them “blood diamonds” in its report. Its director, Jane Roe, said nothing more."
    assert _people(text) == []


def test_an_opening_guillemet_typed_for_the_closing_one():
    text = "« Le problème est que la définition reste très limitée« , explique Jean Mbala, de l’ONG."
    assert _said(text) == [("Jean Mbala", "Le problème est que la définition reste très limitée")]
    # An opening guillemet after a space opens a nested quotation, as it always did.
    text = "« Les « diamants du sang » restent un problème pour nous tous », a déclaré Jean Mbala."
    assert _said(text) == [("Jean Mbala", "Les « diamants du sang » restent un problème pour nous tous")]


def test_two_single_marks_typed_for_a_double_one():
    text = (
        "Pour le député Jean Mbala, c’est la pauvreté qui est la cause de la rébellion. ‘’ On parle, a-t-il "
        "ajouté, d’or, de pétrole et aujourd’hui de diamant, il faut construire des routes. ‘’ Le vote a suivi."
    )
    assert _people(text) == ["Jean Mbala"]
    # Two marks between two letters are an apostrophe: the quotation runs on past them.
    text = "Jane Roe commented: “Namibia is embracing the country''s new business framework for its mines.”"
    assert _said(text) == [("Jane Roe", "Namibia is embracing the country''s new business framework for its mines.")]


def test_a_pronoun_incise_needs_someone_it_stands_for():
    text = "Le débat a duré trois heures. « On parle, a-t-il ajouté, d’or et de pétrole mais pas des routes. »"
    assert _people(text) == []


def test_pour_opening_a_sentence_gives_whose_view_it_is_and_an_office_its_holder():
    text = (
        "Hier, Jean Mbala, directeur de cabinet, a noté que l’atelier était important. Pour le directeur de cabinet "
        "du ministre, il s’agira d’associer les artisans. « Ce modèle a réussi à mettre fin à l’anarchie » "
        "a-t-il expliqué."
    )
    assert _people(text) == ["Jean Mbala"]
    # "Pour le Mali" is a country's view, and no one's to quote.
    text = "Pour le Mali, la loi est une priorité. « Ce modèle a réussi à mettre fin à l’anarchie » a-t-il expliqué."
    assert _people(text) == []


def test_a_french_compound_verb_after_the_quotations_stop_still_attributes_it():
    text = "« La société civile continue de jouer son rôle de sentinelle ». A dit le directeur Jean Mbala."
    assert _people(text) == ["Jean Mbala"]
    # "A Kinshasa" (à without its accent) opens a new sentence: no verb of saying, no speaker.
    text = "« La société civile continue de jouer son rôle de sentinelle ». A Kinshasa, Jean Mbala a ouvert l’atelier."
    assert _people(text) == []


# --- Attributions before the quotation


def test_a_phrase_quoted_on_the_way_to_the_quotation_is_words_of_the_sentence():
    text = (
        "Jane Roe said on Wednesday the monitor found the country met the “minimum requirements” and “so now "
        "everything is in place to resume the sales.”"
    )
    assert _people(text) == ["Jane Roe"]
    text = "The report called it a “fig leaf” and said “the scheme must change before it is too late.”"
    assert _people(text) == []


def test_words_from_a_speech_named_before_them():
    text = (
        "This was endorsed by Jane Roe, Chairman of the Diamond Company, in an April 29 speech: “Independent "
        "verification is essential to the credibility of the scheme.”"
    )
    assert _people(text) == ["Jane Roe"]
    text = "The call was backed by the coalition in a statement: “Independent verification is essential to it.”"
    assert _people(text) == []


def test_an_inverted_attribution_closing_the_sentence_before_a_quotation():
    text = (
        "Le correspondant a été invité à porter la décision à l’attention des douanes, a indiqué Jean Mbala dans "
        "un communiqué.\n« Cette bonne nouvelle pour le pays intervient cinq mois seulement après la réunion. »"
    )
    assert _people(text) == ["Jean Mbala"]
    text = "The talks ended without a deal, said the final communiqué. “The review will go on next year as planned.”"
    assert _people(text) == []


def test_he_said_closing_the_sentence_before_a_quotation_cut_by_the_text_end():
    text = (
        "Addressing the opening session was Jan Peeters, the Minister of Economic Affairs. The fact that the "
        "council meets is a credit to the industry, he said. “Conflict diamonds are like a virus, and the scheme a "
        "vaccine that keeps it dorm"
    )
    assert _people(text) == ["Jan Peeters"]
    # Two people named: who "he" is, the text does not say.
    text = (
        "Amara Okonkwo met Jean Mbala in the capital. The talks went well, he said. “It was a good day for the "
        "scheme and for its members.”"
    )
    assert _people(text) == []


# --- A parliament's record of one member's speech


def test_a_minister_labelled_by_office_and_bracketed_name_speaks_alone_in_the_record():
    text = (
        "HC Deb 26 April 2001 vol 367\n\n2.30 pm\n"
        "The Minister of State, Foreign Office (Mr. Peter Holt)\n\n"
        "I welcome this opportunity to set out the response to the problem of conflict diamonds.\n"
    )
    assert _people(text) == ["Peter Holt"]
    # Outside a parliament's record, a line naming someone in brackets is no turn.
    text = "The chair of the session (Mr. Peter Holt)\n\nThe session heard five talks on the diamond trade.\n"
    assert _people(text) == []


def test_a_congressional_record_label_opens_the_members_words():
    text = (
        "Clean Diamond Trade Act\n\nMr. HOLT. Mr. President, I rise today in strong support of the bill, which "
        "the Senate takes up today.\n"
    )
    assert _people(text) == ["Mr. Holt"]
    text = "Mr. HOLT. Mr. President, I rise today in strong support of the bill before the committee.\n"
    assert _people(text) == []  # no parliament named: no record


# --- A few words the subject is said to say, after "says he"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Council president Amara Okonkwo says he “strongly supports” the decision and says it shows the "
            "credibility of the scheme.",
            ["Amara Okonkwo"],
        ),
        ("The minister, Jean Mbala, said she “fully backs” the review.", ["Jean Mbala"]),
        # Without the pronoun, a phrase quoted on the way is no quotation of anyone's.
        ("Tendai Moyo said the country met the “minimum requirements” of the scheme.", []),
        # One word is a term, not a quotation.
        ("Tendai Moyo said he was “disappointed” by the outcome.", []),
    ],
)
def test_a_short_quotation_after_says_he_is_its_subjects(text, expected):
    assert _people(text) == expected


# --- Long pages naming hundreds of people (how long they take is in bench/extraction.py, not here)


def test_a_long_page_naming_hundreds_of_people_attributes_each_quote():
    given = ["Tendai", "Amara", "Jean", "Rudo", "Kofi", "Ines", "Omar", "Lars", "Yaw", "Ana", "Paul", "Marie"]
    surnames = ["Moyo", "Okonkwo", "Mbala", "Chikwanha", "Mensah", "Silva", "Haddad", "Berg", "Boateng", "Kone"]
    names = [f"{first} {last}" for first in given for last in surnames]
    # One long line, as a page stripped of its breaks is: quotations, unbalanced marks, bodies' cues.
    text = " ".join(
        f"“The review of the scheme must go on,” said {name}, of Rio Tinto. {name} said: “We will not give up "
        f"« le processus » {name}’s ”words "
        for name in names
    )
    people = _people(text)
    assert "Tendai Moyo" in people


# --- An apposed office listing several things, a manner before the French subject, an office alone after the verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We have put strict controls in place at every site,” Amara Okonkwo, minister of Lands, Forestry, and "
            "Mines, told Reuters.",
            ["Amara Okonkwo"],
        ),
        ("“We have put strict controls in place at every site,” Amara Okonkwo, the minister, said.", ["Amara Okonkwo"]),
        # Commas running on with no verb after them: no attribution.
        ("“We have put strict controls in place at every site,” Amara Okonkwo, Lands, Forestry, and Mines.", []),
    ],
)
def test_an_apposed_office_may_list_several_things(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous avons une traçabilité claire du creuseur à l’exportation » a indiqué avec satisfaction le "
            "ministre Jean Mbala.",
            ["Jean Mbala"],
        ),
        ("« Le processus doit changer, et vite », a lancé sans détour Jean Mbala.", ["Jean Mbala"]),
        # "avec" opening what follows the name is no manner before it: the speaker is still the one named.
        ("« Le processus doit changer, et vite », a dit Jean Mbala avec fermeté.", ["Jean Mbala"]),
    ],
)
def test_a_manner_between_the_french_verb_and_its_subject(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Devant les joailliers réunis à Anvers, Jean Mbala a invité les parties à conclure. « Les diamants "
            "russes financent la guerre », a insisté le Premier ministre.",
            ["Jean Mbala"],
        ),
        (
            "Amara Okonkwo opened the talks in Gaborone. “The scheme must be made stronger now,” the minister said.",
            ["Amara Okonkwo"],
        ),
        # Two people named in the sentence before: who the minister is, the text does not say.
        (
            "Amara Okonkwo met Jean Mbala in Gaborone. “The scheme must be made stronger now,” the minister said.",
            [],
        ),
        # A surname alone before stays unattributed.
        ("Okonkwo opened the talks. “The scheme must be made stronger now,” the minister said.", []),
    ],
)
def test_an_office_alone_after_the_verb_is_the_one_named_before(text, expected):
    assert _people(text) == expected


# --- Parliament records: a member's label above an address to the chair, a witness's label with an office


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rough Diamonds Act\n\nThis bill was last introduced in the 37th Parliament.\n\nOctober 21st, 2002\n\n"
            "Tendai Moyo Canadian Alliance Skeena, BC\n\nMr. Speaker, I am pleased to rise today and speak to it.",
            ["Tendai Moyo"],
        ),
        (
            "House of Commons debates\n\nAmara Okonkwo\n\nMadam Speaker, the bill gives effect to the scheme at last.",
            ["Amara Okonkwo"],
        ),
        # Not a parliament's record: a name above a letter's salutation is nobody's speech.
        ("Tendai Moyo\n\nMr. President, I write to you about the certification scheme.", []),
        # The address alone, with no label above it.
        ("Parliament debated the bill.\n\nMr. Speaker, I am pleased to rise today and speak to the bill.", []),
    ],
)
def test_a_members_label_above_an_address_to_the_chair(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Proceedings of the Standing Senate Committee on Energy\n\nThe Chairman: I call this meeting to order.\n\n"
            "The Honourable Amara Okonkwo, Parliamentary Secretary to the Minister of Natural Resources: With me at "
            "the table are two officials.",
            ["Amara Okonkwo"],
        ),
        # Not a parliament's record.
        (
            "The Honourable Amara Okonkwo, Minister of Mines: a profile of the woman behind the reform of the scheme.",
            [],
        ),
    ],
)
def test_a_witness_label_with_an_office_in_a_committee_record(text, expected):
    assert _people(text) == expected
