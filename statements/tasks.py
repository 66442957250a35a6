"""Celery tasks: thin wrappers that take ids, call services, and own retries.

acks_late (settings) means a task whose worker dies is delivered again; the
conditional claim in document_claim() makes the second delivery harmless.
"""

import logging

from celery import shared_task
from celery.signals import worker_init, worker_process_init
from django.conf import settings
from django.db import connections, transaction

from statements import services
from statements.extraction import ExtractionError, parse_feed, warm_up
from statements.fetching import FetchError, fetch
from statements.models import DocumentStatus, FetchRun, RawDocument, Source, SourceKind

log = logging.getLogger(__name__)
# Items of a feed looked at per fetch; the new ones among them are fetched KP_INGEST_MAX_FEED_ITEMS at a time.
FEED_ITEMS_READ = 10_000


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
    source = Source.objects.get(pk=source_id)
    run = FetchRun.objects.create(source=source)
    try:
        result = fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        if result.not_modified:
            services.source_record_success(source, run, found=0)
            FetchRun.objects.filter(pk=run.pk).update(status=FetchRun.Status.NOT_MODIFIED)
            return "not modified"
        if source.kind == SourceKind.PAGE:
            found = [result.url]
            _store_and_queue(source, run, result.content, result.url, result.content_type)
        else:
            items = parse_feed(result.content, url=result.url, max_items=FEED_ITEMS_READ)
            found = [item.url for item in items]
            _queue_new_items(source, run, found)
    except (FetchError, ExtractionError, services.DocumentTooLarge) as error:
        services.source_record_failure(source, run, str(error))
        return f"failed: {error}"
    except Exception as error:  # a bug must still show on the source's health, not leave a run "running"
        log.exception("fetching source %s failed", source_id)
        services.source_record_failure(source, run, f"Unexpected error: {error!r}")
        return f"failed: {error!r}"
    services.source_record_success(source, run, found=len(found), etag=result.etag, last_modified=result.last_modified)
    return f"{len(found)} found"


def _queue_new_items(source: Source, run: FetchRun, urls: list[str]) -> None:
    known = set(RawDocument.objects.filter(url__in=urls, status=DocumentStatus.DONE).values_list("url", flat=True))
    new = [url for url in urls if url not in known]
    taken = new[: settings.KP_INGEST_MAX_FEED_ITEMS]
    note = f"{len(new)} new of {len(urls)} items"
    if len(taken) < len(new):
        note += f"; fetching {len(taken)} now, the rest next time"
    FetchRun.objects.filter(pk=run.pk).update(note=note)
    new = taken
    for url in new:
        fetch_item.delay(source.pk, run.pk, url)


def _store_and_queue(source, run, content, url, content_type) -> None:
    document, created = services.document_store(
        content=content, url=url, content_type=content_type, source=source, run=run
    )
    if created or document.status == DocumentStatus.PENDING:
        enqueue_documents([document.pk])


@shared_task(bind=True, acks_late=True, max_retries=5)
def fetch_item(self, source_id: int, run_id: int, url: str) -> str:
    source = Source.objects.get(pk=source_id)
    run = FetchRun.objects.get(pk=run_id)
    try:
        result = fetch(url)
        _store_and_queue(source, run, result.content, result.url, result.content_type)
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
