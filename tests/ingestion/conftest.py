import json
from pathlib import Path

import pytest

from plenaries.models import Participant, Plenary
from tracker.dataset import DATASET_PATH, DatasetLoader

SEED = Path(__file__).parent / "seed_press_release.txt"


@pytest.fixture(scope="session")
def dataset_records():
    return json.loads(DATASET_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def kp_data(db, dataset_records):
    """What extraction reads from the database, as shipped: reform areas with their keywords, the
    organisations, and the meetings with their dates, host countries and chairs (bulk: quick)."""
    loader = DatasetLoader(dataset_records)
    loader.load_areas()
    loader.load_organisations()
    chaired = {plenary["chair"] for plenary in dataset_records["plenaries"]}
    chairs = {
        participant.slug: participant
        for participant in Participant.objects.bulk_create(
            Participant(slug=record["slug"], name=record["name"], kind=record["kind"], source_url=record["source_url"])
            for record in dataset_records["participants"]
            if record["slug"] in chaired
        )
    }
    Plenary.objects.bulk_create(
        Plenary(
            year=record["year"],
            kind=record["kind"],
            held=record["held"],
            city=record["city"],
            host_country=record["host_country"],
            start_date=record["start_date"],
            end_date=record["end_date"],
            chair=chairs.get(record["chair"]),
            source_url=record["source_url"],
        )
        for record in dataset_records["plenaries"]
    )


def statement_page(title: str, body: str, date: str = "14 November 2024") -> bytes:
    return f"""<!doctype html><html><head><title>{title}</title>
<script>window.tracker = "should never appear";</script><style>body {{ color: red }}</style></head>
<body><nav>Home | About | Contact</nav><article><h1>{title}</h1><p>{date}</p>
<p>{body}</p><p>{body}</p></article><footer>© An NGO</footer></body></html>""".encode()
