from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from statements.models import AreaMention, Quote, Statement


class AreaMentionInline(admin.TabularInline):
    model = AreaMention
    extra = 0
    fields = ["area", "stance", "excerpt"]


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["person", "text"]


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["title", "organisation", "published_on", "plenary", "review_status"]
    list_filter = ["review_status", "language", "organisation", "reform_areas"]
    search_fields = ["title", "text", "url"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["organisation", "plenary"]
    readonly_fields = ["content_hash", "created_at", "updated_at"]
    list_select_related = ["organisation", "plenary"]
    inlines = [AreaMentionInline, QuoteInline]


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
