"""Source links: every fact in the tracker says where it comes from.

A sourced record has one required ``source_url`` and optional ``more_sources``
(one URL per line), which keeps the admin form a plain text box for editors.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

_url_validator = URLValidator(schemes=["http", "https"])


def split_source_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def validate_source_lines(text: str) -> None:
    bad = []
    for line in split_source_lines(text):
        try:
            _url_validator(line)
        except ValidationError:
            bad.append(line)
    if bad:
        raise ValidationError(
            _("Each line must be one http(s) link. Not a link: %(bad)s"),
            params={"bad": ", ".join(bad[:3])},
            code="invalid_source",
        )


class SourcedModel(models.Model):
    source_url = models.URLField(
        _("source"),
        max_length=500,
        help_text=_("Link to the communiqué, report or article that states this fact."),
    )
    more_sources = models.TextField(
        _("more sources"),
        blank=True,
        validators=[validate_source_lines],
        help_text=_("Further links, one per line."),
    )
    verified = models.BooleanField(
        _("verified"),
        default=True,
        help_text=_("Untick when the fact could not be confirmed in a source; pages mark it as unverified."),
    )

    class Meta:
        abstract = True

    @property
    def sources(self) -> list[str]:
        return [self.source_url, *split_source_lines(self.more_sources)]
