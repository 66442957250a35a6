"""Reform areas named in wordings beyond the editors' keywords, and keywords in a passing or another body's sense, read
with the keywords editors ship (data/kp_dataset.json)."""

import json
from pathlib import Path

import pytest

from statements.extraction import AreaRule
from statements.extraction.areas import match_areas

_DATASET = json.loads((Path(__file__).resolve().parents[2] / "data" / "kp_dataset.json").read_text("utf-8"))
RULES = [AreaRule(area["slug"], area["keywords"]) for area in _DATASET["reform_areas"]]


def _slugs(text):
    return sorted(match.slug for match in match_areas(text, RULES))


# --- Wordings an unseen statement may use, in English and French


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants agreed to widen the definition of conflict diamonds.", ["scope"]),
        ("La coalition plaide pour l'élargissement de la définition des diamants de la guerre.", ["scope"]),
        ("Botswana will host a permanent secretariat in Gaborone.", ["permanent-secretariat"]),
        ("Peer-review visits to Angola and Togo took place this year.", ["peer-review"]),
        ("Review visits resumed after the pandemic.", ["peer-review"]),
        ("La revue par les pairs doit être renforcée.", ["peer-review"]),
        ("Le mécanisme de soutien administratif prendra fin en 2024.", ["administrative-support"]),
    ],
)
def test_common_wordings_of_the_reforms(text, expected):
    assert _slugs(text) == expected


def test_the_asm_by_who_hosts_it_is_the_administrative_support_mechanism():
    assert _slugs("The ASM hosted by the WDC has served the Process well.") == ["administrative-support"]
    assert _slugs("L'ASM, hébergé par le CMD, a bien servi le Processus.") == ["administrative-support"]
    assert _slugs("ASM communities hosted the visiting delegation.") == []


# --- The review and reform process: the Process itself to be reformed


@pytest.mark.parametrize(
    "text",
    [
        "We are working with our partners to reform the Kimberley Process.",
        "The coalition called for reforms to the KP Certification Scheme.",
        "It is time to reform and strengthen our process.",
        "The Kimberley Process now needs urgent reform.",
        "The EU restated its support for the Kimberley Process but stressed the need for meaningful reforms.",
        "The WDC spoke of the importance of reform in order to keep the KP relevant.",
        "Le Canada veut réformer le processus de Kimberley.",
        "La réforme du PK est urgente.",
    ],
)
def test_the_process_itself_reformed_is_the_review_and_reform_process(text):
    assert _slugs(text) == ["review-process"]


def test_a_reform_of_something_else_or_of_one_part_of_the_scheme_is_not_the_review():
    assert _slugs("The government announced a reform of the mining code.") == []
    assert _slugs("The need for reform of the mining sector was raised at the Kimberley Process.") == []
    # One part of the scheme reformed is that part's area.
    assert _slugs("The association supports reform of the KPCS voting mechanism.") == ["governance"]


def test_a_reform_named_by_what_it_would_change_in_the_definition_is_the_scope():
    assert _slugs("The reform proposal states that the concept of conflict diamonds is too narrow.") == ["scope"]
    assert _slugs("They back the reform agenda resulting in a broader definition of conflict diamonds.") == ["scope"]
    assert _slugs("The KP needed to reform to ban the sale of all blood diamonds.") == []
    # The same call, where the text says elsewhere what the reforms are about.
    text = (
        "The NGO keeps calling for meaningful reforms of the KP. It wants reforms both on the scope of the "
        "definition and on controls."
    )
    assert "review-process" not in _slugs(text)
    # A reform cycle that also failed on the definition is both.
    text = "During the last reform cycle of the KP, participants failed to agree on broadening the scope."
    assert _slugs(text) == ["review-process", "scope"]


# --- The scope: what the definition leaves out, the mandate widened


def test_violence_by_states_set_against_what_the_kp_covers_is_the_scope():
    text = "The KP has a mandate to end conflict diamonds but ignores violence committed by state agents."
    assert _slugs(text) == ["scope"]
    assert _slugs("Buyers do not care whether the blood was shed by governments or rebels.") == ["scope"]
    assert _slugs("Le mandat du PK ignore toujours les violences d'État.") == ["scope"]
    # Violence by a state reported, or the diamond wars described, names no definition.
    assert _slugs("State-sponsored violence is still taking place in the diamond fields.") == []
    assert _slugs("Diamonds were used by rebels and state actors to finance wars.") == []
    assert _slugs("Fighting between rebels and government forces resumed near the mines.") == []


def test_a_definition_limited_so_far_to_rebels_is_the_scope():
    text = "Our mission, as defined so far, related to organised violence by rebel forces."
    assert _slugs(text) == ["scope"]
    assert _slugs("The rebel forces withdrew from the mining area so far.") == []


def test_a_broader_mandate_for_the_scheme_by_a_pronoun_is_the_scope():
    text = "NGOs have called for it to have a broader mandate and address human rights abuses."
    assert _slugs(text) == ["scope"]
    assert _slugs("The UN mission was given a broader mandate by the council.") == []


# --- The permanent secretariat: the Process's headquarters, and other bodies' secretariats


def test_the_processs_headquarters_hosted_or_built_is_the_permanent_secretariat():
    assert _slugs("Botswana will host the KP headquarters in Gaborone.") == ["permanent-secretariat"]
    assert _slugs("Gaborone will house the permanent headquarters of the Kimberley Process.") == [
        "permanent-secretariat"
    ]
    assert _slugs("Le Botswana va abriter le siège du processus de Kimberley.") == ["permanent-secretariat"]
    text = "Le Processus de Kimberley, que préside le Botswana, pourrait voir son siège construit à Gaborone."
    assert _slugs(text) == ["permanent-secretariat"]
    assert _slugs("The meeting took place at the headquarters of the free zone authority.") == []
    assert _slugs("Ce processus, dont le siège est installé à Pretoria, a rejeté la demande.") == []


def test_a_secretariat_named_after_another_body_is_not_the_kps():
    assert _slugs("The Secretariat of the African Diamond Producers Association is in Luanda.") == []
    assert _slugs("The secretariat of the ADPA will be in Luanda.") == []
    assert _slugs("Le secrétariat de l'OCDE a publié un guide.") == []
    assert _slugs("The Secretariat of the Kimberley Process will be in Gaborone.") == ["permanent-secretariat"]
    assert _slugs("Le Secrétariat permanent du Processus de Kimberley sera à Gaborone.") == ["permanent-secretariat"]


def test_a_national_secretariat_lodged_in_a_ministry_is_not_the_permanent_secretariat():
    text = "Des crédits iront au secrétariat permanent du PK, qui sera logé à la direction générale des mines."
    assert _slugs(text) == []
    assert _slugs("Le secrétariat permanent du PK sera installé à Gaborone.") == ["permanent-secretariat"]


# --- Peer review, and a review that is not


def test_a_french_review_mission_of_the_kp_is_peer_review_not_the_review_process():
    assert _slugs("La mission d'examen du PK a visité le Togo.") == ["peer-review"]
    assert _slugs("L'examen du processus de Kimberley s'achève en 2026.") == ["review-process"]


def test_a_monitor_for_one_places_exports_is_not_peer_review():
    text = (
        "The decision lets the country export diamonds from the Lunda fields, whilst establishing an independent "
        "monitoring mechanism."
    )
    assert "peer-review" not in _slugs(text)
    assert _slugs("The KP needs an independent monitoring mechanism for all participants.") == ["peer-review"]


# --- Internal controls and compliance


def test_a_participant_suspended_from_the_organisation_is_internal_controls():
    text = "The country could be suspended from the organisation at the next meeting."
    assert _slugs(text) == ["internal-controls"]
    assert _slugs("The country was suspended from the Commonwealth in 2002.") == []


def test_figures_withheld_are_internal_controls():
    assert _slugs("The 2009 figures are yet to be published.") == ["internal-controls"]
    assert _slugs("Venezuela has not submitted its production data for three years.") == ["internal-controls"]
    assert _slugs("Les données de production de 2012 n'ont pas encore été transmises.") == ["internal-controls"]
    assert _slugs("The 2009 production figures were published in May.") == []


def test_diamonds_mined_without_any_control_are_internal_controls():
    assert _slugs("Artisanal mining is carried out without any state control.") == ["internal-controls"]
    assert _slugs("L'exploitation artisanale se fait sans réel contrôle de l'État.") == ["internal-controls"]
    assert _slugs("The north has been without government control since 2013.") == []


def test_figures_quoted_from_any_statistics_are_no_reform():
    assert _slugs("According to customs statistics, exports fell by a third.") == []
    assert _slugs("Selon les statistiques douanières, les exportations ont baissé.") == []
    assert _slugs("The KP must improve its statistics.") == ["internal-controls"]


def test_russias_compliance_questioned_is_the_russia_dispute_not_internal_controls():
    text = "Russia said attempts to question its compliance with the scheme over the war were unfounded."
    assert _slugs(text) == ["russia-ukraine"]
    assert _slugs("Zimbabwe's compliance with the minimum standards was questioned.") == ["internal-controls"]


# --- Governance: how long the chairs of the KP's bodies serve


def test_the_terms_of_the_working_groups_chairs_are_governance():
    text = "The chairs of the working groups must serve for one year under the rules."
    assert _slugs(text) == ["governance"]
    assert _slugs("Participants discussed term limits for working group chairs.") == ["governance"]
    assert _slugs("The chair of the working group on monitoring presented its report.") == []
    assert _slugs("Angola will chair the Kimberley Process for one year.") == []


# --- A passing mention: a speaker's fields in a biography


def test_a_reform_listed_among_a_speakers_fields_is_a_passing_mention():
    text = "She has long experience in responsible sourcing, human rights, mining and water management."
    assert _slugs(text) == []
    assert _slugs("The chair put responsible sourcing at the heart of her year.") == ["responsible-sourcing"]


def test_minimum_requirements_a_definition_should_exceed_are_its_scope_not_controls():
    text = "We need a KP definition that meets consumer expectations, not one that only meets minimum requirements."
    assert _slugs(text) == ["scope"]
    # A participant meeting the minimum requirements is its controls.
    assert _slugs("Venezuela does not meet the minimum requirements of the Kimberley Process.") == ["internal-controls"]


def test_an_organisations_own_review_of_the_process_is_not_its_review_and_reform():
    assert _slugs("From Partnership Africa Canada's recent review of the Kimberley Process, loopholes remain.") == []
    assert _slugs("The Ad Hoc Committee's review of the Kimberley Process continues.") == ["review-process"]
