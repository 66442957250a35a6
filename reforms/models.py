"""Reforms of the KP: areas, proposals, what each plenary decided, and who stood where."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.rules import raise_for
from common.sources import SourcedModel
from plenaries.models import Organisation, Participant, Plenary
from plenaries.rules import meeting_order
from reforms.choices import Confidence, Decision, Stance
from reforms.querysets import PositionQuerySet, ProposalQuerySet
from reforms.rules import MeetingRef, OutcomeFacts, PositionFacts, ProposalFacts, outcome_problems, position_problems


class ReformArea(models.Model):
    """A theme civil society tracks: the scope, a permanent secretariat, a multi-donor fund…"""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    keywords = models.TextField(
        _("keywords"),
        blank=True,
        help_text=_("Words and phrases that show a statement is about this area, one per line (English or French)."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100, help_text=_("Order on the timeline."))
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("reform area")
        verbose_name_plural = _("reform areas")

    def __str__(self):
        return self.name

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class ReviewCycle(models.Model):
    """A KP review-and-reform cycle, such as the 2017–2019 cycle under the AHCRR."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=160, unique=True)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    body = models.CharField(_("body in charge"), max_length=300, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    class Meta:
        ordering = ["start_year"]
        verbose_name = _("review cycle")
        verbose_name_plural = _("review cycles")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=models.F("start_year")), name="review_cycle_years_ordered"
            ),
        ]

    def __str__(self):
        return self.name


class ReformProposal(SourcedModel):
    """A text or idea put to the KP. A proposal may continue an earlier one in a later cycle."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    area = models.ForeignKey(ReformArea, on_delete=models.PROTECT, related_name="proposals", verbose_name=_("area"))
    cycle = models.ForeignKey(
        ReviewCycle,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name=_("review cycle"),
    )
    description = models.TextField(_("description"), blank=True)
    first_tabled = models.ForeignKey(
        Plenary,
        on_delete=models.PROTECT,
        related_name="proposals_tabled",
        verbose_name=_("first tabled at"),
        help_text=_("The meeting where the proposal was first put on the table."),
    )
    sponsor = models.ForeignKey(
        Participant,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals_sponsored",
        verbose_name=_("tabled by"),
        help_text=_("The participant that tabled it. Observers cannot table texts themselves."),
    )
    originators = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="proposals_originated",
        verbose_name=_("drafted by"),
        help_text=_("Who drafted it, when not the sponsor (e.g. civil society and industry)."),
    )
    continues = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="continued_by",
        verbose_name=_("continues"),
        help_text=_("The earlier proposal this one takes up, so the reform is followed across cycles."),
    )
    # Denormalised pointer to the first proposal of the line, so the stall rule can gather a
    # whole line's outcomes in one pass (kept by reforms.services.proposal_line_sync).
    line_root = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, editable=False, related_name="+"
    )
    # When an outcome of the line or a meeting last changed, so its status may have (reforms/line_changes.py).
    line_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["line_changed_at"])

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("reform proposal")
        verbose_name_plural = _("reform proposals")
        indexes = [
            # with_stall_status() collects outcomes by line.
            models.Index(fields=["line_root"], name="proposal_line_root_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reforms:reform-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        seen = {self.pk} if self.pk else set()
        earlier = self.continues
        while earlier is not None:
            if earlier.pk in seen:
                raise ValidationError(
                    {"continues": _("A proposal cannot continue itself, directly or through others.")}
                )
            seen.add(earlier.pk)
            earlier = earlier.continues

    def line(self) -> list["ReformProposal"]:
        """Every text of this proposal's line, with the meetings they were tabled at."""
        root = self.line_root_id or self.pk
        return list(ReformProposal.objects.filter(Q(line_root=root) | Q(pk=self.pk)).select_related("first_tabled"))


class LineStatus(models.Model):
    """The facts the stall rule needs about a proposal's line, one row per proposal.

    A database view (migration 0003 writes it), read through ``with_stall_status()``; never written.
    """

    proposal = models.OneToOneField(
        ReformProposal, on_delete=models.DO_NOTHING, primary_key=True, related_name="line_status"
    )
    # NULL, not "": a line with no decision yet (the view's LEFT JOIN).
    last_decision = models.CharField(max_length=20, choices=Decision, null=True)  # noqa: DJ001
    last_decision_key = models.IntegerField(null=True)
    line_tabled_key = models.IntegerField()
    closed = models.BooleanField()
    rests_on_decision = models.BooleanField()  # False once a later text reopened the line the decision closed
    line_length = models.IntegerField()
    silent_meetings = models.IntegerField()
    first_silent_meeting = models.ForeignKey(Plenary, on_delete=models.DO_NOTHING, null=True, related_name="+")
    first_silent_year = models.IntegerField(null=True)
    latest_meeting_year = models.IntegerField(null=True)

    class Meta:
        managed = False
        db_table = "reforms_linestatus"

    def __str__(self):
        return f"line of proposal {self.proposal_id}"


class Milestone(SourcedModel):
    """Something that happened to a reform between meetings: a secretariat opening its doors, an appointment."""

    proposal = models.ForeignKey(
        ReformProposal, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("proposal")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("Exact date, when a source gives it."))
    description = models.CharField(_("what happened"), max_length=300)
    history = HistoricalRecords()

    class Meta:
        ordering = ["proposal", "year", "date"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "year", "description"], name="milestone_unique_per_year"),
            models.CheckConstraint(condition=Q(year__gte=2000) & Q(year__lte=2100), name="milestone_year_sane"),
        ]

    def __str__(self):
        return f"{self.proposal} — {self.description} ({self.year})"

    def clean(self):
        super().clean()
        if self.date and self.year and self.date.year != self.year:
            raise ValidationError({"date": _("The date is not in the year given.")})


def meeting_ref(plenary: Plenary) -> MeetingRef:
    return MeetingRef(key=str(plenary), order=meeting_order(plenary.year, plenary.kind), held=plenary.held)


def proposal_facts(proposals: list[ReformProposal]) -> list[ProposalFacts]:
    slugs = {proposal.pk: proposal.slug for proposal in proposals}
    return [
        ProposalFacts(
            slug=proposal.slug,
            first_tabled=meeting_ref(proposal.first_tabled),
            continues=slugs.get(proposal.continues_id),
            title=proposal.title,
        )
        for proposal in proposals
    ]


class Outcome(SourcedModel):
    """What one meeting decided on one proposal."""

    proposal = models.ForeignKey(
        ReformProposal, on_delete=models.CASCADE, related_name="outcomes", verbose_name=_("proposal")
    )
    plenary = models.ForeignKey(Plenary, on_delete=models.PROTECT, related_name="outcomes", verbose_name=_("meeting"))
    decision = models.CharField(_("decision"), max_length=20, choices=Decision)
    # Ample room: the longest summary in the shipped dataset has about 320 characters.
    summary = models.TextField(
        _("summary"),
        max_length=5000,
        validators=[MaxLengthValidator(5000)],  # a TextField's max_length binds only its form field
        help_text=_("What was decided, in a sentence or two."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "plenary"], name="outcome_one_per_proposal_and_meeting"),
        ]
        indexes = [
            # with_stall_status(): the latest decision per line.
            models.Index(fields=["proposal", "decision"], name="outcome_proposal_decision_idx"),
        ]

    def __str__(self):
        return f"{self.proposal} — {self.plenary}: {self.get_decision_display()}"

    def headline(self) -> str:
        """The one line a feed entry or an alert gives it: the meeting, what it decided, on which reform."""
        return _("%(meeting)s: %(decision)s — %(reform)s") % {
            "meeting": self.plenary,
            "decision": self.get_decision_display(),
            "reform": self.proposal,
        }

    def facts(self) -> OutcomeFacts:
        return OutcomeFacts(proposal=self.proposal.slug, meeting=meeting_ref(self.plenary), decision=self.decision)

    def clean(self):
        super().clean()
        if not (self.proposal_id and self.plenary_id and self.decision):
            return
        line = self.proposal.line()
        others = Outcome.objects.filter(proposal__in=line).exclude(pk=self.pk).select_related("proposal", "plenary")
        problems = outcome_problems(proposal_facts(line), [self.facts(), *(o.facts() for o in others)])
        raise_for(problems, self.facts().key)


class Position(SourcedModel):
    """A claim that a participant took a stance on a proposal at a meeting.

    Plenaries meet behind closed doors, so this records who says so. Claims may conflict.
    """

    proposal = models.ForeignKey(
        ReformProposal, on_delete=models.CASCADE, related_name="positions", verbose_name=_("proposal")
    )
    plenary = models.ForeignKey(Plenary, on_delete=models.PROTECT, related_name="positions", verbose_name=_("meeting"))
    participant = models.ForeignKey(
        Participant, on_delete=models.PROTECT, related_name="positions", verbose_name=_("participant")
    )
    stance = models.CharField(_("stance"), max_length=20, choices=Stance)
    reported_by = models.CharField(
        _("reported by"), max_length=200, help_text=_("The organisation or document making the claim.")
    )
    confidence = models.CharField(_("confidence"), max_length=10, choices=Confidence, default=Confidence.MEDIUM)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "plenary", "participant", "reported_by", "stance"],
                name="position_claim_unique",
            ),
        ]

    def __str__(self):
        return f"{self.participant} {self.get_stance_display().lower()} {self.proposal} ({self.plenary.year})"

    def facts(self) -> PositionFacts:
        return PositionFacts(
            proposal=self.proposal.slug, meeting=meeting_ref(self.plenary), participant=self.participant.slug
        )

    def clean(self):
        super().clean()
        if self.proposal_id and self.plenary_id and self.participant_id:
            raise_for(position_problems(proposal_facts(self.proposal.line()), [self.facts()]), self.facts().key)
