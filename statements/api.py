"""Read-only API endpoints for published statements."""

from django.db.models import F

from common.api.prefetch import ValuesPrefetch
from common.api.schema import document_read_viewset
from common.api.viewsets import PublicReadViewSet
from statements.filters import StatementFilter
from statements.models import AreaMention, Statement
from statements.serializers import StatementSerializer

# The reform areas a statement mentions, as slugs in timeline order (StatementSerializer's
# `reform_areas`); `manage.py ingest --json` attaches them the same way.
AREA_SLUGS = ValuesPrefetch(
    "area_slugs",
    AreaMention.objects.order_by("area__position", "area__slug"),
    key="statement_id",
    expressions={"slug": F("area__slug")},
)


@document_read_viewset(
    tag="statements",
    noun="statements",
    serializer=StatementSerializer,
    list_description=(
        "What civil society, industry, KP bodies and the press said about the KP: published statements only, "
        "newest first (undated last), with the reform areas each mentions and its plain text."
    ),
    retrieve_description="One published statement, by id.",
    example=StatementSerializer.Meta.examples,
)
class StatementViewSet(PublicReadViewSet):
    serializer_class = StatementSerializer
    filterset_class = StatementFilter
    values_prefetches = (AREA_SLUGS,)

    def get_queryset(self):
        return (
            Statement.objects.published()
            .select_related("organisation", "plenary")
            .order_by(F("published_on").desc(nulls_last=True), "-pk")
        )
