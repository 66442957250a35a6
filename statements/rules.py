"""The record's rules for statements (see common/rules.py)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from common.rules import Problem
from common.sources import canonical_url
from statements.extraction.dates import EARLIEST

# The KP began with the meeting at Kimberley in May 2000; nothing earlier is about it (nor read by extraction).
EARLIEST_STATEMENT = EARLIEST


@dataclass(frozen=True)
class StatementFacts:
    key: str  # "statement <url>" or its title
    url: str | None = None
    published_on: date | None = None
    meeting: str | None = None  # "2019 plenary"
    meeting_year: int | None = None
    meeting_start: date | None = None
    published: bool = False  # shown to the public, who must be able to check it
    holds_text: bool = False  # we hold its text: without an address, the one thing to cite


def statement_problems(statements: Iterable[StatementFacts], *, today: date | None = None) -> list[Problem]:
    today = today or timezone.localdate()
    problems = []
    first_with_url: dict[str, StatementFacts] = {}
    for statement in statements:
        problems += _dated_sensibly(statement, today)
        problems += _citable(statement)
        if statement.url:
            address = canonical_url(statement.url)
            if (earlier := first_with_url.setdefault(address, statement)) is not statement:
                problems.append(
                    Problem(
                        statement.key,
                        "url",
                        _("It has the same address as %(other)s.") % {"other": earlier.key},
                        also=(earlier.key,),
                    )
                )
    return problems


def _citable(statement: StatementFacts) -> list[Problem]:
    """A published statement links to the original, or we hold its text (the export's file): else
    readers have nothing to check it against."""
    if not statement.published or statement.url or statement.holds_text:
        return []
    return [
        Problem(
            statement.key,
            "text",
            _(
                "A published statement needs something readers can check: its web address or its text. "
                "Give it one, or set it back to awaiting review."
            ),
        )
    ]


def _dated_sensibly(statement: StatementFacts, today: date) -> list[Problem]:
    published = statement.published_on
    if published is None:
        return []
    if published < EARLIEST_STATEMENT:
        return [
            Problem(
                statement.key,
                "published_on",
                _("Its date (%(date)s) is before 2000, when the KP began.") % {"date": published},
            )
        ]
    # One day of slack: "today" here is the server's date, and somewhere it is already tomorrow.
    if published > today + timedelta(days=1):
        return [
            Problem(
                statement.key,
                "published_on",
                _("Its date (%(date)s) is after today: a statement is dated the day it was published.")
                % {"date": published},
            )
        ]
    if statement.meeting is None:
        return []
    after = (
        statement.meeting_start > published
        if statement.meeting_start
        else statement.meeting_year is not None and statement.meeting_year > published.year
    )
    if after:
        return [
            Problem(
                statement.key,
                "plenary",
                _(
                    "It was published on %(date)s, before %(meeting)s began: a statement can only be "
                    "about a meeting that has started."
                )
                % {"date": published, "meeting": statement.meeting},
            )
        ]
    return []
