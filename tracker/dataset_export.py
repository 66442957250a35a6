"""Writes the live record as a KP dataset file, in the shipped file's format (tracker/dataset_format.py).

The open record, editors' changes included: everything the public site and the API show, which
``load_kp_dataset --path`` loads back. Statements' texts go beside the file, in ``statements/``.
Left out, as they are not public: statements awaiting review or rejected, organisations awaiting
review, stored documents, sources and accounts (a database backup keeps those; see the README).
"""

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import slugify

from common.rules import Problem
from common.sources import canonical_url
from plenaries.models import Country, OpenQuestion, Organisation, Participant, Plenary, StatusEvent
from plenaries.rules import meeting_key
from reforms.models import Milestone, Outcome, Position, ReformArea, ReformProposal, ReviewCycle
from statements.models import AreaMention, Quote, Statement
from tracker import dataset_format as shape
from tracker.dataset import DATASET_PATH
from tracker.dataset_check import check_dataset

TEXTS_FOLDER = "statements"


def _meeting(plenary: Plenary | None) -> str | None:
    return meeting_key(plenary.year, plenary.kind) if plenary is not None else None


def _slug(row) -> str | None:
    return row.slug if row is not None else None


@dataclass
class Export:
    data: dict
    texts: dict[str, str] = field(default_factory=dict)  # file, relative to the dataset file → text
    counts: Counter = field(default_factory=Counter)


class _Exporter:
    def __init__(self):
        self.export = Export(data={})

    def run(self) -> Export:
        data = self.export.data
        data["meta"] = self.meta()
        data["reform_areas"] = [
            {"slug": area.slug, **shape.REFORM_AREA.record(area)}
            for area in ReformArea.objects.order_by("position", "pk")
        ]
        data["review_cycles"] = [
            {"slug": cycle.slug, **shape.REVIEW_CYCLE.record(cycle)} for cycle in ReviewCycle.objects.order_by("pk")
        ]
        data["participants"] = self.participants()
        data["organisations"] = [
            {"slug": organisation.slug, **shape.ORGANISATION.record(organisation)}
            for organisation in Organisation.objects.public().order_by("pk")
        ]
        data["plenaries"] = self.plenaries()
        data["proposals"] = self.proposals()
        data["positions"] = self.positions()
        data["statements"] = self.statements()
        data["open_questions"] = [
            {"question": question.question, **shape.OPEN_QUESTION.record(question)}
            for question in OpenQuestion.objects.order_by("position", "pk")
        ]
        self.export.counts.update({key: len(value) for key, value in data.items() if isinstance(value, list)})
        self.export.counts["statement texts"] = len(self.export.texts)
        return self.export

    @staticmethod
    def meta() -> dict:
        shipped = json.loads(DATASET_PATH.read_text(encoding="utf-8"))["meta"]
        today = timezone.localdate().isoformat()
        return {**shipped, "compiled": f"Exported from the tracker's database on {today}, editors' changes included."}

    def participants(self) -> list[dict]:
        participants = Participant.objects.order_by("pk").prefetch_related(
            Prefetch("countries", queryset=Country.objects.order_by("pk")),
            Prefetch("status_events", queryset=StatusEvent.objects.order_by("pk")),
        )
        return [
            {
                "slug": participant.slug,
                **shape.PARTICIPANT.record(participant),
                "status_events": [
                    {**{key: getattr(event, key) for key in shape.STATUS_EVENT_KEY}, **shape.STATUS_EVENT.record(event)}
                    for event in participant.status_events.all()
                ],
                "countries": [
                    {"iso_code": country.iso_code, **shape.COUNTRY.record(country)}
                    for country in participant.countries.all()
                ],
            }
            for participant in participants
        ]

    def plenaries(self) -> list[dict]:
        return [
            {
                "year": plenary.year,
                "kind": plenary.kind,
                **shape.PLENARY.record(plenary),
                **{key: _slug(getattr(plenary, key)) for key in shape.PLENARY_PARTICIPANTS},
            }
            for plenary in Plenary.objects.select_related(*shape.PLENARY_PARTICIPANTS).order_by("pk")
        ]

    def proposals(self) -> list[dict]:
        proposals = (
            ReformProposal.objects.select_related("area", "cycle", "first_tabled", "sponsor", "continues")
            .prefetch_related(
                Prefetch("originators", queryset=Organisation.objects.public().order_by("pk")),
                Prefetch("outcomes", queryset=Outcome.objects.select_related("plenary").order_by("pk")),
                Prefetch("milestones", queryset=Milestone.objects.order_by("pk")),
            )
            .order_by("pk")
        )
        return [
            {
                "slug": proposal.slug,
                **shape.PROPOSAL.record(proposal),
                "area": proposal.area.slug,
                "cycle": _slug(proposal.cycle),
                "first_tabled": _meeting(proposal.first_tabled),
                "sponsor": _slug(proposal.sponsor),
                "originators": [organisation.slug for organisation in proposal.originators.all()],
                "continues": _slug(proposal.continues),
                "outcomes": [
                    {"meeting": _meeting(outcome.plenary), **shape.OUTCOME.record(outcome)}
                    for outcome in proposal.outcomes.all()
                ],
                "milestones": [
                    {
                        **{key: getattr(milestone, key) for key in shape.MILESTONE_KEY},
                        **shape.MILESTONE.record(milestone),
                    }
                    for milestone in proposal.milestones.all()
                ],
            }
            for proposal in _each_after_the_one_it_continues(list(proposals))
        ]

    def positions(self) -> list[dict]:
        positions = Position.objects.select_related("proposal", "plenary", "participant").order_by("pk")
        return [
            {
                "proposal": position.proposal.slug,
                "meeting": _meeting(position.plenary),
                "participant": position.participant.slug,
                **shape.POSITION.record(position),
            }
            for position in positions
        ]

    def statements(self) -> list[dict]:
        statements = (
            Statement.objects.published()
            .select_related("organisation", "plenary", "document")
            .prefetch_related(
                Prefetch(
                    "mentions",
                    queryset=AreaMention.objects.select_related("area").order_by("area__position", "area__slug"),
                ),
                Prefetch("quotes", queryset=Quote.objects.order_by("pk")),  # the statement page's order
            )
            .order_by("pk")
        )
        return [self.statement(statement) for statement in statements]

    def statement(self, statement: Statement) -> dict:
        record = shape.STATEMENT.record(statement)
        record.update(
            # The file writes links the one canonical way; the loader files the statement under it.
            url=canonical_url(statement.url) if statement.url else None,
            organisation=_slug(statement.public_organisation),
            published_on=statement.published_on.isoformat() if statement.published_on else None,
            meeting=_meeting(statement.plenary),
            reform_areas=[mention.area.slug for mention in statement.mentions.all()],
            people=list(statement.people),
            mentions=[
                {"area": mention.area.slug, **shape.MENTION.record(mention)} for mention in statement.mentions.all()
            ],
            quotes=[shape.QUOTE.record(quote) for quote in statement.quotes.all()],
        )
        if statement.date_source:
            record["date_basis"] = statement.date_source
        if statement.text:
            record["file"] = self.text_file(statement)
            self.export.texts[record["file"]] = statement.text
        if statement.text or statement.text_is_excerpt:
            record["text_is_excerpt"] = statement.text_is_excerpt
        record["listed_in_full"] = True
        return record

    def text_file(self, statement: Statement) -> str:
        """statements/<name>.txt: the stored document's name when it is a text file (the shipped
        ones), else the date and title; never one already taken."""
        document = statement.document
        if document is not None and document.filename.lower().endswith(".txt"):
            stem = slugify(Path(document.filename).stem)
        else:
            stem = f"{statement.published_on or 'undated'}-{slugify(statement.title)[:60]}".rstrip("-")
        name, number = f"{TEXTS_FOLDER}/{stem}.txt", 1
        while name in self.export.texts:
            number += 1
            name = f"{TEXTS_FOLDER}/{stem}-{number}.txt"
        return name


def _each_after_the_one_it_continues(proposals: list[ReformProposal]) -> list[ReformProposal]:
    """The loader links a proposal only to one it has read already."""
    by_pk = {proposal.pk: proposal for proposal in proposals}
    ordered, placed = [], set()

    def place(proposal):
        if proposal.pk in placed:
            return
        placed.add(proposal.pk)  # before its ancestors: a cycle (which clean() refuses) cannot loop
        if proposal.continues_id in by_pk:
            place(by_pk[proposal.continues_id])
        ordered.append(proposal)

    for proposal in proposals:
        place(proposal)
    return ordered


def dataset_build() -> Export:
    """The live record in the dataset's format, with the statements' texts, as of one moment: all
    its reads see one snapshot, so an editor saving meanwhile cannot leave half a change in it.

    PostgreSQL gives a transaction that snapshot under REPEATABLE READ (set before its first read;
    inside a caller's transaction, the caller's isolation applies). SQLite's transactions are
    serializable: a writer waits for the export (rollback journal) or is not seen by it (WAL).
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _Exporter().run()


def _write(path: Path, content: str) -> None:
    """Replace ``path`` whole or not at all: a backup interrupted half-way must not look complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".part") as part:
        part.write(content)
    os.chmod(part.name, 0o644)  # public data, readable like any file the operator writes
    os.replace(part.name, path)


def export_kp_dataset(path: Path) -> tuple[Export, list[Problem]]:
    """Write the live record to ``path`` (texts first, the dataset file last) and return it with
    the rules it breaks, if any: a file with problems is written all the same, but the loader
    would refuse it until they are fixed in the admin."""
    path = Path(path)
    export = dataset_build()
    for name, text in export.texts.items():
        _write(path.parent / name, text)
    _write(path, json.dumps(export.data, indent=1, ensure_ascii=False) + "\n")
    return export, check_dataset(export.data)
