"""Per-field accuracy of extraction on the labelled corpus, and every miss: where the extractor stands."""

from django.core.management.base import BaseCommand

from statements.corpus import FIELDS, PARTS, evaluate

LABELS = {
    "published_on": "date",
    "organisation": "organisation",
    "meeting": "meeting",
    "areas": "areas",
    "people": "people",
}


class Command(BaseCommand):
    help = (
        "Read the labelled statements in tests/extraction/corpus/ with this database's reform areas, meetings and "
        "organisations, and print how many of each field come out right (tune: the documents the rules were "
        "developed on; holdout: documents nobody changing the rules has read), then the tune part's misses. "
        "The holdout's misses are printed only with --holdout-misses: whoever reads them may no longer change rules."
    )

    def add_arguments(self, parser):
        parser.add_argument("--part", choices=PARTS, action="append", help="Only this part (repeatable).")
        parser.add_argument("--no-misses", action="store_true", help="Figures only.")
        parser.add_argument(
            "--holdout-misses",
            action="store_true",
            help="Also list the holdout's misses (for an audit, not for tuning).",
        )

    def handle(self, *args, part=None, no_misses=False, holdout_misses=False, **options):
        results = [evaluate(name) for name in part or PARTS]
        header = f"{'part':<8} {'docs':>4}  " + "  ".join(f"{LABELS[name]:>12}" for name in FIELDS)
        self.stdout.write("Extraction on the labelled corpus (tests/extraction/corpus/)")
        self.stdout.write(header + f"  {'all fields':>10}  {'wrong meetings':>14}")
        for result in results:
            figures = "  ".join(f"{result.accuracy(name):>12.0%}" for name in FIELDS)
            self.stdout.write(
                f"{result.part:<8} {result.documents:>4}  {figures}  {result.accuracy():>10.1%}"
                f"  {result.wrong_meetings:>14}"
            )
        if no_misses:
            return
        for result in results:
            if result.part == "holdout" and not holdout_misses:
                self.stdout.write("  (holdout misses not listed: --holdout-misses shows them, for an audit only)")
                continue
            for miss in result.misses:
                field = LABELS.get(miss.field, miss.field)
                line = f"  {result.part}/{miss.document}  {field}: expected {miss.expected!r}, got {miss.got!r}"
                self.stdout.write(line + (f"  [{miss.evidence}]" if miss.evidence else ""))
