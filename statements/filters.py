"""Query parameters of the statements list, including full-text search."""

import django_filters

from common.api.filters import FilterSet, StableOrderingFilter, YearFilter
from plenaries.models import Organisation
from reforms.models import ReformArea
from statements.models import Statement
from statements.search import statement_matches


class StatementFilter(FilterSet):
    organisation = django_filters.ModelChoiceFilter(
        to_field_name="slug",
        queryset=Organisation.objects.all(),
        help_text="Slug of the publishing organisation; an unknown slug is a 400.",
    )
    plenary = YearFilter(field_name="plenary__year", help_text="Only statements about a meeting of this year.")
    area = django_filters.ModelChoiceFilter(
        field_name="mentions__area",
        to_field_name="slug",
        queryset=ReformArea.objects.all(),
        help_text="Only statements that mention this reform area (slug); an unknown slug is a 400.",
    )
    published_after = django_filters.DateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Published on or after this date (YYYY-MM-DD)."
    )
    published_before = django_filters.DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published on or before this date (YYYY-MM-DD)."
    )
    language = django_filters.CharFilter(help_text="Language code of the text, e.g. `en` or `fr`.")
    q = django_filters.CharFilter(
        method="search",
        help_text=(
            "Full-text search in the title, the text and the publishing organisation's name (the dashboard's "
            'search). On PostgreSQL, web-search syntax: words are ANDed, `"exact phrase"`, `or`, `-word`; title '
            "and text are matched with English stemming and stop words (`reforms` also finds `reform`; common "
            "words like `the` are ignored; French is stemmed by the same English rules, so an exact French form "
            "is safest). Elsewhere every word must appear as written (case-insensitive)."
        ),
    )
    ordering = StableOrderingFilter(
        fields={"published_on": "published_on", "title": "title", "updated_at": "updated_at"},
        help_text="Sort by these fields, comma-separated; prefix `-` for descending. Undated statements come last.",
    )

    examples = {
        "organisation": "partnership-africa-canada",
        "plenary": 2019,
        "area": "scope",
        "published_after": "2019-01-01",
        "published_before": "2019-12-31",
        "language": "en",
        "q": "conflict diamonds",
        "ordering": ["-published_on"],
    }

    class Meta:
        model = Statement
        fields = [
            "organisation",
            "plenary",
            "area",
            "published_after",
            "published_before",
            "language",
            "q",
            "updated_since",
        ]

    def search(self, queryset, name, value: str):
        # The dashboard's search, so both find the same statements.
        return statement_matches(queryset, value.strip())
