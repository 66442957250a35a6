from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

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


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "observer_from", "observer_to"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(OpenQuestion)
class OpenQuestionAdmin(SimpleHistoryAdmin):
    list_display = ["question", "position", "settled"]
    list_filter = ["settled"]
    search_fields = ["question", "detail"]
