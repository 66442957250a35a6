"""Attribution shapes of news reports, press releases, interviews, speeches and French articles (invented excerpts):
each rule with the people it finds and the look-alikes it must not take."""

import pytest

from statements.extraction.quotes import find_quotes, find_speaker

WORDS = "The reform will take far more time than planned"
MOTS = "La réforme prendra bien plus de temps que prévu"


def _people(text: str, known_organisations=()) -> list[str]:
    speaker = find_speaker(text, known_organisations)
    quoted = (quote.person for quote in find_quotes(text, known_organisations))
    return list(dict.fromkeys([*([speaker] if speaker else []), *quoted]))


# --- Verbs of saying: what one thinks, hopes, jokes or urges aloud; French confirms, welcomes, "a tenu à préciser"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (f"“{WORDS},” Jane Roe reckons.", ["Jane Roe"]),
        (f"“{WORDS},” Jane Roe joked.", ["Jane Roe"]),
        (f"“{WORDS},” Jane Roe assured delegates.", ["Jane Roe"]),
        (f"“{WORDS},” Jane Roe reminded participants.", ["Jane Roe"]),
        (f"“{WORDS},” Jane Roe summed up.", ["Jane Roe"]),
        ("Jane Roe invited participants to “remain united in the face of the sector’s challenges”.", ["Jane Roe"]),
        ("Jane Roe expressed concern that the KP “was losing its relevance in the eyes of consumers”.", ["Jane Roe"]),
        (f"« {MOTS} », a salué Jean Dupont.", ["Jean Dupont"]),
        (f"« {MOTS} », a confirmé Jean Dupont.", ["Jean Dupont"]),
        (f"« {MOTS} », a renchéri Jean Dupont.", ["Jean Dupont"]),
        (f"« {MOTS} », a laissé entendre Jean Dupont.", ["Jean Dupont"]),
        (f"« {MOTS} », a tenu à préciser Jean Dupont.", ["Jean Dupont"]),
        (f"« {MOTS} », a voulu rassurer le ministre Jean Dupont.", ["Jean Dupont"]),
        ("Jean Dupont a appelé les États à « rester unis face aux défis du secteur ».", ["Jean Dupont"]),
        ("Jean Dupont s’est montré « très satisfait des résultats de la plénière ».", ["Jean Dupont"]),
        # A body, an unnamed source or a thing given the verb is no person.
        (f"“{WORDS},” informed sources said.", []),
        (f"“{WORDS},” the ministry assured delegates.", []),
        (f"« {MOTS} », a salué le ministère dans un communiqué.", []),
        ("Le mécanisme, appelé « Système de certification du Processus », a été lancé en 2003.", []),
    ],
)
def test_more_verbs_of_saying_in_english_and_french(text, people):
    assert _people(text) == people


# --- Titles that are surnames too


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (f"“{WORDS},” said Judge John Doe.", ["John Doe"]),
        (f"“{WORDS},” said Bishop John Doe of Freetown.", ["John Doe"]),
        # A surname, not a title: after the given name, or with no name after it.
        (f"“{WORDS},” said Foreign Minister Julie Bishop.", ["Julie Bishop"]),
        (f"Julie Bishop spoke first. “{WORDS},” Bishop said.", ["Julie Bishop"]),
        (f"Julie Bishop spoke first. “{WORDS},” said Ms Bishop.", ["Julie Bishop"]),
    ],
)
def test_a_title_that_is_also_a_surname_is_a_title_only_before_a_name(text, people):
    assert _people(text) == people


# --- Whose view it is: "For Jane Roe, “…”"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("For Jane Roe, “the reform will take a lot of time”.", ["Jane Roe"]),
        ("For Jane Roe, the director of the network, the reform “will take a lot of time”.", ["Jane Roe"]),
        ("For years, “the reform will take a lot of time” has been the ministry’s answer.", []),
        ("The network thanked the delegates for Jane Roe’s “very constructive engagement”.", []),
    ],
)
def test_for_someone_opening_the_sentence_gives_whose_words_they_are(text, people):
    assert _people(text) == people


# --- A subject with a long office, read from where its sentence starts


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Jane Roe, the director of the Diamond Development Initiative, an NGO based in Ottawa that works with "
            "artisanal miners in West Africa, told the conference: “The reform will take time.”",
            ["Jane Roe"],
        ),
        (
            "In a statement posted on KPCivilSociety.org, Jane Roe, the Zimbabwe-based coordinator of the KP’s "
            "Civil Society Coalition, the group of non-governmental organizations that are observers of the KP, "
            "called the meeting a “sad and surreal spectacle”.",
            ["Jane Roe"],
        ),
        # The office's own capitalised words, cut from the name before them, are no name.
        (
            "Abbey Moyo, the Kimberley Process Certification Scheme (KPCS) Monitor to Zimbabwe from 2009 to 2010, "
            "says the Marange question - which nearly ripped the global diamond watchdog apart over the past three "
            "years - was nothing but a “storm in a tea cup”.",
            ["Abbey Moyo"],
        ),
    ],
)
def test_the_subject_before_the_verb_is_read_from_its_sentences_start(text, people):
    assert _people(text) == people


def test_an_office_apposed_to_the_name_is_not_a_body_speaking():
    text = (
        "Prior to the plenary in Brussels, Jane Roe, Executive Director of IMPACT said that the industry “continues "
        "to be tainted by association with human rights abuses”."
    )
    assert _people(text, ["IMPACT"]) == ["Jane Roe"]
    # The body alone, closing the subject, still speaks for itself.
    assert _people("In its letter to Jane Roe, IMPACT said the industry “continues to be tainted by abuses”.") == []


# --- Whom "who" stands for, and whose object a name is


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Jane Roe met John Doe, who said the talks were “a real step forward for the miners”.", ["John Doe"]),
        ("Jane Roe thanked John Doe, who said the talks were “a real step forward for the miners”.", ["John Doe"]),
        # The office's own verb has the name after it as its object.
        ("Responding to Jane Roe, the minister said her remarks were “deeply unfair to the miners”.", []),
        ("The minister responded to Jane Roe, saying her remarks were “deeply unfair to the miners”.", []),
        # The office naming its holder after it still does.
        ("Pour le coordonnateur de la coalition, Jean Mbala, « le Processus est en crise profonde ».", ["Jean Mbala"]),
    ],
)
def test_the_antecedent_of_who_and_the_object_of_an_offices_verb(text, people):
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Asked about Jane Roe’s remarks, the minister said they were “deeply unfair to the miners”.",
        "A statement from Jane Roe’s office said she was “deeply disappointed by the lack of progress”.",
        f"« {MOTS} », a déclaré le cabinet de Jean Dupont.",
        f"« {MOTS} », a déclaré le ministère de Jean Dupont.",
    ],
)
def test_someones_remarks_spoken_of_or_their_office_speaking_are_not_their_words(text):
    assert _people(text) == []


# --- A label: a name, then the body it speaks for


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Jane Roe, Global Witness: “The talks were a real step forward for the miners.”", ["Jane Roe"]),
        (
            "Jean Mbala, Réseau Ressources Naturelles : « Les pourparlers ont été un vrai pas en avant. »",
            ["Jean Mbala"],
        ),
        # A dateline, and a body with its city, are no one's label.
        ("Cape Town, South Africa: “The talks were a real step forward for the miners.”", []),
        ("Global Witness, London: “The talks were a real step forward for the miners.”", []),
    ],
)
def test_a_name_and_its_body_before_a_colon_label_the_speaker(text, people):
    assert _people(text) == people


# --- The passive of a verb of saying


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The importance of reform was echoed by David Roe, Chairman of the Responsible Jewellery Council: "
            "“There is nothing more important than consumer confidence.”",
            ["David Roe"],
        ),
        ("Ce point a été souligné par Jean Mbala, ministre des Mines : « Il faut aller plus loin. »", ["Jean Mbala"]),
        ("The resolution was adopted by the General Assembly: “The Assembly welcomes the progress made.”", []),
        ("The call was echoed by the World Diamond Council: “There is nothing more important than trust.”", []),
    ],
)
def test_the_agent_of_a_passive_verb_of_saying_is_the_speaker(text, people):
    assert _people(text) == people


# --- Interviews: questions marked "Q." with answers unmarked, or questions each a paragraph


QUESTIONS = (
    "\n\nWhat went wrong at the plenary?\n\nWe could not agree on the definition, and that is a failure for everyone."
    "\n\nWhat next?\n\nWe keep pushing for reform in every forum we can reach."
)
MARKED = (
    "\n\nQ. How will this term differ from your first?\n\nMy focus will be very clear: to make the scheme work."
    "\n\nQ. What are the main challenges?\n\nSmuggling, above all, and the definition of conflict diamonds."
)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (f"Interview with Jane Roe, Chair of the Kimberley Process{MARKED}", ["Jane Roe"]),
        (
            f"Interview: Jane Roe on the future of the KP\n\nJane Roe has led the network since 2019.{QUESTIONS}",
            ["Jane Roe"],
        ),
        (f"Interviewed by Rough&Polished, Jane Roe, President of the WDC, gives her view.{QUESTIONS}", ["Jane Roe"]),
        (
            "Entretien avec Jean Dupont, président de l’ONG\n\nQu’attendez-vous du sommet ?\n\nNous attendons une "
            "définition élargie des diamants de conflit, sans quoi le système perdra sa crédibilité.",
            ["Jean Dupont"],
        ),
        # No interview: questions on a page of questions, a byline alone, a single question marked "Q.".
        (f"Frequently asked questions{QUESTIONS}", []),
        (f"Interview by Jane Reporter{QUESTIONS}", []),
        (f"Jane Roe wrote about her interview with the minister.{QUESTIONS}", []),
        ("Interview with Jane Roe\n\nQ. What is the scope?\n\nSee the annex for the scope of the scheme.", []),
    ],
)
def test_the_answers_of_an_interview_without_answer_marks_are_the_interviewees(text, people):
    assert _people(text) == people


# --- A speech's speaker on the line above its salutation


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Jane Roe\nMay 20\nYour Excellencies, distinguished guests, colleagues,\nAs we conclude the "
            "intersessional, I thank you all for your work.",
            ["Jane Roe"],
        ),
        ("H.E. Jane Roe\n\nLadies and gentlemen,\n\nIt is an honour to address this plenary today.", ["Jane Roe"]),
        # Someone addressed on a line of the salutation, a letter's "Dear…", a page's menu far above.
        (
            "Comments of the Coalition\nAmbassador Moyo,\nJane Roe,\nDistinguished guests,\nIt is good to see you "
            "here again in Washington.",
            [],
        ),
        ("Jane Reporter\nMay 20\nDear colleagues,\nWe write to you about the plenary.", []),
        (
            "Select Page\n\nEU at the UN\n\nThe EU works with the UN on many issues.\n\nMr. President,\n\nI have "
            "the honour to speak on behalf of the European Union.",
            [],
        ),
    ],
)
def test_a_name_alone_just_above_a_speechs_salutation_is_its_speaker(text, people):
    assert _people(text) == people


# --- A chamber's record: "M. Name (Party). - words"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "3-200 | 3-200 |\nM. Jean Roelants du Vivier (MR). - La lutte contre les diamants du sang revient au "
            "premier plan de l'agenda international.",
            ["Jean Roelants du Vivier"],
        ),
        ("Mme Marie Dupont (PS). – Je remercie le ministre pour sa réponse très complète.", ["Marie Dupont"]),
        ("M. Jean Dupont (MR) a posé une question sur les diamants du sang au ministre des Affaires étrangères.", []),
    ],
)
def test_a_member_labelled_with_their_party_and_a_dash_speaks_in_the_record(text, people):
    assert _people(text) == people


# --- Names that are not: a French article opening a heading, a scheme


def test_a_french_article_opening_a_heading_is_no_given_name():
    text = (
        "Des Arguments de Vente\n\nUn négociant basé en Centrafrique nous vante ses services. « Ça fait peur, c’est "
        "vrai », dit-il."
    )
    assert _people(text) == []


def test_a_scheme_is_no_person():
    text = (
        "L'ivoirien Dr. Adou Koné, Conseiller technique au ministère des Mines, Point focal du processus de "
        "Kimberley Scheme, fait remarquer par ceci: «pour faciliter l'harmonisation, il faut gérer les flux»."
    )
    assert _people(text) == ["Adou Koné"]
    assert _people(f"“{WORDS},” said the Kimberley Scheme.") == []


# --- An incise naming the speaker with an office in words of its own


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "« Et Anvers traite 84% des diamants bruts dans le monde, souligne le député Georges Roe (cdH). La "
            "Belgique a intérêt à sauver le processus », estime-t-il.",
            ["Georges Roe"],
        ),
        (
            "« Et Anvers traite 84% des diamants bruts dans le monde, dit l'ancien ministre Jean Mbala. La "
            "Belgique a intérêt à sauver le processus », estime-t-il.",
            ["Jean Mbala"],
        ),
        (
            "« Et Anvers traite 84% des diamants bruts dans le monde, souligne le rapport de la Commission. La "
            "Belgique a intérêt à sauver le processus », lit-on.",
            [],
        ),
    ],
)
def test_an_incise_may_give_the_speakers_office_before_the_name(text, people):
    assert _people(text) == people
