"""A real Celery worker on Redis and PostgreSQL: feeds in, statements out, exactly once even
when the worker is killed in the middle of a batch."""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from kptracker.celery import app as celery_app
from statements import services, tasks
from statements.models import DocumentStatus, RawDocument, Source, Statement
from tests.conftest import require_service
from tests.ingestion.conftest import statement_page

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
ROOT = Path(settings.BASE_DIR)


def _redis_reachable() -> bool:
    if not settings.REDIS_URL:
        return False
    try:
        return bool(redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def worker_queue(settings):
    require_service("Redis", _redis_reachable(), "set REDIS_URL to a running Redis")
    require_service(
        "PostgreSQL", connection.vendor == "postgresql", "the worker must share the test database: set DATABASE_URL"
    )
    queue = f"kp-test-{uuid.uuid4().hex[:8]}"
    previous = celery_app.conf.task_default_queue, celery_app.conf.task_always_eager
    celery_app.conf.task_default_queue, celery_app.conf.task_always_eager = queue, False
    settings.KP_INGEST_ALLOW_PRIVATE = True
    yield queue
    celery_app.conf.task_default_queue, celery_app.conf.task_always_eager = previous
    redis.Redis.from_url(settings.REDIS_URL).delete(queue)


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(queue: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "KP_CELERY_QUEUE": queue,
        "KP_INGEST_ALLOW_PRIVATE": "1",
        "CELERY_TASK_ALWAYS_EAGER": "0",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "kptracker", "worker", "-Q", queue, "-P", "solo", "--loglevel=warning"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )


def stop(worker: subprocess.Popen, sig=signal.SIGTERM) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, sig)
        worker.wait(timeout=30)


def wait_until(condition, timeout: float, message: str, every: float = 0.3, tick=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if tick:
            tick()
        time.sleep(every)
    pytest.fail(message)


def test_a_feed_polled_by_the_worker_appears_in_the_api(client, kp_data, worker_queue, httpserver):
    base = httpserver.url_for("")[:-1]
    paths = ["/statement-1", "/statement-2", "/statement-3"]
    entries = "".join(f"<item><title>{p}</title><link>{base}{p}</link></item>" for p in paths)
    httpserver.expect_request("/feed.xml").respond_with_data(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>CSC</title>{entries}</channel></rss>",
        content_type="application/rss+xml",
    )
    for number, path in enumerate(paths, 1):
        httpserver.expect_request(path).respond_with_data(
            statement_page(f"Statement {number} on the plenary", f"Reform number {number} failed: no consensus."),
            content_type="text/html",
        )
    Source.objects.create(name="Coalition", kind="feed", url=f"{base}/feed.xml", auto_publish=True)
    worker = start_worker(worker_queue)
    try:
        tasks.poll_due_sources.delay()  # what beat sends every minute
        wait_until(
            lambda: Statement.objects.filter(url__startswith=base).count() == 3,
            timeout=90,
            message="the worker did not ingest the feed's three statements",
        )
    finally:
        stop(worker)

    response = client.get("/api/v1/statements/", {"q": "consensus", "page_size": 100})
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["results"]}
    assert {f"Statement {n} on the plenary" for n in (1, 2, 3)} <= titles


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(kp_data, worker_queue, settings):
    settings.KP_INGEST_STALE_SECONDS = 3
    documents = [
        services.document_store(
            content=statement_page(f"Batch statement {n}", f"Statement {n}: the scope was not broadened."),
            url=f"https://ngo.example/batch/{n}",
        )[0]
        for n in range(80)
    ]
    worker = start_worker(worker_queue)
    try:
        for document in documents:
            tasks.process_document.delay(document.pk)
        done = RawDocument.objects.filter(status=DocumentStatus.DONE)
        wait_until(lambda: done.count() >= 5, timeout=90, message="the worker never started on the batch")
        stop(worker, signal.SIGKILL)
        assert done.count() < len(documents), "the batch finished before the worker could be killed"

        worker = start_worker(worker_queue)
        wait_until(
            lambda: done.count() == len(documents),
            timeout=120,
            every=1,
            tick=tasks.requeue_stale_documents,  # what beat sends every minute
            message="documents were lost when the worker died",
        )
    finally:
        stop(worker)

    batch = Statement.objects.filter(url__startswith="https://ngo.example/batch/")
    assert batch.count() == len(documents)
    assert set(batch.values_list("url", flat=True)) == {d.url for d in documents}
