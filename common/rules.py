"""The shape of a broken rule: which record, which field, and what is wrong, in words for editors.

Each app's ``rules.py`` states its part of the record's rules as plain functions over plain
facts, so the same rule checks the shipped dataset file (``manage.py check_dataset``) and an
editor's change in admin (the models' ``clean()``).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError


@dataclass(frozen=True)
class Problem:
    record: str  # e.g. "2019 plenary", "proposal permanent-secretariat"
    field: str  # the model field an admin form shows the message on
    message: str
    also: tuple[str, ...] = ()  # other records the problem concerns: editing them raises it too

    def __str__(self):
        return f"{self.record}: {self.message}"


def raise_for(problems: Iterable[Problem], record: str) -> None:
    """Raise the problems that concern ``record`` as one ValidationError, field by field."""
    errors: dict[str, list[str]] = {}
    for problem in problems:
        if record == problem.record or record in problem.also:
            errors.setdefault(problem.field, []).append(problem.message)
    if errors:
        raise ValidationError(errors)
