"""The record's rules for meetings and participants' status events (see common/rules.py)."""

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from common.rules import Problem


@dataclass(frozen=True)
class MeetingFacts:
    year: int
    kind: str
    held: bool = True
    chair: str | None = None  # the participant's name
    vice_chair: str | None = None
    chair_person: str = ""
    chair_note: str = ""
    start_date: date | None = None
    end_date: date | None = None

    @property
    def key(self) -> str:
        return meeting_key(self.year, self.kind)


# Meetings' order within a year: the mid-year intersessional, special sessions, the year-end plenary.
KIND_RANK = {"intersessional": 2, "special": 3, "plenary": 5}


def meeting_order(year: int, kind: str) -> int:
    """The meetings' time order, as Plenary.sort_key stores it."""
    return year_start(year) + KIND_RANK.get(kind, 5)


def year_start(year: int) -> int:
    """The sort_key below every meeting of ``year`` and above every meeting of the years before."""
    return year * 10


def meeting_key(year: int, kind: str) -> str:
    """How the dataset and the messages name a meeting: "2019 plenary", "2019 intersessional"."""
    return f"{year} {kind}"


def meeting_problems(meetings: Iterable[MeetingFacts], *, today: date | None = None) -> list[Problem]:
    """``today`` defaults to the local date: a meeting that opens after it cannot have been held yet."""
    meetings = list(meetings)
    today = today or timezone.localdate()
    problems = [problem for meeting in meetings for problem in _one_meeting(meeting, today)]
    by_year: dict[int, list[MeetingFacts]] = defaultdict(list)
    for meeting in meetings:
        by_year[meeting.year].append(meeting)
    for year, of_year in sorted(by_year.items()):
        problems += _same_chair_all_year(of_year)
        problems += _vice_chair_succeeds(by_year.get(year - 1, []), of_year)
    return problems


def _one_meeting(meeting: MeetingFacts, today: date) -> list[Problem]:
    problems = _dates_in_its_year(meeting)
    if meeting.start_date and meeting.end_date and meeting.end_date < meeting.start_date:
        problems.append(
            Problem(
                meeting.key,
                "end_date",
                _("It ends (%(end)s) before it starts (%(start)s).")
                % {"end": meeting.end_date, "start": meeting.start_date},
            )
        )
    # No exception for an upcoming meeting's known chair: a rule that today's date relaxes would refuse the
    # same record once the meeting opens (in the loader, an export, a restore), so the chair waits for "held".
    if not meeting.held and (meeting.chair or meeting.vice_chair or meeting.chair_person):
        problems.append(
            Problem(meeting.key, "chair", _("It was not held, so it has no chair, vice-chair or chairing person."))
        )
    if meeting.held:
        problems += _not_opened_yet(meeting, today)
    return problems


def _not_opened_yet(meeting: MeetingFacts, today: date) -> list[Problem]:
    """A meeting held must have opened: its first day is today or before; undated, its year is not a later one.
    (Only ever truer as time passes, so a record it accepts stays accepted.)"""
    first_day = meeting.start_date or meeting.end_date
    if first_day is not None and first_day > today:
        message = _("It opens on %(start)s, so it has not been held yet: untick “held” for an upcoming meeting.")
        return [Problem(meeting.key, "held", message % {"start": first_day})]
    if first_day is None and meeting.year > today.year:
        message = _("It is a %(year)s meeting, so it has not been held yet: untick “held” for an upcoming meeting.")
        return [Problem(meeting.key, "held", message % {"year": meeting.year})]
    return []


def _dates_in_its_year(meeting: MeetingFacts) -> list[Problem]:
    """A meeting's days fall in its year: even a December meeting ends before the new year."""
    messages = {
        "start_date": _("Its first day (%(date)s) is not in the meeting's year (%(year)s)."),
        "end_date": _("Its last day (%(date)s) is not in the meeting's year (%(year)s)."),
    }
    days = {"start_date": meeting.start_date, "end_date": meeting.end_date}
    return [
        Problem(meeting.key, field, messages[field] % {"date": day, "year": meeting.year})
        for field, day in days.items()
        if day and day.year != meeting.year
    ]


def _same_chair_all_year(meetings: list[MeetingFacts]) -> list[Problem]:
    """The chair serves the calendar year: its intersessional and its plenary have one chair."""
    chaired = sorted((m for m in meetings if m.held and m.chair), key=lambda m: KIND_RANK.get(m.kind, 5))
    problems = []
    for first, second in itertools.pairwise(chaired):
        if first.chair != second.chair and not (first.chair_note or second.chair_note):
            problems.append(
                Problem(
                    second.key,
                    "chair",
                    _(
                        "It is chaired by %(chair)s, but the %(other)s by %(other_chair)s: one chair serves "
                        "the whole year. Correct one of them, or say why in the note on the chair."
                    )
                    % {"chair": second.chair, "other": first.key, "other_chair": first.chair},
                    also=(first.key,),
                )
            )
    return problems


def _vice_chair_succeeds(last_year: list[MeetingFacts], this_year: list[MeetingFacts]) -> list[Problem]:
    """The vice-chair of one year chairs the next, or a note on the chair says why not."""
    vice_chairs = {m.vice_chair: m for m in last_year if m.vice_chair}
    problems = []
    for meeting in this_year:
        for vice_chair, earlier in vice_chairs.items():
            if meeting.chair != vice_chair and not meeting.chair_note:
                problems.append(
                    Problem(
                        meeting.key,
                        "chair",
                        _(
                            "%(vice_chair)s was vice-chair in %(year)s, so it should chair "
                            "%(meeting)s, which has %(chair)s. Correct the chair, or say why in the note on "
                            "the chair."
                        )
                        % {
                            "vice_chair": vice_chair,
                            "year": earlier.year,
                            "meeting": meeting.key,
                            "chair": meeting.chair or _("no chair"),
                        },
                        also=(earlier.key,),
                    )
                )
    return problems


@dataclass(frozen=True)
class StatusEventFacts:
    participant: str  # slug
    kind: str
    year: int
    date: date | None

    @property
    def key(self) -> str:
        return f"participant {self.participant}, {self.kind} {self.year}"


def status_event_problems(events: Iterable[StatusEventFacts]) -> list[Problem]:
    return [
        Problem(
            event.key,
            "date",
            _("Its date (%(date)s) is not in its year (%(year)s).") % {"date": event.date, "year": event.year},
        )
        for event in events
        if event.date and event.date.year != event.year
    ]
