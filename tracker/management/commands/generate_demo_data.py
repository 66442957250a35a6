"""Fill an empty database with realistic-looking invented data, for benchmarks and demos.

Everything it creates is marked "demo" and it refuses to touch a database that already
holds reform proposals, so it can never mix invented facts with the real dataset.
"""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from common.cache import data_version_bump
from plenaries.models import Country, Organisation, Participant, Plenary, PlenaryKind
from reforms.models import Decision, Outcome, Position, ReformArea, ReformProposal, ReviewCycle, Stance
from reforms.services import proposal_line_sync
from statements.models import AreaMention, Quote, ReviewStatus, Statement
from statements.models import Stance as MentionStance

SOURCE = "https://example.org/demo"
# How often a meeting does each thing with an open proposal; None = no outcome recorded.
OUTCOME_WEIGHTS = [
    (Decision.ADOPTED, 5),
    (Decision.PARTIALLY_ADOPTED, 4),
    (Decision.DEFERRED, 25),
    (Decision.NOTED, 10),
    (Decision.NO_CONSENSUS, 15),
    (Decision.NOT_DISCUSSED, 8),
    (Decision.REJECTED, 1),
    (Decision.WITHDRAWN, 1),
    (None, 31),
]
WORDS = [
    "conflict",
    "diamonds",
    "definition",
    "scope",
    "secretariat",
    "fund",
    "peer",
    "review",
    "compliance",
    "statistics",
    "violence",
    "human",
    "rights",
    "traceability",
    "artisanal",
    "mining",
    "civil",
    "society",
    "consensus",
    "plenary",
    "chair",
    "reform",
    "cycle",
]


class Command(BaseCommand):
    help = "Generate invented KP data (participants, meetings, proposals, outcomes, statements) at any size."

    def add_arguments(self, parser):
        parser.add_argument("--proposals", type=int, default=1000)
        parser.add_argument(
            "--plenaries",
            type=int,
            default=40,
            help="Year-end plenaries, one a year from 2000 or later, held up to the latest one over.",
        )
        parser.add_argument("--statements", type=int, default=300)
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, proposals, plenaries, statements, seed, **options):
        if ReformProposal.objects.exists():
            raise CommandError("This database already holds reform proposals: use an empty database for demo data.")
        if not 1 <= plenaries <= 100:
            raise CommandError("--plenaries must be between 1 and 100.")
        rng = random.Random(seed)  # noqa: S311 - invented demo data, not security
        today = timezone.localdate()
        latest_held = today.year if date(today.year, 11, 13) < today else today.year - 1
        # Meetings end with the latest one over; beyond what fits since 2000, the later ones are upcoming.
        self.latest_held = latest_held
        self.first_year = max(2000, latest_held - plenaries + 1)
        with transaction.atomic():
            participants = self._participants()
            meetings = self._meetings(plenaries, participants)
            areas, cycles = self._areas_and_cycles(meetings)
            created = self._proposals(rng, proposals, meetings, areas, cycles, participants)
            outcome_count = self._outcomes(rng, created, meetings)
            position_count = self._positions(rng, created, meetings, participants)
            statement_count = self._statements(rng, statements, meetings, areas)
            data_version_bump()  # bulk_create sends no save signals: say that the data changed
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # a planner that has never seen the tables guesses them tiny
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {len(participants)} participants, {len(meetings)} meetings, {len(created)} proposals, "
                f"{outcome_count} outcomes, {position_count} positions, {statement_count} statements."
            )
        )

    def _participants(self) -> list[Participant]:
        participants = []
        for n in range(60):
            code = f"{chr(65 + n // 26)}{chr(65 + n % 26)}"
            participant = Participant.objects.create(
                name=f"Demo participant {n + 1}",
                slug=f"demo-participant-{n + 1}",
                iso_code=code,
                joined_year=self.first_year,
                source_url=SOURCE,
            )
            Country.objects.create(
                name=f"Demo country {n + 1}", iso_code=code, represented_by=participant, source_url=SOURCE
            )
            participants.append(participant)
        return participants

    def _meetings(self, count: int, participants) -> list[Plenary]:
        meetings = []
        for index in range(count):
            year = self.first_year + index
            held = year != 2020 and year <= self.latest_held  # 2020: as the real plenary, which was not held
            meetings.append(
                Plenary.objects.create(
                    year=year,
                    kind=PlenaryKind.PLENARY,
                    held=held,
                    city=f"Demo city {index + 1}",
                    host_country=participants[index % 60].name,
                    host=participants[index % 60],
                    chair=participants[index % 60] if held else None,
                    vice_chair=participants[(index + 1) % 60] if held else None,
                    chair_note="" if held else "Not held: no chair, and the chairmanship passes on a year later.",
                    start_date=date(year, 11, 10),
                    end_date=date(year, 11, 13),
                    source_url=SOURCE,
                    key_decisions="Demo decision one\nDemo decision two",
                )
            )
        return meetings

    def _areas_and_cycles(self, meetings):
        areas = [
            ReformArea.objects.create(
                slug=f"demo-area-{n + 1}",
                name=f"Demo area {n + 1}",
                position=n + 1,
                keywords=f"{WORDS[n]}\n{WORDS[n + 10]}",
            )
            for n in range(10)
        ]
        last_year = meetings[-1].year
        cycles = [
            ReviewCycle.objects.create(
                slug=f"demo-cycle-{n + 1}",
                name=f"Demo review cycle {n + 1}",
                start_year=self.first_year + n * 8,
                end_year=min(self.first_year + n * 8 + 7, max(last_year, self.first_year + n * 8)),
            )
            for n in range(5)
        ]
        return areas, cycles

    def _proposals(self, rng, count, meetings, areas, cycles, participants) -> list[ReformProposal]:
        held = [m for m in meetings if m.held]
        proposals: list[ReformProposal] = []
        for n in range(count):
            earlier = [p for p in proposals[-200:] if p.first_tabled.sort_key < held[-1].sort_key and not p.continued]
            continues = rng.choice(earlier) if earlier and rng.random() < 0.3 else None
            candidates = [m for m in held if not continues or m.sort_key > continues.first_tabled.sort_key]
            tabled = rng.choice(candidates)
            proposal = ReformProposal(
                title=f"Demo proposal {n + 1}: {' '.join(rng.sample(WORDS, 3))}",
                slug=f"demo-proposal-{n + 1}",
                area=continues.area if continues else rng.choice(areas),
                cycle=cycles[min((tabled.year - self.first_year) // 8, len(cycles) - 1)],
                first_tabled=tabled,
                sponsor=rng.choice(participants),
                continues=continues,
                description="Invented for benchmarks.",
                source_url=SOURCE,
            )
            proposal.continued = False
            if continues:
                continues.continued = True
            proposals.append(proposal)
        # Save in waves: a proposal goes in once the one it continues has a primary key.
        waiting = proposals
        while waiting:
            wave = [p for p in waiting if p.continues is None or p.continues.pk is not None]
            ReformProposal.objects.bulk_create(wave, batch_size=500)
            waiting = [p for p in waiting if p.pk is None]
        for proposal in proposals:  # in tabling order, so each one's earlier text has its root already
            proposal_line_sync(proposal=proposal)
        return proposals

    def _outcomes(self, rng, proposals, meetings) -> int:
        decisions, weights = zip(*OUTCOME_WEIGHTS, strict=True)
        outcomes = []
        for proposal in proposals:
            for meeting in meetings:
                if meeting.sort_key < proposal.first_tabled.sort_key or not meeting.held:
                    continue
                decision = rng.choices(decisions, weights)[0]
                if decision is None:
                    continue
                outcomes.append(
                    Outcome(
                        proposal=proposal,
                        plenary=meeting,
                        decision=decision,
                        summary="Demo outcome.",
                        source_url=SOURCE,
                    )
                )
                if decision in Decision.closing():
                    break
        Outcome.objects.bulk_create(outcomes, batch_size=1000)
        return len(outcomes)

    def _positions(self, rng, proposals, meetings, participants) -> int:
        positions = []
        seen = set()
        for proposal in rng.sample(proposals, min(len(proposals), 300)):
            meeting = rng.choice([m for m in meetings if m.held and m.sort_key >= proposal.first_tabled.sort_key])
            for participant in rng.sample(participants, 3):
                for reporter in ("Demo observer", "Demo newspaper")[: rng.randint(1, 2)]:
                    stance = rng.choice(Stance.values)
                    key = (proposal.pk, meeting.pk, participant.pk, reporter, stance)
                    if key not in seen:
                        seen.add(key)
                        positions.append(
                            Position(
                                proposal=proposal,
                                plenary=meeting,
                                participant=participant,
                                stance=stance,
                                reported_by=reporter,
                                source_url=SOURCE,
                            )
                        )
        Position.objects.bulk_create(positions, batch_size=1000)
        return len(positions)

    def _statements(self, rng, count, meetings, areas) -> int:
        organisations = [
            Organisation.objects.create(name=f"Demo organisation {n + 1}", slug=f"demo-organisation-{n + 1}")
            for n in range(8)
        ]
        held = [meeting for meeting in meetings if meeting.held]
        statements = []
        for n in range(count):
            meeting = rng.choice(held)  # a statement on a meeting still ahead would be dated in the future
            text = "\n\n".join(" ".join(rng.choices(WORDS, k=60)).capitalize() + "." for _ in range(4))
            statements.append(
                Statement(
                    title=f"Demo statement {n + 1}",
                    organisation=rng.choice(organisations),
                    published_on=(meeting.start_date or date(meeting.year, 11, 1))
                    + timedelta(days=rng.randint(-20, 20)),
                    url=f"https://example.org/demo/statements/{n + 1}",
                    text=text,
                    language="en",
                    plenary=meeting,
                    review_status=ReviewStatus.PUBLISHED,
                )
            )
        Statement.objects.bulk_create(statements, batch_size=500)
        mentions, quotes = [], []
        for statement in statements:
            for area in rng.sample(areas, 2):
                mentions.append(
                    AreaMention(
                        statement=statement,
                        area=area,
                        excerpt=" ".join(rng.choices(WORDS, k=12)),
                        stance=rng.choice(MentionStance.values),
                    )
                )
            quotes.append(
                Quote(statement=statement, person="A demo spokesperson", text=" ".join(rng.choices(WORDS, k=15)))
            )
        AreaMention.objects.bulk_create(mentions, batch_size=1000)
        Quote.objects.bulk_create(quotes, batch_size=1000)
        return len(statements)
