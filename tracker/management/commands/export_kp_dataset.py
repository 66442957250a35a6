from pathlib import Path

from django.core.management.base import BaseCommand

from tracker.dataset_check import refusal
from tracker.dataset_export import TEXTS_FOLDER, export_kp_dataset


class Command(BaseCommand):
    help = (
        "Write the live record (editors' changes included) as a KP dataset file, in the shipped file's format, "
        "with the statements' texts in a statements/ folder beside it. load_kp_dataset --path loads it back."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Dataset JSON file to write, e.g. backups/kp_dataset.json.")

    def handle(self, *args, path, **options):
        export, problems = export_kp_dataset(Path(path))
        for key in sorted(export.counts):
            self.stdout.write(f"{key}: {export.counts[key]}")
        if problems:
            outcome = "it was written, but load_kp_dataset would refuse it until they are fixed in the admin"
            raise refusal(problems, path, self.stderr.write, outcome=outcome)
        texts = Path(path).parent / TEXTS_FOLDER
        self.stdout.write(self.style.SUCCESS(f"Wrote {path} (statements' texts in {texts}/)."))
