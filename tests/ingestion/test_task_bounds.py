"""Bounded, honest workers: time limits from settings, a stale sweep that waits past the hard
limit, and passing database errors retried instead of failing the document.

A passing error is injected with Django's own hook for wrapping database calls
(connection.execute_wrapper): the database stays real, one statement fails the way a dropped
connection fails. The soft time limit arrives as billiard delivers it, from a signal handler,
in the middle of a real (slow) reading.
"""

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from datetime import timedelta

import pypdf
import pytest
from celery.exceptions import Retry, SoftTimeLimitExceeded
from django.conf import settings as django_settings
from django.db import OperationalError, connection
from django.utils import timezone

from kptracker.celery import app as celery_app
from statements import extraction, services, tasks
from statements.models import DocumentStatus, FetchRun, RawDocument, Source, Statement
from tests.extraction.pdf import build_pdf
from tests.ingestion.conftest import statement_page

pytestmark = pytest.mark.django_db

DROPPED = "server closed the connection unexpectedly"


@contextmanager
def database_fails(sql_start: str, times: int = 1):
    """The next `times` statements starting with `sql_start` fail as a dropped connection does."""
    left = [times]

    def wrapper(execute, sql, params, many, context):
        if left[0] and sql.startswith(sql_start):
            left[0] -= 1
            raise OperationalError(DROPPED)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield
    assert left[0] == 0, f"no statement starting with {sql_start!r} ran"


def stored(n: int = 1) -> RawDocument:
    return services.document_store(
        content=statement_page(f"Statement {n}", "The plenary failed to agree on the scope."),
        url=f"https://ngo.example/bounds/{n}",
    )[0]


def test_every_task_runs_under_the_time_limits_of_the_settings():
    assert celery_app.conf.task_soft_time_limit == django_settings.KP_TASK_SOFT_TIME_LIMIT == 120
    assert celery_app.conf.task_time_limit == django_settings.KP_TASK_TIME_LIMIT == 150
    ours = [task for name, task in celery_app.tasks.items() if name.startswith("statements.")]
    assert len(ours) == 5
    assert {(task.soft_time_limit, task.time_limit) for task in ours} == {(120, 150)}  # none opts out


def settings_loaded_with(**env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import kptracker.settings as s; print(s.KP_INGEST_STALE_SECONDS)"],
        cwd=django_settings.BASE_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_stale_sweep_waits_two_minutes_past_the_hard_time_limit_by_default():
    loaded = settings_loaded_with(KP_TASK_TIME_LIMIT="600", KP_TASK_SOFT_TIME_LIMIT="500")

    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "720"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"KP_TASK_TIME_LIMIT": "300", "KP_INGEST_STALE_SECONDS": "300"},
            "KP_INGEST_STALE_SECONDS=300 must be longer than KP_TASK_TIME_LIMIT=300",
        ),
        (
            {"KP_TASK_SOFT_TIME_LIMIT": "200", "KP_TASK_TIME_LIMIT": "150"},
            "KP_TASK_SOFT_TIME_LIMIT must be above 0 and below KP_TASK_TIME_LIMIT",
        ),
        ({"KP_INGEST_DEADLINE": "120"}, "KP_INGEST_DEADLINE must be above 0 and below KP_TASK_SOFT_TIME_LIMIT"),
        ({"KP_TASK_RETRY_MAX_SECONDS": "7200"}, "must stay under an hour"),
        ({"KP_INGEST_ALLOWED_PORTS": "8080,http"}, "give port numbers from 1 to 65535"),
        ({"KP_INGEST_ALLOWED_PORTS": "70000"}, "give port numbers from 1 to 65535"),
        ({"KP_INGEST_ALLOWED_NETWORKS": "10.0.0.0/33"}, "networks such as 10.1.0.0/16"),
    ],
)
def test_settings_refuse_bounds_that_contradict_each_other(env, message):
    loaded = settings_loaded_with(**env)

    assert loaded.returncode != 0
    assert "ImproperlyConfigured: " in loaded.stderr
    assert message in loaded.stderr


@contextmanager
def soft_time_limit_after(seconds: float):
    """What the prefork pool does at the soft limit: a signal whose handler raises in the task."""

    def arrive(signum, frame):
        raise SoftTimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, arrive)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_LONG_PARAGRAPH = "The plenary in Gaborone failed to agree on the scope, said Michel Yoboué.\n\n"


def _failed_as_too_slow(document, limit: int) -> bool:
    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.FAILED, 1)
    assert document.error == f"Reading it took longer than {limit} s (KP_TASK_SOFT_TIME_LIMIT)."
    return not Statement.objects.exists()


def test_a_document_slower_than_the_soft_limit_fails_with_a_clear_message(kp_data, settings):
    # Plain text: the limit's signal arrives in the tracker's own reading code (over 1 s for this text).
    document = services.document_store(
        content=(_LONG_PARAGRAPH * 3000).encode(), url="https://ngo.example/very-long.txt", content_type="text/plain"
    )[0]

    with soft_time_limit_after(0.3):
        result = tasks.process_document.apply(args=[document.pk]).get()

    assert result == "failed"
    assert _failed_as_too_slow(document, settings.KP_TASK_SOFT_TIME_LIMIT)


def test_a_soft_limit_a_library_swallowed_still_fails_the_document_before_anything_is_written(kp_data, settings):
    """trafilatura's fallbacks catch every exception, the limit's own one too: the deadline is checked again once
    the text is read."""
    settings.KP_TASK_SOFT_TIME_LIMIT = 0  # already past once reading ends, as if the signal had been swallowed
    paragraph = "<p>The plenary in Gaborone failed to agree on the scope, said Michel Yoboué.</p>\n"
    document = services.document_store(
        content=f"<html><body><h1>Long</h1>{paragraph * 50}</body></html>".encode(), url="https://ngo.example/page"
    )[0]

    result = tasks.process_document.apply(args=[document.pk]).get()

    assert result == "failed"
    assert _failed_as_too_slow(document, 0)
    settings.KP_INGEST_STALE_SECONDS = 0
    assert tasks.requeue_stale_documents() == 0  # failed is final: not read again by the sweep


def test_a_soft_limit_swallowed_while_converting_stops_before_the_fields_are_read(kp_data, settings, monkeypatch):
    # A long page's fields take longer than its conversion: read after a swallowed signal, they would run on
    # until the hard limit killed the worker, and the document would be read again.
    settings.KP_TASK_SOFT_TIME_LIMIT = 0
    fields_read = []
    monkeypatch.setattr(extraction, "find_quotes", lambda *args: fields_read.append(args) or [])
    document = services.document_store(
        content=b"<html><body><p>The plenary failed to agree, said Michel Yoboue.</p></body></html>",
        url="https://ngo.example/converted",
    )[0]

    assert tasks.process_document.apply(args=[document.pk]).get() == "failed"
    assert _failed_as_too_slow(document, 0)
    assert fields_read == []


def test_a_passing_database_error_gives_the_document_back_instead_of_failing_it(kp_data):
    document = stored()

    with database_fails('INSERT INTO "statements_statement"'):
        result = tasks.process_document.apply(args=[document.pk]).get()

    assert result == f"deferred: {DROPPED}"  # in-process there is no broker to retry later
    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.PENDING, 1)
    assert document.error == f"Interrupted by a passing error, to be read again: {DROPPED}"
    assert not Statement.objects.exists()

    assert tasks.process_document.apply(args=[document.pk]).get() == "created"
    document.refresh_from_db()
    assert (document.status, document.attempts, document.error) == (DocumentStatus.DONE, 2, "")
    assert Statement.objects.filter(document=document).count() == 1


@pytest.mark.django_db(transaction=True)  # a failed UPDATE would break the test's own transaction
def test_a_database_error_while_claiming_leaves_another_workers_document_alone(kp_data):
    document = stored()
    assert services.document_claim(document.pk)  # another worker is reading it

    with database_fails('UPDATE "statements_rawdocument"'):
        result = tasks.process_document.apply(args=[document.pk]).get()

    assert result.startswith("deferred")
    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.PROCESSING, 1)


@contextmanager
def delivered_by_a_broker(task, retries: int, args: list):
    """Run the task as a worker does (not called directly, not eager), on its `retries`-th retry."""
    task.push_request(
        id="t-1", args=args, kwargs={}, retries=retries, is_eager=False, called_directly=False, delivery_info={}
    )
    try:
        yield
    finally:
        task.pop_request()


def test_with_a_broker_a_passing_error_is_retried_after_an_exponential_backoff(kp_data, settings):
    settings.KP_TASK_RETRY_SECONDS, settings.KP_TASK_RETRY_MAX_SECONDS = 5, 600
    document = stored()

    # The retry is sent at once here (tests run tasks eagerly) and reads the document.
    with (
        delivered_by_a_broker(tasks.process_document, 3, [document.pk]),
        database_fails("INSERT INTO"),
        pytest.raises(Retry) as retry,
    ):
        tasks.process_document.run(document.pk)

    assert 0 <= retry.value.when <= 5 * 2**3  # full jitter: up to 40 s on the fourth try
    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.DONE, 2)  # both claims count
    assert Statement.objects.filter(document=document).count() == 1


def test_after_the_last_retry_the_document_waits_for_the_sweep_and_is_never_failed(kp_data, settings):
    settings.KP_TASK_MAX_RETRIES = 4
    document = stored()

    with (
        delivered_by_a_broker(tasks.process_document, 4, [document.pk]),
        database_fails("INSERT INTO"),
        pytest.raises(OperationalError, match=DROPPED),
    ):
        tasks.process_document.run(document.pk)

    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.PENDING, 1)
    settings.KP_INGEST_STALE_SECONDS = 0
    assert tasks.requeue_stale_documents() == 1
    document.refresh_from_db()
    assert document.status == DocumentStatus.DONE


def test_a_passing_database_error_while_storing_a_feed_item_is_not_recorded_as_its_failure(
    kp_data, httpserver, settings
):
    settings.KP_INGEST_ALLOW_PRIVATE = True
    httpserver.expect_request("/item").respond_with_data(
        statement_page("An item", "The plenary failed on the scope."), content_type="text/html"
    )
    source = Source.objects.create(name="Feed", kind="feed", url=httpserver.url_for("/feed"))
    run = FetchRun.objects.create(source=source)

    with database_fails('INSERT INTO "statements_rawdocument"'):
        result = tasks.fetch_item(source.pk, run.pk, httpserver.url_for("/item"))

    assert result.startswith("deferred")
    run.refresh_from_db()
    assert (run.items_failed, run.error) == (0, "")
    assert not RawDocument.objects.exists()


def a_feed_item(httpserver, settings) -> tuple[Source, FetchRun, str]:
    settings.KP_INGEST_ALLOW_PRIVATE = True
    source = Source.objects.create(name="Feed", kind="feed", url=httpserver.url_for("/feed"))
    return source, FetchRun.objects.create(source=source), httpserver.url_for("/item")


def test_with_a_broker_a_feed_item_the_network_failed_is_retried_after_the_same_backoff(kp_data, httpserver, settings):
    settings.KP_TASK_RETRY_SECONDS, settings.KP_TASK_RETRY_MAX_SECONDS = 5, 600
    source, run, url = a_feed_item(httpserver, settings)
    httpserver.expect_oneshot_request("/item").respond_with_data("", status=503)
    httpserver.expect_request("/item").respond_with_data(
        statement_page("An item", "The plenary failed on the scope."), content_type="text/html"
    )

    # The retry is sent at once here (tests run tasks eagerly) and fetches the item.
    with delivered_by_a_broker(tasks.fetch_item, 3, [source.pk, run.pk, url]), pytest.raises(Retry) as retry:
        tasks.fetch_item.run(source.pk, run.pk, url)

    assert 0 <= retry.value.when <= 5 * 2**3  # as a passing database error: up to 40 s on the fourth try
    run.refresh_from_db()
    assert (run.items_failed, run.error) == (0, "")
    assert RawDocument.objects.filter(url=url).exists()


def test_after_the_last_retry_a_feed_item_the_network_failed_is_recorded_on_its_run(kp_data, httpserver, settings):
    settings.KP_TASK_MAX_RETRIES = 4
    source, run, url = a_feed_item(httpserver, settings)
    httpserver.expect_request("/item").respond_with_data("", status=503)

    with delivered_by_a_broker(tasks.fetch_item, 4, [source.pk, run.pk, url]):
        result = tasks.fetch_item.run(source.pk, run.pk, url)

    assert result == f"failed: {url} answered 503; will try again later."
    run.refresh_from_db()
    assert run.items_failed == 1


def test_in_process_a_feed_item_the_network_failed_is_recorded_at_once(kp_data, httpserver, settings):
    source, run, url = a_feed_item(httpserver, settings)
    httpserver.expect_request("/item").respond_with_data("", status=503)

    assert tasks.fetch_item(source.pk, run.pk, url).startswith("failed: ")  # called as a function: no later
    assert tasks.fetch_item.apply(args=[source.pk, run.pk, url]).get().startswith("failed: ")  # no broker
    run.refresh_from_db()
    assert run.items_failed == 2


def test_the_sweep_leaves_alone_a_document_read_for_less_than_the_stale_age(kp_data, settings):
    settings.KP_TASK_TIME_LIMIT, settings.KP_INGEST_STALE_SECONDS = 150, 270
    reading, dead = stored(1), stored(2)
    for document, seconds_ago in [(reading, 200), (dead, 280)]:
        services.document_claim(document.pk)
        RawDocument.objects.filter(pk=document.pk).update(
            status_changed_at=timezone.now() - timedelta(seconds=seconds_ago)
        )

    assert tasks.requeue_stale_documents() == 1

    reading.refresh_from_db()
    dead.refresh_from_db()
    assert (reading.status, reading.attempts) == (DocumentStatus.PROCESSING, 1)
    assert (dead.status, dead.attempts) == (DocumentStatus.DONE, 2)


def test_a_document_given_up_names_the_time_limit(kp_data, settings):
    settings.KP_INGEST_STALE_SECONDS = 0
    document = stored()
    RawDocument.objects.filter(pk=document.pk).update(status=DocumentStatus.PROCESSING, attempts=5)

    tasks.requeue_stale_documents()

    document.refresh_from_db()
    assert document.status == DocumentStatus.FAILED
    assert document.error == (
        "Gave up after 5 attempts: each time its worker died or went past the 150 s time limit before it was read."
    )


def test_a_passing_database_error_while_fetching_a_page_is_not_the_sources_failure(kp_data, httpserver, settings):
    settings.KP_INGEST_ALLOW_PRIVATE = True
    httpserver.expect_request("/page").respond_with_data(
        statement_page("A page", "The plenary failed on the scope."), content_type="text/html"
    )
    source = Source.objects.create(name="Page", kind="page", url=httpserver.url_for("/page"))

    with database_fails('INSERT INTO "statements_rawdocument"'):
        result = tasks.fetch_source.apply(args=[source.pk]).get()

    assert result == f"deferred: {DROPPED}"
    source.refresh_from_db()
    assert (source.consecutive_failures, source.last_error) == (0, "")


def test_the_soft_limit_inside_a_pdf_is_not_taken_for_a_damaged_file(kp_data, monkeypatch):
    pdf = build_pdf([["The plenary failed on the scope."], ["Page two."]])
    document = services.document_store(content=pdf, url="https://ngo.example/long.pdf", filename="long.pdf")[0]

    def the_limit_arrives(page, *args, **kwargs):  # what the pool's signal does in the middle of a page
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(pypdf.PageObject, "extract_text", the_limit_arrives)
    result = tasks.process_document.apply(args=[document.pk]).get()

    document.refresh_from_db()
    assert result == "failed"
    assert document.error == "Reading it took longer than 120 s (KP_TASK_SOFT_TIME_LIMIT)."


def test_an_error_that_comes_back_every_time_ends_in_giving_up_not_a_loop(kp_data, settings):
    document = stored()

    for _ in range(services.MAX_ATTEMPTS):
        with database_fails('INSERT INTO "statements_statement"'):
            tasks.process_document.apply(args=[document.pk]).get()
    settings.KP_INGEST_STALE_SECONDS = 0  # the sweep's next round
    services.stale_documents_give_up()

    document.refresh_from_db()
    assert (document.status, document.attempts) == (DocumentStatus.FAILED, services.MAX_ATTEMPTS)
    assert document.error.startswith(f"Gave up after {services.MAX_ATTEMPTS} attempts")
