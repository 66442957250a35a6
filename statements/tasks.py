"""Celery tasks: thin wrappers that take ids, call services, and own retries.

acks_late (settings) means a task whose worker dies is delivered again; the
conditional claim in document_claim() makes the second delivery harmless.

Every task runs under the soft and hard time limits of settings (KP_TASK_SOFT_TIME_LIMIT,
KP_TASK_TIME_LIMIT). A passing database or broker error is tried again with exponential backoff
and never marks a document failed; only what is wrong with the document itself does.
"""

import logging
import time

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_init, worker_process_init
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import connection, connections, transaction

from common.transient import TRANSIENT_ERRORS
from statements import services
from statements.extraction import warm_up
from statements.fetching import FetchError, fetch
from statements.models import FetchRun, RawDocument, Source

log = logging.getLogger(__name__)


def enqueue_documents(document_ids) -> None:
    ids = list(document_ids)
    transaction.on_commit(lambda: [process_document.delay(pk) for pk in ids])


def _in_process(task) -> bool:
    """No broker delivered the task (eager, or called as a function): nobody will send it round again."""
    return task.request.is_eager or task.request.called_directly


def _retry_later(task, error: Exception) -> str:
    """Send the task round again after 5 s, 10 s, 20 s… (KP_TASK_RETRY_*), with jitter; after
    KP_TASK_MAX_RETRIES, ``error`` is raised.

    In-process (no broker, or called directly) there is no later: the caller gets the answer now.
    """
    if _in_process(task):
        log.warning("%s deferred by a passing error: %r", task.name, error)
        return f"deferred: {error}"
    countdown = get_exponential_backoff_interval(
        factor=settings.KP_TASK_RETRY_SECONDS,
        retries=task.request.retries,
        maximum=settings.KP_TASK_RETRY_MAX_SECONDS,
        full_jitter=True,
    )
    raise task.retry(exc=error, countdown=countdown, max_retries=settings.KP_TASK_MAX_RETRIES)


def _reconnect() -> None:
    """Drop a connection that an error or an interrupted query may have left unusable; the next
    query opens a new one. Never inside a transaction (a test's, or one still being unwound)."""
    if not connection.in_atomic_block:
        connection.close()


@shared_task(bind=True, acks_late=True)
def process_document(self, document_id: int) -> str:
    try:
        claimed = services.document_claim(document_id)
    except TRANSIENT_ERRORS as error:
        _reconnect()
        return _retry_later(self, error)  # nothing was claimed, so nothing to give back
    if not claimed:
        return "not claimed"  # done already, or another worker has it
    try:
        return _read(document_id)
    except TRANSIENT_ERRORS as error:
        _reconnect()
        try:
            services.document_release(
                document_id=document_id, reason=f"Interrupted by a passing error, to be read again: {error}"
            )
        except TRANSIENT_ERRORS:
            log.warning("document %s could not be given back; the stale sweep will queue it", document_id)
        return _retry_later(self, error)


def _read(document_id: int) -> str:
    deadline = time.monotonic() + settings.KP_TASK_SOFT_TIME_LIMIT
    document = RawDocument.objects.select_related("source").get(pk=document_id)
    try:
        _, status = services.document_process(document, context=services.worker_extraction_context(), deadline=deadline)
    except TRANSIENT_ERRORS:
        raise
    except SoftTimeLimitExceeded:
        # Failed, not retried: a document this slow would hold a worker as long again next time.
        # An editor can read it again from the admin once KP_TASK_SOFT_TIME_LIMIT is raised.
        _reconnect()
        limit = settings.KP_TASK_SOFT_TIME_LIMIT
        services.document_fail(document, f"Reading it took longer than {limit} s (KP_TASK_SOFT_TIME_LIMIT).")
        return "failed"
    except Exception as error:  # a bug in reading one document must not send it round forever
        log.exception("reading document %s failed", document_id)
        services.document_fail(document, f"Unexpected error while reading: {error!r}")
        return "failed"
    return status


@shared_task(acks_late=True)
def poll_due_sources() -> int:
    queued = 0
    for source_id in services.sources_due().values_list("pk", flat=True):
        if services.source_claim(source_id):
            fetch_source.delay(source_id)
            queued += 1
    return queued


@shared_task(acks_late=True)
def requeue_stale_documents() -> int:
    services.stale_documents_give_up()
    stale = list(services.stale_documents().values_list("pk", flat=True))
    services.document_requeue(stale)
    for pk in stale:
        process_document.delay(pk)
    return len(stale)


@shared_task(bind=True, acks_late=True)
def fetch_source(self, source_id: int) -> str:
    try:
        fetched = services.source_fetch(source=Source.objects.get(pk=source_id))
        enqueue_documents(fetched.to_read)
        for url in fetched.to_fetch:
            fetch_item.delay(source_id, fetched.run.pk, url)
    except TRANSIENT_ERRORS as error:
        _reconnect()
        return _retry_later(self, error)
    return fetched.summary


@shared_task(bind=True, acks_late=True)
def fetch_item(self, source_id: int, run_id: int, url: str) -> str:
    try:
        return _fetch_item(self, source_id, run_id, url)
    except TRANSIENT_ERRORS as error:
        _reconnect()
        return _retry_later(self, error)


def _fetch_item(task, source_id: int, run_id: int, url: str) -> str:
    source = Source.objects.get(pk=source_id)
    run = FetchRun.objects.get(pk=run_id)
    try:
        document = services.document_store_fetched(source=source, run=run, result=fetch(url))
    except FetchError as error:
        # Network trouble is tried again later; in-process (no broker) there is nobody to retry later, and
        # after the last retry nobody will: record the failure now.
        if not error.permanent and not _in_process(task) and task.request.retries < settings.KP_TASK_MAX_RETRIES:
            return _retry_later(task, error)
        services.run_record_item_failure(run, url, str(error))
        return f"failed: {error}"
    except services.DocumentTooLarge as error:
        services.run_record_item_failure(run, url, str(error))
        return f"failed: {error}"
    except SoftTimeLimitExceeded:
        _reconnect()
        message = f"Fetching it took longer than {settings.KP_TASK_SOFT_TIME_LIMIT} s (KP_TASK_SOFT_TIME_LIMIT)."
        services.run_record_item_failure(run, url, message)
        return f"failed: {message}"
    if document is not None:
        enqueue_documents([document.pk])
    return "stored"


@worker_init.connect  # the solo pool reads in the main process
@worker_process_init.connect  # prefork children
def _prepare_worker(**kwargs):
    # Loading it once per worker process keeps the first document as fast as the rest.
    warm_up()
    # A worker's commits need not wait for the disk: a commit lost in a crash leaves its document
    # pending or processing, and requeue_stale_documents reads it again (ingestion is idempotent).
    database = connections["default"].settings_dict
    if database["ENGINE"] == "django.db.backends.postgresql":
        options = database.setdefault("OPTIONS", {})
        if "synchronous_commit" not in options.get("options", ""):
            options["options"] = f"{options.get('options', '')} -c synchronous_commit=off".strip()
