"""Prefetching plain rows instead of model instances, for the relations a list shows on every row.

Django's prefetch_related() builds a model instance per related row; a page of 100 reforms
has ~600 outcomes, and building them costs more than the query. ``ValuesPrefetch`` runs the
same single query per page (or per CSV chunk) with ``values()`` and hangs lists of dicts, or
of single values, on each object, ready for the serializer.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import QuerySet


@dataclass(frozen=True)
class ValuesPrefetch:
    attr: str  # set on each object: a list
    queryset: QuerySet  # related rows, in the order they should appear
    key: str  # the related rows' field pointing at the object's pk, e.g. "proposal_id"
    fields: Sequence[str] = ()  # values() names; one name gives a flat list
    expressions: dict = field(default_factory=dict)  # values(**expressions): renamed or joined columns

    def attach(self, objects: Sequence) -> None:
        by_pk = {obj.pk: obj for obj in objects}
        for obj in objects:
            setattr(obj, self.attr, [])
        if not by_pk:
            return
        names = [*self.fields, *self.expressions]
        rows = self.queryset.filter(**{f"{self.key}__in": list(by_pk)}).values(
            self.key, *self.fields, **self.expressions
        )
        flat = len(names) == 1
        for row in rows:
            owner = row.pop(self.key)
            getattr(by_pk[owner], self.attr).append(row[names[0]] if flat else row)
