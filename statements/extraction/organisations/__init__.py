"""Which organisation issued a document, judged from its own header lines and the organisations we know.

``identify_organisation`` tries the ways a document names its issuer in the order ``_identify`` lists them; each
way has its module:

- ``headings``: a diplomatic cable's sender, a release's heading, a letter's, a briefing's, a report's (a state's on
  its implementation too); a page's banner or masthead; a public office's letterhead;
- ``kimberley_process``: the Process's communiqués and decisions, its review missions' reports, its chair, its
  offices, the Process acting;
- ``parliaments``: a parliament's questions, answered by its government (the European Parliament's by the
  Commission);
- ``subjects``: the subject of the first sentences (an embassy "in" its host country too), a headline's speaker, a
  government through its officials, a state's own office for the Process, the UN's organs and Secretary-General;
- ``reports``: a report naming whose statement it passes on ("according to X"), or who speaks for an organisation, or
  who organised the meeting it reports;
- ``signatures``: signatories, a letter's signature, bylines, and a page's foot (publisher, copyright, contacts);
- ``interviews``: the organisation of the person answering;
- ``voices``: the known organisation speaking at the top, not one only mentioned there; none when several speak;
- ``sites``: the owner of the site's address, or whose statement its address names.

Below them all, ``phrases`` holds the wording they share and ``naming`` the names: the known ones with their
variants, trimming a name, its acronym, a body's parent ("the Council's Sanctions Committee"), what no organisation
is called (a credential, a person). Imports run downwards only: this module imports the ways, ``headings`` imports
``kimberley_process`` (for the Process's offices), every way imports ``phrases`` and ``naming``, ``phrases`` imports
``naming``, and ``naming`` imports none of them.
"""

import re
from collections.abc import Iterator

from ..normalise import kp_spelled
from ..officials import (
    answers,
    countries_in,
    country_in,
    country_label,
    english_name,
    government_voice,
    site_country,
    state_in_address,
)
from .headings import (
    author_credit,
    briefing_heading,
    cable_sender,
    is_publisher_line,
    is_statement_heading,
    letter_from,
    letterhead,
    masthead,
    office_heading,
    release_heading,
    report_heading,
)
from .interviews import interviewee
from .kimberley_process import (
    KP_TITLE,
    kimberley_process_acts,
    kimberley_process_itself,
    kp_chair_quoted,
    review_report,
)
from .naming import (
    as_written,
    could_be_a_name,
    first_known,
    is_country,
    known_patterns,
    looks_like_organisation,
    name_variants,
    parent_named,
    short,
    spells_initials,
    with_acronym,
)
from .parliaments import parliamentary_answer
from .phrases import HEADER_LINES, HEADLINE_LINES, SALUTATION, SENTENCE_END, unwrapped_text
from .reports import (
    according_to,
    learnt_from,
    organiser,
    speaker_affiliation,
    spokesperson_of,
    statement_by,
    unsigned_release,
)
from .signatures import (
    about_section,
    author_bio,
    bracketed_credit,
    byline,
    copyright,
    describes_itself,
    letter_signature,
    name_by_date,
    press_contact,
    published_by,
    signatories,
    signature,
)
from .sites import host, site_owner, statement_in_address
from .subjects import (
    civil_society,
    government,
    headline_speaker,
    lead_below_menu,
    national_kp_office,
    opening_country,
    organisations_together,
    secretary_general_report,
    state_takes_part,
    subject_line,
    un_organ,
)
from .voices import leading_voices

__all__ = [
    "find_organisation",
    "identify_organisation",
    "is_publisher_line",
    "is_statement_heading",
    "looks_like_organisation",
    "name_variants",
]

_STATEMENT_CHARS = 3000
_OPENING_CHARS = 600  # as far as the opening below a title names the state it is about


def find_organisation(text: str, known_organisations=(), site_name: str = "") -> str:
    return identify_organisation(text, known_organisations, site_name)[0]


def identify_organisation(
    text: str, known_organisations=(), site_name: str = "", url: str = "", host_country: str = ""
) -> tuple[str, str]:
    """(the organisation that issued the document, what in it says so), or ("", "") when nothing does.

    Its own wording first (a "Press release" heading, a report's or a briefing's title, a banner repeated at the top
    of the page, a KP communiqué or its chair speaking, a headline's "X: …", the first sentence's subject as a news
    report describes it ("the watchdog X said on Tuesday"), "according to a statement by…", "X said in a report",
    the speaker's office, a byline, its name beside the date), then the site's masthead, an organisation (or a
    country) the site's address names, a government speaking through its officials (``host_country``: the host of
    the meeting the text is about, for an official who opens it; rather an organisation answering its words right
    after, "today" or in a release), the known organisation speaking at the top (not one it only mentions, nor one
    of several speaking equally, nor in a speech's salutations), an "About …" section, a signature or an author's
    biography at the end, a source the lead gives ("according to the Ministry of Mines"), the web site's name, and
    last the KP's own site. The known organisation the text merely names most is no issuer: a news report names the
    bodies it is about as often as the one whose words it passes on, so nobody is an honest answer there. A name
    the text also gives with its acronym comes with it (``with_acronym``), and a ministry named by its portfolio alone
    with the state the opening names (``_with_its_country``).
    """
    known = known_patterns(known_organisations)
    # A news wire's hard-wrapped lines, each sentence read whole; the Process under one spelling of its name.
    text = _without_inner_acronyms(unwrapped_text(kp_spelled(_DATE_STAMP.sub("", text, count=1))))
    for organisation, why in _candidates(text, known, site_name, url, host_country):
        # "the Council's Sanctions Committee": the body of the organisation the text named in full, or nobody's.
        if (parent := parent_named(organisation, text)) is not None:
            organisation = parent
        if first_known(organisation, known) or could_be_a_name(organisation):
            # A state is named by its name alone, as labels give it: "United Arab Emirates", not "… (UAE)".
            state = _WITH_ACRONYM.sub("", organisation)
            if is_country(state) and not first_known(organisation, known):
                return as_written(state, text), why
            organisation = _in_full(as_written(organisation, text), text, known)
            return _with_its_country(with_acronym(organisation, text, known), text, url), why
    return "", ""


_WITH_ACRONYM = re.compile(r"\s*\([A-Z][\w.&-]{1,14}\)$")
# An acronym of the first words inside a longer body's name: "the Kimberley Process (KP) Civil Society Coalition of
# Nongovernmental Organisations (NGOs) warned this week", the coalition's name read without it. Not "the World Diamond
# Council (WDC) Chairman" (a title after the name), nor an acronym that does not spell the words before it.
_INNER_ACRONYM = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,4})[ \t]+\((?P<acronym>[A-Z]{2,6})\)[ \t]+"
    r"(?=(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Coalition|Network|Council|Committee|Association|Secretariat|Forum|Platform"
    r"|Alliance|Working[ \t]+Group)\b)"
)


def _without_inner_acronyms(text: str) -> str:
    def joined(match: re.Match) -> str:
        if not spells_initials(match.group("acronym"), match.group("name")):
            return match.group(0)
        return match.group("name") + " "

    return _INNER_ACRONYM.sub(joined, text)


# A page's date stamp glued before its first words, as some captures print it: " date 2024-12 Le Centre X (CX) a…".
# The text's opening is what follows it.
_DATE_STAMP = re.compile(r"\A\s*date\s+\d{4}(?:-\d{2}){0,2}[ \t]+(?=\S)")


def _candidates(text: str, known, site_name: str, url: str, host_country: str) -> Iterator[tuple[str, str]]:
    """Each way's answer, in the order they are trusted; the caller takes the first that is a name."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    header = lines[:HEADER_LINES]

    if found := cable_sender(lines):
        yield found
    # A review mission's report: its cover names the mission above "Final report", whatever office heads a page of it.
    if found := review_report(lines):
        yield found
    if found := release_heading(header, known):
        yield found
    if found := published_by(lines, known) or letter_from(header, known) or briefing_heading(header):
        yield found
    if found := bracketed_credit(header, known, text):
        yield found
    if found := report_heading(header, known) or author_credit(lines, known):
        yield found
    if found := letterhead(header, known):
        yield found
    if found := office_heading(header):
        yield found
    if found := kimberley_process_itself(header, text):
        yield found
    if found := un_organ(text[:_STATEMENT_CHARS]):
        yield found
    if found := secretary_general_report(header):
        yield found
    if found := parliamentary_answer(text):
        yield found
    if found := headline_speaker(header, text, known):
        yield found
    # A state speaking in the lead, above an organisation the body makes its subject further down: "Le Zimbabwe a
    # démenti…" before "HRW demande…". Not in a title ("Zimbabwe rejects KP review findings" above "The Diamond
    # Fairness Network (DFN) today called on…"): there the state is what the release answers.
    # Known organisations speaking equally at the top ("Global Witness said it failed. The WDC said it worked."): a
    # news feature's several voices, none of them its issuer, whichever comes first.
    voices = leading_voices(header, known)
    subject = subject_line(lines, known)
    if subject and not (len(voices) > 1 and first_known(subject[1], known)):
        above = header[: subject[0]]
        if above and not SENTENCE_END.search(above[0]):
            above = above[1:]  # the title
        if (found := government_voice(above, strict=True)) and not _answered(header, found, known, header):
            yield government(found)
        yield subject[1:]
    if found := national_kp_office(header):
        yield found
    if found := civil_society(header, known) or organisations_together(header, known):
        yield found
    if found := statement_by(text[:_STATEMENT_CHARS], known) or learnt_from(text[:_STATEMENT_CHARS], known):
        yield found
    if found := signatories(lines, known):
        yield found
    if found := kp_chair_quoted(header) or spokesperson_of(header, known):
        yield found
    # The Process deciding, in a page where a known organisation speaks at the top: that organisation reports it.
    if not voices and (found := kimberley_process_acts(header)):
        yield found
    if found := byline(lines, known) or name_by_date(header, known) or speaker_affiliation(header, known):
        yield found
    if found := letter_signature(lines, known) or interviewee(lines, known):
        yield found
    if found := masthead(header, known) or site_owner(text, url, known):
        yield found
    government_site = site_country(url)
    summed_up = ""  # the state a headline sums up others' words or choice about: its address's headline too
    for lead in (header, lead_below_menu(lines)):
        if _commentary(lead) and not government_site:
            continue  # "The USA announced sanctions… Forgive me if I take a simplistic view": what its author discusses
        if found := government_voice(lead, host_country, government_site):
            if not _headline_of_another(lead, found):
                yield _answered(lead, found, known, header) or government(found)
            else:
                summed_up = found[0]
    if found := state_takes_part(header) or unsigned_release(lines):
        yield found
    if found := statement_in_address(url, known):
        yield found
    if (country := state_in_address(url)) and country != summed_up:
        yield country, f"its address's headline makes the state the speaker ({short(url, 60)})"
    if government_site:
        yield government_site, f"a government's site ({host(url)})"
    # A known organisation only mentioned at the top ("a 2010 Global Witness report") is nobody's voice; several
    # speaking equally leave the issuer to what the page's foot says, if anything.
    if len(voices) == 1:
        yield voices[0]
    if found := about_section(lines, known):
        yield found
    if found := describes_itself(lines, known) or signature(lines, known) or author_bio(lines, known):
        yield found
    if found := copyright(lines, known) or according_to(header, known):
        yield found
    # A site's name is its own whatever the case it is written in ("ipis"): upper case matches names in capitals too.
    if site_name and (found := first_known(site_name, known) or first_known(site_name.upper(), known)):
        yield found, f"the web site's name ({site_name})"
    if found := press_contact(lines, known):
        yield found
    # Who organised the conference or the workshop it reports, when nothing else names an issuer.
    if found := organiser(text, known):
        yield found
    # The KP's site also carries others' statements: only when nothing names another author.
    if host(url) == "kimberleyprocess.com" and KP_TITLE.search(text):
        yield "Kimberley Process", f"the site's address ({host(url)})"


# An author writing as "I" in their own words, outside quotation marks, before a verb: "I don't think anyone could
# accuse the KP…", "je pense que…"; not the numeral of "Phase I of the plan". Not a speech, whose speaker is the
# official.
_AUTHOR_AS_I = re.compile(
    r"\b(?:I\s+(?:am|was|have|had|think|believe|take|know|hope|fear|suspect|doubt|would|will|can|could|must|do|did"
    r"|don['’]t|didn['’]t|say|said|find|found|wonder|agree|see|saw|remember|argue|feel)\b|I['’](?:m|ve|d|ll)\b"
    r"|(?i:je|j['’]\s*(?:ai|estime|pense|crois))\b)"
)
_IN_QUOTES = re.compile(r"“[^”]*(?:”|$)|«[^»]*(?:»|$)|\"[^\"]*(?:\"|$)", re.MULTILINE)
# A speech names itself; it greets its audience too (``SALUTATION``, a line opening "Excellencies", "Distinguished…").
_SPEECH_WORDS = re.compile(
    r"\b(?:speech|remarks|address|statement|discours|allocution|d[ée]claration)\b", re.IGNORECASE
)


def _commentary(lead: list[str]) -> bool:
    """A column or an opinion piece: its author speaks as "I" in the opening's own words; the states it names are
    what it comments on, not its voice. A speech speaks as "I" too: it names itself, or greets its audience."""
    opening = "\n".join(lead)
    if any(SALUTATION.match(line) for line in lead) or _SPEECH_WORDS.search(opening):
        return False
    return bool(_AUTHOR_AS_I.search(_IN_QUOTES.sub(" ", opening)))


# A state's office named by its portfolio only: "Le ministère des Mines informe…", "The Ministry of Mines said…".
_BARE_OFFICE = re.compile(
    r"^(?:(?P<french>minist[èe]re|d[ée]partement)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    r"|(?:ministry|department)\s+of)\s",
    re.IGNORECASE,
)


# The rest of a ministry's portfolio, as the body names it in full: "Ministry of Mines" in a headline, "The Ministry of
# Mines and Mining Development is today hosting…" below it.
# A list of them runs on commas to its "and": "Ministry of Lands, Mines and Energy"; not "ministère des Mines, Jean
# Mbala", a person after a comma.
_PORTFOLIO = r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}"
_MORE_PORTFOLIO = rf"(?:,{_PORTFOLIO})*(?:\s+and|\s+et|\s*&)(?P<more>{_PORTFOLIO})"


def _in_full(name: str, text: str, known) -> str:
    """A ministry a headline names by the first of its portfolios, by the full name the text gives it; not when what
    follows "and" is another body ("the Ministry of Mines and Global Witness") or a state."""
    if not _BARE_OFFICE.match(name) or name.endswith(")"):
        return name
    for match in re.finditer(re.escape(name) + _MORE_PORTFOLIO + r"\b", text):
        more = match.group("more").strip()
        if not first_known(more, known) and not is_country(more) and not looks_like_organisation(more):
            return " ".join(match.group(0).split())
    return name


# A ministry named by its portfolio before the word, as news reports name a state's: "the Commerce Ministry said",
# "a statement from the Mining Ministry", "the Mines and Energy Ministry".
_PORTFOLIO_MINISTRY = re.compile(r"^(?:the\s+)?[A-Z][a-z]+(?:(?:\s+and|\s*&|,)\s+[A-Z][a-z]+)*\s+Ministry$")


def _with_its_country(name: str, text: str, url: str) -> str:
    """A ministry named without its state, with the state added as labels name it ("Ministère des Mines (RCA)"): the
    government whose site it is, or the one state the text's opening names; as written when that is not clear. One
    named by its portfolio first ("the Commerce Ministry") is how a report names the government speaking: the state.
    """
    portfolio = _PORTFOLIO_MINISTRY.match(name)
    # "Ministry of Minerals, Energy and Water Resources (MMEWR)": a name with its acronym is whole as the text gives it.
    if not ((bare := _BARE_OFFICE.match(name)) or portfolio) or country_in(name) or name.endswith(")"):
        return name
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not (country := site_country(url) or opening_country(lines) or _title_country(lines)):
        return name
    if portfolio:
        return country
    return f"{name} ({country_label(country, french=bool(bare.group('french')))})"


# A news title's rubric, the state it is filed under: "Mali : Lutte contre le commerce des « diamants de sang »…".
_RUBRIC = re.compile(r"^(?P<state>[^:–—\n]{2,40}?)\s*[:–—]\s")


def _title_country(lines: list[str]) -> str:
    """The state a title's rubric names ("Mali : …"), when the opening below it names none."""
    if not lines or not (rubric := _RUBRIC.match(lines[0])) or not is_country(rubric.group("state")):
        return ""
    if countries_in(" ".join(lines[1:HEADER_LINES])[:_OPENING_CHARS]):
        return ""
    return english_name(country_in(rubric.group("state"))[0])


def _answered(lines: list[str], found: tuple[str, str], known, header: list[str]) -> tuple[str, str] | None:
    """An organisation answering the government's words the lead opens with (``answers``), as its subject; in a
    text headed "Press release" it need not say "today"."""
    released = any(is_publisher_line(line) for line in header[:HEADLINE_LINES])
    for sentence in answers(lines, found[1], released):
        if subject := subject_line([sentence], known):
            return subject[1:]
    return None


# "An international group … says Ghana has agreed…", "Global Witness said Zimbabwe had…": the state as what another
# says.
_SAYS_THAT = re.compile(r"\b(?:says|said|reports|reported|announced|claims|claimed)\s+(?:that\s+)?", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý“\"])")


def _headline_of_another(lead: list[str], found: tuple[str, str]) -> bool:
    """A headline making the state speak ("Ghana Says It's on Alert for Conflict Diamonds") above a first sentence that
    gives the words to another, the state what it says something about ("An international group … says Ghana has
    agreed to tighten controls"): the headline sums up the report, not the state's own words."""
    country, sentence = found
    titles = [line for line in lead[:HEADLINE_LINES] if not SENTENCE_END.search(line)]
    if sentence not in titles:
        return False
    below = lead[lead.index(sentence) + 1 : lead.index(sentence) + 2]
    first = _SENTENCE_BREAK.split(below[0], maxsplit=1)[0] if below else ""
    for says in _SAYS_THAT.finditer(first):
        named = country_in(first[says.end() : says.end() + 60])
        if named and named[0] == country and named[1] <= len("the "):
            return True
    # "Israel to Chair Kimberley Process in 2010" above "Israel was elected deputy chairman … by the Sixth Plenary":
    # the headline sums up the choice others made, not the state's own words.
    return bool(_TO_LEAD.search(sentence)) and bool(
        (named := country_in(first))
        and named[0] == country
        and _CHOSEN_STATE.search(first, named[1], named[1] + _STATE_NAME_CHARS)
    )


# A headline's state as the one to chair, host or lead; the lead's sentence saying it was chosen to.
_STATE_NAME_CHARS = 80  # the state's name as written ("The UAE", "the Democratic Republic of the Congo") and the verb
_TO_LEAD = re.compile(r"\bto\s+(?:chair|host|head|lead|preside)\b", re.IGNORECASE)
_CHOSEN_STATE = re.compile(
    r"\s+(?:has\s+been|have\s+been|was|were|had\s+been)\s+(?:officially\s+|unanimously\s+)?(?:elected|chosen|selected"
    r"|designated|appointed|named|nominated)\b",
    re.IGNORECASE,
)
