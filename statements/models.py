"""What civil society (and others) said about the KP: statements, their quotes and reform mentions."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from common.rules import raise_for
from common.sources import Citation, cite
from plenaries.models import Organisation, Plenary
from reforms.models import ReformArea
from statements.rules import EARLIEST_STATEMENT, StatementFacts, statement_problems


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class StatementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(review_status=ReviewStatus.PUBLISHED)

    def newest_first(self):
        """Newest first, undated statements last on every database (PostgreSQL puts NULLs first in DESC)."""
        return self.order_by(models.F("published_on").desc(nulls_last=True), "-pk")


class StatementManager(models.Manager.from_queryset(StatementQuerySet)):
    def get_queryset(self):
        # The search document is the database's to keep (its triggers), read only inside PostgreSQL's search:
        # rows leave it out, so a list carries no tsvector and a save never sends one back.
        return super().get_queryset().defer("search_document")


class Statement(models.Model):
    title = models.CharField(_("title"), max_length=400)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("organisation"),
        help_text=_("Empty when neither the source nor the document names it: set it when reviewing."),
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    date_source = models.CharField(
        _("date found in"), max_length=120, blank=True, help_text=_("Where the publication date was read from.")
    )
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
    meeting_source = models.CharField(
        _("how the meeting was found"),
        max_length=300,
        blank=True,
        help_text=_("What in the document points to the meeting, or why none could be chosen."),
    )
    meeting_candidates = models.ManyToManyField(
        Plenary,
        blank=True,
        related_name="+",
        verbose_name=_("meetings it may concern"),
        help_text=_("When the document could be about several meetings: the ones to choose from."),
    )
    organisation_source = models.CharField(
        _("how the organisation was found"),
        max_length=300,
        blank=True,
        help_text=_("What in the document names its author, or the source it came from."),
    )
    reform_areas = models.ManyToManyField(
        ReformArea, through="AreaMention", related_name="statements", verbose_name=_("reform areas")
    )
    text_is_excerpt = models.BooleanField(
        _("text is an excerpt"),
        default=False,
        help_text=_(
            "Tick when the text holds only part of the statement (an excerpt, or the words a press report "
            "quotes); its page then links readers to the full original."
        ),
    )
    note = models.TextField(
        _("editor's note"),
        blank=True,
        help_text=_("Shown on the statement's page: where the text comes from, doubts about its date, etc."),
    )
    people = models.JSONField(_("people quoted"), default=list, blank=True)
    review_status = models.CharField(
        _("review status"), max_length=12, choices=ReviewStatus, default=ReviewStatus.PENDING, db_index=True
    )
    document = models.ForeignKey(
        "RawDocument",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statements",
        verbose_name=_("stored document"),
        help_text=_("The fetched or uploaded file this statement was read from."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # PostgreSQL only: the title, the public organisation's name and the text as one weighted
    # tsvector with a GIN index, both kept by database triggers (migration 0005), so a search reads
    # an index instead of parsing every text again. Empty on SQLite, whose search does not use it.
    search_document = SearchVectorField(null=True, editable=False)
    history = HistoricalRecords(excluded_fields=["text", "search_document"])

    objects = StatementManager()

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        indexes = [
            # Public lists: published statements, newest first.
            models.Index(fields=["review_status", "-published_on"], name="statement_published_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(published_on__isnull=True) | Q(published_on__gte=EARLIEST_STATEMENT),
                name="statement_date_not_before_kp",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("statements:statement-detail", kwargs={"pk": self.pk})

    def headline(self) -> str:
        """The one line a feed entry or an alert gives it: who said it (when the public may know), and its title."""
        organisation = self.public_organisation
        return f"{organisation.name}: {self.title}" if organisation else self.title

    def excerpt(self, length: int) -> str:
        return self.text[:length] + ("…" if len(self.text) > length else "")

    @classmethod
    def from_db(cls, db, field_names, values):
        statement = super().from_db(db, field_names, values)
        statement._loaded_review_status = statement.__dict__.get("review_status")
        return statement

    @property
    def is_or_was_public(self) -> bool:
        """Published now, or when it was read from the database: saving it changes what the public sees."""
        published = ReviewStatus.PUBLISHED
        return self.review_status == published or getattr(self, "_loaded_review_status", None) == published

    @property
    def public_organisation(self) -> Organisation | None:
        """The organisation as the public may see it: none while it awaits an editor's review."""
        organisation = self.organisation if self.organisation_id else None
        return organisation if organisation is not None and organisation.is_public else None

    @property
    def citation(self) -> Citation | None:
        return cite(self.url) if self.url else None

    def facts(self) -> StatementFacts:
        plenary = self.plenary if self.plenary_id else None
        return StatementFacts(
            key=self.url or self.title,
            url=self.url,
            published_on=self.published_on,
            meeting=str(plenary) if plenary else None,
            meeting_year=plenary.year if plenary else None,
            meeting_start=plenary.start_date if plenary else None,
            published=self.review_status == ReviewStatus.PUBLISHED,
            holds_text=bool(self.text.strip()),
        )

    def clean(self):
        super().clean()
        raise_for(statement_problems([self.facts()]), self.facts().key)


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


class SourceKind(models.TextChoices):
    FEED = "feed", _("RSS/Atom feed")
    PAGE = "page", _("Single web page")
    UPLOAD = "upload", _("Uploaded files")


class Source(models.Model):
    """Where statements come from: a feed polled on a schedule, a web page, or files staff upload."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=SourceKind, default=SourceKind.FEED)
    url = models.URLField(_("address"), max_length=1000, blank=True, help_text=_("Feed or page address."))
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        verbose_name=_("default organisation"),
        help_text=_("Used when a document does not name its author."),
    )
    active = models.BooleanField(_("active"), default=True)
    poll_minutes = models.PositiveIntegerField(
        _("poll every (minutes)"), default=24 * 60, help_text=_("How often a feed or page is fetched.")
    )
    auto_publish = models.BooleanField(
        _("publish without review"),
        default=False,
        help_text=_("Only for trusted sources: their statements appear on the dashboard at once."),
    )
    # HTTP validators from the last successful fetch, for conditional requests.
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_poll_at = models.DateTimeField(_("next fetch"), null=True, blank=True, db_index=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error_at = models.DateTimeField(_("last error"), null=True, blank=True)
    last_error = models.TextField(_("last error message"), blank=True)
    consecutive_failures = models.PositiveIntegerField(_("failures in a row"), default=0)
    items_found = models.PositiveIntegerField(_("items in last fetch"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=SourceKind.UPLOAD) | ~Q(url=""), name="source_feed_or_page_has_url"
            ),
        ]

    def __str__(self):
        return self.name


class FetchRun(models.Model):
    """One fetch of a source (or one upload): what it found, what it did, what failed."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        NOT_MODIFIED = "not_modified", _("Not modified")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=15, choices=Status, default=Status.RUNNING)
    documents_found = models.PositiveIntegerField(default=0)
    items_failed = models.PositiveIntegerField(default=0, help_text="Feed items that could not be fetched.")
    error = models.TextField(blank=True)
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = _("fetch run")
        verbose_name_plural = _("fetch runs")
        indexes = [models.Index(fields=["source", "-started_at"], name="fetchrun_source_recent_idx")]

    def __str__(self):
        return f"{self.source} at {self.started_at:%Y-%m-%d %H:%M}"


class DocumentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be read")
    PROCESSING = "processing", _("Being read")
    DONE = "done", _("Read")
    FAILED = "failed", _("Could not be read")


class RawDocument(models.Model):
    """A fetched or uploaded file, kept byte for byte so it can be read again by a better extractor."""

    sha256 = models.CharField(max_length=64, unique=True)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    url = models.URLField(max_length=1000, blank=True, db_index=True)
    filename = models.CharField(max_length=300, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    # The server's Last-Modified header: the date of last resort for a page that states none.
    last_modified = models.CharField(max_length=100, blank=True)
    source = models.ForeignKey(Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents")
    run = models.ForeignKey(FetchRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents")
    status = models.CharField(max_length=12, choices=DocumentStatus, default=DocumentStatus.PENDING)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    # When the document was last queued or claimed: a stale one is queued again (see requeue_stale_documents).
    status_changed_at = models.DateTimeField(auto_now_add=True)
    fetched_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("stored document")
        verbose_name_plural = _("stored documents")
        indexes = [
            # requeue_stale_documents and the run progress counts.
            models.Index(fields=["status", "status_changed_at"], name="rawdoc_status_idx"),
            models.Index(fields=["run", "status"], name="rawdoc_run_status_idx"),
        ]

    def __str__(self):
        return self.url or self.filename or self.sha256[:12]
