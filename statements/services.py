"""Ingestion writes: store a document, read it into a statement, fetch a source and record how it went.

Celery tasks, the admin upload form, `manage.py ingest` and the dataset loader all call these;
the tasks only queue what a service says is to be read or fetched next.
"""

import dataclasses
import hashlib
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from common.transient import INTERRUPTIONS
from plenaries.models import Organisation, Plenary
from plenaries.services import organisation_propose
from reforms.models import ReformArea
from reforms.services import upsert
from statements.extraction import (
    AreaRule,
    ExtractedDocument,
    ExtractionError,
    PlenaryRef,
    extract_document,
    parse_feed,
)
from statements.extraction.areas import match_areas
from statements.extraction.organisations import name_variants
from statements.fetching import FetchError, FetchResult, fetch
from statements.models import (
    AreaMention,
    DocumentStatus,
    FetchRun,
    Quote,
    RawDocument,
    ReviewStatus,
    Source,
    SourceKind,
    Statement,
)

log = logging.getLogger(__name__)
# Items of a feed looked at per fetch; the new ones among them are fetched KP_INGEST_MAX_FEED_ITEMS at a time.
FEED_ITEMS_READ = 10_000


class DocumentTooLarge(ValueError):
    pass


def document_store(
    *,
    content: bytes,
    url: str = "",
    filename: str = "",
    content_type: str = "",
    last_modified: str = "",
    source: Source | None = None,
    run: FetchRun | None = None,
) -> tuple[RawDocument, bool]:
    """Keep the bytes first, so nothing is lost. The same bytes are stored once."""
    limit = settings.KP_INGEST_MAX_BYTES
    if len(content) > limit:
        raise DocumentTooLarge(f"The document is {len(content):,} bytes, over the {limit:,}-byte limit.")
    digest = hashlib.sha256(content).hexdigest()
    values = {
        "content": content,
        "size": len(content),
        "url": url,
        "filename": filename[:300],
        "content_type": content_type[:200],
        "last_modified": last_modified[:100],
        "source": source,
        "run": run,
    }
    try:
        with transaction.atomic():
            return RawDocument.objects.get_or_create(sha256=digest, defaults=values)
    except IntegrityError:  # another worker stored the same bytes a moment ago
        return RawDocument.objects.get(sha256=digest), False


@dataclass
class Upload:
    run: FetchRun
    documents: list[RawDocument]  # every file, in the order given; all are to be read
    known: int  # how many were stored already (read again: their statements are updated)


def upload_size_problem(files: list[UploadedFile]) -> str | None:
    """Why these files are too large to upload together, in words for the editor; None if they are not.

    Each file is a document (KP_INGEST_MAX_BYTES, as for fetched ones); one upload holds at most
    KP_UPLOAD_MAX_BYTES, which keeps each below the proxy's own limit on a request.
    """
    limit = settings.KP_INGEST_MAX_BYTES
    for upload in files:
        if upload.size > limit:
            return _("%(name)s is %(size)s bytes, over the %(limit)s-byte limit.") % {
                "name": upload.name,
                "size": f"{upload.size:,}",
                "limit": f"{limit:,}",
            }
    total, limit = sum(upload.size for upload in files), settings.KP_UPLOAD_MAX_BYTES
    if total > limit:
        return _(
            "These %(count)d files come to %(size)s bytes, over the %(limit)s-byte limit for one upload: "
            "upload them a few at a time."
        ) % {"count": len(files), "size": f"{total:,}", "limit": f"{limit:,}"}
    return None


@transaction.atomic
def documents_upload(*, source: Source, files: Iterable[UploadedFile], uploaded_by: str) -> Upload:
    """Store files an editor uploads, as one run of ``source``. All or none: a refused file stores nothing."""
    files = list(files)
    if problem := upload_size_problem(files):
        raise DocumentTooLarge(problem)
    run = FetchRun.objects.create(source=source, note=_("Upload by %(user)s") % {"user": uploaded_by})
    documents, known = [], 0
    for upload in files:
        document, created = document_store(
            content=upload.read(),
            filename=upload.name,
            content_type=upload.content_type or "",
            source=source,
            run=run,
        )
        if not created:
            known += 1
            document_requeue([document.pk])
        documents.append(document)
    source_record_success(source, run, found=len(documents))
    return Upload(run=run, documents=documents, known=known)


def document_store_fetched(*, source: Source, run: FetchRun, result: FetchResult) -> RawDocument | None:
    """Keep a fetched page or feed item; return it when it is still to be read (None: read already)."""
    document, created = document_store(
        content=result.content,
        url=result.url,
        content_type=result.content_type,
        last_modified=result.last_modified,
        source=source,
        run=run,
    )
    return document if created or document.status == DocumentStatus.PENDING else None


def document_claim(document_id: int) -> bool:
    """Take a waiting document for reading. The row count says whether this worker owns it."""
    claimed = RawDocument.objects.filter(pk=document_id, status=DocumentStatus.PENDING).update(
        status=DocumentStatus.PROCESSING, status_changed_at=timezone.now(), attempts=F("attempts") + 1
    )
    return claimed == 1


def document_release(*, document_id: int, reason: str) -> bool:
    """Give back a claimed document that a passing database or broker error interrupted: waiting
    again. The attempt still counts: an error that comes back every time (a query the database
    always cancels) must end in stale_documents_give_up, not go round for ever."""
    released = RawDocument.objects.filter(pk=document_id, status=DocumentStatus.PROCESSING).update(
        status=DocumentStatus.PENDING, status_changed_at=timezone.now(), error=reason
    )
    return released == 1


def document_requeue(document_ids) -> int:
    """Put documents back in the queue (re-processing, or a worker that died)."""
    return RawDocument.objects.filter(pk__in=list(document_ids)).update(
        status=DocumentStatus.PENDING, status_changed_at=timezone.now(), error=""
    )


MAX_ATTEMPTS = 5


def stale_documents():
    """Documents queued or claimed longer ago than KP_INGEST_STALE_SECONDS, which settings keep
    above the hard time limit: no worker can still be reading them."""
    cutoff = timezone.now() - timedelta(seconds=settings.KP_INGEST_STALE_SECONDS)
    return RawDocument.objects.filter(
        status__in=[DocumentStatus.PENDING, DocumentStatus.PROCESSING], status_changed_at__lt=cutoff
    )


def stale_documents_give_up() -> int:
    """A document that stopped its worker five times is not tried a sixth time."""
    return (
        stale_documents()
        .filter(attempts__gte=MAX_ATTEMPTS)
        .update(
            status=DocumentStatus.FAILED,
            error=(
                f"Gave up after {MAX_ATTEMPTS} attempts: each time its worker died or went past"
                f" the {settings.KP_TASK_TIME_LIMIT} s time limit before it was read."
            ),
            status_changed_at=timezone.now(),
        )
    )


class _Context:
    """What extraction needs from the database, read once per batch rather than per document."""

    def __init__(self):
        self.areas = {area.slug: area for area in ReformArea.objects.all()}
        self.rules = [AreaRule(slug=a.slug, keywords=a.keyword_list) for a in self.areas.values() if a.keyword_list]
        self.plenaries = {(p.year, p.kind): p for p in Plenary.objects.filter(held=True).select_related("chair")}
        self.plenary_refs = [
            PlenaryRef(
                year=p.year,
                kind=p.kind,
                city=p.city,
                end_date=p.end_date,
                start_date=p.start_date,
                chair=p.chair.name if p.chair else "",
                chair_person=p.chair_person,
                host_country=p.host_country,
            )
            for p in self.plenaries.values()
        ]
        self.organisations: dict[str, Organisation] = {}  # every name, casefolded → its organisation
        self.names: list[str] = []  # the names and other names as written, for extraction
        for organisation in Organisation.objects.all():
            self.remember(organisation)

    def remember(self, organisation: Organisation) -> None:
        for written in [organisation.name, *organisation.alias_list]:
            self.names.append(written)
            for variant in name_variants(written):
                self.organisations.setdefault(variant.casefold(), organisation)

    def organisation_named(self, name: str) -> Organisation | None:
        """A known organisation by its name, acronym or another of its names."""
        return self.organisations.get(name.casefold()) if name else None


def extraction_context() -> _Context:
    return _Context()


_worker_context: tuple[float, _Context] | None = None
WORKER_CONTEXT_SECONDS = 30


def worker_extraction_context() -> _Context:
    """A worker re-reads areas, meetings and organisations at most every 30 s, not per document:
    an editor's new keywords apply to documents read half a minute later."""
    global _worker_context
    now = time.monotonic()
    if _worker_context is None or now - _worker_context[0] > WORKER_CONTEXT_SECONDS:
        _worker_context = (now, _Context())
    return _worker_context[1]


def worker_extraction_context_clear() -> None:
    global _worker_context
    _worker_context = None


def document_process(
    document: RawDocument,
    *,
    context: _Context | None = None,
    organisation: Organisation | None = None,
    deadline: float | None = None,
) -> tuple[Statement | None, str]:
    """Read a stored document into a statement: "created", "updated", "unchanged" or "failed".

    ``organisation`` overrides the one found in the document (the ingest command's --organisation).
    ``deadline`` (a ``time.monotonic()`` moment): past it once the text is converted or read, nothing is written and
    SoftTimeLimitExceeded is raised, as the worker's soft limit would have (a library that catches every
    exception, as trafilatura's fallbacks do, can swallow the limit's own signal).
    """
    context = context or extraction_context()
    try:
        extracted = extract_document(
            bytes(document.content),
            filename=document.filename,
            content_type=document.content_type,
            url=document.url,
            areas=context.rules,
            plenaries=context.plenary_refs,
            known_organisations=context.names,
            last_modified=document.last_modified,
            deadline=deadline,
        )
    except ExtractionError as error:
        _document_finish(document, DocumentStatus.FAILED, str(error))
        return None, "failed"
    if deadline is not None and time.monotonic() > deadline:
        raise SoftTimeLimitExceeded()
    try:
        with transaction.atomic():
            statement, status = statement_ingest(
                extracted=extracted, document=document, context=context, organisation=organisation
            )
            _document_finish(document, DocumentStatus.DONE, "")
    except DuplicateText as error:
        _document_finish(document, DocumentStatus.FAILED, str(error))
        return None, "failed"
    return statement, status


def document_read_now(
    document: RawDocument, *, context: _Context | None = None, organisation: Organisation | None = None
) -> tuple[Statement | None, str]:
    """Read a stored document in this process (command line, dataset loader), whatever its status."""
    RawDocument.objects.filter(pk=document.pk).update(
        status=DocumentStatus.PROCESSING, status_changed_at=timezone.now(), attempts=F("attempts") + 1
    )
    return document_process(document, context=context, organisation=organisation)


def document_fail(document: RawDocument, message: str) -> None:
    _document_finish(document, DocumentStatus.FAILED, message)


def _document_finish(document: RawDocument, status: str, error: str) -> None:
    now = timezone.now()
    RawDocument.objects.filter(pk=document.pk).update(
        status=status, error=error, processed_at=now, status_changed_at=now
    )
    document.status, document.error, document.processed_at = status, error, now


def statement_ingest(
    *,
    extracted: ExtractedDocument,
    document: RawDocument,
    context: _Context,
    organisation: Organisation | None = None,
) -> tuple[Statement, str]:
    """Create or update the statement for a document; never a duplicate, never a rejected one revived."""
    source = document.source
    organisation, organisation_source = _organisation(organisation, extracted, context, source, document.url)
    plenary = context.plenaries.get((extracted.plenary.year, extracted.plenary.kind)) if extracted.plenary else None
    values = {
        "title": extracted.title[:400] or document.filename or document.url or "Untitled statement",
        "organisation": organisation,
        "organisation_source": organisation_source[:300],
        "published_on": extracted.published_on,
        "date_source": extracted.date_source[:120],
        "meeting_source": extracted.meeting_source[:300],
        "text": extracted.text,
        "language": extracted.language,
        "content_hash": extracted.content_hash,
        "plenary": plenary,
        "people": extracted.people,
        "document": document,
    }
    for attempt in range(2):
        try:
            with transaction.atomic():
                return _statement_upsert(values, document, extracted, context)
        except IntegrityError:
            # Two workers read the same document at once: the loser finds the winner's row next time.
            if attempt:
                raise
    raise AssertionError("unreachable")


def _organisation(
    given, extracted: ExtractedDocument, context: _Context, source, document_url: str
) -> tuple[Organisation | None, str]:
    """Who issued the document, and how we know: given when ingesting, named in the document (a known
    organisation, or a new one proposed for review), or the source's own organisation."""
    if given is not None:
        return given, "given when the document was ingested"
    if extracted.organisation:
        found = context.organisation_named(extracted.organisation)
        if found is None:
            found = organisation_propose(name=extracted.organisation, source_url=document_url)
            context.remember(found)
        return found, extracted.organisation_source
    if source is not None and source.organisation is not None:
        return source.organisation, f"the organisation of the source “{source.name}”"
    return None, extracted.organisation_source or "the document names no author"


class DuplicateText(Exception):
    """The document's address is one statement's, its text another's: a person must decide."""


# What a reviewer may have corrected; a new version of the text does not overwrite it.
REVIEWED_FIELDS = [
    "title",
    "organisation",
    "organisation_source",
    "published_on",
    "date_source",
    "plenary",
    "meeting_source",
]


def _statement_upsert(values, document, extracted, context) -> tuple[Statement, str]:
    locked = Statement.objects.select_for_update()
    by_url = locked.filter(url=document.url).first() if document.url else None
    by_text = locked.filter(content_hash=values["content_hash"]).first()
    if by_url and by_text and by_url.pk != by_text.pk:
        raise DuplicateText(
            f"The page at {document.url} (statement #{by_url.pk}) now has the same text as "
            f"statement #{by_text.pk} ({by_text.url or by_text.title}); nothing was changed."
        )
    existing = by_url or by_text
    auto_publish = document.source is not None and document.source.auto_publish
    if existing is None:
        statement = Statement.objects.create(
            url=document.url or None,
            review_status=ReviewStatus.PUBLISHED if auto_publish else ReviewStatus.PENDING,
            **values,
        )
        _add_tags(statement, extracted, context)
        _offer_meetings(statement, extracted, context)
        return statement, "created"
    if existing.review_status == ReviewStatus.REJECTED or existing.content_hash == values["content_hash"]:
        return existing, "unchanged"
    reviewed = existing.review_status == ReviewStatus.PUBLISHED
    old_text = existing.text
    for field, value in values.items():
        if not (reviewed and field in REVIEWED_FIELDS):
            setattr(existing, field, value)
    if document.url and not existing.url:
        existing.url = document.url
    if reviewed and not auto_publish:
        # New text nobody has read goes back to the review queue.
        existing.review_status = ReviewStatus.PENDING
    existing.save()
    # Tags a reviewer has already checked are kept; unreviewed ones follow the new text. A statement
    # known only by its address until now gets the text's tags beside any set by hand.
    if not reviewed:
        existing.mentions.all().delete()
        existing.quotes.all().delete()
        _add_tags(existing, extracted, context)
        _offer_meetings(existing, extracted, context)
    elif not old_text:
        _add_tags(existing, extracted, context)
    else:
        statement_text_follow(statement=existing, old_text=old_text)
    return existing, "updated"


def _offer_meetings(statement: Statement, extracted: ExtractedDocument, context: _Context) -> None:
    """The meetings a reviewer chooses from when the document could be about several."""
    candidates = [context.plenaries.get((ref.year, ref.kind)) for ref in extracted.meeting_candidates]
    statement.meeting_candidates.set([meeting for meeting in candidates if meeting is not None])


def _add_tags(statement: Statement, extracted: ExtractedDocument, context: _Context) -> None:
    tagged = set(statement.mentions.values_list("area__slug", flat=True))
    AreaMention.objects.bulk_create(
        AreaMention(statement=statement, area=context.areas[match.slug], excerpt=match.excerpt, stance=match.stance)
        for match in extracted.areas
        if match.slug in context.areas and match.slug not in tagged
    )
    Quote.objects.bulk_create(
        Quote(statement=statement, person=quote.person[:200], text=quote.text) for quote in extracted.quotes
    )


def statement_text_follow(*, statement: Statement, old_text: str) -> None:
    """After its text has changed, a statement shows none of the old text's words we no longer hold.

    The areas and stances stay as a reviewer set them. An excerpt taken from the old text is read
    again from the new one (empty when the new text no longer names the area); a quote taken from
    the old text that the new one does not hold is removed. Words an editor typed in are kept.
    """
    if statement.text == old_text:
        return

    def stale(words: str) -> bool:
        return _holds(old_text, words) and not _holds(statement.text, words)

    mentions = [m for m in statement.mentions.select_related("area") if m.excerpt and stale(m.excerpt)]
    if mentions:
        rules = [AreaRule(slug=m.area.slug, keywords=m.area.keyword_list) for m in mentions if m.area.keyword_list]
        excerpts = {match.slug: match.excerpt for match in match_areas(statement.text, rules)}
        for mention in mentions:
            mention.excerpt = excerpts.get(mention.area.slug, "")
        AreaMention.objects.bulk_update(mentions, ["excerpt"])
    statement.quotes.filter(pk__in=[quote.pk for quote in statement.quotes.all() if stale(quote.text)]).delete()


def _holds(text: str, words: str) -> bool:
    """``text`` holds ``words``, whatever the line breaks; an excerpt's "…" stands for the words it leaves out."""
    flat = " ".join(text.split())
    pieces = [" ".join(piece.split()) for piece in words.split("…")]
    return any(pieces) and all(piece in flat for piece in pieces if piece)


def statement_meeting_choose(*, statement: Statement, plenary_id: int, chosen_by: str) -> Statement:
    """A reviewer settles the meeting ingestion could not: one of the candidates it offered."""
    plenary = statement.meeting_candidates.filter(pk=plenary_id).first()
    if plenary is None:
        raise ValidationError(_("That meeting is not one of the statement's candidates."))
    offered = ", ".join(str(meeting) for meeting in statement.meeting_candidates.order_by("sort_key"))
    statement.plenary = plenary
    statement.meeting_source = _("chosen by %(user)s among %(offered)s") % {"user": chosen_by, "offered": offered}
    statement.meeting_source = statement.meeting_source[:300]
    statement.save(update_fields=["plenary", "meeting_source", "updated_at"])
    statement.meeting_candidates.clear()
    return statement


def statement_readdress(*, statement: Statement, url: str) -> Statement:
    """Give a statement the address its publisher's page now has (the canonical form of a link)."""
    statement.url = url
    statement.clean_fields(exclude=[f.name for f in Statement._meta.fields if f.name != "url"])
    statement.validate_unique()
    statement.save(update_fields=["url", "updated_at"])
    return statement


def statement_record(
    *,
    statement: Statement | None = None,
    url: str | None,
    title: str,
    organisation: Organisation | None,
    published_on,
    date_source: str = "",
    plenary: Plenary | None,
    review_status: str,
    note: str = "",
    text_is_excerpt: bool = False,
    areas: list[ReformArea] = (),
    keep_edits: bool = False,
) -> tuple[Statement, str]:
    """Record what is known of a statement (its address, author, date, meeting), with or without its text.

    ``statement`` is one the pipeline has just read from the document; without it the statement is
    found, or created, by its address. Reform areas are added to those the text already shows.
    """
    values = {
        "url": url,
        "title": title[:400],
        "organisation": organisation,
        "published_on": published_on,
        "date_source": date_source[:120],
        "plenary": plenary,
        "review_status": review_status,
        "note": note,
        "text_is_excerpt": text_is_excerpt,
    }
    # Found by its address unless the pipeline has just read it from the document.
    lookup = {"pk": statement.pk} if statement is not None else {"url": values.pop("url")}
    statement, status = upsert(Statement, lookup=lookup, values=values, keep_edits=keep_edits)
    for area in areas:
        if AreaMention.objects.get_or_create(statement=statement, area=area)[1] and status == "unchanged":
            status = "updated"
    return statement, status


def statements_review(*, statements: QuerySet, review_status: str) -> int:
    """Publish or reject statements one by one, so each decision is in the history (who, when)
    and moves `updated_at` for partners syncing with updated_since.

    All or none: a statement the record's rules refuse to publish (nothing to cite, say) raises
    ValidationError, naming it, and nothing changes."""
    changed, refused = 0, []
    with transaction.atomic():
        waiting = statements.exclude(review_status=review_status).select_related("plenary")
        for statement in waiting.select_for_update(of=("self",)):
            statement.review_status = review_status
            try:
                if review_status == ReviewStatus.PUBLISHED:  # rejecting needs nothing of a statement
                    statement.clean()
            except ValidationError as error:
                refused += [f"{statement}: {message}" for message in error.messages]
                continue
            statement.save(update_fields=["review_status", "updated_at"])
            changed += 1
        if refused:
            raise ValidationError(refused)
    return changed


# --- Sources


@dataclass
class SourceFetch:
    run: FetchRun
    summary: str  # "3 found", "not modified", "failed: …"
    to_read: list[int] = dataclasses.field(default_factory=list)  # documents stored and waiting to be read
    to_fetch: list[str] = dataclasses.field(default_factory=list)  # new feed items, fetched one task each


def source_fetch(*, source: Source) -> SourceFetch:
    """Fetch a feed or page once, record the run and the source's health, and say what comes next.

    Never raises: a failure, even a bug, is recorded on the run and the source (which backs off).
    """
    run = FetchRun.objects.create(source=source)
    try:
        result = fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        if result.not_modified:
            source_record_success(source, run, found=0)
            FetchRun.objects.filter(pk=run.pk).update(status=FetchRun.Status.NOT_MODIFIED)
            return SourceFetch(run=run, summary="not modified")
        if source.kind == SourceKind.PAGE:
            found = 1
            document = document_store_fetched(source=source, run=run, result=result)
            fetched = SourceFetch(run=run, summary="", to_read=[document.pk] if document else [])
        else:
            items = [item.url for item in parse_feed(result.content, url=result.url, max_items=FEED_ITEMS_READ)]
            found = len(items)
            fetched = SourceFetch(run=run, summary="", to_fetch=_new_items(run, items))
    except (FetchError, ExtractionError, DocumentTooLarge) as error:
        source_record_failure(source, run, str(error))
        return SourceFetch(run=run, summary=f"failed: {error}")
    except INTERRUPTIONS:
        raise  # not the source's fault: the task tries again (statements/tasks.py)
    except Exception as error:  # a bug must still show on the source's health, not leave a run "running"
        log.exception("fetching source %s failed", source.pk)
        source_record_failure(source, run, f"Unexpected error: {error!r}")
        return SourceFetch(run=run, summary=f"failed: {error!r}")
    source_record_success(source, run, found=found, etag=result.etag, last_modified=result.last_modified)
    fetched.summary = f"{found} found"
    return fetched


def _new_items(run: FetchRun, urls: list[str]) -> list[str]:
    """The feed's items not read yet, at most KP_INGEST_MAX_FEED_ITEMS; the rest wait for the next run."""
    known = set(RawDocument.objects.filter(url__in=urls, status=DocumentStatus.DONE).values_list("url", flat=True))
    new = [url for url in urls if url not in known]
    taken = new[: settings.KP_INGEST_MAX_FEED_ITEMS]
    note = f"{len(new)} new of {len(urls)} items"
    if len(taken) < len(new):
        note += f"; fetching {len(taken)} now, the rest next time"
    FetchRun.objects.filter(pk=run.pk).update(note=note)
    return taken


def source_next_poll(source: Source, *, failed: bool) -> timedelta:
    """Back off exponentially after failures, capped, so a broken feed is neither hammered nor dropped."""
    if not failed:
        return timedelta(minutes=source.poll_minutes)
    minutes = source.poll_minutes * 2 ** min(source.consecutive_failures, 20)
    return timedelta(minutes=min(minutes, settings.KP_INGEST_MAX_BACKOFF_MINUTES))


def source_record_success(
    source: Source, run: FetchRun, *, found: int, etag: str = "", last_modified: str = ""
) -> None:
    now = timezone.now()
    source.consecutive_failures = 0
    source.last_success_at = now
    source.items_found = found
    source.etag = etag or source.etag
    source.last_modified = last_modified or source.last_modified
    source.next_poll_at = now + source_next_poll(source, failed=False)
    # Only the health fields: an editor may be changing the source while it is fetched.
    source.save(
        update_fields=[
            "consecutive_failures",
            "last_success_at",
            "items_found",
            "etag",
            "last_modified",
            "next_poll_at",
        ]
    )
    FetchRun.objects.filter(pk=run.pk).update(finished_at=now, documents_found=found, status=FetchRun.Status.DONE)


def source_record_failure(source: Source, run: FetchRun, message: str) -> None:
    now = timezone.now()
    source.consecutive_failures += 1
    source.last_error_at = now
    source.last_error = message
    source.next_poll_at = now + source_next_poll(source, failed=True)
    source.save(update_fields=["consecutive_failures", "last_error_at", "last_error", "next_poll_at"])
    FetchRun.objects.filter(pk=run.pk).update(finished_at=now, status=FetchRun.Status.FAILED, error=message)


def sources_due():
    now = timezone.now()
    return Source.objects.filter(active=True, kind__in=["feed", "page"]).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )


def source_claim(source_id: int) -> bool:
    """Mark a due source as taken until its next poll, so beat never queues it twice."""
    now = timezone.now()
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return False
    taken = (
        Source.objects.filter(pk=source_id)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .update(next_poll_at=now + timedelta(minutes=source.poll_minutes))
    )
    return taken == 1


def run_record_item_failure(run: FetchRun, url: str, message: str) -> None:
    """An item of a feed that could not be fetched: counted and explained on its run."""
    FetchRun.objects.filter(pk=run.pk).update(
        items_failed=F("items_failed") + 1, error=Concat(F("error"), Value(f"{url}: {message}\n"))
    )
