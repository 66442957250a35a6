"""Who said what: attribution patterns in English and French, name resolution, and what is not a quote."""

from statements.extraction.quotes import find_quotes


def _said(text: str) -> list[tuple[str, str]]:
    return [(quote.person, quote.text) for quote in find_quotes(text)]


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
