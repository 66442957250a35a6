from concurrency.admin import ConcurrentModelAdmin
from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminURLFieldWidget
from django.db import models
from django.db.models import Exists, OuterRef
from django.forms import Textarea
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from plenaries.models import Plenary
from reforms.choices import ReformStatus
from reforms.imports import OutcomeResource, PositionResource
from reforms.models import Decision, Milestone, Outcome, Position, ReformArea, ReformProposal, ReviewCycle
from reforms.services import proposal_line_sync

# Compact inputs, so a plenary's outcome rows fit a laptop screen.
COMPACT_INPUTS = {
    models.TextField: {"widget": Textarea(attrs={"rows": 2, "cols": 28})},
    models.URLField: {"widget": AdminURLFieldWidget(attrs={"size": 24})},
}


class OutcomeInline(admin.TabularInline):
    """On a plenary's page: one row per open proposal that has no outcome there yet."""

    model = Outcome
    formfield_overrides = COMPACT_INPUTS
    fields = ["proposal", "decision", "summary", "source_url", "more_sources", "verified"]
    autocomplete_fields = ["proposal"]
    extra = 0

    def proposals_awaiting_outcome(self, plenary):
        """The texts on the table at that meeting: tabled by then, not yet replaced by a newer
        text, not closed at an earlier meeting, and with no outcome there yet."""
        if not plenary.held:
            return ReformProposal.objects.none()
        replaced = ReformProposal.objects.filter(continues=OuterRef("pk"), first_tabled__sort_key__lte=plenary.sort_key)
        closed_before = Outcome.objects.filter(
            proposal=OuterRef("pk"), decision__in=Decision.closing(), plenary__sort_key__lt=plenary.sort_key
        )
        return (
            ReformProposal.objects.filter(first_tabled__sort_key__lte=plenary.sort_key)
            .exclude(Exists(replaced))
            .exclude(Exists(closed_before))
            .exclude(outcomes__plenary=plenary)
            .select_related("area")
            .order_by("area__position", "title")
        )

    def get_extra(self, request, obj=None, **kwargs):
        if obj is None or obj.pk is None:  # a meeting being added: nothing is on its table yet
            return 1
        return self.proposals_awaiting_outcome(obj).count()


class PositionInline(admin.TabularInline):
    model = Position
    formfield_overrides = COMPACT_INPUTS
    fields = ["proposal", "participant", "stance", "reported_by", "confidence", "source_url", "verified"]
    autocomplete_fields = ["proposal", "participant"]
    extra = 0


@admin.register(ReformArea)
class ReformAreaAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "position"]
    search_fields = ["name", "slug", "keywords"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ReviewCycle)
class ReviewCycleAdmin(admin.ModelAdmin):
    list_display = ["name", "start_year", "end_year", "body"]
    search_fields = ["name", "body"]
    prepopulated_fields = {"slug": ["name"]}


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ["year", "date", "description", "source_url", "more_sources", "verified"]


@admin.register(Milestone)
class MilestoneAdmin(SimpleHistoryAdmin):
    list_display = ["description", "proposal", "year", "date", "verified"]
    list_filter = ["proposal__area", "verified"]
    search_fields = ["description", "proposal__title"]
    autocomplete_fields = ["proposal"]
    list_select_related = ["proposal"]


@admin.register(ReformProposal)
class ReformProposalAdmin(SimpleHistoryAdmin):
    list_display = ["title", "area", "cycle", "first_tabled", "status", "stalled_since_year"]
    list_filter = ["area", "cycle"]
    search_fields = ["title", "description", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["first_tabled", "sponsor", "originators", "continues"]
    list_select_related = ["area", "cycle", "first_tabled"]
    # Newest first, as the list has always shown them; the autocomplete pages by it too.
    ordering = ["-pk"]
    inlines = [MilestoneInline]

    def get_queryset(self, request):
        return super().get_queryset(request).with_stall_status()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        proposal_line_sync(proposal=obj)

    @admin.display(description="status", ordering="status")
    def status(self, obj):
        return ReformStatus(obj.status).label

    @admin.display(description="stalled since", ordering="stalled_since_year")
    def stalled_since_year(self, obj):
        return obj.stalled_since_year or "—"


@admin.register(Outcome)
class OutcomeAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [OutcomeResource]
    list_display = ["proposal", "plenary", "decision", "verified", "updated_at"]
    list_filter = ["decision", "verified", "proposal__area", "plenary__year"]
    search_fields = ["proposal__title", "summary"]
    autocomplete_fields = ["proposal", "plenary"]
    list_select_related = ["proposal", "plenary"]


@admin.register(Position)
class PositionAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    resource_classes = [PositionResource]
    list_display = ["participant", "stance", "proposal", "plenary", "reported_by", "confidence"]
    list_filter = ["stance", "confidence", "proposal__area"]
    search_fields = ["participant__name", "proposal__title", "reported_by", "note"]
    autocomplete_fields = ["proposal", "plenary", "participant"]
    list_select_related = ["participant", "proposal", "plenary"]


class PlenaryForm(forms.ModelForm):
    """Refuses a page someone else saved since it was opened, saying what to do about it.

    The check django-concurrency's form makes, with a message in place of its bare "Record Modified".
    """

    def clean(self):
        version = self.cleaned_data.get("version")
        if self.instance.pk and not Plenary.objects.filter(pk=self.instance.pk, version=version).exists():
            self.add_error(
                None,
                _(
                    "Someone else saved this record while you were editing it, so your changes were not saved. "
                    "Reload the page, check their changes, then make yours again."
                ),
            )
        return super().clean()


@admin.register(Plenary)
class PlenaryAdmin(ConcurrentModelAdmin, SimpleHistoryAdmin):
    """One page per meeting: its facts, and the outcome of every open proposal in one form.

    Registered here rather than in plenaries/ because its inlines are reforms' models.
    PlenaryForm refuses a save based on a stale version of the page (django-concurrency's version).
    """

    form = PlenaryForm
    list_display = ["year", "kind", "city", "chair", "held", "verified"]
    ordering = ["-sort_key"]
    list_filter = ["kind", "held", "verified"]
    search_fields = ["city", "host_country", "chair__name", "chair_person", "summary"]
    autocomplete_fields = ["chair", "vice_chair", "host"]
    inlines = [OutcomeInline, PositionInline]
    fieldsets = [
        (None, {"fields": ["year", "kind", "held", "city", "host_country", "host"]}),
        ("Chair", {"fields": ["chair", "chair_person", "vice_chair", "chair_note"]}),
        ("Dates", {"fields": ["start_date", "end_date", "dates_note"]}),
        ("Record", {"fields": ["communique_url", "summary", "key_decisions"]}),
        ("Sources", {"fields": ["source_url", "more_sources", "verified", "version"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        # Editors look meetings up by year ("2019"), in the list and in autocomplete fields.
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip().isdigit():
            results |= queryset.filter(year=int(search_term))
        return results, may_have_duplicates

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        # Same initial rows on GET and POST, so a row the editor left blank counts as unchanged.
        if isinstance(inline, OutcomeInline) and obj is not None and obj.pk is not None:
            kwargs["initial"] = [{"proposal": proposal.pk} for proposal in inline.proposals_awaiting_outcome(obj)]
        return kwargs

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
        # A change is saved in save_related(), which also sees the outcome and position rows.

    def save_related(self, request, form, formsets, change):
        # Saving an unchanged page writes nothing: no new version, no history row. A change to the
        # rows alone still saves the meeting, so that its version refuses a stale page's rows too.
        if change and (form.has_changed() or any(formset.has_changed() for formset in formsets)):
            super().save_model(request, form.instance, form, change)
        super().save_related(request, form, formsets, change)
