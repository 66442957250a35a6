from django.core.management.base import BaseCommand

from statements import services
from statements.models import DocumentStatus, RawDocument


class Command(BaseCommand):
    help = "Read stored documents again with the current extractor (all, or only the failed ones)."

    def add_arguments(self, parser):
        parser.add_argument("--failed", action="store_true", help="only documents that could not be read")

    def handle(self, *args, failed: bool, **options):
        documents = RawDocument.objects.select_related("source").order_by("pk")
        if failed:
            documents = documents.filter(status=DocumentStatus.FAILED)
        context = services.extraction_context()
        outcome = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for document in documents.iterator(chunk_size=100):
            _, status = services.document_read_now(document, context=context)
            outcome[status] += 1
        self.stdout.write(", ".join(f"{count} {status}" for status, count in outcome.items()))
