"""The pre-plenary briefing: one page per year-end plenary, its print footer, and the home page's link."""

from datetime import date, timedelta

import pytest
from django.test import TestCase
from django.utils import timezone

from plenaries.models import OrganisationKind, PlenaryKind
from reforms.models import Confidence, Decision, Milestone, Stance
from statements.models import AreaMention
from tests.dashboard.conftest import build_world, page
from tests.factories import (
    OrganisationFactory,
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    PositionFactory,
    ProposalFactory,
    ReformAreaFactory,
    StatementFactory,
    StatusEventFactory,
)
from tracker.briefing_views import _css_string
from tracker.briefings import briefing_build
from tracker.dataset import load_kp_dataset

pytestmark = pytest.mark.django_db


def statement_on(area, *, published_on, excerpt, organisation):
    statement = StatementFactory(organisation=organisation, published_on=published_on, title=f"On {excerpt}")
    AreaMention.objects.create(statement=statement, area=area, excerpt=excerpt)
    return statement


@pytest.fixture
def record(db, commit):
    """The 2020 Moscow plenary, with five earlier ones, an intersessional between 2019 and 2020, one
    reform still on the table, one closed long before, one tabled only later."""
    chair = ParticipantFactory(slug="chair-state", name="Chair State")
    blocker = ParticipantFactory(slug="blocker-state", name="Blocker State")
    early = {year: PlenaryFactory(year=year, chair=chair) for year in range(2015, 2019)}
    delhi = PlenaryFactory(
        year=2019, city="New Delhi", chair=chair, start_date=date(2019, 11, 18), end_date=date(2019, 11, 22)
    )
    intersessional = PlenaryFactory(
        year=2020,
        kind=PlenaryKind.INTERSESSIONAL,
        city="Minsk",
        chair=chair,
        start_date=date(2020, 6, 15),
        end_date=date(2020, 6, 19),
    )
    moscow = PlenaryFactory(
        year=2020,
        city="Moscow",
        chair=chair,
        host=chair,
        chair_person="A. Chairperson",
        start_date=date(2020, 11, 9),
        end_date=date(2020, 11, 13),
    )
    later = PlenaryFactory(year=2021, city="Later City", chair=chair)
    scope = ReformAreaFactory(slug="scope", name="Scope", position=1)
    fund = ReformAreaFactory(slug="fund", name="Fund", position=2)

    definition = ProposalFactory(area=scope, first_tabled=early[2015], title="Broader definition")
    for year, decision in [(2015, Decision.DEFERRED), (2016, Decision.NOTED), (2017, Decision.DEFERRED)]:
        OutcomeFactory(proposal=definition, plenary=early[year], decision=decision, summary=f"Put off in {year}.")
    OutcomeFactory(proposal=definition, plenary=early[2018], decision=Decision.NOT_DISCUSSED)
    OutcomeFactory(proposal=definition, plenary=intersessional, decision=Decision.NOTED, summary="Noted in Minsk.")
    OutcomeFactory(proposal=definition, plenary=moscow, decision=Decision.NO_CONSENSUS, summary="Vetoed in Moscow.")
    closed = ProposalFactory(area=fund, first_tabled=early[2015], title="Fund adopted long ago")
    OutcomeFactory(proposal=closed, plenary=early[2016], decision=Decision.ADOPTED)
    ProposalFactory(area=fund, first_tabled=later, title="Fund tabled later")
    new_text = ProposalFactory(area=fund, first_tabled=intersessional, title="Peer review text")

    PositionFactory(
        proposal=definition,
        plenary=delhi,
        participant=blocker,
        stance=Stance.BLOCKED,
        reported_by="Civil Society Coalition",
        confidence=Confidence.MEDIUM,
        source_url="https://www.kpcivilsociety.org/2019-closing/",
    )
    PositionFactory(
        proposal=definition,
        plenary=delhi,
        participant=blocker,
        stance=Stance.SUPPORTED,
        reported_by="A newspaper",
        confidence=Confidence.LOW,
    )
    PositionFactory(proposal=definition, plenary=intersessional, participant=chair, stance=Stance.SUPPORTED)

    coalition = OrganisationFactory(slug="coalition", name="Civil Society Coalition")
    industry = OrganisationFactory(slug="industry", name="Diamond Industry", kind=OrganisationKind.INDUSTRY)
    statement_on(scope, published_on=date(2019, 1, 10), excerpt="Oldest ask.", organisation=coalition)
    statement_on(scope, published_on=date(2020, 5, 1), excerpt="Older ask.", organisation=coalition)
    statement_on(
        scope, published_on=date(2020, 11, 9), excerpt="Newest ask, on the opening day.", organisation=coalition
    )
    statement_on(scope, published_on=date(2020, 11, 12), excerpt="Said during the meeting.", organisation=coalition)
    statement_on(scope, published_on=date(2020, 10, 1), excerpt="Industry view.", organisation=industry)

    Milestone.objects.create(
        proposal=definition,
        year=2020,
        date=date(2020, 3, 1),
        description="Working group set up",
        source_url="https://example.org/milestone",
    )
    Milestone.objects.create(
        proposal=definition,
        year=2019,
        date=date(2019, 5, 1),
        description="Before the previous plenary",
        source_url="https://example.org/milestone",
    )
    StatusEventFactory(participant=blocker, kind="suspended", year=2020, date=date(2020, 7, 1), description="Suspended")
    commit()
    return {"moscow": moscow, "definition": definition, "new_text": new_text, "chair": chair}


def test_the_briefing_gives_the_meeting_its_host_chair_and_dates(client, record):
    html = page(client, "/en/briefings/2020/")

    assert "2020 plenary, Moscow" in html
    assert "Chair State" in html
    assert "A. Chairperson" in html
    assert "Nov. 9, 2020 – Nov. 13, 2020" in html


def test_every_reform_on_the_table_shows_its_stall_clock_from_the_stall_rule(client, record):
    html = page(client, "/en/briefings/2020/")

    assert "Broader definition" in html
    # Tabled in 2015 and never decided: with_stall_status() counts from 2015 to the latest plenary (2021).
    assert "Stalled 6 years" in html
    assert "since 2015, 7 plenaries without a decision" in html
    assert "Peer review text" in html  # tabled at the intersessional before the plenary
    assert "Fund adopted long ago" not in html
    assert "Fund tabled later" not in html


def test_a_line_shows_the_text_that_was_on_the_table_not_one_tabled_later(client, record):
    revised = ProposalFactory(
        area=record["definition"].area,
        first_tabled=PlenaryFactory(year=2022, city="Far Later City"),
        continues=record["definition"],
        title="Revised definition",
    )
    revised.save()  # the line sync points the new text at its line's first one

    html = page(client, "/en/briefings/2020/")

    assert "Broader definition" in html
    assert "Revised definition" not in html
    assert "Revised definition" in page(client, "/en/briefings/2022/")


def test_a_line_closed_before_the_meeting_stays_off_its_table_though_a_later_text_reopened_it(client, record):
    fund = ReformAreaFactory(slug="secretariat", name="Secretariat", position=3)
    closed = ProposalFactory(area=fund, first_tabled=record["moscow"], title="Secretariat adopted in 2020")
    OutcomeFactory(proposal=closed, plenary=record["moscow"], decision=Decision.ADOPTED)
    reopened = ProposalFactory(
        area=fund, first_tabled=PlenaryFactory(year=2023), continues=closed, title="Secretariat reopened"
    )
    reopened.save()

    assert "Secretariat adopted in 2020" in page(client, "/en/briefings/2020/")  # decided there
    on_2021 = page(client, "/en/briefings/2021/")
    assert "Secretariat adopted in 2020" not in on_2021 and "Secretariat reopened" not in on_2021
    assert "Secretariat reopened" in page(client, "/en/briefings/2023/")


def test_a_reform_shows_its_latest_decisions_before_the_meeting_and_the_one_at_it(client, record):
    html = page(client, "/en/briefings/2020/")
    decisions = html.split("What the last meetings decided")[1].split("Who is reported")[0]

    assert "2020 intersessional meeting, Minsk" in decisions
    assert "2018 plenary" in decisions and "2017 plenary" in decisions
    assert "2016 plenary" not in decisions  # only the latest three
    assert "Vetoed in Moscow." in decisions  # what the meeting itself decided


def test_a_meeting_that_decided_nothing_yet_shows_only_the_latest_three_decisions(client, record):
    html = page(client, "/en/briefings/2021/")
    decisions = html.split("What the last meetings decided")[1].split("Who is reported")[0]

    assert "2020 plenary, Moscow" in decisions and "Minsk" in decisions and "2018 plenary" in decisions
    assert "2017 plenary" not in decisions


def test_contested_claims_are_shown_as_such_with_their_sources_and_confidence(client, record):
    html = page(client, "/en/briefings/2020/")
    claims = html.split("Who is reported to have supported or blocked it")[1].split("What civil society asked")[0]

    assert "Blocker State" in claims
    assert 'class="contested"' in claims
    assert "Contested" in claims
    assert "Civil Society Coalition" in claims and "A newspaper" in claims
    assert "Medium: named by an observer present in the room" in claims
    assert 'href="https://www.kpcivilsociety.org/2019-closing/"' in claims


def test_civil_society_asks_are_the_latest_published_before_the_meeting_opened(client, record):
    html = page(client, "/en/briefings/2020/")
    asks = html.split("What civil society asked for most recently")[1]

    assert asks.index("Newest ask, on the opening day.") < asks.index("Older ask.")
    assert "Oldest ask." not in asks  # two per area
    assert "Said during the meeting." not in asks
    assert "Industry view." not in asks
    assert 'href="/en/statements/' in asks


def test_what_changed_lists_the_record_between_the_two_plenaries(client, record):
    html = page(client, "/en/briefings/2020/")
    changes = html.split("What changed since the 2019 plenary, New Delhi")[1].split("</section>")[0]

    assert "Noted" in changes and "2020 intersessional meeting, Minsk" in changes
    assert "Tabled in 2020:" in changes and "Peer review text" in changes
    assert "Working group set up" in changes
    assert "Before the previous plenary" not in changes
    assert "Blocker State" in changes and "Suspended" in changes  # the status event
    assert "Chair State" in changes  # the claim made at the intersessional
    assert "published_after=2019-11-23&amp;published_before=2020-11-09" in changes


def test_a_past_briefing_says_its_statuses_are_todays(client, record):
    html = page(client, "/en/briefings/2020/")

    assert "Briefing: what was at stake" in html
    assert "as the record stands today" in html
    assert "Decided at this meeting" in html


def test_an_upcoming_plenary_gets_a_pre_plenary_briefing(client, record):
    PlenaryFactory(
        year=timezone.localdate().year + 1, city="Next City", start_date=timezone.localdate() + timedelta(days=30)
    )

    html = page(client, f"/en/briefings/{timezone.localdate().year + 1}/")

    assert "Pre-plenary briefing" in html
    assert "Decided at this meeting" not in html
    assert "Broader definition" in html


def test_the_first_plenary_on_record_has_nothing_to_compare_with(client, record):
    assert "This is the first plenary on record." in page(client, "/en/briefings/2015/")


def test_a_year_without_a_plenary_has_no_briefing(client, record):
    assert client.get("/en/briefings/2040/").status_code == 404
    assert client.get("/en/briefings/2040/print-footer.css").status_code == 404


def test_the_briefing_speaks_french(client, record):
    html = page(client, "/fr/briefings/2020/")

    assert '<html lang="fr">' in html
    assert "Note d’information : ce qui était en jeu" in html
    assert "Ce qu’ont décidé les dernières réunions" in html
    assert "Qui l’aurait soutenue ou bloquée, selon les sources" in html
    assert "Les dernières demandes de la société civile" in html
    assert "Bloquée depuis 6 ans" in html


def test_the_index_lists_every_plenarys_briefing_newest_first(client, record):
    html = page(client, "/en/briefings/")

    assert html.index("/en/briefings/2021/") < html.index("/en/briefings/2020/") < html.index("/en/briefings/2015/")
    assert 'href="/fr/briefings/2020/"' in page(client, "/fr/briefings/")


def test_the_briefing_prints_with_its_own_stylesheets_and_no_inline_style_or_script(client, record):
    html = page(client, "/en/briefings/2020/")

    assert '<link rel="stylesheet" href="/static/css/briefing-print.css" media="print">' in html
    assert '<link rel="stylesheet" href="/en/briefings/2020/print-footer.css" media="print">' in html
    for inline in ("<style", " style=", "<script"):
        assert inline not in html


def test_the_print_footer_carries_the_address_and_the_datas_date(client, record):
    response = client.get("/en/briefings/2020/print-footer.css")
    css = response.content.decode()

    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert "public" in response["Cache-Control"]
    assert '@bottom-left { content: "http://testserver/en/briefings/2020/ · data as of ' in css
    assert timezone.localdate().strftime("%Y") in css
    assert 'content: "Page " counter(page) " / " counter(pages)' in css
    assert "données au" in client.get("/fr/briefings/2020/print-footer.css").content.decode()


def test_text_in_the_print_footer_cannot_end_its_css_string():
    assert _css_string('a"b\\c;}') == "a\\22 b\\5c c\\3b \\7d "


def test_a_briefing_is_a_public_page_any_cache_may_keep(client, record):
    first = client.get("/en/briefings/2020/")

    assert "public" in first["Cache-Control"]
    assert not first.cookies
    assert client.get("/en/briefings/2020/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_the_home_page_links_to_the_next_plenarys_briefing_in_the_weeks_before_it(client, record, settings):
    settings.KP_BRIEFING_WEEKS = 8
    today = timezone.localdate()
    PlenaryFactory(year=today.year + 1, city="Soon City", start_date=today + timedelta(weeks=3))

    html = page(client, "/en/")

    assert "Before the next plenary" in html
    assert f'href="/en/briefings/{today.year + 1}/"' in html
    assert "Soon City" in html


def test_the_home_page_links_to_the_latest_briefing_when_the_next_plenary_is_further_off(client, record, settings):
    settings.KP_BRIEFING_WEEKS = 8
    today = timezone.localdate()
    PlenaryFactory(year=today.year + 1, city="Far City", start_date=today + timedelta(weeks=12))

    block = page(client, "/en/").split('id="briefing-title"')[1].split("</section>")[0]

    assert "What was at stake at the 2021 plenary, Later City" in block
    assert 'href="/en/briefings/2021/"' in block
    assert "Far City" not in block


# The briefing's queries: the plenary; every year-end plenary; the lines on the table; their recent
# outcomes; position claims; civil-society excerpts; what changed: outcomes, texts tabled, milestones,
# claims, status events, the number of statements.
BRIEFING_QUERIES = 12


@pytest.mark.parametrize("size", [1, 4])
def test_the_briefing_runs_a_fixed_number_of_queries(client, django_assert_num_queries, size):
    world = build_world(size)
    year = world["meetings"][-1].year
    with django_assert_num_queries(BRIEFING_QUERIES):
        response = client.get(f"/en/briefings/{year}/")
    assert response.status_code == 200
    assert world["lines"][-1].title in response.content.decode()


@pytest.mark.parametrize("size", [1, 4])
def test_the_briefing_index_runs_one_query(client, django_assert_num_queries, size):
    build_world(size)
    with django_assert_num_queries(1):  # the year-end plenaries with chair and host
        response = client.get("/en/briefings/")
    assert response.status_code == 200


class RealDatasetBriefings(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            load_kp_dataset()

    def test_the_2025_dubai_briefing_lists_the_four_reforms_on_the_table(self):
        html = self.client.get("/en/briefings/2025/").content.decode()

        assert "2025 plenary, Dubai" in html
        assert "4 reforms on the table" in html and "3 of them stalled" in html
        assert "Modernised conflict-diamond definition (2023–2025 cycle)" in html
        assert "Stalled 13 years" in html
        assert "Russian Federation" in html
        assert "What changed since the 2024 plenary, Dubai" in html

    def test_what_was_at_stake_in_new_delhi_2019_in_french(self):
        html = self.client.get("/fr/briefings/2019/").content.decode()

        assert "plénière 2019, New Delhi" in html
        assert "4 réformes sur la table" in html
        assert "Permanent Secretariat" in html
        # Adopted in 2017; the text that continued it was tabled only in 2022.
        assert "Launch of the 2023 review-and-reform cycle" not in html

    def test_the_2020_briefing_lists_the_definition_text_tabled_by_then(self):
        html = self.client.get("/en/briefings/2020/").content.decode()

        assert "Expanded conflict-diamond definition (2017–2019 cycle)" in html
        assert "Modernised conflict-diamond definition" not in html

    def test_the_home_page_points_to_the_latest_briefing(self):
        html = self.client.get("/en/").content.decode()

        assert 'href="/en/briefings/2025/"' in html


def test_both_newest_texts_of_a_branching_line_show_the_lines_decisions(record):
    """Two later texts continue one: each shows the decisions on the text they share and its own, and a claim
    is listed under the text it is about (one on the shared text, once)."""
    moscow = record["moscow"]
    first = ProposalFactory(area=record["definition"].area, first_tabled=PlenaryFactory(year=2014), title="Trunk")
    OutcomeFactory(proposal=first, plenary=PlenaryFactory(year=2016), decision=Decision.DEFERRED)
    PositionFactory(proposal=first, plenary=moscow)
    branches = {}
    for title, year in (("Branch one", 2017), ("Branch two", 2018)):
        branches[title] = ProposalFactory(
            area=first.area, first_tabled=PlenaryFactory(year=year), title=title, continues=first
        )
        branches[title].save()
    OutcomeFactory(proposal=branches["Branch two"], plenary=moscow, decision=Decision.NO_CONSENSUS)
    PositionFactory(proposal=branches["Branch two"], plenary=moscow)

    briefs = {
        brief.line.title: brief
        for area in briefing_build(moscow, today=date(2026, 12, 1)).areas
        for brief in area.reforms
    }

    assert [o.plenary.year for o in briefs["Branch one"].decisions] == [2016]
    assert [o.plenary.year for o in briefs["Branch two"].decisions] == [2016]
    assert briefs["Branch one"].decided_here is None
    assert briefs["Branch two"].decided_here.decision == Decision.NO_CONSENSUS
    assert len(briefs["Branch one"].claims) + len(briefs["Branch two"].claims) == 2
    assert any(
        claim.proposal == branches["Branch two"] for group in briefs["Branch two"].claims for claim in group["claims"]
    )
