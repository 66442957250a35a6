"""Writes with rules for the organisations that speak about the KP.

Ingestion proposes an organisation it has not met before; an editor accepts it, or merges it
into the organisation it really is. Until then it is hidden from the public site, the API and
the data package (``Organisation.objects.public()``).
"""

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext as _

from common.sources import main_source_problem
from plenaries.models import Organisation, OrganisationKind


def organisation_propose(*, name: str, kind: str = OrganisationKind.OTHER, source_url: str = "") -> Organisation:
    """The organisation of this name (its slug, or one of its other names), or a new one awaiting review,
    citing ``source_url`` (the document that names it) when that can be a fact's source.

    Two workers meeting the same new publisher at once end with one organisation.
    """
    name = " ".join(name.split())[:200]
    slug = slugify(name)[:200] or "unnamed"
    known = Q(slug=slug) | Q(name__iexact=name) | Q(aliases__iregex=rf"(^|\n){re.escape(name)}\r?(\n|$)")
    existing = Organisation.objects.filter(known).first()
    if existing is not None:
        return existing
    source_url = source_url if main_source_problem(source_url) is None else ""
    organisation = Organisation(name=name, slug=slug, kind=kind, proposed=True, source_url=source_url)
    organisation.full_clean()
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError:  # another worker created it between the check and the INSERT
        return Organisation.objects.get(known)
    return organisation


def organisations_accept(*, organisations: QuerySet) -> int:
    """Publish proposed organisations, one by one so that each decision is in the history.

    One without a source a fact may cite stays awaiting review: every public record names its source.
    """
    accepted = 0
    with transaction.atomic():
        for organisation in organisations.filter(proposed=True).select_for_update():
            if main_source_problem(organisation.source_url) is not None:
                continue
            organisation.proposed = False
            organisation.save(update_fields=["proposed"])
            accepted += 1
    return accepted


@transaction.atomic
def organisation_merge(*, organisation: Organisation, into: Organisation) -> int:
    """Fold a proposed organisation into the one it really is; returns how many records moved.

    Every record that names it (statements, sources, the proposals it drafted) names ``into``
    instead, saved one by one so the history and the data version see it; its names become
    ``into``'s other names, so the next document signed the same way is attributed at once.
    """
    if organisation.pk == into.pk:
        raise ValidationError(_("An organisation cannot be merged into itself."))
    if not organisation.proposed:
        raise ValidationError(_("Only an organisation awaiting review can be merged into another."))
    moved = 0
    # Every relation to organisations, whichever app declares it: this layer imports none of them.
    for relation in Organisation._meta.related_objects:
        records = relation.related_model._default_manager.filter(**{relation.field.name: organisation})
        for record in records:
            if relation.many_to_many:
                names = getattr(record, relation.field.name)
                names.remove(organisation)
                names.add(into)
            else:
                setattr(record, relation.field.name, into)
                record.save()
            moved += 1
    known = {into.name.casefold(), *(alias.casefold() for alias in into.alias_list)}
    new_names = [name for name in [organisation.name, *organisation.alias_list] if name.casefold() not in known]
    if new_names:
        into.aliases = "\n".join([*into.alias_list, *new_names])
        into.full_clean()
        into.save(update_fields=["aliases"])
    organisation.delete()
    return moved
