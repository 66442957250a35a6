from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from plenaries import services
from plenaries.models import Country, OpenQuestion, Organisation, Participant, StatusEvent


class StatusEventInline(admin.TabularInline):
    model = StatusEvent
    extra = 0
    fields = ["year", "date", "kind", "description", "source_url", "verified"]


class CountryInline(admin.TabularInline):
    model = Country
    extra = 0
    fields = ["name", "iso_code", "represented_since", "source_url"]


@admin.register(Participant)
class ParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "iso_code", "joined_year", "left_year", "verified"]
    list_filter = ["kind", "verified", "left_year"]
    search_fields = ["name", "iso_code"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CountryInline, StatusEventInline]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso_code", "represented_by"]
    list_filter = ["represented_by"]
    search_fields = ["name", "iso_code"]
    autocomplete_fields = ["represented_by"]


@admin.register(StatusEvent)
class StatusEventAdmin(SimpleHistoryAdmin):
    list_display = ["participant", "kind", "year", "date", "description"]
    list_filter = ["kind", "year"]
    search_fields = ["participant__name", "description"]
    autocomplete_fields = ["participant"]


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=_("Merge into"),
        queryset=Organisation.objects.public().order_by("name"),
        help_text=_("The organisation this one really is: its statements move there, its name becomes an alias."),
    )


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    """Also the review of the organisations ingestion proposes: filter on "awaiting review"."""

    list_display = ["name", "kind", "proposed", "observer_from", "observer_to"]
    list_filter = ["proposed", "kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["accept"]
    change_form_template = "admin/plenaries/organisation/change_form.html"

    @admin.action(description=_("Accept the selected organisations (make them public)"), permissions=["change"])
    def accept(self, request, queryset):
        count = services.organisations_accept(organisations=queryset)
        self.message_user(request, ngettext("%d organisation accepted.", "%d organisations accepted.", count) % count)
        if waiting := list(queryset.filter(proposed=True).values_list("name", flat=True)):
            self.message_user(
                request,
                _(
                    "Still awaiting review, as a public record needs a source: "
                    "add a source URL to %(names)s, then accept."
                )
                % {"names": ", ".join(waiting)},
                level=messages.WARNING,
            )

    def get_urls(self):
        merge = self.admin_site.admin_view(self.merge_view)
        return [path("<int:pk>/merge/", merge, name="plenaries_organisation_merge"), *super().get_urls()]

    def merge_view(self, request, pk):
        organisation = get_object_or_404(Organisation, pk=pk)
        if not self.has_change_permission(request, organisation):
            raise PermissionDenied
        form = MergeForm(request.POST or None)
        form.fields["into"].queryset = form.fields["into"].queryset.exclude(pk=organisation.pk)
        if request.method == "POST" and form.is_valid():
            into = form.cleaned_data["into"]
            try:
                moved = services.organisation_merge(organisation=organisation, into=into)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(name)s merged into %(into)s: %(moved)d record moved.",
                        "%(name)s merged into %(into)s: %(moved)d records moved.",
                        moved,
                    )
                    % {"name": organisation.name, "into": into.name, "moved": moved},
                )
                return redirect(reverse("admin:plenaries_organisation_change", args=[into.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge %(name)s into another organisation") % {"name": organisation.name},
            "organisation": organisation,
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/plenaries/organisation/merge.html", context)


@admin.register(OpenQuestion)
class OpenQuestionAdmin(SimpleHistoryAdmin):
    list_display = ["question", "position", "settled"]
    list_filter = ["settled"]
    search_fields = ["question", "detail"]
