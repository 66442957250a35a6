"""What we know and what we don't: the record's own account of how well sourced it is."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from common.sources import cite, split_source_lines
from plenaries.models import OpenQuestion, Participant, Plenary, StatusEvent
from reforms.models import Milestone, Outcome, Position, ReformProposal
from statements.models import Statement

FACT_KINDS = [
    (_("Meetings"), Plenary),
    (_("Participants"), Participant),
    (_("Participants' status events"), StatusEvent),
    (_("Reform proposals"), ReformProposal),
    (_("Meeting outcomes"), Outcome),
    (_("Milestones between meetings"), Milestone),
    (_("Reported positions"), Position),
]


@dataclass
class FactCount:
    kind: str
    total: int = 0
    unverified: int = 0
    press_only: int = 0

    @property
    def verified(self) -> int:
        return self.total - self.unverified


def fact_counts() -> list[FactCount]:
    """Per kind of fact: how many, how many unverified, how many rest on press reports alone.

    One query per kind; the publisher of each link is looked up in Python (common/sources.py).
    """
    counts = []
    for label, model in FACT_KINDS:
        count = FactCount(kind=str(label))
        for source_url, more_sources, verified in model.objects.values_list("source_url", "more_sources", "verified"):
            count.total += 1
            count.unverified += not verified
            links = [source_url, *split_source_lines(more_sources)]
            count.press_only += all(cite(url).is_secondary for url in links)
        counts.append(count)
    return counts


@dataclass
class StatementCount:
    published: int
    with_text: int
    excerpts: int

    @property
    def without_text(self) -> int:
        return self.published - self.with_text


def statement_counts() -> StatementCount:
    has_text = ~Q(text="")
    return StatementCount(
        **Statement.objects.published().aggregate(
            published=Count("pk"),
            with_text=Count("pk", filter=has_text),
            excerpts=Count("pk", filter=has_text & Q(text_is_excerpt=True)),
        )
    )


def open_questions():
    return OpenQuestion.objects.filter(settled=False).order_by("position", "question")
