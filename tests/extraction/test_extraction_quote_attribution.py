"""Attribution of quotes as news reports and speeches write them: offices, wrapped lines, pronouns, incises."""

from statements.extraction.quotes import find_quotes, find_speaker


def _people(text: str) -> list[str]:
    return list(dict.fromkeys(quote.person for quote in find_quotes(text)))


def test_an_office_before_the_name_is_not_part_of_it():
    text = (
        "In the opening address, South African Minister of Mineral Resources Susan Shabangu said, "
        '"This year\'s plenary matters more."'
    )
    assert _people(text) == ["Susan Shabangu"]


def test_a_name_before_its_office_and_the_verb():
    text = "Mr. K.G. Moshashane, Chair of the Kimberley Process, said: “I am pleased with this Plenary session.”"
    assert _people(text) == ["K.G. Moshashane"]


def test_the_last_clause_before_the_verb_holds_the_name():
    text = (
        "The European Commissioner for External Relations, Benita Ferrero-Waldner welcomed the news saying, "
        "“The Kimberley Process has established itself.”"
    )
    assert _people(text) == ["Benita Ferrero-Waldner"]


def test_an_attribution_broken_over_lines_is_read_across_them():
    text = '"This bill will help Canada meet its obligations," said\n\nMinister Efford. Later on, R. John Efford left.'
    assert _people(text) == ["R. John Efford"]
    wrapped = (
        '"As you know, today security has returned. The\ngovernment can ensure traceability," Mboli\nFatrane said.'
    )
    assert _people(wrapped) == ["Mboli Fatrane"]


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


def test_a_capitalised_office_after_of_is_no_subject():
    text = (
        "Dr Chiwenga who is also the Minister of Health and Child Care said the country was proud.\n"
        "“I would like to thank all the delegates,” he said."
    )
    assert _people(text) == []


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


def test_a_name_and_office_before_a_colon_introduce_a_headline_quote():
    assert _people("Boaz Hirsch, Chair of the Kimberley Process : “The Credibility of the KP is our asset”") == [
        "Boaz Hirsch"
    ]


def test_the_office_with_a_definite_article_stands_for_the_person_named_with_it():
    text = (
        "Le ministre belge des Affaires étrangères, Didier Reynders a ouvert lundi la Conférence.\n\n"
        "Le ministre belge a tenu à souligner que le Processus s’est révélé «un partenariat réussi et efficace»."
    )
    assert _people(text) == ["Didier Reynders"]


def test_a_french_incise_inside_the_quote_names_the_speaker():
    text = "« Le premier Forum des Observateurs a été un succès, a indiqué Andrey Polyakov, le président du WDC. »"
    assert _people(text) == ["Andrey Polyakov"]
    unclosed = "\"Notre engagement avait fait l'unanimité à Brisbane,  Ray Sabyasachi disait au nom de l'Inde."
    assert _people(unclosed) == ["Ray Sabyasachi"]


def test_the_answers_of_an_interview_are_the_interviewees_words():
    text = (
        "Israel Diamond Institute: What is the status of these initiatives?\n\n"
        "Boaz Hirsch: These initiatives are being discussed.\n\n"
        "Israel Diamond Institute: And the secretariat?\n\n"
        "Boaz Hirsch: People are cautious."
    )
    assert _people(text) == ["Boaz Hirsch"]


def test_a_single_line_with_a_colon_is_no_interview():
    assert _people("Boaz Hirsch: These initiatives are being discussed by all participants.") == []


def test_a_country_is_not_a_person():
    assert _people("“We have complied with every requirement of the scheme,” South Africa said.") == []


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
