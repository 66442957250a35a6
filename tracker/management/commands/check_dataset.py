import json

from django.core.management.base import BaseCommand, CommandError

from tracker.dataset import DATASET_PATH
from tracker.dataset_check import check_dataset, refusal


class Command(BaseCommand):
    help = "Check a KP dataset file against the record's rules: one line per problem, with the record it concerns."

    def add_arguments(self, parser):
        parser.add_argument("--path", default=str(DATASET_PATH), help="Dataset JSON file (default: the shipped one).")

    def handle(self, *args, path, **options):
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        if problems := check_dataset(data):
            raise refusal(problems, path, self.stderr.write)
        self.stdout.write(self.style.SUCCESS(f"{path} keeps every rule."))
