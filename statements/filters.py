"""Query parameters of the statements list: the API's (strict) and the dashboard's (lenient).

One FilterSet for both, so the search page and /api/v1/statements/ find the same statements.
The dashboard shows the fields in DASHBOARD_FIELDS, with their labels.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.api.filters import DateFilter, FilterSet, RecordFilter, StableOrderingFilter, TextFilter, YearFilter
from plenaries.models import Organisation, Plenary, PlenaryKind
from reforms.models import ReformArea
from statements.models import Statement
from statements.search import statement_matches

DASHBOARD_FIELDS = ["q", "organisation", "meeting", "area", "published_after", "published_before"]
_DATE_INPUT = forms.DateInput(attrs={"type": "date"})
MEETING_PATTERN = f"^[0-9]{{4}}-({'|'.join(PlenaryKind.values)})$"


def meeting_key(plenary: Plenary) -> str:
    return f"{plenary.year}-{plenary.kind}"


class StatementFilter(FilterSet):
    organisation = RecordFilter(
        queryset=Organisation.objects.public().order_by("name"),
        label=_("Organisation"),
        empty_label=_("All organisations"),
        help_text=(
            "Slug of the publishing organisation (see /api/v1/organisations/); a slug no organisation has is a 404."
        ),
    )
    plenary = YearFilter(field_name="plenary__year", help_text="Only statements about a meeting of this year.")
    meeting = RecordFilter(
        field_name="plenary",
        queryset=Plenary.objects.order_by("-sort_key"),
        key=meeting_key,
        pattern=MEETING_PATTERN,
        key_message="Give a meeting as its year and kind, e.g. 2019-plenary.",
        label=_("Meeting"),
        empty_label=_("All meetings"),
        help_text=(
            "Only statements about this meeting: its year and kind, e.g. `2019-plenary` or `2022-intersessional`; "
            "a meeting that is not recorded is a 404."
        ),
    )
    area = RecordFilter(
        field_name="mentions__area",
        queryset=ReformArea.objects.all(),
        label=_("Reform area"),
        empty_label=_("All areas"),
        help_text="Only statements that mention this reform area (slug); a slug no area has is a 404.",
    )
    published_after = DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        label=_("From"),
        widget=_DATE_INPUT,
        help_text="Published on or after this date (YYYY-MM-DD).",
    )
    published_before = DateFilter(
        field_name="published_on",
        lookup_expr="lte",
        label=_("To"),
        widget=_DATE_INPUT,
        help_text="Published on or before this date (YYYY-MM-DD).",
    )
    language = TextFilter(
        pattern="^[a-z]{2,3}(-[a-zA-Z0-9]{1,8})?$",
        message="Give a language code, e.g. en or fr.",
        help_text="Language code of the text, e.g. `en` or `fr`.",
    )
    q = TextFilter(
        method="search",
        allow_empty=True,
        label=_("Search"),
        help_text=(
            "Full-text search in the title, the text and the publishing organisation's name (the dashboard's "
            'search). On PostgreSQL, web-search syntax: words are ANDed, `"exact phrase"`, `or`, `-word`; title '
            "and text are matched with English stemming and stop words (`reforms` also finds `reform`; common "
            "words like `the` are ignored; French is stemmed by the same English rules, so an exact French form "
            "is safest). Elsewhere every word must appear as written (case-insensitive). Empty: every statement."
        ),
    )
    ordering = StableOrderingFilter(
        fields={"published_on": "published_on", "title": "title", "updated_at": "updated_at"},
        help_text="Sort by these fields, comma-separated; prefix `-` for descending. Undated statements come last.",
    )

    examples = {
        "organisation": "partnership-africa-canada",
        "plenary": 2019,
        "meeting": "2019-plenary",
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
            "meeting",
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
