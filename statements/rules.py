"""The record's rules for statements (see common/rules.py)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from common.rules import Problem
from common.sources import canonical_url

# The KP began with the meeting at Kimberley in May 2000; nothing earlier is about it.
EARLIEST_STATEMENT = date(2000, 1, 1)


@dataclass(frozen=True)
class StatementFacts:
    key: str  # "statement <url>" or its title
    url: str | None = None
    published_on: date | None = None
    meeting: str | None = None  # "2019 plenary"
    meeting_year: int | None = None
    meeting_start: date | None = None


def statement_problems(statements: Iterable[StatementFacts]) -> list[Problem]:
    problems = []
    first_with_url: dict[str, StatementFacts] = {}
    for statement in statements:
        problems += _dated_sensibly(statement)
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


def _dated_sensibly(statement: StatementFacts) -> list[Problem]:
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
