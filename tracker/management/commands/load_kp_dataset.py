from django.core.management.base import BaseCommand

from tracker.dataset import DATASET_PATH, load_kp_dataset
from tracker.dataset_check import DatasetRefused, refusal


class Command(BaseCommand):
    help = "Load the shipped Kimberley Process dataset. Safe to run again: it only writes what changed."

    def add_arguments(self, parser):
        parser.add_argument("--path", default=str(DATASET_PATH), help="Dataset JSON file (default: the shipped one).")

    def handle(self, *args, path, **options):
        try:
            counts = load_kp_dataset(path)
        except DatasetRefused as refused:
            raise refusal(refused.problems, path, self.stderr.write) from refused
        for key in sorted(counts):
            self.stdout.write(f"{key}: {counts[key]}")
        changed = sum(n for key, n in counts.items() if not key.endswith("unchanged"))
        self.stdout.write(self.style.SUCCESS("Dataset loaded." if changed else "Dataset already up to date."))
