"""The Kimberley Process itself: its participants, observers and meetings."""

from datetime import date

from concurrency.fields import IntegerVersionField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, ExpressionWrapper, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.rules import raise_for
from common.sources import Citation, SourcedModel, cite, split_source_lines, validate_source_lines
from plenaries.rules import (
    KIND_RANK,
    MeetingFacts,
    StatusEventFacts,
    meeting_key,
    meeting_problems,
    status_event_problems,
)


class ParticipantKind(models.TextChoices):
    STATE = "state", _("State")
    REGIONAL_ORGANISATION = "regional_organisation", _("Regional organisation")
    TRADING_ENTITY = "trading_entity", _("Rough-diamond trading entity (not counted as a participant)")


# Participants the KP counts today: not departed, not a trading entity. The one definition the
# pages, the API's `is_current` and its `current` filter use.
IS_CURRENT = Q(left_year__isnull=True) & ~Q(kind=ParticipantKind.TRADING_ENTITY)


class ParticipantQuerySet(models.QuerySet):
    def current(self):
        return self.filter(IS_CURRENT)

    def with_is_current(self):
        return self.annotate(is_current=ExpressionWrapper(IS_CURRENT, output_field=models.BooleanField()))


class Participant(SourcedModel):
    """A KP participant: a state, or a regional organisation acting for its members (the EU)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=ParticipantKind, default=ParticipantKind.STATE)
    iso_code = models.CharField(
        _("ISO code"), max_length=2, blank=True, help_text=_("ISO 3166 alpha-2 code; EU for the European Union.")
    )
    joined_year = models.PositiveSmallIntegerField(
        _("joined in"), null=True, blank=True, help_text=_("Leave empty when no source gives the year.")
    )
    left_year = models.PositiveSmallIntegerField(
        _("left in"),
        null=True,
        blank=True,
        help_text=_("Year it stopped being a separate participant (withdrawal, or represented by the EU)."),
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.CheckConstraint(
                condition=Q(left_year__isnull=True) | Q(joined_year__isnull=True) | Q(left_year__gte=F("joined_year")),
                name="participant_left_after_joined",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("plenaries:participant-detail", kwargs={"slug": self.slug})


class Country(models.Model):
    """A country, and the participant that represents it in the KP today."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    iso_code = models.CharField(_("ISO code"), max_length=2, unique=True)
    represented_by = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        related_name="countries",
        verbose_name=_("represented by"),
        help_text=_("The participant acting for this country, e.g. the European Union for its member states."),
    )
    represented_since = models.PositiveSmallIntegerField(
        _("represented since"),
        null=True,
        blank=True,
        help_text=_(
            "Year this participant began to represent the country (e.g. 2004 for the states that joined the EU "
            "then). Leave empty when it has done so since it joined the KP."
        ),
    )
    source_url = models.URLField(_("source"), max_length=500)

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class StatusEventKind(models.TextChoices):
    JOINED = "joined", _("Joined")
    SUSPENDED = "suspended", _("Suspended")
    SELF_SUSPENDED = "self_suspended", _("Suspended itself")
    READMITTED = "readmitted", _("Readmitted")
    REMOVED = "removed", _("Removed from the participant list")
    EMBARGO_IMPOSED = "embargo_imposed", _("Embargo imposed")
    EMBARGO_LIFTED = "embargo_lifted", _("Embargo lifted")
    WITHDREW = "withdrew", _("Withdrew")
    MERGED = "merged", _("Now represented by a regional organisation")
    OTHER = "other", _("Other decision")


class StatusEvent(SourcedModel):
    """Something that changed a participant's standing: a suspension, an embargo, readmission."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="status_events", verbose_name=_("participant")
    )
    kind = models.CharField(_("kind"), max_length=32, choices=StatusEventKind)
    year = models.PositiveSmallIntegerField(_("year"))
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("Exact date, when a source gives it."))
    description = models.CharField(_("description"), max_length=300)
    history = HistoricalRecords()

    class Meta:
        ordering = ["participant", "year", "date"]
        verbose_name = _("status event")
        verbose_name_plural = _("status events")
        constraints = [
            models.CheckConstraint(condition=Q(year__gte=2000) & Q(year__lte=2100), name="status_event_year_sane"),
            models.UniqueConstraint(
                fields=["participant", "kind", "year", "description"], name="status_event_unique_per_year"
            ),
        ]

    def __str__(self):
        return f"{self.participant} — {self.get_kind_display()} ({self.year})"

    def facts(self) -> StatusEventFacts:
        return StatusEventFacts(participant=str(self.participant_id), kind=self.kind, year=self.year, date=self.date)

    def clean(self):
        super().clean()
        if self.year is not None:
            raise_for(status_event_problems([self.facts()]), self.facts().key)


class OrganisationKind(models.TextChoices):
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    INDUSTRY = "industry", _("Industry")
    GOVERNMENT = "government", _("Government")
    KP_BODY = "kp_body", _("KP body")
    PRODUCERS = "producers", _("Producer-country association")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Organisations the public sees: not those ingestion proposed and no editor has accepted yet."""
        return self.filter(proposed=False)


class Organisation(models.Model):
    """Anyone who speaks about the KP: observers, NGOs, industry, KP bodies, newspapers."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind, default=OrganisationKind.OTHER)
    website = models.URLField(_("website"), blank=True)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("Other names and acronyms it signs with, one per line (e.g. its name in French)."),
    )
    observer_from = models.PositiveSmallIntegerField(_("KP observer from"), null=True, blank=True)
    observer_to = models.PositiveSmallIntegerField(_("KP observer until"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    proposed = models.BooleanField(
        _("awaiting review"),
        default=False,
        help_text=_(
            "Proposed by ingestion from a document's own wording. Hidden from the public site, the API and the "
            "data package until an editor accepts it (untick), or merges it into the organisation it really is."
        ),
    )
    history = HistoricalRecords()

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(observer_to__isnull=True)
                | Q(observer_from__isnull=True)
                | Q(observer_to__gte=F("observer_from")),
                name="organisation_observer_period_ordered",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_public(self) -> bool:
        return not self.proposed

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class PlenaryKind(models.TextChoices):
    # The order within a year: mid-year intersessional, special sessions, year-end plenary.
    INTERSESSIONAL = "intersessional", _("Intersessional meeting")
    SPECIAL = "special", _("Special plenary")
    PLENARY = "plenary", _("Plenary")

    @classmethod
    def decision_meetings(cls):
        """Meetings whose silence on a reform counts towards a stall."""
        return [cls.SPECIAL, cls.PLENARY]


_KIND_RANK = Case(
    When(kind=PlenaryKind.INTERSESSIONAL, then=Value(KIND_RANK[PlenaryKind.INTERSESSIONAL])),
    When(kind=PlenaryKind.SPECIAL, then=Value(KIND_RANK[PlenaryKind.SPECIAL])),
    default=Value(KIND_RANK[PlenaryKind.PLENARY]),
)


class PlenaryQuerySet(models.QuerySet):
    def year_end(self):
        """The year-end plenaries, without the intersessionals and special sessions."""
        return self.filter(kind=PlenaryKind.PLENARY)


class Plenary(SourcedModel):
    """A KP meeting: the year-end plenary, or a mid-year intersessional."""

    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=20, choices=PlenaryKind, default=PlenaryKind.PLENARY)
    held = models.BooleanField(
        _("held"),
        default=True,
        help_text=_("Untick for a meeting that did not take place (e.g. the 2020 'zero year')."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    host_country = models.CharField(_("host country"), max_length=120, blank=True)
    chair = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plenaries_chaired",
        verbose_name=_("chair"),
    )
    chair_person = models.CharField(_("chaired by (person)"), max_length=200, blank=True)
    vice_chair = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plenaries_vice_chaired",
        verbose_name=_("vice-chair"),
        help_text=_("The participant that is vice-chair during this year, and so chairs the next one."),
    )
    chair_note = models.TextField(
        _("note on the chair"),
        blank=True,
        help_text=_(
            "Why the chair is not last year's vice-chair, or differs from the chair of this year's other "
            "meeting (e.g. a chairmanship postponed, a custodian chair). Shown on the meeting's page."
        ),
    )
    host = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plenaries_hosted",
        verbose_name=_("host participant"),
    )
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    dates_note = models.TextField(
        _("note on dates"),
        blank=True,
        help_text=_("When sources disagree, give only a month, or the dates are worked out."),
    )
    communique_url = models.URLField(_("final communiqué"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    key_decisions = models.TextField(_("key decisions"), blank=True, help_text=_("One decision per line."))
    sort_key = models.GeneratedField(
        expression=F("year") * 10 + _KIND_RANK,
        output_field=models.IntegerField(),
        db_persist=True,
    )
    version = IntegerVersionField()
    history = HistoricalRecords(excluded_fields=["sort_key"])

    objects = PlenaryQuerySet.as_manager()

    class Meta:
        ordering = ["sort_key"]
        verbose_name = _("plenary")
        verbose_name_plural = _("plenaries")
        constraints = [
            models.UniqueConstraint(fields=["year", "kind"], name="plenary_one_per_year_and_kind"),
            models.CheckConstraint(condition=Q(year__gte=2000) & Q(year__lte=2100), name="plenary_year_sane"),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="plenary_ends_after_start",
            ),
        ]
        indexes = [
            # The stall rule scans meetings in order from a reform's tabling onwards.
            models.Index(fields=["sort_key"], name="plenary_sort_key_idx"),
        ]

    def __str__(self):
        place = self.city or self.host_country or _("no venue")
        if self.kind == PlenaryKind.PLENARY:
            return f"{self.year} {place}"
        return f"{self.year} {place} ({self.get_kind_display().lower()})"

    def get_absolute_url(self):
        if self.kind == PlenaryKind.PLENARY:
            return reverse("plenaries:plenary-detail", kwargs={"year": self.year})
        return reverse("plenaries:plenary-detail-kind", kwargs={"year": self.year, "kind": self.kind})

    def facts(self) -> MeetingFacts:
        return MeetingFacts(
            year=self.year,
            kind=self.kind,
            held=self.held,
            chair=self.chair.name if self.chair_id else None,
            vice_chair=self.vice_chair.name if self.vice_chair_id else None,
            chair_person=self.chair_person,
            chair_note=self.chair_note,
            start_date=self.start_date,
            end_date=self.end_date,
        )

    def clean(self):
        super().clean()
        if self.year is None or not self.kind:
            return
        neighbours = (
            Plenary.objects.filter(year__range=(self.year - 1, self.year + 1))
            .exclude(pk=self.pk)
            .select_related("chair", "vice_chair")
        )
        raise_for(meeting_problems([self.facts(), *(m.facts() for m in neighbours)]), meeting_key(self.year, self.kind))
        if not self.held and self.pk and (self.outcomes.exists() or self.positions.exists()):
            raise ValidationError(
                {"held": _("Outcomes or positions are recorded at this meeting: move them before marking it not held.")}
            )

    @property
    def communique_citation(self) -> Citation | None:
        return cite(self.communique_url) if self.communique_url else None

    @property
    def key_decision_list(self) -> list[str]:
        return [line.strip() for line in self.key_decisions.splitlines() if line.strip()]

    @property
    def is_ahead(self) -> bool:
        """Not held because it has not happened yet, rather than cancelled: it opens after today, or,
        undated, in this year or a later one. (The pages that show it are rendered anew each day.)"""
        if self.held:
            return False
        today = timezone.localdate()
        first_day = self.start_date or self.end_date
        return first_day > today if first_day else self.year >= today.year

    def is_upcoming(self, today: date) -> bool:
        """Not over yet: it ends (or opens) today or later; undated, in this year or a later one."""
        last_day = self.end_date or self.start_date
        return last_day >= today if last_day else self.year >= today.year


class OpenQuestion(models.Model):
    """Something the record cannot settle yet: shown on the methodology page so readers can help."""

    question = models.CharField(_("question"), max_length=300, unique=True)
    detail = models.TextField(
        _("what we know"), blank=True, help_text=_("What the sources say so far, and where they disagree.")
    )
    leads = models.TextField(
        _("leads"), blank=True, validators=[validate_source_lines], help_text=_("Links worth following, one per line.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)
    settled = models.BooleanField(
        _("settled"), default=False, help_text=_("Tick once a source settles it; the page then stops listing it.")
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "question"]
        verbose_name = _("open question")
        verbose_name_plural = _("open questions")

    def __str__(self):
        return self.question

    @property
    def lead_citations(self) -> list[Citation]:
        return [cite(url) for url in split_source_lines(self.leads)]
