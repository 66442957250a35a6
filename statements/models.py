"""What civil society (and others) said about the KP: statements, their quotes and reform mentions."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from plenaries.models import Organisation, Plenary
from reforms.models import ReformArea


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class StatementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(review_status=ReviewStatus.PUBLISHED)


class Statement(models.Model):
    title = models.CharField(_("title"), max_length=400)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="statements", verbose_name=_("organisation")
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    url = models.URLField(_("web address"), max_length=1000, null=True, blank=True, unique=True)
    text = models.TextField(_("text"), blank=True, help_text=_("Plain, sanitised text of the statement."))
    language = models.CharField(_("language"), max_length=8, blank=True)
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        help_text=_("sha256 of the normalised text; the same text is never stored twice."),
    )
    plenary = models.ForeignKey(
        Plenary,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("meeting it concerns"),
    )
    reform_areas = models.ManyToManyField(
        ReformArea, through="AreaMention", related_name="statements", verbose_name=_("reform areas")
    )
    people = models.JSONField(_("people quoted"), default=list, blank=True)
    review_status = models.CharField(
        _("review status"), max_length=12, choices=ReviewStatus, default=ReviewStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["text"])

    objects = StatementQuerySet.as_manager()

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        indexes = [
            # Public lists: published statements, newest first.
            models.Index(fields=["review_status", "-published_on"], name="statement_published_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(published_on__isnull=True) | Q(published_on__gte="1998-01-01"),
                name="statement_date_not_before_kp",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("statements:statement-detail", kwargs={"pk": self.pk})


class Stance(models.TextChoices):
    POSITIVE = "positive", _("Welcomes progress")
    NEGATIVE = "negative", _("Criticises failure")
    NEUTRAL = "neutral", _("Neutral or mixed")


class AreaMention(models.Model):
    """A statement mentions a reform area: where, and what it thinks of it."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="mentions")
    area = models.ForeignKey(ReformArea, on_delete=models.CASCADE, related_name="mentions")
    excerpt = models.TextField(_("excerpt"), blank=True)
    stance = models.CharField(_("stance"), max_length=10, choices=Stance, default=Stance.NEUTRAL)

    class Meta:
        verbose_name = _("reform mention")
        verbose_name_plural = _("reform mentions")
        constraints = [
            models.UniqueConstraint(fields=["statement", "area"], name="mention_one_per_statement_and_area"),
        ]

    def __str__(self):
        return f"{self.statement} → {self.area}"


class Quote(models.Model):
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="quotes")
    person = models.CharField(_("person"), max_length=200)
    text = models.TextField(_("quote"))

    class Meta:
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self):
        return f"{self.person}: {self.text[:60]}"
