"""Celery tasks: thin wrappers that take ids, call services, and own retries.

acks_late (settings) means a task whose worker dies is delivered again; the
conditional claim in document_claim() makes the second delivery harmless.
"""

import logging

from celery import shared_task
from celery.signals import worker_init, worker_process_init
from django.db import connections, transaction

from statements import services
from statements.extraction import warm_up
from statements.fetching import FetchError, fetch
from statements.models import FetchRun, RawDocument, Source

log = logging.getLogger(__name__)


def enqueue_documents(document_ids) -> None:
    ids = list(document_ids)
    transaction.on_commit(lambda: [process_document.delay(pk) for pk in ids])


@shared_task(acks_late=True)
def process_document(document_id: int) -> str:
    if not services.document_claim(document_id):
        return "not claimed"  # done already, or another worker has it
    document = RawDocument.objects.select_related("source").get(pk=document_id)
    try:
        _, status = services.document_process(document, context=services.worker_extraction_context())
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


@shared_task(acks_late=True)
def fetch_source(source_id: int) -> str:
    fetched = services.source_fetch(source=Source.objects.get(pk=source_id))
    enqueue_documents(fetched.to_read)
    for url in fetched.to_fetch:
        fetch_item.delay(source_id, fetched.run.pk, url)
    return fetched.summary


@shared_task(bind=True, acks_late=True, max_retries=5)
def fetch_item(self, source_id: int, run_id: int, url: str) -> str:
    source = Source.objects.get(pk=source_id)
    run = FetchRun.objects.get(pk=run_id)
    try:
        document = services.document_store_fetched(source=source, run=run, result=fetch(url))
    except FetchError as error:
        # In-process (no broker) there is nobody to retry later: record the failure now.
        if not error.permanent and not self.request.is_eager and self.request.retries < self.max_retries:
            # Network trouble: try again in 30 s, 1 min, 2 min… up to an hour.
            raise self.retry(exc=error, countdown=min(30 * 2**self.request.retries, 3600)) from error
        services.run_record_item_failure(run, url, str(error))
        return f"failed: {error}"
    except services.DocumentTooLarge as error:
        services.run_record_item_failure(run, url, str(error))
        return f"failed: {error}"
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
