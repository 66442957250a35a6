"""Writes with rules for the KP's participants, meetings and the organisations that speak about them."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from plenaries.models import Organisation, OrganisationKind


def organisation_record(*, name: str, kind: str = OrganisationKind.OTHER) -> Organisation:
    """The organisation of this name (or slug), created if new for a reviewer to complete.

    Ingestion calls it for a publisher it has not met before; two workers meeting the same new
    publisher at once end with one organisation.
    """
    name = name.strip()[:200]
    slug = slugify(name)[:200] or "unnamed"
    known = Q(slug=slug) | Q(name__iexact=name)
    existing = Organisation.objects.filter(known).first()
    if existing is not None:
        return existing
    organisation = Organisation(name=name, slug=slug, kind=kind)
    organisation.full_clean()
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError:  # another worker created it between the check and the INSERT
        return Organisation.objects.get(known)
    return organisation
