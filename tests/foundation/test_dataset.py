"""The shipped KP dataset: loads idempotently, counts right, tells the record as it is."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction

from plenaries.models import Country, Participant, Plenary
from reforms.models import Outcome, ReformProposal
from tracker.dataset import load_kp_dataset

pytestmark = pytest.mark.django_db

TRACKED = ["plenaries", "reforms", "statements"]


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for label in TRACKED
        for model in apps.get_app_config(label).get_models()
    }


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker):
    """The shipped dataset, loaded once for this module (about 8 s on PostgreSQL): each test runs in a
    savepoint inside this transaction, so what one test changes is gone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_kp_dataset()
        # Its data version bump would wait for a commit that never comes, and hide a test's own.
        transaction.get_connection().run_on_commit.clear()
        yield
        transaction.set_rollback(True)


def test_loading_twice_gives_the_same_rows_and_writes_nothing_the_second_time(dataset, capsys):
    first = row_counts()

    call_command("load_kp_dataset")

    assert row_counts() == first
    assert "Dataset already up to date." in capsys.readouterr().out


def test_the_kp_counts_60_participants_covering_86_countries(dataset):
    current = Participant.objects.current()

    assert current.count() == 60
    assert Country.objects.filter(represented_by__in=current).count() == 86
    assert Participant.objects.get(slug="european-union").countries.count() == 27


def test_every_plenary_from_2003_to_2025_is_there_with_its_chair(dataset):
    plenaries = Plenary.objects.filter(kind="plenary")

    assert set(plenaries.values_list("year", flat=True)) == set(range(2003, 2026))
    assert not plenaries.filter(held=True, chair__isnull=True).exists()
    assert not Plenary.objects.get(year=2020, kind="plenary").held


def test_every_fact_carries_a_source_url(dataset):
    for model in [Participant, Plenary, ReformProposal, Outcome]:
        assert not model.objects.filter(source_url="").exists(), model


def test_new_delhi_2019_under_india_ended_without_agreement_on_the_scope(dataset):
    new_delhi = Plenary.objects.get(year=2019, kind="plenary")
    scope = Outcome.objects.get(plenary=new_delhi, proposal__area__slug="scope")

    assert new_delhi.city == "New Delhi"
    assert new_delhi.chair.name == "India"
    assert scope.decision == "no_consensus"
    assert scope.proposal.cycle.slug == "reform-cycle-2017-2019"


def test_the_definition_has_been_stalled_since_2012_across_three_texts(dataset):
    scope_line = ReformProposal.objects.with_stall_status().filter(area__slug="scope")

    assert scope_line.count() == 3
    assert {p.status for p in scope_line} == {"stalled"}
    assert {p.stalled_since_year for p in scope_line} == {2012}
    head = scope_line.get(is_line_head=True)
    assert head.continues.continues.first_tabled.year == 2012


def test_secretariat_and_multi_donor_fund_stand_where_the_record_puts_them(dataset):
    statuses = {p.slug: p for p in ReformProposal.objects.with_stall_status()}

    assert statuses["permanent-secretariat"].status == "adopted"
    secretariat_years = Outcome.objects.filter(proposal__slug="permanent-secretariat").values_list(
        "plenary__year", "plenary__kind", "decision"
    )
    # The 2018 decision set it up in principle; the last decisions came in 2023 (no text reopened it).
    assert (2018, "plenary", "partially_adopted") in secretariat_years
    assert (2023, "plenary", "adopted") in secretariat_years
    assert not [row for row in secretariat_years if row[0] == 2024]
    fund = statuses["multi-donor-fund"]
    assert fund.last_decision is None  # priority areas identified in 2019, no fund set up
    assert fund.status == "stalled"
    assert fund.stalled_since_year == 2016


def test_the_definition_tabled_by_canada_was_drafted_by_industry_and_civil_society(dataset):
    proposal = ReformProposal.objects.get(slug="conflict-diamond-definition-2017")

    assert proposal.sponsor.name == "Canada"
    # Canada put the text to the 2018 Brussels plenary, not in 2017.
    assert list(proposal.positions.filter(participant__slug="canada").values_list("plenary__year", flat=True)) == [2018]
    assert set(proposal.originators.values_list("slug", flat=True)) == {
        "world-diamond-council",
        "kimberley-process-civil-society-coalition",
    }


def test_the_central_african_republic_suspension_and_venezuela_self_suspension_are_recorded(dataset):
    car = Participant.objects.get(slug="central-african-republic")
    venezuela = Participant.objects.get(slug="venezuela")

    assert car.status_events.filter(kind="suspended", year=2013).exists()
    assert car.status_events.filter(kind="embargo_lifted", year=2024).exists()
    assert venezuela.status_events.filter(kind="self_suspended", year=2008).exists()


def test_unverified_facts_are_marked(dataset):
    mexico = Participant.objects.get(slug="mexico")
    assert not mexico.status_events.get(kind="joined").verified
    assert not Outcome.objects.get(proposal__slug="peer-review-strengthening", plenary__year=2019).verified
    assert Plenary.objects.get(year=2008, kind="plenary").dates_note.startswith("Worked out, not stated")


def test_the_shipped_coalition_press_release_is_published_through_the_pipeline(dataset):
    from statements.models import Statement

    statement = Statement.objects.get(title__startswith="Conflict diamond certification scheme")

    assert statement.review_status == "published"
    assert statement.organisation.name == "Kimberley Process Civil Society Coalition"
    assert statement.plenary.city == "New Delhi"
    assert statement.document.status == "done"


def test_loading_proposes_no_organisation_of_its_own(dataset):
    from plenaries.models import Organisation

    # The file names each statement's organisation; what extraction reads in the text is not needed.
    assert not Organisation.objects.filter(proposed=True).exists()


def test_loading_again_keeps_what_editors_corrected(dataset):
    from django.contrib.auth.models import User
    from simple_history.models import HistoricalRecords

    from statements.models import Statement
    from statements.services import statements_review

    editor = User.objects.create_user("editor", is_staff=True)
    outcome = Outcome.objects.get(proposal__slug="conflict-diamond-definition-2017", plenary__year=2019)
    outcome.decision = "deferred"
    outcome._history_user = editor
    outcome.save()
    statement = Statement.objects.exclude(url=None).order_by("pk").first()
    # As in the admin: HistoryRequestMiddleware names the user behind a request.
    HistoricalRecords.context.request = type("Request", (), {"user": editor})()
    try:
        statements_review(statements=Statement.objects.filter(pk=statement.pk), review_status="rejected")
    finally:
        del HistoricalRecords.context.request

    counts = load_kp_dataset()

    outcome.refresh_from_db()
    statement.refresh_from_db()
    assert outcome.decision == "deferred"
    assert statement.review_status == "rejected"
    assert counts["outcomes kept"] == 1


def test_a_copy_of_the_loaded_rows_is_the_same_record(dataset):
    """The browser tests copy the rows of the process's first load (tests/dataset_copy.py)."""
    from django.db import connection

    from tests.dataset_copy import dataset_restore, dataset_snapshot
    from tests.factories import ParticipantFactory

    loaded = dataset_snapshot()
    # Emptied as a transactional test's flush would; foreign keys are deferred, so in any order.
    with connection.cursor() as cursor:
        for model in loaded:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608 (our tables)
    assert not Plenary.objects.exists()

    dataset_restore(loaded)

    connection.check_constraints()
    assert dataset_snapshot() == loaded
    counts = load_kp_dataset()
    assert {status.rsplit(" ", 1)[-1] for status, n in counts.items() if n} == {"unchanged"}
    ParticipantFactory()  # a new row takes a key after the copied ones
