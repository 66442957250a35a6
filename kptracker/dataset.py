"""Loads the shipped KP dataset (data/kp_dataset.json) idempotently.

Natural keys (slugs, "2019 plenary", URLs) identify rows, so a second run finds
every row already there and changes nothing. A row an editor has changed (its
history names a user) is kept as the editor left it.
"""

import json
from collections import Counter
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import transaction

from plenaries.models import Country, Organisation, Participant, Plenary, StatusEvent
from reforms.models import ReformArea, ReformProposal, ReviewCycle
from reforms.services import outcome_record, position_record, upsert
from statements.models import AreaMention, DocumentStatus, ReviewStatus, Statement

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
        self.load_documents()
        return self.counts

    def load_areas(self):
        for area in self.data["reform_areas"]:
            values = {k: area[k] for k in ("name", "description", "position")}
            # Editors tune keywords in admin: only fill them in when empty.
            existing = ReformArea.objects.filter(slug=area["slug"]).first()
            if existing is None or not existing.keywords:
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
                        "source_url": country["source_url"],
                    },
                )
                self._count("countries", status)
            for event in record["status_events"]:
                _, status = upsert(
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
                        "verified": event["verified"],
                    },
                    keep_edits=True,
                )
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
                for k in ("held", "city", "host_country", "chair_person", "dates_note", "communique_url", "summary")
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
            proposals[record["slug"]] = proposal
            self._count("proposals", status)
            for outcome in record["outcomes"]:
                _, status = outcome_record(
                    proposal=proposal,
                    plenary=self.meetings[outcome["meeting"]],
                    decision=outcome["decision"],
                    summary=outcome["summary"],
                    source_url=outcome["source_url"],
                    more_sources=_lines(outcome["more_sources"]),
                    verified=outcome["verified"],
                    keep_edits=True,
                )
                self._count("outcomes", status)

    def load_positions(self):
        proposals = {proposal.slug: proposal for proposal in ReformProposal.objects.all()}
        for record in self.data["positions"]:
            _, status = position_record(
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
            self._count("positions", status)

    def load_statements(self):
        organisations = {org.slug: org for org in Organisation.objects.all()}
        areas = {area.slug: area for area in ReformArea.objects.all()}
        for record in self.data["statements"]:
            statement, status = upsert(
                Statement,
                lookup={"url": record["url"]},
                values={
                    "title": record["title"],
                    "organisation": organisations[record["organisation"]],
                    "published_on": _date(record["published_on"]),
                    "plenary": self.meetings.get(record["meeting"]) if record["meeting"] else None,
                    "people": record["people"],
                    "review_status": ReviewStatus.PUBLISHED,
                },
                keep_edits=True,
            )
            for slug in record["reform_areas"]:
                _, created = AreaMention.objects.get_or_create(statement=statement, area=areas[slug])
                if created and status == "unchanged":
                    status = "updated"
            self._count("statements", status)

    def load_documents(self):
        """Statements shipped as documents go through the ingestion pipeline, like any other."""
        from statements import services

        for record in self.data.get("documents", []):
            content = (DATASET_PATH.parent / record["file"]).read_bytes()
            document, created = services.document_store(content=content, filename=Path(record["file"]).name)
            if not created and document.status == DocumentStatus.DONE:
                self._count("documents", "unchanged")
                continue
            statement, status = services.document_read_now(document)
            if statement is None:
                raise ValueError(f"Shipped document {record['file']} could not be read: {document.error}")
            if status == "created":
                Statement.objects.filter(pk=statement.pk).update(review_status=record["review_status"])
            self._count("documents", status)


def load_kp_dataset(path: Path = DATASET_PATH) -> Counter:
    with open(path, encoding="utf-8") as handle:
        return DatasetLoader(json.load(handle)).run()
