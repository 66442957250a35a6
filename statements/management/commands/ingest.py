import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from plenaries.models import Organisation
from statements import services
from statements.api import AREA_SLUGS
from statements.extraction import ExtractionError, parse_feed
from statements.fetching import FetchError, fetch
from statements.models import RawDocument, Statement
from statements.serializers import StatementSerializer


def statement_fields(statement: Statement) -> dict:
    """The statement as the API shows it (same serializer, same field names and values), plus what
    a reviewer checks before publishing: its review status, the stance found per area, the quotes."""
    statement = Statement.objects.select_related("organisation", "plenary").get(pk=statement.pk)
    AREA_SLUGS.attach([statement])
    mentions = statement.mentions.select_related("area").order_by("area__position", "area__slug")
    return {
        **StatementSerializer(statement).data,
        "review_status": statement.review_status,
        "stances": {mention.area.slug: mention.stance for mention in mentions},
        "quotes": [{"person": q.person, "text": q.text} for q in statement.quotes.order_by("pk")],
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
        statement, status = services.document_read_now(loaded, context=self.context, organisation=self.organisation)
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
