"""Loads a KP dataset file idempotently: the shipped data/kp_dataset.json, or an export of a live
database (tracker/dataset_export.py); tracker/dataset_format.py describes the format.

Natural keys (slugs, "2019 plenary", URLs) identify rows, so a second run finds
every row already there and changes nothing. A row an editor has changed (its
history names a user) is kept as the editor left it.
"""

import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction

from common.sources import canonical_url
from plenaries.models import Country, OpenQuestion, Organisation, Participant, Plenary, StatusEvent
from reforms.models import Milestone, Outcome, Position, ReformArea, ReformProposal, ReviewCycle
from reforms.services import edited_by_someone, outcome_record, position_record, proposal_line_sync, upsert
from statements import services as statement_services
from statements.models import AreaMention, DocumentStatus, Quote, ReviewStatus, Statement
from tracker import dataset_format as shape
from tracker.dataset_check import DatasetRefused, check_dataset

DATASET_PATH = Path(settings.BASE_DIR) / "data" / "kp_dataset.json"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class DatasetLoader:
    def __init__(self, data: dict, *, base: Path = DATASET_PATH.parent):
        """``base`` is the dataset file's folder: statements' ``file`` paths are relative to it."""
        self.data = data
        self.base = base
        self.counts: Counter = Counter()
        self.participants: dict[str, Participant] = {}
        self.meetings: dict[str, Plenary] = {}
        # Facts the file states, by model: the rest were dropped from the file (see prune()).
        self.stated: dict[type, set[int]] = defaultdict(set)

    def _count(self, kind: str, status: str) -> None:
        self.counts[f"{kind} {status}"] += 1

    @transaction.atomic
    def run(self) -> Counter:
        self.load_areas()
        self.load_participants()
        self.load_organisations()
        self.load_plenaries()
        self.load_proposals()
        self.load_positions()
        self.load_statements()
        self.load_open_questions()
        self.prune()
        return self.counts

    def load_areas(self):
        for area in self.data["reform_areas"]:
            # Better shipped keywords reach every installation; an area an editor has tuned is kept as is.
            values = shape.REFORM_AREA.values(area)
            _, status = upsert(ReformArea, lookup={"slug": area["slug"]}, values=values, keep_edits=True)
            self._count("reform areas", status)
        for cycle in self.data["review_cycles"]:
            values = shape.REVIEW_CYCLE.values(cycle)
            _, status = upsert(ReviewCycle, lookup={"slug": cycle["slug"]}, values=values, keep_edits=True)
            self._count("review cycles", status)

    def load_participants(self):
        for record in self.data["participants"]:
            values = shape.PARTICIPANT.values(record)
            participant, status = upsert(Participant, lookup={"slug": record["slug"]}, values=values, keep_edits=True)
            self.participants[record["slug"]] = participant
            self._count("participants", status)
        for record in self.data["participants"]:
            participant = self.participants[record["slug"]]
            for country in record["countries"]:
                _, status = upsert(
                    Country,
                    lookup={"iso_code": country["iso_code"]},
                    values={"represented_by": participant, **shape.COUNTRY.values(country)},
                )
                self._count("countries", status)
            for event in record["status_events"]:
                event_row, status = upsert(
                    StatusEvent,
                    lookup={"participant": participant, **{key: event[key] for key in shape.STATUS_EVENT_KEY}},
                    values=shape.STATUS_EVENT.values(event),
                    keep_edits=True,
                )
                self.stated[StatusEvent].add(event_row.pk)
                self._count("status events", status)

    def load_organisations(self):
        for record in self.data["organisations"]:
            values = shape.ORGANISATION.values(record)
            _, status = upsert(Organisation, lookup={"slug": record["slug"]}, values=values, keep_edits=True)
            self._count("organisations", status)

    def _participant(self, slug: str | None) -> Participant | None:
        return self.participants[slug] if slug else None

    def load_plenaries(self):
        for record in self.data["plenaries"]:
            values = shape.PLENARY.values(record)
            values.update({key: self._participant(record[key]) for key in shape.PLENARY_PARTICIPANTS})
            plenary, status = upsert(
                Plenary, lookup={"year": record["year"], "kind": record["kind"]}, values=values, keep_edits=True
            )
            self.meetings[f"{plenary.year} {plenary.kind}"] = plenary
            self._count("plenaries", status)

    def load_proposals(self):
        areas = {area.slug: area for area in ReformArea.objects.all()}
        cycles = {cycle.slug: cycle for cycle in ReviewCycle.objects.all()}
        organisations = {org.slug: org for org in Organisation.objects.all()}
        proposals: dict[str, ReformProposal] = {}
        for record in self.data["proposals"]:
            values = {
                **shape.PROPOSAL.values(record),
                "area": areas[record["area"]],
                "cycle": cycles.get(record["cycle"]),
                "first_tabled": self.meetings[record["first_tabled"]],
                "sponsor": self._participant(record["sponsor"]),
                "continues": proposals.get(record["continues"]),
            }
            proposal, status = upsert(
                ReformProposal,
                lookup={"slug": record["slug"]},
                values=values,
                m2m={"originators": [organisations[slug] for slug in record["originators"]]},
                keep_edits=True,
            )
            proposal_line_sync(proposal=proposal)
            proposals[record["slug"]] = proposal
            self._count("proposals", status)
            for outcome in record["outcomes"]:
                outcome_row, status = outcome_record(
                    proposal=proposal,
                    plenary=self.meetings[outcome["meeting"]],
                    **shape.OUTCOME.values(outcome),
                    keep_edits=True,
                )
                self.stated[Outcome].add(outcome_row.pk)
                self._count("outcomes", status)
            for milestone in record.get("milestones", []):
                milestone_row, status = upsert(
                    Milestone,
                    lookup={"proposal": proposal, **{key: milestone[key] for key in shape.MILESTONE_KEY}},
                    values=shape.MILESTONE.values(milestone),
                    keep_edits=True,
                )
                self.stated[Milestone].add(milestone_row.pk)
                self._count("milestones", status)

    def load_positions(self):
        proposals = {proposal.slug: proposal for proposal in ReformProposal.objects.all()}
        for record in self.data["positions"]:
            position_row, status = position_record(
                proposal=proposals[record["proposal"]],
                plenary=self.meetings[record["meeting"]],
                participant=self.participants[record["participant"]],
                **shape.POSITION.values(record),
                keep_edits=True,
            )
            self.stated[Position].add(position_row.pk)
            self._count("positions", status)

    def load_statements(self):
        """Statements whose text we hold are read by the ingestion pipeline, like any other document;
        then what the research established (address, author, date, meeting) is recorded on them.
        A statement may lack an address when the file holds its text (an uploaded document)."""
        organisations = {org.slug: org for org in Organisation.objects.all()}
        areas = {area.slug: area for area in ReformArea.objects.all()}
        # A statement loaded before its link was written the canonical way is the same statement.
        by_address = {canonical_url(s.url): s for s in Statement.objects.exclude(url=None).exclude(url="")}
        for record in self.data["statements"]:
            statement = by_address.get(canonical_url(record["url"]))
            if statement is not None and statement.url != record["url"]:
                statement_services.statement_readdress(statement=statement, url=record["url"])
            if record.get("file"):
                statement = self._read_text(record, organisations.get(record["organisation"]))
            statement, status = statement_services.statement_record(
                statement=statement,
                **shape.STATEMENT.values(record),
                organisation=organisations.get(record["organisation"]),
                published_on=_date(record["published_on"]),
                date_source=record.get("date_basis", ""),
                plenary=self.meetings.get(record["meeting"]),
                review_status=ReviewStatus.PUBLISHED,
                text_is_excerpt=record.get("text_is_excerpt", False),
                areas=[areas[slug] for slug in record["reform_areas"]],
                keep_edits=True,
            )
            if record.get("listed_in_full") and status != "kept":
                status = self._set_as_listed(statement, record, status, areas)
            self._count("statements", status)

    @staticmethod
    def _set_as_listed(statement: Statement, record: dict, status: str, areas: dict[str, ReformArea]) -> str:
        """The record names every area and person (an export): an area the text shows but the record
        leaves out is one an editor removed, and the people are the ones an editor left. The
        mentions' excerpts and stances and the quotes, when listed, are as an editor left them."""
        removed, _ = statement.mentions.exclude(area__slug__in=record["reform_areas"]).delete()
        _, people = upsert(Statement, lookup={"pk": statement.pk}, values={"people": record["people"]})
        changed = bool(removed) or people == "updated"
        if "mentions" in record:
            changed |= _mentions_set(statement, record["mentions"], areas)
        if "quotes" in record:
            changed |= _quotes_set(statement, record["quotes"])
        return "updated" if status == "unchanged" and changed else status

    def _read_text(self, record: dict, organisation):
        content = (self.base / record["file"]).read_bytes()
        document, created = statement_services.document_store(
            content=content, url=record["url"] or "", filename=Path(record["file"]).name
        )
        if created or document.status != DocumentStatus.DONE:
            # The file says who issued it: extraction must not propose an organisation of its own.
            statement, status = statement_services.document_read_now(document, organisation=organisation)
            if statement is None:
                raise ValueError(f"The document {record['file']} could not be read: {document.error}")
            self._count("documents", status)
            return statement
        self._count("documents", "unchanged")
        return document.statements.get()

    def load_open_questions(self):
        for position, record in enumerate(self.data["open_questions"], start=1):
            _, status = upsert(
                OpenQuestion,
                lookup={"question": record["question"]},
                values={**shape.OPEN_QUESTION.values(record), "position": position},
                keep_edits=True,
            )
            self._count("open questions", status)

    def prune(self):
        """Remove facts an earlier version of the file stated and this one corrects away.

        Only rows no person has touched: what an editor entered or changed is theirs to remove.
        """
        proposals = [record["slug"] for record in self.data["proposals"]]
        of_the_file = {
            StatusEvent: {"participant__slug__in": list(self.participants)},
            Outcome: {"proposal__slug__in": proposals},
            Position: {"proposal__slug__in": proposals},
            Milestone: {"proposal__slug__in": proposals},
        }
        for model, stated in self.stated.items():
            for row in model.objects.filter(**of_the_file[model]).exclude(pk__in=stated):
                if not edited_by_someone(row):
                    row.delete()
                    self._count(str(model._meta.verbose_name_plural), "removed")


def _mentions_set(statement: Statement, mentions: list[dict], areas: dict[str, ReformArea]) -> bool:
    """Give each of the statement's area mentions the excerpt and stance listed; True if any changed."""
    statuses = [
        upsert(
            AreaMention,
            lookup={"statement": statement, "area": areas[mention["area"]]},
            values=shape.MENTION.values(mention),
        )[1]
        for mention in mentions
    ]
    return any(status != "unchanged" for status in statuses)


def _quotes_set(statement: Statement, quotes: list[dict]) -> bool:
    """Replace the statement's quotes (those read from its text) with the ones listed, in their
    order; True if they differed."""
    listed = [shape.QUOTE.values(quote) for quote in quotes]
    if list(statement.quotes.order_by("pk").values(*shape.QUOTE.plain)) == listed:
        return False
    statement.quotes.all().delete()
    for values in listed:
        quote = Quote(statement=statement, **values)
        quote.full_clean()
        quote.save()
    return True


def read_dataset(path: Path = DATASET_PATH) -> dict:
    """The dataset file, refused with every broken rule listed if it breaks the record's rules."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if problems := check_dataset(data):
        raise DatasetRefused(problems)
    return data


def load_kp_dataset(path: Path = DATASET_PATH) -> Counter:
    return DatasetLoader(read_dataset(path), base=Path(path).parent).run()
