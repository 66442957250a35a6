"""Loads the shipped KP dataset (data/kp_dataset.json) idempotently.

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
from statements.models import DocumentStatus, ReviewStatus, Statement
from tracker.dataset_check import DatasetRefused, check_dataset

DATASET_PATH = Path(settings.BASE_DIR) / "data" / "kp_dataset.json"


def _lines(urls: list[str]) -> str:
    return "\n".join(urls)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class DatasetLoader:
    def __init__(self, data: dict):
        self.data = data
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
            values = {k: area[k] for k in ("name", "description", "position")}
            # Better shipped keywords reach every installation; an area an editor has tuned is kept as is.
            values["keywords"] = "\n".join(area["keywords"])
            _, status = upsert(ReformArea, lookup={"slug": area["slug"]}, values=values, keep_edits=True)
            self._count("reform areas", status)
        for cycle in self.data["review_cycles"]:
            values = {k: cycle[k] for k in ("name", "start_year", "end_year", "body", "source_url")}
            _, status = upsert(ReviewCycle, lookup={"slug": cycle["slug"]}, values=values, keep_edits=True)
            self._count("review cycles", status)

    def load_participants(self):
        for record in self.data["participants"]:
            values = {
                k: record[k] for k in ("name", "kind", "iso_code", "joined_year", "left_year", "notes", "source_url")
            }
            values.update(more_sources=_lines(record["more_sources"]), verified=record["verified"])
            participant, status = upsert(Participant, lookup={"slug": record["slug"]}, values=values, keep_edits=True)
            self.participants[record["slug"]] = participant
            self._count("participants", status)
        for record in self.data["participants"]:
            participant = self.participants[record["slug"]]
            for country in record["countries"]:
                _, status = upsert(
                    Country,
                    lookup={"iso_code": country["iso_code"]},
                    values={
                        "name": country["name"],
                        "represented_by": participant,
                        "represented_since": country.get("represented_since"),
                        "source_url": country["source_url"],
                    },
                )
                self._count("countries", status)
            for event in record["status_events"]:
                event_row, status = upsert(
                    StatusEvent,
                    lookup={
                        "participant": participant,
                        "kind": event["kind"],
                        "year": event["year"],
                        "description": event["description"],
                    },
                    values={
                        "date": _date(event["date"]),
                        "source_url": event["source_url"],
                        "more_sources": _lines(event.get("more_sources", [])),
                        "verified": event["verified"],
                    },
                    keep_edits=True,
                )
                self.stated[StatusEvent].add(event_row.pk)
                self._count("status events", status)

    def load_organisations(self):
        for record in self.data["organisations"]:
            values = {
                k: record[k] for k in ("name", "kind", "observer_from", "observer_to", "notes", "source_url", "website")
            }
            values["aliases"] = "\n".join(record.get("aliases", []))
            _, status = upsert(Organisation, lookup={"slug": record["slug"]}, values=values, keep_edits=True)
            self._count("organisations", status)

    def _participant(self, slug: str | None) -> Participant | None:
        return self.participants[slug] if slug else None

    def load_plenaries(self):
        for record in self.data["plenaries"]:
            values = {
                k: record[k]
                for k in (
                    "held",
                    "city",
                    "host_country",
                    "chair_person",
                    "chair_note",
                    "dates_note",
                    "communique_url",
                    "summary",
                )
            }
            values.update(
                chair=self._participant(record["chair"]),
                vice_chair=self._participant(record["vice_chair"]),
                host=self._participant(record["host"]),
                start_date=_date(record["start_date"]),
                end_date=_date(record["end_date"]),
                key_decisions="\n".join(record["key_decisions"]),
                source_url=record["source_url"],
                more_sources=_lines(record["more_sources"]),
                verified=record["verified"],
            )
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
                "title": record["title"],
                "area": areas[record["area"]],
                "cycle": cycles.get(record["cycle"]),
                "description": record["description"],
                "first_tabled": self.meetings[record["first_tabled"]],
                "sponsor": self._participant(record["sponsor"]),
                "continues": proposals.get(record["continues"]),
                "source_url": record["source_url"],
                "more_sources": _lines(record["more_sources"]),
                "verified": record["verified"],
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
                    decision=outcome["decision"],
                    summary=outcome["summary"],
                    source_url=outcome["source_url"],
                    more_sources=_lines(outcome["more_sources"]),
                    verified=outcome["verified"],
                    keep_edits=True,
                )
                self.stated[Outcome].add(outcome_row.pk)
                self._count("outcomes", status)
            for milestone in record.get("milestones", []):
                milestone_row, status = upsert(
                    Milestone,
                    lookup={"proposal": proposal, "year": milestone["year"], "description": milestone["description"]},
                    values={
                        "date": _date(milestone["date"]),
                        "source_url": milestone["source_url"],
                        "more_sources": _lines(milestone["more_sources"]),
                        "verified": milestone["verified"],
                    },
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
                stance=record["stance"],
                reported_by=record["reported_by"],
                confidence=record["confidence"],
                note=record["note"],
                source_url=record["source_url"],
                more_sources=_lines(record["more_sources"]),
                verified=record["verified"],
                keep_edits=True,
            )
            self.stated[Position].add(position_row.pk)
            self._count("positions", status)

    def load_statements(self):
        """Statements whose text we hold are read by the ingestion pipeline, like any other document;
        then what the research established (address, author, date, meeting) is recorded on them."""
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
            _, status = statement_services.statement_record(
                statement=statement,
                url=record["url"],
                title=record["title"],
                organisation=organisations.get(record["organisation"]),
                published_on=_date(record["published_on"]),
                date_source=record.get("date_basis", ""),
                plenary=self.meetings.get(record["meeting"]),
                review_status=ReviewStatus.PUBLISHED,
                note=record.get("note", ""),
                text_is_excerpt=record.get("text_is_excerpt", False),
                areas=[areas[slug] for slug in record["reform_areas"]],
                keep_edits=True,
            )
            self._count("statements", status)

    def _read_text(self, record: dict, organisation):
        content = (DATASET_PATH.parent / record["file"]).read_bytes()
        document, created = statement_services.document_store(
            content=content, url=record["url"], filename=Path(record["file"]).name
        )
        if created or document.status != DocumentStatus.DONE:
            # The file says who issued it: extraction must not propose an organisation of its own.
            statement, status = statement_services.document_read_now(document, organisation=organisation)
            if statement is None:
                raise ValueError(f"Shipped document {record['file']} could not be read: {document.error}")
            self._count("documents", status)
            return statement
        self._count("documents", "unchanged")
        return document.statements.get()

    def load_open_questions(self):
        for position, record in enumerate(self.data["open_questions"], start=1):
            _, status = upsert(
                OpenQuestion,
                lookup={"question": record["question"]},
                values={
                    "detail": record.get("detail", ""),
                    "leads": _lines(record.get("leads", [])),
                    "position": position,
                    "settled": record.get("settled", False),
                },
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


def read_dataset(path: Path = DATASET_PATH) -> dict:
    """The dataset file, refused with every broken rule listed if it breaks the record's rules."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if problems := check_dataset(data):
        raise DatasetRefused(problems)
    return data


def load_kp_dataset(path: Path = DATASET_PATH) -> Counter:
    return DatasetLoader(read_dataset(path)).run()
