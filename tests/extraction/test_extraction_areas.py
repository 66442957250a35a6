"""Reform areas a text mentions: keywords in English and French, their word forms and other senses, the keywords
editors ship, and the stance and excerpt for each area."""

import json
from pathlib import Path

import pytest

from statements.extraction import AreaRule
from statements.extraction.areas import match_areas

DATASET = Path(__file__).resolve().parents[2] / "data" / "kp_dataset.json"
SECRETARIAT = [AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"])]


@pytest.fixture(scope="module")
def shipped_rules():
    areas = json.loads(DATASET.read_text(encoding="utf-8"))["reform_areas"]
    return [AreaRule(area["slug"], area["keywords"]) for area in areas]


def _slugs(text, rules):
    return sorted(match.slug for match in match_areas(text, rules))


def _stance(text: str, rules=SECRETARIAT) -> str:
    (area,) = match_areas(text, rules)
    return area.stance


# --- Keywords: case, accents, hyphens, plurals, whole words and other word forms


def test_area_keywords_match_regardless_of_case_accents_hyphens_and_plurals():
    rules = [AreaRule("peer-review", ["peer review"]), AreaRule("multi-donor-fund", ["multi-donor fund"])]
    areas = match_areas("Two PEER-REVIEWS were held. The multi donor fund exists. Peer reviewers met.", rules)
    assert [area.slug for area in areas] == ["peer-review", "multi-donor-fund"]
    assert match_areas("Le secretariat permanent est en place.", SECRETARIAT)[0].slug == "permanent-secretariat"


def test_area_keywords_need_whole_words():
    assert match_areas("The telescope and the microscope were used.", [AreaRule("scope", ["scope"])]) == []


def test_area_keywords_allow_a_word_between_and_joined_hyphens():
    rules = [AreaRule("multi-donor-fund", ["multi-donor fund"])]
    assert [a.slug for a in match_areas("They set up a Multi-Donor Trust Fund.", rules)] == ["multi-donor-fund"]
    assert [a.slug for a in match_areas("A multidonor fund was agreed.", rules)] == ["multi-donor-fund"]


def test_an_acronym_counts_only_where_the_name_is_spelled_out_too():
    rules = [AreaRule("administrative-support", ["administrative support mechanism", "asm"])]
    assert match_areas("ASM communities in Sierra Leone mine alluvial diamonds.", rules) == []
    spelled = "The Administrative Support Mechanism (ASM) ends. The ASM handed over."
    assert [a.slug for a in match_areas(spelled, rules)] == ["administrative-support"]


def test_each_word_of_a_keyword_may_take_its_other_forms():
    controls = [AreaRule("internal-controls", ["internal controls", "non-compliance", "comply with"])]
    review = [AreaRule("peer-review", ["mission de revue", "peer review"])]

    assert _slugs("Its internal control system is weak.", controls) == ["internal-controls"]
    assert _slugs("Zimbabwe was declared non-compliant.", controls) == ["internal-controls"]
    assert _slugs("Venezuela never complied with the rules.", controls) == ["internal-controls"]
    assert _slugs("Les recommandations de deux missions de revue du PK.", review) == ["peer-review"]
    assert _slugs("Its system was peer reviewed in 2019.", review) == ["peer-review"]


def test_the_process_in_a_keyword_goes_by_any_of_its_names():
    governance = [AreaRule("governance", ["kp governance", "gouvernance du processus de kimberley"])]
    assert _slugs("The chair proposed reforms to the KP's governance.", governance) == ["governance"]
    assert _slugs("The Kimberley Process governance is weak.", governance) == ["governance"]
    assert _slugs("La gouvernance du PK doit changer.", governance) == ["governance"]
    assert _slugs("The KPCS governance must change.", governance) == ["governance"]
    assert _slugs("The KP process governance is weak.", [AreaRule("governance", ["governance of the kp"])]) == []


# --- Reforms named by what they do, and keywords in another sense


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


def test_a_keyword_in_a_working_groups_name_lists_the_body_not_the_reform():
    rules = [AreaRule("internal-controls", ["statistics"])]
    assert _slugs("The Working Group on Statistics (WGS) and the Working Group on Monitoring met.", rules) == []
    assert _slugs("The Working Groups on Diamond Experts, on Monitoring, on Statistics met.", rules) == []
    assert _slugs("Participants must publish their statistics every year.", rules) == ["internal-controls"]


# --- The keywords editors ship (data/kp_dataset.json)


def test_russia_as_host_or_chair_is_not_the_war_in_ukraine(shipped_rules):
    text = "The KP Chair visited the Ministry of Finance of the Russian Federation in Moscow."
    assert _slugs(text, shipped_rules) == []
    assert _slugs("La présidence russe a accueilli la réunion.", shipped_rules) == []


def test_aggression_of_one_participant_against_another_is_the_war(shipped_rules):
    text = "The plenary cannot discuss the ongoing aggression of one KP member against another."
    assert _slugs(text, shipped_rules) == ["russia-ukraine"]
    assert _slugs("Le PK ne peut évoquer l'agression d'un participant contre un autre.", shipped_rules) == [
        "russia-ukraine"
    ]


def test_conflict_diamonds_in_french_are_not_their_definition(shipped_rules):
    text = "Le processus de Kimberley a pour objectif de résoudre le problème des diamants de la guerre."
    assert _slugs(text, shipped_rules) == []


def test_french_review_missions_and_reform_review(shipped_rules):
    assert _slugs("Une date pour une mission d'examen a été confirmée pour septembre.", shipped_rules) == [
        "peer-review"
    ]
    assert _slugs("Le calendrier d’examen et de réforme a été débattu.", shipped_rules) == ["review-process"]
    assert _slugs("Grâce au renforcement des mesures de contrôle internes.", shipped_rules) == ["internal-controls"]


def test_administrative_support_and_statistical_data(shipped_rules):
    text = "The Plenary endorsed the need for professional administrative support."
    assert _slugs(text, shipped_rules) == ["administrative-support"]
    assert _slugs("Venezuela must submit its annual reports and other statistical data.", shipped_rules) == [
        "internal-controls"
    ]


# --- The shipped keywords read through spelling, French forms, acronyms, lists and what a sentence says


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donors pledged to the multidonor fund.", ["multi-donor-fund"]),
        ("Donors pledged to the multi donor fund.", ["multi-donor-fund"]),
        ("Two Multi‑Donor Funds were proposed.", ["multi-donor-fund"]),
        ("The Multi-Donor Fund (MDF) paid for two visits. The MDF is nearly empty.", ["multi-donor-fund"]),
        ("Le fonds multidonateur du Processus de Kimberley.", ["multi-donor-fund"]),
        ("Le fonds multi donateurs a financé la participation.", ["multi-donor-fund"]),
        ("Les secrétariats permanents ont été discutés.", ["permanent-secretariat"]),
        ("Le Secretariat permanent sera à Gaborone.", ["permanent-secretariat"]),
        ("L’examen par les pairs est essentiel.", ["peer-review"]),
        ("Les missions d'examen se poursuivent.", ["peer-review"]),
        ("Les examens par les pairs ont eu lieu.", ["peer-review"]),
        # The editors' words in their other French wordings.
        ("L'évaluation par les pairs du Cameroun est prévue.", ["peer-review"]),
        ("La revue par les pairs et les visites de revue se poursuivent.", ["peer-review"]),
        ("Les donateurs alimentent un fonds multi-bailleurs.", ["multi-donor-fund"]),
        ("Le cycle d'examen s'achève en 2026.", ["review-process"]),
        ("Le sourcing responsable des diamants progresse.", ["responsible-sourcing"]),
        ("La règle du consensus bloque toute décision.", ["governance"]),
        ("Les délégués ukrainiens ont quitté la salle.", ["russia-ukraine"]),
        ("A peer-review visit to Angola took place.", ["peer-review"]),
        ("Review visits to Ghana were completed.", ["peer-review"]),
        ("The Administrative Support Mechanism (ASM) ends this year. The ASM did well.", ["administrative-support"]),
        ("Le mécanisme de soutien administratif prend fin.", ["administrative-support"]),
        ("The ad-hoc committee on review and reform met.", ["review-process"]),
        ("The conflict-diamond definition must be broadened.", ["scope"]),
        ("La définition des diamants de la guerre doit être élargie.", ["scope"]),
        ("NGOs are demanding the redefinition of conflict diamonds.", ["scope"]),
        ("Members should provide a broadened mandate to the KP.", ["scope"]),
        ("The broadening of the KP's mandate to cover human rights remains blocked.", ["scope"]),
        ("La coalition veut élargir le mandat du Processus de Kimberley.", ["scope"]),
        ("The mandate of the chair ends in December.", []),
        # Only the Process's own mandate or charter widened: not a committee's, a monitor's, a broad one.
        ("The plenary extended the mandate of the ad hoc committee by a year.", []),
        ("Le mandat de l'expert indépendant a été élargi à la Guinée.", []),
        ("The monitor has a broad mandate to inspect the fields.", []),
        ("The Kimberley Process's mandate should be widened to cover abuses.", ["scope"]),
        # Another body's secretariat, compliance of another kind, the scheme described: no reform.
        ("The association will have an Executive Secretariat in Luanda.", []),
        ("The KP should look beyond the important issues of human rights compliance.", []),
        ("The KPCS sets minimum requirements for countries that want to join.", []),
        ("The KP must redefine conflict diamonds.", ["scope"]),
        ("Les ONG veulent redéfinir les diamants de conflit.", ["scope"]),
        ("Strong internal-control systems are needed.", ["internal-controls"]),
        ("Responsible-sourcing standards are growing.", ["responsible-sourcing"]),
        ("La gouvernance du Processus de Kimberley doit changer.", ["governance"]),
        ("Les diamants russes financent la guerre en Ukraine.", ["russia-ukraine"]),
        # Reforms read from what a sentence says: meeting or breaching the KP's requirements is compliance;
        # requirements of another body, or for joining the KP, are not.
        ("Ghana is not meeting the requirements of the Kimberley Process.", ["internal-controls"]),
        ("Zimbabwe was found in violation of KPCS standards.", ["internal-controls"]),
        ("The country must meet all Kimberley Process requirements by March.", ["internal-controls"]),
        ("Ils ne remplissent pas les exigences du processus de Kimberley.", ["internal-controls"]),
        ("Le gouvernement veut se conformer aux exigences minimales du PK.", ["internal-controls"]),
        ("The jeweller meets the standards of the Responsible Jewellery Council.", []),
        ("Gabon is fulfilling KP requirements to become a participant.", []),
        ("The minister met the requirements officer in Bangui.", []),
        # A participant suspended from the KP is compliance; a suspension, sanction or embargo lifted is news of a
        # country's trade resuming, and a government's sanctions on a country are not the KP's.
        ("Venezuela, which is suspended from the Kimberley Process, must report.", ["internal-controls"]),
        ("The KP lifted the embargo on rough diamond exports from the country.", []),
        ("Le pays attend la levée de l’embargo sur ses diamants.", []),
        ("Après la levée de la sanction du Processus de Kimberley, le commerce reprendra.", []),
        ("The lifting of sanctions on Zimbabwe was debated in Brussels.", []),
        # A KP mission to a country, in French, is a review visit.
        ("Une mission du Processus de Kimberley visitera prochainement le pays.", ["peer-review"]),
        ("La mission d’évaluation est prévue du 9 au 15 septembre.", ["peer-review"]),
        ("Les conclusions de la mission de vérification sont claires.", ["peer-review"]),
        ("The verification mission reported to the chair.", ["peer-review"]),
        ("Des experts du processus de Kimberley ont achevé vendredi une mission au Kasaï.", ["peer-review"]),
        ("Il a reçu les experts internationaux du Processus de Kimberley en visite dans le pays.", ["peer-review"]),
        ("Des experts du processus de Kimberley ont publié un rapport sur le commerce.", []),
        ("Le ministère prépare la visite des experts du processus de Kimberley.", ["peer-review"]),
    ],
)
def test_shipped_keywords_read_their_spellings_french_forms_and_sentences(shipped_rules, text, expected):
    assert _slugs(text, shipped_rules) == expected


def test_several_reforms_listed_in_one_sentence_are_each_found(shipped_rules):
    expected = ["multi-donor-fund", "peer-review", "permanent-secretariat"]
    assert _slugs("We call for a permanent secretariat, a multi-donor fund and peer review.", shipped_rules) == expected
    french = "Nous demandons un secrétariat permanent, un fonds multidonateurs et l'examen par les pairs."
    assert _slugs(french, shipped_rules) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN Secretariat published the note.",
        "The AU Secretariat hosted the ministers in Addis Ababa.",
        "The EITI secretariat in Oslo replied.",
        "Le Secrétariat général des Nations unies a publié la note.",
        "The Commonwealth Secretariat held a workshop.",
        "The scope of this report is limited to 2019.",
        "This falls outside the scope of this paper.",
        "The definition of artisanal mining varies by country.",
        "By definition, a diamond is carbon.",
        "Statistics show that Botswana produced 24 million carats.",
        "According to official statistics, exports rose.",
        "Russia, Botswana and Canada are the largest producers.",
        "La Russie, le Botswana et le Canada sont les premiers producteurs.",
        "The company has strong corporate governance.",
        "Good governance of natural resources matters.",
        "Artisanal and small-scale mining (ASM) communities are poor.",
        # Compliance or statistics as one topic of a list, French statistics quoted.
        "The week will address governance, monitoring and compliance issues.",
        "Les débats ont porté sur la surveillance, le commerce et les statistiques, puis sur l'exploitation alluviale.",
        "Selon les statistiques officielles, les exportations ont augmenté.",
    ],
)
def test_a_shipped_keyword_in_a_passing_sense_is_no_reform(shipped_rules, text):
    assert _slugs(text, shipped_rules) == []


def test_a_secretariat_after_an_acronym_is_the_reform_where_the_sentence_names_the_kp(shipped_rules):
    # The KP's own offices go by acronyms too; another body's secretariat is one in a sentence without the KP.
    assert _slugs("The ASM Secretariat of the Kimberley Process moves to Gaborone.", shipped_rules) == [
        "permanent-secretariat"
    ]
    assert _slugs("The PSKP secretariat will serve all KP participants.", shipped_rules) == ["permanent-secretariat"]
    assert _slugs("The ADPA Secretariat met in Luanda.", shipped_rules) == []


def test_a_secretariat_in_capitals_or_named_by_the_kp_is_still_the_reform(shipped_rules):
    assert _slugs("KP TO OPEN SECRETARIAT IN GABORONE", shipped_rules) == ["permanent-secretariat"]
    assert _slugs("The KPCS Secretariat opened in Gaborone.", shipped_rules) == ["permanent-secretariat"]
    assert _slugs("The definition of a conflict diamond is narrow.", shipped_rules) == ["scope"]


def test_russia_and_a_war_in_one_sentence_is_the_russia_ukraine_question(shipped_rules):
    assert _slugs("Russia uses diamond revenues to finance its war.", shipped_rules) == ["russia-ukraine"]
    assert _slugs("La Russie utilise les revenus des diamants pour financer des guerres.", shipped_rules) == [
        "russia-ukraine"
    ]
    assert _slugs("Sanctions on Russian rough were discussed.", shipped_rules) == ["russia-ukraine"]
    assert _slugs("Russia hosted the plenary. The war in Sierra Leone ended in 2002.", shipped_rules) == []


# --- Stance and excerpt


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


def test_calling_for_a_reform_is_not_good_news_in_english_or_french():
    rules = [AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"])]
    english = match_areas("The Coalition calls on the KP to set up a permanent secretariat.", rules)
    french = match_areas("La coalition exhorte le PK à créer un secrétariat permanent.", rules)
    assert english[0].stance == french[0].stance == "negative"


def test_area_excerpt_of_a_long_sentence_is_cut_around_the_keyword():
    sentence = "Word " * 150 + "the permanent secretariat " + "more " * 150
    (area,) = match_areas(sentence, SECRETARIAT)
    assert len(area.excerpt) <= 400
    assert "permanent secretariat" in area.excerpt
    assert area.excerpt.startswith("…") and area.excerpt.endswith("…")


@pytest.mark.parametrize(
    "text",
    [
        "Delegates met to discuss the KP standards.",
        "The intersessional meeting discussed the KP's new standards.",
        "The meeting adopted new standards of the Kimberley Process.",
    ],
)
def test_a_meeting_about_the_kp_standards_is_no_participant_meeting_them(text, shipped_rules):
    assert "internal-controls" not in _slugs(text, shipped_rules)
    assert "internal-controls" in _slugs("Ghana has met the minimum requirements of the KPCS.", shipped_rules)


# --- Internal controls: what a call for controls says, and what compliance words also name


@pytest.mark.parametrize(
    "text",
    [
        "Ghana agreed to tighten controls over its diamond exports.",
        "Weak government controls let conflict diamonds into the trade.",
        "Il faut mieux contrôler les exploitants artisanaux de diamants.",
        "Il veut assurer la traçabilité en renforçant le contrôle des bureaux d'achat.",
        "Zimbabwe should be suspended from the group.",
        "L'adhésion du Congo avait été suspendue le 9 juillet.",
        "La Centrafrique a été suspendue temporairement du processus de Kimberley.",
        "Les exigences minimales du processus de Kimberley ne sont pas respectées.",
        "The auditors check records in compliance with the Kimberley Process Certification Scheme and its warranties.",
    ],
)
def test_controls_to_strengthen_and_a_participant_suspended_are_internal_controls(shipped_rules, text):
    assert _slugs(text, shipped_rules) == ["internal-controls"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized control of the mining areas.",
        "Les pourparlers ont été suspendus du processus de paix.",
        # Requirements exceeded, the scheme's ordinary implementation, requirements for joining.
        "Some jewellers went beyond the minimum industry standards.",
        "Participants may apply best practice over and above the minimum requirements of the KP.",
        "The meeting focused on the implementation of the KP minimum standards in the eastern fields.",
        "The centre of attention was the KP minimum standards implementation in the eastern fields.",
        "Le groupe de travail a discuté de la mise en œuvre des exigences minimales du processus de Kimberley.",
        "Ten applicant states are putting in place the arrangements to meet the requirements of the KPCS.",
        # The industry's own rules.
        "Retailers must comply with the self-regulation and promote compliance by their suppliers.",
        "Industry bodies must agree on a common standard for verifying compliance.",
        # An embargo the United Nations imposed, wherever the document says so.
        "Le pays attend la levée de l'embargo imposé par le Conseil de sécurité de l'ONU.",
        "L'embargo onusien pèse sur le pays. La levée de l'embargo est attendue.",
        "The UN Security Council voted to lift the embargo on Ivorian diamonds.",
        # "Statistics" as one item of a list of bodies or topics.
        "The working groups on monitoring, diamond experts, statistics, and artisanal production met.",
        "Talks covered monitoring, technical matters and statistics, and alluvial mining.",
    ],
)
def test_compliance_words_in_another_sense_are_not_internal_controls(shipped_rules, text):
    assert "internal-controls" not in _slugs(text, shipped_rules)


def test_published_statistics_still_count(shipped_rules):
    assert _slugs("Participants must publish their statistics, and on time.", shipped_rules) == ["internal-controls"]
    assert _slugs("Les participants doivent publier leurs statistiques.", shipped_rules) == ["internal-controls"]
    assert _slugs("Compliance and statistics are the two questions before the plenary.", shipped_rules) == [
        "internal-controls"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banks stepped up sanctions compliance on diamond traders.", []),
        ("The firm hired a compliance officer in Antwerp.", []),
        ("Traders must ensure compliance with the G7 sanctions on Russian diamonds.", ["russia-ukraine"]),
        ("Angola is in full compliance with the Kimberley Process.", ["internal-controls"]),
        # The OECD's conflict-affected and high-risk areas are defined for due diligence, not as conflict diamonds.
        ("Refiners use the OECD definition of conflict-affected and high-risk areas.", []),
        ("La définition des zones de conflit ou à haut risque vient de l'OCDE.", []),
        ("The definition of conflict diamonds must change.", ["scope"]),
    ],
)
def test_compliance_and_definitions_of_another_kind(shipped_rules, text, expected):
    assert _slugs(text, shipped_rules) == expected


# --- Peer review: a KP team visiting, a country's certification system reviewed, monitoring of all participants


@pytest.mark.parametrize(
    "text",
    [
        "A KP team will visit Venezuela next month.",
        "Venezuela agreed to an inspection visit by the Kimberley Process.",
        "Venezuela refused to allow teams from KP member countries to inspect its industry.",
        "The Kimberley Process sent a team to visit the mining areas.",
        "International fact-finding missions by the Kimberley Process found abuses.",
        "The NGO carried out an independent review of the Sierra Leone certification process.",
        "Countries committed to open their certification systems to review.",
        "Des experts procéderont à l'évaluation du processus camerounais de certification.",
        "There is no system for regular, independent monitoring of all participants.",
        "Industry will work for a credible and effective monitoring system.",
        "Le PK pourrait envoyer une équipe de contrôle dans le pays.",
        "Une délégation namibienne séjourne à Brazzaville pour une revue.",
        "Une mission du Processus de Kimberly visitera le pays.",
    ],
)
def test_review_visits_and_reviews_of_a_countrys_system_are_peer_review(shipped_rules, text):
    assert _slugs(text, shipped_rules) == ["peer-review"]


@pytest.mark.parametrize(
    "text",
    [
        "The NGO carried out a fact-finding mission to the mines.",
        "Canada calls for a credible monitoring arrangement at the two mines.",
        "The CAR Monitoring Team met in Dubai.",
        "The KP monitor visited the fields in March.",
    ],
)
def test_a_mission_without_the_kp_or_one_mines_monitor_is_not_peer_review(shipped_rules, text):
    assert _slugs(text, shipped_rules) == []


def test_a_review_of_the_scheme_itself_stays_the_review_process(shipped_rules):
    assert _slugs("A review of the Kimberley Process certification scheme is due in 2006.", shipped_rules) == [
        "review-process"
    ]


# --- A country's own "secrétariat permanent", and other reforms under other names


@pytest.mark.parametrize(
    "text",
    [
        "Une délégation du secrétariat permanent du Processus de Kimberley de la République centrafricaine est là.",
        "Le gouvernement ivoirien a salué le travail mené par le secrétariat permanent du processus de Kimberley.",
        "Les efforts du gouvernement ivoirien sont réels. Il a cité le Secrétariat permanent du Processus de "
        "Kimberley, organe de coordination.",
        "Deux décrets prévoient la création du Secrétariat national permanent du Processus de Kimberley.",
        "L'annonce est du Secrétariat permanent du comité local de suivi.",
        "Les délégués ivoiriens ont rencontré le secrétariat permanent du processus de Kimberley.",
    ],
)
def test_a_countrys_own_permanent_secretariat_is_not_the_reform(shipped_rules, text):
    assert _slugs(text, shipped_rules) == []


def test_the_kps_permanent_secretariat_in_french_is_still_the_reform(shipped_rules):
    assert _slugs("La plénière a approuvé la création d'un secrétariat permanent.", shipped_rules) == [
        "permanent-secretariat"
    ]
    assert _slugs(
        "Le ministre ivoirien salue la création du secrétariat permanent du PK à Gaborone.", shipped_rules
    ) == ["permanent-secretariat"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Administration Support Mechanism (ASM) was renewed.", ["administrative-support"]),
        ("The chair proposed an office for administration and support.", ["administrative-support"]),
        ("The very limited capacity of the present ASM slowed the work.", ["administrative-support"]),
        ("The current ASM sector employs thousands of diggers.", []),
        ("The reform and review proposals will be considered in November.", ["review-process"]),
        ("This year is a reform year for the Kimberley Process.", ["review-process"]),
        ("Le PK s'est penché sur des projets d'agenda de réformes.", ["review-process"]),
        ("Cela inclut la création d'un fonds de donateurs pour soutenir la participation.", ["multi-donor-fund"]),
        ("The KP now covers responsible supply chains and business conduct.", ["responsible-sourcing"]),
        ("IDMA supports reform of the KPCS voting mechanism.", ["governance"]),
        ("Delegates met amid calls to expand its charter to better address human rights abuses.", ["scope"]),
        ("The proposals include the inclusion of human rights in the KPCS.", ["scope"]),
        ("Respect for human rights is a priority of the company.", []),
        # A chair handed over, Russia's trade named: no reform.
        ("Botswana took over the rotating chairmanship from Namibia.", []),
        ("Under the UAE's rotating chairmanship the plenary met in Dubai.", []),
        ("During its rotating chairmanship, Zimbabwe hosted two meetings.", []),
        ("The KP has a rotating annual chairmanship, with the UAE accepted for 2016.", ["governance"]),
        ("The chairmanship rotates every year, so problems move on.", ["governance"]),
        ("India and the UAE are trading partners for the Russian diamond industry.", []),
    ],
)
def test_reforms_under_other_names_and_their_words_in_passing(shipped_rules, text, expected):
    assert _slugs(text, shipped_rules) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Controls called weak after them, or to be restored; requirements flouted; a « zone conforme »; the figures
        # a participant publishes.
        ("Internal checks at the border are still weak, and export controls remain lax.", ["internal-controls"]),
        ("« À l'aéroport, les contrôles y sont encore insuffisants », dit l'expert.", ["internal-controls"]),
        ("Le ministre veut réinstaurer des procédures de contrôle de la certification.", ["internal-controls"]),
        ("Guyana will not condone the flouting of the requirements of the Kimberley Process.", ["internal-controls"]),
        ("L'équipe a déclaré « zones conformes » trois sous-préfectures.", ["internal-controls"]),
        ("More transparency is needed on diamond production and exports.", ["internal-controls"]),
        ("Le rapport demande plus de transparence sur les exportations de diamants bruts.", ["internal-controls"]),
        # Control of another kind, transparency of another field, requirements of other rules, « conforme » alone.
        ("L'armée a rétabli son contrôle sur les zones minières.", []),
        ("The rebels' control of the mines remains weak.", []),
        ("Transparency on mining revenues is the EITI's work.", []),
        ("Some traders flout the tax rules.", []),
        ("Le certificat est conforme au modèle.", []),
        # The scheme's stock description of itself.
        (
            "Participants can only legally trade with other participants who have met the minimum requirements of "
            "the scheme.",
            [],
        ),
        ("Les participants ne peuvent commercer qu'avec des pays qui respectent les exigences minimales du PK.", []),
        ("Venezuela has not met the minimum requirements of the scheme.", ["internal-controls"]),
    ],
)
def test_internal_controls_said_weak_flouted_or_published_and_the_schemes_stock_description(
    shipped_rules, text, expected
):
    assert _slugs(text, shipped_rules) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Angola assume la présidence du comité de révision et de réforme du PK.", ["review-process"]),
        ("L'UE s'engage dans le processus de révision et de réforme.", ["review-process"]),
        # Another body's reform: its organs named by its acronym, and the KP not named in the sentence.
        ("The reform process led to amendments of the Statute and the Executive Secretariat of ADPA.", []),
        ("The reform process of the KP was discussed at the meeting of ADPA.", ["review-process"]),
        ("The reform proposals of the UAE opened the reform cycle.", ["review-process"]),
    ],
)
def test_review_and_reform_in_french_and_another_bodys_reform(shipped_rules, text, expected):
    assert _slugs(text, shipped_rules) == expected


# --- Who chairs the Process, the chair's office, conflict diamonds by label, exports under supervision


def test_a_contested_bid_for_the_chair_is_governance(shipped_rules):
    assert _slugs("Canada wants to withdraw its bid to become the next chair of the KP.", shipped_rules) == [
        "governance"
    ]
    assert _slugs("Moscow is pushing its ally to become chair of the KP.", shipped_rules) == ["governance"]
    assert _slugs("Le Gabon a retiré sa candidature à la vice-présidence du PK.", shipped_rules) == ["governance"]
    assert _slugs("It is still unclear who will take over as the scheme's head next year.", shipped_rules) == [
        "governance"
    ]
    assert _slugs("We don't know which country will be taking over the chairmanship.", shipped_rules) == ["governance"]


def test_a_bid_supported_or_a_chair_elected_or_an_objective_as_chair_is_not_governance(shipped_rules):
    assert _slugs("The council declared its support for Mali's bid to become KP vice chair.", shipped_rules) == []
    assert _slugs("Togo was officially confirmed as the vice chair.", shipped_rules) == []
    assert _slugs("Our primary objective as chair will be to promote full implementation.", shipped_rules) == []
    assert _slugs("Few can tell who will win; the chair of the session spoke.", shipped_rules) == []


def test_a_secretariat_led_by_the_chair_is_the_chairs_office(shipped_rules):
    assert _slugs("The delegation met the KPCS Secretariat, led by the KPCS Chairman.", shipped_rules) == []
    assert _slugs("Mali prepares for hosting the chairmanship and secretariat next year.", shipped_rules) == []
    assert _slugs("The KP Secretariat, led by its Executive Secretary, opened.", shipped_rules) == [
        "permanent-secretariat"
    ]
    assert _slugs("The permanent secretariat will support the chairmanship and secretariat.", shipped_rules) == [
        "permanent-secretariat"
    ]


def test_diamonds_labelled_conflict_diamonds_or_a_rebels_only_definition_is_scope(shipped_rules):
    assert _slugs("Some members called for these gems to be labelled 'conflict diamonds'.", shipped_rules) == ["scope"]
    assert _slugs("Gems branded as blood diamonds would be barred.", shipped_rules) == ["scope"]
    assert _slugs("Ces pierres devraient être qualifiées de diamants de la guerre.", shipped_rules) == ["scope"]
    assert _slugs("The rule covers only stones mined by rebel groups.", shipped_rules) == ["scope"]
    assert _slugs("Conflict diamonds are stones sold by rebel movements to fund wars.", shipped_rules) == []
    assert _slugs("The trade in conflict diamonds fell sharply.", shipped_rules) == []


def test_conflict_diamonds_in_french_are_not_the_war(shipped_rules):
    text = "La présidence russe veut mettre à jour la définition des diamants de guerre du PK."
    assert _slugs(text, shipped_rules) == ["scope"]
    assert "russia-ukraine" in _slugs("La Russie mène une guerre contre ses voisins.", shipped_rules)


def test_exports_under_supervision_and_minimum_conditions_are_internal_controls(shipped_rules):
    assert _slugs("A deal allowed exports with light supervision.", shipped_rules) == ["internal-controls"]
    assert _slugs("They want to sell their stones without Kimberley oversight.", shipped_rules) == ["internal-controls"]
    assert _slugs("Canada calls for supervised exports from two mines.", shipped_rules) == ["internal-controls"]
    assert _slugs("Le Canada appelle à la supervision des exportations.", shipped_rules) == ["internal-controls"]
    assert _slugs("The monitor said the country had met the minimum conditions.", shipped_rules) == [
        "internal-controls"
    ]
    assert _slugs("The KP aims to increase transparency and oversight in the industry.", shipped_rules) == []
    assert _slugs("He heads the General Administration of Quality Supervision.", shipped_rules) == []


def test_compliance_with_business_or_social_standards_is_not_the_kps(shipped_rules):
    text = "They cannot succeed without complying with all business and social responsibility standards."
    assert _slugs(text, shipped_rules) == []
    assert _slugs("Firms must comply with the OECD guidance.", shipped_rules) == []
    assert _slugs("Ghana must comply with the KP minimum standards.", shipped_rules) == ["internal-controls"]


def test_a_kp_monitoring_mission_is_a_review_visit(shipped_rules):
    assert _slugs("She was part of the original KP monitoring mission to the country.", shipped_rules) == [
        "peer-review"
    ]
    assert _slugs("The KP Monitoring Team met the focal point.", shipped_rules) == []


# Reform areas read from other wordings: French adjectives after "contrôles", a threatened suspension, a KP
# inspection team, the notion of conflict diamonds, a national KP office, Russia's compliance questioned, the
# French idiom for requirements met; each with an excerpt that must not match.
@pytest.mark.parametrize(
    ("text", "slug", "found"),
    [
        ("Ces contrôles accrus ont permis de saisir un colis suspect.", "internal-controls", True),
        ("Des contrôles insuffisants laissent passer la fraude.", "internal-controls", True),
        ("Les contrôles routiers ont repris à la frontière.", "internal-controls", False),
        (
            "If the inspectors are not satisfied, the country may face suspension from the process.",
            "internal-controls",
            True,
        ),
        ("Le pays risque une suspension par le processus.", "internal-controls", True),
        ("The suspension of the talks was announced on Monday.", "internal-controls", False),
        ("When the [Kimberley Process inspection] team comes, all will be ready.", "peer-review", True),
        ("A KP inspection mission is expected next month.", "peer-review", True),
        ("The customs inspection team seized two parcels.", "peer-review", False),
        ("Une proposition vise à élargir la notion de diamant de conflit.", "scope", True),
        ("The concept of conflict diamond should change.", "scope", True),
        ("The notion of fairness guided the talks.", "scope", False),
        (
            "The Kimberley Process Office situated in the Ministry of Mines issues certificates.",
            "permanent-secretariat",
            False,
        ),
        ("Reforms should include a KP office to support the chair.", "permanent-secretariat", True),
        ("Attempts to question Russia's full compliance with the KPCS are unfounded.", "russia-ukraine", True),
        ("Botswana's full compliance with the KPCS was confirmed.", "russia-ukraine", False),
        ("Le pays a fait patte blanche face aux exigences du processus de Kimberley.", "internal-controls", True),
        ("Le chat a montré patte blanche devant la porte.", "internal-controls", False),
    ],
)
def test_areas_read_from_other_wordings(shipped_rules, text, slug, found):
    assert (slug in _slugs(text, shipped_rules)) is found


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear who will take over the mines after the merger.",
        "Nicky Oppenheimer retired as chairman of De Beers in 2012.",
        "The senator pushed for the law as chairman of the committee.",
        "The EU election monitoring mission said the vote was flawed.",
        "Workers demanded the minimum conditions of employment at the mine.",
        "The aim is not just to sanction rebel groups but to end the war.",
    ],
)
def test_ordinary_sentences_near_a_reforms_words_name_no_reform(text, shipped_rules):
    assert _slugs(text, shipped_rules) == []


def test_a_sentence_that_never_ends_still_names_its_reform(shipped_rules):
    # Background words are looked for just before a match, not from the start of a sentence that never ends.
    text = "controls at the border are weak and only the rebel groups trade, " * 2000
    assert "internal-controls" in _slugs(text, shipped_rules)


# --- A reform's word naming something else: a body by its topic, compliance of another kind or monitored, a
# compound adjective, a law's definition of a rough diamond, the French « mission » as a purpose (invented excerpts)


@pytest.mark.parametrize(
    ("text", "slug", "found"),
    [
        # A working group's topic with its article, or the chair of the group named by its topic.
        ("Les rapports du groupe de travail sur la statistique ont été présentés.", "internal-controls", False),
        ("Le groupe de travail sur les statistiques s'est réuni.", "internal-controls", False),
        ("The Working Group on the Statistics met in the morning.", "internal-controls", False),
        ("The plenary chose Ruritania to be the vice chair of statistics too.", "internal-controls", False),
        ("Le pays doit publier la statistique de sa production.", "internal-controls", True),
        # Not a gap of other words before the article: the dialogue on the definition is still the reform.
        (
            "The working group on monitoring renewed its commitment to the dialogue on the definition of conflict "
            "diamonds.",
            "scope",
            True,
        ),
        # Compliance of another kind, or compliance as what someone monitors.
        ("The aim is to make the KP more digitally compliant in the modern world.", "internal-controls", False),
        ("Environmental compliance at the mine was reviewed.", "internal-controls", False),
        ("He said industry monitoring of Kimberley compliance is fine for now.", "internal-controls", False),
        ("The group is responsible for monitoring compliance with KPCS requirements.", "internal-controls", False),
        ("Ruritania is not in compliance with the KPCS.", "internal-controls", True),
        ("A review mission will verify compliance in three months.", "internal-controls", True),
        # A compound adjective, a law's definition of a rough diamond.
        ("He heads such a broad-scope and complex international process.", "scope", False),
        ("The scope of the KP must be widened.", "scope", True),
        ("The minister may exclude some classes from the definition of “rough diamond”.", "scope", False),
        ("La loi précise la définition du diamant brut.", "scope", False),
        ("The definition of conflict diamonds must change.", "scope", True),
        # « La mission du PK » widened is its purpose, not a team sent.
        ("Les travaux visent à élargir la mission du processus de Kimberley.", "scope", True),
        ("Les travaux visent à élargir la mission du processus de Kimberley.", "peer-review", False),
        ("La mission du processus de Kimberley a visité les sites miniers.", "peer-review", True),
    ],
)
def test_a_reforms_word_naming_something_else(shipped_rules, text, slug, found):
    assert (slug in _slugs(text, shipped_rules)) is found
