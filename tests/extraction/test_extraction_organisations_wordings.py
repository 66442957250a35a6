"""Wordings that name a statement's issuer: a headline's acting body, a lead credited in brackets, an office's words in
French, a body acting in its capacity or with others, a name in quotation marks, "the following statement was issued
by"; and the look-alikes that name no issuer (a body only mentioned, criticised or launched)."""

import pytest

from statements.extraction.organisations import identify_organisation

KNOWN = ["World Diamond Council (WDC)", "Global Witness", "Diamond Development Initiative"]


def organisation(text, known=KNOWN):
    return identify_organisation(text, known)[0]


# --- A headline's acting body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ABMA Reaffirms Support for Diamond Warranties\n\nMeeting in Antwerp, the Antwerp Bourse Members "
            "Association (ABMA) discussed the warranty scheme at length with its members.",
            "Antwerp Bourse Members Association (ABMA)",
        ),
        (
            "WDC Welcomes Plenary Decision on Monitoring\n\nThe decision was taken on the last day.",
            "World Diamond Council",
        ),
        (
            "Mines Watch Network Condemns Plenary Outcome\n\nThe Mines Watch Network (MWN) has followed the talks for "
            "years and sent two observers to Dubai.",
            "Mines Watch Network (MWN)",
        ),
        (
            "CGRM dénonce l'échec de la plénière\n\nLe Collectif pour la gouvernance des ressources minières (CGRM) "
            "suit les travaux depuis des années.",
            "Collectif pour la gouvernance des ressources minières (CGRM)",
        ),
    ],
)
def test_a_headlines_acting_body_is_the_issuer(text, expected):
    assert organisation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Acting in the headline, its name never spelt out nor given again: nothing says it is an organisation.
        "ABMA Reaffirms Support for Diamond Warranties\n\nThe members discussed the warranty scheme at length.",
        # The object of another's verb, or of a passive: what the headline is about.
        "Minister Slams ABMA Over Warranties\n\nThe scheme was drafted by the Antwerp Bourse Members Association "
        "(ABMA).",
        "ABMA Criticised by Minister\n\nThe scheme was drafted by the Antwerp Bourse Members Association (ABMA).",
        # A state acting: its government's voice, found by other means.
        "Botswana Welcomes Plenary Decision\n\nBotswana has followed the talks for years.",
    ],
)
def test_a_headline_names_no_issuer_when_its_body_is_not_known_to_act(text):
    assert "ABMA" not in organisation(text)
    assert organisation(text) != "Botswana Welcomes Plenary Decision"


def test_a_headlines_speaker_named_before_says():
    text = "Plenary a failure, Mines Watch Network says\n\nThe plenary ended on Friday without agreement."
    assert organisation(text) == "Mines Watch Network"


# --- A lead credited in brackets


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("(World Diamond Council) - Next month our members will gather in Antwerp for their meeting.", None),
        ("(Global Witness) — Diamonds from the eastern fields keep reaching the market, our research shows.", None),
        ("(Mines Watch Network) – Next month our members will gather in Harare.", "Mines Watch Network"),
    ],
)
def test_a_lead_credited_in_brackets_names_its_issuer(lead, expected):
    text = f" date 27 September 2019\n\n{lead}"
    assert organisation(text) == (expected or lead[1 : lead.index(")")])


@pytest.mark.parametrize(
    "lead",
    [
        "(Johannesburg) – Diamond exports rose by a fifth last year, the chamber's figures show.",
        "(Reuters) - Diamond exports rose by a fifth last year, the chamber's figures show.",
        "(MENAFN) – Diamond exports rose by a fifth last year, the chamber's figures show.",
    ],
)
def test_a_dateline_or_a_wire_in_brackets_is_no_issuer(lead):
    assert organisation(f"Exports rise\n\n{lead}") == ""


# --- An office's words in French


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("« Nous avons rempli les conditions », a déclaré le ministère des Mines lundi à Bamako.", None),
        ("« Nous avons rempli les conditions », a réagi le ministère des Mines sur son compte Facebook.", None),
        ("« Nous sommes satisfaits », a indiqué lundi à la presse le ministère des Mines.", None),
        ("« Nous sommes satisfaits », a déclaré le porte-parole du ministère des Mines, Jean Mbala.", None),
        ("Le pays a rempli les conditions, selon un communiqué du ministère des Mines publié lundi.", None),
        (
            "« Nous sommes satisfaits », a indiqué le ministère des Mines et de la Géologie.",
            "ministère des Mines et de la Géologie",
        ),
    ],
)
def test_an_offices_words_in_french_name_it(lead, expected):
    assert organisation(f"Adhésion au Processus\n\n{lead}") == (expected or "ministère des Mines")


def test_an_offices_words_in_french_come_with_its_state_when_the_opening_names_one():
    text = "Adhésion\n\nLe Mali a rempli les conditions, selon un communiqué du ministère des Mines publié lundi."
    assert organisation(text) == "ministère des Mines (Mali)"


@pytest.mark.parametrize(
    "lead",
    [
        "Le Réseau des ressources minières demande au ministère des Mines de publier les chiffres.",
        "« Nous sommes satisfaits », a déclaré le ministre des Mines.",
        "Le texte du ministère des Mines, publié lundi, reste flou sur les quotas.",
    ],
)
def test_an_office_only_mentioned_in_french_is_no_issuer(lead):
    assert not organisation(f"Adhésion\n\n{lead}").lower().startswith("ministère")


# --- A body acting in its capacity, or with others


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The European Commission, as current Chair of the Kimberley Process, is hosting the meeting.", None),
        ("As Chair of the Kimberley Process, the European Commission is hosting the meeting.", None),
        (
            "The Mines Watch Network, together with 12 partner organisations, today called on the KP to act.",
            "Mines Watch Network",
        ),
    ],
)
def test_a_body_acting_in_its_capacity_or_with_others_is_the_issuer(lead, expected):
    assert organisation(f"Plenary\n\n{lead}") == (expected or "European Commission")


@pytest.mark.parametrize(
    "lead",
    [
        "Jane Moyo, as head of the organisation, today called on the KP to act.",
        "Jane Moyo, together with 12 partner organisations, today called on the KP to act.",
    ],
)
def test_a_person_acting_in_an_office_or_with_others_is_no_organisation(lead):
    assert organisation(f"Plenary\n\n{lead}") != "Jane Moyo"


def test_several_acting_together_in_french_the_first_named_issues():
    lead = "Dans une déclaration conjointe, le Réseau des ressources minières et le Centre pour la gouvernance des "
    lead += "mines dénoncent l'échec de la plénière."
    assert organisation(f"Plénière\n\n{lead}") == "Réseau des ressources minières"


# --- Names as the press writes them


def test_a_name_in_quotation_marks_after_what_it_is():
    lead = "L'organisme international de développement « Initiative diamant et développement (DDI) » a clôturé "
    lead += "jeudi un atelier de deux jours."
    assert organisation(f"Atelier\n\n{lead}") == "Diamond Development Initiative"
    lead = "L'association « Justice et paix » a dénoncé lundi le commerce des diamants de sang."
    assert organisation(f"Diamants\n\n{lead}") == "Justice et paix"
    # In quotation marks without saying what it is: a phrase, not a name.
    lead = "Le « processus de réforme » a échoué selon les observateurs présents."
    assert organisation(f"Diamants\n\n{lead}") == ""


def test_a_ministrys_name_runs_on_over_and_the():
    lead = "According to the Ministry of Natural Resources and the Environment, the review team arrives today."
    assert organisation(f"Review\n\n{lead}") == "Ministry of Natural Resources and the Environment"


def test_an_acronym_names_the_body_whose_words_spell_it_not_the_clause_before():
    lead = "The Antwerp diamond industry, represented by the Antwerp World Diamond Centre (AWDC), is stepping up."
    assert organisation(f"Antwerp\n\n{lead}") == "Antwerp World Diamond Centre (AWDC)"
    lead = "Le Centre d'expertise, d'évaluation et de certification (CEEC) a salué la décision."
    assert organisation(f"Kinshasa\n\n{lead}") == "Centre d'expertise, d'évaluation et de certification (CEEC)"


@pytest.mark.parametrize(
    "line",
    [
        "The following statement was issued today by the Mines Watch Network:",
        "Le communiqué suivant a été publié aujourd'hui par le Mines Watch Network :",
    ],
)
def test_the_following_statement_issued_by(line):
    assert organisation(f"Plenary\n\n{line}\n\nThe plenary has failed the communities.") == "Mines Watch Network"


def test_the_process_chair_affirming_in_french_speaks_for_the_process():
    lead = "Ahmed Bin Sulayem, le président du Kimberley Process (KP), a affirmé que trois zones étaient conformes."
    assert organisation(f"RCA\n\n{lead}") == "Kimberley Process"


def test_a_headlines_ministry_is_named_in_full_as_the_body_names_it():
    text = (
        "Ministry of Mines hosts Kimberley Process Awareness Workshop\n\nThe Herald\n\n"
        "The Ministry of Mines and Mining Development is today hosting a Kimberley Process awareness workshop."
    )
    assert organisation(text, known=[]) == "Ministry of Mines and Mining Development"


def test_a_headlines_ministry_is_not_run_on_into_another_body():
    text = (
        "Ministry of Mines hosts Kimberley Process Awareness Workshop\n\nThe Herald\n\n"
        "The Ministry of Mines and Global Witness met today to discuss a Kimberley Process awareness workshop."
    )
    assert organisation(text, known=[]) == "Ministry of Mines"
    # Its portfolios may run on commas to their "and": "Ministry of Lands, Mines and Energy".
    listed = text.replace("Ministry of Mines hosts", "Ministry of Lands hosts").replace(
        "The Ministry of Mines and Global Witness met", "The Ministry of Lands, Mines and Energy met"
    )
    assert organisation(listed, known=[]) == "Ministry of Lands, Mines and Energy"


def test_an_acronym_inside_a_longer_name_leaves_the_name_whole():
    lead = (
        "Title\n\nJOHANNESBURG – The decision was a pure business deal, the Mines Watch (MW) Civil Society Network "
        "of Nongovernmental Organisations (NGOs) warned this week."
    )
    assert organisation(lead, known=["Mines Watch Civil Society Network"]) == "Mines Watch Civil Society Network"
    # An acronym that does not spell the words before it is no part of the name.
    other = lead.replace("(MW)", "(ZELA)")
    assert organisation(other, known=["Mines Watch Civil Society Network"]) != "Mines Watch Civil Society Network"
