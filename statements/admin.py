from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from statements import services, tasks
from statements.models import (
    AreaMention,
    DocumentStatus,
    FetchRun,
    Quote,
    RawDocument,
    ReviewStatus,
    Source,
    SourceKind,
    Statement,
)


class AreaMentionInline(admin.TabularInline):
    model = AreaMention
    extra = 0
    fields = ["area", "stance", "excerpt"]


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["person", "text"]


CHOOSE_MEETING = "_choose_meeting"


class MeetingToChooseFilter(admin.SimpleListFilter):
    title = _("meeting")
    parameter_name = "meeting"

    def lookups(self, request, model_admin):
        return [("to-choose", _("To choose among candidates")), ("none", _("Not set"))]

    def queryset(self, request, queryset):
        if self.value() == "to-choose":
            return queryset.filter(plenary__isnull=True, meeting_candidates__isnull=False).distinct()
        if self.value() == "none":
            return queryset.filter(plenary__isnull=True)
        return queryset


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    """Also the review queue: filter on "Awaiting review", correct the tags, approve or reject in bulk."""

    list_display = ["title", "organisation", "published_on", "plenary", "review_status", "language"]
    list_filter = ["review_status", MeetingToChooseFilter, "language", "organisation", "reform_areas"]
    search_fields = ["title", "text", "url"]
    # Newest first, as the list has always shown them; the autocomplete pages by it too.
    ordering = ["-pk"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["organisation", "plenary"]
    readonly_fields = [
        "date_source",
        "organisation_source",
        "meeting_source",
        "meeting_choice",
        "content_hash",
        "document",
        "created_at",
        "updated_at",
    ]
    exclude = ["meeting_candidates"]
    list_select_related = ["organisation", "plenary"]
    inlines = [AreaMentionInline, QuoteInline]
    actions = ["approve", "reject"]

    @admin.display(description=_("meetings it may concern"))
    def meeting_choice(self, statement):
        """One button per candidate meeting: a click saves the form with that meeting chosen."""
        candidates = list(statement.meeting_candidates.order_by("sort_key")) if statement.pk else []
        if not candidates:
            return "—"
        return format_html_join(
            " ",
            '<button type="submit" class="button" name="{}" value="{}">{}</button>',
            ((CHOOSE_MEETING, meeting.pk, _("Use %(meeting)s") % {"meeting": meeting}) for meeting in candidates),
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if chosen := request.POST.get(CHOOSE_MEETING):
            try:
                plenary_id = int(chosen)
                services.statement_meeting_choose(statement=obj, plenary_id=plenary_id, chosen_by=str(request.user))
            except (ValueError, ValidationError):  # a stale page, or another editor chose first
                self.message_user(
                    request,
                    _("The other changes were saved, but not the meeting: it is no longer one of the candidates."),
                    level=messages.ERROR,
                )
        if obj.plenary_id is not None:
            # The meeting is settled (chosen, or set by hand): nothing is left to choose among.
            obj.meeting_candidates.clear()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and "text" in form.changed_data:
            # After the inlines: an excerpt the editor has just fitted to the new text is kept.
            services.statement_text_follow(statement=form.instance, old_text=form.initial.get("text", ""))

    @admin.action(description=_("Publish the selected statements"), permissions=["change"])
    def approve(self, request, queryset):
        try:
            count = services.statements_review(statements=queryset, review_status=ReviewStatus.PUBLISHED)
        except ValidationError as refused:
            message = _("Nothing was published. %(problems)s") % {"problems": " ".join(refused.messages)}
            self.message_user(request, message, level=messages.ERROR)
            return
        self.message_user(request, ngettext("%d statement published.", "%d statements published.", count) % count)

    @admin.action(description=_("Reject the selected statements (never re-imported)"), permissions=["change"])
    def reject(self, request, queryset):
        count = services.statements_review(statements=queryset, review_status=ReviewStatus.REJECTED)
        self.message_user(request, ngettext("%d statement rejected.", "%d statements rejected.", count) % count)


@admin.register(AreaMention)
class AreaMentionAdmin(admin.ModelAdmin):
    list_display = ["statement", "area", "stance"]
    list_filter = ["area", "stance"]
    search_fields = ["statement__title", "excerpt"]
    autocomplete_fields = ["statement"]
    list_select_related = ["statement", "area"]


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["person", "statement"]
    search_fields = ["person", "text", "statement__title"]
    autocomplete_fields = ["statement"]
    list_select_related = ["statement"]


def _with_progress(queryset):
    """found / done / failed per run, counted in the same query as the list."""
    return queryset.annotate(
        documents_done=Count("documents", filter=Q(documents__status=DocumentStatus.DONE)),
        documents_failed=Count("documents", filter=Q(documents__status=DocumentStatus.FAILED)),
        documents_waiting=Count(
            "documents", filter=Q(documents__status__in=[DocumentStatus.PENDING, DocumentStatus.PROCESSING])
        ),
    )


class FetchRunInline(admin.TabularInline):
    model = FetchRun
    fields = ["started_at", "status", "documents_found", "progress", "items_failed", "note", "error"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    ordering = ["-started_at"]
    verbose_name_plural = _("recent runs")

    def get_queryset(self, request):
        return _with_progress(super().get_queryset(request))

    @admin.display(description=_("read / failed / waiting"))
    def progress(self, run):
        return f"{run.documents_done} / {run.documents_failed} / {run.documents_waiting}"


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    """Sources and their health: when they last worked, what failed, when the next fetch is due."""

    list_display = [
        "name",
        "kind",
        "active",
        "auto_publish",
        "health",
        "last_success_at",
        "consecutive_failures",
        "items_found",
        "next_poll_at",
    ]
    list_filter = ["kind", "active", "auto_publish"]
    search_fields = ["name", "url"]
    autocomplete_fields = ["organisation"]
    readonly_fields = [
        "last_success_at",
        "last_error_at",
        "last_error",
        "consecutive_failures",
        "items_found",
        "next_poll_at",
    ]
    fieldsets = [
        (None, {"fields": ["name", "kind", "url", "organisation", "active", "poll_minutes", "auto_publish"]}),
        (_("Health"), {"fields": readonly_fields}),
    ]
    inlines = [FetchRunInline]
    actions = ["fetch_now"]

    @admin.display(description=_("health"))
    def health(self, source):
        if not source.active:
            return _("paused")
        if source.consecutive_failures:
            return _("failing (%(n)d in a row): %(error)s") % {
                "n": source.consecutive_failures,
                "error": source.last_error[:80],
            }
        return _("ok") if source.last_success_at else _("not fetched yet")

    @admin.action(description=_("Fetch now"), permissions=["change"])
    def fetch_now(self, request, queryset):
        fetchable = list(queryset.exclude(kind=SourceKind.UPLOAD).values_list("pk", flat=True))
        transaction.on_commit(lambda: [tasks.fetch_source.delay(pk) for pk in fetchable])
        self.message_user(
            request,
            ngettext("Fetching %d source; its run appears on its page.", "Fetching %d sources.", len(fetchable))
            % len(fetchable),
        )


@admin.register(FetchRun)
class FetchRunAdmin(admin.ModelAdmin):
    list_display = ["source", "started_at", "status", "documents_found", "progress", "items_failed", "note"]
    list_filter = ["status", "source"]
    list_select_related = ["source"]
    readonly_fields = [
        "source",
        "started_at",
        "finished_at",
        "status",
        "documents_found",
        "items_failed",
        "note",
        "error",
    ]

    def get_queryset(self, request):
        return _with_progress(super().get_queryset(request))

    progress = FetchRunInline.progress

    def has_add_permission(self, request):
        return False


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        return [single(item, initial) for item in data] if isinstance(data, list | tuple) else [single(data, initial)]


class UploadForm(forms.ModelForm):
    files = MultipleFileField(
        label=_("Files"),
        help_text=_("Plain text, HTML, PDF or Word (DOCX). Each is stored, then read in the background."),
    )

    class Meta:
        model = RawDocument
        fields = ["source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = Source.objects.filter(kind=SourceKind.UPLOAD)
        self.fields["source"].required = False
        self.fields["source"].help_text = _(
            "Leave empty for the general “Uploaded files” source (reviewed before publishing)."
        )

    def clean_source(self):
        return (
            self.cleaned_data["source"]
            or Source.objects.get_or_create(name="Uploaded files", defaults={"kind": SourceKind.UPLOAD})[0]
        )

    def clean_files(self):
        files = self.cleaned_data["files"]
        for upload in files:
            if upload.size == 0:
                raise forms.ValidationError(_("%(name)s is empty.") % {"name": upload.name})
        if problem := services.upload_size_problem(files):
            raise forms.ValidationError(problem)
        return files


def _upload_message(upload: services.Upload) -> str:
    """What was stored anew and what was stored already; a count of nothing is not news."""
    known = upload.known
    new = len(upload.documents) - known
    parts = []
    if new:
        parts.append(ngettext("%d new file stored and being read.", "%d new files stored and being read.", new) % new)
    if known:
        parts.append(
            ngettext(
                "%d file was already stored: it is read again (its statement is updated, never duplicated).",
                "%d files were already stored: they are read again (statements updated, never duplicated).",
                known,
            )
            % known
        )
    return " ".join(parts)


@admin.register(RawDocument)
class RawDocumentAdmin(admin.ModelAdmin):
    """Every fetched or uploaded file, byte for byte. "Add" uploads files; "Read again" re-processes."""

    list_display = ["__str__", "source", "status", "error_summary", "attempts", "size", "fetched_at"]
    list_filter = ["status", "source"]
    search_fields = ["url", "filename", "sha256", "error"]
    list_select_related = ["source"]
    readonly_fields = [
        "sha256",
        "size",
        "url",
        "filename",
        "content_type",
        "source",
        "run",
        "status",
        "error",
        "attempts",
        "fetched_at",
        "processed_at",
    ]
    exclude = ["content"]
    actions = ["read_again"]
    ordering = ["-status_changed_at"]

    @admin.display(description=_("error"))
    def error_summary(self, document):
        return document.error[:100]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = UploadForm
            kwargs["fields"] = ["source", "files"]
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else []

    def get_exclude(self, request, obj=None):
        return self.exclude if obj else None

    def save_model(self, request, obj, form, change):
        if change:
            return
        upload = services.documents_upload(
            source=form.cleaned_data["source"], files=form.cleaned_data["files"], uploaded_by=str(request.user)
        )
        tasks.enqueue_documents(document.pk for document in upload.documents)
        obj.pk, obj.run = upload.documents[0].pk, upload.run  # logged as the first stored document
        self.message_user(request, _upload_message(upload), messages.SUCCESS)

    def save_related(self, request, form, formsets, change):
        pass

    def response_add(self, request, obj, post_url_continue=None):
        # Back to the list, latest activity first: the uploaded documents and their progress on top.

        return redirect(reverse("admin:statements_rawdocument_changelist"))

    @admin.action(description=_("Read again with the current extractor"), permissions=["change"])
    def read_again(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        services.document_requeue(ids)
        tasks.enqueue_documents(ids)
        self.message_user(request, ngettext("%d document queued.", "%d documents queued.", len(ids)) % len(ids))
