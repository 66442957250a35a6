"""Who issued a statement when an official speaks for it: a government, the KP's chair, a page's banner."""

from statements.extraction.officials import country_in, government_voice, kp_chair_voice
from statements.extraction.organisations import identify_organisation

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


# --- Banners, offices, addresses, ledes


def test_a_banner_repeated_at_the_top_of_a_page_is_its_publisher():
    text = (
        "Permanent Mission of the Russian Federation to the United Nations\n\n"
        "Permanent Mission of the Russian Federation to the United Nations\n\n"
        "Statement by representative of the Russian Federation Evgeny Varganov\n\nMr. Chairman,"
    )
    assert organisation(text) == "Permanent Mission of the Russian Federation to the United Nations"


def test_the_speakers_office_names_the_organisation():
    text = (
        "The following speech was delivered by Philip T. Reeker, Deputy Spokesman of the United States Department "
        "of State on January 2, 2003.\nThe United States has worked intensively."
    )
    assert organisation(text) == "United States Department of State"


def test_a_government_site_named_after_its_country():
    text = "Speech by the Ambassador at a seminar in Brussels\n\nSouth Africa takes over the Presidency."
    assert organisation(text, url="http://www.southafrica.be/press-release-45/") == "South Africa"


def test_the_lede_names_the_author_at_its_end():
    text = "A title\n\nThe KP should act on Marange, Human Rights Watch said today."
    assert organisation(text, known=[]) == "Human Rights Watch"
