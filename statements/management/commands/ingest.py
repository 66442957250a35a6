import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from plenaries.models import Organisation
from statements import services
from statements.extraction import ExtractionError, parse_feed
from statements.fetching import FetchError, fetch
from statements.models import DocumentStatus, RawDocument


def statement_fields(statement) -> dict:
    """The statement as the API names its fields."""
    mentions = list(statement.mentions.select_related("area"))
    return {
        "id": statement.pk,
        "title": statement.title,
        "organisation": statement.organisation.name if statement.organisation else None,
        "published_on": statement.published_on.isoformat() if statement.published_on else None,
        "date_source": statement.date_source,
        "url": statement.url,
        "language": statement.language,
        "plenary": statement.plenary.year if statement.plenary else None,
        "plenary_city": statement.plenary.city if statement.plenary else None,
        "reform_areas": [mention.area.slug for mention in mentions],
        "stances": {mention.area.slug: mention.stance for mention in mentions},
        "people": statement.people,
        "quotes": [{"person": q.person, "text": q.text} for q in statement.quotes.all()],
        "review_status": statement.review_status,
    }


class Command(BaseCommand):
    help = (
        "Read statements from files or web addresses through the ingestion pipeline. "
        "A feed address ingests every item it lists. Exits non-zero when any document failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--json", action="store_true", help="print one JSON object per document")
        parser.add_argument("--organisation", help="issuing organisation (name), instead of the one found")

    def handle(self, *args, inputs, json: bool, organisation: str | None, **options):
        self.as_json = json
        self.organisation = self._organisation(organisation)
        self.context = services.extraction_context()
        failures = 0
        for item in inputs:
            for label, loaded in self._documents(item):
                failures += not self._ingest(label, loaded)
        if failures:
            raise CommandError(f"{failures} document(s) failed.", returncode=1)

    def _organisation(self, name):
        if not name:
            return None
        found = Organisation.objects.filter(name__iexact=name).first()
        if found is None:
            raise CommandError(f'No organisation named "{name}". Existing ones are listed in admin.')
        return found

    def _documents(self, item: str):
        """(label, stored document or error message) for each document behind one input."""
        try:
            if item.startswith(("http://", "https://")):
                yield from self._fetched(item)
            else:
                path = Path(item)
                if not path.is_file():
                    yield item, f"No such file: {item}"
                    return
                yield item, self._store(content=path.read_bytes(), filename=path.name)
        except (FetchError, services.DocumentTooLarge, OSError) as error:
            yield item, str(error)

    def _fetched(self, url: str):
        result = fetch(url)
        try:
            items = parse_feed(result.content, url=result.url)
        except ExtractionError:
            items = []
        if not items:
            yield url, self._store(content=result.content, url=result.url, content_type=result.content_type)
            return
        for feed_item in items:
            try:
                page = fetch(feed_item.url)
                yield feed_item.url, self._store(content=page.content, url=page.url, content_type=page.content_type)
            except (FetchError, services.DocumentTooLarge) as error:
                yield feed_item.url, str(error)

    def _store(self, **kwargs) -> RawDocument:
        document, _ = services.document_store(**kwargs)
        return document

    def _ingest(self, label: str, loaded) -> bool:
        if isinstance(loaded, str):
            return self._report(label, "failed", error=loaded)
        RawDocument.objects.filter(pk=loaded.pk).update(status=DocumentStatus.PROCESSING)
        statement, status = services.document_process(loaded, context=self.context, organisation=self.organisation)
        if statement is None:
            return self._report(label, "failed", error=loaded.error)
        return self._report(label, status, statement=statement)

    def _report(self, label: str, status: str, *, statement=None, error: str = "") -> bool:
        if self.as_json:
            record = {"input": label, "status": status, **(statement_fields(statement) if statement else {})}
            if error:
                record["error"] = error
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        elif statement is not None:
            self.stdout.write(f"{status:9} {label}: {statement.title} (#{statement.pk})")
        else:
            self.stderr.write(f"failed    {label}: {error}")
        return status != "failed"
