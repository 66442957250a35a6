"""Checks the shipped dataset against the record's own rules before anything is loaded.

``check_dataset(data)`` returns one Problem per broken rule, naming the record it concerns.
The rules themselves live with each app (plenaries/rules.py, reforms/rules.py,
statements/rules.py, common/sources.py), where the models' clean() uses them too.
"""

from collections import Counter
from collections.abc import Iterator
from datetime import date

from django.core.management.base import CommandError
from django.db import models

from common.rules import Problem
from common.sources import further_source_problem, main_source_problem
from plenaries.models import Country, OpenQuestion, Organisation, Participant, Plenary, StatusEvent
from plenaries.rules import (
    MeetingFacts,
    StatusEventFacts,
    meeting_key,
    meeting_order,
    meeting_problems,
    status_event_problems,
)
from reforms.models import Milestone, Outcome, Position, ReformArea, ReformProposal, ReviewCycle
from reforms.rules import MeetingRef, OutcomeFacts, PositionFacts, ProposalFacts, outcome_problems, position_problems
from statements.models import AreaMention, Quote, Statement
from statements.rules import StatementFacts, statement_problems

COLLECTIONS = [
    "reform_areas",
    "review_cycles",
    "participants",
    "organisations",
    "plenaries",
    "proposals",
    "positions",
    "statements",
    "open_questions",
]
SLUGGED = ["reform_areas", "review_cycles", "participants", "organisations", "proposals"]


def refusal(problems: list[Problem], path, write, *, outcome: str = "nothing was loaded") -> CommandError:
    """Print each problem with ``write`` and return the error a management command raises."""
    for problem in problems:
        write(str(problem))
    return CommandError(f"{len(problems)} problem(s) in {path}: {outcome}.")


class DatasetRefused(ValueError):
    """The dataset breaks the record's rules; ``problems`` says how, one line each."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            f"The dataset breaks {len(problems)} rule(s):\n" + "\n".join(f"- {problem}" for problem in problems)
        )


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


class _Checker:
    def __init__(self, data: dict):
        self.data = data
        self.problems: list[Problem] = []
        self.meetings = {meeting_key(m.get("year"), m.get("kind")): m for m in data.get("plenaries", [])}
        self.participant_names = {p.get("slug"): p.get("name") for p in data.get("participants", [])}

    def add(self, record: str, field: str, message: str) -> None:
        self.problems.append(Problem(record, field, message))

    def run(self) -> list[Problem]:
        for collection in COLLECTIONS:
            if not isinstance(self.data.get(collection), list):
                self.add("dataset", collection, f"It has no list of {collection}.")
                self.data[collection] = []
        self.fields()
        self.unique_keys()
        self.references()
        self.sources()
        self.dates()
        self.problems += meeting_problems(self.meeting_facts())
        self.problems += status_event_problems(self.status_event_facts())
        proposals = list(self.proposal_facts())
        self.problems += outcome_problems(proposals, self.outcome_facts())
        self.problems += position_problems(proposals, self.position_facts())
        self.problems += statement_problems(self.statement_facts())
        self.mentions_and_quotes()
        return self.problems

    # --- Values the database would refuse

    def records(self) -> Iterator[tuple[str, type, dict]]:
        yield from ((f"reform area {a.get('slug')}", ReformArea, a) for a in self.data["reform_areas"])
        yield from (
            (f"open question “{q.get('question', '')[:60]}”", OpenQuestion, q) for q in self.data["open_questions"]
        )
        yield from self.facts_with_sources()
        for statement in self.data["statements"]:
            yield self.statement_key(statement), Statement, statement
        yield from self.statement_parts()

    def fields(self) -> None:
        """Each value fits its column: a known choice, not too long, a number where one is expected."""
        for record, model, fact in self.records():
            for field in model._meta.concrete_fields:
                if field.is_relation or field.name not in fact or fact[field.name] in (None, ""):
                    continue
                value = fact[field.name]
                if field.choices and value not in {choice for choice, _label in field.flatchoices}:
                    allowed = ", ".join(str(choice) for choice, _label in field.flatchoices)
                    self.add(record, field.name, f"{field.name} “{value}” is not one of: {allowed}.")
                elif field.max_length and isinstance(value, str) and len(value) > field.max_length:
                    self.add(
                        record,
                        field.name,
                        f"{field.name} has {len(value)} characters, more than the {field.max_length} allowed.",
                    )
                elif isinstance(field, models.IntegerField | models.PositiveSmallIntegerField) and not isinstance(
                    value, int
                ):
                    self.add(record, field.name, f"{field.name} “{value}” is not a whole number.")

    # --- Identity and references

    def unique_keys(self) -> None:
        for collection in SLUGGED:
            for slug, count in Counter(r.get("slug") for r in self.data[collection]).items():
                if count > 1:
                    self.add(f"{collection} {slug}", "slug", f"{count} records share the slug “{slug}”.")
        for key, count in Counter(meeting_key(m.get("year"), m.get("kind")) for m in self.data["plenaries"]).items():
            if count > 1:
                self.add(key, "kind", f"{count} records describe the {key}.")
        countries = Counter(c.get("iso_code") for p in self.data["participants"] for c in p.get("countries", []))
        for code, count in countries.items():
            if count > 1:
                self.add(f"country {code}", "iso_code", f"{count} participants represent the country {code}.")

    def references(self) -> None:
        slugs = {collection: {r.get("slug") for r in self.data[collection]} for collection in SLUGGED}

        def need(record: str, field: str, value, collection: str) -> None:
            known = self.meetings if collection == "plenaries" else slugs[collection]
            if value is not None and value not in known:
                self.add(record, field, f"{field} names “{value}”, which is not in {collection}.")

        for meeting in self.data["plenaries"]:
            key = meeting_key(meeting.get("year"), meeting.get("kind"))
            for field in ("chair", "vice_chair", "host"):
                need(key, field, meeting.get(field), "participants")
        for proposal in self.data["proposals"]:
            record = f"proposal {proposal.get('slug')}"
            need(record, "area", proposal.get("area"), "reform_areas")
            need(record, "cycle", proposal.get("cycle"), "review_cycles")
            need(record, "first_tabled", proposal.get("first_tabled"), "plenaries")
            need(record, "sponsor", proposal.get("sponsor"), "participants")
            need(record, "continues", proposal.get("continues"), "proposals")
            for organisation in proposal.get("originators", []):
                need(record, "originators", organisation, "organisations")
            for outcome in proposal.get("outcomes", []):
                need(record, "outcomes", outcome.get("meeting"), "plenaries")
        for position in self.data["positions"]:
            record = f"position of {position.get('participant')} on {position.get('proposal')}"
            need(record, "proposal", position.get("proposal"), "proposals")
            need(record, "meeting", position.get("meeting"), "plenaries")
            need(record, "participant", position.get("participant"), "participants")
        for statement in self.data["statements"]:
            record = self.statement_key(statement)
            need(record, "organisation", statement.get("organisation"), "organisations")
            need(record, "meeting", statement.get("meeting"), "plenaries")
            for area in statement.get("reform_areas", []):
                need(record, "reform_areas", area, "reform_areas")

    def statement_parts(self) -> Iterator[tuple[str, type, dict]]:
        """An export's mentions and quotes of each statement, as records of their own."""
        for statement in self.data["statements"]:
            key = self.statement_key(statement)
            for mention in statement.get("mentions", []):
                yield f"{key}, mention of {mention.get('area')}", AreaMention, mention
            for number, quote in enumerate(statement.get("quotes", []), start=1):
                yield f"{key}, quote {number}", Quote, quote

    def mentions_and_quotes(self) -> None:
        """Listed mentions are of the statement's reform areas, each once; a quote has a person and words."""
        for statement in self.data["statements"]:
            record = self.statement_key(statement)
            if "mentions" in statement:
                named = sorted(str(mention.get("area")) for mention in statement["mentions"])
                if named != sorted(statement.get("reform_areas", [])):
                    self.add(
                        record,
                        "mentions",
                        f"mentions name the areas {', '.join(named) or 'none'} but reform_areas "
                        f"{', '.join(sorted(statement.get('reform_areas', []))) or 'none'}: each area once, in both.",
                    )
            for number, quote in enumerate(statement.get("quotes", []), start=1):
                if not quote.get("person") or not quote.get("text"):
                    self.add(f"{record}, quote {number}", "quotes", "A quote needs the person quoted and the words.")

    # --- Sources

    def facts_with_sources(self) -> Iterator[tuple[str, type, dict]]:
        """Every record that states a fact: its name in the messages, its model, its values."""
        for cycle in self.data["review_cycles"]:
            yield f"review cycle {cycle.get('slug')}", ReviewCycle, cycle
        for participant in self.data["participants"]:
            slug = participant.get("slug")
            yield f"participant {slug}", Participant, participant
            for country in participant.get("countries", []):
                yield f"country {country.get('iso_code')} of participant {slug}", Country, country
            for event in participant.get("status_events", []):
                yield f"participant {slug}, {event.get('kind')} {event.get('year')}", StatusEvent, event
        for organisation in self.data["organisations"]:
            yield f"organisation {organisation.get('slug')}", Organisation, organisation
        for meeting in self.data["plenaries"]:
            yield meeting_key(meeting.get("year"), meeting.get("kind")), Plenary, meeting
        for proposal in self.data["proposals"]:
            slug = proposal.get("slug")
            yield f"proposal {slug}", ReformProposal, proposal
            for outcome in proposal.get("outcomes", []):
                yield f"outcome of {slug} at {outcome.get('meeting')}", Outcome, outcome
            for milestone in proposal.get("milestones", []):
                yield f"milestone of {slug}, {milestone.get('year')}", Milestone, milestone
        for position in self.data["positions"]:
            yield self.position_key(position), Position, position

    def sources(self) -> None:
        for record, _model, fact in self.facts_with_sources():
            if (problem := main_source_problem(fact.get("source_url", ""))) is not None:
                self.add(record, "source_url", problem)
            for url in fact.get("more_sources", []):
                if (problem := further_source_problem(url)) is not None:
                    self.add(record, "more_sources", problem)
            if fact.get("communique_url") and (problem := further_source_problem(fact["communique_url"])):
                self.add(record, "communique_url", problem)
        for statement in self.data["statements"]:
            # An uploaded document has no address: the text we hold (its file) is its source
            # (statement_problems refuses a statement with neither).
            if statement.get("url") is None:
                continue
            if (problem := further_source_problem(statement.get("url", ""))) is not None:
                self.add(self.statement_key(statement), "url", problem)

    def dates(self) -> None:
        """Every date is a real ISO date: a typo must not load as "unknown"."""
        for record, _model, fact in self.facts_with_sources():
            for field in ("date", "start_date", "end_date"):
                if fact.get(field) and _date(fact[field]) is None:
                    self.add(record, field, f"{field} “{fact[field]}” is not a date (YYYY-MM-DD).")
        for statement in self.data["statements"]:
            if statement.get("published_on") and _date(statement["published_on"]) is None:
                self.add(self.statement_key(statement), "published_on", "published_on is not a date (YYYY-MM-DD).")

    # --- Facts for the rules

    def meeting_facts(self) -> Iterator[MeetingFacts]:
        for meeting in self.data["plenaries"]:
            yield MeetingFacts(
                year=meeting.get("year"),
                kind=meeting.get("kind"),
                held=meeting.get("held", True),
                chair=self.participant_names.get(meeting.get("chair")),
                vice_chair=self.participant_names.get(meeting.get("vice_chair")),
                chair_person=meeting.get("chair_person", ""),
                chair_note=meeting.get("chair_note", ""),
                start_date=_date(meeting.get("start_date")),
                end_date=_date(meeting.get("end_date")),
            )

    def status_event_facts(self) -> Iterator[StatusEventFacts]:
        for participant in self.data["participants"]:
            for event in participant.get("status_events", []):
                yield StatusEventFacts(
                    participant=participant.get("slug"),
                    kind=event.get("kind"),
                    year=event.get("year"),
                    date=_date(event.get("date")),
                )

    def meeting_ref(self, key: str) -> MeetingRef:
        meeting = self.meetings[key]
        return MeetingRef(
            key=key, order=meeting_order(meeting["year"], meeting["kind"]), held=meeting.get("held", True)
        )

    def proposal_facts(self) -> Iterator[ProposalFacts]:
        for proposal in self.data["proposals"]:
            if proposal.get("first_tabled") in self.meetings:
                yield ProposalFacts(
                    slug=proposal["slug"],
                    first_tabled=self.meeting_ref(proposal["first_tabled"]),
                    continues=proposal.get("continues"),
                    title=proposal.get("title", ""),
                )

    def outcome_facts(self) -> Iterator[OutcomeFacts]:
        for proposal in self.data["proposals"]:
            for outcome in proposal.get("outcomes", []):
                if outcome.get("meeting") in self.meetings:
                    yield OutcomeFacts(
                        proposal=proposal["slug"],
                        meeting=self.meeting_ref(outcome["meeting"]),
                        decision=outcome.get("decision"),
                    )

    def position_facts(self) -> Iterator[PositionFacts]:
        for position in self.data["positions"]:
            if position.get("meeting") in self.meetings:
                yield PositionFacts(
                    proposal=position.get("proposal"),
                    meeting=self.meeting_ref(position["meeting"]),
                    participant=position.get("participant"),
                )

    def statement_facts(self) -> Iterator[StatementFacts]:
        for statement in self.data["statements"]:
            meeting = self.meetings.get(statement.get("meeting"))
            yield StatementFacts(
                key=self.statement_key(statement),
                url=statement.get("url"),
                published_on=_date(statement.get("published_on")),
                meeting=statement.get("meeting") if meeting else None,
                meeting_year=meeting.get("year") if meeting else None,
                meeting_start=_date(meeting.get("start_date")) if meeting else None,
                published=True,  # the file holds published statements only
                holds_text=bool(statement.get("file")),
            )

    @staticmethod
    def statement_key(statement: dict) -> str:
        return f"statement {statement.get('url') or statement.get('title')}"

    @staticmethod
    def position_key(position: dict) -> str:
        return (
            f"position of {position.get('participant')} on {position.get('proposal')} at {position.get('meeting')}"
            f" ({position.get('reported_by')})"
        )


def check_dataset(data: dict) -> list[Problem]:
    return _Checker(data).run()
